"""A table head whose words run over two lines with single spaces, its top line a head on its own (项目 2025年 2024年
增减 / 决算数 决算数 幅度（%）): the line under it says the change column is in percent, so its cells are percents,
not amounts in the caption's unit (2.8 read as 2.8万元 was a wrong value)."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_CAPTION = "某县2025年社会保险基金收支情况\n\n表4 2025年社会保险基金收支\n单位：万元\n"
_ROWS = "基金收入 45210 43980 2.8\n基金支出 40120 38870 -3.2\n"


def test_a_change_column_in_percent_under_its_word_reads_percents(extractor: Extractor) -> None:
    """增减 over 幅度（%）: the change cells percents of the caption's year; the levels in 万元 of their years."""
    text = _CAPTION + "项目 2025年 2024年 增减\n决算数 决算数 幅度（%）\n" + _ROWS
    got = _got(_run(extractor, text, "2026-04-10"), "value", "measure", "role", "period")
    assert got == [("45210", 452100000, "元", "level", "2025"), ("43980", 439800000, "元", "level", "2024"),
                   ("2.8", 2.8, "%", "change", "2025"), ("40120", 401200000, "元", "level", "2025"),
                   ("38870", 388700000, "元", "level", "2024"), ("-3.2", -3.2, "%", "change", "2025")]


def test_a_change_column_with_no_percent_under_it_reads_no_percent(extractor: Extractor) -> None:
    """增减 over 金额: the line under it names no percent, so no cell of that column is read as one."""
    text = _CAPTION + "项目 2025年 2024年 增减\n决算数 决算数 金额\n" + "基金收入 45210 43980 1230\n"
    got = _got(_run(extractor, text, "2026-04-10"), "value", "measure", "role")
    assert all(m != "%" for _, _, m, _ in got)
