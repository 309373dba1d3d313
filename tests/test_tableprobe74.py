"""Tables of a 部门整体支出绩效自评 report (tableprobe74): a table of indicator goals and results (一级指标 二级指标 三级指标
年度指标值 实际完成值 得分), its cells writing their own units, and a budget table whose units stand only in its head's
brackets (年初预算数（万元）) or in a 单位：万元 note above it. Invented tables in the shapes a report, a spreadsheet paste
or a PDF extractor gives them: bars, tabs, single spaces."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_TITLE = "某区教育局2025年度部门整体支出绩效自评报告\n\n"


@pytest.mark.parametrize("sep", [" | ", "\t", " ", "  "])
def test_a_goal_column_holds_targets_the_result_column_levels_and_the_score_none(extractor: Extractor, sep: str) -> None:
    """年度指标值 is the year's goal (≥3200个: a target, at least), 实际完成值 what was done; 得分 gives no figure."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
            ["产出指标", "数量指标", "新增学位数", "≥3200个", "3350个", "10"],
            ["效益指标", "满意度指标", "家长满意度", "≥90%", "93.5%", "8"]]
    text = _TITLE + "".join(sep.join(r) + "\n" for r in rows)
    got = _got(_run(extractor, text, "2026-04-20"), "value", "measure", "qualifier", "role", "period")
    assert got == [("≥3200个", 3200, "个", "lower_bound", "target", "2025"),
                   ("3350个", 3350, "个", "exact", "level", "2025"),
                   ("≥90%", 90, "%", "lower_bound", "target", "2025"),
                   ("93.5%", 93.5, "%", "exact", "level", "2025")]


def test_the_third_level_head_alone_reads_too(extractor: Extractor) -> None:
    """A table cut to its indicator column (三级指标 年度指标值 实际完成值): the same goals and results."""
    text = _TITLE + "三级指标 年度指标值 实际完成值\n教师培训人次 ≥1500人次 1620人次\n"
    got = _got(_run(extractor, text, "2026-04-20"), "value", "role")
    assert got == [("≥1500人次", 1500, "target"), ("1620人次", 1620, "level")]


@pytest.mark.parametrize("sep", [" | ", "\t", " "])
def test_a_budget_columns_unit_in_its_heads_brackets(extractor: Extractor, sep: str) -> None:
    """年初预算数（万元） 全年预算数（万元）: the year's budgets, targets in 万元; 全年执行数（万元） the spending, a level;
    执行率 with its cells' own marks a percentage."""
    rows = [["项目", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率"],
            ["基本支出", "860", "905", "901.3", "99.6%"]]
    text = _TITLE + "".join(sep.join(r) + "\n" for r in rows)
    got = _got(_run(extractor, text, "2026-04-20"), "value", "measure", "role", "period")
    assert got == [("860", 8_600_000, "元", "target", "2025"), ("905", 9_050_000, "元", "target", "2025"),
                   ("901.3", 9_013_000, "元", "level", "2025"), ("99.6%", 99.6, "%", "level", "2025")]


def test_a_unit_note_above_a_budget_table(extractor: Extractor) -> None:
    """单位：万元 over 执行率（%）, columns set apart by spaces: the sums in the note's unit, the rate in percent."""
    text = (_TITLE + "单位：万元\n项目    年初预算数    全年预算数    全年执行数    执行率（%）\n"
            "项目支出    1240    1310    1262.5    96.4\n")
    got = _got(_run(extractor, text, "2026-04-20"), "value", "measure", "role")
    assert got == [("1240", 12_400_000, "元", "target"), ("1310", 13_100_000, "元", "target"),
                   ("1262.5", 12_625_000, "元", "level"), ("96.4", 96.4, "%", "level")]


def test_a_bare_share_cell_never_reads_in_the_sums_unit(extractor: Extractor) -> None:
    """执行率 with no mark: under 单位：万元 its cell might be 万元 (no table); under no note a row whose share cell is bare
    (95.5) gives no figure, the row whose cell writes its mark (96.4%) reads whole."""
    noted = _run(extractor, _TITLE + "单位：万元\n项目    年初预算数    全年执行数    执行率\n"
                 "其他支出    35    40.1    95.5\n", "2026-04-20")
    assert not any(f["measure"] == "元" for f in noted)
    text = (_TITLE + "项目 全年预算数（万元） 全年执行数（万元） 执行率\n"
            "项目支出 1310 1262.5 96.4%\n其他支出 42 40.1 95.5\n")
    got = _got(_run(extractor, text, "2026-04-20"), "value", "measure")
    assert got[:3] == [("1310", 13_100_000, "元"), ("1262.5", 12_625_000, "元"), ("96.4%", 96.4, "%")]
    assert not any(q == "95.5" or v in (420_000, 401_000, 955_000) for q, v, _m in got)


def test_a_score_column_after_budget_columns_gives_no_figure(extractor: Extractor) -> None:
    """预算数（万元） 执行数（万元） 得分: the points (18) are no figure; the sums read."""
    text = "某县卫健局2025年度项目支出绩效自评表\n项目 预算数（万元） 执行数（万元） 得分\n基层医疗设备购置 420 398.6 18\n"
    got = _got(_run(extractor, text, "2026-04-20"), "value", "role")
    assert got == [("420", 4_200_000, "target"), ("398.6", 3_986_000, "level")]
