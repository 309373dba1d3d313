"""Page-layout damage must not change what is extracted.

Each shipped page, repaired, is damaged again the way PDF extraction damages text:
re-wrapped at a random column width, column breaks as blank lines inside paragraphs,
justification spaces between characters (digits included) and full-width digits.
The figures found must be the same, value for value, with the same qualifier and role.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from stats.repair.layout import repair
from stats.run.pipeline import Extractor

from .conftest import CORPUS


def damage(text: str, rng: random.Random, width: int, space_p: float, wide_p: float, blank_p: float) -> str:
    pages = []
    for par in text.split("\n"):
        lines = []
        for i in range(0, len(par), width):
            line = ""
            for ch in par[i:i + width]:
                line += chr(ord(ch) + 0xFEE0) if ch.isdigit() and rng.random() < wide_p else ch
                if rng.random() < space_p:
                    line += " "
            lines.append(line)
        joined = lines[0] if lines else ""
        for line in lines[1:]:
            joined += ("\n\n" if rng.random() < blank_p else "\n") + line
        pages.append(joined)
    return "\n\n".join(pages)


def _signature(ex: Extractor, text: str) -> Counter:
    return Counter((f["value"], f["measure"], f["qualifier"], f["role"], f["metric"])
                   for f in ex.extract_text(text).figures)


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("doc", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_damaged_pages_give_the_same_figures(extractor: Extractor, doc: str, seed: int) -> None:
    lex = extractor.rules.lexicon
    clean = repair((CORPUS / doc).read_text(encoding="utf-8"), lex.article_start, closing=lex.closing,
                   complete=lex.line_complete).text
    rng = random.Random(seed)
    damaged = damage(clean, rng, width=rng.randint(12, 24), space_p=0.1, wide_p=0.3, blank_p=0.15)
    assert damaged != clean
    base, got = _signature(extractor, clean), _signature(extractor, damaged)
    assert sum(base.values()) > 10
    assert got == base, f"missing {list((base - got).elements())[:5]} extra {list((got - base).elements())[:5]}"
