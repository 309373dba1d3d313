#!/usr/bin/env bash
# Install stats into .venv, extract the shipped corpus (data/corpus) into data/ and
# serve it with Datasette on http://127.0.0.1:8001 (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
.venv/bin/stats build data/corpus --out data
exec .venv/bin/stats serve data "$@"
