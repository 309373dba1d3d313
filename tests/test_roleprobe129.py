"""Role in official sentences that mix levels, goals, changes and the results of goals (roleprobe129): 超过年度目标任务
with the goal's own value after it, a project's cost after a plan of its opening, a bound set against what was actually
reached, a plan's binding indicators led into as a list; and a table of such sentences of our own that already held."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_TITLE = "某县2025年国民经济和社会发展计划执行情况\n\n"


def _roles(extractor: Extractor, sentence: str) -> list[tuple]:
    return _got(_run(extractor, _TITLE + sentence + "\n", "2026-01-20"), "role")


@pytest.mark.parametrize(("sentence", "want"), [
    # the number after 超过…目标任务 near the result is the goal (a lead that large would leave no goal)
    ("全年城镇新增就业2.6万人，超过年度目标任务2.4万人。", [("2.6万人", "level"), ("2.4万人", "target")]),
    ("新增城镇就业2.6万人，超出全年目标任务2.4万人。", [("2.6万人", "level"), ("2.4万人", "target")]),
    ("全年完成投资42亿元，超过年度计划40亿元。", [("42亿元", "level"), ("40亿元", "target")]),
    # a small lead stays the gap, a change
    ("全县脱贫人口务工规模达到4.12万人，超过年度目标任务1600人。", [("4.12万人", "level"), ("1600人", "change")]),
    ("全年完成投资42亿元，超过年度计划约2亿元。", [("42亿元", "level"), ("约2亿元", "change")]),
])
def test_the_number_after_passing_a_goal_is_the_goal_where_it_is_near_the_result(
        extractor: Extractor, sentence: str, want: list[tuple]) -> None:
    """超过年度目标任务2.4万人 after 2.6万人: the goal's value; after 4.12万人, 1600人 is the lead over it."""
    assert _roles(extractor, sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("该中心计划明年投用，总投资5亿元。", [("5亿元", "level")]),
    ("新馆力争2027年6月建成开放，总投资3.2亿元。", [("3.2亿元", "level")]),
    ("项目将于年底竣工，项目总投资8000万元。", [("8000万元", "level")]),
    # what the opening is to bring stays a goal; a plan whose clause holds a figure goes on to the cost
    ("全县计划明年6月前建成投用，总投资1.8亿元，可新增学位1800个。", [("1.8亿元", "level"), ("1800个", "target")]),
    ("今年计划新建污水管网30公里，总投资1.2亿元。", [("30公里", "target"), ("1.2亿元", "target")]),
    ("该项目计划明年建成，计划总投资6亿元。", [("6亿元", "target")]),
])
def test_a_projects_cost_after_a_plan_of_its_opening_is_a_level(
        extractor: Extractor, sentence: str, want: list[tuple]) -> None:
    """计划明年投用，总投资5亿元: the plan is the opening; the cost states what the project is, as under 预计明年投用."""
    assert _roles(extractor, sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("城镇调查失业率控制在5.5%以内，实际为4.9%。", [("5.5%以内", "target"), ("4.9%", "level")]),
    ("新增城镇就业8000人，实际达到9150人。", [("8000人", "target"), ("9150人", "level")]),
    ("全县地区生产总值达到300亿元，实际增长6%。", [("300亿元", "level"), ("6%", "change")]),
])
def test_a_figure_set_against_what_was_actually_reached_is_the_goal(
        extractor: Extractor, sentence: str, want: list[tuple]) -> None:
    """实际为4.9% after 控制在5.5%以内: the bound was the goal, the value reached the level."""
    assert _roles(extractor, sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("主要约束性指标：单位地区生产总值能耗下降2.5%，化学需氧量排放总量减少1.2%。", [("2.5%", "target"), ("1.2%", "target")]),
    ("全县12项约束性指标全部完成，单位地区生产总值能耗下降3%。", [("12项", "level"), ("3%", "change")]),
    ("约束性指标完成情况：单位地区生产总值能耗下降3.1%。", [("3.1%", "change")]),
])
def test_binding_indicators_led_into_as_a_list_are_goals(extractor: Extractor, sentence: str, want: list[tuple]) -> None:
    """主要约束性指标： opens a list of goals as 主要预期目标： does; a review of them (全部完成, 完成情况) does not."""
    assert _roles(extractor, sentence) == want


_HELD = [
    ("全年造林1.3万亩，完成年度目标的112%。", ["level", "level"]),
    ("力争全年地区生产总值达到300亿元。", ["target"]),
    ("预计全年一般公共预算收入增长5%。", ["target"]),
    ("确保粮食产量不低于50万吨。", ["target"]),
    ("居民人均可支配收入较上年提高6.2%。", ["change"]),
    ("城镇登记失业率较上年下降0.3个百分点。", ["change"]),
    ("新增市场主体5200户，比目标多700户。", ["level", "change"]),
    ("完成固定资产投资42亿元，为年度计划的105%。", ["level", "level"]),
    ("累计完成投资18亿元，占年度计划的90%。", ["level", "level"]),
    ("外贸进出口总额增长1.5倍。", ["change"]),
    ("全县养老床位由1200张增至1800张。", ["level", "level"]),
    ("群众满意度目标值为95%，实际值为97.2%。", ["target", "level"]),
    ("计划新建村级养老服务站12个，实际建成14个。", ["target", "level"]),
    ("到2027年，全县森林覆盖率达到65%。", ["target"]),
    ("全县森林覆盖率达到63.5%，较上年提高0.8个百分点。", ["level", "change"]),
    ("预计全年接待游客1200万人次，同比增长12%。", ["target", "target"]),
    ("年度目标为新增就业1.8万人，实际新增2.1万人。", ["target", "level"]),
    ("农村居民人均可支配收入达到2.3万元，增长7.1%，高于年初预期目标1.1个百分点。", ["level", "change", "change"]),
    ("全县地区生产总值由2020年的180亿元增至2025年的260亿元。", ["level", "level"]),
    ("拟投资3000万元建设智慧停车场。", ["target"]),
    ("主要预期目标：地区生产总值增长6%左右，城镇新增就业1.2万人。", ["target", "target"]),
    ("粮食播种面积稳定在60万亩以上，完成省下达任务的101%。", ["level", "level"]),
    ("今年以来已完成投资8.6亿元，占全年计划投资12亿元的71.7%。", ["level", "target", "level"]),
    ("累计完成投资20亿元，占总投资的80%，预计年底建成投用。", ["level", "level"]),
    ("目标任务8000人，完成9200人，完成率115%。", ["target", "level", "level"]),
    ("建成区绿化覆盖率从38%提高到41%。", ["level", "level"]),
    ("预期性指标城镇新增就业8000人，约束性指标单位地区生产总值能耗下降3%。", ["target", "target"]),
    ("全年新增城镇就业1.1万人，是年度目标的1.2倍。", ["level", "level"]),
    ("该项目计划总投资8亿元，今年完成投资3亿元。", ["target", "level"]),
    ("全年新增城镇就业1.52万人，完成年度目标任务1.5万人的101.3%。", ["level", "target", "level"]),
    ("全年预期目标为地区生产总值增长6%，实际增长6.3%，高于预期0.3个百分点。", ["target", "change", "change"]),
    ("新院区预计明年投用，规划床位300张，总投资2.65亿元。", ["target", "level"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "want"), _HELD)
def test_mixed_roles_that_held_before_the_probe(extractor: Extractor, sentence: str, want: list[str]) -> None:
    """Sentences of the probe that read right already: levels, goals, changes and shares of goals side by side."""
    assert [r for _, r in _roles(extractor, sentence)] == want
