#!/usr/bin/env bash
# Runs the portal at http://127.0.0.1:3000 with the embedded SQLite database and uploaded files
# under ./data, the demo registry loaded and three demo accounts (printed at start).
# Installs what is missing (wasm32 target, wasm-bindgen CLI, brotli, npm build tools).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
scripts/build-site.sh
say "building the server (release)"
cargo build --release -p server
export OTINISH_SITE_ROOT="$ROOT/target/site"
export OTINISH_DATA_DIR="${OTINISH_DATA_DIR:-$ROOT/data}"
exec target/release/otinish --demo
