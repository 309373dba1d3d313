"""A probe of place on invented news items (a city paper, a provincial paper, 新华社) of the forms that decide it:
a county in a city paper, 全省 quoted, 我市/本县 with a paper of another level, 其中 lists, development zones, villages
and 街道, a headline's place only, 对口支援, two provinces in one sentence, names several counties bear (通州区,
鼓楼区, 和平区), old names and county-level cities. Nearly all came out right; the wrong ones are tested here.
Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _places(extractor: Extractor, text: str, source: str, published: str = "2026-09-15") -> dict:
    return dict(_got(_run(extractor, text, published, source=source), "place"))


def test_a_city_wide_word_saying_again_what_a_county_level_city_said_is_the_papers_city(
        extractor: Extractor) -> None:
    """诸暨市新增城镇就业1.9万人；全市新增城镇就业9.6万人 in 绍兴日报: the same words said of 全市 with another figure set
    the whole city beside its part, so 全市 is the paper's prefecture, not the county-level city the item opened on;
    so in the sentence after the lead. Where 全市's clause says something else (全市城镇登记失业率…) or the same
    figure again, it stays the county-level city's, as an item on it goes on; 我市 in its own media stays its own."""
    got = _places(extractor, "本报讯 前7个月，诸暨市新增城镇就业1.9万人；全市新增城镇就业9.6万人，同比增长4.2%。",
                  "绍兴日报")
    assert got == {"1.9万人": "诸暨市", "9.6万人": "绍兴市", "4.2%": "绍兴市"}
    got = _places(extractor, "本报讯 今年以来，简阳市新增城镇就业1.1万人。全市新增城镇就业22万人。", "成都日报")
    assert got == {"1.1万人": "简阳市", "22万人": "成都市"}
    got = _places(extractor, "本报讯 上半年，津市市新增城镇就业1900人，全市新增城镇就业3.6万人。", "常德日报")
    assert got == {"1900人": "津市市", "3.6万人": "常德市"}
    # another thing said of 全市, or the same figure restated: the county-level city's still
    got = _places(extractor, "本报讯 上半年，昆山市新增城镇就业2.1万人。全市新增养老床位600张。", "苏州日报")
    assert got == {"2.1万人": "昆山市", "600张": "昆山市"}
    figs = _run(extractor, "本报讯 上半年，昆山市新增城镇就业2.1万人，全市新增城镇就业2.1万人。", "2026-09-15",
                source="苏州日报")
    assert {f["place"] for f in figs} == {"昆山市"}
    got = _places(extractor, "本报讯 前三季度，晋江市实现地区生产总值2300亿元，同比增长5.1%，全市实现地区生产总值"
                             "增长5.6%。", "泉州晚报")
    assert got["5.6%"] == "晋江市"
    # the county-level city's own media: 我市 is it, 绍兴全市 the prefecture
    got = _places(extractor, "本报讯 前7个月，我市新增城镇就业1.9万人；绍兴全市新增城镇就业9.6万人。", "诸暨日报")
    assert got == {"1.9万人": "诸暨市", "9.6万人": "绍兴市"}


def test_a_word_adding_nothing_before_what_is_said_again_is_passed_over(extractor: Extractor) -> None:
    """瑞金市新增城镇就业5100人，全市共新增城镇就业4.6万人 in 赣州日报: 共 (places.yaml said_openers) adds nothing, the
    clause says again what the county-level city's said, of another figure: the paper's city. Word order changed
    (全市城镇新增就业) is no longer the same saying and stays the county-level city's."""
    got = _places(extractor, "本报讯 今年以来，瑞金市新增城镇就业5100人，全市共新增城镇就业4.6万人。", "赣州日报")
    assert got == {"5100人": "瑞金市", "4.6万人": "赣州市"}
    got = _places(extractor, "本报讯 今年以来，瑞金市新增城镇就业5100人，全市累计新增城镇就业4.6万人。", "赣州日报")
    assert got["4.6万人"] == "赣州市"


def test_aid_money_spent_in_a_place_its_province_heads_is_that_places(extractor: Extractor) -> None:
    """安排协作资金1200万元，在贵州省石阡县建成帮扶车间6个: the money is spent where the workshops stand, as it is
    without the province (在石阡县建成…); the chain's last place is where, not the sender's. The sender's own part
    (在吴江区松陵街道建成…) leaves the money the sender's."""
    got = _places(extractor, "本报讯 吴江区今年安排协作资金1200万元，在贵州省石阡县建成帮扶车间6个。", "苏州日报")
    assert got == {"1200万元": "石阡县", "6个": "石阡县"}
    got = _places(extractor, "本报讯 今年嘉定区投入对口帮扶资金1.2亿元，在云南省文山州实施项目42个。", "上海嘉定报")
    assert got == {"1.2亿元": "文山壮族苗族自治州", "42个": "文山壮族苗族自治州"}
    got = _places(extractor, "本报讯 吴江区今年安排协作资金1200万元，在吴江区松陵街道建成帮扶车间6个。", "苏州日报")
    assert got["1200万元"] == "吴江区"


def test_a_time_before_the_city_wide_word_says_it_of_another_period_of_the_same_city(extractor: Extractor) -> None:
    """去年，海城市城镇新增就业5200人。今年1—2月，全市城镇新增就业700人 in 鞍山日报: the same words of another figure,
    but a time opens 全市's sentence: the county-level city's figure of another period, not the prefecture's."""
    got = _places(extractor, "本报讯 记者从海城市人社局获悉，去年，海城市城镇新增就业5200人。今年1—2月，全市城镇"
                             "新增就业700人。", "鞍山日报", "2026-03-10")
    assert got == {"5200人": "海城市", "700人": "海城市"}
