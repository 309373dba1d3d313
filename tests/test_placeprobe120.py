"""A probe of place on informal groups of divisions, old division names, cities abroad and 全区 after a zone, on
sentences invented in the style of provincial and city papers. The wrong ones fixed here: a group of divisions of
two provinces (成渝地区双城经济圈 in 四川日报, 京津冀 in 河北日报) took the paper's province, and one of one province
(北三县) the province above the city that holds it; a division merged away before the gazetteer tables (原宣武区 in
河北日报) took the paper's province and a renamed one (襄樊市) none of its own; a city abroad no country names (迪拜)
took the paper's province; 全区 right after a zone a city heads (鄂尔多斯经济技术开发区…，全区…) in the region's own
paper took the region. Sentences invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _places(extractor: Extractor, text: str, source: str, published: str = "2026-07-20") -> list[tuple]:
    return _got(_run(extractor, text, published, source=source), "place")


def test_a_group_of_divisions_of_two_provinces_places_nothing(extractor: Extractor) -> None:
    """成渝地区双城经济圈新签约重大项目120个 in 四川日报: no division holds the group and none has its code (places.yaml
    regions), so its figures have no place, not the paper's province; the sentence after it is home again. Named as
    a market (我省对长三角地区出口) it leaves the subject's figure the subject's."""
    got = _places(extractor, "本报讯 上半年，全省新增城镇就业22万人。成渝地区双城经济圈新签约重大项目120个，总投资3200亿元。"
                  "全省外贸进出口增长8%。", "四川日报")
    assert got == [("22万人", "四川省"), ("120个", None), ("3200亿元", None), ("8%", "四川省")]
    got = _places(extractor, "本报讯 上半年，京津冀地区生产总值达到5.2万亿元，增长5.3%。", "河北日报")
    assert got == [("5.2万亿元", None), ("5.3%", None)]
    got = _places(extractor, "本报讯 上半年，我省对长三角地区出口增长12%。长三角地区生产总值突破15万亿元。", "浙江日报")
    assert got == [("12%", "浙江省"), ("突破15万亿元", None)]


def test_a_group_inside_one_province_is_the_division_that_holds_it(extractor: Extractor) -> None:
    """北三县新增城镇就业1.2万人 in 河北日报: 三河市, 大厂回族自治县 and 香河县 are all of 廊坊市, the smallest division that
    holds them, as places listed together are placed (places.yaml short_forms); 珠三角九市 are all of 广东省, even in a
    paper that places no item by itself (南方日报). 大珠三角 reaches beyond the province: none."""
    got = _places(extractor, "本报讯 上半年，北三县新增城镇就业1.2万人，地区生产总值增长6.1%。", "河北日报")
    assert got == [("1.2万人", "廊坊市"), ("6.1%", "廊坊市")]
    got = _places(extractor, "本报讯 上半年，大珠三角地区生产总值增长5%。珠三角九市新增城镇就业60万人。", "南方日报")
    assert got == [("5%", None), ("60万人", "广东省")]


def test_an_old_division_name_places_no_wrong_division(extractor: Extractor) -> None:
    """原宣武区共有医院12家 in 河北日报: 宣武区, merged into 西城区 in 2010, is in no gazetteer table (places.yaml former):
    the figure is of the district as it was, no code rather than the paper's province's, wherever the name stands (原
    before it); 全市 after it is the paper's city again. 平江区 of 苏州 (merged 2012) is not 平江县 of 湖南. A division
    renamed with its area kept (襄樊市, now 襄阳市) is its successor; one the older table holds (莱芜市) keeps its name."""
    got = _places(extractor, "本报讯 原宣武区共有医院12家，床位3200张。", "河北日报")
    assert got == [("12家", None), ("3200张", None)]
    got = _places(extractor, "本报讯 原宣武区共有医院12家。全市医疗机构床位13万张。", "北京日报")
    assert got == [("12家", None), ("13万张", "北京市")]
    got = _places(extractor, "本报讯 2011年，平江区地区生产总值达到600亿元。", "新华日报")
    assert got == [("600亿元", None)]
    got = _places(extractor, "本报讯 2009年，襄樊市地区生产总值达到1201亿元。", "湖北日报")
    assert got == [("1201亿元", "襄阳市")]
    got = _places(extractor, "本报讯 2018年，莱芜市地区生产总值达到1005亿元。", "大众日报")
    assert got == [("1005亿元", "莱芜市")]


def test_a_city_abroad_is_its_countrys(extractor: Extractor) -> None:
    """我省企业在迪拜承建项目合同额12亿元 in 浙江日报: a figure abroad is its country's (GUIDE), a city placing it as its
    country's name does (places.yaml abroad_cities), not the paper's province; 对迪拜出口 names a market. A city whose
    name holds a county's short form (吉隆坡 and 吉隆县, 多伦多 and 多伦县) is the city."""
    got = _places(extractor, "本报讯 上半年，我省企业在迪拜承建项目合同额12亿元。迪拜接待游客930万人次。"
                  "我省对迪拜出口增长12%。", "浙江日报")
    assert got == [("12亿元", "阿联酋"), ("930万人次", "阿联酋"), ("12%", "浙江省")]
    got = _places(extractor, "本报讯 上半年，吉隆坡接待中国游客42万人次。吉隆县新增城镇就业320人。", "西藏日报")
    assert got == [("42万人次", "马来西亚"), ("320人", "吉隆县")]
    got = _places(extractor, "本报讯 上半年，多伦多接待中国游客12万人次。多伦县新增城镇就业1200人。", "内蒙古日报")
    assert got == [("12万人次", "加拿大"), ("1200人", "多伦县")]


def test_the_whole_word_right_after_a_zone_a_city_heads_is_the_zone_in_the_regions_paper(extractor: Extractor) -> None:
    """鄂尔多斯经济技术开发区新增企业120家，全区实现工业产值45亿元 in 内蒙古日报: 全区 right after a zone its sentence names
    is that zone (no division), whose figures are the city's its name heads, as after 鄂尔多斯高新区 already; a zone no
    place heads, 全区 in the next sentence or one counting zones is the region, and 全区 after a 地区 the 地区."""
    got = _places(extractor, "本报讯 一季度，鄂尔多斯经济技术开发区新增企业120家，全区实现工业产值45亿元。", "内蒙古日报")
    assert got == [("120家", "鄂尔多斯市"), ("45亿元", "鄂尔多斯市")]
    got = _places(extractor, "本报讯 一季度，喀什经济开发区新增企业120家，全区实现工业产值45亿元。", "新疆日报")
    assert got == [("120家", "喀什地区"), ("45亿元", "喀什地区")]
    got = _places(extractor, "本报讯 上半年，稀土高新区新增市场主体1200户，全区规上工业增加值增长9.1%。", "内蒙古日报")
    assert got[1] == ("9.1%", "内蒙古自治区")
    got = _places(extractor, "本报讯 上半年，包头稀土高新区新增市场主体1200户。全区规上工业增加值增长9.1%。", "内蒙古日报")
    assert got == [("1200户", "包头市"), ("9.1%", "内蒙古自治区")]
    got = _places(extractor, "本报讯 今年，呼和浩特经济技术开发区新增规上企业20家，全区37个开发区工业总产值增长9%。",
                  "内蒙古日报")
    assert got[-1] == ("9%", "内蒙古自治区")
    got = _places(extractor, "本报讯 一季度，喀什地区新增城镇就业1.2万人，全区城镇登记失业率3.1%。", "新疆日报")
    assert got == [("1.2万人", "喀什地区"), ("3.1%", "喀什地区")]
