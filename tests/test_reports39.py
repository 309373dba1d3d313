"""What the blind set data/gold/reports39 found: a county-level city's “十五五” 纲要 whose goal under “十五五”期间
(…比重达到65%) was dated at the plan's end, not over its years as GUIDE.md dates a goal of a plan, and whose 主要指标表
stopped reading at a row whose goal is a quota from above (单位地区生产总值能源消耗降低 … [完成省下达任务]); a 卫健委's
2025年工作总结和2026年工作要点 whose 二、2026年工作要点 opened no plan section (its goals levels); a bureau's reply to a
人大代表建议 whose goal 力争到2027年底，…，累计新增…5000个 read as a result (累计 a reset word) of the year 2000 (the
age of the homes in 2000年底前建成的老旧小区). Documents invented, in the style of such papers."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_POINTS = ("某市卫生健康委员会2025年工作总结和2026年工作要点\n一、2025年工作总结\n"
           "（一）医疗资源。截至2025年底，全市实有床位1.28万张。\n二、2026年工作要点\n"
           "（一）夯实基层。改造提升村卫生室60个，重点人群家庭医生签约率达到83%以上。\n"
           "（二）一老一小。新增普惠托位1200个。\n")


def test_the_years_work_points_are_its_goals(extractor: Extractor) -> None:
    """Under 二、2026年工作要点 the figures that name no plan word are the year's goals, as under 工作计划; the summary's
    figures stay levels of 2025."""
    got = _got(_run(extractor, _POINTS, "2026-01-12", source="某市卫生健康委员会"), "role", "period")
    assert got == [("1.28万张", "level", "2025"), ("60个", "target", "2026"), ("83%以上", "target", "2026"),
                   ("1200个", "target", "2026")]


def test_a_heading_of_how_the_work_points_went_opens_no_goals(extractor: Extractor) -> None:
    """A heading that reports how a year's work points were carried out (二、2025年工作要点落实情况) is a review."""
    text = _POINTS.replace("二、2026年工作要点", "二、2025年工作要点落实情况")
    got = _got(_run(extractor, text, "2026-01-12", source="某市卫生健康委员会"), "role")
    assert ("60个", "level") in got and ("1200个", "level") in got


def test_the_total_of_a_goal_due_by_a_horizon_is_the_goal(extractor: Extractor) -> None:
    """力争到2027年底，…，累计新增…: the total by the horizon is the goal, though 累计 after a clause mark resets a cue
    elsewhere; the year of 2000年底前建成的 dates the homes, not the goal."""
    text = "力争到2027年底，基本完成2000年底前建成的老旧小区改造任务，累计新增公共停车泊位5000个。"
    got = _got(_run(extractor, text, "2025-07-18", source="某市住房和城乡建设局"), "role", "period")
    assert got == [("5000个", "target", "2027")]


def test_a_total_after_a_planned_figure_is_progress(extractor: Extractor) -> None:
    """A figure between the plan and 累计 (计划投资8亿元，累计完成6亿元) makes the total progress on it: a level."""
    text = "该项目计划投资8亿元，累计完成投资6亿元。"
    got = _got(_run(extractor, text, "2025-07-18", source="某市住房和城乡建设局"), "role")
    assert got == [("8亿元", "target"), ("6亿元", "level")]


def test_a_year_before_which_things_were_built_is_no_period(extractor: Extractor) -> None:
    """2000年底前建成的小区 names the homes' age: the figure of the clause after it is of the year in force."""
    text = "今年全市改造2000年底前建成的老旧小区32个，新增停车位1850个。"
    got = _got(_run(extractor, text, "2025-07-18", source="某市住房和城乡建设局"), "period")
    assert got == [("32个", "2025"), ("1850个", "2025")]


def test_a_goal_reached_over_a_plan_ahead_is_dated_over_its_years(extractor: Extractor) -> None:
    """“十五五”期间，…比重达到65% in a plan of 2026: a goal due over the plan, 2026-2030 (到“十五五”末 names its end, 2030);
    a level the plan under way grew to (“十四五”以来…增至58家 in December 2025) is of its last year still."""
    text = "“十五五”期间，全市战略性新兴产业产值占规模以上工业产值比重达到65%。到“十五五”末，护理型床位占比达到70%。"
    got = _got(_run(extractor, text, "2026-02-10", source="某市人民政府"), "role", "period")
    assert got == [("65%", "target", "2026-2030"), ("70%", "target", "2030")]
    text = "“十四五”以来，全市A级景区增至58家。"
    got = _got(_run(extractor, text, "2025-12-20", source="某市文化广电和旅游局"), "role", "period")
    assert got == [("58家", "level", "2025")]


_TABLE = ("表1　某市“十五五”经济社会发展主要指标\n\n指标\t单位\t2025年\t2030年\t年均增长（%）\t属性\n"
          "地区生产总值\t亿元\t1568.2\t2000\t5.5左右\t预期性\n"
          "单位地区生产总值能源消耗降低\t%\t—\t—\t[完成省下达任务]\t约束性\n"
          "森林覆盖率\t%\t19.6\t20.5\t—\t约束性\n")


def test_a_plans_table_reads_on_past_a_quota_from_above(extractor: Extractor) -> None:
    """A row whose goal is a quota from above ([完成省下达任务]) gives no figure, as a blank cell does; the rows after
    it are read."""
    got = _got(_run(extractor, _TABLE, "2026-02-10", source="某市人民政府"), "value", "role", "period")
    assert got[:3] == [("1568.2", 156820000000, "level", "2025"), ("2000", 200000000000, "target", "2030"),
                       ("5.5左右", 5.5, "target", "2026-2030")]
    assert ("19.6", 19.6, "level", "2025") in got and ("20.5", 20.5, "target", "2030") in got
