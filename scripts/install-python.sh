#!/usr/bin/env bash
# Installs the nbc Python package into .venv. scikit-build-core reuses build/
# (pyproject.toml), so after scripts/build.sh this only links and installs.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install -q --no-build-isolation --no-deps .
