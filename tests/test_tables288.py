"""Table leftovers (task tables288): reports267's v01 set its year's goals beside what was done (指标 | 单位 | 年度目标 |
完成值 | 增长（%） | 完成情况), each goal written as the sentence would (增长6%左右, in a row of 亿元) and a last column of
words (基本完成, 未完成): six cells missed, the goals read as changes from the running text. A cell with its own mark is
read by that mark whatever the row's unit, a goal column's cell a target; a last column of such words (tables.yaml
word_cells) holds no figure. Tables invented."""

from __future__ import annotations

from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got

_HEAD = "表2　2025年主要指标完成情况\n\n指标 | 单位 | 年度目标 | 完成值 | 增长（%） | 完成情况\n"
_ROWS = ("社会消费品零售总额 | 亿元 | 增长7%左右 | 25.6 | 6.1 | 基本完成\n"
         "规模以上工业增加值 | 亿元 | 增长8%以上 | 12.3 | 8.5 | 超额完成\n"
         "城乡居民人均可支配收入 | 元 | 增长6% | 26840 | 5.2 | 未完成\n")
_WANT = [("7%左右", 7.0, "%", "approx", "target", "2025"), ("25.6", 2560000000.0, "元", "exact", "level", "2025"),
         ("6.1", 6.1, "%", "exact", "change", "2025"), ("8%以上", 8.0, "%", "lower_bound", "target", "2025"),
         ("12.3", 1230000000.0, "元", "exact", "level", "2025"), ("8.5", 8.5, "%", "exact", "change", "2025"),
         ("6%", 6.0, "%", "exact", "target", "2025"), ("26840", 26840.0, "元", "exact", "level", "2025"),
         ("5.2", 5.2, "%", "exact", "change", "2025")]


def _cells(extractor: Extractor, text: str) -> list[tuple]:
    figs = _run(extractor, text, "2026-02-10", source="某县人民政府")
    return _got(figs, "value", "measure", "qualifier", "role", "period")


def test_goal_cells_with_their_own_words_and_marks_beside_a_column_of_words(extractor: Extractor) -> None:
    """增长7%左右 under 年度目标 in a row of 亿元: a target of 7%, about; 基本完成 under 完成情况: no figure, the row's
    other cells read under the columns before it."""
    assert _cells(extractor, _HEAD + _ROWS) == _WANT


def test_goal_cells_with_their_own_marks_without_a_column_of_words(extractor: Extractor) -> None:
    """The same table without its column of words, and with its goals written without the growth word (7%左右)."""
    head = _HEAD.replace(" | 完成情况", "")
    rows = "".join(line.rsplit(" | ", 1)[0] + "\n" for line in _ROWS.splitlines())
    assert _cells(extractor, head + rows) == _WANT
    assert _cells(extractor, head + rows.replace("增长", "")) == _WANT


def test_a_word_cell_under_a_column_of_numbers_is_no_row(extractor: Extractor) -> None:
    """A last cell of words under a column whose word tables.yaml lists with no such words (增长（%）): the row is not
    read as a goal table's."""
    text = "表2　2025年主要指标完成情况\n\n指标 | 单位 | 年度目标 | 完成值 | 增长（%）\n" \
        "社会消费品零售总额 | 亿元 | 增长7%左右 | 25.6 | 基本完成\n"
    assert [c for c in _cells(extractor, text) if c[0] == "25.6"] == []


def test_a_note_under_a_table_of_one_year_is_of_that_year(extractor: Extractor) -> None:
    """注：… right under a table whose caption names its year (表4 2026年…), in a text published the year after: its
    figure is of the table's year, as the rows are; the sentence after it is of the text's time again."""
    text = "表4　2026年主要经济指标\n\n指标 单位 2025年 2026年 增长%\n地区生产总值 亿元 156.2 165.8 6.1\n" \
        "城镇新增就业 人 2860 3010 5.2\n\n注：城镇新增就业中，农村劳动力转移就业新增820人。\n\n全县新增床位120张。\n"
    figs = _run(extractor, text, "2027-02-20", source="某县统计局")
    got = {f["quote"]: f["period"] for f in figs}
    assert got["820人"] == "2026"
    assert got["120张"] == "2027-02"


def test_a_note_under_a_table_of_part_of_a_year_keeps_the_text_time(extractor: Extractor) -> None:
    """… but under a table of the year's first nine months (表1 2026年1—9月…) a note's undated figure is not of the whole
    year: it keeps the time the text gives (here the text's month)."""
    text = "表1　2026年1—9月主要经济指标\n\n指标 单位 1—9月 增长%\n地区生产总值 亿元 126.2 5.1\n\n" \
        "注：城镇新增就业中，农村劳动力转移就业新增820人。\n"
    figs = _run(extractor, text, "2026-10-20", source="某县统计局")
    assert {f["quote"]: f["period"] for f in figs}["820人"] != "2026"
