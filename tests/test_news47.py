"""What the blind set data/gold/news47 found: four news items from 黑龙江, 甘肃, 内蒙古 and 青海 counties (a 统计局's
一季度 经济运行 release with growth rates and 个百分点, a 卫健局 item on beds and the year's funds and targets, a 人社局's
一季度 就业 item set against the year's goals, a county 两会 summary of last year's results and this year's targets):
the goal a clause compares the figure before with, written with a bound word and a word of the year before its value
(失业率为3.1%，低于全年4%以内的控制目标), was read as a gap between the two, a change; and a goal named 预期目标 after its
value (高于全年7%的预期目标) was not known as a goal. Sentences invented, in the style of such items."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_goal_a_clause_compares_the_figure_before_with_is_a_target(extractor: Extractor) -> None:
    """失业率为3.4%，低于全年5%以内的控制目标: the goal word right after the value makes it the goal's own (it keeps
    its 以内), not the gap between the two figures; a gap written after the goal or an area stays a change."""
    text = "本报讯 3月末，全市城镇登记失业率为3.4%，低于全年5%以内的控制目标。"
    got = _got(_run(extractor, text, "2026-04-20", source="某市融媒体中心"), "role", "qualifier")
    assert got == [("3.4%", "level", "exact"), ("5%以内", "target", "upper_bound")]
    text = "本报讯 一季度全县地区生产总值增长6.1%，高于全市平均水平0.7个百分点，城镇登记失业率低于年度控制目标0.6个百分点。"
    got = _got(_run(extractor, text, "2026-04-20", source="某县融媒体中心"), "role")
    assert got == [("6.1%", "change"), ("0.7个百分点", "change"), ("0.6个百分点", "change")]


def test_a_rate_named_the_expected_goal_after_it_is_a_target(extractor: Extractor) -> None:
    """高于全年5.5%的预期目标: 预期目标 names the year's expected rate a goal, as 控制目标 does; the growth before it is
    the result."""
    text = "本报讯 上半年全市规模以上工业增加值增长7.8%，高于全年5.5%的预期目标。"
    got = _got(_run(extractor, text, "2026-07-18", source="某市日报"), "role", "qualifier")
    assert got == [("7.8%", "change", "exact"), ("5.5%", "target", "exact")]
