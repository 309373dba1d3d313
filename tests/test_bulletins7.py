"""What the blind set data/gold/bulletins7 found: five bulletins on beds and jobs (a county-level city's health
bulletin whose institutions table a page break cuts, its number and running head between two rows; a city's
labour bulletin with a social insurance table that gives each fund's change since the year's start in its own
unit; a prefecture's care homes by county, its city-run homes in a row of their own; a statistics bulletin's
health and social services in prose; a quarter's hospital services, one table printed a cell a line and one of
a single value column, each cell right after its row's unit in brackets). Blind, main missed the rows after the
page break, the social insurance table (比上年末增减（万人） was no column word, and a change column with a unit
of its own no column at all) and the single-column table (its rows joined into one paragraph); and gave the
city-run row (市直) the county above it. Sentences invented, in the style of such texts; the figures worked out
by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted

_BEDS = ("表1 2025年末医疗卫生机构、床位和人员数\n机构类别 机构数（个） 床位数（张） 人员数（人）\n"
         "总计 612 4862 6215\n中医医院 2 560 628\n\n— 3 —\n某市2025年卫生健康事业发展统计公报\n\n"
         "专科医院 12 411 494\n村卫生室 496 — 521\n注：人员数含乡村医生。\n")


def test_a_tables_rows_go_on_over_a_page_number_and_running_head(extractor: Extractor) -> None:
    """— 3 — then the document's title at the next page's head, between two rows: the rows after them keep
    their cells apart and read under the same head, of the caption's year."""
    figs = _run(extractor, _BEDS, "2026-05-26")
    assert quoted(figs, "value", "measure", "period") == [
        ("612", 612, "个", "2025"), ("4862", 4862, "张", "2025"), ("6215", 6215, "人", "2025"),
        ("2", 2, "个", "2025"), ("560", 560, "张", "2025"), ("628", 628, "人", "2025"),
        ("12", 12, "个", "2025"), ("411", 411, "张", "2025"), ("494", 494, "人", "2025"),
        ("496", 496, "个", "2025"), ("521", 521, "人", "2025")]


def test_a_sentence_after_the_page_number_ends_the_table(extractor: Extractor) -> None:
    """A line of prose under the page number is no running head: the table ends, a row-like line after it
    gives no figure (no head over it)."""
    text = _BEDS.replace("某市2025年卫生健康事业发展统计公报", "全年全市医疗卫生机构诊疗人次增长4.2%。")
    figs = _run(extractor, text, "2026-05-26")
    assert [f["quote"] for f in figs][6:] == ["4.2%"]


def test_a_change_column_with_its_own_unit_reads_amounts(extractor: Extractor) -> None:
    """比上年末增减（万人）: the year-end count's change, in the unit its head names; a minus sign a fall."""
    text = ("表1 2025年末社会保险参保及基金收支情况\n项目 参保人数（万人） 比上年末增减（万人） 基金收入（亿元）\n"
            "企业职工基本养老保险 7.26 0.32 16.85\n城乡居民基本养老保险 38.65 -0.46 6.52\n")
    figs = _run(extractor, text, "2026-04-22")
    assert quoted(figs, "value", "measure", "role") == [
        ("7.26", 72600, "人", "level"), ("0.32", 3200, "人", "change"), ("16.85", 1685000000, "元", "level"),
        ("38.65", 386500, "人", "level"), ("-0.46", -4600, "人", "change"), ("6.52", 652000000, "元", "level")]


def test_a_change_column_with_neither_mark_nor_unit_beside_two_units_reads_nothing(extractor: Extractor) -> None:
    """比上年末增减 bare beside levels in 万人 and in 亿元: a difference of which, or a rate? the row gives no
    figure. (Beside levels of one unit, 参保人数（万人） 比上年末增减, the difference is in that unit, as
    tables.yaml's amount_changes reads a note's one unit: bulletins43.)"""
    text = ("表1 2025年末社会保险参保及基金收入情况\n项目 参保人数（万人） 基金收入（亿元） 比上年末增减\n"
            "企业职工基本养老保险 7.26 16.85 0.32\n")
    assert _run(extractor, text, "2026-04-22") == []


def test_a_one_column_table_its_cells_after_the_rows_unit_in_brackets(extractor: Extractor) -> None:
    """指标 数值, then 门急诊人次（万人次）92.3: each line a row of its own under the head, its unit the label's."""
    text = ("表2 2026年一季度医院重点医疗服务指标\n指标数值\n门急诊人次（万人次）92.3\n住院手术（台次）8620\n"
            "三四级手术占比（%）36.8\n\n一季度，全市门诊预约诊疗率为62.5%。\n")
    figs = _run(extractor, text, "2026-04-18")
    assert quoted(figs, "value", "measure", "role") == [
        ("92.3", 923000, "人次", "level"), ("8620", 8620, "台次", "level"), ("36.8", 36.8, "%", "level"),
        ("62.5%", 62.5, "%", "level")]


def test_a_sentence_ending_in_a_bracket_and_a_number_is_no_row_without_a_head(extractor: Extractor) -> None:
    """With no head over it, a line that ends in （…）and digits joins the next line as any sentence does."""
    text = "全市医疗卫生机构床位数（含民营医院）1\n2860张，比上年增加286张。\n"
    figs = _run(extractor, text, "2026-04-18")
    assert quoted(figs, "value", "measure") == [("12860张", 12860, "张"), ("286张", 286, "张")]


def test_a_city_run_row_of_a_table_by_county_is_the_citys(extractor: Extractor) -> None:
    """市直 after the counties: the homes the city runs itself, the city's figures, not the county's above."""
    text = ("邵阳市2025年养老服务发展统计公报\n\n截至2025年底，全市共有养老机构286家。\n\n"
            "表1 2025年末各县（市、区）养老机构及床位情况\n"
            "县（市、区） 养老机构（家） 床位数（张）\n武冈市 26 2780\n市直 17 1750\n")
    figs = _run(extractor, text, "2026-03-30")
    assert quoted(figs, "value", "place") == [
        ("286家", 286, "邵阳市"), ("26", 26, "武冈市"), ("2780", 2780, "武冈市"), ("17", 17, "邵阳市"),
        ("1750", 1750, "邵阳市")]
