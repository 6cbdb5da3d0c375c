#!/usr/bin/env bash
# The README's second command: every test (lit suite, then Python tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
echo "== lit: check-nbc =="
ninja -C "${NBC_BUILD_DIR:-build}" check-nbc
