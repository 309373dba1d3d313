"""Place errors a probe of invented city-paper and agency items showed: a lead that opens on the paper's whole city
and then lists its counties (全市…，其中宣威5万亩…) placed the item in the first county-level city it listed, so its 全市
was that city; a lead that runs over two counties in turn (邓州市…，唐河县…，全市…) did the same; a county's short form
right after an agency's dateline (新华网长沙5月9日电 浏阳经开区…) was read as inside another word; a city's paper whose
name names no place (长江日报, 赣南日报, 江城日报) gave its 全市 no city. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_lead_on_the_whole_city_keeps_its_city_before_the_counties_it_lists(extractor: Extractor) -> None:
    """全市…，其中宣威5万亩、会泽4万亩: the county-level city listed first is a part, not the item's area, so 全市 before
    it is the paper's city; in whichever order the list runs (怀宁县 first or 潜山市 first)."""
    text = "本报讯 今年全市计划造林15万亩，其中宣威5万亩、会泽4万亩、师宗2万亩。"
    got = _got(_run(extractor, text, "2026-04-01", source="曲靖日报"), "place")
    assert got == [("15万亩", "曲靖市"), ("5万亩", "宣威市"), ("4万亩", "会泽县"), ("2万亩", "师宗县")]
    text = "本报讯 一季度全市新增城镇就业1.1万人，其中潜山1800人、怀宁2100人。"
    got = _got(_run(extractor, text, "2026-04-01", source="安庆日报"), "place")
    assert got == [("1.1万人", "安庆市"), ("1800人", "潜山市"), ("2100人", "怀宁县")]


def test_a_lead_running_over_two_counties_leaves_the_whole_city_word_the_papers(extractor: Extractor) -> None:
    """邓州市…，唐河县…，全市…; 涿州市…，高碑店市…，全市…: the lead rounds up the paper's counties, and the whole-city
    word after them is the paper's city, not the county-level city named first or last."""
    text = "本报讯 上半年，邓州市粮食产量达到21亿斤，唐河县达到18亿斤，全市夏粮总产达到92亿斤。"
    got = _got(_run(extractor, text, "2026-07-02", source="南阳日报"), "place")
    assert got == [("21亿斤", "邓州市"), ("18亿斤", "唐河县"), ("92亿斤", "南阳市")]
    text = "本报讯 上半年，涿州市接待游客320万人次，高碑店市接待游客180万人次，全市接待游客2100万人次。"
    got = _got(_run(extractor, text, "2026-07-02", source="保定日报"), "place")
    assert got == [("320万人次", "涿州市"), ("180万人次", "高碑店市"), ("2100万人次", "保定市")]


def test_a_lead_on_one_county_level_city_still_gives_it_the_whole_city_word(extractor: Extractor) -> None:
    """射洪市…；全市…: one county-level city the lead is about, its 全市 its own (the rule the two above leave alone)."""
    text = "本报讯 去年，射洪市锂电产业实现产值420亿元；全市锂电企业达到68家。"
    got = _got(_run(extractor, text, "2026-02-10", source="遂宁日报"), "place")
    assert got == [("420亿元", "射洪市"), ("68家", "射洪市")]


def test_a_county_short_form_right_after_an_agency_dateline_is_the_county(extractor: Extractor) -> None:
    """新华网长沙5月9日电 浏阳经开区…: the dateline's 日电 ends a word, so 浏阳 opens one (the space the text had is
    dropped); 今日电商 after a dateline names no place, and the item stays the dateline's city."""
    text = "新华网长沙5月9日电 浏阳经开区今年上半年实现规上工业总产值680亿元。"
    assert _got(_run(extractor, text, "2026-05-10", source="新华网"), "place") == [("680亿元", "浏阳市")]
    text = "新华社长沙5月9日电 宁乡今年上半年实现规上工业总产值520亿元。"
    assert _got(_run(extractor, text, "2026-05-10", source="新华网"), "place") == [("520亿元", "宁乡市")]
    text = "本报长沙5月9日电 今日电商平台交易额达到20亿元。"
    assert _got(_run(extractor, text, "2026-05-10", source="人民日报"), "place") == [("20亿元", "长沙市")]


def test_a_city_paper_whose_name_names_no_place_speaks_for_its_city(extractor: Extractor) -> None:
    """长江日报 (武汉市), 赣南日报 (赣州市), 江城日报 (吉林市): 全市 is the city; a lead on the whole city or over its
    counties in turn stays the city's; a lead on one county is that county's."""
    text = "本报讯 今年前5个月，全市新增高新技术企业620家。"
    assert _got(_run(extractor, text, "2026-06-10", source="长江日报"), "place") == [("620家", "武汉市")]
    text = "本报讯 今年以来，全市新增城镇就业1.2万人，全省新增城镇就业20万人。"
    got = _got(_run(extractor, text, "2026-05-01", source="赣南日报"), "place")
    assert got == [("1.2万人", "赣州市"), ("20万人", "江西省")]
    text = "本报讯 今年以来，全市接待游客1600万人次，其中蛟河市接待游客210万人次。"
    got = _got(_run(extractor, text, "2026-06-10", source="江城日报"), "place")
    assert got == [("1600万人次", "吉林市"), ("210万人次", "蛟河市")]
    text = "本报讯 今年以来，蛟河市接待游客210万人次，桦甸市接待游客160万人次，全市接待游客1600万人次。"
    got = _got(_run(extractor, text, "2026-06-10", source="江城日报"), "place")
    assert got == [("210万人次", "蛟河市"), ("160万人次", "桦甸市"), ("1600万人次", "吉林市")]
    text = "本报讯 今年以来，南康区家具产业产值达到2800亿元，全区新增规上企业120家。"
    got = _got(_run(extractor, text, "2026-06-10", source="赣南日报"), "place")
    assert got == [("2800亿元", "南康区"), ("120家", "南康区")]


def test_a_province_paper_whose_name_names_no_place_still_places_no_item_itself(extractor: Extractor) -> None:
    """红网, 大众日报: 全省 is the province, but an item naming no place is no place's (its figures may be any city's);
    the province paper's lead over two cities in turn leaves 全省 the province."""
    text = "本报讯 今年以来，全省新增城镇就业42万人。"
    assert _got(_run(extractor, text, "2026-06-10", source="红网"), "place") == [("42万人", "湖南省")]
    text = "本报讯 今年以来，新增市场主体2万户。"
    assert _got(_run(extractor, text, "2026-06-10", source="大众日报"), "place") == [("2万户", None)]
    text = "本报讯 今年以来，济南市新增城镇就业8.6万人，青岛市新增城镇就业9.2万人，全省新增42万人。"
    got = _got(_run(extractor, text, "2026-06-10", source="大众日报"), "place")
    assert got == [("8.6万人", "济南市"), ("9.2万人", "青岛市"), ("42万人", "山东省")]
