"""Place errors a probe of invented local news items showed: a prefecture's paper dated from one of its counties by
the county's short form (本报叶城讯 in 喀什日报) put the county's 全县 figures in the prefecture; two counties named in
one sentence (广河县和康乐县分别…) lost the second when a short form of another division (和康) began at the link word
before it. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_prefecture_papers_dateline_names_its_county_by_the_short_form(extractor: Extractor) -> None:
    """本报叶城讯, 本报广河5月11日讯, 本报科右前旗讯: the county the item was filed from, so its 全县 (全旗) is that
    county; a town the item names without its county (冯井镇) stays in it."""
    text = "本报叶城5月11日讯 今年全县新建设施大棚420座，带动农户增收1600万元。"
    got = _got(_run(extractor, text, "2026-05-12", source="喀什日报"), "place", "place_code")
    assert got == [("420座", "叶城县", "653126"), ("1600万元", "叶城县", "653126")]
    text = "本报广河讯 一季度，全县完成固定资产投资8.6亿元。"
    assert _got(_run(extractor, text, "2026-04-20", source="临夏日报"), "place") == [("8.6亿元", "广河县")]
    text = "本报科右前旗讯 今年全旗肉牛饲养量达到42万头。"
    assert _got(_run(extractor, text, "2026-08-14", source="兴安日报"), "place") == [("42万头", "科尔沁右翼前旗")]
    text = "本报霍邱讯 冯井镇今年新增水稻种植面积1.2万亩，全县水稻种植面积达到150万亩。"
    got = _got(_run(extractor, text, "2026-05-30", source="六安日报"), "place")
    assert got == [("1.2万亩", "霍邱县"), ("150万亩", "霍邱县")]


def test_a_provincial_papers_dateline_names_a_county_of_its_province(extractor: Extractor) -> None:
    """本报贵德讯 in 青海日报: a county of the paper's province; the province's own figure it quotes stays the
    province's, and a whole-prefecture word still names the prefecture."""
    text = "本报贵德讯 今年全县接待游客186万人次，全州接待游客超过600万人次。"
    got = _got(_run(extractor, text, "2026-08-08", source="青海日报"), "place")
    assert got == [("186万人次", "贵德县"), ("超过600万人次", "海南藏族自治州")]


def test_a_short_form_of_a_county_outside_the_papers_area_places_nothing(extractor: Extractor) -> None:
    """本报江孜讯 in 喀什日报: 江孜 is a county of another province, no place of the paper's; a paper of no place
    (人民日报) gives a county's short form nothing to stand in."""
    text = "本报江孜讯 今年全县新建设施大棚420座。"
    assert _got(_run(extractor, text, "2026-05-12", source="喀什日报"), "place") == [("420座", "喀什地区")]
    text = "本报叶城讯 今年全县新建设施大棚420座。"
    assert _got(_run(extractor, text, "2026-05-12", source="人民日报"), "place") == [("420座", None)]


def test_two_counties_linked_by_he_each_keep_their_figure(extractor: Extractor) -> None:
    """广河县和康乐县分别…1280户和960户: 康乐县 is a full name right after the link word, so the short form 和康 that
    the link word would open is no place; a plain pair (和政县) reads as before."""
    text = "本报讯 今年以来，广河县和康乐县分别新增市场主体1280户和960户。"
    got = _got(_run(extractor, text, "2026-04-20", source="临夏日报"), "place")
    assert got == [("1280户", "广河县"), ("960户", "康乐县")]
    text = "本报讯 广河县和和政县分别新增市场主体1280户和960户。"
    got = _got(_run(extractor, text, "2026-04-20", source="临夏日报"), "place")
    assert got == [("1280户", "广河县"), ("960户", "和政县")]


def test_a_dateline_from_the_seat_where_the_paper_sits_stays_the_papers(extractor: Extractor) -> None:
    """本报乌兰浩特讯 in 兴安日报: the league's seat city (its first county-level unit by code), where the paper itself
    sits, writes the league's items; a figure naming no place stays the league's, a county's dateline is the county's."""
    text = "本报乌兰浩特讯 今年以来，新建标准化厂房12万平方米。"
    assert _got(_run(extractor, text, "2026-05-12", source="兴安日报"), "place") == [("12万平方米", "兴安盟")]
    text = "本报科右前旗讯 今年以来，新建标准化厂房12万平方米。"
    assert _got(_run(extractor, text, "2026-05-12", source="兴安日报"), "place") == [("12万平方米", "科尔沁右翼前旗")]
