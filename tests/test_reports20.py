"""What the blind set data/gold/reports20 found: 2026 government texts of Ningxia, Guangxi, Jilin and Hainan (a
region's work report with its 2026 主要预期目标 and 十五五 goals, a city's plan execution report whose numbered
indicators give 计划… and 实际… after a label and a colon, a county's year summary with its 民生实事 done, a city
卫健委's 十五五 plan listing 现状值 and 目标值 per indicator): a numbered item's label before its colon names what its
figures count; a column word of a plan's list takes the year its head dates it by, and 现状值 reports a level under
the list's goal words; 瓶 counts bottles. Sentences invented, in the style of such texts."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_numbered_items_label_names_what_its_figures_count(extractor: Extractor) -> None:
    """8．城镇新增就业：计划1.6万人，实际完成1.78万人 — the clause of each figure names nothing, the item's label before
    its colon does: jobs, as 城镇新增就业计划1.6万人 would be; the unemployment rate's goal and result likewise. An item
    set inside a sentence after a semicolon (…如下：（一）每千人口床位数：现状值5.6张；) is read the same way, and a sentence
    with no list mark before its colon (会议指出：…) lends nothing."""
    text = ("一、2025年主要指标完成情况\n\n8．城镇新增就业：计划1.6万人，实际完成1.78万人，完成率111.3%。\n"
            "9．城镇调查失业率：控制目标5.5%以内，实际为4.9%。")
    figs = _run(extractor, text, "2026-01-14", source="某市发展和改革委员会")
    metrics = {f["quote"]: f["metric"] for f in figs}
    assert metrics["1.6万人"] == metrics["1.78万人"] == metrics["111.3%"] == "jobs.urban_new"
    assert metrics["5.5%以内"].startswith("jobs.") and metrics["4.9%"].startswith("jobs.")
    got = _got(figs, "role", "period")
    assert ("1.6万人", "target", "2025") in got and ("1.78万人", "level", "2025") in got
    text = "主要指标如下：（一）每千人口医疗卫生机构床位数：现状值5.6张，目标值7张；（二）每千人口注册护士数：现状值2.9人。"
    metrics = {f["quote"]: f["metric"] for f in _run(extractor, text, "2026-03-18", source="某市卫生健康委员会")}
    assert metrics["5.6张"] == metrics["7张"] == "beds.per_1000"
    assert not metrics["2.9人"].startswith("beds.")  # (the next item's label is its own)
    text = "会议指出：全市新增1.2万人。"
    metrics = {f["quote"]: f["metric"] for f in _run(extractor, text, "2026-03-18")}
    assert not metrics["1.2万人"].startswith("jobs.")


def test_a_plans_column_words_take_the_years_its_head_dates_them_by(extractor: Extractor) -> None:
    """主要指标2025年现状值和2030年目标值如下：…现状值78.2岁，目标值79.5岁以上 in a plan of 2026: the 现状值 is a level of
    2025 (not a goal of 2030, the last year before it), the 目标值 a goal of 2030. A 现状值 whose head names no year
    keeps the time in force."""
    text = ("东方市“十五五”卫生健康事业发展规划\n\n到2030年，居民主要健康指标达到全省平均水平。主要指标2025年现状值和"
            "2030年目标值如下：（一）人均预期寿命：现状值78.2岁，目标值79.5岁以上；（二）婴儿死亡率：现状值3.9‰，"
            "目标值3.5‰以下。")
    got = _got(_run(extractor, text, "2026-03-18", source="某市卫生健康委员会"), "role", "period")
    assert ("78.2岁", "level", "2025") in got and ("79.5岁以上", "target", "2030") in got
    assert ("3.9‰", "level", "2025") in got and ("3.5‰以下", "target", "2030") in got


def test_bottles_are_counted(extractor: Extractor) -> None:
    """葡萄酒产量达到1.5亿瓶: a count of bottles; 瓶颈 is no unit."""
    got = _got(_run(extractor, "2025年，全区葡萄酒产量达到1.5亿瓶，突破了发展瓶颈。", "2026-01-27"), "measure")
    assert ("1.5亿瓶", "瓶") in got


def test_a_budget_of_the_year_reviewed_paired_with_what_was_done(extractor: Extractor) -> None:
    """5．一般公共预算收入：预算安排58.5亿元，实际完成60.2亿元 under 一、2025年主要指标完成情况 in a report of 2026: the
    budget was the goal of 2025 (periods.yaml goal_nouns), as 计划… paired with 实际… is; not undated."""
    text = "一、2025年主要指标完成情况\n\n5．一般公共预算收入：预算安排58.5亿元，实际完成60.2亿元，完成预算的102.9%。"
    got = _got(_run(extractor, text, "2026-01-14", source="某市发展和改革委员会"), "role", "period")
    assert ("58.5亿元", "target", "2025") in got and ("60.2亿元", "level", "2025") in got
