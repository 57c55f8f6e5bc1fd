#!/usr/bin/env bash
# Runs every test CI runs: formatting, clippy (app for ssr and hydrate/wasm32, shared native and
# wasm32, server), the rule core's tests natively and in WebAssembly (parity), the server's tests
# against SQLite and PostgreSQL, and the browser tests in Chromium with JavaScript on and off.
# Installs what is missing. With CI=true, an unreachable PostgreSQL fails the run.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
start=$(date +%s)

setup_build
need_chromium
need_node_tools "$ROOT/e2e"
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt

say "cargo fmt --check"
cargo fmt --all -- --check

say "clippy: shared (native), server"
cargo clippy -p shared -p shared-probe -p esp -p ncalayer-emulator -p server --all-targets -- -D warnings
say "clippy: app (ssr)"
cargo clippy -p app --features ssr -- -D warnings
say "clippy: shared and app (hydrate) on wasm32"
cargo clippy -p shared --lib --test parity --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p shared-probe --lib --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p app --features hydrate --target wasm32-unknown-unknown -- -D warnings

say "tests: shared (native)"
cargo test -p shared
say "tests: parity in WebAssembly (wasm-bindgen-test under Node)"
cargo test -p shared --target wasm32-unknown-unknown --test parity

say "parity sweep: 10 000 generated answer sets per service, judged natively and in WebAssembly"
cargo build --release -q -p shared-probe --bin probe
cargo build --release -q -p shared-probe --lib --target wasm32-unknown-unknown
wasm-bindgen --target nodejs --no-typescript --out-dir target/probe-wasm \
  target/wasm32-unknown-unknown/release/shared_probe.wasm
target/release/probe sweep 10000 2026 > target/probe-native.json
node -e "console.log(require('./target/probe-wasm/shared_probe.js').run_sweep(10000, 2026))" > target/probe-wasm.json
python3 - target/probe-native.json target/probe-wasm.json <<'PY'
import json, sys
native, wasm = (json.load(open(p)) for p in sys.argv[1:3])
differ = [k for k in native if native[k] != wasm.get(k)] + [k for k in wasm if k not in native]
for k in sorted(native):
    n = native[k]
    print(f"  {k:36} {n['sets']} sets, {n['sendable']:5} sendable, digest {n['digest']}  {'DIFFERS' if k in differ else 'same'}")
if differ:
    sys.exit(f"native and WebAssembly verdicts differ for: {', '.join(differ)}")
PY

say "tests: ESP verification (negative matrix with the development PKI) and the NCALayer emulator"
cargo test -p esp -p ncalayer-emulator

say "tests: app components rendered on the server"
cargo test -p app --features ssr

say "tests: server (SQLite and PostgreSQL)"
cargo test -p server

say "building the site and the server for the browser tests"
scripts/build-site.sh
cargo build -p server

port=$(free_port)
emulator="127.0.0.1:$(free_port)"
data=$(mktemp -d)
base="http://127.0.0.1:$port"
say "starting the portal at $base"
OTINISH_ADDR="127.0.0.1:$port" OTINISH_DATA_DIR="$data" OTINISH_SITE_ROOT="$ROOT/target/site" \
  OTINISH_NCALAYER_EMULATOR="$emulator" target/debug/otinish --demo > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
wait_for "$base" || { cat "$data/server.log"; exit 1; }

say "browser tests (Chromium, JavaScript on and off, desktop and 390x844)"
(cd e2e && BASE_URL="$base" NCALAYER_EMULATOR="http://$emulator" npx playwright test) || { tail -50 "$data/server.log"; exit 1; }

say "all tests passed in $(( $(date +%s) - start )) s"
