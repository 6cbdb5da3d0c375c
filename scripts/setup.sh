#!/usr/bin/env bash
# Installs what a bare Debian 12 machine needs to build and test nbc:
# LLVM/MLIR 22 from Debian, and a Python virtual environment at .venv made
# from Debian's /usr/bin/python3 (whose headers python3-dev provides).
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools clang-22
                 libomp-22-dev lld-22 ninja-build cmake python3-dev python3-venv
                 libopenblas0-pthread)

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PYTHON=/usr/bin/python3
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv from $PYTHON"
  "$PYTHON" -m venv .venv
fi
REQS=python/requirements-dev.txt
STAMP=.venv/.nbc-requirements
if ! cmp -s "$REQS" "$STAMP"; then
  echo "setup: installing Python dependencies into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -r "$REQS"
  cp "$REQS" "$STAMP"
fi
