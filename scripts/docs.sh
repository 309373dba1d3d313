#!/usr/bin/env bash
# Regenerate the numbers and tables in README.md and docs/PUBLISH.md from a fresh build of
# data/corpus (cog blocks calling stats.docs.py); tests/test_docs_generated.py checks them.
set -euo pipefail
cd "$(dirname "$0")/.."
build="$(mktemp -d)"
trap 'rm -rf "$build"' EXIT
.venv/bin/stats build data/corpus --out "$build" >/dev/null
.venv/bin/python scripts/sync_metadata.py
STATS_DOCS_BUILD="$build" .venv/bin/cog -r README.md docs/PUBLISH.md
