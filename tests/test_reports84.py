"""What the blind set data/gold/reports84 found: a county health-insurance bureau's performance self-review read a
department's spending as its budget, once its budget sentence had parted a total (部门预算资金共计…，其中：基本支出预算…):
the part mark opened a list of goals that the next sentence (全年实际支出…。其中：基本支出…) went on with; nor did a
label of what was spent (预算数：…；执行数：…；执行率：…) end the budget's reach. A city health commission's mid-term
review of its 十四五 plan dropped the from end of a pair of life expectancies (由2020年的78.2岁提高到…), counted the
progress on a goal (…，进度完成49.1%) as a goal, and dated a plan goal set beside a result (2022年为8.6/10万，控制在规划
目标12/10万以内) by the result's year. Documents invented, in the style of such reports."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

_SELF_REVIEW = "某区卫生健康局2025年度部门整体支出绩效自评报告\n　　一、部门预算执行情况\n"


def test_a_total_parted_after_its_mark_opens_no_list_for_the_next_sentence(extractor: Extractor) -> None:
    """…共计3600万元，其中：基本支出预算900万元…。全年实际支出3420万元…。其中：基本支出880万元…: the parts written after
    其中： in the budget's sentence end with it; what the next sentences part is what was spent, results."""
    text = _SELF_REVIEW + ("　　2025年度部门预算资金共计3600万元，其中：基本支出预算900万元，项目支出预算2700万元。"
                           "全年实际支出3420万元，预算执行率95%。其中：基本支出880万元，项目支出2540万元。\n")
    got = _got(_run(extractor, text, "2026-04-20", source="某区卫生健康局"), "role", "period")
    assert got == [("3600万元", "target", "2025"), ("900万元", "target", "2025"), ("2700万元", "target", "2025"),
                   ("3420万元", "level", "2025"), ("95%", "level", "2025"), ("880万元", "level", "2025"),
                   ("2540万元", "level", "2025")]
    # (a list a lead opens, 主要预期目标是：, still runs on past a part mark in its sentence)
    text = ("某县2026年工作安排\n　　2026年全县主要预期目标是：一般公共预算收入增长5%，其中：税收收入增长4%。"
            "城镇新增就业3000人以上。\n")
    got = _got(_run(extractor, text, "2026-01-12", source="某县人民政府"), "role", "period")
    assert got == [("5%", "target", "2026"), ("4%", "target", "2026"), ("3000人以上", "target", "2026")]


def test_a_label_of_what_was_spent_ends_the_budgets_reach(extractor: Extractor) -> None:
    """预算数：500万元；执行数：460万元；执行率：92%: the label after the semicolon reports what was spent, as 完成：
    does; the share spent is of the year reviewed, as the amount is."""
    text = _SELF_REVIEW + "　　（一）村医补助项目\n　　预算数：500万元；执行数：460万元；执行率：92%。\n"
    got = _got(_run(extractor, text, "2026-04-20", source="某区卫生健康局"), "role", "period")
    assert got == [("500万元", "target", "2025"), ("460万元", "level", "2025"), ("92%", "level", "2025")]


def test_progress_on_a_goal_is_a_result(extractor: Extractor) -> None:
    """年度计划改造村卫生室40个，进度完成75%; 年度计划投资12亿元，完成进度86%: a clause that opens on how far the goal has
    got reports progress, a result beside the goal."""
    text = "某县卫生健康局2025年工作总结\n　　年度计划改造村卫生室40个，进度完成75%。年度计划投资12亿元，完成进度86%。\n"
    got = _got(_run(extractor, text, "2026-01-08", source="某县卫生健康局"), "role")
    assert got == [("40个", "target"), ("75%", "level"), ("12亿元", "target"), ("86%", "level")]
    # (under a plan, a share the progress is to reach, a verb before it, is a goal, and so are the items after it; so is
    # a budget's share to be spent)
    text = ("某县财政局2025年工作总结和2026年工作计划\n　　一、2025年工作总结\n　　全年一般公共预算支出28亿元。\n"
            "　　二、2026年工作计划\n　　加强预算管理，预算执行率达到95%以上。推进重点项目建设，完成进度达到80%以上；"
            "新建村卫生室12个。\n")
    got = _got(_run(extractor, text, "2026-01-08", source="某县财政局"), "role", "period")
    assert got == [("28亿元", "level", "2025"), ("95%以上", "target", "2026"), ("80%以上", "target", "2026"),
                   ("12个", "target", "2026")]


def test_the_from_end_of_a_pair_of_ages_is_a_figure(extractor: Extractor) -> None:
    """由2020年的77.5岁提高到2025年的78.3岁: the age before a verb of rise is the pair's from end, no group of people."""
    text = "某市卫生健康事业发展情况\n　　全市人均预期寿命由2020年的77.5岁提高到2025年的78.3岁，为65岁以上老年人免费体检。\n"
    got = _got(_run(extractor, text, "2026-02-10", source="某市卫生健康委员会"), "period")
    assert got == [("77.5岁", "2020"), ("78.3岁", "2025")]


def test_a_plan_goal_set_beside_a_result_is_due_over_the_plans_years(extractor: Extractor) -> None:
    """某市“十四五”…规划中期评估报告: …2022年为8.6/10万，控制在规划目标12/10万以内; …2022年达到3.08人，较2020年增加0.36人，
    规划目标3.4人: the year dates the result; the plan's goal is due over its years. A goal with a year of its own
    (规划目标为2025年达到7.5张) keeps it, and a year framing the sentence dates a goal of that year."""
    text = ("某市“十四五”卫生健康事业发展规划中期评估报告\n"
            "　　孕产妇死亡率2022年为8.6/10万，控制在规划目标12/10万以内。每千人口执业（助理）医师数2022年达到3.08人，"
            "较2020年增加0.36人，规划目标3.4人。每千人口床位数2022年达到6.95张，规划目标为2025年达到7.5张。"
            "2022年，全市新增托位1200个，完成年度目标1000个的120%。\n")
    got = _got(_run(extractor, text, "2023-08-18", source="某市卫生健康委员会"), "role", "period")
    assert got == [("8.6/10万", "level", "2022"), ("12/10万以内", "target", "2021-2025"),
                   ("3.08人", "level", "2022"), ("0.36人", "change", "2022"), ("3.4人", "target", "2021-2025"),
                   ("6.95张", "level", "2022"), ("7.5张", "target", "2025"),
                   ("1200个", "level", "2022"), ("1000个", "target", "2022"), ("120%", "level", "2022")]


def test_a_goal_set_beside_what_the_year_did_under_a_review(extractor: Extractor) -> None:
    """一、2025年工作回顾 … 年初计划新开工项目800个，全年新开工862个; 计划改造农村户厕600户，完成650户: under the review
    of a year past, the clause after the goal's that opens on what the year did is its result, a level, and the goal is
    the reviewed year's. Under the plan of the year to come the same words stay goals."""
    text = ("政府工作报告\n某省人民政府\n　　一、2025年工作回顾\n"
            "　　全省固定资产投资全年计划投资1200亿元，全年完成投资1286亿元。年初计划新开工项目800个，全年新开工862个。"
            "省下达的招商引资任务为300亿元，全年到位资金326亿元。年初提出的粮食产量稳定在300亿斤以上的目标圆满完成，"
            "全年粮食产量达到312.6亿斤。\n"
            "　　二、2026年工作安排\n　　全年计划投资1300亿元，全年完成投资1300亿元以上；新开工项目850个以上。\n")
    got = _got(_run(extractor, text, "2026-01-22", source="某省人民政府"), "role", "period")
    assert got == [("1200亿元", "target", "2025"), ("1286亿元", "level", "2025"), ("800个", "target", "2025"),
                   ("862个", "level", "2025"), ("300亿元", "target", "2025"), ("326亿元", "level", "2025"),
                   ("300亿斤以上", "target", "2025"), ("312.6亿斤", "level", "2025"),
                   ("1300亿元", "target", "2026"), ("1300亿元以上", "target", "2026"), ("850个以上", "target", "2026")]
    # (a town's summary whose heading names how the year's work went, 一、2025年工作完成情况, is a review too)
    text = ("某镇2025年工作总结和2026年工作计划\n　　一、2025年工作完成情况\n"
            "　　年初计划新建高标准农田5000亩，全年建成5600亩。计划改造农村户厕600户，完成650户。\n"
            "　　二、2026年工作计划\n　　计划实施重点项目20个，完成投资15亿元。\n")
    got = _got(_run(extractor, text, "2026-01-07", source="某镇人民政府"), "role", "period")
    assert got == [("5000亩", "target", "2025"), ("5600亩", "level", "2025"), ("600户", "target", "2025"),
                   ("650户", "level", "2025"), ("20个", "target", "2026"), ("15亿元", "target", "2026")]


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_reports84_gold_set_scores_at_its_floors() -> None:
    """data/gold/reports84: 内蒙古自治区's government work report (全区 and 盟市 figures of 2025, 计划…实际 goals then
    results, the 2026 goals and 民生实事), 正定县新城铺镇's 2025 summary with its villages' items and 2026 plan,
    建平县医保局's 2025 performance self-review (预算数/执行数/执行率, a 年度指标值 / 实际完成值 table read as text),
    蚌埠市卫健委's mid-term review of its 十四五 plan (2020 base, 2022 actual, plan goals, 进度).
    Blind: recall 0.9946, precision 1.0, qualifier 1.0, role 0.9508, place 1.0, period 0.9167, beds 0.9, jobs 1.0.
    Now: recall 1.0, role 0.9946, period 0.9669 (gold mended: seven plan goals with no year dated 2021-2025).
    Floors, not the exact scores."""
    s = scored("reports84")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.99 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.96
    assert s["topic_beds_acc"] >= 0.89 and s["topic_jobs_acc"] >= 0.99
