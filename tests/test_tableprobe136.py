"""What a table row measures and when, from its caption and head (tableprobe136): a half-year report's table of its key
groups' jobs under a caption that names a part of the year after its year (2025年上半年重点群体就业情况), and a health
bulletin's beds by kind of institution or by hospital under a caption's unit note (（单位：张）) whose column word alone
(床位数, 实有床位) names what is counted. Invented tables in the shapes a report or a PDF extractor gives them: bars,
single or double spaces, the caption above, the unit note in it or on a line of its own."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_HALF = "某市人社局2025年上半年工作总结\n\n"
_GROUPS = [["群体", "单位", "人数", "同比增长（%）"], ["高校毕业生", "人", "3260", "4.2"], ["农民工", "人", "12850", "2.1"],
           ["就业困难人员", "人", "860", "-3.5"]]


_SLOW = pytest.mark.slow  # (the other separators: the same reading, in the slow suite)


@pytest.mark.parametrize("sep", [" | ", pytest.param("  ", marks=_SLOW), pytest.param(" ", marks=_SLOW),
                                 pytest.param("\t", marks=_SLOW)])
def test_a_caption_of_the_half_year_dates_its_groups_rows_half_year(extractor: Extractor, sep: str) -> None:
    """表1 2025年上半年重点群体就业情况: each group's jobs (and their growth) are of 2025H1, not of the whole year 2025,
    each counted as its group's (graduates, migrant workers, the hard-to-employ)."""
    text = _HALF + "表1 2025年上半年重点群体就业情况\n" + "".join(sep.join(r) + "\n" for r in _GROUPS)
    got = _got(_run(extractor, text, "2025-07-20"), "value", "role", "period", "metric")
    assert got == [("3260", 3260, "level", "2025H1", "jobs.graduates"), ("4.2", 4.2, "change", "2025H1", "jobs.graduates"),
                   ("12850", 12850, "level", "2025H1", "jobs.migrant_workers"),
                   ("2.1", 2.1, "change", "2025H1", "jobs.migrant_workers"),
                   ("860", 860, "level", "2025H1", "jobs.assistance"), ("-3.5", -3.5, "change", "2025H1", "jobs.assistance")]


@pytest.mark.parametrize("note", ["（单位：人）", pytest.param("\n单位：人", marks=_SLOW),
                                  pytest.param("(单位：人)", marks=_SLOW)])
def test_a_unit_note_in_or_under_the_half_year_caption(extractor: Extractor, note: str) -> None:
    """The caption's unit note, in brackets at its end or on a line of its own, changes nothing of its time."""
    text = (_HALF + f"2025年上半年重点群体就业情况{note}\n重点群体 人数 同比增长（%）\n高校毕业生 1260 4.2\n"
            "就业困难人员 360 -3.5\n")
    got = _got(_run(extractor, text, "2025-07-20"), "value", "measure", "period")
    assert got == [("1260", 1260, "人", "2025H1"), ("4.2", 4.2, "%", "2025H1"), ("360", 360, "人", "2025H1"),
                   ("-3.5", -3.5, "%", "2025H1")]


@pytest.mark.parametrize(("part", "period"), [("前三季度", "2025Q1-Q3"), ("1—6月", "2025M01-M06"), ("一季度", "2025Q1")])
def test_other_parts_of_the_year_after_the_captions_year(extractor: Extractor, part: str, period: str) -> None:
    """前三季度, 1—6月, 一季度 after the caption's year: the cells are of that part."""
    text = f"某区人社局工作动态\n\n表2 2025年{part}重点群体就业情况\n群体 单位 人数\n脱贫劳动力 人 1850\n"
    got = _got(_run(extractor, text, "2025-10-20"), "value", "period", "metric")
    assert got == [("1850", 1850, period, "jobs.poverty_relief")]


def test_a_caption_run_into_its_head_opening_with_the_part_alone(extractor: Extractor) -> None:
    """表1 前三季度重点群体就业情况 群体 单位 人数 on one line, no year: the part, in the year the text's date gives (not
    the month of publishing, 2025-10)."""
    text = "某区人社局工作动态\n\n表1 前三季度重点群体就业情况 群体 单位 人数\n高校毕业生 人 2260\n脱贫劳动力 人 1850\n"
    got = _got(_run(extractor, text, "2025-10-15"), "value", "period")
    assert got == [("2260", 2260, "2025Q1-Q3"), ("1850", 1850, "2025Q1-Q3")]


def test_the_same_span_a_year_before_is_the_half_year_before(extractor: Extractor) -> None:
    """上年同期 under 2025年上半年: 2024H1 (the caption's part, a year back), not 2024."""
    text = _HALF + "表1 2025年上半年重点群体就业情况\n群体 单位 本期 上年同期\n农民工 人 5850 5600\n"
    got = _got(_run(extractor, text, "2025-07-20"), "value", "period")
    assert got == [("5850", 5850, "2025H1"), ("5600", 5600, "2024H1")]


def test_a_month_end_caption_dates_the_stock_at_that_month(extractor: Extractor) -> None:
    """表1 2025年6月末参保情况: the insured at the end of June (2025-06) and their change since the year's start."""
    text = "某县医保局\n\n表1 2025年6月末参保情况\n险种 单位 参保人数 比上年末增减\n城乡居民基本医疗保险 人 286200 -1350\n"
    got = _got(_run(extractor, text, "2025-07-20"), "value", "period")
    assert got == [("286200", 286200, "2025-06"), ("-1350", -1350, "2025-06")]


def test_a_row_that_names_its_own_month_end_under_a_part_of_the_year(extractor: Extractor) -> None:
    """6月末贷款余额（亿元） under 表1 2025年1—6月主要指标: a stock at June's end (2025-06), the row above
    the six months'."""
    text = ("某县统计局\n\n表1 2025年1—6月主要指标\n指标 2025年 增长（%）\n城镇新增就业（人） 4286 7.9\n"
            "6月末贷款余额（亿元） 638.47 10.4\n")
    got = _got(_run(extractor, text, "2025-07-20"), "value", "period")
    assert got == [("4286", 4286, "2025M01-M06"), ("7.9", 7.9, "2025M01-M06"), ("638.47", 63_847_000_000, "2025-06"),
                   ("10.4", 10.4, "2025-06")]


def test_a_caption_of_a_whole_year_stays_the_year(extractor: Extractor) -> None:
    """2025年重点群体就业情况, 2025年末: the whole year (末 is no part of it), as before."""
    for caption in ("表1 2025年重点群体就业情况", "表1 2025年末重点群体就业情况"):
        text = "某县人社局\n\n" + caption + "\n群体 单位 人数\n农民工 人 5850\n"
        assert _got(_run(extractor, text, "2026-02-20"), "period") == [("5850", "2025")]


def test_a_head_of_parts_of_the_year_keeps_each_columns_own(extractor: Extractor) -> None:
    """表1 2025年1—9月主要经济指标 over 9月 1—9月: each column's own part (the month, the nine months), not the caption's."""
    text = "某县统计局\n\n表1 2025年1—9月主要经济指标\n指标 单位 9月 1—9月\n规上工业增加值 亿元 12.3 98.6\n"
    got = _got(_run(extractor, text, "2025-10-20"), "period")
    assert got == [("12.3", "2025-09"), ("98.6", "2025M01-M09")]


@pytest.mark.parametrize("sep", [" ", pytest.param(" | ", marks=_SLOW), pytest.param("\t", marks=_SLOW)])
def test_beds_by_kind_of_institution_under_a_unit_note(extractor: Extractor, sep: str) -> None:
    """机构类别 床位数 增减 under （单位：张）: 医院 names no count, the column's word does: beds (and their change)."""
    rows = [["机构类别", "床位数", "增减"], ["医院", "8620", "310"], ["基层医疗卫生机构", "2140", "-56"]]
    text = ("某市卫健委2025年卫生健康事业发展统计公报\n\n表3 2025年医疗卫生机构床位情况（单位：张）\n"
            + "".join(sep.join(r) + "\n" for r in rows))
    got = _got(_run(extractor, text, "2026-03-15"), "value", "measure", "role", "topic")
    assert got == [("8620", 8620, "张", "level", "beds"), ("310", 310, "张", "change", "beds"),
                   ("2140", 2140, "张", "level", "beds"), ("-56", -56, "张", "change", "beds")]


def test_beds_by_hospital_under_a_note_of_two_units(extractor: Extractor) -> None:
    """医院名称 编制床位 实有床位 卫生技术人员 under 单位：张、人: the beds in 张 count beds, the staff in 人 health
    workers."""
    text = ("某县卫健局\n\n表1 2025年各医院床位和人员情况（单位：张、人）\n医院名称 编制床位 实有床位 卫生技术人员\n"
            "县人民医院 800 860 1020\n")
    got = _got(_run(extractor, text, "2026-01-15"), "value", "measure", "topic", "metric")
    assert got == [("800", 800, "张", "beds", "beds.total"), ("860", 860, "张", "beds", "beds.total"),
                   ("1020", 1020, "人", "other", "quantity.health_workers")]


def test_a_budget_table_under_a_unit_note_keeps_its_rows_metric(extractor: Extractor) -> None:
    """项目 预算数 完成数 under 单位：万元: words that count nothing (no column_units) leave the row's own metric."""
    text = ("某县财政局\n\n表1 2025年一般公共预算收入完成情况\n单位：万元\n项目 预算数 完成数 增长（%）\n"
            "税收收入 52000 53680 6.3\n")
    got = _got(_run(extractor, text, "2026-03-15"), "value", "role", "metric")
    assert got == [("52000", 520_000_000, "target", "money.tax_revenue"),
                   ("53680", 536_800_000, "level", "money.tax_revenue"), ("6.3", 6.3, "change", "money.tax_revenue")]
