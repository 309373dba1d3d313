"""What the blind set data/gold/news58 found: six news items from provinces few sets used (河北's 邯郸 press conference
of four bureaus, 福州 under its short name 榕, 湖南湘江新区 beside 长沙, 河北's aid money in 新疆's 且末县, five villages of
陕西's 佛坪县, 哈密's 民生实事 progress): a headline opening with the helper province (河北援疆资金助力且末县…) made the
item the helper's, so the helped county's hospital beds were read as 河北省's; money put into a county (河北累计投入且末县
援疆资金) was read as the county's, though the helper is its subject; a province heading a national new area's name
(湖南湘江新区) placed the zone's figures in the province, not in the city the paper is of; bee colonies counted by the
hive (3200箱) were no figure. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_headline_on_a_helper_and_a_helped_county_is_the_countys_item(extractor: Extractor) -> None:
    """江苏援建资金助推昭苏县教育发展 in 伊犁日报: the helper named first is outside the paper's province, the county inside
    it is what the item is about; a sentence naming the county's school places its figures there, while the
    helper's own money, named so, stays the helper's."""
    text = ("江苏援建资金助推昭苏县教育发展\n\n伊犁日报讯 今年，江苏安排援疆资金2.1亿元。\n\n"
            "在援疆资金支持下，昭苏县第一中学新校区投入使用，新增学位1800个。")
    got = _got(_run(extractor, text, "2026-09-01", source="伊犁日报"), "place")
    assert got == [("2.1亿元", "江苏省"), ("1800个", "昭苏县")]


def test_a_headline_on_two_places_of_the_papers_own_province_is_unchanged(extractor: Extractor) -> None:
    """A headline whose first place is inside the paper's province (伊宁市…霍城县) keeps its reading: the rule is for a
    helper from outside, not for two places of the paper's own area."""
    text = "伊宁市与霍城县共建产业园\n\n伊犁日报讯 今年以来，产业园新入驻企业26家。"
    got = _got(_run(extractor, text, "2026-09-01", source="伊犁日报"), "place")
    assert got == [("26家", "伊宁市")]


def test_money_put_into_a_county_is_the_helpers(extractor: Extractor) -> None:
    """天津累计投入于田县援疆资金12.6亿元: the county after 投入 is where the money goes; the sum is the helper's, its
    subject, as 安排援于田县资金 is."""
    text = "和田日报讯 “十四五”以来，天津累计投入于田县援疆资金12.6亿元，实施援疆项目210个。"
    got = _got(_run(extractor, text, "2026-08-20", source="和田日报"), "place")
    assert got == [("12.6亿元", "天津市"), ("210个", "天津市")]


def test_a_province_heading_a_new_areas_name_is_no_place_of_its_figures(extractor: Extractor) -> None:
    """四川天府新区 in 成都日报: the province names the zone as its own; the zone stands in the city the paper is of, and
    its figures and its gap to 全市 are the city's."""
    text = ("四川天府新区上半年经济增速领跑全市\n\n成都日报讯 上半年，四川天府新区实现地区生产总值1620亿元，"
            "同比增长7.2%，增速高于全市1.5个百分点。")
    got = _got(_run(extractor, text, "2026-07-28", source="成都日报"), "place")
    assert got == [("1620亿元", "成都市"), ("7.2%", "成都市"), ("1.5个百分点", "成都市")]


def test_a_city_heading_a_zones_name_or_a_new_area_that_is_a_division_keeps_its_place(extractor: Extractor) -> None:
    """贵州遵义市高新区 in a 重庆 paper: the city heading the zone's name is where the zone stands, its projects the
    city's; 上海市浦东新区 is a division of the table, the figure its own."""
    text = "重庆日报讯 地处渝黔通道的贵州遵义市高新区，30多个产业项目正在加紧建设。"
    got = _got(_run(extractor, text, "2026-04-10", source="重庆日报"), "place")
    assert got == [("30多个", "遵义市")]
    text = "解放日报讯 上半年，上海市浦东新区新增就业岗位6.8万个。"
    got = _got(_run(extractor, text, "2026-07-20", source="解放日报"), "place")
    assert got == [("6.8万个", "浦东新区")]


def test_hives_and_cases_are_counted(extractor: Extractor) -> None:
    """中蜂养殖1800箱, 外销柑橘2.4万箱: counts by the box; a word holding 箱 (箱包, 箱式) counts nothing."""
    got = _got(_run(extractor, "本报讯 今年全村发展中蜂养殖1800箱，外销柑橘2.4万箱。", "2026-10-09"), "value", "measure")
    assert got == [("1800箱", 1800, "箱"), ("2.4万箱", 24000, "箱")]
    got = _got(_run(extractor, "本报讯 园区引进箱包企业3家。", "2026-10-09"), "measure")
    assert got == [("3家", "家")]


def test_a_headline_opening_with_a_citys_one_character_name_is_the_citys_item(extractor: Extractor) -> None:
    """蓉前三季度… in 四川日报: 蓉 is 成都市, so the headline's figure and the body's 全市 are the city's, not the
    province the paper is of; a headline whose first character starts a longer name (渝北区…) is no such name."""
    text = "蓉前三季度城镇新增就业21.6万人\n\n四川日报讯 前三季度，全市城镇新增就业21.6万人，完成全年目标的86%。"
    got = _got(_run(extractor, text, "2026-10-20", source="四川日报"), "place")
    assert got == [("21.6万人", "成都市"), ("21.6万人", "成都市"), ("86%", "成都市")]
    text = "沪苏浙皖共建养老服务一体化\n\n新华日报讯 目前，全省已互认养老机构320家。"
    got = _got(_run(extractor, text, "2026-06-20", source="新华日报"), "place")
    assert got == [("320家", "江苏省")]
