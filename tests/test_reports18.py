"""What the blind set data/gold/reports18 found: 2026 government texts of Shandong, Liaoning, Jiangsu, Henan and
Heilongjiang (a city's work report reviewing 2025 and the 十四五 in one paragraph, a plan execution report with 计划…、
实际… pairs, a county's 主要预期目标 and 十五五 goals, a 人社局 year summary, a 卫健委's 工作要点 of the year): a paper
titled as the year's work points plans the year throughout; a plan of the past year paired with what was done is
that year's, and what was done counts what the plan counts; a span of years runs from the earliest to the latest
year its sentence writes; an age whose bound word ends its clause is a figure. Sentences invented, in the style of
such texts."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_papers_title_of_the_years_work_points_makes_its_tasks_goals(extractor: Extractor) -> None:
    """某市卫生健康委员会2026年卫生健康工作要点: its numbered parts (一、推进…) name no plan word, yet every task in them is
    a goal of 2026; a sentence naming a year before (2025年末，…) still reports a level. A summary of the year before with
    next year's plan in its title (…2025年工作总结和2026年工作计划) opens no plan over its review."""
    text = ("某市卫生健康委员会2026年卫生健康工作要点\n\n2025年末，全市每千人口床位数7.2张。\n\n"
            "一、夯实基层医疗卫生服务\n全年新建标准化村卫生室45个，家庭医生签约服务覆盖率达到48%以上。")
    got = _got(_run(extractor, text, "2026-02-12", source="某市卫生健康委员会"), "role", "period")
    assert ("7.2张", "level", "2025") in got
    assert ("45个", "target", "2026") in got
    assert ("48%以上", "target", "2026") in got
    text = ("某县人力资源和社会保障局2025年工作总结和2026年工作计划\n\n一、就业创业工作\n"
            "全年城镇新增就业5120人，发放创业担保贷款1.3亿元。")
    got = _got(_run(extractor, text, "2025-12-28", source="某县人力资源和社会保障局"), "role")
    assert ("5120人", "level") in got and ("1.3亿元", "level") in got


def test_a_plan_of_the_past_year_paired_with_what_was_done(extractor: Extractor) -> None:
    """一、2025年计划执行情况 in a report of January 2026: 计划新开工项目90个、实际新开工97个 — the plan is a goal of 2025,
    not undated; 城镇新增就业计划1.8万人，实际完成1.95万人，完成率108.3%: what was done, and its share of the plan,
    count new urban jobs as the plan does."""
    text = ("一、2025年计划执行情况\n\n年初计划新开工项目90个、实际新开工97个；城镇新增就业计划1.8万人，"
            "实际完成1.95万人，完成率108.3%。")
    figs = _run(extractor, text, "2026-01-14", source="某市发展和改革委员会")
    got = _got(figs, "role", "period")
    assert ("90个", "target", "2025") in got and ("97个", "level", "2025") in got
    assert ("1.8万人", "target", "2025") in got and ("1.95万人", "level", "2025") in got
    metrics = {f["quote"]: f["metric"] for f in figs}
    assert metrics["1.8万人"] == metrics["1.95万人"] == metrics["108.3%"] == "jobs.urban_new"
    # a plan of a rule that counts plans only lends nothing: the beds done are beds added, not planned
    text = "一、2025年计划执行情况\n\n计划新增养老床位600张、实际完成640张。"
    figs = _run(extractor, text, "2026-01-14", source="某市发展和改革委员会")
    metrics = {f["quote"]: f["metric"] for f in figs}
    assert metrics["640张"].startswith("beds.") and metrics["640张"] != "beds.planned"


def test_two_pairs_of_a_review_span_from_the_earliest_year(extractor: Extractor) -> None:
    """“十四五”时期… in a report of 2026: after 由2020年的…增至2025年的… and a second pair whose from year (2020) is the
    last year written, 五年累计…480亿元 is still a total over 2021-2025; 是2020年的2.1倍, against the year before the
    span, is of its last year."""
    text = ("“十四五”时期是极不平凡的五年。全市地区生产总值由2020年的1860.4亿元增至2025年的2415.2亿元；一般公共预算"
            "收入由2020年的128.6亿元增至156.3亿元，五年累计减税降费260亿元以上；高新技术企业达到640家，是2020年的"
            "2.1倍。")
    got = _got(_run(extractor, text, "2026-01-20", source="某市人民政府"), "period")
    assert ("1860.4亿元", "2020") in got and ("2415.2亿元", "2025") in got
    assert ("260亿元以上", "2021-2025") in got
    assert ("640家", "2025") in got and ("2.1倍", "2025") in got


def test_an_age_whose_bound_ends_its_clause_is_a_figure(extractor: Extractor) -> None:
    """人均预期寿命稳定在79岁以上；: the bound word ends the clause with the age, a goal of its own; 为65岁以上老年人 names a
    group, no figure."""
    text = "2026年主要目标是：人均预期寿命稳定在79岁以上；为20万名65岁以上老年人提供免费健康体检。"
    got = _got(_run(extractor, text, "2026-02-10", source="某市卫生健康委员会"), "qualifier", "role")
    assert ("79岁以上", "lower_bound", "target") in got
    assert ("20万名", "exact", "target") in got
    assert not any(q.startswith("65岁") for q, *_ in got)
