"""Columns that touch on a page read by pypdf's layout mode (data/gold/pages p81): that mode sets each line's
characters one to a place, so a column's line of many digits runs past where the next column starts, and the next
column's line follows with no gap at all. In a short block of three columns whose first row alone shows all three,
the middle column's width was taken from that row's piece, a line short of the column's edge: the glued lines were
cut two characters early, or (a paragraph's short last line in the next column) not cut at all, and the next
column's lines ran into the middle column's sentences (…比年初增加2收收入增长6%以上。, dated by 截至12月末). Where a cut
left a number out (…比年初增加2 | 收收入…, the 2 at the cut), the next column's top opening on that number's tail
(35.2亿元。) was read as a figure of its own: a wrong value. Page text invented, set as pypdf's layout mode prints it."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures


def _row(*pieces: tuple[int, str]) -> str:
    """A line of the page: each piece set at its place (a piece past its place follows the one before, no gap)."""
    line = ""
    for at, text in pieces:
        line = line + " " * max(0, at - len(line)) + text
    return line


# a lead taken up from page 1 in three columns: the first row shows them all (the third column's top the tail of the
# number the second column ends on: 增加2 | 35.2亿元。), the rows under it the second and third columns' lines touching
_PAGE = "\n".join([
    "某某日报 2026年2月3日 星期二 要闻                                          2",
    "",
    _row((0, "去年我县一般公共预算收入增长4.8%")),
    _row((2, "（上接第1版）消费方面，全年全县"), (27, "财政方面，全年全县税收收入1175"), (49, "35.2亿元。")),
    _row((0, "社会消费品零售总额增长5.2%，其中网"),
         (24, ".3亿元，增长6.4%，其中增值税48.6亿元县财政局有关负责人表示，今年全县")),
    _row((0, "络零售额增长15.6%，占社会消费品零"),
         (24, "，增长3.9%。截至12月末，全县金融机构一般公共预算收入预期增长5%左右，税")),
    _row((0, "售总额的比重达到21.4%。"), (24, "本外币贷款余额1862.5亿元，比年初增加2收收入增长6%以上。")),
    "",
])


def _figures(extractor: Extractor) -> list[dict]:
    return dated_figures(extractor, _PAGE, "2026-02-03", source="某某日报")


def test_a_numbers_tail_atop_the_next_column_after_a_cut_gives_no_figure(extractor: Extractor) -> None:
    """增加2 | 35.2亿元: the 2 left out where the line was cut, the next column's top is no figure of its own (35.2亿元
    is wrong: 235.2亿元 is meant); the figures around it still read."""
    got = [(f["quote"], f["value"]) for f in _figures(extractor)]
    assert not any(q.endswith("35.2亿元") for q, _ in got)
    assert ("1862.5亿元", 186250000000) in got and ("1175.3亿元", 117530000000) in got


def test_the_next_columns_lines_are_cut_off_the_middle_columns_sentence(extractor: Extractor) -> None:
    """…比年初增加2 | 收收入增长6%以上。: the third column's last line, a paragraph's short one, is cut off the middle
    column's line though the two together are short of two full lines: 6%以上 is this year's target the official
    states, not a change of the December balance."""
    got = {f["quote"]: (f["role"], f["period"]) for f in _figures(extractor)}
    assert got["6%以上"] == ("target", "2026") and got["5%左右"] == ("target", "2026")


def test_the_middle_column_is_cut_at_the_full_width_of_its_neighbours_line(extractor: Extractor) -> None:
    """The middle column's line is taken as wide as the first column's, not as the first row's piece, a line of many
    digits short of the column's edge (财政方面，全年全县税收收入1175): 全县金融机构 | 一般公共预算收入 is cut between
    the two, not two characters early (全县金融机 | 构一般…)."""
    sentences = {f["quote"]: f["sentence"] for f in _figures(extractor)}
    assert "一般公共预算收入预期增长5%左右" in sentences["5%左右"]
    assert sentences["1862.5亿元"].startswith("截至12月末，全县金融机构本外币贷款余额")
