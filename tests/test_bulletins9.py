"""What the blind set data/gold/bulletins9 found: five health and labour bulletins (a province's institutions table
continued after a page break under 续表, with a lone hyphen in its change column; a city's under a head of two lines,
the units on the second and a change column named by what it counts, 床位比上年增减; a county's under the label head
类别, its rows indented with full-width spaces; social insurance by fund, one table's gaps all lost). Blind, main
missed the row after the hyphen and every row under it, the two-line table and the 类别 table whole, and the glued
rows above the one its sign parts. Sentences invented, in the style of such texts; the figures worked out by hand
from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted

_HEAD = "表1 2024年医疗卫生机构、床位、人员数\n机构类别 机构数（个） 比上年增减（个） 床位数（张） 人员数（人）\n"


def test_a_lone_hyphen_is_a_blank_cell_and_the_rows_go_on(extractor: Extractor) -> None:
    """专业公共卫生机构 642 - 2150 21860: no change given, the beds and staff under their columns; 村卫生室 under it
    with a sign on its change (-318) and a dash for its beds."""
    text = _HEAD + "专业公共卫生机构 642 - 2150 21860\n村卫生室 24860 -318 — 41250\n"
    figs = _run(extractor, text, "2025-06-18")
    assert quoted(figs, "value", "measure", "role") == [
        ("642", 642, "个", "level"), ("2150", 2150, "张", "level"), ("21860", 21860, "人", "level"),
        ("24860", 24860, "个", "level"), ("-318", -318, "个", "change"), ("41250", 41250, "人", "level")]


def test_a_hyphen_run_into_a_number_stays_its_sign(extractor: Extractor) -> None:
    """医院 1496 -3 …: a hyphen with no gap after it is the change's sign, no blank cell."""
    figs = _run(extractor, _HEAD + "医院 1496 -3 178350 252410\n", "2025-06-18")
    assert quoted(figs, "value", "role") == [
        ("1496", 1496, "level"), ("-3", -3, "change"), ("178350", 178350, "level"), ("252410", 252410, "level")]


def test_a_change_column_named_by_what_it_counts_is_a_change_of_beds(extractor: Extractor) -> None:
    """床位比上年增减 after 人员数, units under the words: the beds' change, in 张, a fall signed."""
    text = ("表1 2023年末全市医疗卫生机构、床位和人员\n机构类别 机构数 床位数 人员数 床位比上年增减\n"
            "（个） （张） （人） （张）\n基层医疗卫生机构 2352 4350 8920 -120\n")
    figs = _run(extractor, text, "2024-07-16")
    assert quoted(figs, "value", "measure", "role", "metric") == [
        ("2352", 2352, "个", "level", "quantity.health_institutions"), ("4350", 4350, "张", "level", "beds.total"),
        ("8920", 8920, "人", "level", "quantity.people"), ("-120", -120, "张", "change", "beds.total")]


def test_rows_indented_with_full_width_spaces_read_under_a_label_head_leibie(extractor: Extractor) -> None:
    """类别 heads the labels; 　医院 and 　　公立医院 are rows whatever their indent."""
    text = ("表1 2024年末医疗卫生机构、床位、人员数\n类别 机构数（个） 床位数（张） 人员数（人）\n"
            "　医院 18 3520 3860\n　　公立医院 4 2380 2910\n")
    figs = _run(extractor, text, "2025-04-22")
    assert quoted(figs, "value", "measure", "period") == [
        ("18", 18, "个", "2024"), ("3520", 3520, "张", "2024"), ("3860", 3860, "人", "2024"),
        ("4", 4, "个", "2024"), ("2380", 2380, "张", "2024"), ("2910", 2910, "人", "2024")]


def test_glued_rows_take_the_decimals_a_sign_parted_row_shows(extractor: Extractor) -> None:
    """9.685.6 parts two ways (9.68|5.6, 9.6|85.6); 73.57-0.4 under it shows the column's two decimals."""
    text = ("表1 2023年末社会保险参保人数\n险种 年末数（万人） 比上年末增长（%）\n城镇职工基本养老保险9.685.6\n"
            "城乡居民基本养老保险73.57-0.4\n职工基本医疗保险8.123.9\n")
    figs = _run(extractor, text, "2024-06-12")
    assert quoted(figs, "value", "measure") == [
        ("9.68", 96800, "人"), ("5.6", 5.6, "%"), ("73.57", 735700, "人"), ("-0.4", -0.4, "%"),
        ("8.12", 81200, "人"), ("3.9", 3.9, "%")]


def test_glued_rows_under_rows_that_name_their_units_learn_nothing_from_a_sign(extractor: Extractor) -> None:
    """饲料 万吨 92.4512.6 over 钢材 万吨 186.32-4.5: each row's unit its own, its decimals too: no figure from it."""
    text = ("表4 2025年主要工业产品产量\n产品名称 单位 产量 比上年增长%\n饲料 万吨 92.4512.6\n"
            "钢材 万吨 186.32-4.5\n")
    assert [f["quote"] for f in _run(extractor, text, "2026-03-20")] == ["186.32", "-4.5"]
