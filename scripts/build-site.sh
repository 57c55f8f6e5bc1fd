#!/usr/bin/env bash
# Builds the browser side of the portal into target/site:
#   pkg/otinish.<hash>.js, pkg/otinish.<hash>.wasm (hydration bundle), pkg/otinish.css, hash.txt,
#   public files, and .br/.gz copies for precompressed serving.
# Usage: scripts/build-site.sh [--dev]     (--dev: debug WebAssembly, no wasm-opt)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
setup_build

profile=wasm-release
[ "${1:-}" = "--dev" ] && profile=dev
out=target/site
pkg=$out/pkg
rm -rf "$pkg" && mkdir -p "$pkg"

say "compiling the hydration bundle (app, feature hydrate, profile $profile)"
cargo build -p app --lib --target wasm32-unknown-unknown --profile "$profile" --no-default-features --features hydrate
dir=$profile; [ "$profile" = dev ] && dir=debug
wasm-bindgen --target web --no-typescript --out-dir "$pkg" --out-name otinish "target/wasm32-unknown-unknown/$dir/app.wasm"

if [ "$profile" = wasm-release ]; then
  say "optimising with wasm-opt (binaryen $(scripts/node_modules/.bin/wasm-opt --version | awk '{print $3}'))"
  scripts/node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-reference-types --enable-sign-ext --enable-mutable-globals --enable-multivalue \
    "$pkg/otinish_bg.wasm" -o "$pkg/otinish_bg.wasm"
fi

# Content-hashed names: browsers may cache them for a year.
js_hash=$(sha256sum "$pkg/otinish.js" | cut -c1-16)
wasm_hash=$(sha256sum "$pkg/otinish_bg.wasm" | cut -c1-16)
mv "$pkg/otinish.js" "$pkg/otinish.$js_hash.js"
mv "$pkg/otinish_bg.wasm" "$pkg/otinish.$wasm_hash.wasm"
printf 'js: %s\nwasm: %s\n' "$js_hash" "$wasm_hash" > "$out/hash.txt"

cat style/*.css > "$pkg/otinish.css"
cp -r server/public/. "$out/"

for f in "$pkg"/*.js "$pkg"/*.wasm "$pkg"/*.css; do
  gzip -9 -k -f "$f"
  brotli -q 11 -f "$f"
done
say "site built in $out ($(du -sh "$pkg" | cut -f1) in pkg)"
