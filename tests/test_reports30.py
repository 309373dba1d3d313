"""What the blind set data/gold/reports30 found: a 县 “十五五” plan's 主要指标 table pasted as text with bars between its
cells (类别 | 指标 | 2025年 | 2030年 | 年均增长 | 属性): the bars, folded to spaces, let a row's cells run into one wrong
number (418.6 | 600 | 7%左右 read as 418.66007%). Sentences invented, in the style of such tables."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_cells_set_apart_by_bars_never_run_into_one_number(extractor: Extractor) -> None:
    """A bar between two cells is a cell gap that no justification makes: 52.3 | 6%左右 is two cells, no 52.36%."""
    got = _got(_run(extractor, "生态环境 | 森林覆盖率（%） | 52.3 | 6%左右 | 约束性\n", "2026-02-10"), "value")
    assert all(v not in (52.36, 52.3600) for _, v in got)
    got = _got(_run(extractor, "粮食产量（万吨） | 850 | 9%\n", "2026-02-10"), "value")
    assert all(v != 8509 for _, v in got)


def test_a_number_spaced_out_by_justification_still_reads_whole(extractor: Extractor) -> None:
    """Without bars the gaps justification sets inside one number still join it: 1 280 家 stays one number."""
    assert _got(_run(extractor, "全市共有医院 1 280 家。\n", "2026-02-10"), "value") == [("1280家", 1280)]
