"""Measure words written in traditional characters, read after the layout's traditional-to-simplified table.

The table (layout.yaml `misreads`) reads 時 as 时 but keeps 個, which the units read already, so a traditional
page's 3個小時 reaches the units as 3個小时: a unit word the table half changes must still be a unit word, or
the count falls back to 個 alone (3384 個, a wrong measure)."""

from __future__ import annotations

import pytest

from stats import extract_text
from stats.rules.rulefile import RuleSet


def _figures(text: str) -> list[tuple[float, str]]:
    return [(f["value"], f["measure"]) for f in extract_text(text)]


@pytest.mark.parametrize("text, want", [
    ("全縣誌願者去年共服務3384個小時。", (3384.0, "小时")),
    ("項目建設工期壓縮了120個小時，節約資金300萬元。", (120.0, "小时")),
    ("全市共有45萬個小時的培訓課時。", (450000.0, "小时")),
])
def test_hours_in_traditional_characters_are_hours(text: str, want: tuple[float, str]) -> None:
    got = _figures(text)
    assert want in got, got
    assert (want[0], "个") not in got, got


def test_every_traditional_measure_word_survives_the_table(ruleset: RuleSet) -> None:
    """A measure word with a character of the traditional table is still a measure word once the table has read it
    (or the table leaves it as it is), with the same measure."""
    lexicon = ruleset.lexicon
    table = next(m for m in lexicon.misreads if "縣" in m.split("=>", 1)[0])
    src, dst = table.split("=>", 1)[1].split("|")
    fold = str.maketrans(src, dst)
    changed = {w: w.translate(fold) for w in lexicon.measures if w.translate(fold) != w}
    assert "個小時" in changed  # the table does reach the traditional unit words
    for word, read in changed.items():
        assert read in lexicon.measures, f"{word} is read as {read}, no measure word"
        assert lexicon.measures[read].measure == lexicon.measures[word].measure, word
