#!/usr/bin/env bash
# The README's first command: set up, build, and run the bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
echo "== examples/sum_squares.mlir through nbc-opt =="
build/bin/nbc-opt --canonicalize examples/sum_squares.mlir
