"""What the blind set data/gold/news36 found: seven news items of kinds earlier sets have few of (a 蒙古族自治县's
前4个月, a year-end item on 河南蒙古族自治县's 今年 and 明年, a 北大荒 farm company that belongs to no county, a
county-level city set against its province and the nation, a 人民日报 roundup of three provinces, a Monday item on
上周, an interview with a county's 人社局局长): the roundup, placed by the first province its lead listed, gave every
全省 of the later paragraphs to that province, and its “十四五”以来 review ran on into their paragraphs; a look back
(上年…) closing a sentence that opened on 今年 handed the next paragraph the year before; 将…列入为民办实事项目 hid
the year's task, 比上年同期多发放 gave no change, 也高于全国的7.23张 stayed the city's, and 今年新开发112个 after a
count of posts counted nothing. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

ROUNDUP = ("多地推进养老服务\n\n本报记者 张三\n\n记者近日在甘肃、广东、湖南等地采访了解到，各地扩大养老服务供给。\n\n"
           "甘肃省民政厅负责人介绍，“十四五”以来，全省新增养老床位1.6万张。\n\n"
           "广东省今年新建社区食堂320个。全省每千名老年人拥有养老床位达到30.5张。\n\n"
           "湖南省推进农村互助养老，全省建成互助养老设施1.2万个。")


def test_a_roundup_whose_lead_lists_provinces_gives_each_paragraph_its_own_province(extractor: Extractor) -> None:
    """记者在甘肃、广东、湖南等地采访: the item is about all three (the country holds them), so 全省 in each paragraph is
    the province that paragraph names, not the first one listed."""
    got = _got(_run(extractor, ROUNDUP, "2026-11-16", source="人民日报"), "place")
    assert got == [("1.6万张", "甘肃省"), ("320个", "广东省"), ("30.5张", "广东省"), ("1.2万个", "湖南省")]


def test_a_review_since_a_plan_ends_at_a_paragraph_on_another_province(extractor: Extractor) -> None:
    """“十四五”以来 frames its own paragraph on 甘肃省; the paragraphs on 广东省 and 湖南省 are of the year."""
    got = _got(_run(extractor, ROUNDUP, "2026-11-16", source="人民日报"), "period")
    assert got == [("1.6万张", "2021-2026"), ("320个", "2026"), ("30.5张", "2026"), ("1.2万个", "2026")]


def test_a_review_since_a_plan_runs_on_over_the_paragraphs_of_its_own_area(extractor: Extractor) -> None:
    """A county of the city the review is about (海安市…“十四五”以来) opening the next paragraph keeps the review."""
    text = ("本报讯 南通市民政局介绍，“十四五”以来，全市新增养老床位6200张。\n\n"
            "海安市建成区域性养老服务中心8个。")
    got = _got(_run(extractor, text, "2026-11-16", source="南通日报"), "period")
    assert got == [("6200张", "2021-2026"), ("8个", "2021-2026")]


def test_a_look_back_ending_a_sentence_on_this_year_hands_on_this_year(extractor: Extractor) -> None:
    """…今年种植水稻80万亩，…，上年职工人均收入3.9万元。/ 秋收期间…: the next paragraph is of this year again, not
    the year the sentence before looked back to (nor the one the sentence before that did)."""
    text = ("本报讯 去年农场粮食总产量52万吨。农场今年种植水稻80万亩，上年职工人均收入3.9万元。\n\n"
            "秋收期间，农场提供季节性用工岗位1200个。")
    got = _got(_run(extractor, text, "2026-10-19", source="黑龙江日报"), "period")
    assert got == [("52万吨", "2025"), ("80万亩", "2026"), ("3.9万元", "2025"), ("1200个", "2026")]


def test_figures_put_on_the_years_pledged_works_are_its_task(extractor: Extractor) -> None:
    """将新增床位3000张、改造适老设施800户列入为民办实事项目: 将 used like 把, but what the list of pledged works holds
    is the year's task; the share done after it is a result."""
    text = "本报讯 全省今年将新增养老床位3000张、改造适老设施800户列入为民办实事项目，目前已完成年度任务的86%。"
    got = _got(_run(extractor, text, "2026-10-10", source="甘肃日报"), "role")
    assert got == [("3000张", "target"), ("800户", "target"), ("86%", "level")]


def test_more_paid_out_than_a_base_is_a_change(extractor: Extractor) -> None:
    """发放创业担保贷款0.9亿元，比上年同期多发放1500万元: the gap to the base, a change; the amount paid, a level."""
    text = "本报讯 一季度，全县发放创业担保贷款0.9亿元，比上年同期多发放1500万元。"
    got = _got(_run(extractor, text, "2026-04-20", source="九江日报"), "role")
    assert got == [("0.9亿元", "level"), ("1500万元", "change")]


def test_a_base_value_after_de_ending_its_clause_is_the_bases(extractor: Extractor) -> None:
    """每千人口床位数6.9张，也高于全国的6.5张: the nation's value, of what the city's figure counts; 占全国的1.2% (a
    share of the base) stays the subject's."""
    text = "本报讯 截至6月底，武夷山市每千人口床位数6.9张，也高于全国的6.5张。"
    figs = _run(extractor, text, "2026-07-24", source="闽北日报")
    assert _got(figs, "place") == [("6.9张", "武夷山市"), ("6.5张", "全国")]
    assert all("beds" in f["metric"] for f in figs)
    text = "本报讯 上半年，武夷山市茶叶产量占全国的1.2%。"
    assert _got(_run(extractor, text, "2026-07-24", source="闽北日报"), "place") == [("1.2%", "武夷山市")]


def test_a_bare_adding_clause_counts_what_the_figure_before_counts(extractor: Extractor) -> None:
    """现有公益性岗位420个，今年新开发90个: the new posts are more of the posts before them."""
    text = "本报讯 全旗现有公益性岗位420个，今年新开发90个，优先安置就业困难人员。"
    figs = _run(extractor, text, "2026-06-01", source="赤峰日报")
    assert [f["metric"].split(".")[0] for f in figs] == ["jobs", "jobs"]
