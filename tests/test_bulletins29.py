"""What the blind set data/gold/bulletins29 found (three 2025 bulletins of our own with tables, typeset as PDF and read
back by readers no set used this way: scripts/gold_bulletins29.py). Sentences and tables invented, in the style of such
bulletins."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_TITLE = "某某区2025年国民经济和社会发展统计公报（节选）\n"
_QUARTERS = "指标 单位 一季度 上半年 前三季度 全年\n"


def test_a_head_of_the_years_parts_that_ends_in_the_whole_year_gives_each_column_its_time(extractor: Extractor) -> None:
    """一季度 上半年 前三季度 全年 over a unit column: each cell a level of its column's part of the caption's year, 全年
    the whole year."""
    text = _TITLE + "表1  2025年分季度主要经济指标\n" + _QUARTERS + "地区生产总值 亿元 210.36 436.12 668.40 902.58\n"
    got = _got(_run(extractor, text, "2026-04-12"), "value", "measure", "role", "period")
    assert got == [("210.36", 21036000000, "元", "level", "2025Q1"), ("436.12", 43612000000, "元", "level", "2025H1"),
                   ("668.40", 66840000000, "元", "level", "2025Q1-Q3"), ("902.58", 90258000000, "元", "level", "2025")]


def test_a_column_word_that_opens_with_the_whole_year_is_that_column(extractor: Extractor) -> None:
    """全年目标 is a goal column's word, not 全年 and a stray 目标: the row's goal and its result read."""
    text = ("某某县2025年上半年经济运行情况\n表1  2025年主要指标完成情况\n单位：亿元\n指标 全年目标 上半年\n"
            "地区生产总值 480.0 236.5\n")
    got = _got(_run(extractor, text, "2025-07-20"), "value", "role")
    assert got == [("480.0", 48000000000, "target"), ("236.5", 23650000000, "level")]


def test_a_growth_caption_over_a_percent_note_reads_each_cell_as_its_columns_growth(extractor: Extractor) -> None:
    """表2 …累计增速 under 单位：%: every cell is a growth in percent of its column's time (a fall written -2.8); the
    same table under a caption that names no growth says not whether its cells are levels or growths: no figure."""
    rows = "指标 一季度 上半年 前三季度 全年\n规模以上工业增加值 6.4 7.0 7.3 7.5\n固定资产投资 -2.8 -0.6 1.9 3.2\n"
    grown = _TITLE + "表2  2025年分季度主要经济指标累计增速\n单位：%\n" + rows
    got = _got(_run(extractor, grown, "2026-04-12"), "value", "measure", "role", "period")
    assert got == [("6.4", 6.4, "%", "change", "2025Q1"), ("7.0", 7.0, "%", "change", "2025H1"),
                   ("7.3", 7.3, "%", "change", "2025Q1-Q3"), ("7.5", 7.5, "%", "change", "2025"),
                   ("-2.8", -2.8, "%", "change", "2025Q1"), ("-0.6", -0.6, "%", "change", "2025H1"),
                   ("1.9", 1.9, "%", "change", "2025Q1-Q3"), ("3.2", 3.2, "%", "change", "2025")]
    plain = _TITLE + "表2  2025年分季度主要经济指标\n单位：%\n" + rows
    assert _run(extractor, plain, "2026-04-12") == []


def test_a_fund_table_with_the_years_balance_beside_the_balance_carried_reads(extractor: Extractor) -> None:
    """基金收入 基金支出 当年结存 累计结存 under 单位：亿元 (a 医疗保障 bulletin): each cell an amount in 元."""
    text = ("某某市2025年医疗保障事业发展统计公报\n表2  2025年基本医疗保险基金收支情况\n单位：亿元\n"
            "项目 基金收入 基金支出 当年结存 累计结存\n职工基本医疗保险 8.64 7.92 0.72 10.38\n")
    got = _got(_run(extractor, text, "2026-03-30"), "value", "measure", "topic")
    assert got == [("8.64", 864000000, "元", "money"), ("7.92", 792000000, "元", "money"),
                   ("0.72", 72000000, "元", "money"), ("10.38", 1038000000, "元", "money")]


_BEDS = "表3  2025年末医疗卫生机构和养老机构床位\n单位：张\n项目 2025年 2024年\n"


def test_rows_after_a_part_label_count_what_the_whole_counts_until_a_row_names_its_own(extractor: Extractor) -> None:
    """医疗卫生机构床位, then 其中：医院 and 基层医疗卫生机构 (its part too, no label of its own): beds; 养老机构床位 after
    them names its own count (care beds), and its own part after it is of that."""
    text = _TITLE + _BEDS + ("医疗卫生机构床位 2860 2794\n其中：医院 2310 2262\n基层医疗卫生机构 460 446\n"
                             "养老机构床位 4620 4380\n其中：护理型床位 2950 2710\n")
    got = [(f["quote"], f["metric"]) for f in _run(extractor, text, "2026-04-12")]
    assert [m.split(".")[0] for _q, m in got] == ["beds"] * 10
    assert [m for _q, m in got][6:] == ["beds.care"] * 4


def test_a_row_with_no_count_of_its_own_and_no_part_label_before_it_stays_a_bare_count(extractor: Extractor) -> None:
    """Without 其中： a row that names no count (基层医疗卫生机构 under 医疗卫生机构床位) is not read as a part: the
    table's 张 alone says no more than a count. (Under a caption whose kinds all count beds, 医疗卫生机构和养老机构床位,
    the caption says it: tests/test_tableprobe162.py.)"""
    text = _TITLE + "表3  2025年末卫生资源\n单位：张\n项目 2025年 2024年\n" \
        + "医疗卫生机构床位 2860 2794\n基层医疗卫生机构 460 446\n"
    got = [(f["quote"], f["metric"].split(".")[0]) for f in _run(extractor, text, "2026-04-12")]
    assert got == [("2860", "beds"), ("2794", "beds"), ("460", "quantity"), ("446", "quantity")]


_YEAR = "一、综合\n初步核算，2025年全区地区生产总值902.58亿元，比上年增长5.9%。\n"
_QUARTERLY = "分季度看，一季度全区地区生产总值增长5.1%，上半年增长5.5%，全年增长5.9%。\n"


def test_a_part_of_the_year_alone_in_a_years_bulletin_is_of_the_year_it_reviews(extractor: Extractor) -> None:
    """In a 2025年…统计公报 out in April 2026, 一季度 in a sentence of its own is 2025's first quarter (2026's is over
    by then, but the bulletin reviews 2025), and 全年 after it the year reviewed."""
    got = _got(_run(extractor, _TITLE + _YEAR + _QUARTERLY, "2026-04-12"), "period")
    assert got[2:] == [("5.1%", "2025Q1"), ("5.5%", "2025H1"), ("5.9%", "2025")]


def test_a_part_of_the_year_alone_in_news_of_april_is_this_years(extractor: Extractor) -> None:
    """The same sentence under a news headline that names no bulletin: a first quarter over by the document's date is
    this year's, as before."""
    text = "某某区经济运行稳中有进\n" + _YEAR + _QUARTERLY
    got = _got(_run(extractor, text, "2026-04-12"), "period")
    assert got[2] == ("5.1%", "2026Q1")
