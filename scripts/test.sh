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
# One worker per core (NBC_TEST_JOBS overrides it; 0 runs them in this process).
cd tests/python && ../../.venv/bin/python -m pytest -q -p no:cacheprovider \
  -n "${NBC_TEST_JOBS:-auto}"
