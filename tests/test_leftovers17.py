"""Leftovers of stop 33: a plan's span of years carried into a paragraph of figures as they stand now (news24),
a place that sent people read as the place of the receiver's count (news24), 全市 after a sentence naming the city
above the article's county-level city (damaged10), and 市医院 in a sentence naming no place after a county.
Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_plans_span_stops_at_a_paragraph_of_figures_as_they_stand(extractor: Extractor) -> None:
    """“十四五”期间，全县累计…。/ 全县现有…: the paragraph that opens on 现有 (or 目前) has left the review of the plan's
    years; its figures are of the year in force before the span (今年). 春节后 in a spring item is this year's."""
    text = ("本报讯 截至2月底，全县今年新增市场主体650家。“十四五”期间，全县累计引导返乡创业1.6万人。\n"
            "家具产业是宁都县的主导产业。全县现有家具企业1300余家，从业人员8万多人。春节后，全县举办招聘会24场。")
    got = _got(_run(extractor, text, "2026-03-20", source="某某日报"), "period")
    assert got == [("650家", "2026"), ("1.6万人", "2021-2025"), ("1300余家", "2026"), ("8万多人", "2026"),
                   ("24场", "2026")]


def test_a_plans_span_goes_on_over_a_paragraph_without_present_words(extractor: Extractor) -> None:
    """“十四五”期间，…。/ 全县累计…: a paragraph with no word of the time of writing goes on with the plan's review."""
    text = ("本报讯 截至2月底，全县今年新增市场主体650家。“十四五”期间，全县累计引导返乡创业1.6万人。\n"
            "全县累计建成创业园区12个，带动就业3.2万人。")
    got = _got(_run(extractor, text, "2026-03-20", source="某某日报"), "period")
    assert got == [("650家", "2026"), ("1.6万人", "2021-2025"), ("12个", "2021-2025"), ("3.2万人", "2021-2025")]


def test_a_place_that_sent_people_is_not_the_place_of_the_receivers_count(extractor: Extractor) -> None:
    """医院新接收北京市派驻专家6名: the hospital of the article's county took them in; 北京市 sent them. Where the sender
    is the subject (北京市选派专家6名), the count is the sender's."""
    text = "墨竹工卡县人民医院发展提速\n本报讯 今年，墨竹工卡县人民医院新接收北京市派驻专家6名，开展新技术18项。"
    got = _got(_run(extractor, text, "2026-10-10", source="拉萨日报"), "place")
    assert got == [("6名", "墨竹工卡县"), ("18项", "墨竹工卡县")]
    text = "本报讯 今年，北京市选派专家6名赴拉萨市开展医疗帮扶。"
    got = _got(_run(extractor, text, "2026-10-10", source="某某日报"), "place")
    assert got == [("6名", "北京市")]


def test_the_whole_city_after_a_sentence_naming_the_city_above(extractor: Extractor) -> None:
    """白山市人社局数据显示，…。全市今年计划… in an item on 临江市 (a county-level city): 全市 goes on with 白山市, the
    city the sentence before named; in a sentence after one on 临江市 itself, or in the paragraph after the one that
    named 白山市, it is 临江市."""
    text = ("临江市稳岗扩就业见实效\n本报讯 今年以来，临江市城镇新增就业1860人。"
            "白山市人社局数据显示，上半年全市城镇新增就业8600人。全市今年计划城镇新增就业1.5万人以上。")
    got = _got(_run(extractor, text, "2025-07-10", source="白山日报"), "place")
    assert got == [("1860人", "临江市"), ("8600人", "白山市"), ("1.5万人以上", "白山市")]
    text = "临江市稳岗扩就业见实效\n本报讯 今年以来，临江市城镇新增就业1860人。全市今年计划城镇新增就业3000人以上。"
    got = _got(_run(extractor, text, "2025-07-10", source="白山日报"), "place")
    assert got == [("1860人", "临江市"), ("3000人以上", "临江市")]
    text = ("临江市稳岗扩就业见实效\n本报讯 今年以来，临江市城镇新增就业1860人。白山市上半年城镇新增就业8600人。\n"
            "全市今年计划城镇新增就业3000人以上。")
    got = _got(_run(extractor, text, "2025-07-10", source="白山日报"), "place")
    assert got == [("1860人", "临江市"), ("8600人", "白山市"), ("3000人以上", "临江市")]


def test_a_city_hospital_after_a_county_is_the_citys(extractor: Extractor) -> None:
    """…宝山区新增养老床位…。市医院新增床位… in a city's item: 市医院 is the city's own hospital, not the district's
    carried from the sentence before; 区医院 there stays the district's."""
    text = "本报讯 今年，宝山区新增养老床位320张。市医院新增床位200张。区医院新增床位60张。"
    got = _got(_run(extractor, text, "2026-06-10", source="双鸭山日报", place="双鸭山市"), "place")
    assert got == [("320张", "宝山区"), ("200张", "双鸭山市"), ("60张", "宝山区")]
