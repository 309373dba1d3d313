"""speed46: the layout's misreads patterns behind their pair gates (`precheck.pair_gate` reading a lookahead's
body), and the page repair the same for it."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from stats.repair import layout
from stats.rules.precheck import pair_gate
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.pagetext import WHOLE, decoded, shipped_paths

ROOT = Path(__file__).resolve().parent.parent

# lines a PDF's text layer gave right to left (全县新增城镇就业1870人，同比增长6.5%, …), beside lines as written
BACKWARDS = (
    "%5.6长增比同，人0781业就镇城增新县全\n"
    "元亿3.42入收产生业农市全年今\n"
    "全县新增城镇就业1870人，同比增长6.5%。\n"
    "户万1.2达数户贫脱，村个31盖覆目项\n"
    "投资1万2千元，完成年度目标的85%以上。\n"
)


def test_a_lookahead_body_gives_its_runs() -> None:
    """Every match is followed, where a lookahead stands, by a text its body matches: the body's runs are held."""
    assert pair_gate(r"(?m)^(?![^\n]*\d[%万])(?=[^\n]*[%万]\d+(?![\d.]))[^\n]*") == r"[%万][\d]"
    assert pair_gate(r"(?<![0-9])—(?=[万亿][二三][千百])") == "[万亿][二三][千百]"
    # (the character a lookahead reads first still follows what goes before it)
    # (the run goes back through a space, maybe, to the digits: speed48)
    assert pair_gate(r"(?<![\d.])\d{2}\s*年(?=出生|毕业)") == r"[\d][\d][\s]*[年][出毕]"
    assert pair_gate(r"a(?=b)") == "[a][b]"
    # a negative lookahead's body is what a match must not be followed by: nothing it holds
    assert pair_gate(r"a(?!bc)") is None
    for text in ("%5.6长增比同", "约万3千人"):
        assert re.search(pair_gate(r"(?=[^\n]*[%万]\d)[^\n]+"), text)


@functools.cache
def _texts(every: bool) -> tuple[str, ...]:
    """The right-to-left lines and the shipped and gold texts (a sample of the gold sets unless every: tests.pagetext)."""
    return (BACKWARDS, *map(decoded, shipped_paths(every)))



def _reads(ruleset: RuleSet) -> list[str]:
    lex = ruleset.lexicon
    return [p for p in (*lex.misreads, *lex.ocr_reads, lex.ocr_one) if p and "=>" in p]


@pytest.mark.parametrize("every", WHOLE)
def test_every_misread_found_holds_its_pair(ruleset: RuleSet, every: bool) -> None:
    """Wherever a layout.yaml misreads, ocr_reads or ocr_one pattern finds something in a shipped or gold text (and
    in lines read right to left), the page holds its pair gate's match: the gate never turns a page away."""
    gated = found = 0
    for pattern in _reads(ruleset):
        read = layout._ocr_one(pattern)
        assert read is not None
        if read[3] is None:
            continue
        gated += 1
        for text in _texts(every):
            for line in layout.fold_width(text).split("\n"):
                if read[1].search(line) is not None:
                    found += 1
                    assert read[3].search(line) is not None, (pattern, line)
    assert gated >= 3 and found >= 3  # (the right-to-left lines, a year in Chinese digits, …: the gates are asked)


@pytest.mark.parametrize("every", WHOLE)
def test_pages_repaired_alike_with_the_pair_gates(ruleset: RuleSet, monkeypatch: pytest.MonkeyPatch, every: bool) -> None:
    """`undamaged` gives every shipped and gold page as it did when only the characters a pattern needs gated it."""
    lex = ruleset.lexicon
    args = (lex.sentence_end, lex.ocr_one, lex.ocr_reads, lex.misreads)
    texts = [layout.fold_width(text) for text in _texts(every)]
    gated = [layout.undamaged(text, *args) for text in texts]
    assert gated[0] != texts[0]  # (the right-to-left lines read in their order)
    monkeypatch.setattr(layout, "_may_read",
                        lambda read, page: not read[0] or any(c in page for c in read[0]))
    assert [layout.undamaged(text, *args) for text in texts] == gated


def test_a_link_opening_with_no_range_mark_is_told_by_its_first_character(extractor: Extractor) -> None:
    """`QuantityFinder.find` asks whether the link between two figures is a range mark with a qualifier after it
    (约3万至约5万人) only where the link opens with a range mark's first character: the same answer for every link
    made of the marks, the qualifiers and other words, in every order."""
    from itertools import product

    lex = extractor.rules.lexicon
    links = extractor.finder.links
    marks = sorted(m for m in links.range_marks if m)
    words = [*marks, *sorted(lex.qual_prefix), "", "元，", "增长", "和", "人", " "]
    asked = hits = 0
    # (two parts in every order, and a third word after each pair a mark opens)
    links_asked = [a + b for a, b in product(words, repeat=2)]
    links_asked += [m + q + w for m in marks for q in sorted(lex.qual_prefix)[:8] for w in ("", "元", "增长")]
    for link in links_asked:
        full = any(link.startswith(sep) and link[len(sep):] in lex.qual_prefix for sep in marks)
        assert (link[:1] in links.range_firsts and full) == full, link
        asked += 1
        hits += full
    assert hits and asked > hits  # (both answers met)
