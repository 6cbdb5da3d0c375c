#!/usr/bin/env bash
# Configures (once) and builds nbc into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${NBC_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  LAUNCHER=()
  # ccache (when installed) lets several worktrees share compiled objects.
  if command -v ccache >/dev/null; then
    LAUNCHER=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  cmake -G Ninja -S . -B "$BUILD_DIR" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DLLVM_USE_LINKER=lld \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit \
    -DPython3_EXECUTABLE="$PWD/.venv/bin/python" \
    -DPython_EXECUTABLE="$PWD/.venv/bin/python" \
    -DNBC_ENABLE_PYTHON="${NBC_ENABLE_PYTHON:-ON}" "${LAUNCHER[@]}" >/dev/null
fi
ninja -C "$BUILD_DIR" "$@"
