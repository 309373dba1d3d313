"""What the blind set data/gold/damaged17 found: five texts of our own damaged by scripts/gold_damaged17.py (Kangxi
radicals and compatibility ideographs with digits of two widths inside a number, BOM and CRLF; footnote marks glued
before and after numbers under a running head dated as no figure is; two columns read across a line at a time;
fixed-width cuts through 亿|元, 万|人, 百分|点 and a table a cell a line, GBK; a text layer and an OCR layer read line
by line, with private use code points for glyphs a subset font maps to no Unicode). Blind, main read every figure
but four wrong values from private use code points (5\\ue0137.38亿元 read 7.38亿元, 63.5\\ue040\\ue041 read 63.5元) and
each OCR copy of a line once more; it dated the figures of a paragraph after 预计2026年6月投用 in June 2026, and lost
the bound of 6.0张④以上. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.repair.layout import undamaged
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_number_touching_a_private_use_code_point_is_left_out(extractor: Extractor) -> None:
    """A glyph without Unicode inside a number (5\\ue0137.38亿元) or where its unit stood (63.5\\ue040\\ue041): the value
    is not 7.38亿元 nor 63.5元, so no figure; the growths beside them stay."""
    text = ("前三季度，全县限额以上批发零售业销售额5\ue0137.38亿元，增长7.2%；实现旅游总收入63.5\ue040\ue041，"
            "增长10.6%。\n")
    assert _got(_run(extractor, text, "2025-10-28", source="某某县统计局"), "value") == [
        ("7.2%", 7.2), ("10.6%", 10.6)]


def test_a_private_use_code_point_with_no_number_beside_it_is_left_alone() -> None:
    """Only a number touching one is made unreadable: a word's glyph (某某\\ue005镇) keeps the numbers around it."""
    text = "某某\ue005镇新增就业320人"
    assert undamaged(text) == text


def test_a_text_layer_and_an_ocr_layer_read_line_by_line_give_each_figure_once(extractor: Extractor) -> None:
    """Each line, then the OCR's copy of it (。 read as a point, 0 as O, 1 as l): the copies go, and the numbers a
    line's end cut (增长7. | 2%) are read across the copy between their halves."""
    lines = ["全县城镇新增就业3860人，同比增长7.",
             "全县城镇新增就业386O人，同比增长7.",
             "2%。全县养老服务床位1420张，每千名老人拥有48.",
             "2%.全县养老服务床位l420张，每千名老人拥有48.",
             "5张。",
             "5张."]
    got = _got(_run(extractor, "\n".join(lines) + "\n", "2025-10-28", source="某某县统计局"), "value")
    assert got == [("3860人", 3860), ("7.2%", 7.2), ("1420张", 1420), ("48.5张", 48.5)]


def test_two_lines_alike_but_for_their_digits_are_both_kept() -> None:
    """Rows of a table that differ in a digit (2023年末… | 2024年末…) are no OCR copy: a digit read for another
    digit is no slip the copy is told by."""
    text = "2023年末全县常住人口12.5万人\n2024年末全县常住人口12.6万人\n"
    assert undamaged(text) == text


def test_a_footnote_mark_between_a_unit_and_its_bound_word_keeps_the_bound(extractor: Extractor) -> None:
    """床位数达到6.0张④以上: the mark glued after the unit is no character of the sentence; the figure is a lower bound."""
    text = "截至2025年底，全县每千常住人口床位数达到6.0张④以上，执业医师2.51人②。\n"
    got = _got(_run(extractor, text, "2026-03-05", source="某某日报"), "value", "qualifier")
    assert ("6.0张以上", 6.0, "lower_bound") in got and ("2.51人", 2.51, "exact") in got


def test_a_level_after_a_month_still_to_come_is_of_the_time_before_it(extractor: Extractor) -> None:
    """…预计2026年6月投用，届时将新增床位120张。基层方面，… (a report of March 2026): the goal is due in June 2026,
    but the counts of the next paragraph are no figures of a month to come: of 2025, the year in force before."""
    text = ("本报讯 截至2025年底，全县医疗卫生机构床位2036张。县中医医院康复大楼预计2026年6月投用，届时将新增床位120张。\n"
            "基层方面，全县村卫生室达到168个，乡村医生312名。\n")
    got = _got(_run(extractor, text, "2026-03-05", source="某某日报"), "period")
    assert got == [("2036张", "2025"), ("120张", "2026-06"), ("168个", "2025"), ("312名", "2025")]
