#!/usr/bin/env bash
# Fuzzes the parser of submitted answers: 100 000 proptest cases (or $PROPTEST_CASES) of arbitrary
# posts to every page of every service; fails on a panic or an unstable normalisation.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
PROPTEST_CASES="${PROPTEST_CASES:-100000}" cargo test --release -p shared --test fuzz_answers -- --nocapture
