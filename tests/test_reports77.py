"""What the blind set data/gold/reports77 found: a city's plan report (计划执行情况与计划草案) whose list of the next
year's works held a goal due later inside one item (石墨产业产值突破80亿元，到2027年达到120亿元；实施重点项目330个…), and
dated every item after it by that later year; and a county's budget report whose first-year budget was revised in the
clause after it (年初预算12.6亿元，经县人大常委会批准调整为13.1亿元), read the revised budget as a result. Probed after
with invented reports of the same four kinds: a lead of how the goals went (目标完成情况是：) opened a list of goals that
ran on into the next paragraph; a plan report's 计划草案 opened no plan section; an estimate 预计完成… and a goal 年初目标
为… beside its estimate, in a review of the year just over, were left undated; a month due inside the cue's first item
(…6月底前投用，…；…) dated the items after the `；`. Documents invented, in the style of such reports."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got
from tests.goldsets import scored

_PLAN = "关于某市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n某市发展和改革委员会\n"
_BUDGET = "关于某县2025年预算执行情况和2026年预算草案的报告\n某县财政局\n　　一、2025年预算执行情况\n"


def test_a_deadline_inside_one_item_dates_that_items_goal_only(extractor: Extractor) -> None:
    """…，到2027年达到120亿元；…: a year due written after a figure of its own item (no frame of the clauses after it:
    到2027年，… stands alone) is the deadline of that goal; the items after the `；` keep the year the list plans for,
    carried from its lead (2026年主要预期目标是：…) or named in the sentence (2026年，…)."""
    text = _PLAN + ("　　2026年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。"
                    "围绕上述目标，重点抓好以下工作：新能源装机容量突破60万千瓦，到2028年达到100万千瓦；"
                    "实施重点项目280个，完成投资150亿元以上；新增养老床位300张。\n")
    got = _got(_run(extractor, text, "2026-01-21", source="某市发展和改革委员会"), "role", "period")
    assert got == [("5.5%左右", "target", "2026"), ("突破60万千瓦", "target", "2026"), ("100万千瓦", "target", "2028"),
                   ("280个", "target", "2026"), ("150亿元以上", "target", "2026"), ("300张", "target", "2026")]
    text = "某县2026年工作安排\n　　2026年，全县粮食产量稳定在30万吨，到2028年达到32万吨；新建高标准农田5万亩。\n"
    got = _got(_run(extractor, text, "2026-01-12", source="某县人民政府"), "period")
    assert got == [("30万吨", "2026"), ("32万吨", "2028"), ("5万亩", "2026")]


def test_a_deadline_that_frames_its_clauses_still_dates_every_item(extractor: Extractor) -> None:
    """到2030年，…；…: a year standing alone in its clause frames the items after it; so does one heading its sentence
    with no figure before it (力争到2030年全县…；…): neither sits inside an item after a figure of it. Nor does the
    year of a pair's to end (…增加到2025年的…；…), which goes on to the items after it."""
    text = ("某县国民经济和社会发展第十五个五年规划纲要\n"
            "　　到2030年，全县地区生产总值突破300亿元；城镇新增就业2.5万人以上。"
            "力争到2030年全县森林覆盖率达到62%；新增养老床位800张。\n")
    got = _got(_run(extractor, text, "2026-02-10", source="某县人民政府"), "period")
    assert got == [("突破300亿元", "2030"), ("2.5万人以上", "2030"), ("62%", "2030"), ("800张", "2030")]
    # (“十五五”期间，…，到2030年突破…；…: the end of the plan's span named before it is the horizon of every item)
    text = ("某县政府工作报告\n"
            "　　“十五五”期间，全县地区生产总值年均增长6%左右，到2030年突破650亿元；城镇化率达到68%；"
            "城镇新增就业累计2万人以上。\n")
    got = _got(_run(extractor, text, "2026-01-15", source="某县人民政府"), "period")
    assert got == [("6%左右", "2026-2030"), ("突破650亿元", "2030"), ("68%", "2030"), ("2万人以上", "2030")]
    # (…由2020年的68.5亿元增加到2025年的102.3亿元；…: the to end of a pair, written after its 到, is no deadline; the
    # duration 五年 comes first)
    text = ("政府工作报告\n"
            "　　五年来，全县地区生产总值由2020年的68.5亿元增加到2025年的102.3亿元；一般公共预算收入突破5亿元。\n")
    got = _got(_run(extractor, text, "2026-01-15", source="某县人民政府"), "period")
    assert got[1:] == [("68.5亿元", "2020"), ("102.3亿元", "2025"), ("突破5亿元", "2025")]


def test_a_budget_revised_in_the_next_clause_is_still_a_budget(extractor: Extractor) -> None:
    """年初预算…，经…批准调整为…: the clause right after a budget's (roles.yaml target.clause_revised) revises the amount
    budgeted, a plan still; what was done after it (全年实际完成…) and a standard merely changed (低保标准调整为…, no
    plan's amount before it) are levels."""
    text = _BUDGET + ("　　一般公共预算收入年初预算8.6亿元，经县人大常委会批准调整为9.2亿元，全年实际完成9.35亿元，"
                      "完成调整预算的101.6%。政府性基金预算支出年初预算4.1亿元，后调整为5.3亿元，完成4.96亿元。\n"
                      "　　城乡低保标准调整为每人每月720元，全年发放低保资金1.2亿元。\n")
    got = _got(_run(extractor, text, "2026-01-10", source="某县财政局"), "role", "period")
    assert got == [("8.6亿元", "target", "2025"), ("9.2亿元", "target", "2025"), ("9.35亿元", "level", "2025"),
                   ("101.6%", "level", "2025"), ("4.1亿元", "target", "2025"), ("5.3亿元", "target", "2025"),
                   ("4.96亿元", "level", "2025"), ("720元", "level", "2025"), ("1.2亿元", "level", "2025")]


def test_a_list_of_how_the_goals_went_is_no_list_of_goals(extractor: Extractor) -> None:
    """…主要预期目标完成情况是：…预期增长5.5%左右，实际增长5.1%；…: a lead that names how the goals went (roles.yaml
    target.list_done) opens no list: each goal keeps a cue of its own (预期), each result is a result, and the paragraph
    after it (1—11月，…增长6.8%) reports growth of the months so far, not goals."""
    text = _PLAN + ("　　一、2025年国民经济和社会发展计划执行情况\n"
                    "　　2025年主要预期目标完成情况是：地区生产总值预期增长5.5%左右，实际增长5.1%；"
                    "城镇新增就业预期目标2.2万人，实际完成2.46万人。\n"
                    "　　1—11月，全市规模以上工业增加值增长6.8%，固定资产投资下降3.2%。\n")
    got = _got(_run(extractor, text, "2026-01-16", source="某市发展和改革委员会"), "role", "period")
    assert got == [("5.5%左右", "target", "2025"), ("5.1%", "change", "2025"), ("2.2万人", "target", "2025"),
                   ("2.46万人", "level", "2025"), ("6.8%", "change", "2025M01-M11"), ("3.2%", "change", "2025M01-M11")]


def test_a_plan_reports_draft_is_a_plan_section(extractor: Extractor) -> None:
    """二、2026年国民经济和社会发展计划草案 (roles.yaml target.section 计划草案, as a budget report's 预算草案): the figures
    under it are the year's goals, a run-in heading (（一）主要预期目标。…) and the works after it too."""
    text = _PLAN + ("　　二、2026年国民经济和社会发展计划草案\n"
                    "　　（一）主要预期目标。地区生产总值增长5%左右；城镇新增就业2.2万人以上。\n"
                    "　　（二）重点任务。全年实施重点工程项目260个，年度计划投资420亿元。\n")
    got = _got(_run(extractor, text, "2026-01-16", source="某市发展和改革委员会"), "role", "period")
    assert got == [("5%左右", "target", "2026"), ("2.2万人以上", "target", "2026"), ("260个", "target", "2026"),
                   ("420亿元", "target", "2026")]


def test_a_review_dates_its_estimates_and_its_goals_in_the_year_just_over(extractor: Extractor) -> None:
    """In January, under 一、2025年预算执行情况: an estimate whose cue runs on into the verb of the result (预计完成,
    periods.yaml forecast_cues) is of the year just over, as 预计 alone is; and a goal set beside the estimate of its
    result (年初目标为…，全年预计增长…, periods.yaml goal_met 预计) is that year's goal, a month of it carried before
    (截至12月底) or not."""
    text = _BUDGET + ("　　全县一般公共预算收入预计完成3.86亿元，为预算的103.2%，增长5.1%。\n"
                      "　　截至12月底，全县新增市场主体2150户。\n"
                      "　　（一）地区生产总值。年初目标为增长5.5%左右，全年预计增长5.1%。\n")
    got = _got(_run(extractor, text, "2026-01-09", source="某县财政局"), "role", "period")
    assert got == [("3.86亿元", "target", "2025"), ("103.2%", "level", "2025"), ("5.1%", "change", "2025"),
                   ("2150户", "level", "2025-12"), ("5.5%左右", "target", "2025"), ("5.1%", "target", "2025")]


def test_a_month_inside_the_cues_clause_dates_its_own_item_only(extractor: Extractor) -> None:
    """力争新院区6月底前投用，新增床位600张；全市每千人口床位数达到10张: the month, written after the subject of the cue's
    clause (no frame of its own), dates the beds the opening brings; past the `；` the next goal is the year's. A month
    heading its sentence as a deadline (6月底前，…；…) still frames every item."""
    text = ("某市卫生健康委员会2025年工作总结和2026年工作要点\n　　二、2026年工作要点\n"
            "　　力争市人民医院新院区6月底前投用，新增床位600张；全市每千人口床位数达到10张。\n"
            "　　6月底前，新建村卫生室8个；改造乡镇卫生院3所。\n")
    got = _got(_run(extractor, text, "2026-01-06", source="某市卫生健康委员会"), "role", "period")
    assert got == [("600张", "target", "2026-06"), ("10张", "target", "2026"), ("8个", "target", "2026-06"),
                   ("3所", "target", "2026-06")]


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_reports77_gold_set_scores_at_its_floors() -> None:
    """data/gold/reports77: 鹤岗市发改委's report on the 2025 plan (计划增长…，实际增长…) and the 2026 draft, 寿阳县财政局's
    budget report (年初预算, 调整预算, 完成调整预算的%, 2026 安排), 祥云县's government work report of a 换届 year (过去五年
    累计 and 年均, 今后五年 goals to 2030, the 2026 goals and ten 民生实事), 万宁市人社局's 2025 summary and 2026 要点.
    Blind: recall, precision, qualifier, place 1.0, role 0.9947, period 0.9733.
    Now: role 1.0, period 1.0.
    Floors, not the exact scores."""
    s = scored("reports77")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.995 and s["period_acc"] >= 0.995
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99
