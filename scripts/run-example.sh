#!/usr/bin/env bash
# The README's first command: set up, build, and run the bundled examples.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
LIBS=/usr/lib/llvm-22/lib
echo "== examples/sum_squares.mlir: nbc-opt --nbc-to-llvm | mlir-runner =="
build/bin/nbc-opt --nbc-to-llvm examples/sum_squares.mlir |
  $LIBS/../bin/mlir-runner -e _mlir_ciface_main -entry-point-result=void \
    -shared-libs=$LIBS/libmlir_c_runner_utils.so,$LIBS/libmlir_runner_utils.so,build/lib/libnbc_runtime.so
echo "== the same kernel through nbc-run, arguments from the command line =="
build/bin/nbc-run examples/sum_squares.mlir --fn=sum_squares \
  --shared-libs=$LIBS/libmlir_c_runner_utils.so,$LIBS/libmlir_runner_utils.so \
  --arg='[1.0, 2.0, 3.0, 4.0]:f64'
echo "== examples/python/quickstart.py =="
scripts/install-python.sh
.venv/bin/python examples/python/quickstart.py
