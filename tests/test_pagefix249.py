"""Newspaper page leftovers (pagefix249): a justified line's wide word space and a paragraph's indent, as an extractor
that sets each character where it stands on a grid of 3 points (pdftotext -fixed 3) prints them, left a number's tail
and unit at the next column's top out of the number; in a block of few rows the column's edge is where its flush
lines start, in a long one its median start still. Sentences invented, in the style of such pages."""

from __future__ import annotations

import unicodedata

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


def _by_width(left: list[str], right: list[str], at: int = 38) -> list[str]:
    """Two columns side by side as a layout-keeping extractor sets them by their printed width (a Han character two
    places, a digit one): the second column's lines start some characters apart as the first's digits run."""
    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    rows = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        rows.append(a + " " * (at - width(a)) + b if b else a)
    return rows


# a county's half-year report of two columns, its office and date on one line a gap apart over them; of the second
# column's starts (20 to 25 characters in), one line of Han alone starts leftmost
_HALF_YEAR = "\n".join(["桐柏县上半年经济社会发展主要指标稳中向好", "桐柏县人民政府办公室  2025年8月5日", *_by_width(
    ["上半年，全县地区生产总值完成98.6", "亿元，同比增长5.2%。其中，第一产业", "增加值21.4亿元，增长3.6%；第二产业",
     "增加值30.8亿元，增长6.9%；第三产业", "增加值46.4亿元，增长5.1%。全县固定", "资产投资保持较快增长，社会消费品零售",
     "总额36.2亿元，增长6.1%。就业形势保", "持稳定，上半年全县城镇新增就业2368", "人，完成年度目标的59.2%。"],
    ["发放创业担保贷款2860万元，扶持创业", "312人，带动就业946人。城镇登记失业", "率3.1%。卫生健康事业加快发展。截至6",
     "月底，全县医疗卫生机构床位2460张，比", "上年末增加96张，每千常住人口床位6.1", "张。县人民医院新增床位150张，县中医",
     "院新增床位60张。下半年，全县将确保全", "年城镇新增就业4000人以上。"])]) + "\n"


def test_a_long_blocks_column_edge_is_its_median_start_not_its_leftmost(extractor: Extractor) -> None:
    """In a block of many rows set by printed width, the second column's leftmost start (20, a line of Han alone) is
    no edge: taken for one, the date after the office's name (ending at 21) would read as that column's first line,
    and the column's first figures would take the paper's month; read after the first column, they are 上半年's."""
    got = quoted(dated_figures(extractor, _HALF_YEAR, "2025-08-05", "桐柏县人民政府"), "period")
    assert ("2860万元", "2025H1") in got and ("946人", "2025H1") in got, got
    assert ("2460张", "2025-06") in got, got
