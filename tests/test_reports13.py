"""What the blind set data/gold/reports13 found: excerpts of work reports of divisions of unusual kinds (an 自治州, a
旗 of 内蒙古, an 自治县, a 特区, a county-level city quoting its city, a district of 上海) of 2024 (the year 2023 and its
goals) and of 2026 (a 十四五 review, the year 2025, 十五五 goals to 2030, the 2026 goals and 民生实事). Sentences
invented, in the style of such texts; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def _figures(figs: list[dict]) -> list[tuple]:
    """Quote, role, place and period of every figure but the years and durations of the review's words."""
    return [q for q in quoted(figs, "role", "place", "period") if not q[0].endswith("年")]


def test_a_division_named_with_a_numeral_and_a_measure_word_is_no_count(extractor: Extractor) -> None:
    """六枝特区人民政府工作报告: 六枝 names the 特区 (枝 reads as a measure word), no 6 枝; six pens stay a count."""
    page = "六枝特区人民政府工作报告\n全特区城镇新增就业5120人。\n"
    assert quoted(_run(extractor, page, "2026-01-14"), "place") == [("5120人", "六枝特区")]
    assert quoted(_run(extractor, "学校为每名学生发放六枝钢笔。\n", "2026-01-14")) == [("六枝",)]


def test_a_second_base_of_a_gap_after_a_list_mark_is_a_base(extractor: Extractor) -> None:
    """高于全市0.8个百分点、全区0.7个百分点 in a 旗's report: 高于 written once, 全区 (the autonomous region) is the
    second base of the gap, a change of the 旗's; the figures after it stay the 旗's, not the region's."""
    page = ("伊金霍洛旗人民政府工作报告\n过去一年，全旗地区生产总值1420.3亿元，增长5.9%，高于全市0.8个百分点、"
            "全区0.7个百分点；规上工业增加值增长7.4%。\n")
    assert _figures(_run(extractor, page, "2026-01-09")) == [
        ("1420.3亿元", "level", "伊金霍洛旗", "2025"), ("5.9%", "change", "伊金霍洛旗", "2025"),
        ("0.8个百分点", "change", "伊金霍洛旗", "2025"), ("0.7个百分点", "change", "伊金霍洛旗", "2025"),
        ("7.4%", "change", "伊金霍洛旗", "2025")]


def test_a_sentence_opening_with_the_year_just_over_leaves_the_review_s_span(extractor: Extractor) -> None:
    """一、“十四五”时期和2025年工作回顾 … 五年来，… 过去一年，…；全年实现旅游收入…。鄂尔多斯市地区生产总值…: the
    sentence that opens with 过去一年 turns to 2025, whatever year-word of it comes last (全年); the next sentence,
    of the city above, is of 2025 too, not of 2021-2025."""
    page = ("伊金霍洛旗人民政府工作报告\n一、“十四五”时期和2025年工作回顾\n五年来，累计建成高标准农田8.6万亩。\n"
            "过去一年，全旗地区生产总值1420.3亿元，增长5.9%；全年实现旅游收入52.6亿元。"
            "鄂尔多斯市地区生产总值6420亿元，增长5.1%。\n")
    assert _figures(_run(extractor, page, "2026-01-09")) == [
        ("8.6万亩", "level", "伊金霍洛旗", "2021-2025"), ("1420.3亿元", "level", "伊金霍洛旗", "2025"),
        ("5.9%", "change", "伊金霍洛旗", "2025"), ("52.6亿元", "level", "伊金霍洛旗", "2025"),
        ("6420亿元", "level", "鄂尔多斯市", "2025"), ("5.1%", "change", "鄂尔多斯市", "2025")]


def test_a_pair_of_its_own_clause_after_a_total_takes_the_span_s_ends(extractor: Extractor) -> None:
    """五年来，…；一般公共预算收入累计完成68.4亿元；规上工业企业由46家增至73家: the pair is no total over the
    span; its ends are the span's (from end written without a year: the span's first year, as reports12 has it).
    …由2020年的1700.4亿元增至2025年的…；…累计突破1.6万亿元；常住人口由191万人增至203万人: the from end takes the
    year of the pair before it, the to end the span's last."""
    page = ("一、“十四五”发展成就\n五年来，全特区地区生产总值年均增长5.2%，2025年达到238.6亿元；一般公共预算收入累计"
            "完成68.4亿元；规上工业企业由46家增至73家。\n")
    assert quoted(_run(extractor, page, "2026-01-14"), "period")[1:] == [
        ("5.2%", "2021-2025"), ("238.6亿元", "2025"), ("68.4亿元", "2021-2025"), ("46家", "2021"), ("73家", "2025")]
    page = ("“十四五”时期，全区地区生产总值由2020年的1700.4亿元增至2025年的2385.6亿元，年均增长7.0%；规上工业总产值"
            "累计突破1.6万亿元；常住人口由191万人增至203万人。\n")
    assert quoted(_run(extractor, page, "2026-01-07"), "period") == [
        ("1700.4亿元", "2020"), ("2385.6亿元", "2025"), ("7.0%", "2021-2025"), ("突破1.6万亿元", "2021-2025"),
        ("191万人", "2020"), ("203万人", "2025")]
