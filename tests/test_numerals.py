"""Numerals: one value, many spellings (from rules/lexicon/numerals.yaml), and what is no numeral."""

from __future__ import annotations

import pytest

from stats.find.numerals import parse_chinese, parse_number
from stats.rules.rulefile import load_rules

_LEX = load_rules().lexicon
_CASES = [pytest.param(v, s, id=f"{s}={v:g}") for v, spellings in _LEX.numeral_examples.items() for s in spellings]


@pytest.mark.parametrize(("value", "spelling"), _CASES)
def test_spellings_parse_to_their_value(value: float, spelling: str) -> None:
    from stats.find.quantities import QuantityFinder

    finder = QuantityFinder(_LEX)
    n = parse_number(spelling, _LEX)
    if n is not None and n.value == value:
        return
    # spellings with a magnitude (14.74万, 2万亿) go through the quantity grammar
    found = finder.find(spelling + "个")
    assert found and found[0].value == pytest.approx(value), f"{spelling} -> {n} / {found}"


@pytest.mark.parametrize("text", ["十三五", "万", "亿元", "三十五六七", ""])
def test_malformed_chinese_numerals_are_refused(text: str) -> None:
    assert parse_chinese(text, _LEX) is None


def test_neighbouring_digits_are_a_range() -> None:
    n = parse_chinese("三四", _LEX)
    assert (n.value, n.high) == (3, 4)


def test_neighbouring_digits_before_a_place_are_a_range() -> None:
    assert [(n.value, n.high) for n in (parse_chinese(t, _LEX) for t in ("七八十", "三四百万", "十七八"))] == [
        (70, 80), (3e6, 4e6), (17, 18)]
    assert parse_chinese("十三五", _LEX) is None


def test_digit_by_digit_years() -> None:
    assert parse_chinese("二〇二三", _LEX).value == 2023


_SENTENCES = [pytest.param(text, expect, id=f"{cls}:{line}") for cls, text, expect, line in _LEX.numeral_sentences]


@pytest.mark.parametrize(("text", "expect"), _SENTENCES)
def test_numeral_sentences_give_their_figures(extractor, text: str, expect: list) -> None:
    """numerals.yaml `sentences`: each class of numeral, through the whole extractor."""
    from stats.check.ruletest import compare

    assert compare(expect, extractor.extract_text(text).figures) == ""


def test_every_class_of_the_issue_has_sentences() -> None:
    classes = {cls for cls, *_ in _LEX.numeral_sentences}
    assert {"shortened_place", "mixed_sections", "chinese_ranges", "dash_ranges", "financial", "traditional",
            "commas", "measures", "percent", "approximate", "half", "url_encoded"} <= classes


@pytest.mark.parametrize(("text", "value"), [("三十千", None), ("六十百", None), ("三万五万", None),
                                             ("一万千", None), ("三百五", 350), ("十万五", 105000), ("一千零十", 1010)])
def test_places_descend(text: str, value: float | None) -> None:
    n = parse_chinese(text, _LEX)
    assert (n.value if n else None) == value


@pytest.mark.parametrize("text", ["融资美元分别为3亿元", "融资美元达到约3亿元", "融资3亿元美元"])
def test_a_currency_name_at_the_longest_link_still_names_the_amount(text: str) -> None:
    """`_currency_named` returns early where no name can end within the longest link before the number
    nor start after 元: a name right at that reach (a three-character link) must still be read."""
    from stats.find.quantities import QuantityFinder

    (q,) = QuantityFinder(_LEX).find(text)
    assert (q.value, q.unit) == (3e8, _LEX.measures["美元"].unit)
