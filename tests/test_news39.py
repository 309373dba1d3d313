"""What the blind set data/gold/news39 found: seven news items of kinds earlier sets have few of (a 新华社 wire on 内蒙古
quoting two of its cities, a 政务 WeChat item of （一）（二） and 数读 lines, a 全国两会 item filed from 北京 by a
provincial paper on a deputy's county, a district whose name is a common word (市中区) beside its city, a 人民网 roundup
on “十四五”以来, a 一组数据 list of label：figure lines, a follow-up on 去年同期 and 前年): a growth label before a colon
(增速：8.3%) read as a level; 已建成180张 after a plan of beds lost the beds; 自治区财政… after a city's paragraph stayed
the city's; a county glued to its province's short form in a headline (山东费县) read as inside a word; the capital's
dateline of a provincial paper's 两会 item placed its county's figures in 北京; a sentence's year before a span's yearly
average (“十四五”期间年均增长…；) no longer dated the clauses after it; 五年年均增长 took one year, not five.
Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_growth_label_before_a_colon_is_a_change(extractor: Extractor) -> None:
    """一组数据 lines (label：figure): a label ending on a growth word names the growth the figure is; 新增： stays a
    level."""
    text = "本报讯 一季度，某县经济运行稳中有进。请看一组数据：\n城镇新增就业：1200人\n农村劳动力转移就业新增：2100人\n" \
           "规模以上工业增加值增速：7.6%\n固定资产投资增长：-1.8%\n"
    got = _got(_run(extractor, text, "2026-04-12", source="某某日报"), "role")
    assert got == [("1200人", "level"), ("2100人", "level"), ("7.6%", "change"), ("-1.8%", "change")]


def test_built_so_far_after_a_plan_of_beds_counts_beds(extractor: Extractor) -> None:
    """计划新增养老床位300张，目前已建成210张: the beds done of the plan are beds, not items."""
    text = "本报讯 今年，全县计划新增养老床位300张，目前已建成210张。"
    got = _got(_run(extractor, text, "2026-08-20", source="某某日报"), "metric")
    assert got[1][0] == "210张" and "beds" in got[1][1].split(".")


def test_the_regions_treasury_after_a_citys_paragraph_is_the_regions(extractor: Extractor) -> None:
    """记者了解到，自治区财政今年安排…: the region's money, not the city's the paragraph before spoke of."""
    text = "新华社呼和浩特7月16日电 在包头市，上半年帮助城镇失业人员再就业5300人。\n\n" \
           "记者了解到，自治区财政今年安排就业补助资金18.2亿元，比上年增加1.1亿元。"
    got = _got(_run(extractor, text, "2026-07-16", source="新华社"), "place")
    assert got == [("5300人", "包头市"), ("18.2亿元", "内蒙古自治区"), ("1.1亿元", "内蒙古自治区")]


def test_a_county_glued_to_its_provinces_short_form_is_the_county(extractor: Extractor) -> None:
    """山东费县：… in a headline: the province's short form, then its two-character county; 山东省县级… names no county."""
    got = _got(_run(extractor, "山东费县：累计新增城镇就业3.1万人", "2026-01-20", source="人民网"), "place")
    assert got == [("3.1万人", "费县")]
    got = _got(_run(extractor, "山东省县级医院新增床位500张", "2026-01-20", source="人民网"), "place")
    assert got == [("500张", "山东省")]


def test_a_provincial_papers_capital_dateline_leaves_its_countys_item_the_countys(extractor: Extractor) -> None:
    """本报北京3月6日电 in 湖北日报 under a headline on a deputy's county: 全县 of a later paragraph is that county, not
    北京."""
    text = "全国人大代表、鹤峰县委书记：让群众在家门口就业\n\n本报北京3月6日电 “去年，鹤峰县城镇新增就业2100人。”\n\n" \
           "养老服务同样是代表关注的话题。他说，全县养老机构床位达到1320张。"
    got = _got(_run(extractor, text, "2026-03-07", source="湖北日报"), "place")
    assert got == [("2100人", "鹤峰县"), ("1320张", "鹤峰县")]


def test_the_sentences_year_holds_again_past_a_spans_yearly_average(extractor: Extractor) -> None:
    """2025年，…，“十四五”期间年均增长6.2%；一般公共预算收入…: the span dates its average alone, the revenue is 2025's;
    with no year before the span the time in force holds (截至2020年底 … “十三五”期间年均增长…；每千人口…)."""
    text = "本报讯 2025年，全县地区生产总值达到386.3亿元，“十四五”期间年均增长6.2%；一般公共预算收入21.7亿元，增长3.5%。"
    got = _got(_run(extractor, text, "2026-01-22", source="某某日报"), "period")
    assert got == [("386.3亿元", "2025"), ("6.2%", "2021-2025"), ("21.7亿元", "2025"), ("3.5%", "2025")]


def test_a_count_of_years_before_a_yearly_average_is_the_full_years_before(extractor: Extractor) -> None:
    """五年年均增长7.1% in January 2026: over 2021-2025; 未来三年年均增长 in a plan stays the plan's years ahead."""
    text = "本报讯 2025年，全县农村居民人均可支配收入达到2.36万元，五年年均增长7.1%。"
    got = [g for g in _got(_run(extractor, text, "2026-01-22", source="某某日报"), "period") if g[0] != "五年"]
    assert got == [("2.36万元", "2025"), ("7.1%", "2021-2025")]
    got = _got(_run(extractor, "本报讯 今年，全县力争未来三年年均增长7.1%。", "2026-01-22", source="某某日报"), "period")
    assert ("7.1%", "2026-2028") in got
