# Shared helpers for the scripts: install what is missing, skip what is present.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WASM_BINDGEN_VERSION="0.2.130"   # must equal the wasm-bindgen crate in Cargo.lock
export RUST_BACKTRACE="${RUST_BACKTRACE:-0}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; return 1; fi
}

# Debian packages, installed only when a command is missing.
need_apt() { # need_apt <command> <package>...
  local cmd="$1"; shift
  if ! command -v "$cmd" >/dev/null 2>&1; then
    say "installing $* (apt)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

need_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

need_wasm_bindgen() {
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2.5 minutes)"
    # --locked fails on the registry mirror (webpki-roots 1.0.11 missing); the version pin is exact.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --quiet
  fi
}

need_node_tools() { # need_node_tools <dir>
  local dir="$1"
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
    say "installing npm packages in ${dir#"$ROOT"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    touch "$dir/node_modules"
  fi
}

# Everything the build needs.
setup_build() {
  need_wasm_target
  need_wasm_bindgen
  need_apt brotli brotli
  need_node_tools "$ROOT/scripts"
}

need_chromium() {
  need_apt chromium chromium chromium-driver
}

# A free TCP port on the loopback interface.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Waits until the portal answers on $1 (base URL), at most 60 s.
wait_for() {
  for _ in $(seq 1 120); do
    curl -fsS "$1/healthz" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "the portal did not start at $1" >&2
  return 1
}
