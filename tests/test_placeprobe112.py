"""A probe of place on 62 invented news items (provincial, city and district papers, 新华社) of forms left open by
round 106: informal groups (北三县, 环京, 长株潭, 珠三角九市, 苏锡常, 成渝), an unresolved 我县 in a provincial paper,
old division names (吴江市, 原崇文区, 莱芜市, 巢湖市, 原宣武区), a 街道 figure in a district paper, 全市 in a
county-level city's item of the prefecture's paper, 辖区 and 本辖区, places in brackets (（含兵团）, （不含雄安新区）),
two cities joined by 和 or 与 before 分别, places abroad (老挝, 迪拜) and a place in a byline only. Most came out
right; the wrong ones fixed here: 甲市与乙市分别… gave both figures to the first city (与 read as a base); a provincial
paper's lead that gives a total of no named place and breaks it down after 其中 gave the total to the city after 其中;
我县 (全县, 全市) in an item of a paper above that level that names no such area took the paper's province or city; a
district's own paper named by its short form (渝中报, 浦东时报) placed nothing, so its 街道 figures and 全区 had no
place. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _places(extractor: Extractor, text: str, source: str, published: str = "2026-08-20") -> dict:
    return dict(_got(_run(extractor, text, published, source=source), "place"))


def test_a_second_city_after_yu_before_respectively_takes_its_rank(extractor: Extractor) -> None:
    """赣州市与吉安市分别建成…45万亩和32万亩: 与 between two places right before 分别 lists them (places.yaml
    list_links and respectively), so each figure is its own city's, as after 和 or 、; 与…相比 and 与…合作 keep the
    place after 与 a base or a partner, the figure the first city's."""
    got = _places(extractor, "本报讯 今年，赣州市与吉安市分别建成高标准农田45万亩和32万亩。", "江西日报")
    assert got == {"45万亩": "赣州市", "32万亩": "吉安市"}
    got = _places(extractor, "本报讯 上半年，绵阳与德阳分别新增城镇就业3.1万人、2.6万人。", "四川日报")
    assert got == {"3.1万人": "绵阳市", "2.6万人": "德阳市"}
    got = _places(extractor, "本报讯 今年，赣州市与吉安市相比，多建成高标准农田13万亩。", "江西日报")
    assert got == {"13万亩": "赣州市"}
    got = _places(extractor, "本报讯 今年，赣州市与吉安市合作建成高标准农田4万亩。", "江西日报")
    assert got == {"4万亩": "赣州市"}


def test_a_provincial_papers_lead_broken_down_after_qizhong_is_the_provinces(extractor: Extractor) -> None:
    """上半年，规模以上工业增加值增长6.4%，其中深圳市增长7.2% in 南方日报 (a paper of no place's name, places.yaml
    papers): the total is the province's, the city after 其中 its part (the total went to 深圳市); a lead that names
    its city first is that city's item still."""
    got = _places(extractor, "本报讯 今年上半年，规模以上工业增加值增长6.4%，其中深圳市增长7.2%。", "南方日报")
    assert got == {"6.4%": "广东省", "7.2%": "深圳市"}
    got = _places(extractor, "本报讯 今年以来，新增城镇就业42万人，其中，成都市15万人。全省城镇登记失业率3.2%。",
                  "四川日报")
    assert got == {"42万人": "四川省", "15万人": "成都市", "3.2%": "四川省"}
    got = _places(extractor, "本报讯 今年上半年，深圳市规模以上工业增加值增长6.4%，其中电子信息制造业增长7.2%。",
                  "南方日报")
    assert got == {"6.4%": "深圳市", "7.2%": "深圳市"}


def test_a_county_word_with_no_county_in_a_provinces_item_places_nothing(extractor: Extractor) -> None:
    """我县 (全市) in 湖北日报 (a province's paper) where the text names no county (city): the county is the
    speaker's, which the text does not tell, and the paper's province is not it: no place rather than a wrong one.
    我县 after the county the lead names is it, 全省 the province; a city paper's 全县 falls to its city as before
    (tests/test_placeprobe60.py)."""
    got = _places(extractor, "本报讯 与宜都市相比，我县农产品加工产值高出15亿元，今年达到86亿元。", "湖北日报")
    assert got == {"15亿元": None, "86亿元": None}
    got = _places(extractor, "本报讯 今年我省新增城镇就业60万人，我县新增城镇就业5000人。", "湖北日报")
    assert got == {"60万人": "湖北省", "5000人": None}
    assert _places(extractor, "本报讯 今年全市农产品加工产值达到860亿元。", "湖北日报") == {"860亿元": None}
    got = _places(extractor, "本报讯 秭归县今年新增城镇就业5000人。我县脐橙产值达到36亿元。", "湖北日报")
    assert got == {"5000人": "秭归县", "36亿元": "秭归县"}
    assert _places(extractor, "本报讯 今年全县农产品加工产值达到86亿元。", "宜昌日报") == {"86亿元": "宜昌市"}


def test_a_districts_own_paper_is_that_districts(extractor: Extractor) -> None:
    """渝中报, 浦东时报: a district's short form and 报 or 时报 (places.yaml district_paper_ends): its 街道 figures and
    its 全区 are the district's; a short form two districts share (江北报: Chongqing's and Ningbo's) and a county's
    short form stay no place, and a 日报 is read as before."""
    got = _places(extractor, "本报讯 解放碑街道今年新增就业岗位1200个。全区城镇登记失业率3.1%。", "渝中报")
    assert got == {"1200个": "渝中区", "3.1%": "渝中区"}
    got = _places(extractor, "本报讯 陆家嘴街道社区卫生服务中心今年门诊量达到42万人次。", "浦东时报")
    assert got == {"42万人次": "浦东新区"}
    assert _places(extractor, "本报讯 观音桥街道今年新增养老床位180张。", "江北报") == {"180张": None}
    assert _places(extractor, "本报讯 武康街道今年新增养老床位180张。", "德清报") == {"180张": None}
    assert _places(extractor, "本报讯 今年全市新增城镇就业18万人。", "苏州日报") == {"18万人": "苏州市"}


def test_a_county_whose_county_tells_its_sentence_speaks_for_its_wo_xian(extractor: Extractor) -> None:
    """记者从德清县获悉，今年我县新增… in 浙江日报, in an item whose lead named 安吉县: a provincial paper speaks in no
    county's voice, so 我县 is the county its own sentence names before it (it took the lead's 安吉县, though 全县 in
    the same place took 德清县); in a city paper, 我市 is still the paper's city."""
    lead = "本报讯 近日，安吉县新增省级未来乡村8个。"
    got = _places(extractor, lead + "记者从德清县获悉，今年我县新增城镇就业3200人。", "浙江日报")
    assert got == {"8个": "安吉县", "3200人": "德清县"}
    got = _places(extractor, lead + "德清县负责人介绍，今年我县新增城镇就业3200人。", "浙江日报")
    assert got["3200人"] == "德清县"
    got = _places(extractor, lead + "记者从德清县获悉，今年我市新增城镇就业3.2万人。", "湖州日报")
    assert got["3.2万人"] == "湖州市"


def test_a_country_after_a_half_or_a_quarter_heads_its_clause(extractor: Extractor) -> None:
    """据统计，今年上半年老挝接待外国游客230万人次 in 云南日报: a half, a quarter or a run of months before the country,
    at its clause's head, leaves it the subject (places.yaml abroad_time), as 2025年 and 今年 did; the figure went to
    the paper's province. A partner after 对 stays no place of the figure."""
    got = _places(extractor, "本报讯 据统计，今年上半年老挝接待外国游客230万人次。", "云南日报")
    assert got == {"230万人次": "老挝"}
    got = _places(extractor, "本报讯 今年1-5月越南接待外国游客800万人次。", "广西日报")
    assert got == {"800万人次": "越南"}
    got = _places(extractor, "本报讯 今年上半年对老挝出口额达到45亿元。", "云南日报")
    assert got == {"45亿元": "云南省"}
