"""What the blind set data/gold/reports38 found: a city's 主要预期目标 set out one goal a numbered paragraph (　　（一）…；
/ 　　（二）…；) were levels and changes after the first, the list its lead (…主要预期目标是：) opened being handed to one
paragraph only; under a headline of one plan's summary and the next's plans (“十四五”工作总结及“十五五”工作思路, written
as the one ends), the goals that name no time were dated over the plan under way, not the next one the text plans;
and a half-year report (2025年上半年工作总结和下半年工作计划) did not date its halves as a report of two years does.
Documents invented, in the style of such reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_GOALS = ("某市2026年政府工作报告\n　　今年经济社会发展的主要预期目标是：\n　　（一）地区生产总值增长5.5%左右；\n"
          "　　（二）城镇新增就业3.4万人以上；\n　　（三）粮食产量稳定在210万吨以上。\n")


def test_a_list_of_goals_runs_on_over_its_numbered_paragraphs(extractor: Extractor) -> None:
    """Each goal a paragraph of its own, numbered as the first is: all of them are the list's, targets (not 增长
    5.5%左右 a target and 3.4万人以上 a level); a paragraph after them not numbered so is no item of it, a level."""
    text = _GOALS + "　　全市现有医疗卫生机构床位2.9万张。\n"
    got = _got(_run(extractor, text, "2026-02-06", source="某市人民政府"), "value", "role", "period")
    assert got == [("5.5%左右", 5.5, "target", "2026"), ("3.4万人以上", 34000, "target", "2026"),
                   ("210万吨以上", 2100000, "target", "2026"), ("2.9万张", 29000, "level", "2026")]


def test_a_paragraph_numbered_otherwise_ends_the_list(extractor: Extractor) -> None:
    """A paragraph numbered by another level (1.) than the goals' (（一）) is not one of them: its figure is a level."""
    text = _GOALS + "　　1.全市医疗卫生机构床位2.9万张。\n"
    got = _got(_run(extractor, text, "2026-02-06", source="某市人民政府"), "role")
    assert got[-1] == ("2.9万张", "level") and got[1] == ("3.4万人以上", "target")


def test_a_list_of_results_hands_no_goals_on(extractor: Extractor) -> None:
    """A lead that opens no target list (主要指标完成情况如下：) leaves its numbered paragraphs' figures levels."""
    text = _GOALS.replace("主要预期目标是", "主要指标完成情况如下")
    got = _got(_run(extractor, text, "2026-02-06", source="某市人民政府"), "role")
    assert ("3.4万人以上", "level") in got and ("210万吨以上", "level") in got


_PLANS = ("某县卫生健康局“十四五”工作总结及“十五五”工作思路\n一、“十四五”主要工作成效\n"
          "床位数由2020年的1800张增至2025年的2400张。\n二、“十五五”工作思路\n"
          "（一）加强人才队伍建设。计划引进卫生专业技术人才300名，其中高层次人才20名。\n")


def test_the_goals_of_a_summary_and_the_next_plans_are_of_the_next_plan(extractor: Extractor) -> None:
    """In December 2025 the headline sums up 十四五 and sets out 十五五: the goals that name no time are due over
    2026-2030, the next plan's years, not over 2021-2025, the plan under way; the summary's pair keeps its years."""
    got = _got(_run(extractor, _PLANS, "2025-12-18", source="某县卫生健康局"), "value", "role", "period")
    assert got == [("1800张", 1800, "level", "2020"), ("2400张", 2400, "level", "2025"),
                   ("300名", 300, "target", "2026-2030"), ("20名", 20, "target", "2026-2030")]


def test_a_headline_of_the_plan_under_way_alone_keeps_its_years(extractor: Extractor) -> None:
    """A summary of 十四五 with no plan of the next (某县卫生健康局“十四五”工作思路) names the plan under way: its
    goals are due over 2021-2025 still."""
    text = _PLANS.replace("“十四五”工作总结及“十五五”工作思路", "“十四五”工作思路")
    got = _got(_run(extractor, text, "2025-12-18", source="某县卫生健康局"), "period")
    assert got[-2:] == [("300名", "2021-2025"), ("20名", "2021-2025")]


_HALVES = ("某区人社局2025年上半年工作总结和下半年工作计划\n一、上半年工作总结\n"
           "（一）稳定就业。截至6月底，全区参保人数达到12.4万人。\n（二）技能培训。开展职业技能培训3100人次。\n"
           "二、下半年工作计划\n（一）稳定就业。力争全年城镇新增就业5000人以上。\n（二）技能培训。开展职业技能培训2600人次。\n")


def test_the_halves_of_a_year_date_a_half_year_report(extractor: Extractor) -> None:
    """Under a headline of the first half's summary and the second's plan, a part of the summary naming no time is of
    the first half (not of the month 截至6月底 named in the part before it); the plan's goals are of the second half,
    but for 全年, the whole year's goal."""
    got = _got(_run(extractor, _HALVES, "2025-07-10", source="某区人社局"), "value", "role", "period")
    assert got == [("12.4万人", 124000, "level", "2025-06"), ("3100人次", 3100, "level", "2025H1"),
                   ("5000人以上", 5000, "target", "2025"), ("2600人次", 2600, "target", "2025H2")]


def test_a_half_years_summary_alone_opens_no_halves(extractor: Extractor) -> None:
    """A headline of the first half's summary alone (某区人社局2025年上半年工作总结) names no plan half: the plan's
    goal that names no time is not dated to the second half."""
    text = _HALVES.replace("和下半年工作计划", "")
    got = _got(_run(extractor, text, "2025-07-10", source="某区人社局"), "period")
    assert ("2600人次", "2025H2") not in got
