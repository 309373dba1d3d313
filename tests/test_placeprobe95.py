"""A probe of place on invented news items (a city paper, a provincial paper, 新华社) of the forms that decide it:
a county in a city paper, 全省 quoted, 我市/本县/全区 with a paper of another level, 其中 lists of counties and towns,
development zones, villages and 街道, a headline's place only, 对口支援 and 东西部协作, two provinces in one sentence,
names several counties bear (通州区, 鼓楼区, 和平区, 朝阳区, 普陀区), old names and county-level cities. Most came out
right; the wrong ones are tested here: a place where schools or hospitals are built (在喀什市新建学校4所) taken for the
head of a school's name, so the places they add went to the paper's city; 全区 after a development zone in a city of
an autonomous region read as the region; aid money named by its region (援藏资金) not spent where the next clause
builds. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _places(extractor: Extractor, text: str, source: str, published: str = "2026-09-15") -> dict:
    return dict(_got(_run(extractor, text, published, source=source), "place"))


def test_a_place_where_units_are_built_carries_on_as_any_place(extractor: Extractor) -> None:
    """在喀什市新建学校4所，新增学位5400个 in 深圳特区报: 新建 stands between the place and 学校, so no school's name
    is headed by the place (places.yaml unit_breaks); the places added are the place's, as after 新建厂房. A school the
    place's name heads (喀什市第一中学) is a unit still and carries nothing."""
    got = _places(extractor, "本报讯 深圳援疆前方指挥部今年在喀什市新建学校4所，新增学位5400个。", "深圳特区报")
    assert got == {"4所": "喀什市", "5400个": "喀什市"}
    got = _places(extractor, "本报讯 今年以来，我区在墨玉县建成医院2所，新增床位260张。", "天津市北辰区融媒体中心")
    assert got == {"2所": "墨玉县", "260张": "墨玉县"}
    got = _places(extractor, "本报讯 今年，在于田县扩建学校3所，新增学位2700个。", "宿州日报")
    assert got == {"3所": "于田县", "2700个": "于田县"}
    # a unit the place heads: its own clause only, as before
    got = _places(extractor, "本报讯 今年，喀什市第一中学新增学位600个，全市新增就业3万人。", "深圳特区报")
    assert got["3万人"] == "深圳市"


def test_a_whole_district_word_after_a_development_zone_is_the_zones_city(extractor: Extractor) -> None:
    """南宁经开区新增规上企业20家，全区工业总产值增长9% in 南宁日报: 全区 is the zone the sentence speaks of (places.yaml
    zone_ends), in the city its name heads, not 广西壮族自治区; so without the city's name (经开区…, the paper's city).
    全区 with no zone before it, or one that counts zones (全区37个开发区), or 我区 (the paper's voice) is the region."""
    got = _places(extractor, "本报讯 今年，南宁经开区新增规上企业20家，全区工业总产值增长9%。", "南宁日报")
    assert got == {"20家": "南宁市", "9%": "南宁市"}
    got = _places(extractor, "本报讯 银川经济技术开发区今年新增规上企业15家，全区规上工业增加值增长9.5%。", "银川日报")
    assert got == {"15家": "银川市", "9.5%": "银川市"}
    got = _places(extractor, "本报讯 今年以来，高新区新增市场主体3200户，全区实现规上工业产值增长11%。", "柳州日报")
    assert got == {"3200户": "柳州市", "11%": "柳州市"}
    # the region's own whole
    got = _places(extractor, "本报讯 今年，南宁经开区新增规上企业20家，全区37个开发区工业总产值增长9%。", "南宁日报")
    assert got["9%"] == "广西壮族自治区"
    got = _places(extractor, "本报讯 今年，全区新增规上企业800家，南宁经开区新增20家。", "南宁日报")
    assert got == {"800家": "广西壮族自治区", "20家": "南宁市"}
    got = _places(extractor, "本报讯 柳州市今年新增规上企业60家，全区新增规上企业800家。", "广西日报")
    assert got["800家"] == "广西壮族自治区"


def test_aid_money_named_by_its_region_is_spent_where_the_next_clause_builds(extractor: Extractor) -> None:
    """北京市安排援藏资金12亿元，在拉萨市实施项目86个: the money is spent where the projects are, as 协作资金 is
    (places.yaml spent_funds); without a place the next clause opens with, it stays the sender's."""
    got = _places(extractor, "本报讯 今年北京市安排援藏资金12亿元，在拉萨市实施项目86个。", "西藏日报")
    assert got == {"12亿元": "拉萨市", "86个": "拉萨市"}
    got = _places(extractor, "本报讯 今年，江苏省投入援青资金5.1亿元，在海南藏族自治州建成项目60个。", "新华日报")
    assert got["5.1亿元"] == "海南藏族自治州"
    got = _places(extractor, "本报讯 今年北京市安排援藏资金12亿元，实施项目86个。", "西藏日报")
    assert got["12亿元"] == "北京市"


def test_a_partner_or_destination_written_with_its_province_is_the_place_it_heads(extractor: Extractor) -> None:
    """与甘肃省临夏市结对帮扶，投入帮扶资金3200万元: the partner is the city its province's name heads, not 甘肃省
    (`PlaceTracker._paired` takes the chain's last place); a county's short form after its province (与贵州省沿河县,
    赴贵州省沿河县人民医院) is read inside that province, though the article is of another (`_in_head`), so 当地's beds
    are the county's, not the province's. Without the pairing word, the sender's figures stay the sender's."""
    got = _places(extractor, "本报讯 今年，和平区与甘肃省临夏市结对帮扶，投入帮扶资金3200万元。", "天津日报")
    assert got == {"3200万元": "临夏市"}
    got = _places(extractor, "本报讯 今年，吴江区与贵州省铜仁市石阡县结对帮扶，派驻医生24名。", "苏州日报")
    assert got == {"24名": "石阡县"}
    got = _places(extractor, "本报讯 今年，张家港市与贵州省沿河县结对，派驻教师30名。", "苏州日报")
    assert got == {"30名": "沿河土家族自治县"}
    got = _places(extractor, "本报讯 今年，张家港市选派医生12名赴贵州省沿河县人民医院，帮助当地新开设床位80张。",
                  "苏州日报")
    assert got == {"12名": "张家港市", "80张": "沿河土家族自治县"}


def test_a_division_alone_in_brackets_after_a_zone_is_where_its_figures_are(extractor: Extractor) -> None:
    """乌鲁木齐经开区（头屯河区）新增市场主体5600户，全区…: the district the zone is one with, alone in its bracket
    right after the zone's name, is no aside (it was, and the 全区 after it went to the autonomous region); a bracket
    listing zones after a whole (全市…（含高新区、经开区）) is one still."""
    got = _places(extractor, "本报讯 今年以来，乌鲁木齐经开区（头屯河区）新增市场主体5600户，全区规上工业产值增长10%。",
                  "乌鲁木齐晚报")
    assert got == {"5600户": "头屯河区", "10%": "头屯河区"}
    got = _places(extractor, "本报讯 今年，成都经开区（龙泉驿区）实现地区生产总值1300亿元。全区新增就业1.1万人。",
                  "成都日报")
    assert got == {"1300亿元": "龙泉驿区", "1.1万人": "龙泉驿区"}
    got = _places(extractor, "本报讯 今年，全市新增企业3000家（含高新区、经开区），增长6%。", "乌鲁木齐晚报")
    assert got == {"3000家": "乌鲁木齐市", "6%": "乌鲁木齐市"}
