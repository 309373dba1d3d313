"""What the metric column said wrongly where the gold (which has no metric) could not see it: an item of a budget's
spending list after 社会保障和就业支出 took that class's rule as the list's next item; a government fund budget's revenue
was money.output's any other revenue; 经济增长约为3.2%, growth named as a noun before a rate, was read as a level.
Sentences invented, in the style of budget reports and news."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_each_item_of_a_budget_spending_list_is_spending_by_its_own_words(extractor: Extractor) -> None:
    """教育支出…；社会保障和就业支出…；卫生健康支出…: each class is spending, named by its own 支出, not a jobs figure
    and not the rule of the item before it."""
    text = ("全县一般公共预算支出58.3亿元，增长2.1%。其中，社会保障和就业支出9.6亿元，增长6.4%；"
            "卫生健康支出5.2亿元，增长1.3%；农林水支出7.7亿元。")
    got = [g for g in _got(_run(extractor, text, "2025-02-10", source="测试日报"), "metric", "rule_id")
           if g[0].endswith("亿元")]
    assert got == [(q, "money.spending", "money.spending_named") for q in ("58.3亿元", "9.6亿元", "5.2亿元", "7.7亿元")]


def test_a_fund_budgets_revenue_is_its_own_series(extractor: Extractor) -> None:
    """政府性基金预算收入 is revenue of the fund budget: money.fund_revenue, apart from the general budget's
    (money.fiscal_revenue); a social insurance fund's revenue is not the government fund budget's."""
    text = "全市一般公共预算收入42.6亿元，增长3.2%；政府性基金预算收入31.5亿元，下降15.8%。全年社会保险基金收入18亿元。"
    got = _got(_run(extractor, text, "2025-02-10", source="测试日报"), "metric")
    assert ("42.6亿元", "money.fiscal_revenue") in got
    assert ("31.5亿元", "money.fund_revenue") in got
    assert ("18亿元", "money.fund_revenue") not in got


def test_growth_named_as_a_noun_before_a_rate_is_a_change(extractor: Extractor) -> None:
    """全球经济增长约为3.1%: the growth is 3.1%, a change; a rate that grew from a value named before (由…增长为) and a
    count grown to (由5120人增长为6300人) are the levels reached."""
    got = _got(_run(extractor, "据统计，去年全球经济增长约为3.1%。", "2025-04-10", source="测试日报"), "role")
    assert got == [("约为3.1%", "change")]
    got = _got(_run(extractor, "全县城镇化率由44.6%增长为46.2%，常住人口由5120人增长为6300人。", "2025-04-10",
                    source="测试日报"), "role")
    assert got == [("44.6%", "level"), ("46.2%", "level"), ("5120人", "level"), ("6300人", "level")]


def test_visits_and_grain_are_named_by_their_own_words(extractor: Extractor) -> None:
    """诊疗人次 are health visits, 接待游客 人次 tourist visits, 粮食总产量 grain output; a yield per mu is no grain
    output but a yield (quantity.crop_yield, metric46), and person-times of another kind keep the generic metric."""
    text = ("全县医疗卫生机构总诊疗人次达到186.2万人次，增长2.6%。全年接待国内外游客960.5万人次。"
            "全年粮食总产量达到31.8万吨，粮食单产每亩415公斤。全市公共图书馆全年接待读者82万人次。")
    got = [g for g in _got(_run(extractor, text, "2025-02-10", source="测试日报"), "metric") if "%" not in g[0]]
    assert got == [("186.2万人次", "quantity.health_visits"), ("960.5万人次", "quantity.tourist_visits"),
                   ("31.8万吨", "quantity.grain_output"), ("415公斤", "quantity.crop_yield"),
                   ("82万人次", "quantity.person_times")]
