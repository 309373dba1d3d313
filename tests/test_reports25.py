"""What the blind set data/gold/reports25 found: four reports of early 2026 on 2025 (a 自治州's 政府工作报告 with its past
year, its five years and its goals; a county 卫健局's summary and plan; a city 人社局's summary; a district's 民生实事
report, each item planned and done): a value restated alone in brackets after the name of what it is (高于全省平均水平
（6.1张）, 完成年度目标（3.2万人）的119.4%, 为年度计划（7.9亿元）的109.1%) was read as a gap to the base or a goal, left in
the text's own area, and hid the gap or the share done after it; what was done of a plan of beds (计划新增养老床位300张，
实际新增326张) counted no beds; a wider area's same period (全国同期为5.2%) counted nothing. Sentences invented, in the
style of such reports."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run


def _rows(figs: list[dict]) -> dict[str, tuple]:
    """Each figure by its quote: role, place and metric."""
    return {f["quote"]: (f["role"], f["place"], f["metric"]) for f in figs}


def test_a_base_value_alone_in_brackets_is_the_bases_own_level(extractor: Extractor) -> None:
    """每千常住人口床位数6.4张，高于全省平均水平（6.0张）: the figure in brackets is the province's level, counted as the
    figure before it counts; not a gap to the province, nor the county's."""
    text = "年末全县每千常住人口床位数达到6.4张，高于全省平均水平（6.0张）。"
    got = _rows(_run(extractor, text, "2026-01-20", "某县卫生健康局", "武义县"))
    assert got["6.0张"] == ("level", "浙江省", got["6.4张"][2])
    assert got["6.4张"] == ("level", "武义县", "beds.per_1000")


def test_the_gap_after_a_bracketed_base_value_is_still_a_change(extractor: Extractor) -> None:
    """低于全省平均水平（4.9%）0.3个百分点: the aside only restates the base's value; the gap after it is the county's
    change of the rate it follows, and the base's value is the province's rate."""
    text = "全年城镇调查失业率平均为4.6%，低于全省平均水平（4.9%）0.3个百分点。"
    got = _rows(_run(extractor, text, "2026-02-10", "某市人力资源和社会保障局", "衢州市"))
    assert got["4.9%"] == ("level", "浙江省", "jobs.unemployment_rate")
    assert got["0.3个百分点"][:2] == ("change", "衢州市")
    assert got["0.3个百分点"][2].startswith("jobs.")


def test_a_plain_gap_to_a_wider_area_stays_a_change(extractor: Extractor) -> None:
    """No brackets: 高于全省平均水平0.4张 is the gap, a change of the county's figure (the rule read past brackets only)."""
    text = "年末全县每千常住人口床位数达到6.4张，高于全省平均水平0.4张。"
    got = _rows(_run(extractor, text, "2026-01-20", "某县卫生健康局", "武义县"))
    assert got["0.4张"][:2] == ("change", "武义县")


def test_a_goal_restated_in_brackets_is_the_goal_and_the_share_after_it_a_result(extractor: Extractor) -> None:
    """完成年度目标（2.5万人）的112.4%: the bracketed figure is the year's goal, of the jobs the clause before counts; the
    share of it done is a result of the same kind."""
    text = "全年城镇新增就业2.81万人，完成年度目标（2.5万人）的112.4%。"
    got = _rows(_run(extractor, text, "2026-02-10", "某市人力资源和社会保障局", "衢州市"))
    assert got["2.5万人"] == ("target", "衢州市", "jobs.urban_new")
    assert got["112.4%"][0] == "level" and got["112.4%"][2].startswith("jobs.")


def test_a_share_of_a_plan_restated_in_brackets_is_a_result(extractor: Extractor) -> None:
    """为年度计划（6.5亿元）的104.6%: 计划 with its value in brackets before 的 is the base of a share done, as 为年度计划的
    104.6% is; the plan's value stays a target."""
    text = "全年累计完成投资6.8亿元，为年度计划（6.5亿元）的104.6%。"
    got = _rows(_run(extractor, text, "2026-01-08", "某区人民政府", "姑苏区"))
    assert got["6.5亿元"][0] == "target"
    assert got["104.6%"][0] == "level"


def test_what_was_done_of_a_plan_of_beds_counts_beds_added(extractor: Extractor) -> None:
    """计划新增养老床位260张，实际新增281张: the plan's rule names plans only (beds.planned); what was done of it is beds
    added (done_as), a level."""
    text = "计划新增养老床位260张，实际新增281张。"
    got = _rows(_run(extractor, text, "2026-01-08", "某区人民政府", "姑苏区"))
    assert got["260张"][0] == "target"
    assert got["281张"] == ("level", "姑苏区", "beds.added")


def test_a_wider_areas_same_period_counts_what_the_figure_before_counts(extractor: Extractor) -> None:
    """城镇调查失业率为4.7%，全国同期为5.1%: the nation's rate of the same time, a level placed in 全国."""
    text = "全年城镇调查失业率平均为4.7%，全国同期为5.1%。"
    got = _rows(_run(extractor, text, "2026-02-10", "某市人力资源和社会保障局", "衢州市"))
    assert got["5.1%"] == ("level", "全国", "jobs.unemployment_rate")
