"""A probe of role where a goal and its outcome, or a quota and its execution, sit in one sentence: a quota handed down
to a place (下达…任务1.2万人) read as a level, a result clause that opens on 完成 right before its number after a plan
(全年计划投资12亿元，全年完成投资13亿元) read as the plan, and the three quarters over (前三季度新增…) after a year's goal
read as the goal. Sentences invented, in the style of progress notices and work reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _roles(extractor: Extractor, sentence: str, published: str = "2026-10-12") -> list[tuple]:
    text = "某市重点工作进展情况通报\n　　" + sentence + "\n"
    return _got(_run(extractor, text, published, source="某市人民政府办公室"), "role")


def test_a_quota_handed_down_or_taken_on_is_a_goal(extractor: Extractor) -> None:
    """下达…任务N, 承担…任务N, 任务数为N: the quota a place must meet is a target; what it has done so far (已, 目前)
    is a level; 完成省下达的…任务N reports what was done."""
    assert _roles(extractor, "年初下达城镇新增就业任务1.2万人，已完成1.35万人。") == [
        ("1.2万人", "target"), ("1.35万人", "level")]
    assert _roles(extractor, "省里下达我市保障性住房建设任务3000套，目前已开工3200套。") == [
        ("3000套", "target"), ("3200套", "level")]
    assert _roles(extractor, "省里下达我县2026年农村公路建设任务120公里。", "2026-01-15") == [
        ("120公里", "target")]
    assert _roles(extractor, "今年我市承担国家下达的造林绿化任务6万亩。", "2026-01-15") == [("6万亩", "target")]
    assert _roles(extractor, "省下达我市任务数为2600户，已完成2750户。") == [("2600户", "target"), ("2750户", "level")]
    assert _roles(extractor, "分解下达各县区新增就业任务共计2.6万人，各地已完成2.2万人。") == [
        ("2.6万人", "target"), ("2.2万人", "level")]
    assert _roles(extractor, "全年完成省下达的造林任务5.2万亩，超额完成0.4万亩。", "2026-01-15")[0] == (
        "5.2万亩", "level")
    assert _roles(extractor, "县财政下达专项资金500万元，用于完成改造任务30户。") == [
        ("500万元", "level"), ("30户", "level")]


def test_a_clause_of_completion_after_a_plan_reports_the_result(extractor: Extractor) -> None:
    """完成13亿元 or 完成投资13亿元 after 计划投资12亿元: the thing left unsaid or the plan's own word, what was done; a
    plan's list naming another thing after 完成, or a time ahead (年内, 6月底前), stays a plan."""
    assert _roles(extractor, "全年计划投资12亿元，全年完成投资13亿元。", "2026-12-28") == [
        ("12亿元", "target"), ("13亿元", "level")]
    assert _roles(extractor, "年度目标为新增就业1万人，全年完成1.1万人，完成率110%。", "2026-12-28") == [
        ("1万人", "target"), ("1.1万人", "level"), ("110%", "level")]
    assert _roles(extractor, "计划改造农房500户，完成520户，完成率104%。") == [
        ("500户", "target"), ("520户", "level"), ("104%", "level")]
    assert _roles(extractor, "2026年计划实施项目100个，完成投资150亿元。", "2026-01-20") == [
        ("100个", "target"), ("150亿元", "target")]
    assert _roles(extractor, "今年计划投资12亿元，年内完成8亿元。", "2026-01-20") == [
        ("12亿元", "target"), ("8亿元", "target")]
    assert _roles(extractor, "今年计划改造老旧小区40个，6月底前完成20个。", "2026-01-20") == [
        ("40个", "target"), ("20个", "target")]


def test_the_three_quarters_over_report_progress_on_the_years_goal(extractor: Extractor) -> None:
    """前三季度新增… after a year's goal is what the quarters already over did, as 1-9月 and 前9个月 are."""
    assert _roles(extractor, "年度新增就业目标1.5万人，前三季度新增1.38万人。") == [
        ("1.5万人", "target"), ("1.38万人", "level")]
    assert _roles(extractor, "全年目标新增市场主体5000户，前三季度累计新增4300户。") == [
        ("5000户", "target"), ("4300户", "level")]
