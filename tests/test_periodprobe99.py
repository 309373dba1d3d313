"""Periods at the granularity a time series needs (periodprobe99): the value stated at the same time a year back after
a figure of a quarter, a half or a span of months is of that part a year back (2025Q1, not 2025), a change over the
whole year before (比上年全年) is the part's own, and a growth after the stated value is this year's."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def test_the_value_stated_a_year_back_keeps_the_part_of_the_year(extractor: Extractor) -> None:
    """一季度，…620万人次，上年同期为577万人次: the same quarter of the year before (2025Q1), as the aside form 上年同期，…
    is; so for a half (上年同期增速为5.8%), the months from January (1-9月 → 2025M01-M09), a month's end, and a stated
    change with no 为 (上年同期增长4.2%) or a price's rise (上涨0.2%). A quarter of the year before in January steps back
    a year from it (2024Q4)."""
    text = "某市就诊\n一季度，全市医疗机构总诊疗人次达到620万人次，上年同期为577万人次。"
    assert quoted(_run(extractor, text, "2026-04-20"), "period") == [("620万人次", "2026Q1"), ("577万人次", "2025Q1")]
    text = "某市经济\n上半年，全市社会消费品零售总额1260亿元，增长4.8%。上年同期增速为5.2%。"
    assert quoted(_run(extractor, text, "2026-07-22"), "period") == [
        ("1260亿元", "2026H1"), ("4.8%", "2026H1"), ("5.2%", "2025H1")]
    text = "某市外贸\n1-9月，全市进出口总额865亿元，去年同期为812亿元。"
    assert quoted(_run(extractor, text, "2026-10-15"), "period") == [
        ("865亿元", "2026M01-M09"), ("812亿元", "2025M01-M09")]
    text = "某市社保\n截至6月底，全市基本养老保险参保人数312万人，上年同期为301万人。"
    assert quoted(_run(extractor, text, "2026-07-08"), "period") == [("312万人", "2026-06"), ("301万人", "2025-06")]
    text = "某市用电\n1-9月，全市全社会用电量310亿千瓦时，同比增长6.6%，上年同期增长4.2%。"
    assert quoted(_run(extractor, text, "2026-10-18"), "period")[-1] == ("4.2%", "2025M01-M09")
    text = "某市物价\n3月份，全市居民消费价格上涨0.5%，上年同期为上涨0.2%。"
    assert quoted(_run(extractor, text, "2026-04-12"), "period") == [("0.5%", "2026-03"), ("0.2%", "2025-03")]
    text = "某市经济\n四季度，全市地区生产总值增长5.4%，上年同期为5.1%。"
    assert quoted(_run(extractor, text, "2026-01-22"), "period") == [("5.4%", "2025Q4"), ("5.1%", "2024Q4")]


def test_a_from_end_at_the_same_time_a_year_back_is_of_the_part_its_sentence_opened_with(extractor: Extractor) -> None:
    """一季度，…占比由上年同期的56.4%提高到62.0%: no figure before the pair, the quarter its sentence opened with a year
    back (2025Q1); a whole year reviewed keeps its year before (2025年，…。上年同期为274元 in March → 2024)."""
    text = "某市外贸\n一季度，全市出口占比由上年同期的56.4%提高到62.0%。"
    assert quoted(_run(extractor, text, "2026-04-20"), "period") == [("56.4%", "2025Q1"), ("62.0%", "2026Q1")]
    text = "某省医疗费用\n2025年，全省二级及以上公立医院门诊次均费用为268元。上年同期为274元。"
    assert quoted(_run(extractor, text, "2026-03-22"), "period") == [("268元", "2025"), ("274元", "2024")]


def test_a_growth_after_the_value_a_year_back_is_of_this_years_time(extractor: Extractor) -> None:
    """上半年，…412万人次，上年同期为365万人次，增长12.9%: no from–to pair (no 到/至 after the value a year back), the
    growth is of the half the text speaks of, not over the span from last year to this (2025-2026); a pair's change
    still is (由2020年的18万千瓦增加到64.5万千瓦，增长2.58倍 → 2020-2025)."""
    text = "某市客运\n上半年，全市机场旅客吞吐量412万人次，上年同期为365万人次，增长12.9%。"
    assert quoted(_run(extractor, text, "2026-07-20"), "period") == [
        ("412万人次", "2026H1"), ("365万人次", "2025H1"), ("12.9%", "2026H1")]
    text = "某县新能源\n全县光伏装机容量由2020年的18万千瓦增加到2025年的64.5万千瓦，增长2.58倍。"
    assert quoted(_run(extractor, text, "2026-02-20"), "period")[-1] == ("2.58倍", "2020-2025")


def test_a_change_over_the_whole_year_before_is_of_the_part(extractor: Extractor) -> None:
    """一季度，…5.2%，比上年全年提高0.6个百分点: 全年 right after the base's year is the base's too (as 比2025年一季度 is),
    no year the text speaks of; the change is the quarter's (2026Q1), a written year's whole year likewise. 上年全年 at
    a sentence's head, no base, is the year before; 全年 alone in a review of February is the year reviewed."""
    text = "某市就业\n一季度，全市城镇调查失业率为5.2%，比上年全年提高0.6个百分点。"
    assert quoted(_run(extractor, text, "2026-04-25"), "period") == [("5.2%", "2026Q1"), ("0.6个百分点", "2026Q1")]
    text = "某市物价\n一季度，全市居民消费价格上涨0.8%，涨幅比2025年全年扩大0.3个百分点。"
    assert quoted(_run(extractor, text, "2026-04-20"), "period") == [("0.8%", "2026Q1"), ("0.3个百分点", "2026Q1")]
    text = "某县就业\n上半年，全县城镇新增就业3200人，比上年全年多出120人。"
    assert quoted(_run(extractor, text, "2026-07-25"), "period") == [("3200人", "2026H1"), ("120人", "2026H1")]
    text = "某市旅游\n上年全年，全市接待游客520万人次。一季度，全市接待游客150万人次。"
    assert quoted(_run(extractor, text, "2026-04-15"), "period") == [("520万人次", "2025"), ("150万人次", "2026Q1")]
    text = "某市经济\n全年，全市地区生产总值增长5.2%，比上年提高0.3个百分点。"
    assert quoted(_run(extractor, text, "2026-02-10"), "period") == [("5.2%", "2025"), ("0.3个百分点", "2025")]
