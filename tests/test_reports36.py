"""What the blind set data/gold/reports36 found: three work reports of kinds the sets had seen (a 地级市's 政府工作报告
with its year's results and the new year's 主要预期目标, a 街道办事处's 工作总结和工作计划 of small counts, a 县 卫健委's
答复 to a 人大代表's 建议) scored 1.0 blind. Probing the genre further found one gap: the formula a 政府工作报告 writes after
its growth goal, 在实际工作中争取更好结果, reset the goals after it to levels (实际 is a word of results). Sentences
invented, in the style of such reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_the_formula_after_a_growth_goal_leaves_the_goals_after_it_goals(extractor: Extractor) -> None:
    """Under a heading of the year's goals, 在实际工作中争取更好结果 after the growth goal names the work to come: the
    jobs, grain and price goals after it in the same sentence stay targets of the year, their bounds kept."""
    text = ("某市2026年政府工作报告\n\n二、2026年主要预期目标\n\n　　地区生产总值增长5.5%左右，在实际工作中争取更好结果；"
            "城镇新增就业3万人；粮食产量稳定在42万吨以上；居民消费价格涨幅控制在2%左右。\n")
    got = _got(_run(extractor, text, "2026-02-10", source="某市人民政府"), "value", "qualifier", "role", "period")
    assert got == [("5.5%左右", 5.5, "approx", "target", "2026"), ("3万人", 30000, "exact", "target", "2026"),
                   ("42万吨以上", 420000, "lower_bound", "target", "2026"), ("2%左右", 2, "approx", "target", "2026")]


def test_what_was_actually_done_against_a_plan_is_still_a_result(extractor: Extractor) -> None:
    """实际 still reports a result where it opens what was done of a plan (实际完成): only 实际工作, the work to come, is
    no reset."""
    text = "三、2026年工作计划\n\n　　城镇新增就业计划2.2万人，实际完成2.46万人。\n"
    got = _got(_run(extractor, text, "2026-02-10", source="某县人力资源和社会保障局"), "value", "role")
    assert ("2.46万人", 24600, "level") in got


def test_a_street_offices_summary_and_plan(extractor: Extractor) -> None:
    """A 街道's year of small counts (户, 人次, 场, 件, 万元; a 12345 hotline is a number, no figure) read as levels of
    the year its part names (一、2025年工作总结), its plan part (二、2026年工作打算) as the new year's targets."""
    text = ("某区某街道2025年工作总结和2026年工作打算\n\n一、2025年工作总结\n\n"
            "　　全年走访慰问困难群众260户，发放慰问金4.2万元；"
            "开展文体活动38场，参与居民3200余人次；处理12345热线工单1874件。\n\n二、2026年工作打算\n\n"
            "　　新建社区食堂2个，新增养老床位30张；全年开展招聘活动不少于10场。\n")
    got = _got(_run(extractor, text, "2026-01-10", source="某街道办事处"), "value", "measure", "qualifier", "role", "period")
    assert got == [("260户", 260, "户", "exact", "level", "2025"), ("4.2万元", 42000, "元", "exact", "level", "2025"),
                   ("38场", 38, "场", "exact", "level", "2025"),
                   ("3200余人次", 3200, "人次", "lower_bound", "level", "2025"),
                   ("1874件", 1874, "件", "exact", "level", "2025"),
                   ("2个", 2, "个", "exact", "target", "2026"), ("30张", 30, "张", "exact", "target", "2026"),
                   ("不少于10场", 10, "场", "lower_bound", "target", "2026")]


def test_a_reply_to_a_deputys_suggestion_levels_now_and_goals_by_a_year(extractor: Extractor) -> None:
    """A 卫健委's 答复: 目前 dates what there is by the reply's own month; the next steps are targets, 到2027年 dating its
    goals, 左右 and 以上 kept; beds are beds."""
    text = ("某县卫生健康委员会关于县十届人大五次会议第12号建议的答复\n\n李代表：\n\n"
            "　　目前，全县医疗卫生机构实有床位1850张，"
            "每千常住人口床位数4.6张。\n\n　　下一步，我委将新增床位200张。到2027年，全县床位数达到2100张左右，"
            "每千常住人口执业（助理）医师数达到2.6人以上。\n")
    figs = _run(extractor, text, "2026-06-18", source="某县卫生健康委员会")
    got = _got(figs, "value", "qualifier", "role", "period")
    assert got == [("1850张", 1850, "exact", "level", "2026-06"), ("4.6张", 4.6, "exact", "level", "2026-06"),
                   ("200张", 200, "exact", "target", None), ("2100张左右", 2100, "approx", "target", "2027"),
                   ("2.6人以上", 2.6, "lower_bound", "target", "2027")]
    assert all("beds" in f["metric"] for f in figs if f["measure"] == "张")
