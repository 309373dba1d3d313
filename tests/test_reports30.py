"""What the blind set data/gold/reports30 found: a 市 statistical bulletin's 人口、就业和社会保障 and 卫生 sections, a 县
“十五五” plan's 主要指标 table pasted as text (类别 | 指标 | 2025年 | 2030年 | 年均增长 | 属性), a 乡镇's report to its
county's inspection: a row of a table read as a line joined its cells across their gaps into one wrong number
(418.6 | 600 | 7%左右 read as 418.66007%). Sentences invented, in the style of such texts."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_a_gap_after_a_decimal_keeps_the_next_cell_apart(extractor: Extractor) -> None:
    """A decimal's digits never go on after a gap: 52.3 6% is two cells, and no figure reads 52.36%."""
    got = _got(_run(extractor, "森林覆盖率（%） 52.3 6%左右 约束性\n", "2026-02-10"), "value")
    assert ("52.36%左右", 52.36) not in got
    assert all(v != 52.36 for _, v in got)


def test_a_gap_between_whole_numbers_that_is_no_thousands_mark_keeps_them_apart(extractor: Extractor) -> None:
    """Two digits or more, a gap, then one or two digits (850 9%): no thousands group follows, and no number
    spaced out a digit at a time leads, so the gap parts two cells, not 8509%."""
    got = _got(_run(extractor, "粮食产量（万吨） 850 9%\n", "2026-02-10"), "value")
    assert all(v != 8509 for _, v in got)


def test_a_number_spaced_out_or_set_with_a_thousands_gap_still_reads_whole(extractor: Extractor) -> None:
    """The gaps justification and thousands marks set inside one number still join it: 1 280 家, 1 0 8 5 家."""
    assert _got(_run(extractor, "全市共有医院 1 280 家。\n", "2026-02-10"), "value") == [("1280家", 1280)]
    assert _got(_run(extractor, "全市共有诊所 1 0 8 5 家。\n", "2026-02-10"), "value") == [("1085家", 1085)]
