"""speed111: the lines a number box's glued entries may stand on are found by one scan of the page
(`layout._glued_candidates`) instead of a strip and a match of every line; the entries found must stay the same."""

from __future__ import annotations

import random

from stats.repair.layout import _GLUED_FIGURE, _SPACES, _glued_candidates
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

_BOX = ("98.6亿元地区生产总值\n"
        "7.4%规上工业增加值增长\n"
        "41.3亿元社会消费品零售总额\n")
_NEXT = "横店：影视产业再提速\n本报讯（通讯员 王芳）今年，横店镇新增影视企业86家。\n"


def _glued_by_line(lines: list[str]) -> set[int]:
    """The lines whose text past their spaces opens on a glued figure, asked a line at a time (as before the scan)."""
    return {k for k, line in enumerate(lines) if _GLUED_FIGURE.match(line.strip(_SPACES))}


def test_the_scan_finds_lines_opening_on_a_figure_past_any_spaces_the_first_line_too() -> None:
    """A page's first line, and lines indented by ideographic, no-break or zero-width spaces or a carriage return's
    leftover, open on a figure (or its sign) all the same; lines of words and a year's heading inside a line do not."""
    lines = ["8.2%规上工业增加值增长", "全市实现地区生产总值98.6亿元", "\u3000\u300072.6亿元社会消费品零售总额",
             "", "\u00a0+6.1%出口总额增长", "\u200b\r41.3亿元一般公共预算收入", "数读·前三季度", "\uff0b5.0%进口增长"]
    found = _glued_candidates(lines, "\n".join(lines))
    assert found == [0, 2, 4, 5, 7]
    assert _glued_by_line(lines) <= set(found)


def test_a_line_holding_a_newline_of_its_own_leaves_every_line_to_be_asked() -> None:
    """Where a line holds a newline, the page's lines are not the lines given: no line is passed over."""
    lines = ["数读", "98.6亿元地区\n生产总值", "7.4%规上工业增加值增长"]
    assert _glued_candidates(lines, "\n".join(lines)) == [0, 1, 2]


def test_the_scan_never_passes_over_a_line_the_line_by_line_test_takes() -> None:
    """Random pages of spaces, signs, digits, marks and letters (a fixed seed): every line the figure test takes a
    line at a time is among the scan's, which are in order, each once."""
    rng = random.Random(111)
    alphabet = list(" \t\u3000\u00a0\u200b\r\f+\uff0b\u2212-0123456789.%\u2030万亿元增长年a\u0661\uff11")
    for _ in range(20_000):
        lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(1, 6))]
        found = _glued_candidates(lines, "\n".join(lines))
        assert _glued_by_line(lines) <= set(found), lines
        assert found == sorted(set(found)) and all(0 <= k < len(lines) for k in found)


def test_a_glued_box_on_a_page_s_first_lines_reads_each_entry_alone(extractor: Extractor) -> None:
    """A box printed an entry a line, figure glued to label, that opens the page (its first entry on line 0): each
    entry alone, so the growth label of 7.4% does not run into 41.3亿元 and make it a change."""
    figs = quoted(dated_figures(extractor, _BOX + _NEXT, "2026-10-30"), "role")
    assert figs[:3] == [("98.6亿元", "level"), ("7.4%", "change"), ("41.3亿元", "level")]
