"""The numbers and tables in README.md and docs/ are what a build of the shipped corpus says.

They are `cog` blocks computed by stats.docs; this test re-runs them against
the suite's own build and fails with the remedy (`scripts/docs.sh`) when they differ.
It also runs the README's `stats evaluate` command as a user of a fresh clone would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import regex

from stats.docs import GOLD, evaluation

from .conftest import ROOT, STATS

DOCS = ["README.md", "docs/PUBLISH.md"]


def test_generated_docs_match_the_build(corpus_build: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cogapp", "--check", *DOCS],
        cwd=ROOT,
        env={**os.environ, "STATS_DOCS_BUILD": str(corpus_build)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, f"run scripts/docs.sh to regenerate:\n{result.stdout}{result.stderr}"
    for doc in DOCS:
        assert "[[[cog" in (ROOT / doc).read_text(encoding="utf-8"), doc


def test_readme_evaluate_command_works_on_a_fresh_clone(corpus_build: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = regex.search(r"^\$ (stats evaluate data/gold --pred data/figures\.parquet)$", readme, regex.M)
    assert command, "the README shows the evaluate command"
    assert GOLD.is_dir() and list(GOLD.glob("*.jsonl")), "the gold file ships with the code"
    args = command[1].split()[1:]
    args[args.index("data/figures.parquet")] = str(corpus_build / "figures.parquet")
    result = subprocess.run([*STATS, *args], cwd=ROOT, capture_output=True, text=True, check=True)
    printed = result.stdout.strip().splitlines()[-1]
    assert printed == evaluation(corpus_build)
    assert printed in readme
    recall = float(regex.search(r"recall=([\d.]+)", printed)[1])
    assert recall >= 0.9
