"""What a probe of ~100 invented sentences of forecasts, budgets and plans found wrong in the role (GUIDE.md: level,
target, change): a goal's quota set against last year's written with the quota first (目标任务较上年增加1000人) was read
as a goal, though the same step written 比上年目标提高400人 is a change, the step between two goals; a budget, quota or
plan revised by so much (预算调增1.2亿元) was a goal, though the sum revised to (调增至50亿元) is the goal and the step a
change; money sought and got (争取到中央和省级资金3.2亿元, 比上年多争取0.6亿元) was read as a goal under 争取. The
neighbours that were right and stay so are checked beside each fix: a forecast's change stays a goal (预计…比上年多1200人),
as the gold sets annotate it. Sentences invented, in the style of work reports and budget reports."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

pytestmark = pytest.mark.slow

_MAR = "2026-03-10"


def _roles(ex: Extractor, text: str) -> list[tuple]:
    return _got(_run(ex, "绵阳市统计局发布。\n" + text, _MAR, "绵阳日报"), "role")


def test_a_goals_quota_set_against_last_years_is_a_change(extractor: Extractor) -> None:
    """目标任务较上年增加1000人: the quota named first, then the year it is set against, the step between two goals,
    as 比上年目标提高400人 is (a change in the gold sets); a bare 目标 before the base, 全年目标较上年增长6%左右,
    says the goal is that growth and stays a goal."""
    assert _roles(extractor, "今年城镇新增就业目标任务较上年增加1000人。") == [("1000人", "change")]
    assert _roles(extractor, "今年城镇新增就业目标任务较上年调增1000人。") == [("1000人", "change")]
    assert _roles(extractor, "今年全市目标任务数较上年增加5%。") == [("5%", "change")]
    assert _roles(extractor, "今年下达的目标任务比上年减少2000人。") == [("2000人", "change")]
    # (neighbours that stay)
    assert _roles(extractor, "今年目标比上年目标增加500人。") == [("500人", "change")]
    assert _roles(extractor, "全年目标较上年增长6%左右。") == [("6%左右", "target")]
    assert _roles(extractor, "力争全年地区生产总值比上年增长6%。") == [("6%", "target")]
    assert _roles(extractor, "城镇新增就业目标为1.1万人，比上年目标增加1000人。") == [
        ("1.1万人", "target"), ("1000人", "change")]


def test_a_budget_or_plan_revised_by_so_much_is_a_change(extractor: Extractor) -> None:
    """预算调增1.2亿元, 计划投资上调2亿元: the step between the sum first set and the sum it became, a change; the sum it
    became (调增至50亿元) and the budgets themselves stay goals, what was spent a level."""
    assert _roles(extractor, "全市财政预算调增1.2亿元用于保障民生。") == [("1.2亿元", "change")]
    assert _roles(extractor, "今年全县计划投资上调2亿元。") == [("2亿元", "change")]
    assert _roles(extractor, "今年年度目标任务调减500人。") == [("500人", "change")]
    # (neighbours that stay)
    assert _roles(extractor, "年度计划投资调增至50亿元。") == [("50亿元", "target")]
    assert _roles(extractor, "卫生健康支出调增1200万元。") == [("1200万元", "change")]
    assert _roles(extractor, "全市一般公共预算收入年初预算为20亿元，调整预算为18.5亿元，调减1.5亿元。") == [
        ("20亿元", "target"), ("18.5亿元", "target"), ("1.5亿元", "change")]
    assert _roles(extractor, "教育支出年初预算8.2亿元，执行数8.5亿元，完成预算的103.7%。") == [
        ("8.2亿元", "target"), ("8.5亿元", "level"), ("103.7%", "level")]


def test_money_sought_and_got_is_a_result(extractor: Extractor) -> None:
    """争取到中央和省级资金3.2亿元: 到 marks what the seeking brought, a level, and 比上年多争取0.6亿元 the more got than
    the year before, a change; 争取 with a horizon after 到 (争取到2027年, 争取到年底) still strives for a goal, and 争取
    with no 到 stays a goal."""
    assert _roles(extractor, "我县争取到中央和省级资金3.2亿元，比上年多争取0.6亿元。") == [
        ("3.2亿元", "level"), ("0.6亿元", "change")]
    assert _roles(extractor, "今年以来争取到上级补助资金8600万元。") == [("8600万元", "level")]
    # (neighbours that stay)
    assert _roles(extractor, "争取到2027年建成养老床位3000张。") == [("3000张", "target")]
    assert _roles(extractor, "争取到年底新增城镇就业1万人。") == [("1万人", "target")]
    assert _roles(extractor, "争取到2030年，全市养老床位达到3万张。") == [("3万张", "target")]
    assert _roles(extractor, "今年争取新增市场主体2000户。") == [("2000户", "target")]


def test_forecasts_plans_and_budgets_keep_their_roles(extractor: Extractor) -> None:
    """The sentences of the probe that were right: a forecast's change is a goal (预计…比上年多1200人, as the gold sets
    annotate 预计…比上年多1.5亿斤), a plan's or a pledge's figures are goals, a budget's sum is a goal and what it came
    to a level, a growth with no plan word a change."""
    cases = {
        "预计全年城镇新增就业比上年多1200人。": [("1200人", "target")],
        "预计全年完成固定资产投资86亿元。": [("86亿元", "target")],
        "全年城镇新增就业有望达到1.5万人。": [("1.5万人", "target")],
        "全县旅游收入可望突破20亿元。": [("突破20亿元", "target")],
        "今年全区将新增养老床位600张。": [("600张", "target")],
        "明年计划投资12亿元建设道路。": [("12亿元", "target")],
        "市财政拟安排资金3000万元支持创业。": [("3000万元", "target")],
        "今年预算安排就业补助资金5600万元。": [("5600万元", "target")],
        "力争实现地区生产总值增长6%。": [("6%", "target")],
        "确保完成城镇新增就业1.2万人。": [("1.2万人", "target")],
        "全年新增城镇就业不少于8000人。": [("不少于8000人", "target")],
        "居民人均可支配收入年均增长6%以上。": [("6%以上", "change")],
        "“十五五”期间，全市地区生产总值年均增长6%左右。": [("6%左右", "target")],
        "1至9月城镇新增就业9600人，完成目标任务1.2万人的80%。": [
            ("9600人", "level"), ("1.2万人", "target"), ("80%", "level")],
        "今年预计全县粮食总产量达到30万吨，比上年增产1.2万吨。": [("30万吨", "target"), ("1.2万吨", "target")],
        "今年全市计划投资120亿元，比上年增长10%。": [("120亿元", "target"), ("10%", "target")],
        "全县计划培训农民工5000人次，实际完成5600人次。": [("5000人次", "target"), ("5600人次", "level")],
        "今年以来，全县城镇新增就业3200人，预计全年可完成8000人，比上年多500人。": [
            ("3200人", "level"), ("8000人", "target"), ("500人", "target")],
        "全年一般公共预算收入预计完成12.5亿元，较年初预算增加0.5亿元。": [("12.5亿元", "target"), ("0.5亿元", "change")],
    }
    for text, want in cases.items():
        assert _roles(extractor, text) == want, text
