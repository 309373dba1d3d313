"""What the blind set data/gold/reports10 found: excerpts of work reports of 2025 (reviewing 2024, with the year's
targets) and of 2026 (the 十四五 review and the 十五五 goals) of a province, a province-level city, three prefectures,
a district and three counties or county-level cities, two with page damage. Sentences invented, in the style of such
texts; the figures worked out by hand from GUIDE.md."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted


def _counted(figs: list[dict], *keys: str) -> list[tuple]:
    """`quoted`, without the spans of years a review names (五年来, 四年: durations, optional in the gold)."""
    return [q for q in quoted(figs, *keys) if not q[0].endswith("年")]


def test_a_numbered_heading_of_the_years_list_of_works_makes_its_items_targets(extractor: Extractor) -> None:
    """三、2026年民生实事 in a report: the items under it are the year's goals; a heading of a year before the
    document's (三、2025年民生实事) names what was done."""
    page = ("某市人民政府工作报告\n\n二、2026年主要目标\n地区生产总值增长6%左右。\n\n三、2026年民生实事\n"
            "1.新建改扩建中小学4所，新增学位3200个；\n2.新增养老床位120张。\n")
    figs = _run(extractor, page, "2026-01-10")
    assert quoted(figs, "role", "period") == [("6%左右", "target", "2026"), ("4所", "target", "2026"),
                                              ("3200个", "target", "2026"), ("120张", "target", "2026")]
    past = page.replace("三、2026年民生实事", "三、2025年民生实事")
    assert [r for _, r in quoted(_run(extractor, past, "2026-01-10"), "role")[1:]] == ["level"] * 3


def test_the_months_so_far_after_an_estimate_of_the_year_are_results(extractor: Extractor) -> None:
    """预计全年…；1—11月，…: the estimate heading the sentence is a goal of the year; the clause of the months already
    over (of last year, in a report of January) reports what was done."""
    page = ("一、2024年工作回顾\n过去一年，全市经济稳中向好。预计全年地区生产总值完成2860亿元，增长5.3%；1—11月，"
            "规上工业增加值增长8.1%，社会消费品零售总额1126.5亿元。\n")
    figs = _run(extractor, page, "2025-01-07")
    assert _counted(figs, "role", "period") == [
        ("2860亿元", "target", "2024"), ("5.3%", "target", "2024"), ("8.1%", "change", "2024M01-M11"),
        ("1126.5亿元", "level", "2024M01-M11")]


def test_the_plan_so_far_in_a_report_of_january_is_of_the_full_years(extractor: Extractor) -> None:
    """“十四五”以来 in a report of January 2025 reviews 2021-2024: the year it is given in has hardly begun."""
    page = "一、2024年工作回顾\n“十四五”以来，全县累计完成固定资产投资213亿元，年均增长12.8%。\n"
    figs = _run(extractor, page, "2025-01-16")
    assert quoted(figs, "period") == [("213亿元", "2021-2024"), ("12.8%", "2021-2024")]


def test_the_year_just_over_ending_the_first_clause_replaces_the_span_a_heading_named(extractor: Extractor) -> None:
    """一、“十四五”时期和2025年工作回顾, then 刚刚过去的2025年，是“十四五”规划收官之年。: the text turns to the year."""
    page = ("一、“十四五”时期和2025年工作回顾\n刚刚过去的2025年，是“十四五”规划收官之年。全市地区生产总值达到"
            "5.24万亿元，增长5.3%；一般公共预算收入6530亿元。\n")
    figs = _run(extractor, page, "2026-01-14")
    assert quoted(figs, "period") == [("5.24万亿元", "2025"), ("5.3%", "2025"), ("6530亿元", "2025")]


def test_flows_after_a_total_over_the_span_keep_the_span(extractor: Extractor) -> None:
    """五年来，…增加到2025年的…；累计完成投资2100亿元，新增城镇就业7.2万人: the review goes on over the span after the
    total, not at the year a series before it ended on; 年均浓度 names an annual mean, the pair's end keeps its year."""
    page = ("五年来，全区地区生产总值由2020年的712.5亿元增加到2025年的1028.6亿元，年均增长6.5%；累计完成固定资产投资"
            "2100亿元，新增城镇就业7.2万人。细颗粒物年均浓度由2020年的38微克/立方米下降到2025年的29微克/立方米。\n")
    figs = _run(extractor, page, "2026-01-06")
    assert _counted(figs, "period") == [
        ("712.5亿元", "2020"), ("1028.6亿元", "2025"), ("6.5%", "2021-2025"), ("2100亿元", "2021-2025"),
        ("7.2万人", "2021-2025"), ("38微克/立方米", "2020"), ("29微克/立方米", "2025")]


def test_areas_of_a_county_report_in_an_autonomous_region(extractor: Extractor) -> None:
    """全地区 in a county-level city's report is the 地区 above it, 全自治区 the region; 互助幸福院 (mutual aid) and
    青海湖 (a lake) name no county or province."""
    page = ("和田市人民政府工作报告\n\n一、2025年工作回顾\n全地区地区生产总值628亿元，全自治区地区生产总值突破2万亿元。"
            "我市建设农村互助幸福院15个。\n")
    figs = _run(extractor, page, "2026-01-10", "和田市人民政府")
    assert quoted(figs, "place") == [("628亿元", "和田地区"), ("突破2万亿元", "新疆维吾尔自治区"), ("15个", "和田市")]
    lake = "海北藏族自治州人民政府工作报告\n\n一、2024年工作回顾\n青海湖裸鲤资源量恢复到12.6万吨。\n"
    assert quoted(_run(extractor, lake, "2025-01-20", "海北藏族自治州人民政府"), "place") == [
        ("12.6万吨", "海北藏族自治州")]


def test_computing_power_and_pastoral_labour(extractor: Extractor) -> None:
    """新增算力1万PF: petaflops; 转移农牧区劳动力: labour moved into work, as 转移农村劳动力."""
    figs = _run(extractor, "今年新增算力1万PF。全年转移农牧区劳动力16.8万人。\n", "2026-01-12")
    assert [(f["quote"], f["unit"]) for f in figs] == [("1万PF", "pflops"), ("16.8万人", "person")]
    assert figs[1]["metric"].startswith("jobs.")
