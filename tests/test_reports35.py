"""What the blind set data/gold/reports35 found: five planning and report texts for 2026, the first year of the 十五五 (a
市's 规划纲要 with its table of main indicators, a 县's 十四五 实施情况总结, a 省卫健委's 工作要点, a 区 人社局's 总结和计划,
a 镇's 政府工作报告). Blind, recall 0.85: the table of indicators, with a unit column between a group column and the
years (类别 指标 单位 2025年基期值 2030年目标值 年均增长（%） 属性), read nothing; a result after 五年累计 in a review took
the year of the sentence before it; a share after a goal's value (为规划目标340亿元的104.8%) read as a goal, and the
goal's value in brackets at a clause's end (超额完成规划目标（5.8张）) as a result. Texts and sentences invented, in
the style of such documents."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_PLAN = ("某市国民经济和社会发展第十五个五年规划纲要\n表1　主要指标\n"
         "类别\t指标\t单位\t2025年基期值\t2030年目标值\t年均增长（%）\t属性\n"
         "经济发展\t地区生产总值\t亿元\t260\t350\t6左右\t预期性\n"
         "民生福祉\t城镇新增就业\t万人\t[1.9]\t[2]\t—\t预期性\n"
         "绿色生态\t森林覆盖率\t%\t31.5\t33\t—\t约束性\n")


def test_a_plans_table_with_a_unit_column_after_a_group_column_reads_its_rows(extractor: Extractor) -> None:
    """类别 指标 单位 … 属性: each row's unit in its own cell (亿元, 万人, %), the base year's levels, the goals of 2030,
    the yearly growth over 2026-2030 with its qualifier word and no mark of its own (6左右 under 年均增长（%）), the sums
    in brackets over the plan's years each side of 2025."""
    got = _got(_run(extractor, _PLAN, "2026-02-20", source="某市人民政府"), "value", "measure", "qualifier", "role",
               "period")
    assert got == [("260", 26_000_000_000, "元", "exact", "level", "2025"),
                   ("350", 35_000_000_000, "元", "exact", "target", "2030"),
                   ("6左右", 6, "%", "approx", "target", "2026-2030"),
                   ("1.9", 19_000, "人", "exact", "level", "2021-2025"),
                   ("2", 20_000, "人", "exact", "target", "2026-2030"),
                   ("31.5", 31.5, "%", "exact", "level", "2025"),
                   ("33", 33, "%", "exact", "target", "2030")]


def test_a_plans_table_with_a_unit_column_and_no_leading_column_reads_its_rows(extractor: Extractor) -> None:
    """指标 单位 2025年 2030年 属性, no 序号 or 类别 before the label: the trailing column of words still makes it a plan's
    table of indicators, each row's unit its own cell; the year columns name no role, the later a goal."""
    text = ("某县“十五五”规划纲要\n表2　民生指标\n指标\t单位\t2025年\t2030年\t属性\n"
            "每千人口医疗卫生机构床位数\t张\t6.1\t7\t预期性\n城镇新增就业\t人\t[9800]\t[10000]\t预期性\n")
    got = _got(_run(extractor, text, "2026-02-20", source="某县人民政府"), "value", "measure", "role", "period")
    assert got == [("6.1", 6.1, "张", "level", "2025"), ("7", 7, "张", "target", "2030"),
                   ("9800", 9800, "人", "level", "2021-2025"), ("10000", 10000, "人", "target", "2026-2030")]


def test_a_result_after_a_five_year_sum_in_a_review_is_of_the_plans_years(extractor: Extractor) -> None:
    """五年累计 in a review of January 2026, a sentence of 2025 before it: the sum and the goal it is measured against are
    of 2021-2025; the same words in a plan of 2024 counting three years (三年累计, as long as no plan that closed in
    2023) keep the plan's reading, and a year of the document's or later before the sum (到2026年) frames it."""
    text = ("某县“十四五”规划实施情况总结\n2025年，全县地区生产总值完成356亿元。五年累计新增城镇就业1.5万人，"
            "完成规划目标1.4万人的107.1%。\n")
    got = _got(_run(extractor, text, "2026-01-15", source="某县发展和改革局"), "value", "role", "period")
    assert [g for g in got if g[0] != "五年"] == [("356亿元", 35_600_000_000, "level", "2025"),
                                                 ("1.5万人", 15_000, "level", "2021-2025"),
                                                 ("1.4万人", 14_000, "target", "2021-2025"),
                                                 ("107.1%", 107.1, "level", "2021-2025")]
    plan = "某县工业三年行动方案\n到2026年，三年累计新增规上工业企业60家。\n"
    got = _got(_run(extractor, plan, "2024-03-15", source="某县人民政府"), "role", "period")
    assert ("60家", "target", "2026") in got


def test_the_share_after_a_goals_value_is_a_result_the_value_in_brackets_a_goal(extractor: Extractor) -> None:
    """为规划目标340亿元的104.8%: the goal's value, then the share of it done, a result (as after 完成…目标); 超额完成规划
    目标（5.8张）。: the goal's value in brackets closing its clause, a goal beside the result before it. 规划目标500亿元
    with nothing after it stays a goal."""
    text = ("某县规划实施情况\n2025年，全县地区生产总值完成356.2亿元，为规划目标340亿元的104.8%。每千人口床位数达到6.2张，"
            "超额完成规划目标（5.8张）。\n")
    got = _got(_run(extractor, text, "2026-01-15", source="某县发展和改革局"), "role")
    assert got == [("356.2亿元", "level"), ("340亿元", "target"), ("104.8%", "level"), ("6.2张", "level"),
                   ("5.8张", "target")]
    goal = "某县发展规划\n到2030年，全县地区生产总值规划目标500亿元。\n"
    assert _got(_run(extractor, goal, "2026-02-10", source="某县人民政府"), "role") == [("500亿元", "target")]
