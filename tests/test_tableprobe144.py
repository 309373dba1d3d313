"""When a table's change columns apply, and what its rows measure (tableprobe144): invented tables as text readers
give them. A change column after one year column (2025年 比上年增减 / 同比 / 增长（%）) is that year's change, not
of the month the text is published in; a caption run into its head (its line joined to the head's) that ends in the
head's own column word (2025年各县区床位数 / 地区 床位数（张）) opens no head in the caption."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_SLOW = pytest.mark.slow


@pytest.mark.parametrize(("change", "cell"), [("比上年增减", "120"), pytest.param("同比", "4.4%", marks=_SLOW),
                                              pytest.param("同比增长", "4.4%", marks=_SLOW)])
def test_a_change_column_after_one_year_column_is_that_years(extractor: Extractor, change: str, cell: str) -> None:
    """指标 单位 2025年 比上年增减 in a brief published 2026-01 whose title names no year: the change is 2025's over
    2024 (GUIDE.md, Period: the time the figure is about), as where two year columns stand before it."""
    text = f"某县卫健局\n\n指标 单位 2025年 {change}\n床位数 张 2860 {cell}\n执业医师 人 1060 35\n"
    got = _got(_run(extractor, text, "2026-01-15"), "role", "period")
    assert got[:2] == [("2860", "level", "2025"), (cell, "change", "2025")]
    assert {p for _, _, p in got} == {"2025"}


@pytest.mark.parametrize("head", ["地区 床位数（张）", pytest.param("县区 床位数（张）", marks=_SLOW)])
def test_a_numbered_caption_ending_in_the_heads_word_run_into_the_head(extractor: Extractor, head: str) -> None:
    """表3 2025年各县区床位数 / 地区 床位数（张）, the two lines joined: the head opens at 地区, not at the caption's 县区
    (whose columns would be 床位数 and 地区床位数): each place's beds."""
    text = f"某市2025年卫生健康统计公报\n\n表3 2025年各县区床位数\n{head}\n全市 12860\n宁乡市 3120\n"
    got = _got(_run(extractor, text, "2026-04-10"), "value", "measure", "period", "metric")
    assert got == [("12860", 12860, "张", "2025", "beds.total"), ("3120", 3120, "张", "2025", "beds.total")]


def test_the_same_with_a_change_column(extractor: Extractor) -> None:
    """… and with 比上年增长（%） after it: each place's beds and their growth, of the caption's year."""
    text = ("长沙市2025年卫生健康统计公报\n\n表3 2025年各区县床位数\n地区 床位数（张） 比上年增长（%）\n"
            "全市 12860 3.2\n宁乡市 3120 2.1\n")
    got = _got(_run(extractor, text, "2026-04-10"), "value", "role", "period", "place")
    assert got == [("12860", 12860, "level", "2025", "长沙市"), ("3.2", 3.2, "change", "2025", "长沙市"),
                   ("3120", 3120, "level", "2025", "宁乡市"), ("2.1", 2.1, "change", "2025", "宁乡市")]


def test_an_unnumbered_title_ending_in_the_heads_word_run_into_a_place_head(extractor: Extractor) -> None:
    """截至2025年底各区床位数 / 地区 床位数（张）: one column after a place column's head, the title ending in that
    column's word: a head (no place's name run on into a word), the beds at the year's end."""
    text = "某市卫健委信息\n\n截至2025年底各区床位数\n地区 床位数（张）\n全市 12860\n岳麓区 3120\n"
    got = _got(_run(extractor, text, "2026-02-05"), "value", "measure", "period", "metric")
    assert got == [("12860", 12860, "张", "2025", "beds.total"), ("3120", 3120, "张", "2025", "beds.total")]


def test_one_year_column_after_a_label_and_a_unit_column_under_a_title(extractor: Extractor) -> None:
    """某县卫健局 / 指标 单位 2025年: one value column, after a label column's head and a unit column's (the title's line
    run into the head's) is a head; the parts under 其中： count beds as the total above them does (卫生院 and 村卫生室
    have no metric of their own: beds.total, as 其中卫生院床位1120张 reads in a sentence)."""
    text = "某县卫健局\n\n指标 单位 2025年\n床位数 张 2860\n其中：卫生院 张 1120\n村卫生室 张 240\n"
    got = _got(_run(extractor, text, "2026-04-10"), "value", "measure", "period", "metric")
    assert got == [("2860", 2860, "张", "2025", "beds.total"), ("1120", 1120, "张", "2025", "beds.total"),
                   ("240", 240, "张", "2025", "beds.total")]


def test_a_count_column_beside_a_unit_column_names_what_its_cells_count(extractor: Extractor) -> None:
    """表1 截至2025年11月底全市医疗机构床位情况 / 机构 单位 床位数: the rows are hospitals, the unit cell 张; the
    column's word 床位数 names the count (beds, not a bare count of items), at the caption's month's end."""
    text = ("某市卫健委信息\n\n表1 截至2025年11月底全市医疗机构床位情况\n机构 单位 床位数\n市人民医院 张 1200\n"
            "市中医院 张 680\n")
    got = _got(_run(extractor, text, "2025-12-05"), "value", "period", "metric")
    assert got == [("1200", 1200, "2025-11", "beds.total"), ("680", 680, "2025-11", "beds.total")]


@pytest.mark.parametrize(("head", "rows"), [
    ("指标 单位 数量 同比增长（%）", "城镇新增就业 人 8260 3.5\n失业人员再就业 人 2150 1.2\n"),
    pytest.param("项目 数量 比上年增长（%）", "城镇新增就业（人） 8260 3.5\n失业人员再就业（人） 2150 1.2\n", marks=_SLOW)])
def test_a_growth_of_new_jobs_measures_new_jobs(extractor: Extractor, head: str, rows: str) -> None:
    """城镇新增就业 人 8260 3.5: the row's label read before the growth alone finds only the loose rule of any employment
    figure (jobs.other); the growth is of the count on its left, as 城镇新增就业8260人，同比增长3.5% reads in a sentence."""
    text = f"某市人社局\n\n表1 截至2025年11月底就业情况\n{head}\n{rows}"
    got = _got(_run(extractor, text, "2025-12-12"), "role", "period", "metric")
    assert got == [("8260", "level", "2025-11", "jobs.urban_new"), ("3.5", "change", "2025-11", "jobs.urban_new"),
                   ("2150", "level", "2025-11", "jobs.reemployment"), ("1.2", "change", "2025-11", "jobs.reemployment")]


def test_a_total_row_last_counts_what_the_rows_above_count(extractor: Extractor) -> None:
    """医院床位 张 1680 3.1 / 卫生院床位 张 1120 2.4 / 合计 张 2800 2.8: the total names nothing of its own; the one
    count every row above names (beds) is what it counts, its growth that count's."""
    text = ("某县2025年国民经济和社会发展统计公报\n\n表1 2025年末卫生机构床位数\n指标 单位 年末数 比上年末增长（%）\n"
            "医院床位 张 1680 3.1\n卫生院床位 张 1120 2.4\n合计 张 2800 2.8\n")
    got = _got(_run(extractor, text, "2026-03-30"), "role", "metric")
    assert got[4:] == [("2800", "level", "beds.total"), ("2.8", "change", "beds.total")]


def test_a_total_row_under_rows_of_two_counts_stays_bare(extractor: Extractor) -> None:
    """床位 张 / 养老床位 张 / 合计 张: the rows above name two counts (beds, care beds): which one the total counts is
    not said, so it is not read as either."""
    text = ("某县卫健局\n\n表1 2025年末床位数\n指标 单位 年末数\n医疗卫生机构床位 张 1680\n养老机构床位 张 1120\n"
            "合计 张 2800\n")
    got = _got(_run(extractor, text, "2026-03-30"), "metric")
    assert got[:2] == [("1680", "beds.total"), ("1120", "beds.care")]
    assert got[2][1] not in {"beds.total", "beds.care"}


def test_a_total_row_under_rows_some_of_which_name_no_count_stays_bare(extractor: Extractor) -> None:
    """教育 152300 / 社会保障和就业 98600 / 合计 250900 (万元): only one row above names a count of its own (就业, an
    employment figure); the others name none, so the total is no employment figure."""
    text = ("某县财政局\n\n2025年部分民生支出（单位：万元）\n项目 2025年 2024年 增长（%）\n教育 152300 146800 3.7\n"
            "社会保障和就业 98600 92400 6.7\n合计 250900 239200 4.9\n")
    got = _got(_run(extractor, text, "2026-01-20"), "topic")
    assert [t for q, t in got if q in {"250900", "239200", "4.9"}] and \
        all(t != "jobs" for q, t in got if q in {"250900", "239200", "4.9"})
