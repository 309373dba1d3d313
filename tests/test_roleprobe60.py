"""What a probe of ~80 invented sentences of work reports, plans and budgets found wrong in the role and period of
their figures (GUIDE.md: role, period): a 下一步工作打算： list past its first item was results; a cumulative goal
over a span given (利用两年时间，累计…) or by a year's end estimated (预计到年底，累计…) was reset to a level by its
累计; the change of a budget against last year's budget (较上年预算数增加…) was a target; a level 持平于上年水平
took last year as its period; in a report of January an estimate of 全年 (预计完成) and a goal of the year set against
its result (全年计划…，实际…) took the new year, where the result and its growth took the year just over. Sentences
invented, in the style of such reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_JAN = "2026-01-20"


def _roles(ex: Extractor, text: str, published: str = _JAN) -> list[tuple]:
    return _got(_run(ex, text, published, source="某县人民政府"), "role", "period")


def test_a_next_steps_section_lists_plans_past_its_first_item(extractor: Extractor) -> None:
    """下一步工作打算：一是…；二是…: the section's cue and its colon open a list, as 主要预期目标： does; the second item,
    with no cue of its own past the semicolon, is a plan too. A report's review before it keeps its levels."""
    got = _roles(extractor, "下一步工作打算：一是力争新增市场主体3000户；二是完成棚户区改造1200户。")
    assert [g[1] for g in got] == ["target", "target"]
    got = _roles(extractor, "全年新增市场主体2860户，完成棚户区改造1150户。")
    assert [g[1] for g in got] == ["level", "level"]


def test_a_cumulative_goal_over_a_span_given_or_by_the_years_end_stays_a_goal(extractor: Extractor) -> None:
    """计划利用两年时间，累计改造农村公路300公里: the years given are the goal's horizon, as 到2027年 is, so 累计 after
    the clause mark totals the goal; 预计到年底，累计完成… estimates the total by then. After a figure of progress the
    total reports it (计划投资8亿元，累计完成6亿元)."""
    got = _roles(extractor, "下一步，我们计划利用两年时间，累计改造农村公路300公里。")
    assert ("300公里", "target", "") in [(q, r, p or "") for q, r, p in got]
    got = _roles(extractor, "力争用3年时间，累计培育专精特新企业50家。")
    assert got[-1][:2] == ("50家", "target")
    got = _roles(extractor, "预计到年底，全市累计完成老旧小区改造320个。")
    assert got[0][:2] == ("320个", "target")
    got = _roles(extractor, "今年计划投资8亿元，累计完成6亿元。")
    assert [g[1] for g in got] == ["target", "level"]


def test_a_budgets_change_against_last_years_budget_is_a_change(extractor: Extractor) -> None:
    """较上年预算数增加2400万元: last year's budget is the base of the comparison, the figure the change against it,
    as 比上年增加 is beside it; the budget itself stays the plan it is."""
    got = _roles(extractor, "2026年全县农林水支出预算安排3.8亿元，较上年预算数增加2400万元，增长6.7%。")
    assert got == [("3.8亿元", "target", "2026"), ("2400万元", "change", "2026"), ("6.7%", "change", "2026")]


def test_level_with_last_year_is_a_comparison_not_the_period(extractor: Extractor) -> None:
    """今年，…持平于上年水平，为3.2万人: 上年 after 持平于 is the base, as after 与 or 比; the figure is this year's."""
    got = _roles(extractor, "今年，全市城镇新增就业持平于上年水平，为3.2万人。", "2026-06-20")
    assert got == [("3.2万人", "level", "2026")]


def test_a_january_estimate_of_the_year_is_of_the_year_just_over(extractor: Extractor) -> None:
    """全年财政收入预计完成32亿元，同比增长3% in a report of January: the estimate and its growth are both of the year
    that has just closed; the same words in a report of June estimate the year under way, and a goal for 全年 set in
    January (力争全年…) is the new year's."""
    assert _roles(extractor, "全年财政收入预计完成32亿元，同比增长3%。") == [
        ("32亿元", "target", "2025"), ("3%", "change", "2025")]
    assert _roles(extractor, "全年财政收入预计完成32亿元，同比增长3%。", "2026-06-20")[0] == ("32亿元", "target", "2026")
    assert _roles(extractor, "下一步，全区将力争全年税收收入突破50亿元。") == [("突破50亿元", "target", "2026")]


def test_a_january_goal_of_the_year_set_against_its_result_is_of_the_year_just_over(extractor: Extractor) -> None:
    """全年计划培训5000人次，实际培训5320人次; 年度目标为…，实际完成…，完成率108%: the goal paired with what was done
    is the year reviewed's, as its result is; a goal that only promises to be met (确保完成) is the new year's."""
    assert _roles(extractor, "全年计划培训农村劳动力5000人次，实际培训5320人次。") == [
        ("5000人次", "target", "2025"), ("5320人次", "level", "2025")]
    assert _roles(extractor, "年度目标为新增城镇就业5000人，实际完成5400人，完成率108%。") == [
        ("5000人", "target", "2025"), ("5400人", "level", "2025"), ("108%", "level", "2025")]
    assert _roles(extractor, "全年计划完成造林绿化面积2万亩，确保完成。") == [("2万亩", "target", "2026")]
