"""A row whose label names its own count under a caption whose title names another (tablefix180): 失业人员再就业
2,310 2,260 2.2 under 表4 2025年城镇新增就业 read its later cells as the title's new urban jobs. Where a column's word
names only when (本期, 上年同期, 本年, 上年, 2024年), the row's own count stands in it, and the change beside it is that
count's; a column naming a metric of its own (比重, a fund's 基金支出) still reads the caption's title as before."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_SLOW = pytest.mark.slow
_JOBS = "某县2025年国民经济和社会发展统计公报\n\n五、就业\n表4 2025年城镇新增就业\n单位：人\n"
_ROWS = "城镇新增就业 8,420 8,160 3.2\n失业人员再就业 2,310 2,260 2.2\n"
_WANT = [("8,420", "jobs.urban_new", "2025"), ("8,160", "jobs.urban_new", "2024"), ("3.2", "jobs.urban_new", "2025"),
         ("2,310", "jobs.reemployment", "2025"), ("2,260", "jobs.reemployment", "2024"),
         ("2.2", "jobs.reemployment", "2025")]


@pytest.mark.parametrize("head", ["指标 本期 上年同期 同比增长%",
                                  pytest.param("指标 2025年 2024年 增长%", marks=_SLOW),
                                  pytest.param("指标 本年 上年 增减", marks=_SLOW)])
def test_a_row_naming_its_count_keeps_it_in_a_when_column(extractor: Extractor, head: str) -> None:
    """The year before's cell and the growth of a row that names its own count (失业人员再就业) are that count's, under a
    caption whose title counts new urban jobs, whatever word names the columns' times."""
    got = _got(_run(extractor, _JOBS + head + "\n" + _ROWS, "2026-03-20"), "metric", "period")
    assert got == _WANT


@pytest.mark.slow
def test_a_row_naming_no_count_still_reads_the_title_in_a_when_column(extractor: Extractor) -> None:
    """A row of places (甲镇) names no count: its 本期 and 上年同期 cells are the caption's new urban jobs."""
    text = _JOBS + "乡镇 本期 上年同期 同比增长%\n甲镇 1,240 1,180 5.1\n乙镇 860 905 -5.0\n"
    got = _got(_run(extractor, text, "2026-03-20"), "metric")
    assert [g[1] for g in got] == ["jobs.urban_new"] * 6


@pytest.mark.slow
def test_a_share_column_still_reads_the_captions_title(extractor: Extractor) -> None:
    """占GDP 比重（%）: a column naming a metric of its own, in rows that name their own count (第一产业 …): the share
    of the caption's GDP, as before, not a bare percentage."""
    text = ("某县2025年国民经济和社会发展统计公报\n\n表1 2025年全县地区生产总值\n单位：亿元、%\n指标 2025年 比上年 占GDP\n"
            "绝对数 增长（%） 比重（%）\n地区生产总值 61.28 5.1 —\n第一产业 15.32 3.9 25.0\n第三产业 34.72 5.6 56.7\n")
    got = _got(_run(extractor, text, "2026-03-20"), "metric")
    assert ("25.0", "percent.share") in got
    assert ("56.7", "percent.share") in got


@pytest.mark.slow
def test_a_funds_spending_column_keeps_its_own_metric(extractor: Extractor) -> None:
    """险种 基金收入 基金支出 over 2025年 比上年增长（%） 2025年: the spending column's cell of a row naming its fund is
    spending, never the revenue the row's first cell is."""
    text = ("某县2025年国民经济和社会发展统计公报\n\n二、社会保险\n表2 2025年社会保险基金收支\n单位：万元\n"
            "险种 基金收入 基金支出\n2025年 比上年增长（%） 2025年\n城镇职工基本养老保险 386235 6.2 352718\n")
    got = _got(_run(extractor, text, "2026-03-20"), "metric")
    assert got[0] == ("386235", "money.insurance_fund_revenue")
    assert ("352718", "money.spending") in got
