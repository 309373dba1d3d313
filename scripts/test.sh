#!/usr/bin/env bash
# Install stats with its test extras into .venv and run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,dask]"
if [ "${CI:-}" = "true" ]; then bash scripts/install-chromium.sh; fi  # the row-page browser test
if [ "${CI:-}" = "true" ]; then bash scripts/install-poppler.sh; fi  # pdftotext, for the PDF tests
.venv/bin/ruff check stats tests $(ls -d bench 2>/dev/null || true)
.venv/bin/python -m pytest -q "$@"
