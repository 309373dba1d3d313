#!/usr/bin/env bash
# The README's test command: install stats with its test extras into .venv, lint, and run
# the default (quick) suite. Extra arguments go to pytest: `scripts/test.sh -m slow` runs
# the slow job (memory bounds on huge pages) instead.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,dask]"
if [ "${CI:-}" = "true" ]; then bash scripts/install-system.sh; fi  # chromium, a CJK font, pdftotext
.venv/bin/ruff check stats tests $(ls -d bench 2>/dev/null || true)
# one worker per core (pytest-xdist): the quick suite is CPU-bound and its tests share no state;
# STATS_TEST_WORKERS=0 runs it in this process (a debugger, or -x with a readable traceback order).
# --dist worksteal: a worker that runs out takes half of the other's queue, so a run of long tests
# dealt to one worker at the end does not leave the other core idle (--dist load cannot move them)
.venv/bin/python -m pytest -q -n "${STATS_TEST_WORKERS:-auto}" --dist worksteal "$@"
