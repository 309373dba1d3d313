"""Memory stays bounded on huge files: a single 50 MB line and a 200 MB page of short lines.

Each runs `stats extract` as a child process and reads its peak resident set size
from wait4, so the bound covers the whole command (imports, rules, Parquet writing).
The bound is below what the 200 MB file's text alone takes in memory (about 270 MB
as a Python string), so it only holds if the file is streamed. Nothing here is timed;
the two files take about two minutes on one core.
"""

from __future__ import annotations

import os
import random
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from .conftest import CORPUS, ROOT, STATS

PEAK_MB = 400
# two minutes on one core: run by the slow job of .ci/run, not by the default suite
pytestmark = pytest.mark.slow


def _paragraphs() -> list[str]:
    pars = []
    for page in sorted(CORPUS.glob("*.txt")):
        for block in page.read_text(encoding="utf-8").split("\n\n"):
            joined = "".join(line.strip() for line in block.splitlines())
            if joined:
                pars.append(joined)
    return pars


def _peak_rss_mb(*args: str) -> float:
    proc = subprocess.Popen([*STATS, "extract", *args, "--quiet", "--jobs", "1"], stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, proc.stderr.read().decode() if proc.stderr else ""
    return usage.ru_maxrss / 1024


@pytest.mark.parametrize("shape", ["one_line_50MB", "short_lines_200MB"])
def test_a_huge_page_extracts_in_bounded_memory(shape: str, tmp_path: Path) -> None:
    pars, rng = _paragraphs(), random.Random(5)
    src = tmp_path / "in" / f"{shape}.txt"
    src.parent.mkdir()
    with src.open("w", encoding="utf-8") as fh:
        size, limit = 0, (50 if shape.startswith("one") else 200) * 10**6
        while size < limit:
            par = rng.choice(pars)
            text = par if shape.startswith("one") else "\n".join(par[i:i + 20] for i in range(0, len(par), 20)) + "\n\n"
            fh.write(text)
            size += len(text.encode("utf-8"))
    out = tmp_path / "out"
    peak = _peak_rss_mb(str(src.parent), "--out", str(out), "--no-cache")
    print(f"{shape}: peak RSS {peak:.0f} MB")
    assert peak < PEAK_MB, f"peak RSS {peak:.0f} MB"
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert len(docs) == 1 and docs[0]["bytes"] == src.stat().st_size
    assert pq.read_table(out / "figures.parquet").num_rows > 10_000
