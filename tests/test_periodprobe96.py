"""Periods of bulletins, notices and work reports of invented wording (periodprobe96): a year-word after a part that
closes a named year, and the value stated at the same time of the year before the one a bulletin reviews."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_the_whole_year_after_a_named_years_last_quarter_is_that_year(extractor: Extractor) -> None:
    """2025年四季度，…。全年… (or 2025年12月，…) in a review out in March 2026: the text speaks of 2025 and 全年 closes it,
    not the document's year; a part that does not close its year (2025年一季度) does not make 全年 of it in a report
    of the document's year, and 全年 with no year named stays the year just over in the first months. A month alone
    (2025年12月，某项目开工) may date a day: in an item of September, 全年计划… after it is the document's year."""
    text = "某市经济\n2025年四季度，全市地区生产总值同比增长5.9%。全年地区生产总值增长5.7%。"
    assert quoted(_run(extractor, text, "2026-03-20"), "period") == [("5.9%", "2025Q4"), ("5.7%", "2025")]
    text = "某县工业\n2025年12月，全县规上工业增加值增长6.6%。全年规上工业增加值增长6.1%。"
    assert quoted(_run(extractor, text, "2026-02-25"), "period") == [("6.6%", "2025-12"), ("6.1%", "2025")]
    text = "某县工业\n2025年下半年，全县规上工业增加值增长6.4%。全年增长6.0%。"
    assert quoted(_run(extractor, text, "2026-07-25"), "period") == [("6.4%", "2025H2"), ("6.0%", "2025")]
    text = "某县项目\n2025年12月，某项目正式开工。全年计划完成投资8亿元。"
    assert quoted(_run(extractor, text, "2026-09-10"), "period") == [("8亿元", "2026")]
    text = "某县工业\n四季度，全县规上工业增加值增长5.8%。全年增长5.6%。"
    assert quoted(_run(extractor, text, "2026-01-22"), "period") == [("5.8%", "2025Q4"), ("5.6%", "2025")]


def test_the_same_time_of_the_year_before_a_reviewed_year_is_the_year_before_it(extractor: Extractor) -> None:
    """2025年，…为268元。上年同期为274元 in an item of March 2026: 上年 counts from the year the text speaks of, as 上年为…
    does (2024); after a part of the year (一季度，…，上年同期为…) it is the part's own year before (2025Q1), counted from
    the document's date, whatever whole year an earlier sentence named."""
    text = "某省医疗费用\n2025年，全省二级及以上公立医院门诊次均费用为268元。上年同期为274元。"
    assert quoted(_run(extractor, text, "2026-03-22"), "period") == [("268元", "2025"), ("274元", "2024")]
    text = "某市经济\n2025年，全市地区生产总值增长5.0%。一季度，全市地区生产总值增长5.3%，上年同期为4.8%。"
    assert quoted(_run(extractor, text, "2026-04-20"), "period") == [
        ("5.0%", "2025"), ("5.3%", "2026Q1"), ("4.8%", "2025Q1")]
    text = "某市就诊\n第一季度，全市医疗机构总诊疗人次达到620万人次。上年同期为577万人次。"
    assert [p[:4] for _, p in quoted(_run(extractor, text, "2026-04-22"), "period")] == ["2026", "2025"]


def test_since_the_years_start_written_without_this_year_is_as_since_this_year(extractor: Extractor) -> None:
    """年初以来 (and 今年初以来) count from this year's start as 今年以来 does: in an item of January's first days, written
    in December, the year just over (and 明年 after it is the document's year); later in the year the document's."""
    text = "某市就业\n年初以来，全市城镇新增就业6.3万人。明年，全市将力争新增城镇就业6.5万人。"
    assert quoted(_run(extractor, text, "2026-01-06"), "period") == [("6.3万人", "2025"), ("6.5万人", "2026")]
    text = "某市就业\n今年初以来，全市城镇新增就业6.3万人。"
    assert quoted(_run(extractor, text, "2026-01-08"), "period") == [("6.3万人", "2025")]
    text = "某市就业\n年初以来，全市城镇新增就业3.1万人。"
    assert [p[:4] for _, p in quoted(_run(extractor, text, "2026-06-10"), "period")] == ["2026"]
    text = "某市存款\n6月末，全市存款余额6120亿元，比年初增加520亿元。"
    assert quoted(_run(extractor, text, "2026-07-10"), "period") == [("6120亿元", "2026-06"), ("520亿元", "2026-06")]
