"""Digits that meet across a space or a line break (joinprobe98): a whole number of four digits or more, then a gap or
a short line's break, then a decimal with one whole digit (就业3860 4.6万人, …就业3860 | 4.6万人) never read as one
(38604.6万人 is a wrong value): no figure where the first is glued to a word, the decimal alone where a gap or a short
line sets the two apart; a number a PDF spaced out (1 2 . 5 %, 3 860人, 12 345.6 亿元) and a number a full line's end
cuts (…生产总值1234 | 5.6亿元) still read whole."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _values(extractor: Extractor, text: str) -> list[tuple]:
    return _got(_run(extractor, text, "2026-01-10"), "value")


@pytest.mark.parametrize("gap", [" ", "\u3000"])
def test_a_count_glued_to_a_word_a_gap_then_a_decimal_gives_no_figure(extractor: Extractor, gap: str) -> None:
    """就业人数3860 4.6万人: two cells run together or one number a stray space parts? No sure reading: no figure,
    never 38604.6万人 (nor 4.6万人, which 12345.6亿元 parted as 1234 5.6亿元 shows may be wrong)."""
    assert _values(extractor, f"全年城镇新增就业人数3860{gap}4.6万人。") == []
    assert _values(extractor, "全年实现地区生产总值1234 5.6亿元。") == []
    assert _values(extractor, "全年粮食增产达到1000 0.5万吨。") == []


def test_a_row_of_cells_read_as_a_line_gives_the_decimal_alone(extractor: Extractor) -> None:
    """城市 2025年 就业人数 3860 4.6万人: a gap before the count too sets the row's cells apart: 4.6万人, the
    second cell, is sure; never 38604.6万人."""
    assert _values(extractor, "城市 2025年 就业人数 3860 4.6万人") == [("4.6万人", 46000)]


def test_a_year_before_a_decimal_is_a_date(extractor: Extractor) -> None:
    """城镇新增就业2025 4.6%: a year and a rate, the rate sure (never 20254.6%)."""
    assert _values(extractor, "城镇新增就业2025 4.6%。") == [("4.6%", 4.6)]


@pytest.mark.parametrize(("text", "quote", "value"), [
    ("今年全市新增就业增长1 2 . 5 %。", "12.5%", 12.5),
    ("全市城镇新增就业3 860人，同比增长5.2%。", "3860人", 3860),
    ("全年完成固定资产投资 12 345.6 亿元。", "12345.6亿元", 12345.6e8),
    ("全年实现地区生产总值3 8 6 0 . 4亿元。", "3860.4亿元", 3860.4e8),
    ("全年接待游客 1 280 万人次。", "1280万人次", 1280e4),
    ("全年出生人口3 .2万人。", "3.2万人", 32000),
])
def test_a_number_spaced_out_still_reads_whole(extractor: Extractor, text: str, quote: str, value: float) -> None:
    """A PDF's justification (digit by digit) or a thousands grouping: one number, as before."""
    got = _values(extractor, text)
    assert got[0][0] == quote and got[0][1] == pytest.approx(value)


_LINES = ("今年以来，全市坚持把稳就业摆在突出位置，\n"
          "落实落细各项援企稳岗政策，全年城镇新增就\n")
_TAIL = "，同比增长\n12.3%，城镇登记失业率控制在3%以内。\n"


def test_a_short_line_ending_in_a_number_is_no_wrap_before_a_decimal(extractor: Extractor) -> None:
    """…新增就 | 业3860 | 4.6万人次…: the line ending 3860 is short, so its break is no wrap's: 4.6万人次 alone."""
    got = _values(extractor, _LINES + "业3860\n4.6万人次参加职业技能培训" + _TAIL)
    assert got[0] == ("4.6万人次", 46000)
    assert all(q != "38604.6万人次" for q, _ in got)


def test_a_full_line_cut_inside_a_number_still_joins(extractor: Extractor) -> None:
    """…生产总值1234 | 5.6亿元: the line fills its column, a wrap that cut one number: 12345.6亿元."""
    text = ("今年以来，全市坚持把稳就业摆在突出位置，\n落实落细各项援企稳岗政策，全年实现生产总值1234\n"
            "5.6亿元，同比增长6.1%，增速高于全省平均水\n平0.5个百分点，经济运行总体平稳向好态势。\n")
    got = _values(extractor, text)
    assert got[0][0] == "12345.6亿元" and got[0][1] == pytest.approx(12345.6e8)
