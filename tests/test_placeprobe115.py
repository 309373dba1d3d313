"""A probe of place for 全市 after a region's 全区, on 22 invented items of the regions' papers (宁夏日报, 广西日报,
新疆日报, 内蒙古日报, 西藏日报): news108's 银川经济技术开发区…，全区…。同期，全市… no longer gives 全市 the region
(round 112 left it no place), and 全市 after a city, a county-level city or a county of the region took the city. The
wrong ones fixed here: 全市 (我市, 本市) after a 地区, a league or an autonomous prefecture (喀什地区, 兴安盟, 伊犁哈萨克
自治州) took that area, which no 市 word names (places.yaml area_word_names): now no place. Sentences invented, in the
style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _places(extractor: Extractor, text: str, source: str, published: str = "2026-06-20") -> list[tuple]:
    return _got(_run(extractor, text, published, source=source), "place")


def test_a_city_word_after_a_regions_whole_never_takes_the_region(extractor: Extractor) -> None:
    """1-5月，银川经济技术开发区…，全区规上工业增加值增长8.1%。同期，全市城镇新增就业2.1万人 in 宁夏日报: 全市 is a city
    (the zone's, or none), never the autonomous region 全区 named; after a city the item names it is that city, and
    in the city's own paper the paper's city."""
    got = _places(extractor, "本报讯 1-5月，银川经济技术开发区新增就业岗位3200个，全区规上工业增加值增长8.1%。同期，"
                  "全市城镇新增就业2.1万人。", "宁夏日报")
    # (全区 right after the zone is the zone, the city's its name heads: placeprobe120)
    assert got[1] == ("8.1%", "银川市") and got[2][1] != "宁夏回族自治区"
    got = _places(extractor, "本报讯 1-7月，全区新增城镇就业15.2万人。同期，全市新增城镇就业2.1万人，全县新增1200人。",
                  "内蒙古日报", "2026-08-20")
    assert got == [("15.2万人", "内蒙古自治区"), ("2.1万人", None), ("1200人", None)]
    got = _places(extractor, "本报讯 上半年，柳州市新增城镇就业2.3万人。全区规上工业增加值增长6.1%，全市增长7.4%。",
                  "广西日报", "2026-07-20")
    assert got == [("2.3万人", "柳州市"), ("6.1%", "广西壮族自治区"), ("7.4%", "柳州市")]
    got = _places(extractor, "本报讯 1-5月，灵武市新增城镇就业1200人，全区新增城镇就业3.1万人。全市规上工业增加值增长8.1%。",
                  "宁夏日报")
    assert got[2] == ("8.1%", "灵武市")  # a county-level city's 全市 is it
    got = _places(extractor, "本报讯 1-5月，全区规上工业增加值增长8.1%。同期，全市城镇新增就业2.1万人。", "银川日报")
    assert got == [("8.1%", "宁夏回族自治区"), ("2.1万人", "银川市")]


def test_a_city_word_names_no_prefecture_area_or_league_or_autonomous_prefecture(extractor: Extractor) -> None:
    """喀什地区新增城镇就业1.2万人。全市新增城镇就业3200人 in 新疆日报: 全市 names a 市 (places.yaml area_word_names), not
    the 地区 in force (its seat 喀什市 perhaps, which the text does not say), nor a league or an autonomous
    prefecture: no place rather than a wrong one. The 地区's own figure stays its own, and 全州 still names the 州."""
    got = _places(extractor, "本报讯 一季度，喀什地区新增城镇就业1.2万人。全市新增城镇就业3200人。", "新疆日报",
                  "2026-05-20")
    assert got == [("1.2万人", "喀什地区"), ("3200人", None)]
    got = _places(extractor, "本报讯 1-7月，兴安盟新增城镇就业1.1万人，全区新增城镇就业15.2万人。全市新增城镇就业3200人。",
                  "内蒙古日报", "2026-08-20")
    assert got == [("1.1万人", "兴安盟"), ("15.2万人", "内蒙古自治区"), ("3200人", None)]
    got = _places(extractor, "本报讯 一季度，伊犁哈萨克自治州新增城镇就业1.2万人。我市新增城镇就业3200人。", "新疆日报",
                  "2026-05-20")
    assert got == [("1.2万人", "伊犁哈萨克自治州"), ("3200人", None)]
    got = _places(extractor, "本报讯 一季度，伊犁哈萨克自治州新增城镇就业1.2万人。全州城镇登记失业率3.1%。", "新疆日报",
                  "2026-05-20")
    assert got == [("1.2万人", "伊犁哈萨克自治州"), ("3.1%", "伊犁哈萨克自治州")]
    # a city of the region named before 全市 is still its city
    got = _places(extractor, "本报讯 前三季度，拉萨市接待游客1800万人次，全区接待游客5200万人次。同期，"
                  "全市旅游收入达到230亿元。", "西藏日报", "2026-09-20")
    assert got == [("1800万人次", "拉萨市"), ("5200万人次", "西藏自治区"), ("230亿元", "拉萨市")]
