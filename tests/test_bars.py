"""Bar charts a layout-keeping extractor printed as set on the page (`repair.bars`): each bar's value over its label,
the axis's ticks at the left, the caption with its unit in brackets above. A value is read only where it stands
over one label and every label has one value; anything less sure reads nothing from the chart. Charts invented."""

from __future__ import annotations

from stats.repair.bars import _TWO_GAPS, _cells, bar_charts
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run

# values at their bars' heights, not in the labels' order; the text beside the chart starts right of its labels
JOBS = """本报讯 今年以来，全市就业形势保持稳定。

前三季度各县城镇新增就业（人）
 3000                                 本报讯 今年以来，全市新建
               2640                   养老服务中心12个。
 2000                  1870
       1520
 1000
   0
        甲县      乙县      丙县
"""

# (the same chart in 万人: the unit scales each value)
TENS = JOBS.replace("（人）", "（万人）").replace("2640", "2.64").replace("1870", "1.87").replace("1520", "1.52")

GROWTH = """前11个月各县规上工业增加值增速（%）
 12
           10.4
  8  8.2              6.9
  4
  0
     红县      绿县      蓝县
"""


def test_each_bar_value_takes_the_label_it_stands_over(extractor: Extractor) -> None:
    """2640 stands over 乙县 though it is printed first: a value goes with the label under it (its subject), the
    caption's unit its unit and what the caption counts (城镇新增就业) its metric; the text set beside the chart is
    read as text."""
    got = [(f["quote"], f["value"], f["subject"], f["metric"], f["role"])
           for f in _run(extractor, JOBS, "2025-10-20", "某某日报")]
    assert got == [("1520", 1520.0, "甲县", "jobs.urban_new", "level"), ("2640", 2640.0, "乙县", "jobs.urban_new", "level"),
                   ("1870", 1870.0, "丙县", "jobs.urban_new", "level"),
                   ("12个", 12.0, "养老服务中心", "quantity.care_institutions", "level")]


def test_the_caption_unit_scales_the_values() -> None:
    """（万人）: 2.64 is 2.64万人, read as the bar of 乙县 (the reader's pairing, before any figure is made)."""
    charts = bar_charts(TENS, lambda t: len(t) <= 8, lambda u: u if u in ("人", "万人", "%") else None)
    assert [(c.unit, [(b.label, b.value) for b in c.bars]) for c in charts] == [
        ("万人", [("甲县", "1.52"), ("乙县", "2.64"), ("丙县", "1.87")])]


def test_a_ten_thousands_chart_gives_its_values_scaled(extractor: Extractor) -> None:
    got = {f["quote"]: (f["value"], f["subject"]) for f in _run(extractor, TENS, "2025-10-20", "某某日报")}
    assert (got.get("1.52"), got.get("2.64"), got.get("1.87")) == ((15200.0, "甲县"), (26400.0, "乙县"),
                                                                   (18700.0, "丙县"))


def test_a_percent_chart_of_growth_gives_changes(extractor: Extractor) -> None:
    """增速（%）: each bar a change in percent, the axis's ticks (12 8 4 0) none; a tick and a value on one line (8  8.2)
    are told apart by where they stand (the tick left of the first label)."""
    got = [(f["quote"], f["role"]) for f in _run(extractor, GROWTH, "2025-12-18", "某某日报")]
    assert sorted(got) == [("10.4", "change"), ("6.9", "change"), ("8.2", "change")]


def test_a_value_between_two_labels_reads_nothing_from_the_chart() -> None:
    """A value whose middle stands over no label (or two) leaves the pairing unsure: the chart gives none."""
    text = GROWTH.replace("           10.4", "               10.4")
    assert bar_charts(text, lambda t: len(t) <= 8, lambda u: u if u == "%" else None) == []


def test_a_label_without_a_value_reads_nothing_from_the_chart() -> None:
    text = GROWTH.replace("6.9", "   ")
    assert bar_charts(text, lambda t: len(t) <= 8, lambda u: u if u == "%" else None) == []


def test_text_run_into_the_chart_reads_nothing_from_it() -> None:
    """A word over the labels' span that is not the caption (a column of text set into the chart): its numbers could
    be anyone's."""
    text = GROWTH.replace("  4\n", "  4       全县完成\n")
    assert bar_charts(text, lambda t: len(t) <= 8, lambda u: u if u == "%" else None) == []


def test_a_chart_with_no_unit_in_its_caption_reads_nothing() -> None:
    text = GROWTH.replace("（%）", "")
    assert bar_charts(text, lambda t: len(t) <= 8, lambda u: u if u == "%" else None) == []


def test_a_chart_printed_a_box_a_line_is_not_paired(extractor: Extractor) -> None:
    """An extractor that prints a box a line gives the values in the order of their heights, then the labels: no
    place under a value says whose it is, and none is read."""
    text = "前三季度各县城镇新增就业（人）\n3000\n2640\n2000\n1870\n1520\n0\n甲县\n乙县\n丙县\n"
    got = [f["quote"] for f in _run(extractor, text, "2025-10-20", "某某日报")]
    assert not {"2640", "1870", "1520"} & set(got)


def test_the_two_gaps_gate_lets_every_line_of_three_cells_through() -> None:
    """`bar_charts` splits a line into cells only where `_TWO_GAPS` finds two gaps: over every line of every shipped
    and gold text, and over lines built to put each kind of gap (two spaces, a tab, an ideographic space, a space
    then a tab) between cells, no line of three cells or more is kept from it."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "data"
    lines = [line for p in sorted(root.rglob("*.txt")) for line in p.read_text(encoding="utf-8", errors="replace")
             .split("\n")]
    gaps = ("  ", "\t", "\u3000", " \t", "\t ", "   ", " \u3000 ")
    words = ("甲县", "乙 县", "丙县县", "12", "(%)")
    lines += [f"{lead}{a}{g1}{b}{g2}{c}{tail}" for lead in ("", " ", "  ") for g1 in gaps for g2 in gaps
              for a in words for b in words for c in words for tail in ("", " ", "  ")]
    assert len(lines) > 50000
    missed = [line for line in lines if len(_cells(line, 0)) >= 3 and _TWO_GAPS.search(line) is None]
    assert missed == []
    assert _TWO_GAPS.search("甲县 乙县 丙县") is None  # one plain space apart: one cell


def test_the_split_gate_lets_every_line_with_two_gaps_through() -> None:
    """A line `_TWO_GAPS` finds two gaps in is one `str.split` cuts into three pieces or more (`bar_charts` once asked
    the split first; since speed47 it asks a page at once, tests/test_speed47.py): `str.split` and the pattern's
    `\\s` know the same spaces (every code point), so a line with two gaps is never kept from it, over
    every line of every shipped and gold text and over lines built with each kind of space as a gap."""
    import re
    from pathlib import Path

    space = re.compile(r"\s")
    assert [c for c in map(chr, range(0x110000)) if c.isspace() != bool(space.fullmatch(c))] == []
    root = Path(__file__).resolve().parents[1] / "data"
    lines = [line for p in sorted(root.rglob("*.txt")) for line in p.read_text(encoding="utf-8", errors="replace")
             .split("\n")]
    spaces = [c for c in map(chr, range(0x110000)) if c.isspace() and c != "\n"]
    lines += [f"甲{g1}{g2}乙{g1}丙" for g1 in spaces for g2 in spaces]
    lines += [f"甲{g}乙{g}{g}丙" for g in spaces] + [f"甲 {g}乙 {g}丙" for g in spaces]
    found = [line for line in lines if _TWO_GAPS.search(line) is not None]
    assert len(found) > 500
    assert [line for line in found if len(line.split(None, 2)) < 3] == []
