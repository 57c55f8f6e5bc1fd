#!/usr/bin/env bash
# Prints the performance figures: the WebAssembly bundle raw/gzip/brotli, what the browser
# transfers for each page of the archival certificate journey, and the time of one full-form
# validation natively and in WebAssembly (with their ratio). Builds release binaries first.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
setup_build
need_chromium
need_node_tools "$ROOT/e2e"

scripts/build-site.sh >/dev/null
say "bundle sizes (bytes: raw / gzip -9 / brotli -q 11)"
for f in target/site/pkg/otinish.*.wasm target/site/pkg/otinish.*.js target/site/pkg/otinish.css; do
  printf '  %-34s %9d / %8d / %8d\n' "$(basename "$f")" "$(stat -c%s "$f")" "$(stat -c%s "$f.gz")" "$(stat -c%s "$f.br")"
done

say "building the server (release)"
cargo build --release -p server -q
port=$(free_port); data=$(mktemp -d); base="http://127.0.0.1:$port"
OTINISH_ADDR="127.0.0.1:$port" OTINISH_DATA_DIR="$data" OTINISH_SITE_ROOT="$ROOT/target/site" \
  OTINISH_NCALAYER_EMULATOR="127.0.0.1:$(free_port)" target/release/otinish --demo > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
wait_for "$base"
say "transfer per page of the archival journey (Chromium, 390x844, compressed bytes on the wire)"
(cd e2e && BASE_URL="$base" node bench/transfer.mjs)

say "full-form validation of each service's sample application, median of 5 rounds (microseconds)"
cargo build --release -q -p shared-probe --bin probe
# The WebAssembly figure is for the profile the browser bundle ships with.
cargo build --profile wasm-release -q -p shared-probe --lib --target wasm32-unknown-unknown
mkdir -p target/probe-wasm-release
wasm-bindgen --target nodejs --no-typescript --out-dir target/probe-wasm-release \
  target/wasm32-unknown-unknown/wasm-release/shared_probe.wasm
native=$(target/release/probe bench 20000)
wasm=$(node -e "console.log(require('./target/probe-wasm-release/shared_probe.js').run_bench(20000))")
python3 - "$native" "$wasm" <<'PY'
import json, sys
native, wasm = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"  {'service':36} {'answers':8} {'native µs':>10} {'wasm µs':>9} {'ratio':>6}")
ratios = []
for name in native:
    for kind in ("valid_us", "invalid_us"):
        n, w = native[name][kind], wasm[name][kind]
        ratios.append(w / n)
        print(f"  {name:36} {kind[:-3]:8} {n:10.2f} {w:9.2f} {w / n:6.2f}")
print(f"  worst native {max(native[n][k] for n in native for k in ('valid_us','invalid_us')):.2f} µs; "
      f"WebAssembly/native ratio median {sorted(ratios)[len(ratios)//2]:.2f}, worst {max(ratios):.2f}")
PY

say "ESP verifications per second next to the raw RSA-2048 verify rate (release build)"
cargo run --release -q -p esp --bin esp-bench
