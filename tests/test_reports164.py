"""What the blind set data/gold/reports164 showed: five official texts of kinds the reports sets use least or not at all
(a 自治县水利局 工作总结和工作打算, a 市商务局 前三季度工作总结 with its problems and the fourth quarter's plan, a 省林业局
report on the “十四五” years and the plan for 2026, a 区教育局 answer to a 政协 proposal on kindergarten places, a
县乡村振兴局 summary of the year's work to hold the gains against poverty), each mixing levels, goals, changes and the
results of goals in one sentence. Blind: recall=1.0 precision=1.0 role=0.9688 place=0.9812 period=0.9938; three lines of
the gold were amended after it (schools under construction whose opening is still expected, 正在新建…2所，预计9月投用, are
planned, as roles.yaml after_clause writes them; an increase over 2020 under “十四五”期间 is the change over the span, as
GUIDE dates one; the lead over the plan after a forecast, 预计全年…130家，比年初计划多10家, is a change, as reports66 and
its test keep 高于年初计划0.4个百分点 after 预计), on the amended gold: role=0.9812 period=1.0. Three roles came out wrong:
a gap to an average whose value stands in brackets before the adjective (比全市平均水平（89.2%）高2.3个百分点) was read as a
level; a standard in brackets a share was held to (高于省定标准（55%）5.7个百分点) as a level; a growth rate whose verb
says where it came to (增速回落至3.1%) as a level. Three places stay wrong: a sentence naming no place after one on a
county-level city in a paragraph the city as a whole opened (共青城市…。年初计划新培育外贸主体120家…) carries the county on.
Sentences invented."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures
from tests.goldsets import scored


def _roles(extractor: Extractor, text: str, published: str = "2026-10-20") -> dict[str, str]:
    """Each figure's quote with its role, read as a document of `published`."""
    return {f["quote"]: f["role"] for f in dated_figures(extractor, text, published)}


@pytest.mark.parametrize(("text", "gap", "base"), [
    ("全县义务教育巩固率达到98.6%，比全省平均水平（97.9%）高0.7个百分点。", "0.7个百分点", "97.9%"),
    ("全市人均公园绿地面积15.2平方米，较全省平均（14.6平方米）高出0.6平方米。", "0.6平方米", "14.6平方米"),
    ("城区绿化覆盖率为41.2%，比全国平均水平（42.1%）低0.9个百分点。", "0.9个百分点", "42.1%"),
])
def test_a_gap_to_a_base_whose_value_stands_in_brackets_is_a_change(
        extractor: Extractor, text: str, gap: str, base: str) -> None:
    """比全省平均水平（97.9%）高0.7个百分点: the base's own value in brackets between its name and the adjective of the
    comparison (高, 高出, 低); the number after it is the gap, a change as 比全省高0.7个百分点 is (roles.yaml change.gap),
    and the bracket's value stays the base's level."""
    roles = _roles(extractor, text)
    assert roles[gap] == "change"
    assert roles[base] == "level"


@pytest.mark.parametrize(("text", "standard"), [
    ("全年统筹衔接资金3.2亿元，用于产业发展的比例为61.4%，高于省定标准（55%）6.4个百分点。", "55%"),
    ("全县公办园在园幼儿占比为46%，低于规定标准（50%）4个百分点。", "50%"),
])
def test_a_standard_in_brackets_that_a_result_is_held_to_is_a_goal(extractor: Extractor, text: str, standard: str) -> None:
    """高于省定标准（55%）6.4个百分点: the standard set for the share, in brackets after its name with the gap after the
    bracket, is a requirement the result is measured against, a goal as 省定目标（55%） and 的要求 are (roles.yaml
    target.goal_before); the gap stays a change. A rate paid by a standard (按每人500元的标准) is no such goal."""
    roles = _roles(extractor, text)
    assert roles[standard] == "target"
    assert roles["61.4%" if "61.4%" in roles else "46%"] == "level"
    assert _roles(extractor, "全年向困难老人发放补贴86万元，按每人每月300元的标准发放。")["300元"] == "level"


@pytest.mark.parametrize(("text", "rate"), [
    ("二是消费恢复偏慢，8月份全县限额以上单位消费品零售额增速回落至2.6%。", "2.6%"),
    ("受订单减少影响，全市出口增幅收窄到4.1%。", "4.1%"),
])
def test_a_growth_rate_the_verb_says_where_it_came_to_is_a_change(extractor: Extractor, text: str, rate: str) -> None:
    """增速回落至2.6%: the rate named as a noun, the verb after it saying which way it moved and 至 where it came to;
    the figure is a growth, a change (roles.yaml change.rate). A pair of the rate's ends (增速由5.2%回落至2.6%) keeps
    them as levels, as from–to pairs are read."""
    assert _roles(extractor, text)[rate] == "change"
    pair = _roles(extractor, "全县消费品零售额增速由5.2%回落至2.6%。")
    assert pair["5.2%"] == "level" and pair["2.6%"] == "level"


@pytest.mark.slow
def test_the_reports164_gold_set_scores_at_its_floors() -> None:
    """data/gold/reports164 (城步苗族自治县水利局 工作总结和工作打算; 九江市商务局 前三季度工作总结; 湖北省林业局 “十四五”
    林业发展情况和2026年工作安排; 泉州市丰泽区教育局 政协提案答复; 会宁县乡村振兴局 巩固拓展脱贫攻坚成果工作总结).
    Blind: recall=1.0 precision=1.0 qualifier=1.0 role=0.9688 place=0.9812 period=0.9938 topic_jobs=1.0 (160 must
    figures); on the amended gold the blind run gives role=0.9812 period=1.0; now: recall=1.0 precision=1.0 qualifier=1.0
    role=1.0 place=0.9812 period=1.0 topic_jobs=1.0. Floors, not the exact scores."""
    s = scored("reports164")
    assert s["recall"] >= 0.995 and s["precision"] >= 0.995
    assert s["role_acc"] >= 0.995 and s["qualifier_acc"] >= 0.995
    assert s["place_acc"] >= 0.975 and s["period_acc"] >= 0.995
    assert s["topic_jobs_acc"] >= 0.99 and s["topic_money_acc"] >= 0.99
