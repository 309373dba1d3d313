"""What the blind set data/gold/reports21 found: 2026 work reports of Jiangsu, Guangdong, Sichuan and Shaanxi (常州's
government work report reviewing 2025 by field, many figures a sentence; 云浮's intermediate court; 南充's people's
congress standing committee; 咸阳's human resources bureau's final accounts of 2025 with each project's 绩效 goals
planned and done): a heading of how the goals went (绩效目标完成情况：) opens no list of goals; what was spent short of
the budget is a change; suggestions put on a schedule (列入计划…的76件) are counted, not planned; a budget whose
execution rate follows was the year reviewed's; 实际开发 after 计划开发公益性岗位 counts what the plan counts.
Sentences invented, in the style of such texts."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_BUREAU = "某市人力资源和社会保障局"


def test_a_heading_of_how_the_goals_went_opens_no_list(extractor: Extractor) -> None:
    """绩效目标完成情况：计划培训3000人次，实际培训3120人次 — the goals' heading reports results; the items' own plan
    words still make targets, and the paragraph after it (年初预算600万元，全年支出600万元，执行率100%) is no list of
    goals: the spending and its rate are results, and a standard paid per head (每人每月1800元) a level."""
    text = ("二、项目支出绩效自评情况\n（一）技能培训项目。绩效目标完成情况：计划培训3000人次，实际培训3120人次，"
            "完成率104%；满意度目标值≥90%，实际值96.1%。\n\n（二）岗位补贴项目。年初预算600万元，全年支出600万元，执行率100%。"
            "岗位补贴标准为每人每月1800元。")
    got = _got(_run(extractor, "2025年度部门决算\n" + text, "2026-08-20", source=_BUREAU), "role")
    assert ("3000人次", "target") in got and ("3120人次", "level") in got and ("104%", "level") in got
    assert ("≥90%", "target") in got and ("96.1%", "level") in got
    assert ("100%", "level") in got and ("1800元", "level") in got
    assert sorted(r for q, r in got if q == "600万元") == ["level", "target"]


def test_spending_short_of_the_budget_is_a_change(extractor: Extractor) -> None:
    """“三公”经费支出15.2万元，比年初预算减少2.8万元: the gap to the budget, a change as 比计划多 is."""
    got = _got(_run(extractor, "2025年“三公”经费支出15.2万元，比年初预算减少2.8万元，下降15.6%。", "2026-08-20",
                    source=_BUREAU), "role")
    assert ("15.2万元", "level") in got and ("2.8万元", "change") in got and ("15.6%", "change") in got


def test_suggestions_put_on_a_schedule_are_counted(extractor: Extractor) -> None:
    """列入计划逐步解决的58件: suggestions now scheduled, a count of the year reviewed, not a plan."""
    text = "过去一年，代表提出建议312件，已全部办结，办结率100%；其中解决或基本解决的236件，列入计划逐步解决的58件。"
    got = _got(_run(extractor, text, "2026-02-05", source="某市人大常委会"), "role", "period")
    assert ("58件", "level", "2025") in got and ("236件", "level", "2025") in got and ("100%", "level", "2025") in got


def test_a_budget_whose_execution_rate_follows_is_of_the_year_reviewed(extractor: Extractor) -> None:
    """年初预算600万元，全年支出580万元，执行率96.7% in the accounts of 2025: the budget was 2025's goal, not undated."""
    text = "2025年度部门决算\n\n（二）岗位补贴项目。年初预算600万元，全年支出580万元，执行率96.7%。"
    got = _got(_run(extractor, text, "2026-08-20", source=_BUREAU), "role", "period")
    assert ("600万元", "target", "2025") in got and ("580万元", "level", "2025") in got


def test_the_plans_verb_repeated_counts_what_the_plan_counts(extractor: Extractor) -> None:
    """计划开发公益性岗位900个，实际开发936个: the noun left out after the verb repeated, the posts are jobs as the plan's
    are; so are those placed (实际安置). A verb the plan's clause does not hold (实际走访120个) lends nothing."""
    text = "计划开发公益性岗位900个，实际开发936个；计划安置就业困难人员800人，实际安置842人。"
    metrics = {f["quote"]: f["metric"] for f in _run(extractor, text, "2026-08-20", source=_BUREAU)}
    assert metrics["936个"] == metrics["900个"] and metrics["936个"].startswith("jobs.")
    assert metrics["842人"] == metrics["800人"] and metrics["842人"].startswith("jobs.")
    metrics = {f["quote"]: f["metric"] for f in _run(extractor, "计划开发公益性岗位900个，实际走访120个。", "2026-08-20")}
    assert not metrics["120个"].startswith("jobs.")
