"""What the blind set data/gold/news16 found: beds and jobs from ten places no set had used (a 昌都 卫健委
portal, 和田's and 辽源's and 崇阳's pages as PDF extractors leave them, 阿勒泰's press conference, 陵水's
WeChat review, 盐池县 beside the nation and the region, 巴林左旗's beds and 托位, 讷河, 海北's 医共体): an
area word after its clause's time (9月份全国…) in a county's item, 全区 in a county of an autonomous region,
全州县级医院 in an autonomous prefecture, and a county's seat town that bears its name. Sentences invented,
in the style of such items; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_an_area_word_after_its_clauses_time_heads_the_clause(extractor: Extractor) -> None:
    """9月份全国城镇调查失业率为5.1%: 全国 after the clause's time is its subject, not the county the
    headline names in the same run-on sentence; the change in the clause after goes on about it."""
    text = ("盐池县就业形势稳中向好\n国家统计局数据显示，9月份全国城镇调查失业率为5.1%，比上月下降0.2个百分点；"
            "前三季度全国城镇新增就业1012万人。")
    got = _got(_run(extractor, text, "2026-10-28", source="盐池县人民政府"), "place")
    assert got == [("5.1%", "全国"), ("0.2个百分点", "全国"), ("1012万人", "全国")]


def test_the_whole_region_in_a_countys_item_is_the_autonomous_region(extractor: Extractor) -> None:
    """自治区人社厅发布，全区城镇新增就业6.1万人 in an item of 盐池县: 全区 names a county only where the
    county is a district; here it is the region (宁夏回族自治区). A district's 全区 stays the district."""
    text = "本县讯 自治区人社厅发布，前三季度全区城镇新增就业6.1万人。全县城镇新增就业2160人。"
    got = _got(_run(extractor, text, "2026-10-28", source="盐池县人民政府"), "place")
    assert got == [("6.1万人", "宁夏回族自治区"), ("2160人", "盐池县")]
    text = "本报讯 全区城镇新增就业6100人。"
    assert _got(_run(extractor, text, "2026-10-28", source="卡若区人民政府"), "place") == [("6100人", "卡若区")]


def test_the_whole_prefectures_county_hospitals_are_the_prefectures(extractor: Extractor) -> None:
    """全州县级医院病床使用率: 全州 (the whole autonomous prefecture) and 县级, not 全州县 of Guangxi."""
    text = "本报讯 1—5月，全州县级医院病床使用率为76.8%，同比提高4.2个百分点。"
    got = _got(_run(extractor, text, "2026-06-05", source="海北藏族自治州卫生健康委员会"), "place")
    assert got == [("76.8%", "海北藏族自治州"), ("4.2个百分点", "海北藏族自治州")]


def test_a_town_bearing_its_countys_name_is_the_countys(extractor: Extractor) -> None:
    """在类乌齐镇，…: the seat town of 类乌齐县 places its figures in the county, not in the district
    the sentence before named; a town named after a city of another province (桂林镇) stays no place."""
    text = ("本报讯 卡若区养老机构床位达到860张。在类乌齐镇，中心卫生院与县人民医院共建的联合病房开放床位20张，"
            "今年以来收治患者380余人次。")
    got = _got(_run(extractor, text, "2026-11-18", source="昌都市卫生健康委员会"), "place")
    assert got == [("860张", "卡若区"), ("20张", "类乌齐县"), ("380余人次", "类乌齐县")]
    text = "本报讯 桂林镇新增就业120人。"
    assert _got(_run(extractor, text, "2026-11-18", source="林州市人民政府"), "place") == [("120人", "林州市")]
