"""What the blind pages p55-p56 found (data/gold/pages: 莒南日报's 要闻 page, a 政府工作报告（摘要） over four narrow
columns beside a 名词解释 sidebar, read by pdfplumber's words at a y_tolerance of 5 points; 辽宁日报's 民生 page read by
pypdf's layout mode): wrong values, each a number's tail read apart from its head or a number run into another
column's word. A short block half of whose rows pypdf ran two columns together was read a row at a time (…达到68.4 |
元，… read 68.4元; …每年700 | 本医疗… read 700本); a row's piece ending on a number took the short piece after it as
its own line's head (…达到5 | 完成, then 2.8万吨 of 52.8万吨 read alone); and a line opening with a percent's tail
(3. | 5%以内) was joined by the sweep's rhythm alone to a line ending on a word, or, left alone and short, kept its
digits. Sentences invented, in the style of such pages."""

from __future__ import annotations

from stats.repair.interleave import _percent_open, _rejoin, _row_spans
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run

# an item set in two columns, its rows as pypdf's layout mode prints them: the first two rows show both columns,
# the last two run them together with no gap (a full line of digits prints wider than a line of Han)
_GLUED_ITEM = [
    "丁县城乡居民医保参保率达97.2%",
    "",
    "  本报讯（记者 周敏）截    上。今年，全县居民医保财政",
    "至8月底，丁县城乡居民基     补助标准提高到每人每年680",
    "本医疗保险参保人数达到42.6元，戊镇新建村卫生室标准",
    "万人，参保率稳定在97.2%以化服务点12个。",
]


def test_a_short_block_half_of_whose_rows_run_two_columns_together_is_cut_apart(extractor: Extractor) -> None:
    """Half the pieces at the first column's start are two lines' worth: counted, they made the column's usual
    line a glued one's, and no row was cut (read a row at a time, 参保人数达到42.6 | 元，… made 42.6元). Not
    counting them, the third row is cut at the column's width, the number at the cut left out: no wrong value,
    and the figures of the rows not cut stay."""
    got = [(f["quote"], f["value"], f["unit"]) for f in _run(extractor, "\n".join(_GLUED_ITEM) + "\n", "2025-10-30",
                                                            source="某某日报")]
    assert not [q for q, v, _ in got if v == 42.6]
    assert ("97.2%", 97.2, "percent") in got and ("12个", 12.0, "count") in got


def test_a_rows_piece_ending_on_a_number_takes_no_short_piece_after_it() -> None:
    """pdfplumber's words a row at a time: a short piece not ending its paragraph is a line's head and takes the
    next (本报讯（记者 | 王佳丽）…), but one ending on a digit ends a column's line (…稳定在6, its tail on the column's
    next line): joined to the next column's short line (增长, a subhead's second line) its number would run on."""
    row = "全年规上工业产值达1 粮食总产量稳定在6 增长 加快推进重点项目建"
    pieces = [row[a:b] for a, b in _rejoin(row, _row_spans(row, wide=False), 12.0, frozenset("。"))]
    assert pieces[:2] == ["全年规上工业产值达1", "粮食总产量稳定在6"]
    assert "增长" in pieces[2]


def test_a_line_opening_with_a_percent_is_a_numbers_tail() -> None:
    """5%以内…, .5%…, %。…: no paragraph opens with a percent, so such a line is the tail of a number cut at a line's
    end (…控制在3. | 5%以内): the sweep's rhythm alone never joins it to a line ending on a word, and left alone it
    loses its digits even when short. A line opening with a year or a count (2025年…, 12个…) may open a paragraph."""
    assert _percent_open("5%以内；粮食产量稳") and _percent_open(".5%，同比") and _percent_open("%。新建")
    assert not _percent_open("2025年，全县") and not _percent_open("12个重点项目")
