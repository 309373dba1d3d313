"""What the blind set data/gold/reports9 found: excerpts of 2026 work reports (a province, three prefecture cities,
three counties and a county-level city: the year's and the 十四五 review, the 十五五 goals, the year's targets and
tasks; a city paper's 十件民生实事 list; a province's budget report; a city's plan report with a 2025完成 / 2026目标
table read as lines), two with page damage (lines cut inside numbers, spaced characters, running heads, page
numbers). Sentences invented, in the style of such texts; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def _counted(figs: list[dict], *keys: str) -> list[tuple]:
    """`quoted`, without the spans of years a review names (五年来: a duration, optional in the gold)."""
    return [q for q in quoted(figs, *keys) if q[0] != "五年"]


def test_a_paper_announcing_the_years_list_of_works_makes_its_items_targets(extractor: Extractor) -> None:
    """某市2026年十件民生实事出炉 over the list: the headline names the year's programme, its items are goals;
    the sentence on last year's list, which names that year, reports results."""
    page = ("某市2026年十件民生实事出炉\n本报讯 记者获悉，市民生实事项目正式确定，计划总投资18.6亿元。2025年，全市"
            "民生实事全部完成，完成投资16.2亿元。今年的项目具体如下：\n1.新建公办幼儿园12所，新增学位3600个。\n"
            "2.新增养老床位500张。\n")
    figs = _run(extractor, page, "2026-02-05")
    assert quoted(figs, "role", "period")[-5:] == [("18.6亿元", "target", "2026"), ("16.2亿元", "level", "2025"),
                                                   ("12所", "target", "2026"), ("3600个", "target", "2026"),
                                                   ("500张", "target", "2026")]


def test_a_budget_reports_spending_of_the_year_is_its_plan(extractor: Extractor) -> None:
    """三、2026年重点支出安排: the amounts a budget report arranges under it are targets of the year."""
    page = ("关于某省2025年预算执行情况和2026年预算草案的报告\n\n一、2025年预算执行情况\n全省一般公共预算收入1398.6亿元。\n"
            "三、2026年重点支出安排\n安排就业补助资金68.2亿元，支持新增养老床位2万张。\n")
    figs = _run(extractor, page, "2026-01-26")
    assert quoted(figs, "role", "period") == [("1398.6亿元", "level", "2025"), ("68.2亿元", "target", "2026"),
                                              ("2万张", "target", "2026")]


def test_an_unnumbered_title_of_the_years_work_stands_as_its_own_paragraph(extractor: Extractor) -> None:
    """2026年重点工作 on a line of its own in a text written a paragraph a line: the layout no longer runs it
    into the lead under it (它 opened no section then), so the tasks after it are the year's goals."""
    page = ("某县人民政府工作报告\n\n2025年工作回顾\n过去一年，全县地区生产总值增长5.3%。\n\n2026年重点工作\n"
            "今年是开局之年，我们将重点抓好以下工作。\n做强特色产业。新建花卉设施大棚5000亩，改造提升烤烟基地3万亩。\n")
    figs = _run(extractor, page, "2026-01-08")
    assert quoted(figs, "role", "period") == [("5.3%", "change", "2025"), ("5000亩", "target", "2026"),
                                              ("3万亩", "target", "2026")]


def test_a_heading_of_the_span_and_the_year_keeps_the_span_past_a_lead(extractor: Extractor) -> None:
    """一、“十四五”时期和2025年工作回顾, then 五年来，… and a lead 民生福祉不断增进。: the heading names the year beside
    the span, not before it; the lead opens another part of the same review, not a return to 2025."""
    page = ("某市人民政府工作报告\n\n一、“十四五”时期和2025年工作回顾\n五年来，全市地区生产总值年均增长6.3%。"
            "民生福祉不断增进。五年累计新增城镇就业21.6万人，新改扩建学校286所。\n")
    figs = _run(extractor, page, "2026-01-18")
    assert _counted(figs, "period") == [("6.3%", "2021-2025"), ("21.6万人", "2021-2025"), ("286所", "2021-2025")]


def test_a_year_of_the_reviewed_span_ends_one_series_and_the_review_goes_on(extractor: Extractor) -> None:
    """五年来，…由2020年的927.6亿元增加到2025年的1186.3亿元，…，五年累计完成345.8亿元: the total is over the span,
    and so is the next sentence's; the pair keeps its own ends."""
    page = ("五年来，全市地区生产总值由2020年的927.6亿元增加到2025年的1186.3亿元，年均增长5.7%；一般公共预算收入"
            "五年累计完成345.8亿元。累计改造农村公路1260公里。\n")
    figs = _run(extractor, page, "2026-01-12")
    assert _counted(figs, "period") == [("927.6亿元", "2020"), ("1186.3亿元", "2025"), ("5.7%", "2021-2025"),
                                           ("345.8亿元", "2021-2025"), ("1260公里", "2021-2025")]


def test_a_comparison_with_the_year_before_a_span_is_of_its_last_year(extractor: Extractor) -> None:
    """“十四五”时期，…。营业收入比2020年增长41.2%; 总数达到1050家，是2020年的2.4倍: the figure as it stands at the
    span's end against its base, of 2025; a flow over the span keeps the span."""
    page = ("“十四五”时期，全省地区生产总值年均增长5.9%。规模以上工业企业营业收入比2020年增长41.2%，"
            "新增高新技术企业612家，总数达到1050家，是2020年的2.4倍。\n")
    figs = _run(extractor, page, "2026-01-27")
    assert quoted(figs, "period") == [("5.9%", "2021-2025"), ("41.2%", "2025"), ("612家", "2021-2025"),
                                      ("1050家", "2025"), ("2.4倍", "2025")]


def test_tobacco_by_the_dan_flowers_by_the_stem_and_a_reservoir_no_place(extractor: Extractor) -> None:
    """烤烟收购36.8万担, 鲜切花产量18.6亿枝: measure words of their own; 丹江口水库 names a reservoir, not the county-level
    city the text places nothing in, so the goals after it stay the city's."""
    figs = _run(extractor, "某县鲜切花产量18.6亿枝；烤烟收购36.8万担，担负起增收责任。", "2026-01-08")
    assert quoted(figs, "measure") == [("18.6亿枝", "枝"), ("36.8万担", "担")]
    page = ("十堰市人民政府工作报告\n\n二、2026年工作安排\n丹江口水库水质稳定保持Ⅱ类以上。\n"
            "今年主要预期目标是：地区生产总值增长6%左右。\n")
    assert quoted(_run(extractor, page, "2026-01-18"), "place") == [("6%左右", "十堰市")]


def test_a_reports_title_with_its_year_at_a_pages_head_is_no_text(extractor: Extractor) -> None:
    """某市人民政府工作报告（2026年） at the head of a page, before 过去一年，…: a running head, its own paragraph, so
    the year the next line opens with is the time the text turns to, not a year inside the span before."""
    page = ("某市人民政府工作报告\n\n一、“十四五”和2025年工作回顾\n五年来，全市累计新增城镇就业6.8万人。\n"
            "                                  — 1 —\n某市人民政府工作报告（2026年）\n"
            "过去一年，全市实现地区生产总值1186.3亿元。城镇新增就业1.42万人。\n")
    figs = _run(extractor, page, "2026-01-12")
    assert _counted(figs, "period") == [("6.8万人", "2021-2025"), ("1186.3亿元", "2025"), ("1.42万人", "2025")]
