"""Role on invented sentences of goals met and exceeded, forecasts and commitments (roleprobe138). Of some forty
probed (超额完成年度目标任务, 完成年度目标的112%, 预计全年增长6%左右, 较计划多N, 年均增长, 力争翻番, 不低于上年水平, 保持在
5.5%以内, 确保…只增不减, 增速高于全省1个百分点) these came out wrong: the number right after 超额完成 or 超计划完成 (the
excess over the goal, a change) was read as a level. The threshold that reads the number after 超过…目标任务 as the
goal's own value rather than the lead over it is a setting of the rules (roles.change.gap_goal_share), not of the
engine. Sentences invented."""

from __future__ import annotations

import dataclasses

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures


def _roles(extractor: Extractor, text: str) -> dict[str, str]:
    """Each figure's quote with its role, read as a document of 2026-01-20."""
    return {f["quote"]: f["role"] for f in dated_figures(extractor, text, "2026-01-20")}


@pytest.mark.parametrize(("text", "expected"), [
    ("全县城镇新增就业1.26万人，为年度目标任务的126%，超额完成2600人。",
     {"1.26万人": "level", "126%": "level", "2600人": "change"}),
    ("全年目标任务为1万人，实际完成1.26万人，超额完成26%。", {"1万人": "target", "1.26万人": "level", "26%": "change"}),
    ("全县新增城镇就业1.26万人，超计划完成2600人。", {"1.26万人": "level", "2600人": "change"}),
    ("今年计划新增城镇就业1.2万人，目前已超额完成2000人。", {"1.2万人": "target", "2000人": "change"}),
    ("全市农村劳动力转移就业5.3万人，超目标完成3000人。", {"5.3万人": "level", "3000人": "change"}),
])
def test_the_number_right_after_exceeding_the_goal_is_the_excess(
        extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    """超额完成2600人, 超计划完成2600人: what the result passed its goal by, a gap like 超年度目标2600人 (change.gap)."""
    assert _roles(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the goal's own value, named as the goal after it (target.after), stays the goal
    ("全县新增城镇就业1.26万人，超额完成2万人的年度目标任务。", {"1.26万人": "level", "2万人": "target"}),
    ("全县新增城镇就业1.26万人，超额完成1.2万人的全年任务。", {"1.26万人": "level", "1.2万人": "target"}),
    # a goal met with no number after it leaves the result a level
    ("全县新增城镇就业5200人，超额完成年度目标任务。", {"5200人": "level"}),
    ("全县超额完成年度目标任务，新增就业6100人。", {"6100人": "level"}),
    ("今年以来全市新增城镇就业3.2万人，完成年度目标的112%。", {"3.2万人": "level", "112%": "level"}),
    ("全年新增就业1.35万人，较计划多1500人。", {"1.35万人": "level", "1500人": "change"}),
    ("今年目标任务为1.2万人、实际完成1.35万人。", {"1.2万人": "target", "1.35万人": "level"}),
    # forecasts and commitments are goals (GUIDE: 确保, 力争, 预计)
    ("预计全年地区生产总值增长6%左右。", {"6%左右": "target"}),
    ("预计全年固定资产投资同比增长8%。", {"8%": "target"}),
    ("力争到2030年全市地区生产总值翻番，达到5000亿元。", {"5000亿元": "target"}),
    ("确保耕地面积只增不减，保有量不少于300万亩。", {"不少于300万亩": "target"}),
    ("全县粮食播种面积确保不低于上年水平，稳定在50万亩以上。", {"50万亩以上": "target"}),
    ("“十四五”期间，力争地区生产总值年均增长6%以上。", {"6%以上": "target"}),
    # a growth or a lead over a wider area with no goal word is a change
    ("全市居民人均可支配收入年均增长6.8%。", {"6.8%": "change"}),
    ("全市规模以上工业增加值增速高于全省1个百分点。", {"1个百分点": "change"}),
])
def test_goals_met_forecasts_and_commitments_keep_their_roles(
        extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    """The forms around the fix that the engine already read right stay as they were."""
    assert _roles(extractor, text) == expected


def test_the_share_that_makes_a_goal_of_a_gap_is_read_from_the_rules(extractor: Extractor) -> None:
    """达到245.6万人，超过年度目标任务240万人: 240万 is at least roles.change.gap_goal_share (0.5) of the result, the goal;
    with the share set above 240/245.6 the same number is the lead, a change: the engine reads the rules' value."""
    text = "全市城镇新增就业达到245.6万人，超过年度目标任务240万人。"
    lex = extractor.classifier.lex
    assert lex.change_gap_goal_share == 0.5
    assert _roles(extractor, text) == {"245.6万人": "level", "240万人": "target"}
    classifier = extractor.classifier
    try:
        classifier.lex = dataclasses.replace(lex, change_gap_goal_share=0.99)
        assert _roles(extractor, text) == {"245.6万人": "level", "240万人": "change"}
    finally:
        classifier.lex = lex
    assert _roles(extractor, "全市城镇新增就业达到4.12万人，超过年度目标任务1600人。") == {
        "4.12万人": "level", "1600人": "change"}
