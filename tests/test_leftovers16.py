"""Misses the closing note of stop 31 left alone, each fixed generally: a data release's table whose level cells write
their own unit and whose growth cells are bare numbers under a head's percent mark (指标 绝对值 增长%), set out with
wide gaps and blank cells (—); a notice's count of posts to fill; from–to pairs and next steps in news items; a
project's posts to come in a web copy. Sentences and tables invented, in the style of such texts."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_tables_bare_growth_cells_under_a_percent_mark_are_changes(extractor: Extractor) -> None:
    """指标 绝对值 增长% over 地区生产总值 428.6亿元 5.4: the level writes its unit, the growth is a bare number in a
    column whose head carries the percent mark: a change in percent. A blank level (— 7.3) gives the growth alone; a
    rate's growth (5.2% -0.3: percent or points?) gives none."""
    text = ("本报讯 一季度全县经济运行平稳。\n一季度全县主要经济指标\n指标 绝对值 增长%\n地区生产总值 86.4亿元 5.1\n"
            "规上工业增加值 — 6.8\n城镇调查失业率 5.2% -0.3\n社会消费品零售总额 31.5亿元 4.4\n")
    got = _got(_run(extractor, text, "2025-04-22", source="某某日报"), "unit", "role", "period")
    assert got == [("86.4亿元", "CNY", "level", "2025Q1"), ("5.1", "percent", "change", "2025Q1"),
                   ("6.8", "percent", "change", "2025Q1"), ("5.2%", "percent", "level", "2025Q1"),
                   ("31.5亿元", "CNY", "level", "2025Q1"), ("4.4", "percent", "change", "2025Q1")]


def test_a_table_set_out_with_wide_gaps_and_blank_cells_reads_row_by_row(extractor: Extractor) -> None:
    """The same table with wide gaps between its cells (a text extractor's layout mode) and a head of short words
    (指标    总量    增长%): a table's head, not a line spaced out character by character, so its rows are not taken
    for glued columns and read down."""
    text = ("本报讯 前三季度全区经济稳中有进。\n前三季度全区主要经济指标\n\n指标              总量              增长%\n"
            "地区生产总值      215.3亿元         5.6\n规上工业增加值        —             7.1\n"
            "一般公共预算收入  12.8亿元          3.9\n\n全区经济运行总体平稳。\n")
    got = _got(_run(extractor, text, "2025-10-28", source="某某日报"), "unit", "role")
    assert got == [("215.3亿元", "CNY", "level"), ("5.6", "percent", "change"), ("7.1", "percent", "change"),
                   ("12.8亿元", "CNY", "level"), ("3.9", "percent", "change")]


def test_a_bare_number_under_a_column_with_no_percent_mark_gives_no_figure(extractor: Extractor) -> None:
    """指标 绝对值 增长 (no mark) over 86.4亿元 5.1: an amount or a rate? The bare growth gives no figure; the level
    that writes its unit is still read in its sentence."""
    text = "本报讯 一季度全县经济运行平稳。\n指标 绝对值 增长\n地区生产总值 86.4亿元 5.1\n"
    got = _got(_run(extractor, text, "2025-04-22", source="某某日报"), "unit")
    assert ("5.1", "percent") not in got
