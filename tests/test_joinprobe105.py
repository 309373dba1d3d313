"""Digits that meet across a gap or a line break where no reading is sure (joinprobe105, after joinprobe98).

A wrong value is worse than a missing one. Runs of digits glued to a word and parted by gaps as neither a
thousands grouping (12 345人: one or two digits, then groups of three) nor a line spaced out digit by digit
(1 2 . 5 %) parts them give no figure: three digits, a gap and one group of three (收入980 320亿元: two cells of a row
or 980,320?), four digits, a gap and one digit before a word (床位1200 3张: a footnote's number or a stray space?),
three groups (就业12 3 45人), and a grouped number, a gap, then one digit or a decimal of one whole digit (就业3 860
4.6万人, as joinprobe98 made 就业3860 4.6万人). Not glued, a thousands group, a gap, then such a decimal are two numbers
(收入 45 678 5.6%: 5.6%, never 456785.6%). A line shorter than its column that ends on four digits or more parts them from
a decimal of any whole digits opening the next line (3860 | 12.5万人次), not only of one; a whole number there is
still a wrap's cut. Numbers a PDF spaced out, thousands groups and a table row's cells still read.
"""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _values(extractor: Extractor, text: str) -> list[tuple]:
    return _got(_run(extractor, text, "2026-01-10"), "value")


@pytest.mark.parametrize("text", [
    "全年一般公共预算收入980 320亿元。",
    "全市常住人口980 320人。",
    "全年完成固定资产投资（980 320万元）。",
    "全年完成投资123 456.7万元。",
    "全市常住人口９８０ ３２０人。",
])
def test_three_digits_glued_a_gap_and_one_group_of_three_give_no_figure(extractor: Extractor, text: str) -> None:
    """收入980 320亿元: two cells run together or 980,320? No grouped number opens glued to a word on three digits in
    the texts seen (意向5 160人, 12 860人 open on one or two), so neither 980320 nor 320 is sure."""
    assert _values(extractor, text) == []


@pytest.mark.parametrize("text", [
    "全市医院床位1200 3张。",
    "全市医院床位1200 3 张。",
    "全市医院床位１２００ ３张。",
    "全市新增就业3860 5人。",
    "全年完成投资1234 5亿元。",
])
def test_four_digits_glued_a_gap_and_one_digit_give_no_figure(extractor: Extractor, text: str) -> None:
    """床位1200 3张: a footnote's or page's number beside the figure (1200张) or one digit a PDF set apart (12003张)?
    Both may be wrong: no figure."""
    assert _values(extractor, text) == []


def test_the_figure_beside_a_doubtful_run_still_reads(extractor: Extractor) -> None:
    """Only the doubtful run goes: the next figure in the sentence stands."""
    assert _values(extractor, "全市医院床位1200 3张，卫生技术人员5600人。") == [("5600人", 5600)]


def test_three_groups_of_no_grouping_give_no_figure(extractor: Extractor) -> None:
    """就业12 3 45人: two, one and two digits, which no thousands grouping nor spacing out makes."""
    assert _values(extractor, "全市城镇新增就业12 3 45人。") == []
    assert _values(extractor, "全市城镇新增就业１２ ３ ４５人。") == []


@pytest.mark.parametrize("text", [
    "全市医院床位1 200 3张。",
    "全市新增就业12 345 678 9人。",
    "全市城镇新增就业3 860 4.6万人。",
    "全市城镇新增就业38 60 4.6万人。",
    "人均可支配收入45 678 5.6%",
])
def test_a_grouped_number_a_gap_then_one_digit_or_a_short_decimal_give_no_figure(extractor: Extractor,
                                                                                  text: str) -> None:
    """就业3 860 4.6万人: as doubtful as 就业3860 4.6万人 (joinprobe98): two cells run together or one number a stray
    space parts? Never 38604.6万人 (nor 604.6万人, which 38 60 4.6万人 gave), and 4.6万人 may be wrong too."""
    assert _values(extractor, text) == []


def test_a_gap_before_the_grouped_number_sets_a_rows_cells_apart(extractor: Extractor) -> None:
    """人均可支配收入 45 678 5.6%: a gap before the first number too (a row's cells), the rate is sure: 5.6%, never
    456785.6% (no grouping parts a whole part's last digit from the rest)."""
    assert _values(extractor, "人均可支配收入 45 678 5.6%") == [("5.6%", 5.6)]


@pytest.mark.parametrize(("text", "quote", "value"), [
    ("全市常住人口达到12 345人。", "12345人", 12345),
    ("全市常住人口达到12\u2009345人。", "12345人", 12345),
    ("全年接待游客1 234 567人次。", "1234567人次", 1234567),
    ("全年完成投资123 456 789万元。", "123456789万元", 123456789e4),
    ("全市人均收入45 678元，增长5.6%。", "45678元", 45678),
    ("全市城镇新增就业3 8 60人。", "3860人", 3860),
    ("截至2025 3月底，全市医院床位1200张。", "1200张", 1200),
    ("全市城镇新增就业2025 3860人。", "3860人", 3860),
    ("全市医院床位12 000张。", "12000张", 12000),
])
def test_grouped_and_spaced_numbers_still_read(extractor: Extractor, text: str, quote: str, value: float) -> None:
    """One or two digits then groups of three, a line spaced out, a year before a count: read as before."""
    got = _values(extractor, text)
    assert got[0][0] == quote and got[0][1] == pytest.approx(value)


def test_a_table_row_with_its_label_glued_keeps_its_cells(extractor: Extractor) -> None:
    """卫生机构数（个）391 386 -5 under a head of years: the row's gaps are cells', each number sure."""
    text = ("全县卫生健康事业统计表\n项目 2024年 2025年 增减\n卫生机构数（个）391 386 -5\n"
            "床位数（张）3860 4120 260\n")
    assert [v for _, v in _values(extractor, text)] == [391, 386, -5, 3860, 4120, 260]


_LINES = ("今年以来，全市坚持把稳就业摆在突出位置，\n"
          "落实落细各项援企稳岗政策，全年城镇新增就\n")
_TAIL = "，同比增长\n12.3%，城镇登记失业率控制在3%以内。\n"


def test_a_short_line_ending_in_a_count_is_no_wrap_before_a_decimal_of_two_digits(extractor: Extractor) -> None:
    """…新增就 | 业3860 | 12.5万人次…: the short line's break is no wrap's: 12.5万人次, never 386012.5万人次."""
    got = _values(extractor, _LINES + "业3860\n12.5万人次参加职业技能培训" + _TAIL)
    assert got[0] == ("12.5万人次", 125000)


def test_four_digits_and_one_digit_ending_a_line_give_no_figure(extractor: Extractor) -> None:
    """…就业1200 3 | 人…: the run ends the line and the count's measure opens the next: as doubtful as 1200 3人."""
    got = _values(extractor, _LINES + "业1200 3\n人参加职业技能培训" + _TAIL)
    assert got[0] == ("12.3%", 12.3)


def test_a_line_cut_inside_a_whole_number_still_joins(extractor: Extractor) -> None:
    """…生产总值1234 | 5678万元: a whole number opening the next line is a wrap's cut whatever the line's width (a
    page of columns side by side may not show a full line as full): 12345678万元."""
    text = ("今年以来，全市坚持把稳就业摆在突出位置，\n落实落细各项援企稳岗政策，全年实现生产总值1234\n"
            "5678万元，同比增长6.1%，增速高于全省平均水\n平0.5个百分点，经济运行总体平稳向好态势。\n")
    got = _values(extractor, text)
    assert got[0][0] == "12345678万元" and got[0][1] == pytest.approx(12345678e4)
