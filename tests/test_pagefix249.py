"""Newspaper page leftovers (pagefix249): a justified line's wide word space and a paragraph's indent, as an extractor
that sets each character where it stands on a grid of 3 points (pdftotext -fixed 3) prints them, left a number's tail
and unit at the next column's top out of the number. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted


def _placed(rows: list[list[tuple[int, str]]]) -> str:
    """Lines with each piece of text set at its character position (pdftotext -fixed: a Han character a place, the
    gaps a line's glyphs leave printed as spaces)."""
    out = []
    for row in rows:
        line = ""
        for col, text in row:
            line += " " * (col - len(line)) + text
        out.append(line.rstrip())
    return "\n".join(out) + "\n"


_HEAD = [[(13, "今日桦甸 2026年12月3日 星期四 第2版 民生"), (150, "2")], [], [(13, "县中医院新院区启用")], []]

# an item of two columns, its first line justified (记者 | 周敏: the spread printed as a run of spaces, so that the line
# shows three pieces), the first column's foot ending on 7 and the second's top going on 40张；…; of the second column's
# two rows that show both columns, one opens a paragraph, set in by two characters (six places)
_JUSTIFIED = _placed(_HEAD + [
    [(19, "本报讯（记者"), (40, "周敏）截至10"), (64, "40张；年门诊量达到52万人次。")],
    [(13, "月底，县中医院新院区已开放床位"), (70, "今年，全县为1.8万名老年人免")],
    [(13, "1260张，其中康复医学科设床位7"), (64, "费体检，投入资金960万元。")],
])


def test_a_justified_lines_word_space_and_an_indent_leave_a_columns_foot_going_on(extractor: Extractor) -> None:
    """…康复医学科设床位7 | 40张；…: the second column's edge is where its flush lines start (64), not its indented
    line's (70), so 40张；… at 64 is that column's top, not wide spaces inside the first column's line; and the first
    column's line with its justified spread reads as wide as its others, so that its foot, at the column's full width,
    goes on there: 740张, and no 7 or 40张."""
    got = quoted(dated_figures(extractor, _JUSTIFIED, "2026-12-03", "今日桦甸"), "value")
    assert ("740张", 740.0) in got, got
    assert ("1260张", 1260.0) in got and ("960万元", 9600000.0) in got, got
    assert not [q for q, _ in got if q in ("7", "40张")], got
