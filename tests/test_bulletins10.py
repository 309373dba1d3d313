"""What the blind set data/gold/bulletins10 found: four 统计公报 of 2024 and 2025 with tables of other kinds (a budget's
revenue and spending with 其中 rows, farm output whose rows name their units in brackets, household income and spending,
investment growth by sector, three year columns under a unit column, a level beside its share). Blind, main read the
budget table's head wrongly (比上年增长（%） on the top line, （亿元） alone under it: the two lines run together, the mark
was taken for the first column's unit and 亿元 for the growth's, every cell a wrong value) and missed the farm table set
in two halves side by side whole (its last line's whole numbers run into each other, 1420 6.3 → 14206.3). Tables
invented, in the style of such texts; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_a_mark_beside_its_word_and_the_other_unit_alone_under_the_head(extractor: Extractor) -> None:
    """绝对数 比上年增长（%） / （亿元）: 亿元 is the level column's, the growth stays a percentage; a … cell gives none."""
    text = ("表2 2024年全县一般公共预算收支\n指标 绝对数 比上年增长（%）\n（亿元）\n一般公共预算收入 21.6 4.3\n"
            "其中：税收收入 13.2 -1.8\n债务付息支出 1.4 …\n")
    figs = _run(extractor, text, "2025-03-20")
    assert quoted(figs, "value", "measure", "role") == [
        ("21.6", 2160000000, "元", "level"), ("4.3", 4.3, "%", "change"),
        ("13.2", 1320000000, "元", "level"), ("-1.8", -1.8, "%", "change"), ("1.4", 140000000, "元", "level")]


def test_a_change_in_a_unit_no_level_column_counts_gives_no_figure(extractor: Extractor) -> None:
    """机构数 比上年增减 / （个） （张）: a change in beds beside a count of institutions: a misread head, no table."""
    text = "表1 2024年末医疗卫生机构\n机构类别 机构数 比上年增减\n（个） （张）\n医院 12 86\n"
    assert [f["quote"] for f in _run(extractor, text, "2025-04-20")] == []


def test_a_table_in_two_halves_side_by_side_reads_both_rows_of_a_line(extractor: Extractor) -> None:
    """产品名称 产量 增长 twice on the head line: each line two rows, each row's unit in its label's brackets; a / is a
    blank cell, and a last line of the left half only is one row."""
    text = ("表1 2025年主要农产品产量\n产品名称 产量 比上年增长（%） 产品名称 产量 比上年增长（%）\n"
            "油料（万吨） 2.45 3.1 生猪出栏（万头） 18.6 -2.4\n茶叶（吨） 536 / 牛奶（吨） 1260 4.8\n"
            "水果（万吨） 6.12 2.2\n")
    figs = _run(extractor, text, "2026-03-20")
    assert quoted(figs, "value", "measure", "role") == [
        ("2.45", 24500, "吨", "level"), ("3.1", 3.1, "%", "change"), ("18.6", 186000, "头", "level"),
        ("-2.4", -2.4, "%", "change"), ("536", 536, "吨", "level"), ("1260", 1260, "吨", "level"),
        ("4.8", 4.8, "%", "change"), ("6.12", 61200, "吨", "level"), ("2.2", 2.2, "%", "change")]


def test_a_line_under_a_head_of_halves_that_parts_no_way_gives_no_figure(extractor: Extractor) -> None:
    """A cell too few in the right half (牛奶（吨） 1260): neither two rows nor one; no figure from it."""
    text = ("表1 2025年主要农产品产量\n产品名称 产量 比上年增长（%） 产品名称 产量 比上年增长（%）\n"
            "茶叶（吨） 536 2.6 牛奶（吨） 1260\n")
    assert [f["quote"] for f in _run(extractor, text, "2026-03-20")] == []
