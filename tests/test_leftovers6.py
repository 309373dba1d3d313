"""What the last stop left (leftovers6): targets under an unnumbered heading of the year's plan, a running
total in a clause of its own, and a bare growth rate after an amount. Sentences invented."""

from __future__ import annotations

from stats.extract.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted

_REPORT = ("某县2025年政府工作报告\n2024年工作回顾\n　　过去一年，全县地区生产总值完成186.5亿元，增长5.6%。\n"
           "2025年主要预期目标\n　　地区生产总值增长6%左右，城镇新增就业5200人以上。\n"
           "　　全年实施重点项目120个，完成投资150亿元以上。\n")


def test_an_unnumbered_heading_of_the_years_goals_opens_a_plan_section(extractor: Extractor) -> None:
    """2025年主要预期目标 as a line of its own after a finished sentence: the figures of the lines under it
    are targets, those before it stay results."""
    figs = _run(extractor, _REPORT, "2025-03-05")
    assert quoted(figs, "role") == [
        ("186.5亿元", "level"), ("5.6%", "change"), ("6%左右", "target"), ("5200人以上", "target"),
        ("120个", "target"), ("150亿元以上", "target")]


def test_an_unnumbered_heading_of_a_past_year_or_of_news_opens_none(extractor: Extractor) -> None:
    """A heading of a year before the document's, or news of a plan (我市出台2025年立法工作计划), opens no
    plan section."""
    past = _REPORT.replace("2025年主要预期目标", "2024年主要预期目标")
    assert [f["role"] for f in _run(extractor, past, "2025-03-05")][4:] == ["level", "level"]
    news = _REPORT.replace("2025年主要预期目标", "我县出台2025年立法工作计划")
    assert [f["role"] for f in _run(extractor, news, "2025-03-05")][4:] == ["level", "level"]


def test_a_running_total_in_a_clause_of_its_own_counts_what_the_figure_before_counts(extractor: Extractor) -> None:
    """新增家庭病床310张，累计达到1080张: all beds (the total of beds added); 养老床位增加320张，达到3150张:
    care beds; 新增就业1.2万人，累计5.6万人: new jobs."""
    figs = _run(extractor, "全市新增家庭病床310张，累计达到1080张。全市养老床位增加320张，达到3150张。"
                           "全市城镇新增就业1.2万人，累计5.6万人。", "2025-06-10")
    assert quoted(figs, "metric", "unit") == [
        ("310张", "beds.added", "bed"), ("1080张", "beds.total", "bed"), ("320张", "beds.care", "bed"),
        ("3150张", "beds.care", "bed"), ("1.2万人", "jobs.urban_new", "person"), ("5.6万人", "jobs.urban_new", "person")]


def test_a_bare_growth_rate_takes_the_amounts_metric_not_its_topic(extractor: Extractor) -> None:
    """实现营业收入12亿元，增长8.5%: the growth of the revenue, a rate (topic percent)."""
    figs = _run(extractor, "某公司实现营业收入12亿元，增长8.5%。", "2025-06-10")
    assert quoted(figs, "metric", "topic", "unit") == [
        ("12亿元", "money.business_revenue", "money", "CNY"), ("8.5%", "money.business_revenue", "percent", "percent")]
