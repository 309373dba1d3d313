"""A shipped or gold text as a page gives it, for the tests that run a check over every line stats may meet."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def decoded(path: Path) -> str:
    """A text as a page gives it: some of the damaged sets' texts are saved in GB18030, as real pages are."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def every_piece() -> list[str]:
    """Every line of the shipped and gold texts, and each line's sentences cut at the sentence marks: what a gate
    must let through wherever the code it guards would find something."""
    paths = [*sorted((ROOT / "data" / "corpus").glob("*.txt")), *sorted((ROOT / "data" / "gold").glob("*/texts/*.txt"))]
    lines = [line.strip() for path in paths for line in decoded(path).splitlines()]
    cut = re.compile("(?<=[\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH SEMICOLON}])")
    return [p for line in lines if line for p in {line, *cut.split(line)} if p]
