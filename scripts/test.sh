#!/usr/bin/env bash
# The README's second command: every test (lit suite, then Python tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
echo "== lit: check-nbc =="
ninja -C "${NBC_BUILD_DIR:-build}" check-nbc
echo "== Python: install nbc into .venv, then pytest =="
scripts/install-python.sh
cd tests/python && ../../.venv/bin/python -m pytest -q -p no:cacheprovider
