"""A shipped or gold text as a page gives it, for the tests that run a check over every line stats may meet."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def decoded(path: Path) -> str:
    """A text as a page gives it: some of the damaged sets' texts are saved in GB18030, as real pages are."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


# The sweeps over every shipped line grow with every gold set a stop adds: the default suite reads the texts of
# the numbered gold sets whose name's CRC-32 leaves SAMPLE_SLICE[1] over SAMPLE_SLICE[0] (about one set in eight;
# a set added later joins or stays out by its own name, so the sample no longer shifts under the sets already in
# it, as picking sets evenly over the sorted names did whenever a set was added), the first set of each kind
# (pages, lists, traps...) and the shipped corpus; the slow job reads every gold set (`WHOLE`). The slice was
# picked for holding labelled lines (tests/test_speed50.py: twenty of them, where the even spread had dropped to
# nine).
SAMPLE_SLICE = (8, 6)
# A set of the sample holding more than LARGE_SET texts (the pages set: ~120 pages, ~60% of the sample's lines by
# itself, when the others hold 40 texts at most) is read in the default suite by the texts whose file name's CRC-32
# leaves LARGE_SLICE[1] over LARGE_SLICE[0] (about a third of them: each sweep's floor was re-derived on that sample);
# its every text is read in the slow job, as every set's.
LARGE_SET = 60
LARGE_SLICE = (3, 0)
# a sweep's parameter: the sample in the default suite, every gold text in the slow job
WHOLE = [pytest.param(False, id="sample"), pytest.param(True, id="every", marks=pytest.mark.slow)]


def shipped_paths(every: bool) -> list[Path]:
    """The shipped corpus's texts, then the gold texts: of every set (every=True) or of the sample of them."""
    sets = sorted(p for p in (ROOT / "data" / "gold").iterdir() if (p / "texts").is_dir())
    numbered = [s for s in sets if s.name[-1].isdigit()]  # (the sets of one kind a stop adds: news171, pages173...)
    if not every:
        kept = {s for s in numbered if zlib.crc32(s.name.encode()) % SAMPLE_SLICE[0] == SAMPLE_SLICE[1]}
        sets = [s for s in sets if s in kept or not s.name[-1].isdigit()]  # (and the first set of each kind)
    gold = []
    for s in sets:
        texts = sorted((s / "texts").glob("*.txt"))
        if not every and len(texts) > LARGE_SET:  # (a third of a large set's texts, by name)
            texts = [t for t in texts if zlib.crc32(t.name.encode()) % LARGE_SLICE[0] == LARGE_SLICE[1]]
        gold += texts
    return [*sorted((ROOT / "data" / "corpus").glob("*.txt")), *gold]


def every_piece(every: bool = True) -> list[str]:
    """Every line of the shipped and gold texts (of the sample of gold sets where every is False), and each line's
    sentences cut at the sentence marks: what a gate must let through wherever the code it guards would find
    something."""
    paths = shipped_paths(every)
    lines = [line.strip() for path in paths for line in decoded(path).splitlines()]
    cut = re.compile("(?<=[\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH SEMICOLON}])")
    return [p for line in lines if line for p in {line, *cut.split(line)} if p]
