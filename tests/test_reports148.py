"""What the blind set data/gold/reports148 showed: five official texts of kinds the reports sets use least or not at all (a
县人民医院 工作总结 with its beds, visits and rates, a 市审计局 工作总结 with sums found, cut and put right, a
省人社厅 前三季度 新闻发布稿, a 市生态环境局 工作总结 held against the province's goals, a 县农业农村局 工作总结 with
its towns), each mixing levels, goals, changes and the results of goals in one sentence. Blind: role 0.9497, period
0.9942. Six forms came out wrong: the drafting of a budget named as what an audit looked into
(查出预算编制不细化…等问题金额6.18亿元) cued a goal and lost its year; a goal's value written before its name or in
brackets after it, with the lead written by an adjective (比年初确定的90%目标高4.3个百分点,
比省下达的年度目标（40微克/立方米）低2微克/立方米) left the lead a level and the bracketed goal a level; the excess
over a plan set in the clause before (计划新建120公里，超额完成6公里) was read under that plan as a goal; the size of
the largest rise named in the clause before (提高幅度最大，达到5.8个百分点) was a level; what an audit cut
(分别审减7300万元和3900万元) was a fall; and a rise over the year's estimated result (比今年预计完成数增加3万人次)
lost the training it counts.
Sentences invented."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures
from tests.goldsets import scored


def _rows(extractor: Extractor, text: str, published: str = "2026-01-20") -> dict[str, tuple[str, str, str]]:
    """Each figure's quote with its role, period and metric, read as a document of `published`."""
    return {f["quote"]: (f["role"], f["period"], f["metric"]) for f in dated_figures(extractor, text, published)}


@pytest.mark.parametrize(("text", "quote"), [
    ("一、2025年工作回顾\n\n审计查出部分单位预算编制不完整问题金额860万元。", "860万元"),
    ("一、2025年工作回顾\n\n审计查出预算编制粗放、项目储备不足等问题资金1.3亿元。", "1.3亿元"),
])
def test_a_budget_drafted_that_an_audit_looks_into_sets_no_goal(extractor: Extractor, text: str, quote: str) -> None:
    """预算编制不完整: the drafting of a budget named as the work an audit looked into, no budget set; the sum it found is a
    result of the year reviewed. A budget set still is a goal (2026年部门预算安排5.34亿元)."""
    assert _rows(extractor, text)[quote][:2] == ("level", "2025")
    assert _rows(extractor, "2026年部门预算安排5.34亿元。")["5.34亿元"][0] == "target"


@pytest.mark.parametrize(("text", "goal", "lead"), [
    ("群众满意率为93.5%，比年初确定的90%目标高3.5个百分点。", "90%", "3.5个百分点"),
    ("全市二氧化氮平均浓度为24微克/立方米，比年度目标（27微克/立方米）低3微克/立方米。", "27微克/立方米", "3微克/立方米"),
    ("全年完成造林1.2万亩，较计划（1万亩）多0.2万亩。", "1万亩", "0.2万亩"),
])
def test_a_lead_over_a_goal_whose_value_stands_beside_its_name_is_a_change(
        extractor: Extractor, text: str, goal: str, lead: str) -> None:
    """比年初确定的90%目标高3.5个百分点, 比年度目标（27微克/立方米）低3微克/立方米: the goal's value written before its
    name or in brackets after it, the lead written by an adjective after it, a gap as 高于目标3.5个百分点 is; the goal's
    value is a goal."""
    rows = _rows(extractor, text)
    assert rows[lead][0] == "change" and rows[goal][0] == "target"


@pytest.mark.parametrize(("text", "quote"), [
    ("全年计划培训2000人次，超额完成350人次。", "350人次"),
    ("2025年计划新建村级养老服务站40个，超额完成5个。", "5个"),
])
def test_the_excess_over_a_plan_set_in_the_clause_before_is_a_change(
        extractor: Extractor, text: str, quote: str) -> None:
    """计划新建村级养老服务站40个，超额完成5个: 超额 names the quota passed, the plan before it; the excess is a gap to
    that goal as 超计划完成 is, not a goal of the plan word."""
    assert _rows(extractor, text)[quote][0] == "change"


@pytest.mark.parametrize(("text", "quote"), [
    ("各县中，甲县粮食产量增幅最大，达到6.2%。", "6.2%"),
    ("分县看，庆云县规上工业增加值增速最快，为8.7%。", "8.7%"),
    ("临邑县空气质量优良天数比率提高幅度最大，达到4.6个百分点。", "4.6个百分点"),
])
def test_the_size_of_the_largest_rise_named_in_the_clause_before_is_a_change(
        extractor: Extractor, text: str, quote: str) -> None:
    """增幅最大，达到6.2%: the clause before names the growth and the one that leads in it; the figure after 达到 is that
    growth, a change, as 增幅为6.2% is."""
    assert _rows(extractor, text)[quote][0] == "change"


@pytest.mark.parametrize(("text", "quote"), [
    ("宁津县、临邑县分别审减1800万元和950万元。", "1800万元"),
    ("对12个项目结算进行审核，共核减2600万元。", "2600万元"),
])
def test_what_an_audit_cut_from_the_sums_sent_in_is_a_level(extractor: Extractor, text: str, quote: str) -> None:
    """分别审减1800万元, 共核减2600万元: the amount an audit cut from the costs sent in, a sum saved as 审减金额
    is, not a fall of a quantity over time."""
    assert _rows(extractor, text)[quote][0] == "level"


def test_a_rise_over_the_years_estimated_result_counts_what_the_figure_before_counts(extractor: Extractor) -> None:
    """明年计划开展职业技能培训8万人次，比今年预计完成数增加5000人次: the estimated result of this year is the base of
    the comparison, and the rise is of the training before it."""
    rows = _rows(extractor, "明年计划开展职业技能培训8万人次，比今年预计完成数增加5000人次。", "2025-10-20")
    assert rows["8万人次"][2].startswith("jobs.") and rows["5000人次"][2] == rows["8万人次"][2]


@pytest.mark.slow  # a gold set extracted: the quick suite is near its limit
def test_the_reports148_gold_set_scores_at_its_floors() -> None:
    """data/gold/reports148 (邻水县人民医院 工作总结; 衢州市审计局 工作总结; 陕西省人社厅 前三季度新闻发布稿; 德州市
    生态环境局 工作总结; 射阳县农业农村局 工作总结).
    Blind: recall=1.0 precision=1.0 qualifier=1.0 role=0.9497 place=0.9888 period=0.9942 topic_beds=1.0
    topic_jobs=0.8077 (179 must figures); four topics of the gold were amended after it (the talent a hospital brought
    in is other, as the other sets write it), scored on the amended gold the blind run gives topic_jobs=0.9545; now:
    recall=1.0 precision=1.0 qualifier=1.0 role=1.0 place=0.9888 period=1.0 topic_beds=1.0 topic_jobs=1.0. Left: a
    sentence opening on 截至11月底 after one naming 江山市 carries that city to the whole city's recovered funds.
    Floors, not the exact scores."""
    s = scored("reports148")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.985 and s["period_acc"] >= 0.995
    assert s["topic_beds_acc"] >= 0.99 and s["topic_jobs_acc"] >= 0.99 and s["topic_money_acc"] >= 0.99
