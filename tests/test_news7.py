"""What the blind set data/gold/news7 found: news items on health resources and family doctors, jobs and
migrant labour, a district's three quarters, livelihood projects, early rice, a holiday's tourism, revenue
and investment and school places from Shandong, Yunnan, Liaoning, Shaanxi, Henan, Zhejiang, Hunan,
Guangdong, Ningxia and Tibet. Sentences invented, in the style of such items; the figures worked out by
hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_mu_counted_per_pass_is_its_own_measure(extractor: Extractor) -> None:
    """机耕服务120万亩次 counts land served once per pass (亩次), not an area in 亩; Chinese numerals too."""
    text = "本报讯 全县开展机耕服务120万亩次，统防统治超过三十万亩次，耕地面积80万亩。"
    assert _got(_run(extractor, text, "2025-08-05"), "value", "measure") == [
        ("120万亩次", 1200000, "亩次"), ("超过三十万亩次", 300000, "亩次"), ("80万亩", 800000, "亩")]


def test_the_from_end_at_last_years_same_time_is_of_last_year(extractor: Extractor) -> None:
    """由去年同期的56.4%提高到62%: the from end is the value at last year's same time (its period that
    year's month, 2024-08), no base of a comparison; the to end and 比去年同期提高 stay this year's."""
    text = "本报讯 截至8月底，全县签约率由去年同期的56.4%提高到62%，比去年同期提高5.6个百分点。"
    assert _got(_run(extractor, text, "2025-09-23"), "period") == [
        ("56.4%", "2024-08"), ("62%", "2025-08"), ("5.6个百分点", "2025-08")]


def test_shiqu_opening_a_sentence_is_the_city(extractor: Extractor) -> None:
    """市区新增停车泊位 after a district's sentence speaks of the city again; 89个市区重点项目 (projects of
    both levels) names no place."""
    text = ("本报讯 柯城区新辟公交线路9条。市区新增公共停车泊位4200个。"
            "全市89个市区重点项目完成投资56亿元。")
    assert _got(_run(extractor, text, "2025-12-16", source="衢州日报"), "place") == [
        ("9条", "柯城区"), ("4200个", "衢州市"), ("89个", "衢州市"), ("56亿元", "衢州市")]


def test_teachers_and_nurses_taken_on_are_hiring(extractor: Extractor) -> None:
    """补充中小学教师, 引进…教师, 新进护士: staff taken on, jobs as 招聘 is; equipment 引进 is not."""
    text = "本报讯 今年全县补充中小学教师320名，其中引进县外优秀教师45名；县人民医院新进护士85名。"
    assert _got(_run(extractor, text, "2025-09-05"), "metric") == [
        ("320名", "jobs.hiring"), ("45名", "jobs.hiring"), ("85名", "jobs.hiring")]


def test_a_province_named_at_the_head_of_a_museum_is_whose_not_where(extractor: Extractor) -> None:
    """广东海上丝绸之路博物馆 in a 阳江 paper's item: the province's museum stands in the city."""
    text = "本报讯 国庆假期，全市A级景区接待游客112.5万人次，其中广东海上丝绸之路博物馆接待游客3.8万人次。"
    assert _got(_run(extractor, text, "2025-10-09", source="阳江日报"), "place") == [
        ("112.5万人次", "阳江市"), ("3.8万人次", "阳江市")]


def test_a_floor_for_the_whole_year_is_a_goal_past_a_semicolon(extractor: Extractor) -> None:
    """力争…；全年新签约项目总投资不低于700亿元，到位资金突破300亿元 (said in July): a floor set for the
    whole year is a goal though the 力争 before stops at the semicolon; last year's floor is a level."""
    text = ("本报讯 市财政局负责人表示，力争全年财政收入增长5%以上；全市全年新签约项目总投资不低于700亿元，"
            "到位资金突破300亿元。去年全年签约项目总投资不低于600亿元。")
    assert _got(_run(extractor, text, "2025-07-22"), "role") == [
        ("5%以上", "target"), ("不低于700亿元", "target"), ("突破300亿元", "target"), ("不低于600亿元", "level")]
