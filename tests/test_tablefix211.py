"""Bulletin tables an extractor printed a cell a line in forms no reader put back (`stats.repair.transpose`): two
tables set side by side under one head that repeats, printed row by row (`_side_by_side`). Read a row a line, each
table under its own half of the head, they give the figures such tables printed a row a line give; where the rows do
not line up beyond doubt, they give nothing. Tables invented, in the style of a city bulletin's."""

from __future__ import annotations

from stats.repair.transpose import _totals_late
from stats.run.pipeline import Extractor

# two tables side by side as pdftohtml and pdftotext print a ruled table's cells: a cell a line, row by row, each row's
# left table's cells then its right table's; the right table's indented last label printed after the last row
_SIDE = [
    "年末全市城镇职工基本养老保险参保人数52.36万人。",
    "表8  2025年社会保障主要指标",
    "指标", "单位", "2025年", "增长%", "指标", "单位", "2025年", "增长%",
    "职工养老保险参保", "万人", "52.36", "3.1", "城乡低保资金", "亿元", "4.28", "（1.5）",
    "失业保险参保", "万人", "21.08", "2.2", "养老机构床位", "张", "12,486", "5.3",
    "工伤保险参保", "万人", "30.64", "1.7", "张", "6,214", "8.2", "其中：护理型",
]


def _figures(extractor: Extractor, lines: list[str]) -> list[tuple[str, float, str, str]]:
    """(number as the source has it, value, unit, role) of every figure from the table's rows, in the order found."""
    text = "\n".join(lines) + "\n"
    got = extractor.extract_text(text).figures
    return [(text[f["src_start"]:f["src_end"]], f["value"], f["unit"], f["role"]) for f in got
            if f["sentence"] != lines[0]]


def test_two_tables_side_by_side_are_read_each_under_its_half_of_the_head(extractor: Extractor) -> None:
    """Each half of a row takes its own label, unit and columns: 52.36 万人 a level, 3.1 a change in percent; the
    right table's bracketed cell (（1.5）, a fall in an accounting table, alone on its line under a number: tablefix220's
    layout `_LINE_FALL`) gives -1.5, as the wide-gap row's does, and its last label printed after the last row takes
    that row (其中：护理型, 6,214 张)."""
    got = _figures(extractor, _SIDE)
    assert got == [
        ("52.36", 523600.0, "person", "level"), ("3.1", 3.1, "percent", "change"),
        ("21.08", 210800.0, "person", "level"), ("2.2", 2.2, "percent", "change"),
        ("30.64", 306400.0, "person", "level"), ("1.7", 1.7, "percent", "change"),
        ("4.28", 428000000.0, "CNY", "level"), ("（1.5", -1.5, "percent", "change"),
        ("12,486", 12486.0, "bed", "level"), ("5.3", 5.3, "percent", "change"),
        ("6,214", 6214.0, "bed", "level"), ("8.2", 8.2, "percent", "change"),
    ]


def test_side_by_side_rows_of_another_shape_give_nothing(extractor: Extractor) -> None:
    """A head that does not repeat, or a row with a cell fewer, leaves a doubt: no cell of the table is read."""
    other = [*_SIDE[:8], "上年", *_SIDE[9:]]
    short = [line for line in _SIDE if line != "21.08"]
    for lines in (other, short):
        got = {q for q, *_ in _figures(extractor, lines)}
        assert not {"52.36", "4.28", "12,486", "6,214"} & got


def test_totals_printed_after_their_columns_are_put_back_only_where_the_sums_tell_it() -> None:
    """A run of four columns of four (three cities and 合计) whose first two columns' totals came after both columns'
    other cells: put back under their columns (transpose `_totals_late`), each column of counts summing to its total;
    a run where no such arrangement sums, or where a moved column holds decimals (no sum to tell by), gives none."""
    run = ["3946", "3362", "2764", "22480", "17840", "13260", "10072", "53580", "7.06", "7.26", "6.62", "6.98",
           "23860", "18620", "13840", "56320"]
    assert _totals_late(run, 0, 4, 4) == [[0, 1, 2, 6], [3, 4, 5, 7], [8, 9, 10, 11], [12, 13, 14, 15]]
    wrong = [*run[:6], "9072", *run[7:]]
    assert _totals_late(wrong, 0, 4, 4) is None
    rates = ["7.06", "7.26", "6.62", "22480", "17840", "13260", "6.98", "53580", *run[8:]]
    assert _totals_late(rates, 0, 4, 4) is None
