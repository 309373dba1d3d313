"""A probe of role where a goal and its result meet in one sentence, after roleprobe113: the result's thing reworded
after a goal on a count (全年目标新增就业1.2万人，全年共安置1.35万人), a rate's goal and the year's average
(失业率目标控制在5.5%以内，全年平均为5.1%), the year's bare quota (年度任务1.2万人, 全年任务数为3000人) and the capacity a
project with a planned cost is to add (计划总投资12亿元，新增日处理能力5万吨). Sentences invented, in the style of
work reports and statistics bulletins.

Seen and left alone: 全年目标新增就业1.2万人，全年培训农民工3000人 (a clause of the year without a tally word may be the
next goal of a list: both stay targets); 全年目标为地区生产总值增长6%，全年为5.6% (the growth's result is a change, not a
level: it stays a target); 全年计划新增就业1万人，全年城镇新增就业1.12万人 (the thing reworded, no tally word) stays a
target."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _roles(extractor: Extractor, sentence: str, published: str = "2027-01-20") -> list[tuple]:
    text = "某县2026年就业和项目建设情况\n　　" + sentence + "\n"
    return _got(_run(extractor, text, published, source="某县人民政府"), "role")


def test_a_tally_of_the_year_after_a_count_goal_is_its_result(extractor: Extractor) -> None:
    """全年共安置…, 全年累计培训…: the year's tally after the goal, its thing reworded or left unsaid, is what was done;
    a clause of the year with no tally word may list the next goal and stays one."""
    assert _roles(extractor, "全年目标新增就业1.2万人，全年共安置1.35万人。") == [
        ("1.2万人", "target"), ("1.35万人", "level")]
    assert _roles(extractor, "城镇新增就业年度目标8000人，全年共计安置就业8630人。") == [
        ("8000人", "target"), ("8630人", "level")]
    assert _roles(extractor, "全年目标新增就业1.2万人，全年培训农民工3000人。", "2026-01-20") == [
        ("1.2万人", "target"), ("3000人", "target")]


def test_the_years_average_after_a_rates_goal_is_a_level(extractor: Extractor) -> None:
    """失业率目标控制在5.5%以内，全年平均为5.1%: the rate the year came out at; a goal on a growth is left alone."""
    assert _roles(extractor, "城镇调查失业率目标控制在5.5%以内，全年平均为5.1%。") == [
        ("5.5%以内", "target"), ("5.1%", "level")]
    assert _roles(extractor, "全年目标为地区生产总值增长6%，全年一般公共预算收入为30亿元。", "2026-01-20") == [
        ("6%", "target"), ("30亿元", "target")]


def test_the_years_bare_quota_is_a_target(extractor: Extractor) -> None:
    """年度任务1.2万人, 全年任务数为3000人: the quota set for the year; 完成年度任务, 年度任务完成率 and 占年度任务的
    are no cue."""
    assert _roles(extractor, "年度任务1.2万人，已完成1.05万人。") == [("1.2万人", "target"), ("1.05万人", "level")]
    assert _roles(extractor, "农村公路建设全年任务数为120公里，全年完成136公里。") == [
        ("120公里", "target"), ("136公里", "level")]
    assert _roles(extractor, "全县提前完成年度任务，全年新增就业1.35万人。") == [("1.35万人", "level")]
    assert _roles(extractor, "年度任务完成率108.7%。") == [("108.7%", "level")]
    assert _roles(extractor, "新增就业1.35万人，占年度任务的112.5%。") == [("1.35万人", "level"), ("112.5%", "level")]


def test_the_capacity_a_project_with_a_planned_cost_adds_is_a_target(extractor: Extractor) -> None:
    """计划总投资12亿元，新增日处理能力5万吨: what the project is to give; 已新增 after it, or no plan, a level."""
    assert _roles(extractor, "污水处理厂扩建项目计划总投资12亿元，新增日处理能力5万吨。", "2026-03-10") == [
        ("12亿元", "target"), ("5万吨", "target")]
    assert _roles(extractor, "该项目计划总投资12亿元，已新增日处理能力3万吨。", "2026-03-10") == [
        ("12亿元", "target"), ("3万吨", "level")]
    assert _roles(extractor, "全年新增污水处理能力5万吨/日。") == [("5万吨/日", "level")]
