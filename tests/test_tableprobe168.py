"""Bulletin tables read wrong (tableprobe168), invented tables as text readers give them. A budget table's row naming a
class of spending whose word names another topic (社会保障和就业 under a caption of 一般公共预算支出) is spending, its growth
that spending's, no jobs figure; a count column by place whose head names no unit (县市区 床位数 上年 比上年增长（%）)
gives the year before's column the count's unit too; a head whose gaps are gone (地区床位数比上年增长（%）) under a
caption that does not end on the count word reads a count and its growth, not one change column."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_SLOW = pytest.mark.slow
_BUDGET = "平江县2025年国民经济和社会发展统计公报\n\n九、财政\n表6 2025年一般公共预算支出\n单位：万元\n"
_BEDS = "宜春市2025年国民经济和社会发展统计公报\n\n十二、卫生健康\n"


@pytest.mark.parametrize(("head", "row", "cells"), [
    ("项目 决算数 上年数 增长（%）", "社会保障和就业 96842 91236 6.1", ["96842", "91236", "6.1"]),
    pytest.param("项目 金额 增长（%）", "社会保障和就业 96842 6.1", ["96842", "6.1"], marks=_SLOW),
    pytest.param("项目 2025年 2024年 增长（%）", "社会保障和就业 96842 91236 6.1", ["96842", "91236", "6.1"],
                 marks=_SLOW)])
def test_a_budget_row_naming_employment_is_spending(extractor: Extractor, head: str, row: str,
                                                    cells: list[str]) -> None:
    """社会保障和就业 as a row of a table of 一般公共预算支出: the money is spending, the percent that spending's
    growth, none of it a jobs figure (the row's word 就业 alone would read jobs.other)."""
    text = _BUDGET + head + "\n教育 68412 64230 6.5\n".replace(" 64230", "" if len(cells) == 2 else " 64230") + row + "\n"
    figs = [f for f in _run(extractor, text, "2026-04-10") if f["quote"] in cells]
    assert [f["quote"] for f in figs] == cells
    assert all(f["topic"] == ("percent" if f["unit"] == "percent" else "money") for f in figs)
    assert [f["metric"] for f in figs if f["unit"] == "CNY"] == ["money.spending"] * (len(cells) - 1)


@pytest.mark.slow
def test_a_budget_row_keeps_its_values_and_periods(extractor: Extractor) -> None:
    """The override names the metric only: each value stays its own row's and column's (no value moves to the row
    above), 2025 and 2024 as the columns say, the 农林水 fall negative."""
    text = _BUDGET + "项目 决算数 上年数 增长（%）\n社会保障和就业 96842 91236 6.1\n农林水 58624 60118 -2.5\n"
    got = _got(_run(extractor, text, "2026-04-10"), "value", "measure", "role", "period", "subject", "topic")
    assert got == [("96842", 968420000, "元", "level", "2025", "社会保障和就业", "money"),
                   ("91236", 912360000, "元", "level", "2024", "社会保障和就业", "money"),
                   ("6.1", 6.1, "%", "change", "2025", "社会保障和就业", "percent"),
                   ("58624", 586240000, "元", "level", "2025", "农林水", "money"),
                   ("60118", 601180000, "元", "level", "2024", "农林水", "money"),
                   ("-2.5", -2.5, "%", "change", "2025", "农林水", "percent")]


def test_a_jobs_table_under_a_jobs_caption_is_still_jobs(extractor: Extractor) -> None:
    """The caption's title overrules only a rule of another topic below its own in priority: under a caption of 城镇新增
    就业 the 就业 rows keep their own jobs metrics."""
    text = ("某市2025年人力资源和社会保障统计公报\n\n表2 2025年城镇新增就业和失业人员再就业\n指标 单位 本年 上年\n"
            "城镇新增就业 人 52418 50236\n就业困难人员实现就业 人 3260 3120\n")
    got = _got(_run(extractor, text, "2026-03-10"), "metric", "period")
    assert got == [("52418", "jobs.urban_new", "2025"), ("50236", "jobs.urban_new", "2024"),
                   ("3260", "jobs.assistance", "2025"), ("3120", "jobs.assistance", "2024")]


@pytest.mark.parametrize(("base", "change"), [("上年", "比上年增长（%）"),
                                              pytest.param("上年末", "比上年末增长（%）", marks=_SLOW),
                                              pytest.param("上年", "增长（%）", marks=_SLOW)])
def test_the_year_before_beside_a_bare_bed_count_counts_beds(extractor: Extractor, base: str, change: str) -> None:
    """县市区 床位数 上年 比上年增长（%） with no unit note: 上年 names when, not what; its cells are beds in 张 as the
    count's beside it, of the year before."""
    text = _BEDS + f"表9 2025年各县市区医疗卫生机构床位\n县市区 床位数 {base} {change}\n全市 34218 33356 2.6\n" \
                   "樟树市 2936 2968 -1.1\n"
    got = _got(_run(extractor, text, "2026-03-28"), "value", "measure", "role", "period", "place", "topic")
    assert got == [("34218", 34218, "张", "level", "2025", "宜春市", "beds"),
                   ("33356", 33356, "张", "level", "2024", "宜春市", "beds"),
                   ("2.6", 2.6, "%", "change", "2025", "宜春市", "beds"),
                   ("2936", 2936, "张", "level", "2025", "樟树市", "beds"),
                   ("2968", 2968, "张", "level", "2024", "樟树市", "beds"),
                   ("-1.1", -1.1, "%", "change", "2025", "樟树市", "beds")]


@pytest.mark.parametrize("caption", ["表3 各县市区医疗卫生机构床位",
                                     pytest.param("表3 2025年各县市区医疗卫生机构床位", marks=_SLOW),
                                     pytest.param("表3 各县市区床位数", marks=_SLOW)])
def test_a_bare_bed_count_and_its_growth_under_any_caption(extractor: Extractor, caption: str) -> None:
    """地区 床位数 比上年增长（%） under a caption that does not end on 床位数: a count in 张 and its growth, not one
    change column 床位数比上年增长 with the mark read as a unit under it (no figure before)."""
    text = "株洲市2025年卫生健康统计公报\n\n" + caption + "\n地区 床位数 比上年增长（%）\n全市 21560 2.6\n攸县 3260 1.8\n"
    got = _got(_run(extractor, text, "2026-04-10"), "value", "measure", "role", "place")
    assert got == [("21560", 21560, "张", "level", "株洲市"), ("2.6", 2.6, "%", "change", "株洲市"),
                   ("3260", 3260, "张", "level", "攸县"), ("1.8", 1.8, "%", "change", "攸县")]


@pytest.mark.slow
def test_a_count_of_two_units_with_its_year_before_still_reads_nothing(extractor: Extractor) -> None:
    """地区 常住人口 上年 增长（%）: 人 or 万人? the year before's column takes no unit its count has not got."""
    text = ("株洲市2025年国民经济和社会发展统计公报\n\n表5 各县市区常住人口\n地区 常住人口 上年 增长（%）\n"
            "全市 385.6 386.8 -0.3\n")
    assert [f for f in _run(extractor, text, "2026-03-20") if f["quote"] in ("385.6", "386.8")] == []


def test_a_title_of_two_topics_overrules_no_row(extractor: Extractor) -> None:
    """表8 2025年就业和社会保障主要指标: the title ends on no cue, names no class its rows are; 年末城市最低生活保障人数
    keeps its own count, its growth no jobs figure."""
    text = ("某市2025年国民经济和社会发展统计公报\n\n表8 2025年就业和社会保障主要指标\n指标 单位 2025年 增长（%）\n"
            "年末城市最低生活保障人数 人 4862 -3.4\n")
    got = _got(_run(extractor, text, "2026-03-10"), "metric")
    assert got == [("4862", "quantity.assistance_recipients"), ("-3.4", "percent.growth")]
