"""Tables an extractor printed a column at a time, put back a row a line, each cell keeping its source offset.

pdfminer (`pdf2txt`, `extract_text` with its default layout analysis) makes a text box of each column of a
table, and prints the boxes one after the other: first the label column's cells, one a line, then the first
value column's numbers, one a line, then the next column's, each column's head cell above its cells:

    项目 / 收入 / 支出 / 本年 / 120 / 80 / 增长 / 3.1 / 2.4

The layout repair joins such lines into one run of text (收入支出本年12080增长3.12.4) that no reader can take
apart. `transposed` sits between the layout repair and segmentation. It looks at the lines of the paragraphs
it holds (a paragraph's line breaks are where the source broke its text), and where a run of label lines is
followed by one or more runs of number lines, each under one head cell and each exactly as long as the labels,
it hands on a head paragraph (the label column's head and the columns' heads, a space apart) and a paragraph a
row (the label, then the row's number from each column), in place of those lines. The table reader
(`stats.find.tablerows`) then reads them as it reads any table printed a row a line: units, heads, roles and
periods come out as for any table, and every character keeps the source offset it came from, so a figure
points at its own number.

It reads only what leaves no doubt, a wrong pairing being worse than none: every label line must be a row's
label (`row_label`: no digit, no sentence mark), every column exactly as long as the labels, every column
under a head cell of its own, and the head so made must be one the table reader reads (`head`); the line above
the labels must be that head's first cell or no label (a label cut over two lines would shift every row).
A numbered heading (layout.yaml `heading`: 二、…) the extractor read between the labels and the first column's
head (a box set beside the table) is handed on after the rows, a paragraph of its own. Where the extractor printed
some value columns before the labels (its boxes out of order), each column a run as long as the labels right under its
own unit in brackets, the table is read as well (`_labels_after`), and so where it printed the head's top cells
first, then the columns with no bottom word in one run, each other column under its bottom word, and the labels last
(`_tops_over_runs`: as many top cells as columns), and so where it printed every head over the labels, the columns
under them in one run, then the unit note and the columns after it each under its own head (`_headed_table`), and so
where it printed the whole head, the caption, the labels and the unit column's cells before every column in one run
(`_units_over_run`; its head maybe over two lines, a top cell merged over columns: `_under_tops`), and so where it
printed the labels, then the head's top cells, the unit column's cells and the columns (the rest of a table a page
break cut, its head repeated: `_tops_over_units`), a note and a heading set beside
the table maybe between the labels and the head, and so where it printed the labels under their head, maybe the unit
column, every value column's head and the unit note, then every column in one run (`_heads_over_run`: a note and
a caption maybe set beside the table between the labels and the heads; the unit note maybe after that run, then columns
each under its own head), and so where it printed the labels, a heading
and the caption set beside the table, the rest of the head a cell a line, the unit column's cells and every column in
one run (`_units_under_heads`), and so where it printed the label column's head, then the years of a head whose each year
spans a group of columns a line each (项目 / 2025年 / 2024年), the labels, then each column under its own word, the
same words once a year (`_year_grouped_table`), and so where it printed the heads in an order of its own over every
column in one run, then the labels each after its row's number (1 渝北区 / 2 九龙坡区 …: `_numbered_labels_after`), and so
where it printed two tables set side by side under one head that repeats a cell a line, row by row, each row's left
cells then its right ones (`_side_by_side`: split at the head's repeat, each table handed on under its own half), and
so where it printed a head set over two rows a cell a line, each top cell right before the bottom cells (each ending
in its unit) under it, then the labels and every column in one run (`_tops_before_bottoms`).
Where the layout repair went on with a sentence broken off at a column's foot at a label of the table (a line the
source printed after the next paragraph opened), that line is put back where the source printed it, only where a
table then takes it (`_strays_put_back`); bare numbers under a last column whose every cell carries one measure (5.6%
…, then a page's folio 5 / 2) are no cells of it (`_tailed`). A head set over two lines is rebuilt only where it
reads as many value columns as the run holds (`_reads_columns`: 指标 / 单位 / 一季度 / 上半年 / 前三季度 / 全年 over three
columns is a head of four whose last column was printed elsewhere, no top cell over three), and a table whose cells
contradict its head's roles is not read (`_signs_astray`: falls under a level's head, none under the change's, a column
printed out of the head's order). Anything else hands the lines on as they came.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from stats.repair.layout import Paragraph
from stats.repair.offsets import OffsetMap
from stats.rules.prepared import compiled_regex

# a value column's cell: a plain number (thousands commas, a point, a sign; the repair folded widths), or a
# mark for a blank cell
_NUMBER = re.compile(r"[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_BLANKS = frozenset(("\u2014", "\u2014\u2014", "\u2026", "-"))
# two source lines running (blank lines between them aside), each opening as a value column's cell opens (a sign, a
# digit, a blank's mark): what
# every column of two or more cells holds, looked for before the lines are read one by one
_TWO_CELLS = re.compile(r"^[^\S\n]*[-+\u2212\u2014\u2026\d][^\n]*\n(?:[^\S\n]*\n)*[^\S\n]*[-+\u2212\u2014\u2026\d]", re.M)
# a number box's figure alone on its line (5180亿元, 5.8%, 5.5%左右): a number, its magnitude and measure word or its
# percent mark and a qualifier after it; no year (2025年: a chart's bar, a column's head)
_BOX_FIGURE = compiled_regex(r"(?!(?:19|20)\d\d\p{L}$)\d+(?:\.\d+)?(?:\p{L}{1,4}|[%\u2030]\p{L}{0,2})")
_BOX_YEAR = compiled_regex(r"(?:19|20)\d\d\p{L}")  # a box label's year before its words (2025年地区生产总值)
_BOX_ROW = (2, 6)  # the fewest and most figures a box sets in a row (`_figure_rows`)
_BOX_LABEL = 16  # a box's label holds at most this many characters
_LABEL_MAX = 24  # a label cell holds at most this many characters
_HEAD_MAX = 16  # … a head cell at most this many
# a numbered row's label printed a line (1 渝北区, or 1渝北区 where the repair folded the gap away): its number, a name
_NUMBERED_ROW = compiled_regex(r"(\d{1,2})[ \t\u3000]*(\p{Han}{2,10})")
_MAX_PAR = 2000  # a paragraph longer than this is running text: its lines are not looked at
_HOLD_LINES = 400  # the most lines held before they are handed on whatever the next paragraph is

# a unit and a number run together by the repair (个4,786, 单位2021): `_lines` parts them where the source set a gap
_UNIT_PAIR = compiled_regex(r"(\D{1,6}?)(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)")
# a head cell that closes on a bracket (（个）, 床位（张）, 增长（%）): the bottom line's of a head set over two lines
_CLOSED = compiled_regex(r"\p{Pe}$")

NUMBER, LABEL, OTHER = "n", "l", "o"


@dataclass
class _Line:
    par: int  # index of its paragraph among those held
    start: int  # [start, end) of its text inside the paragraph's text, spaces around it cut
    end: int
    text: str
    kind: str  # NUMBER, LABEL or OTHER


@dataclass
class Table:
    """A table found: the indexes of its lines (label head or None, labels, column heads, columns)."""

    label_head: int | None
    labels: list[int]
    heads: list[int]
    columns: list[list[int]]
    between: int | None = None  # a numbered heading the extractor read between the labels and the columns
    unit_head: int | None = None  # a unit column's head (单位) between the labels and the first value column
    units: list[int] | None = None  # … and its cells, one a row (万人, %)
    # its first line where the columns were printed before the labels (`_labels_after`), or where some labels were
    # printed after every row (`_scattered_table`)
    first: int | None = None
    chart: bool = False  # a chart's values (columns[0]), its years (labels) and its caption under them (heads)
    groups: list[int] | None = None  # a two-level head's top cells, each over as many columns in a row (`_grouped_table`)
    spans: list[int] | None = None  # … or each over as many columns as its span says (`_units_over_run`'s merged head)
    caption: list[int] | None = None  # … and the caption the extractor printed between those cells and the labels
    rows: list[list[int]] | None = None  # a table printed a cell a line row by row (`_row_major_table`): each row's lines
    entries: list[tuple[int, int]] | None = None  # a number box's figures and their labels (`figure_rows`)
    # the lines the extractor printed between the labels and the columns, set beside the table (a note under it, a
    # numbered heading, its caption: `_labels_apart`): handed on, captions before the head and the rest after the rows
    apart: list[int] | None = None
    # the years a line each between the label column's head and the labels, each over a group of as many columns
    # (`_year_grouped_table`): handed on in the head after the label column's head, before the columns' words
    years: list[int] | None = None
    # each label's second line where the labels were set over two lines (`_columns_before_labels`), one a row
    rests: list[int] | None = None
    # a two-level head whose top cells the extractor printed each right before the bottom cells under it (地区 /
    # 养老机构床位 / 总数（张） / 护理型（张） / …: `_tops_before_bottoms`): each top cell read before its bottom word
    tops_first: bool = False

    def span(self) -> tuple[int, int]:
        if self.entries is not None:
            return min(f for f, _ in self.entries), max(lab for _, lab in self.entries) + 1
        if self.rows is not None:  # (a row's label may come after every row's numbers: `_orphans_placed`)
            return self.heads[0], max(max(r) for r in self.rows) + 1
        if self.chart:
            return self.columns[0][0], self.heads[-1] + 1
        if self.first is not None:
            return self.first, max(self.columns[-1][-1], *self.labels, *(self.rests or ())) + 1
        first = min(i for i in (self.label_head, self.labels[0], *self.heads) if i is not None)  # (heads over labels)
        return first, self.columns[-1][-1] + 1


def kind_of(text: str, is_label: Callable[[str], bool], is_cell: Callable[[str], bool] = lambda _text: False) -> str:
    """Whether a line is a value column's cell (a plain number, a blank cell's mark, or what `is_cell` takes: a
    number and its measure word, 8650人), a row's label or anything else."""
    if _NUMBER.fullmatch(text) is not None or text in _BLANKS or is_cell(text):
        return NUMBER
    if len(text) <= _LABEL_MAX and is_label(text):
        return LABEL
    return OTHER


def find_tables(kinds: list[str], texts: list[str], reads_head: Callable[[str], bool],
                head_cell: Callable[[str], bool],
                heading: Callable[[str], object] = lambda _line: False,
                unit_cell: Callable[[str], bool] = lambda _text: False,
                unit_head: Callable[[str], bool] = lambda _text: False,
                chart_years: Callable[[str], tuple[str, ...]] = lambda _text: (),
                unit_note: Callable[[str], bool] = lambda _text: False,
                beside: Callable[[str], bool] = lambda _text: False,
                total: Callable[[str], bool] = lambda _text: False,
                year_cell: Callable[[str], bool] = lambda _text: False,
                part: Callable[[str], bool] = lambda _text: False,
                continued: Callable[[str], bool] = lambda _text: False) -> list[Table]:
    """The column-major tables among lines of these kinds: label lines, then one or more columns, each a head
    cell and as many number lines as there are labels (`module docstring`); and the charts whose values, years and
    caption were printed a line each (`_chart_under`). year_cell: a line that is a year with its year word (2025年),
    which may head a group of columns (`_year_grouped_table`); part: a label that opens with a part's mark (其中：),
    a part of the row above it (`_part_swapped`); continued: a caption's mark alone that takes a table up again where a
    page cut it (续表9, its head not set again: `_resumed_rows`)."""
    n = len(kinds)
    out: list[Table] = []

    def ends(line: str) -> bool:
        return bool(heading(line)) or beside(line)

    # the readers tried in turn where the one column reading (`_table_at`) found none, before and after the stacked
    # reading; True: a table whose lines reach into the one read before it is no table (two readings, a doubt)
    early: tuple[tuple[Callable[[int], Table | None], bool], ...] = (
        (lambda at: _year_grouped_table(kinds, texts, at, reads_head, head_cell, heading, unit_note, year_cell), False),
        (lambda at: _unit_table(kinds, texts, at, reads_head, head_cell, unit_cell, unit_head, ends), False),
        (lambda at: _grouped_table(kinds, texts, at, reads_head, head_cell, unit_cell), False),
        (lambda at: _tops_before_bottoms(kinds, texts, at, reads_head, head_cell, unit_cell), False),
        (lambda at: _unit_box_table(kinds, texts, at, reads_head, head_cell, unit_cell, unit_head), False),
        (lambda at: _heads_over_labels(kinds, texts, at, reads_head, head_cell, unit_cell, unit_head), False))
    late: tuple[tuple[Callable[[int], Table | None], bool], ...] = (
        (lambda at: _columns_before_labels(kinds, texts, at, reads_head, head_cell, unit_note, ends), True),
        (lambda at: _labels_after(kinds, texts, at, reads_head, head_cell, unit_cell), True),
        # (heads over two lines, word over unit: after the label column printed after the columns, whose labels a
        # line over its unit may be taken for a head's word: 永城市 / （个）)
        (lambda at: _split_heads_table(kinds, texts, at, reads_head, head_cell), False),
        (lambda at: _stacked_split_table(kinds, texts, at, reads_head, head_cell, unit_cell), False),
        (lambda at: _headed_table(kinds, texts, at, reads_head, head_cell, unit_note), False),
        (lambda at: _tops_over_runs(kinds, texts, at, reads_head, head_cell, unit_note), True),
        (lambda at: _labels_under_run(kinds, texts, at, reads_head, head_cell, unit_note, total, ends), True),
        (lambda at: _labels_apart(kinds, texts, at, reads_head, head_cell, unit_note, ends), True),
        (lambda at: _units_over_run(kinds, texts, at, reads_head, head_cell, unit_cell, unit_head, ends), True),
        (lambda at: _units_under_heads(kinds, texts, at, reads_head, head_cell, unit_cell, unit_head, ends), True),
        (lambda at: _heads_caption_run(kinds, texts, at, reads_head, head_cell, ends), True),
        (lambda at: _tops_over_units(kinds, texts, at, reads_head, head_cell, unit_cell, unit_head, ends), True),
        (lambda at: _heads_over_run(kinds, texts, at, reads_head, head_cell, unit_cell, unit_head, unit_note, ends),
         True),
        (lambda at: _heads_over_runs(kinds, texts, at, reads_head, head_cell), True),
        (lambda at: _inline_table(kinds, texts, at, reads_head, head_cell, heading), False),
        (lambda at: _scattered_table(kinds, texts, at, reads_head, head_cell, unit_cell), True),
        (lambda at: _side_by_side(kinds, texts, at, reads_head, head_cell, unit_cell, unit_head), True),
        (lambda at: _row_major_table(kinds, texts, at, reads_head, head_cell, part), True),
        (lambda at: _resumed_rows(kinds, texts, at, out, continued), True),
        (lambda at: _numbered_labels_after(kinds, texts, at, reads_head, head_cell), True))
    k = 0
    while k < n:
        if kinds[k] != NUMBER or (k > 0 and kinds[k - 1] == NUMBER):
            k += 1
            continue
        chart = _chart_under(kinds, texts, k, chart_years)
        if chart is not None:
            out.append(chart)
            k = chart.span()[1]
            continue
        table = _table_at(kinds, texts, k, reads_head, head_cell, heading, unit_note)
        stacked = _stacked_table(kinds, texts, k, reads_head, head_cell, unit_cell)
        if table is not None and stacked is not None:
            # (县（市、区） / … / 永城市 / 绝对数 / 比上年增长（%） / six numbers: six labels over 比上年增长（%） alone, or
            # three under the heads 绝对数 and 比上年增长（%）. The stacked reading where the last of the six is a column's
            # word, 绝对数 (a head cell the extractor printed over the next); else no table, a doubt)
            # … but where the one column reading goes on to columns the stacked one leaves over (指标 / eight labels,
            # each with its unit / 2025年 / eight numbers / 比上年 / 增长% / eight numbers), the stacked reading is
            # no table: its columns would be followed by one as long as the labels)
            last = texts[table.labels[-1]]
            lead = texts[table.label_head] if table.label_head is not None else ""
            table = table if table.span()[1] > stacked.span()[1] else \
                stacked if lead and reads_head(_joined([lead, last])) else None
            if table is None:
                k += 1
                continue
        if table is None:
            table = _first_table(early, k, out) or stacked or _first_table(late, k, out)
        if table is None:
            k += 1
            continue
        out.append(table)
        k = table.span()[1]
    return out


def _first_table(readers: tuple[tuple[Callable[[int], Table | None], bool], ...], at: int,
                 out: list[Table]) -> Table | None:
    """The table the first of the readers finds at `at`; a reader marked apart finds none whose lines reach into
    the last table read (`out`): two readings of the same lines, a doubt, so the next reader is asked."""
    for read, apart in readers:
        table = read(at)
        if table is not None and not (apart and out and out[-1].span()[1] > table.span()[0]):
            return table
    return None


def _joined(cells: list[str]) -> str:
    """Cells side by side as `_row` sets them."""
    return "".join((" " if k and _gap(cells[k - 1], c) else "") + c for k, c in enumerate(cells))


def _run(kinds: list[str], at: int) -> int:
    """How many number lines run from at on."""
    end = at
    while end < len(kinds) and kinds[end] == NUMBER:
        end += 1
    return end - at


def _unit_rows(kinds: list[str], texts: list[str], at: int, unit_cell: Callable[[str], bool]) -> tuple[int, int] | None:
    """The run of numbers from at on and the unit cells right over it, where those cells can be its rows: a table
    printed column by column with a unit column puts one unit a row right before its numbers, so the run must hold
    a whole number of columns of that many rows (two rows at least)."""
    run = _run(kinds, at)
    m = 0
    while at - m - 1 >= 0 and kinds[at - m - 1] != NUMBER and unit_cell(texts[at - m - 1]):
        m += 1
    return None if m < 2 or run % m else (run, m)


def _table_at(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
              head_cell: Callable[[str], bool], heading: Callable[[str], object],
              unit_note: Callable[[str], bool] = lambda _text: False) -> Table | None:
    """The table whose first column's numbers open at `at`, or None where anything leaves a doubt. Where the lines
    over the head do not make one, and the line right over it is a numbered heading that no label line looks like,
    the table is looked for again past that line (a heading read between the labels and the columns)."""
    found = _table_past(kinds, texts, at, reads_head, head_cell, None, unit_note)
    between = at - 2
    if found is not None or between < 1 or kinds[between] == NUMBER or not heading(texts[between]):
        return found
    found = _table_past(kinds, texts, at, reads_head, head_cell, between, unit_note)
    if found is None or any(heading(texts[i]) for i in found.labels):
        return None
    return found


def _table_past(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                head_cell: Callable[[str], bool], between: int | None,
                unit_note: Callable[[str], bool] = lambda _text: False) -> Table | None:
    """`_table_at`, the line `between` (if any) left out of the labels."""
    m = _run(kinds, at)
    head = at - 1
    last = head if between is None else between  # the labels end before this line
    first = last - m  # the first label
    if m < 2 or first < 0 or kinds[head] == NUMBER or not head_cell(texts[head]):
        return None
    labels = list(range(first, last))
    if any(kinds[i] != LABEL for i in labels):
        return None
    notes: list[int] = []
    found = _columns(kinds, texts, at, m, head_cell, unit_note, notes)
    if found is None:
        return None
    heads, columns = found
    above = first - 1
    label_head = above if above >= 0 and kinds[above] == LABEL else None
    cells = [texts[i] for i in heads]
    if label_head is not None:
        # the line above the labels: the label column's head, or a label cut over two lines (every row shifted)
        if not reads_head(_joined([texts[label_head], *cells])):
            return None
    elif not reads_head(_joined(cells)):
        return None
    return Table(label_head, labels, heads, columns, between, caption=notes or None)


def _columns(kinds: list[str], texts: list[str], at: int, m: int,
             head_cell: Callable[[str], bool], unit_note: Callable[[str], bool] = lambda _text: False,
             notes: list[int] | None = None) -> tuple[list[int], list[list[int]]] | None:
    """The heads and columns of a table printed a column at a time from the first column's run at `at` (its head
    the line before): every next column a head cell over a run of `m` numbers, or a head cell the extractor broke
    over two lines (比上年 / 增长%, each its own box); None where a run of numbers follows the last column, a column
    the pairing would leave out. The table's unit note (单位：张, a box at the head's right end, which pdfminer prints
    where its left edge falls among the columns) may stand between two columns once: its line goes in `notes`."""
    heads, columns = [at - 1], [list(range(at, at + m))]
    k = at + m
    while k + m < len(kinds) and kinds[k] != NUMBER and head_cell(texts[k]):
        if _run(kinds, k + 1) == m or _tailed(texts, k + 1, _run(kinds, k + 1), m):
            n = 1
        elif k + 1 + m < len(kinds) and kinds[k + 1] != NUMBER and head_cell(texts[k + 1]) \
                and _run(kinds, k + 2) == m:
            n = 2
        else:
            break
        heads.extend(range(k, k + n))
        columns.append(list(range(k + n, k + n + m)))
        k += n + m
        if _run(kinds, k):
            k += _run(kinds, k)  # (bare numbers under the last column: a page's folio, no cell of it)
            break
        if notes is not None and not notes and k + 1 + m < len(kinds) and kinds[k] != NUMBER and unit_note(texts[k]) \
                and kinds[k + 1] != NUMBER and head_cell(texts[k + 1]):
            notes.append(k)  # (the unit note between two columns, a column after it: the table goes on)
            k += 1
    if k < len(kinds) and kinds[k] == NUMBER:
        return None
    if notes and notes[0] > heads[-1]:
        notes.clear()  # (no column after the note: it is none of the table's lines)
    return heads, columns


def _measure(text: str) -> str:
    """What follows a cell's number (元, %): '' for a bare number."""
    m = _NUMBER.match(text)
    return text[m.end():] if m is not None else ""


def _tailed(texts: list[str], at: int, run: int, m: int) -> bool:
    """Whether a run of `run` numbers from `at` is a column of `m` cells that all carry the same measure (5.6%),
    then bare numbers only (a page's folio the extractor printed under the column: 5 / 2): the cells' measure tells
    where the column ends, so the pairing with the labels stays sure."""
    if run <= m:
        return False
    measures = {_measure(texts[i]) for i in range(at, at + m)}
    return len(measures) == 1 and "" not in measures \
        and all(_NUMBER.fullmatch(texts[i]) is not None for i in range(at + m, at + run))


_CAPTION_LINES = 2  # the most caption lines looked over between a two-level head's top cells and the labels


def _unit_ended(text: str, unit_cell: Callable[[str], bool]) -> bool:
    """Whether a line is a head cell ending in its unit in brackets (机构数（个）): a two-level head's top cell."""
    for k in range(len(text) - 2, 0, -1):
        if unicodedata.category(text[k]) == "Ps":
            return unicodedata.category(text[-1]) == "Pe" and _bracketed_unit(text[k:], unit_cell)
    return False


def _grouped_table(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                   head_cell: Callable[[str], bool], unit_cell: Callable[[str], bool]) -> Table | None:
    """The column-major table under a two-level head (机构类别 / 机构数（个） / 床位数（张） / a caption / labels / 2025年 /
    numbers / 2024年 / numbers / 2025年 / numbers / 2024年 / numbers): the label column's head, then the top cells each
    ending in its unit in brackets, maybe a caption's lines (no label), the labels, then columns as long as the labels
    each under a head cell of its own, the columns' heads the same words over and over, once a top cell (the top cells
    spanning as many columns each, left to right: that repeat leaves no doubt which columns each spans). Handed on a
    head whose every column says its bottom word and its top cell (2025年机构数（个）), the caption first; None where
    anything leaves a doubt."""
    m = _run(kinds, at)
    head = at - 1
    first = head - m
    if m < 2 or first < 2 or kinds[head] == NUMBER or not head_cell(texts[head]):
        return None
    labels = list(range(first, head))
    if any(kinds[i] != LABEL or _unit_ended(texts[i], unit_cell) for i in labels):
        return None
    found = _columns(kinds, texts, at, m, head_cell)
    if found is None:
        return None
    heads, columns = found
    top = first - 1
    caption: list[int] = []
    while top >= 0 and kinds[top] == OTHER and len(caption) < _CAPTION_LINES:
        caption.insert(0, top)
        top -= 1
    groups: list[int] = []
    while top >= 0 and kinds[top] == LABEL and _unit_ended(texts[top], unit_cell):
        groups.insert(0, top)
        top -= 1
    if len(groups) < 2 or top < 0 or kinds[top] != LABEL or not head_cell(texts[top]):
        return None
    span, left = divmod(len(columns), len(groups))
    words = [texts[i] for i in heads]
    if left or span < 2 or any(words[g * span:(g + 1) * span] != words[:span] for g in range(len(groups))):
        return None
    cells = [texts[top]] + [c for n, h in enumerate(heads) for c in (texts[h], texts[groups[n // span]])]
    if not reads_head(_joined(cells)):
        return None
    return Table(top, labels, heads, columns, groups=groups, caption=caption or None)


def _tops_before_bottoms(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                         head_cell: Callable[[str], bool], unit_cell: Callable[[str], bool]) -> Table | None:
    """The column-major table under a two-level head whose cells the extractor printed a line each, left to right,
    each top cell right before the bottom cells under it, then the labels, then every column in one run
    (地区 / 养老机构床位 / 总数（张） / 护理型（张） / 城镇新增就业 / 人数（人） / 完成目标（%） / five labels / twenty
    numbers: pdfminer's boxes of a head set over two rows, its top cells each spanning the columns whose units the
    bottom cells give).
    Each top cell is a word with no unit, over two bottom cells at least, each ending in its unit in brackets; the
    label column's head (no unit) right over the first top cell; the labels (no unit) as many as every column's cells.
    Handed on the head as printed, each top cell once before its first bottom cell (地区 养老机构床位 总数（张）
    护理型（张） …: the table reader reads the top's word into that column's, the next bottom cells its parts); None
    where anything leaves a doubt, and where the head so made is none the table reader reads."""
    run = _run(kinds, at)
    first = at
    while first > 0 and kinds[first - 1] == LABEL and not _unit_ended(texts[first - 1], unit_cell):
        first -= 1
    m = at - first
    if m < 2 or run % m:
        return None
    k = run // m
    tops: list[int] = []
    spans: list[int] = []
    i = first - 1
    while i >= 0:
        bottoms = 0
        while i >= 0 and kinds[i] != NUMBER and _unit_ended(texts[i], unit_cell) and head_cell(texts[i]):
            bottoms += 1
            i -= 1
        if bottoms < 2 or i < 0 or kinds[i] == NUMBER or _unit_ended(texts[i], unit_cell) \
                or _CLOSED.search(texts[i]) is not None or not head_cell(texts[i]):
            return None
        tops.insert(0, i)
        spans.insert(0, bottoms)
        i -= 1
        if i < 0 or not _unit_ended(texts[i], unit_cell):
            break
    label_head = i
    if label_head < 0 or kinds[label_head] != LABEL or not head_cell(texts[label_head]) or sum(spans) != k:
        return None
    heads = [h for g, top in enumerate(tops) for h in range(top + 1, top + 1 + spans[g])]
    labels = list(range(first, at))
    columns = [list(range(at + c * m, at + (c + 1) * m)) for c in range(k)]
    cells = [texts[label_head]] + [texts[c] for c in _under_tops(tops, spans, heads, True)]
    if not reads_head(_joined(cells)):
        return None
    return Table(label_head, labels, heads, columns, groups=tops, spans=spans, tops_first=True)


def _year_grouped_table(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                        head_cell: Callable[[str], bool], heading: Callable[[str], object],
                        unit_note: Callable[[str], bool], year_cell: Callable[[str], bool]) -> Table | None:
    """The column-major table under a head whose years each span a group of columns (项目 / 2025年 / 2024年 / labels /
    完成数 / numbers / 增长% / numbers / 完成数 / numbers / 增长% / numbers: a head 2025年 | 2024年 over 完成数 | 增长%
    twice, each cell a box of its own): the label column's head, then two years or more a line each, the labels, then
    columns as long as the labels each under a head cell of its own, the same words over and over, once a year (each
    year spanning as many columns, left to right: that repeat leaves no doubt which columns each spans). A numbered
    heading read between the labels and the first column, and the table's unit note between two columns, are
    handed on as `_table_at` hands them. Handed on a head of one line, the label column's head, the years, then the
    columns' words (项目 2025年 2024年 完成数 增长% 完成数 增长%), which the table reader reads as a head over two
    lines by year; None where anything leaves a doubt. Why: read as any other column-major table, the years over
    the labels are no label and the columns' words alone name no year (2024年's cells read as 2025's)."""
    m = _run(kinds, at)
    head = at - 1
    if m < 2 or head < 1 or kinds[head] == NUMBER or not head_cell(texts[head]):
        return None
    between = head - 1 if kinds[head - 1] != NUMBER and heading(texts[head - 1]) else None
    first = (between if between is not None else head) - m
    labels = list(range(first, first + m))
    if first < 3 or any(kinds[i] != LABEL or heading(texts[i]) for i in labels):
        return None
    years: list[int] = []
    top = first - 1
    while top >= 0 and kinds[top] != NUMBER and year_cell(texts[top]):
        years.insert(0, top)
        top -= 1
    if len(years) < 2 or top < 0 or kinds[top] != LABEL or not head_cell(texts[top]):
        return None
    notes: list[int] = []
    found = _columns(kinds, texts, at, m, head_cell, unit_note, notes)
    if found is None:
        return None
    heads, columns = found
    span, left = divmod(len(columns), len(years))
    words = [texts[i] for i in heads]
    if left or span < 2 or len(heads) != len(columns) \
            or any(words[g * span:(g + 1) * span] != words[:span] for g in range(len(years))):
        return None
    if not reads_head(_joined([texts[top], *(texts[y] for y in years), *words])):
        return None
    return Table(top, labels, heads, columns, between, caption=notes or None, years=years)


def _heads_over(kinds: list[str], texts: list[str], at: int, head_cell: Callable[[str], bool]) -> list[list[int]]:
    """The head lines that may stand over a column whose numbers open at `at`: the line right over them, or the two
    right over them (a head cell the extractor broke over two lines: 比上年 / 增长（%）)."""
    out = []
    for n in (1, 2):
        lines = list(range(at - n, at))
        if lines[0] < 0 or any(kinds[i] == NUMBER or not head_cell(texts[i]) for i in lines):
            break
        out.append(lines)
    return out


def _later_columns(kinds: list[str], texts: list[str], k: int, m: int, head_cell: Callable[[str], bool],
                   heads: list[int], columns: list[list[int]]) -> int:
    """Where the columns after the first end: each a head of one line or two (one way only) over `m` numbers, added
    to `heads` and `columns` as read; the line the last one ends before (a number there: the columns are not all
    `m` long, which the callers refuse)."""
    while k < len(kinds) and kinds[k] != NUMBER:
        nxt = [n for n in (1, 2) if k + n + m <= len(kinds) and all(kinds[i] != NUMBER and head_cell(texts[i])
                                                                    for i in range(k, k + n))
               and _run(kinds, k + n) == m]
        if len(nxt) != 1:
            break
        heads.extend(range(k, k + nxt[0]))
        columns.append(list(range(k + nxt[0], k + nxt[0] + m)))
        k += nxt[0] + m
    return k


def _unit_table(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                head_cell: Callable[[str], bool], unit_cell: Callable[[str], bool],
                unit_head: Callable[[str], bool], apart: Callable[[str], bool] = lambda _text: False) -> Table | None:
    """The column-major table with a unit column (指标 / labels / 单位 / 万人 … / 绝对数 / numbers / 比上年 / 增长（%） /
    numbers) whose first value column's numbers open at `at`, its heads one line or two; None where anything leaves a
    doubt: the unit column's cells each a unit, under its head, as many as the labels and the numbers, the labels
    right over it, and one way only to read the heads so that every column is as long as the labels. The extractor may
    have printed up to four lines set beside the table between the labels and the unit column (指标 / labels / 表1 /
    2025年…完成情况 / 单位 / …: pdfminer's box of the caption taken after the label column's), each a caption, a note or
    a numbered heading (`apart`): handed on as `_labels_apart`'s are."""
    m = _run(kinds, at)
    if m < 2:
        return None
    found: list[Table] = []
    for first_head in _heads_over(kinds, texts, at, head_cell):
        top = first_head[0]
        units = list(range(top - m, top))
        uhead = top - m - 1
        if uhead >= 0 and not unit_head(texts[uhead]) and all(unit_cell(texts[i]) for i in units):
            heads_first = _heads_before_labels(kinds, texts, at, first_head, m, reads_head, head_cell, unit_cell,
                                               unit_head)
            if heads_first is not None:
                found.append(heads_first)
            continue
        if uhead < 0 or not unit_head(texts[uhead]) or not all(unit_cell(texts[i]) for i in units):
            continue
        for gap in (0, 1, 2, 3, 4):
            between = list(range(uhead - gap, uhead))
            first = uhead - gap - m
            if first < 0 or any(kinds[i] == NUMBER or not (apart(texts[i]) or i > between[0] and _caption_rest(
                    kinds, texts, i, apart)) for i in between):
                continue
            labels = list(range(first, uhead - gap))
            if any(kinds[i] != LABEL or unit_cell(texts[i]) or gap and apart(texts[i]) for i in labels):
                continue
            heads, columns = list(first_head), [list(range(at, at + m))]
            k = _later_columns(kinds, texts, at + m, m, head_cell, heads, columns)
            if k < len(kinds) and kinds[k] == NUMBER:
                continue
            above = first - 1
            label_head = above if above >= 0 and kinds[above] == LABEL and not (gap and apart(texts[above])) else None
            cells = ([texts[label_head]] if label_head is not None else []) + [texts[uhead]] + [texts[i] for i in heads]
            if not reads_head(_joined(cells)):
                continue
            found.append(Table(label_head, labels, heads, columns, None, uhead, units, apart=between or None))
            break  # (the nearest reading: lines set beside are looked for only where the labels stand right over none)
    return found[0] if len(found) == 1 else None


def _heads_before_labels(kinds: list[str], texts: list[str], at: int, first_head: list[int], m: int,
                         reads_head: Callable[[str], bool], head_cell: Callable[[str], bool],
                         unit_cell: Callable[[str], bool], unit_head: Callable[[str], bool]) -> Table | None:
    """`_unit_table`'s table whose label column's head and unit column's head the extractor printed a line each before
    the labels, the units after them (指标 / 单位 / labels / 万人 … / 1—11月 / 完成 / numbers / 同比增长（%） / numbers /
    2025年 / 全年 / numbers: pdfminer's boxes of the two heads over the labels' box where the head stands over two rows
    and those two cells span both); `first_head` the first value column's head of one line or two right over its
    numbers at `at`. None where anything leaves a doubt: the units right over that head, as many labels right over
    them, each a label and no unit, the two heads right over the labels (a label's and a unit column's), every later
    column as long, and the head so made one the table reader reads."""
    top = first_head[0]
    units = list(range(top - m, top))
    labels = list(range(top - 2 * m, top - m))
    label_head, uhead = top - 2 * m - 2, top - 2 * m - 1
    if label_head < 0 or kinds[label_head] != LABEL or not unit_head(texts[uhead]) \
            or any(kinds[i] != LABEL or unit_cell(texts[i]) for i in labels) \
            or any(kinds[i] == NUMBER or not unit_cell(texts[i]) for i in units):
        return None
    heads, columns = list(first_head), [list(range(at, at + m))]
    k = _later_columns(kinds, texts, at + m, m, head_cell, heads, columns)
    if k < len(kinds) and kinds[k] == NUMBER:
        return None
    if not reads_head(_joined([texts[label_head], texts[uhead], *(texts[i] for i in heads)])):
        return None
    return Table(label_head, labels, heads, columns, None, uhead, units)


def _heads_over_labels(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                       head_cell: Callable[[str], bool], unit_cell: Callable[[str], bool],
                       unit_head: Callable[[str], bool]) -> Table | None:
    """The column-major table with a unit column whose head's first cells the extractor printed over the labels (指标 /
    单位 / 年末数 / labels / 人 … / numbers / 比上年末增长 / 绝对数 / numbers / % / numbers: pdfminer's boxes of the label
    column's head, the unit column's and the first value column's, each a line, set before the labels' box), the unit
    cells right over the first column's numbers, each later column under its own head of one line or two; None where
    anything leaves a doubt: the labels as many as the units and every column, each a label and no unit, the three head
    cells right over them, the head so made one the table reader reads."""
    m = _run(kinds, at)
    units = list(range(at - m, at))
    labels = list(range(at - 2 * m, at - m))
    top = at - 2 * m - 3
    if m < 2 or top < 0 or not all(kinds[i] != NUMBER and unit_cell(texts[i]) for i in units) \
            or any(kinds[i] != LABEL or unit_cell(texts[i]) for i in labels):
        return None
    label_head, uhead, first = top, top + 1, top + 2
    if kinds[label_head] != LABEL or not unit_head(texts[uhead]) or kinds[first] == NUMBER \
            or not head_cell(texts[first]) or unit_cell(texts[first]):
        return None
    heads, columns = [first], [list(range(at, at + m))]
    k = _later_columns(kinds, texts, at + m, m, head_cell, heads, columns)
    if k < len(kinds) and kinds[k] == NUMBER or len(columns) < 2:
        return None
    if not reads_head(_joined([texts[label_head], texts[uhead], *(texts[i] for i in heads)])):
        return None
    return Table(label_head, labels, heads, columns, None, uhead, units)


def _unit_box_table(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                    head_cell: Callable[[str], bool], unit_cell: Callable[[str], bool],
                    unit_head: Callable[[str], bool]) -> Table | None:
    """The column-major table whose unit column the extractor printed in one box with the first value column, a unit
    and a number a line (pdfminer with a wide char_margin: 指标 / labels / 单位 2021 / 个 4,786 / 万张 3.78 / then each
    other column under its head, 2022 / 4,812 / 3.86 …), the last row maybe printed after every column as a box of its
    own (万人次 1,426.8 / 1,386.2 / …: its unit and first cell a line, then its other cells). `at` opens the run of the
    other columns, each its head over as many numbers as the pairs; `_lines` parted each pair into two OTHER lines.
    None where anything leaves a doubt: every pair a unit cell and a number, the pairs' head a unit column's head and
    a head cell, as many labels right over it as rows (a label column's head maybe over them), every column as long,
    the last row's cells as many as the columns, and the head so made one the table reader reads."""
    run = _run(kinds, at)
    k = at - 1
    pairs: list[tuple[int, int]] = []
    while k >= 3 and kinds[k] == OTHER and kinds[k - 1] == OTHER and _NUMBER.fullmatch(texts[k]) is not None \
            and unit_cell(texts[k - 1]):
        pairs.insert(0, (k - 1, k))
        k -= 2
    if not pairs or k < 2 or not unit_head(texts[k - 1]) or not head_cell(texts[k]) or kinds[k - 2] != LABEL:
        return None
    uhead, first_head = k - 1, k
    m = len(pairs)
    if run % (m + 1):
        return None
    groups = [list(range(g, g + m + 1)) for g in range(at, at + run, m + 1)]
    if any(not head_cell(texts[g[0]]) for g in groups):
        return None
    end = at + run
    last = list(range(end, end + 2 + len(groups)))
    tail = last[-1] < len(kinds) and kinds[end] == OTHER and kinds[end + 1] == OTHER \
        and unit_cell(texts[end]) and _NUMBER.fullmatch(texts[end + 1]) is not None \
        and all(kinds[i] == NUMBER for i in last[2:]) and (last[-1] + 1 == len(kinds) or kinds[last[-1] + 1] != NUMBER)
    rows = m + 1 if tail else m
    top = uhead - 1
    labels_run = 0
    while top - labels_run >= 0 and kinds[top - labels_run] == LABEL:
        labels_run += 1
    if labels_run not in (rows, rows + 1):
        return None
    labels = list(range(uhead - rows, uhead))
    label_head = uhead - rows - 1 if labels_run == rows + 1 else None
    units = [u for u, _ in pairs] + ([end] if tail else [])
    columns = [[n for _, n in pairs] + ([end + 1] if tail else [])]
    columns += [g[1:] + ([last[2 + j]] if tail else []) for j, g in enumerate(groups)]
    heads = [first_head] + [g[0] for g in groups]
    cells = ([texts[label_head]] if label_head is not None else []) + [texts[uhead]] + [texts[i] for i in heads]
    if not reads_head(_joined(cells)):
        return None
    return Table(label_head, labels, heads, columns, None, uhead, units)


def _split_heads_table(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                       head_cell: Callable[[str], bool]) -> Table | None:
    """The column-major table whose first column's head the extractor broke over two lines, its word over its unit
    (产品名称 / labels / 产量 / （吨） / numbers / 比上年增长 / （%） / numbers): `_table_past`'s table with each head
    one line or two, read as `_unit_table` reads its heads; None where anything leaves a doubt: the labels right over
    the first head, every column as long as the labels, one way only to read the heads, and a head the table reader
    reads."""
    m = _run(kinds, at)
    if m < 2:
        return None
    found: list[Table] = []
    for first_head in _heads_over(kinds, texts, at, head_cell):
        if len(first_head) != 2:
            continue  # (a head of one line: `_table_past`'s)
        first = first_head[0] - m
        labels = list(range(first, first_head[0]))
        if first < 0 or any(kinds[i] != LABEL for i in labels):
            continue
        heads, columns = list(first_head), [list(range(at, at + m))]
        k = _later_columns(kinds, texts, at + m, m, head_cell, heads, columns)
        if k < len(kinds) and kinds[k] == NUMBER:
            continue  # (numbers left over: the columns are not that long)
        above = first - 1
        label_head = above if above >= 0 and kinds[above] == LABEL else None
        lead = [texts[label_head]] if label_head is not None else []
        if not reads_head(_joined([*lead, *(texts[i] for i in heads)])):
            continue
        if reads_head(_joined([*lead, texts[first], *(texts[i] for i in heads[1:])])):
            # (县（市、区） / 医疗卫生机构 / places / （个）: the first label may be the column's word and the last a row's
            # label, every row then shifted by one; two readings, a doubt)
            continue
        found.append(Table(label_head, labels, heads, columns, None))
    return found[0] if len(found) == 1 else None


def _stacked_table(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                   head_cell: Callable[[str], bool],
                   unit_cell: Callable[[str], bool] = lambda _text: False) -> Table | None:
    """The column-major table whose first columns' heads the extractor printed one over the other before their
    numbers in one run (县（市、区） / 一般公共预算收入 / 一般公共预算支出 / labels / 绝对数 / 比上年增长（%） / 20
    numbers / 绝对数 / 10 numbers): as many heads as the run is that many columns as long as the labels, the label
    column's head at most three lines over the labels (the lines between it and them a two-level head's group words
    over the columns, dropped: which columns each spans is lost); None where anything leaves a doubt (`_table_past`),
    or two readings (of which the one whose every head reads under the label column's head alone is kept). No line of
    the heads or labels is a unit alone in brackets (（人）: the bottom line of a head broken over two,
    `_stacked_split_table`'s, where these heads and labels would be shifted by the heads' top lines). Two heads may
    stand on one line (城镇新增就业（万人） 比上年增长%, `_met_heads`)."""
    run = _run(kinds, at)
    found: list[Table] = []
    for k in range(2, 5):
        # (k head cells a line each, or two heads the extractor put on one line: 城镇新增就业（万人） 比上年增长%)
        heads, cells, top = [], 0, at - 1
        while top >= 0 and cells < k and kinds[top] != NUMBER and (n := _met_heads(texts[top], head_cell)):
            heads.insert(0, top)
            cells, top = cells + n, top - 1
        if cells < k:
            break
        m = run // k
        first = heads[0] - m
        if cells != k or run % k or m < 2 or first < 1 or any(kinds[i] != LABEL for i in range(first, heads[0])) \
                or any(_bracketed_unit(texts[i], unit_cell) for i in range(first, at)):
            continue
        columns = [list(range(at + c * m, at + (c + 1) * m)) for c in range(k)]
        heads = list(heads)
        j = at + run
        while j + m < len(kinds) and kinds[j] != NUMBER and head_cell(texts[j]) and _run(kinds, j + 1) == m:
            heads.append(j)
            columns.append(list(range(j + 1, j + 1 + m)))
            j += 1 + m
        if j < len(kinds) and (kinds[j] == NUMBER or _run(kinds, j + 1)):
            continue  # (numbers left over: the columns are not that long)
        cells = [texts[i] for i in heads]
        label_head = next((a for a in range(first - 1, max(first - 4, -1), -1)
                           if kinds[a] == LABEL and reads_head(_joined([texts[a], *cells]))), None)
        if label_head is None or any(kinds[i] != LABEL or not head_cell(texts[i]) for i in range(label_head, first)):
            continue
        found.append(Table(label_head, list(range(first, heads[0])), heads, columns))
    if len(found) > 1:
        # (two readings of a short table, three or four rows: 县区 / 甲区 / 乙县 / 丙县 / two heads / six numbers reads
        # as three rows under two heads, or as two under 丙县 and the two heads. The one kept is the one whose every
        # head reads under the label column's head on its own: 县区 丙县 is no head)
        found = [t for t in found if t.label_head is not None
                 and all(reads_head(_joined([texts[t.label_head], texts[i]])) for i in t.heads)]
    return found[0] if len(found) == 1 else None


def _stacked_split_table(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                         head_cell: Callable[[str], bool], unit_cell: Callable[[str], bool]) -> Table | None:
    """The column-major table whose heads, each broken over two lines (its word over its unit in brackets), the
    extractor printed one over the other before all their numbers in one run, its caption maybe between them and the
    labels (学校类别 / labels / 表2 … / 学校数 / （所） / 在校学生 / （人） / 专任教师 / （人） / fifteen numbers): k such
    heads, the run k columns as long as the labels, the label column's head right over the labels, the caption lines
    (none a label's or a number's) handed on before the head; None where anything leaves a doubt, or two readings.
    Some heads' words may come one after the other before their units where those units are alike (卫生人员 /
    卫生技术人员 / （人） / （人）: `_word_unit_pairs`); no label is a unit alone in brackets."""
    run = _run(kinds, at)
    if at + run < len(kinds) and _run(kinds, at + run + 1):
        return None  # (more numbers after the next line: other columns, under heads of their own)
    found: list[Table] = []
    for k in range(2, 5):
        heads = list(range(at - 2 * k, at))
        if heads[0] < 0 or any(kinds[i] == NUMBER or not head_cell(texts[i]) for i in heads):
            break
        paired = _word_unit_pairs(texts, heads, unit_cell)
        m = run // k
        if run % k or m < 2 or paired is None:
            continue
        for cap in range(_CAPTION_LINES + 1):
            caption = list(range(heads[0] - cap, heads[0]))
            first = heads[0] - cap - m
            if first < 1 or any(kinds[i] != OTHER for i in caption):
                break
            labels = list(range(first, heads[0] - cap))
            if any(kinds[i] != LABEL or _bracketed_unit(texts[i], unit_cell) for i in labels) \
                    or kinds[first - 1] != LABEL or not reads_head(_joined([texts[first - 1], *(texts[i] for i in paired)])):
                continue
            columns = [list(range(at + c * m, at + (c + 1) * m)) for c in range(k)]
            found.append(Table(first - 1, labels, paired, columns, caption=caption or None))
    return found[0] if len(found) == 1 else None


def _word_unit_pairs(texts: list[str], heads: list[int], unit_cell: Callable[[str], bool]) -> list[int] | None:
    """Two-line heads the extractor printed word over unit, each head's word then its unit in brackets (学校数 / （所） /
    在校学生 / （人）), or some heads' words one after the other before their units (卫生人员 / 卫生技术人员 / （人） /
    （人）: boxes of one height printed left to right): the lines in head order, each word then its unit. Words before
    units each as many as the other, and where more than one word stands before its units, those units all alike (so
    which word a unit is of does not matter). A head's bottom line may hold the rest of its word before its unit
    (基本养老保险 / 参保人数（万人）): the two lines a pair. None where anything else leaves a doubt."""
    out: list[int] = []
    k = 0
    while k < len(heads):
        words = []
        while k < len(heads) and not _bracketed_unit(texts[heads[k]], unit_cell):
            words.append(heads[k])
            k += 1
            if _broken_word(texts, words, unit_cell):
                break  # (a head's word broken over two lines, its unit ending the bottom one: `_broken_word`)
        broken = _broken_word(texts, words, unit_cell)
        units = [words.pop()] if broken else []
        while not broken and k < len(heads) and _bracketed_unit(texts[heads[k]], unit_cell):
            units.append(heads[k])
            k += 1
        if not words or len(words) != len(units) or len(units) > 1 and len({texts[i] for i in units}) > 1:
            return None
        out += [line for pair in zip(words, units, strict=True) for line in pair]
    return out


def _broken_word(texts: list[str], words: list[int], unit_cell: Callable[[str], bool]) -> bool:
    """Whether two head lines are one head's word broken over them, its unit ending the bottom one (基本养老保险 /
    参保人数（万人）): the top line no unit of its own (机构数（个） / 床位数（张） are two heads)."""
    return len(words) == 2 and not _unit_ended(texts[words[0]], unit_cell) and _unit_ended(texts[words[1]], unit_cell)


def _bracketed_unit(text: str, unit_cell: Callable[[str], bool]) -> bool:
    """Whether a line is a column head's unit alone in brackets (（张）): the bottom line of a two-line head."""
    return len(text) > 2 and unicodedata.category(text[0]) == "Ps" and unicodedata.category(text[-1]) == "Pe" \
        and unit_cell(text[1:-1])


def _labels_after(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                  head_cell: Callable[[str], bool], unit_cell: Callable[[str], bool]) -> Table | None:
    """The column-major table whose label column the extractor printed after some of its value columns (its text
    boxes out of order: 床位数 / （张） / numbers / 卫生技术人员 / 每千人口床位 / （人） / numbers / （张） / numbers /
    县（市、区） / 医疗卫生机构 / labels / （个） / numbers), the column whose numbers open at `at` the last. Each column
    is a run of exactly as many numbers as the labels right under its own unit in brackets (its head's bottom line),
    so each row takes each column's number of its own place in the run, and each number its own unit. The heads'
    top words go to the columns in the order both were printed (a head row is printed left to right), only where
    there are as many as the columns (one more: the label column's head, the first line over the labels' run) and
    each stands above its column's unit; None where anything leaves a doubt."""
    m = _run(kinds, at)
    unit = at - 1
    if m < 2 or unit < m or not _bracketed_unit(texts[unit], unit_cell):
        return None
    labels = list(range(unit - m, unit))
    if any(kinds[i] != LABEL or _bracketed_unit(texts[i], unit_cell) for i in labels):
        return None
    # back from the labels to the first line that is neither a head's line nor a column of the table
    columns: list[list[int]] = []
    units: list[int] = []
    words: list[int] = []
    near: list[int] = []  # the head words between the labels and the column printed before them
    k = labels[0] - 1
    seen_column = False
    while k >= 0 and kinds[k] != OTHER:
        if kinds[k] == NUMBER:
            end = k + 1
            while k >= 0 and kinds[k] == NUMBER:
                k -= 1
            if end - (k + 1) != m or k < 0 or not _bracketed_unit(texts[k], unit_cell):
                return None  # (a run of another length, or one under no unit of its own: no doubt-free reading)
            columns.insert(0, list(range(k + 1, end)))
            units.insert(0, k)
            seen_column = True
            k -= 1
            continue
        if not head_cell(texts[k]) or _bracketed_unit(texts[k], unit_cell):
            return None
        words.insert(0, k)
        if not seen_column:
            near.insert(0, k)
        k -= 1
    if not columns:
        return None
    columns.append(list(range(at, at + m)))
    units.append(unit)
    if at + m < len(kinds) and kinds[at + m] == NUMBER:
        return None
    label_head = None
    if len(words) == len(columns) + 1:
        if not near:
            return None
        label_head = near[0]
        words.remove(label_head)
    if len(words) != len(columns) or any(w > u for w, u in zip(words, units, strict=True)):
        return None
    heads = [line for pair in zip(words, units, strict=True) for line in pair]
    cells = ([texts[label_head]] if label_head is not None else []) + [texts[i] for i in heads]
    if not reads_head(_joined(cells)):
        return None
    return Table(label_head, labels, heads, columns, first=k + 1)


def _tops_over_runs(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                    head_cell: Callable[[str], bool], unit_note: Callable[[str], bool]) -> Table | None:
    """The column-major table whose head's top line the extractor printed first, a cell a line (2025年 / 2024年 /
    每千人口数), its unit note maybe after it (单位：人), then the columns that have no word on the head's bottom line in
    one run, then each column that has one, that word over its numbers (2025年 / 7.76 …), then the label column's head
    and the labels (类别 / labels). The columns are read only where the counts agree: every run a whole number of
    columns as long as the labels, as many top cells as columns, the bottom words the last columns' in order (a head
    row is printed left to right); each such column's head its bottom word, then its top cell (2025年每千人口数), the
    unit note handed on before the head. None where anything leaves a doubt."""
    run = _run(kinds, at)
    if run < 2:
        return None
    later: list[tuple[int, list[int]]] = []
    j = at + run
    while j + 1 < len(kinds) and kinds[j] != NUMBER and head_cell(texts[j]) and (m := _run(kinds, j + 1)) >= 2:
        later.append((j, list(range(j + 1, j + 1 + m))))
        j += 1 + m
    if not later or j >= len(kinds) or kinds[j] != LABEL:
        return None
    label_head = j
    labels = []
    j += 1
    while j < len(kinds) and kinds[j] == LABEL:
        labels.append(j)
        j += 1
    m = len(labels)
    if m < 2 or run % m or any(len(col) != m for _h, col in later) or j < len(kinds) and kinds[j] == NUMBER:
        return None
    columns = [list(range(at + c * m, at + (c + 1) * m)) for c in range(run // m)]
    # (the top cells: as many lines as columns right over the run, past the unit note; the caption over them, its
    # lines maybe as short as a head's cell, is none of them)
    note = [at - 1] if at >= 1 and kinds[at - 1] != NUMBER and unit_note(texts[at - 1]) else []
    tops = list(range(at - len(note) - len(columns) - len(later), at - len(note)))
    if not tops or tops[0] < 0 or any(kinds[i] == NUMBER or not head_cell(texts[i]) or unit_note(texts[i])
                                      for i in tops):
        return None
    bottoms = [h for h, _col in later]
    heads = tops[:len(columns)] + [line for b, t in zip(bottoms, tops[len(columns):], strict=True) for line in (b, t)]
    columns += [col for _h, col in later]
    if not reads_head(_joined([texts[label_head], *(texts[i] for i in heads)])):
        return None
    return Table(label_head, labels, heads, columns, first=tops[0], caption=note or None)


def _columns_before_labels(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                           head_cell: Callable[[str], bool], unit_note: Callable[[str], bool],
                           ends: Callable[[str], bool]) -> Table | None:
    """The column-major table whose value columns the extractor printed first, each under its own head cell (收入 / four
    numbers / 支出 / four numbers), its unit note maybe between two of them (单位：亿元: a box of the head's right end),
    then the label column's head and the labels (项目 / labels), each label maybe set over two lines (基本医疗保险基金 /
    （含生育保险）: a label column too narrow for it), as pdfminer ordering its boxes by where they stand prints such a
    table. Read only where every column is as long as the first, two columns at least, the labels as many as a
    column's cells, or twice as many where every first line is as long as the longest line (a label broken at the
    column's width) and no second line longer, and the head so made, the label column's head first, reads; None where
    anything leaves a doubt. The unit note is handed on before the head."""
    if at < 1 or kinds[at - 1] == NUMBER or not head_cell(texts[at - 1]) or unit_note(texts[at - 1]):
        return None
    m = _run(kinds, at)
    if m < 2:
        return None
    heads, columns, note = [at - 1], [list(range(at, at + m))], []
    j = at + m
    while j < len(kinds):
        if not note and kinds[j] != NUMBER and unit_note(texts[j]):
            note, j = [j], j + 1
        elif j + 1 < len(kinds) and kinds[j] != NUMBER and head_cell(texts[j]) and _run(kinds, j + 1) == m:
            heads.append(j)
            columns.append(list(range(j + 1, j + 1 + m)))
            j += 1 + m
        else:
            break
    if len(columns) < 2 or j >= len(kinds) or kinds[j] != LABEL or note and note[0] > heads[-1]:
        return None
    label_head, j = j, j + 1
    lines = []
    while j < len(kinds) and kinds[j] == LABEL and not ends(texts[j]):
        lines.append(j)
        j += 1
    if j < len(kinds) and kinds[j] == NUMBER:
        return None
    rests = None
    if len(lines) == 2 * m:
        width = max(len(texts[i]) for i in lines)
        if any(len(texts[i]) != width for i in lines[::2]):
            return None
        lines, rests = lines[::2], lines[1::2]
    if len(lines) != m or not reads_head(_joined([texts[label_head], *(texts[i] for i in heads)])):
        return None
    return Table(label_head, lines, heads, columns, first=heads[0], caption=note or None, rests=rests)


def _numbered_labels_after(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                           head_cell: Callable[[str], bool]) -> Table | None:
    """The column-major table of numbered rows whose value columns' numbers the extractor printed in one run, then its
    labels each after its row's number (1 渝北区 / 2 九龙坡区 / …, the numbers running 1, 2, … with no gap), the heads
    over the run in an order of their own (护理型床位 / 序号 区县 / 新增床位 / numbers / numbered labels: pdfminer with its
    boxes ordered by height). The run makes k columns as long as the labels; the k + 1 lines right over it are the
    heads, the one right over the run the first column's (its numbers printed right under it), the label column's head
    among the others, the rest the later columns' in the order printed (a head row is printed left to right). Read
    only where exactly one of those lines, taken as the label column's head, makes a head the table reader reads;
    None where anything leaves a doubt."""
    run = _run(kinds, at)
    j = at + run
    labels: list[int] = []
    while j < len(kinds) and kinds[j] != NUMBER and (m := _NUMBERED_ROW.fullmatch(texts[j])) is not None \
            and int(m.group(1)) == len(labels) + 1:
        labels.append(j)
        j += 1
    n = len(labels)
    # (a plain number after the labels would go on the run: a figure with its unit, a box's beside, does not)
    if n < 2 or run % n or j < len(kinds) and _NUMBER.fullmatch(texts[j]) is not None:
        return None
    k = run // n
    columns = [list(range(at + c * n, at + (c + 1) * n)) for c in range(k)]
    over = list(range(at - 1 - k, at))
    if over[0] < 0 or any(kinds[i] == NUMBER or not head_cell(texts[i]) for i in over):
        return None
    found = []
    for lab in over[:-1]:
        heads = [at - 1, *(i for i in over[:-1] if i != lab)]
        if reads_head(_joined([texts[lab], *(texts[i] for i in heads)])):
            found.append(Table(lab, labels, heads, columns, first=over[0]))
    return found[0] if len(found) == 1 else None


def _paired_heads(texts: list[str], cells: list[int]) -> list[int] | None:
    """A head set over two lines that the extractor printed a cell a line in an order of its own (机构数 / （个） / 床位数
    / （张） / 每千人口 / 卫生技术 / 床位（张） / 人员（人）: a box a word, the boxes of a row not always left to right of
    the next row's): its top words (none closing on a bracket) and its bottom words (each closing on its unit's bracket),
    each kept in the order they came, paired top over bottom (机构数（个） 床位数（张） 每千人口床位（张） …);
    None unless there are two of each at least, and the two lines' cells came mixed: a top line printed whole before
    its bottom line (机构数 / 床位数 / （个） / （张）) is the plain order other readings take, and a table that is
    none of theirs is none here either."""
    tops = [i for i in cells if _CLOSED.search(texts[i]) is None]
    bottoms = [i for i in cells if _CLOSED.search(texts[i]) is not None]
    if len(tops) < 2 or len(tops) != len(bottoms) or max(tops) < min(bottoms):
        return None
    return [i for pair in zip(tops, bottoms, strict=True) for i in pair]


def _labels_after_run(kinds: list[str], at: int, *, headed: bool, texts: list[str] | None = None,
                      ends: Callable[[str], bool] = lambda _text: False) -> tuple[int, list[int]] | None:
    """The run of numbers at `at` and the labels right after it (less the first, the label column's head, when
    `headed`), when the labels' count divides the run and no number follows them: the shape shared by tables a
    reader printed column by column, where any other count would put every cell in a wrong row. A line `ends` takes
    (a numbered heading after the table, 二、基金收支, which reads as a label) ends the labels, where `texts` are given."""
    run = _run(kinds, at)
    j = at + run
    if run < 4 or j >= len(kinds) or kinds[j] != LABEL:
        return None
    j += 1 if headed else 0
    labels = []
    while j < len(kinds) and kinds[j] == LABEL and not (texts is not None and labels and ends(texts[j])):
        labels.append(j)
        j += 1
    if len(labels) < 2 or run % len(labels) or j < len(kinds) and kinds[j] == NUMBER:
        return None
    return run, labels


def _labels_under_run(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                      head_cell: Callable[[str], bool], unit_note: Callable[[str], bool],
                      total: Callable[[str], bool] = lambda _text: False,
                      ends: Callable[[str], bool] = lambda _text: False) -> Table | None:
    """The column-major table whose head the extractor printed first, a cell a line, then every value column's numbers
    in one run, then the label column's head and the labels (机构数 / （个） / … / 人员（人） / 44 numbers / 地区 / 西安市 /
    … / 合计: pdfminer with boxes_flow near 1, a box's height weighing most, every line a box). The run makes k
    columns as long as the labels; the k head cells right over it (a head on one line), or the 2k (a head over two
    lines, top over bottom as `_paired_heads` pairs them), none a number or a unit note, are the value columns' heads,
    the two lines' reading first (the k cells right over the run of such a head may read too, as fewer columns named by
    what they hold: 每千人口卫生技术床位（张） 人员（人）). Only where the head so made, the label head first, is one the
    table reader reads, and where the last label is the rows' total (合计: tables.yaml total_labels), only where each
    column of whole numbers sums to about it (`_sums_to_total`): such an extractor may print a low row's cells after
    the next column's top (pdfminer ordering boxes by where they stand), and the run then cut into columns of that
    length puts every cell in the row above its own, a wrong figure of every row. Where the total row's cells of the
    first columns came after those columns' other cells, they are put back under their columns where the sums and
    the cells' shapes tell that beyond doubt (`_totals_late`)."""
    block = _labels_after_run(kinds, at, headed=True, texts=texts, ends=ends)
    if block is None:
        return None
    run, labels = block
    label_head, m = at + run, len(labels)
    k = run // m
    columns = [list(range(at + n * m, at + (n + 1) * m)) for n in range(k)]
    if total(texts[labels[-1]]) and not all(_sums_to_total([texts[i] for i in col]) for col in columns):
        late = _totals_late(texts, at, m, k)
        if late is None:
            return None
        columns = late
    for c in (2 * k, k):
        h0 = at - c
        if h0 < 0 or any(kinds[i] == NUMBER or not head_cell(texts[i]) or unit_note(texts[i]) for i in range(h0, at)):
            continue
        heads = list(range(h0, at)) if c == k else _paired_heads(texts, list(range(h0, at)))
        if heads is not None and reads_head(_joined([texts[label_head], *(texts[i] for i in heads)])):
            return Table(label_head, labels, heads, columns, first=h0)
    # (… or two heads on one line, where their boxes stood close: 参保人数（万人） / 比重（%） 比上年末增长（%） over three
    # columns: the lines right over the run that hold k head cells in all, a head on one line)
    over, cells, top = [], 0, at - 1
    while top >= 0 and cells < k and kinds[top] != NUMBER and not unit_note(texts[top]) \
            and (n := _met_heads(texts[top], head_cell)):
        over.insert(0, top)
        cells, top = cells + n, top - 1
    if cells == k and len(over) < k and reads_head(_joined([texts[label_head], *(texts[i] for i in over)])):
        return Table(label_head, labels, over, columns, first=over[0])
    return None


def _totals_late(texts: list[str], at: int, m: int, k: int) -> list[list[int]] | None:
    """The k columns of m cells in the run at `at` where the extractor printed the total row's cells of the first j
    columns (two or more) after those columns' other cells, in column order, then the other columns whole (7846 … 2764
    / 86420 … 13260 / 42180 / 272720 / 6.65 … 6.90 / 128460 … 330360: the total row's boxes, set lower, ordered after
    the columns' tops). Read so only where that leaves no doubt: every column so moved a column of counts that sums to
    its total (`_sums_to_total`), every column of counts so made summing to its own, every column's cells of one shape
    (whole numbers, or as many decimals each), and one j alone making all that so; None otherwise."""
    found: list[list[list[int]]] = []
    for j in range(2, k + 1):
        columns = [[*range(at + c * (m - 1), at + (c + 1) * (m - 1)), at + j * (m - 1) + c] for c in range(j)]
        rest = at + j * m
        columns += [list(range(rest + c * m, rest + (c + 1) * m)) for c in range(k - j)]
        cells = [[texts[i] for i in col] for col in columns]
        if all(all(x.isdigit() for x in col) for col in cells[:j]) \
                and all(_sums_to_total(col) and _one_shape(col) for col in cells):
            found.append(columns)
    return found[0] if len(found) == 1 else None


def _one_shape(cells: list[str]) -> bool:
    """Whether a column's cells are all numbers with as many decimals each (none: whole numbers)."""
    if not all(_NUMBER.fullmatch(c) for c in cells):
        return False
    return len({len(c.partition(".")[2]) for c in cells}) == 1


_TOTAL_SLACK = 1.25  # a total row may hold more than its rows (units the table lists in no row: 省属单位), not this much


def _sums_to_total(cells: list[str]) -> bool:
    """Whether a column's last cell, its total row's, is about the sum of the cells above it: at least that sum and at
    most a quarter more (the total may count units no row lists). A column with a decimal, a blank or a sign is no
    count (每千人口床位, 增长: no sum), and is not asked."""
    if not all(c.isdigit() for c in cells):
        return True
    above = sum(int(c) for c in cells[:-1])
    return above <= int(cells[-1]) <= above * _TOTAL_SLACK


# where two heads on one line meet: after the first one's unit in brackets, a gap or none (参保人数（万人）比上年末增减
# （万人）, the gap between them folded away by the layout repair); no other gap parts heads (表2 2025年…, a caption)
_HEAD_MEET = re.compile(r"(?<=[)\uff09])\s*(?=\S)")


def _head_cells(text: str, head_cell: Callable[[str], bool]) -> int:
    """How many head cells a line is: one (`head_cell`), or as many as the pieces it parts into after a unit's closing
    bracket, where each is one and the line whole is none (two heads on one line, 参保人数（万人） 比上年末增减（万人）);
    0 where it is no head's."""
    if head_cell(text):
        return 1
    words = _HEAD_MEET.split(text.strip())
    return len(words) if len(words) > 1 and all(map(head_cell, words)) else 0


def _met_heads(text: str, head_cell: Callable[[str], bool]) -> int:
    """`_head_cells`, but a line that parts after a unit's closing bracket into head cells is that many even where
    the whole would be one (城镇新增就业（万人） 比上年增长%, the gap folded away: two heads, no head of sixteen)."""
    words = _HEAD_MEET.split(text.strip())
    return len(words) if len(words) > 1 and all(map(head_cell, words)) else _head_cells(text, head_cell)


def _headed_table(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                  head_cell: Callable[[str], bool],
                  unit_note: Callable[[str], bool] = lambda _text: False) -> Table | None:
    """The column-major table whose heads the extractor printed all over its labels, then every value column's
    numbers in one run (pdfminer ordering its boxes by their height alone: 总量（亿元） / 城市 / 增长（%） / five
    labels / ten numbers): k columns as long as the labels make the run, the k + 1 lines right over the labels are
    the heads, one of them the label column's (the one that, set first, makes a head the table reader reads, and
    without which the others make none; the value columns' heads in the order they came: pdfminer prints a row's
    boxes of one height left to right but for the label column's head, which may come after the first value
    column's); None where anything leaves a doubt or two readings. Where the table's unit note comes right after that
    run (单位：万人: a box of the head's right end, printed after the columns under the heads over the labels), the
    columns after it, each under a head of its own (增减 / four numbers), are the table's too, only where each is as
    long as the labels and the head so made reads; the note is handed on before the head."""
    run = _run(kinds, at)
    note = [at + run] if at + run < len(kinds) and kinds[at + run] != NUMBER and unit_note(texts[at + run]) else []
    if not note and at + run < len(kinds) and _run(kinds, at + run + 1):
        return None  # (more numbers after the next line: other columns, under heads of their own)
    after = at + run
    while after < len(kinds) and kinds[after] == LABEL:
        after += 1
    if after > at + run and after < len(kinds) and kinds[after] == NUMBER:
        # (labels, then numbers again: a table printed a cell a line row by row goes on, the run its first row's
        # numbers and some rows' that lost their labels; its head words over the first label are no labels)
        return None
    found: list[Table] = []
    for k in range(1, 5):
        m = run // k
        first = at - m
        if run % k or m < 2 or first < 1 or any(kinds[i] != LABEL for i in range(first, at)):
            continue
        # (the k + 1 head cells a line each, or two heads the extractor put on one line, a gap between them, where
        # their boxes stood close: 险种 / 参保人数（万人） 比上年末增减（万人） / 基金支出（亿元）)
        over, cells, top = [], 0, first - 1
        while top >= 0 and cells < k + 1 and kinds[top] != NUMBER and (n := _head_cells(texts[top], head_cell)):
            over.insert(0, top)
            cells, top = cells + n, top - 1
        if cells != k + 1:
            continue
        reads = [i for i in over if reads_head(_joined([texts[i], *(rest := [texts[j] for j in over if j != i])]))
                 and not reads_head(_joined(rest))]  # (a head that reads without it: a caption's word, no label head)
        if not reads and k == 1:
            # (one value column, whose head reads alone, the words before its own its title: 区 / 养老机构床位（张）. The
            # label column's head is then the line that is a row's label and no head alone, and that set first makes
            # one; the other, set first, makes none)
            reads = [i for i in over if kinds[i] == LABEL and not reads_head(texts[i])
                     and reads_head(_joined([texts[i], *(rest := [texts[j] for j in over if j != i])]))
                     and not reads_head(_joined([*rest, texts[i]]))]
        if len(reads) != 1:
            continue
        columns = [list(range(at + c * m, at + (c + 1) * m)) for c in range(k)]
        heads = [j for j in over if j != reads[0]]
        if note:  # (the columns after the note: each a head of one line or two over as many numbers as labels)
            end = _later_columns(kinds, texts, at + run + 1, m, head_cell, heads, columns)
            if len(columns) == k or end < len(kinds) and kinds[end] == NUMBER \
                    or not reads_head(_joined([texts[i] for i in (reads[0], *heads)])):
                continue
        found.append(Table(reads[0], list(range(first, at)), heads, columns, caption=note or None))
    return found[0] if len(found) == 1 else None


def _heads_over_runs(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                    head_cell: Callable[[str], bool]) -> Table | None:
    """The column-major table whose whole head the extractor printed first, a cell a line, the label column's head
    among the value columns' (劳务收入 / 市县 / 转移就业: pdfminer with boxes_flow 1 ordering a row's boxes of one height in
    an order of its own), then every value column's numbers in one run, then the labels with no head over them
    (海口 / 三亚 / …). The run makes k columns as long as the labels; the k + 1 lines right over it are the head, one of
    them the label column's (as `_headed_table` tells it: the one that, set first, makes a head the table reader reads,
    and without which the others make none), the value columns' heads in the order they came, as their columns came.
    None where anything leaves a doubt: the labels' count not dividing the run, a number right after them, a line over
    the run no head's cell, or two readings."""
    block = _labels_after_run(kinds, at, headed=False)
    if block is None:
        return None
    run, labels = block
    m = len(labels)
    k = run // m
    top = at - k - 1
    if top < 0 or any(kinds[i] == NUMBER or not head_cell(texts[i]) for i in range(top, at)):
        return None
    over = list(range(top, at))
    reads = [i for i in over if reads_head(_joined([texts[i], *(rest := [texts[j] for j in over if j != i])]))
             and not reads_head(_joined(rest))]
    if len(reads) != 1:
        return None
    columns = [list(range(at + c * m, at + (c + 1) * m)) for c in range(k)]
    return Table(reads[0], labels, [i for i in over if i != reads[0]], columns, first=top)


def _labels_apart(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                  head_cell: Callable[[str], bool], unit_note: Callable[[str], bool],
                  apart: Callable[[str], bool]) -> Table | None:
    """The column-major table whose labels the extractor printed before lines set beside the table (险种 / labels /
    注：… / 三、劳动关系 / 表2 … / 基金 / 收入 / numbers / 基金 / 支出 / numbers / 单位：亿元 / 年末 / 累计结存 / numbers:
    pdfminer ordering the label column's box before the boxes of the note, the next heading and the caption), each
    column under a head of one line or two, the unit note maybe between two columns. None where anything leaves a
    doubt: one to four lines between, each a caption (its number and the rest on two lines, `_caption_rest`), a note
    or a numbered heading (`apart`); the labels right over them, as many as every column's numbers; one way only to
    read the heads, and a head the table reader reads."""
    m = _run(kinds, at)
    if m < 2:
        return None
    found: list[Table] = []
    for first_head in _heads_over(kinds, texts, at, head_cell):
        top = first_head[0]
        for gap in (1, 2, 3, 4):
            between = list(range(top - gap, top))
            first = between[0] - m
            if first < 0 or any(kinds[i] == NUMBER or not (apart(texts[i]) or i > between[0] and _caption_rest(
                    kinds, texts, i, apart)) for i in between):
                continue
            labels = list(range(first, between[0]))
            if any(kinds[i] != LABEL or apart(texts[i]) for i in labels):
                continue
            heads, columns = list(first_head), [list(range(at, at + m))]
            k = _later_columns(kinds, texts, at + m, m, head_cell, heads, columns)
            note: list[int] = []
            if k < len(kinds) and kinds[k] != NUMBER and unit_note(texts[k]) and k + 1 < len(kinds) \
                    and kinds[k + 1] != NUMBER:
                note = [k]  # (the unit note, a box of the head's right end, between two columns)
                k = _later_columns(kinds, texts, k + 1, m, head_cell, heads, columns)
                if k == note[0] + 1:
                    continue  # (no column after the note: it is no part of this table)
            if k < len(kinds) and kinds[k] == NUMBER:
                continue  # (numbers left over: the columns are not that long)
            above = first - 1
            label_head = above if above >= 0 and kinds[above] == LABEL and not apart(texts[above]) else None
            lead = [texts[label_head]] if label_head is not None else []
            if not reads_head(_joined([*lead, *(texts[i] for i in heads)])):
                continue
            found.append(Table(label_head, labels, heads, columns, caption=note or None, apart=between))
    return found[0] if len(found) == 1 else None


def _under_tops(tops: list[int], spans: list[int], heads: list[int], tops_first: bool = False) -> list[int]:
    """A two-level head's cells in the order a head a line reads them: each column's bottom word, then the top cell
    over it where that cell spans more columns (2025年年末数 2024年年末数), the top cell first where it stands over one
    column alone (比上年 over 增长（%）: 比上年增长（%）, one head cell set over two lines); where the bottom cells end
    in their units (`tops_first`), each top cell once, right before its first column's bottom word, as the extractor
    printed them (养老机构床位 over 总数（张） and 护理型（张）: 养老机构床位 总数（张） 护理型（张）, the table
    reader reading the top's word into its first column's and the next columns as its parts)."""
    owners = [g for g, span in enumerate(spans) for _ in range(span)]
    if tops_first:
        return [c for n, (h, g) in enumerate(zip(heads, owners, strict=True))
                for c in ((tops[g], h) if n == 0 or owners[n - 1] != g else (h,))]
    return [c for h, g in zip(heads, owners, strict=True)
            for c in ((tops[g], h) if spans[g] == 1 else (h, tops[g]))]


def _reads_columns(reads_head: Callable[[str], int], text: str, k: int) -> bool:
    """Whether `text` is a head the table reader reads with `k` value columns: `reads_head` tells how many it reads (0
    none); a reader that tells no count (True) is taken at its word."""
    got = reads_head(text)
    return got is True or got == k


def _compositions(total: int, parts: int) -> Iterator[list[int]]:
    """Every way of setting `total` columns under `parts` top cells, left to right, each over one at least."""
    for cuts in itertools.combinations(range(1, total), parts - 1):
        ends = [0, *cuts, total]
        yield [b - a for a, b in itertools.pairwise(ends)]


def _units_over_run(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                    head_cell: Callable[[str], bool], unit_cell: Callable[[str], bool],
                    unit_head: Callable[[str], bool], apart: Callable[[str], bool]) -> Table | None:
    """The column-major table with a unit column whose whole head the extractor printed first, left to right, then
    its caption, the labels, maybe a numbered heading set beside the table, the unit column's cells and every value
    column's numbers in one run (指标 / 单位 / 2025年 / 2024年 / 增减 / 表2 / … / five labels / 二、医疗服务 / 人 × 5 /
    fifteen numbers: pdfminer with boxes_flow 0). The unit cells tell how many rows (each a unit, right over the run),
    the run is that many rows of as many columns as value heads, the labels as many as the units right over them (or
    over the heading), the caption (one or two lines set apart) right over the labels and the head right over the
    caption: the label column's head, the unit column's head, then one head cell a column, or the head's top cells
    and then one bottom cell a column where the head stands over two lines (年末数 over 2025年 and 2024年, 比上年 over
    增长（%）: `_under_tops`). The caption is handed on before the head and the heading after the rows; None where
    anything leaves a doubt."""
    rows = _unit_rows(kinds, texts, at, unit_cell)
    if rows is None:
        return None
    run, m = rows
    k = run // m
    found: list[Table] = []
    for heading in (0, 1):
        last = at - m - heading  # the labels end before this line
        if heading and (last < 0 or kinds[last] == NUMBER or not apart(texts[last])):
            continue
        first = last - m
        labels = list(range(first, last))
        if first < 0 or any(kinds[i] != LABEL or apart(texts[i]) or unit_cell(texts[i]) for i in labels):
            continue
        for gap, tops in itertools.product((1, 2), range(k)):
            caption = list(range(first - gap, first))
            top = first - gap - k - tops - 2  # the label column's head
            if top < 0 or any(kinds[i] == NUMBER or not (apart(texts[i]) or i > caption[0] and _caption_rest(
                    kinds, texts, i, apart)) for i in caption):
                continue
            uhead, groups, heads = top + 1, list(range(top + 2, top + 2 + tops)), list(range(top + 2 + tops, first - gap))
            if kinds[top] != LABEL or not unit_head(texts[uhead]) \
                    or any(kinds[i] == NUMBER or not head_cell(texts[i]) for i in groups + heads):
                continue
            # (a head over two lines, a merged top cell over two columns or more: 年末数 / 比上年 / 2025年 / 2024年 /
            # 增长（%）; read where one way alone of setting the bottom words under the top cells gives a head)
            # (… and where that head reads as many value columns as the run holds: 指标 / 单位 / 一季度 / 上半年 / 前三季度
            # / 全年 over a run of three columns is a head of four whose last column the extractor printed elsewhere, not
            # 一季度 over the three others, which reads six columns, 上半年一季度 among them)
            spans = [None] if not tops else list(_compositions(k, tops))
            read = [span for span in spans if _reads_columns(reads_head, _joined([texts[top], texts[uhead], *(
                texts[i] for i in (heads if span is None else _under_tops(groups, span, heads)))]), k)]
            if len(read) != 1:
                continue
            columns = [list(range(at + c * m, at + (c + 1) * m)) for c in range(k)]
            found.append(Table(top, labels, heads, columns, None, uhead, list(range(at - m, at)),
                               groups=groups or None, spans=read[0], apart=caption + ([last] if heading else [])))
    return found[0] if len(found) == 1 else None


def _heads_caption_run(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                       head_cell: Callable[[str], bool], apart: Callable[[str], bool]) -> Table | None:
    """The column-major table with no unit column whose whole head the extractor printed first, a cell a line, then its
    caption, the labels, maybe a numbered heading set beside the table, and every value column's numbers in one run
    (县（区） / 城市低保人数（人） / 农村低保人数（人） / 低保资金支出（万元） / 表1 … / six labels / 二、养老服务 / eighteen
    numbers: pdfminer with char_margin 2, line_margin 0.4 and boxes_flow 0.1), as `_units_over_run` reads one with a
    unit column. The labels run back from the run (or the heading) to the caption, one or two lines set apart; the run
    is as many columns as it holds labels' worth of numbers, a whole number of them; the head right over the caption is
    the label column's head and one cell a column, and it must be one the table reader reads. The caption is handed on
    before the head and the heading after the rows; None where anything leaves a doubt."""
    run = _run(kinds, at)
    found: list[Table] = []
    for heading in (0, 1):
        last = at - heading  # the labels end before this line (the heading's, where there is one)
        if heading and (last < 0 or kinds[last] == NUMBER or not apart(texts[last])):
            continue
        first = last
        while first > 0 and kinds[first - 1] == LABEL and not apart(texts[first - 1]):
            first -= 1
        m = last - first
        if m < 2 or run % m or run // m < 2:
            continue
        k = run // m
        for gap in (1, 2):
            caption = list(range(first - gap, first))
            top = first - gap - k - 1  # the label column's head
            if top < 0 or any(kinds[i] == NUMBER or not (apart(texts[i]) or i > caption[0] and _caption_rest(
                    kinds, texts, i, apart)) for i in caption):
                continue
            heads = list(range(top + 1, first - gap))
            if kinds[top] != LABEL or apart(texts[top]) or any(
                    kinds[i] == NUMBER or apart(texts[i]) or not head_cell(texts[i]) for i in heads):
                continue
            if not reads_head(_joined([texts[top], *(texts[i] for i in heads)])):
                continue
            columns = [list(range(at + c * m, at + (c + 1) * m)) for c in range(k)]
            found.append(Table(top, list(range(first, last)), heads, columns,
                               apart=caption + ([last] if heading else [])))
    return found[0] if len(found) == 1 else None


def _units_under_heads(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                       head_cell: Callable[[str], bool], unit_cell: Callable[[str], bool],
                       unit_head: Callable[[str], bool], apart: Callable[[str], bool]) -> Table | None:
    """The column-major table with a unit column whose label column the extractor printed first (its head, then the
    labels), then lines set beside the table (a numbered heading, the caption), the rest of the head a line a cell (the
    unit column's, then one a value column), the unit column's cells and every value column's numbers in one run (指标 /
    eleven labels / 二、… / 表1 … / 单位 / 年末数 / 上年数 / 增减 / 个 × 4, 张 × 4, 人 × 3 / 33 numbers: pdfminer's boxes of
    a table whose head stands on one line). The unit cells right over the run tell how many rows, the run is that many
    rows of as many columns as head cells right over the units, the unit column's head right over those, one to four
    lines set beside over it (a caption's number and title on two lines too), the labels as many as the units right
    over them and the label column's head over the labels. The lines beside are handed on (the caption before the
    head, the rest after the rows); None where anything leaves a doubt or the head is none the table reader reads."""
    rows = _unit_rows(kinds, texts, at, unit_cell)
    if rows is None:
        return None
    run, m = rows
    k = run // m
    heads = list(range(at - m - k, at - m))
    uhead = heads[0] - 1
    if uhead < 0 or not unit_head(texts[uhead]) or any(kinds[i] == NUMBER or not head_cell(texts[i]) or apart(texts[i])
                                                       or unit_cell(texts[i]) for i in heads):
        return None
    found: list[Table] = []
    for gap in (1, 2, 3, 4):
        between = list(range(uhead - gap, uhead))
        first = uhead - gap - m
        top = first - 1
        if top < 0 or any(kinds[i] == NUMBER or not (apart(texts[i]) or i > between[0] and _caption_rest(
                kinds, texts, i, apart)) for i in between):
            continue
        labels = list(range(first, uhead - gap))
        if any(kinds[i] != LABEL or apart(texts[i]) or unit_cell(texts[i]) for i in labels) or \
                kinds[top] != LABEL or apart(texts[top]):
            continue
        if not reads_head(_joined([texts[top], texts[uhead], *(texts[i] for i in heads)])):
            continue
        columns = [list(range(at + c * m, at + (c + 1) * m)) for c in range(k)]
        found.append(Table(top, labels, heads, columns, None, uhead, list(range(at - m, at)), apart=between))
    return found[0] if len(found) == 1 else None


def _heads_over_run(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                    head_cell: Callable[[str], bool], unit_cell: Callable[[str], bool],
                    unit_head: Callable[[str], bool], unit_note: Callable[[str], bool],
                    apart: Callable[[str], bool]) -> Table | None:
    """The column-major table whose label column the extractor printed first (its head, then the labels), maybe a
    numbered heading set beside the table, maybe the unit column (单位 / its cells), then every value column's head a
    line, maybe the unit note at the head's right end, then every value column's numbers in one run (项目 / six labels
    / 三、… / 2025年 / 2024年 / 增长（%） / 单位：亿元 / eighteen numbers: pdfminer with a wide char_margin, the heads of one
    row merged into no box of the numbers under them). k head cells right over the run (past the note) make k columns
    as long as the labels; the unit cells, where there are any, as many as the labels; the label column's head right
    over the labels; the heading and the note handed on. Only where one reading of k leaves no doubt and the head so
    made (label head, unit head, value heads) is one the table reader reads. Where the unit note comes right after the
    run instead (单位：人 / 全年 / four numbers: a box of the head's right end printed after the columns), the columns after
    it, each under a head of its own and as long as the labels, are the table's too where the head so made reads, the
    note handed on before the head (as `_headed_table` takes them); else the table stands without them."""
    run = _run(kinds, at)
    if run < 2:
        return None
    j = at
    note = [at - 1] if at >= 1 and kinds[at - 1] != NUMBER and unit_note(texts[at - 1]) else []
    j -= len(note)
    # (… or the unit note right after the run, a box of the head's right end, and the columns after it each under a
    # head of its own: 单位：人 / 全年 / four numbers, as `_headed_table` reads them)
    later = not note and at + run < len(kinds) and kinds[at + run] != NUMBER and unit_note(texts[at + run])
    found: list[Table] = []
    # (each value column's head a cell, else, where that reads none, a head over two lines: two cells a column, paired
    # top over bottom as `_paired_heads` pairs them: 诊疗人次 / 比上年 / （万人次） / 增长（%）)
    for k, cells in itertools.chain(((k, k) for k in range(1, 5)), ((k, 2 * k) for k in range(1, 5))):
        if cells > k and found:
            break
        m = run // k
        h0 = j - cells
        if run % k or m < 2 or h0 < 0 or any(kinds[i] == NUMBER or not head_cell(texts[i]) or unit_note(texts[i])
                                             or apart(texts[i]) for i in range(h0, j)):
            continue
        order = list(range(h0, j)) if cells == k else _paired_heads(texts, list(range(h0, j)))
        if order is None:
            continue
        for with_units in (False, True):
            units = list(range(h0 - m, h0)) if with_units else None
            uhead = h0 - m - 1 if with_units else None
            end = h0
            if units is not None and uhead is not None:
                if uhead < 0 or not unit_head(texts[uhead]) or any(
                        kinds[i] == NUMBER or not unit_cell(texts[i]) for i in units):
                    continue
                end = uhead
            for gap in (0, 1, 2, 3, 4):
                between = list(range(end - gap, end))
                first = end - gap - m
                top = first - 1  # the label column's head
                # (a caption's number and its title on two lines count as beside too: 注：… / 表1 / 2025年末…情况)
                if top < 0 or any(kinds[i] == NUMBER or not (apart(texts[i]) or i > between[0] and _caption_rest(
                        kinds, texts, i, apart)) for i in between):
                    continue
                labels = list(range(first, end - gap))
                if any(kinds[i] != LABEL or apart(texts[i]) or unit_cell(texts[i]) for i in labels) or \
                        kinds[top] != LABEL or apart(texts[top]):
                    continue
                lead = [texts[top]] + ([texts[uhead]] if uhead is not None else [])
                if not reads_head(_joined([*lead, *(texts[i] for i in order)])) and not (
                        note and reads_head(_joined([texts[note[0]], *lead, *(texts[i] for i in order)]))):
                    # (… or with the unit note over it, where only the note gives the columns their unit: a table of
                    # years, 年份 / 2021年 … / 城镇新增就业 / 失业人员再就业 / 单位：万人 / ten numbers)
                    continue
                columns = [list(range(at + c * m, at + (c + 1) * m)) for c in range(k)]
                heads, after = list(order), []
                if later:
                    more = [list(c) for c in columns]
                    end_more = _later_columns(kinds, texts, at + run + 1, m, head_cell, heads, more)
                    if len(more) > k and not (end_more < len(kinds) and kinds[end_more] == NUMBER) \
                            and reads_head(_joined([*lead, *(texts[i] for i in heads)])):
                        columns, after = more, [at + run]
                    else:
                        heads = list(order)  # (no column after the note that reads: the table as it stands)
                found.append(Table(top, labels, heads, columns, None, uhead, units,
                                   caption=note or after or None, apart=between or None))
    return found[0] if len(found) == 1 else None


def _tops_over_units(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                     head_cell: Callable[[str], bool], unit_cell: Callable[[str], bool],
                     unit_head: Callable[[str], bool], apart: Callable[[str], bool]) -> Table | None:
    """The column-major table with a unit column whose head's top line the extractor printed after the labels, a cell
    a line, before the unit column's cells (指标 / four labels / 单位 / 2025年 / 比上年增长 / 人 × 4 / four numbers / （%） /
    four numbers: pdfminer reading the rest of a table a page break cut, its head repeated over it), maybe with a note
    and a numbered heading set beside the table between the labels and the head (注：…, 三、…: handed on after the rows).
    The unit cells right over the first run tell how many rows; the run is that many rows of the columns with no word
    on the head's bottom line, each column after it a bottom word (（%）) over as many numbers; the top cells right over
    the units are the unit column's head, then one a column; the labels as many as the units, right over the lines
    set beside or the head. Each column's head is its top cell, then its bottom word. None where anything leaves a
    doubt or two readings."""
    rows = _unit_rows(kinds, texts, at, unit_cell)
    if rows is None:
        return None
    run, m = rows
    later: list[tuple[int, list[int]]] = []
    j = at + run
    while j + 1 < len(kinds) and kinds[j] != NUMBER and head_cell(texts[j]) and _run(kinds, j + 1) == m:
        later.append((j, list(range(j + 1, j + 1 + m))))
        j += 1 + m
    if j < len(kinds) and kinds[j] == NUMBER:
        return None  # (numbers left over: the columns are not that long)
    first_run = run // m
    units = list(range(at - m, at))
    tops = list(range(units[0] - first_run - len(later), units[0]))
    uhead = tops[0] - 1
    if uhead < 0 or kinds[uhead] == NUMBER or not unit_head(texts[uhead]) \
            or any(kinds[i] == NUMBER or not head_cell(texts[i]) for i in tops):
        return None
    heads = tops[:first_run] + [c for (bottom, _col), top in zip(later, tops[first_run:], strict=True)
                                for c in (top, bottom)]
    columns = [list(range(at + c * m, at + (c + 1) * m)) for c in range(first_run)] + [col for _b, col in later]
    found: list[Table] = []
    for n_apart in (0, 1, 2):
        last = uhead - n_apart  # the labels end before this line
        aside = list(range(last, uhead))
        if last < 0 or any(kinds[i] == NUMBER or not apart(texts[i]) for i in aside):
            continue
        first = last - m
        labels = list(range(first, last))
        if first < 0 or any(kinds[i] != LABEL or apart(texts[i]) or unit_cell(texts[i]) for i in labels):
            continue
        above = first - 1
        label_head = above if above >= 0 and kinds[above] == LABEL else None
        lead = [texts[label_head]] if label_head is not None else []
        if not reads_head(_joined([*lead, texts[uhead], *(texts[i] for i in heads)])):
            continue
        found.append(Table(label_head, labels, heads, columns, None, uhead, units, apart=aside or None))
    return found[0] if len(found) == 1 else None


def _caption_rest(kinds: list[str], texts: list[str], i: int, apart: Callable[[str], bool]) -> bool:
    """Is line `i` the rest of a caption the extractor broke after its number (表2 / 2025年社会保险基金收支情况): a line
    with no sentence mark right after a caption's number alone?"""
    number = texts[i - 1].replace(" ", "")
    return apart(number) and len(number) <= 4 and kinds[i] != NUMBER and not apart(texts[i]) and \
        not any(unicodedata.category(ch) == "Po" for ch in texts[i])


def _chart_under(kinds: list[str], texts: list[str], at: int,
                 chart_years: Callable[[str], tuple[str, ...]]) -> Table | None:
    """A bar chart the extractor printed a text box a line, its caption under it (5436 / 5682 / … / 2021年 / 2022年 / … /
    图3 / 2021—2025年全县城镇新增就业人数（单位：人）): a value a bar from `at`, then the years of the bars one after the
    other (a year and one character, its word), then the caption, on one line or two, whose years are those
    (`chart_years`); None otherwise. Handed on caption first, then the values a gap apart, then the years, as the chart
    reader (`TableReader.chart`) reads a chart whose lines came in that order."""
    m = _run(kinds, at)
    years = list(range(at + m, at + 2 * m))
    if m < 2 or years[-1] + 1 >= len(kinds) or any(len(texts[i]) != 5 or not texts[i][:4].isdigit()
                                                   or kinds[i] == NUMBER for i in years):
        return None
    end = years[-1] + 1
    for n in (1, 2):
        caption = list(range(end, min(end + n, len(kinds))))
        if len(caption) == n and chart_years(_joined([texts[i] for i in caption])) == tuple(texts[i][:4] for i in years):
            return Table(None, years, caption, [list(range(at, at + m))], chart=True)
    return None


_INLINE_LABELS = 40  # the most labels looked back over for a head line set over them (`_inline_table`)


def _inline_table(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                  head_cell: Callable[[str], bool], heading: Callable[[str], object]) -> Table | None:
    """The column-major table whose value columns' heads the extractor set on one line over the labels (险种 /
    基金收入 基金支出 年末累计结余 / labels / every column's numbers in one run), a column maybe with the rest of its head
    cell after the run (指标 / 2025年 2024年 比上年 / labels / two columns' numbers / 增长（%） / its numbers), and a
    numbered heading maybe read between the labels and the numbers (a box beside the table): the run as many columns
    as long as the labels, the label column's head right over the head line, the whole head one the table reader
    reads (whose rows then need one number a column of it: a column too few reads none); None where anything leaves
    a doubt, or two readings."""
    run = _run(kinds, at)
    end = at - 1 if at >= 1 and kinds[at - 1] != NUMBER and heading(texts[at - 1]) else at
    between = end if end < at else None
    found: list[Table] = []
    for h in range(end - 3, max(end - 2 - _INLINE_LABELS, 0), -1):
        labels = list(range(h + 1, end))
        if any(kinds[i] != LABEL for i in labels):
            break
        m = len(labels)
        if kinds[h - 1] != LABEL or kinds[h] == NUMBER or run % m or not head_cell(texts[h]):
            continue
        columns = [list(range(at + c * m, at + (c + 1) * m)) for c in range(run // m)]
        heads = [h]
        k = at + run
        while k + m < len(kinds) and kinds[k] != NUMBER and head_cell(texts[k]) and _run(kinds, k + 1) == m:
            heads.append(k)
            columns.append(list(range(k + 1, k + 1 + m)))
            k += 1 + m
        if len(columns) < 2 or (k < len(kinds) and kinds[k] == NUMBER):
            continue
        if not reads_head(_joined([texts[h - 1], *(texts[i] for i in heads)])):
            continue
        found.append(Table(h - 1, labels, heads, columns, between))
    return found[0] if len(found) == 1 else None


def _box_label(text: str, is_label: Callable[[str], bool]) -> bool:
    """A number box's label: a short row label (城镇新增就业), a year maybe before its words (2025年地区生产总值)."""
    y = _BOX_YEAR.match(text)
    rest = text[y.end():] if y is not None else text
    return len(text) <= _BOX_LABEL and bool(rest) and _BOX_FIGURE.fullmatch(text) is None and is_label(rest)


def figure_rows(texts: list[str], is_label: Callable[[str], bool], taken: set[int]) -> list[Table]:
    """The number boxes an extractor printed a row at a time, a cell a line: a row's figures one after the other, then
    their labels in the same order (pdftotext's blocks of a 图解 of circled numbers: 5180亿元 / 5.8% / 7180家 / 2025年地区
    生产总值 / 比上年增长 / 国家高新技术企业 / …), each figure paired with the label of its own place. Handed on an entry a
    paragraph, the label before its figure as a sentence sets them (比上年增长5.8%): its words then give the figure
    its role and its year. Read only where it leaves no doubt: two to six figures, as many labels right after them,
    the line after the labels no label (more labels than figures: which go with which?), and not as many labels
    right over the first row (a box of labels over their figures, read from its second row)."""
    n = len(texts)
    fig = [i not in taken and _BOX_FIGURE.fullmatch(t) is not None for i, t in enumerate(texts)]
    lab = [i not in taken and _box_label(t, is_label) for i, t in enumerate(texts)]
    out: list[Table] = []
    entries: list[tuple[int, int]] = []
    k = 0
    while k < n:
        if not fig[k] or (k and fig[k - 1]):
            k += 1
            continue
        m = 0
        while k + m < n and fig[k + m]:
            m += 1
        labels = range(k + m, k + 2 * m)
        after = k + 2 * m
        fits = _BOX_ROW[0] <= m <= _BOX_ROW[1] and after <= n and all(lab[i] for i in labels) \
            and (after == n or not lab[after] or fig[after])
        over = not entries and k >= m and all(lab[i] for i in range(k - m, k))
        if not fits or over:
            if entries:
                out.append(Table(None, [], [], [], entries=entries))
                entries = []
            k += max(m, 1)
            continue
        entries += [(k + c, k + m + c) for c in range(m)]
        k = after
        if k >= n or not fig[k]:
            out.append(Table(None, [], [], [], entries=entries))
            entries = []
    if entries:
        out.append(Table(None, [], [], [], entries=entries))
    return out


_ROW_HEAD_LINES = 5  # the most lines a row-major table's head is looked for over (`_row_major_table`)
# … or where the lines right over the first row are a bottom line of a cell a column, each closing on a bracket (（张）
# （张） （%）), this many: a head over three lines read across them (医疗卫生 比上年末 / 机构床位 上年末 增减 / …)
_ROW_HEAD_LINES_UNITS = 9


def _row_major_table(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                     head_cell: Callable[[str], bool],
                     part: Callable[[str], bool] = lambda _text: False) -> Table | None:
    """The table an extractor printed a cell a line but row by row (pdftotext's reading order of a ruled table, each
    cell a block of its own: 序号 项目名称 / 总投资 / 年度计划 / 1 / 区人民医院改造工程 / 38.6 / 6.2 / 2 / …), the run of
    numbers at `at` the first row's number (1, the label under it) or its values (the label over them). Every row is a
    label with the same count of numbers after it, numbered 1, 2, 3 … where the first is; the head is the lines right
    over the first row (up to `_ROW_HEAD_LINES`, every one a head cell) that the table reader reads, the fewest that
    do (a line over them a caption's or a box's beside: 图解 / 序号 项目名称 / 总投资 / 年度计划 reads as the head
    under a caption). Handed on a line a row, the cells a space apart, for the table reader to check every row against
    its head as any table's; None where anything leaves a doubt: a row of another count, a row number out of turn, fewer
    than two rows."""
    numbered = at + 1 < len(kinds) and kinds[at + 1] == LABEL and texts[at] == "1"
    start = at if numbered else at - 1
    if start < 1 or (not numbered and kinds[start] != LABEL):
        return None
    rows = _orphans_placed(kinds, start, texts, part) if not numbered else None
    if rows is not None:
        return _row_major_headed(kinds, texts, start, rows, False, reads_head, head_cell)
    rows: list[list[int]] = []
    width = 0  # the count of numbers a row holds
    pos = start
    while pos < len(kinds):
        first = pos
        if numbered:
            if kinds[pos] != NUMBER or texts[pos] != str(len(rows) + 1):
                break
            pos += 1
        if pos >= len(kinds) or kinds[pos] != LABEL:
            break
        run = _run(kinds, pos + 1)
        nxt = pos + 1 + run
        more = numbered and nxt < len(kinds) and kinds[nxt] == LABEL and run >= 2 \
            and texts[nxt - 1] == str(len(rows) + 2)  # (the next row's number closes the run)
        cells = run - 1 if more else run
        if cells < 1 or (width and cells != width):
            return None
        width = cells
        rows.append(list(range(first, pos + 1 + cells)))
        pos = pos + 1 + cells
        # (rows with no number go on while a label follows the row's last number: its run is checked as any row's)
        if not more and (numbered or pos >= len(kinds) or kinds[pos] != LABEL):
            break
    if len(rows) < 2 or (pos < len(kinds) and kinds[pos] == NUMBER):
        return None
    return _row_major_headed(kinds, texts, start, rows, numbered, reads_head, head_cell)


# a value cell of a plain number in brackets, half- or full-width ((2.6), （0.4）): a fall in an accounting table, or a
# figure held apart; handed on as it stands, the table reader reads no figure from it (`TableReader._bracketed_row`)
_BRACKETED = re.compile(r"[(\uff08][-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[)\uff09]")
_SIDE_WIDTH = (3, 4, 5, 6)  # how many cells a row of each of two tables set side by side may have
# a page's folio between a table's last cells and a label printed after them (— 2 —, or the dashes left of it)
_FOLIO = re.compile(r"[\u2014\u2013-]{1,2}[ \t]*(?:\d{1,4}[ \t]*[\u2014\u2013-]{1,2})?")


def _side_by_side(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                  head_cell: Callable[[str], bool], unit_cell: Callable[[str], bool],
                  unit_head: Callable[[str], bool]) -> Table | None:
    """Two tables set side by side under one head that repeats (指标 / 单位 / 2025年 / 增长% / 指标 / 单位 / 2025年 /
    增长%), printed a cell a line row by row (pdftohtml, pdftotext: each row's left table's cells, then its right
    table's), the run of numbers at `at` the first row's first numbers. The head is split where it repeats: k cells,
    then the same k again, a head the table reader reads; every row is then 2k lines, each half a label (no unit), its
    unit where the head has a unit column (单位), and a number or a bracketed number ((2.6), no figure for the table
    reader) in every other cell. The right table may hold a row fewer (the last row its left half only), and its last
    row's label may come right after the last row, the extractor having printed an indented label last (其中：护理型): a
    lone label line after a last right half that lacks one. Handed on as a row-major table, the left table's head and
    rows, then the right's head and rows; None where anything leaves a doubt: a row of another shape, fewer than two
    rows, numbers after the last row."""
    n = len(kinds)

    def value(i: int) -> bool:
        return i < n and (kinds[i] == NUMBER or _BRACKETED.fullmatch(texts[i]) is not None)

    def label(i: int) -> bool:
        return i < n and kinds[i] == LABEL and not unit_cell(texts[i]) and not unit_head(texts[i])

    found: list[Table] = []
    for k in _SIDE_WIDTH:
        for u in (True, False):  # a unit line between the first label and the first number, or none
            start = at - 2 if u else at - 1
            top = start - 2 * k
            if top < 0 or not label(start) or (u and not unit_cell(texts[at - 1])):
                continue
            left, right = list(range(top, top + k)), list(range(top + k, start))
            if any(kinds[i] == NUMBER or not head_cell(texts[i]) for i in left) \
                    or [texts[i] for i in left] != [texts[i] for i in right] \
                    or not reads_head(" ".join(texts[i] for i in left)):
                continue
            cells = [texts[i] for i in left]
            units = [c for c in range(1, k) if unit_head(cells[c])]
            if units != ([1] if u else []):
                continue

            def half(i: int, own: bool = True, k: int = k, units: list[int] = units) -> bool:
                """Whether the k lines from i (k - 1 where the label is missing) make a row of one table."""
                for c in range(0 if own else 1, k):
                    j = i + c - (0 if own else 1)
                    if not (label(j) if c == 0 else j < n and unit_cell(texts[j]) if c in units else value(j)):
                        return False
                return True

            pos = start
            lefts: list[list[int]] = []
            rights: list[list[int]] = []
            while half(pos):
                lefts.append(list(range(pos, pos + k)))
                pos += k
                if half(pos):
                    rights.append(list(range(pos, pos + k)))
                    pos += k
                    continue
                # (the last row: its right half's label printed after it, maybe past the page's folio (— 2 —, or its
                # dashes left where the page number was taken out), or no right half)
                if half(pos, False):
                    own = pos + k - 1
                    folio = own < n and _FOLIO.fullmatch(texts[own]) is not None
                    if label(own + folio) and not value(own + folio + 1):
                        rights.append([own + folio, *range(pos, pos + k - 1)])
                        pos += k + folio
                break
            if len(lefts) < 2 or len(rights) < 2 or len(lefts) - len(rights) not in (0, 1) \
                    or any(len(r) != k for r in rights) or value(pos):
                continue
            found.append(Table(None, [r[0] for r in lefts + rights], left, [], unit_head=left[1] if u else None,
                               rows=[*lefts, right, *rights]))
    return found[0] if len(found) == 1 else None


_SCATTERED_COLUMNS = (2, 3, 4, 5)  # how many value columns a table whose labels were scattered may have


def _scattered_table(kinds: list[str], texts: list[str], at: int, reads_head: Callable[[str], bool],
                     head_cell: Callable[[str], bool], unit_cell: Callable[[str], bool]) -> Table | None:
    """The table an extractor printed a cell a line, row by row, its label column broken into blocks printed where
    they fell in its reading order (pdftotext: 机构类别 / 医院 / 其中：公立医院 / 机构数 / 床位数 / 人员数 / （个） /
    （张） / （人） / 236 / 47612 / 52318 / … / 专业公共卫生机构 / 94 / 1502 / 5862 / … / 基层医疗卫生机构 / 总计): the
    label column's head and some labels, the heads' words then their units in brackets, in order (k each), then the
    rows' numbers, k a row, a label right before a row's numbers that row's own, and the rest of the labels after the
    last row. The rows with no label of their own take the labels over the heads, then those after the rows, in order
    (a column of labels keeps its order). None where anything leaves a doubt: a run of numbers no whole number of
    rows, labels not exactly as many as the rows, no label over the heads or none after the rows (other readers take
    those), a head the table reader does not read, or two readings."""
    n = len(kinds)
    found: list[Table] = []
    for k in _SCATTERED_COLUMNS:
        heads = list(range(at - 2 * k, at))
        if heads[0] < 2 or any(kinds[i] == NUMBER or not head_cell(texts[i]) for i in heads):
            break
        words, units = heads[:k], heads[k:]
        if any(_bracketed_unit(texts[i], unit_cell) or _unit_ended(texts[i], unit_cell) for i in words) \
                or not all(_bracketed_unit(texts[i], unit_cell) for i in units):
            continue
        paired = [line for pair in zip(words, units, strict=True) for line in pair]
        top = words[0]
        while top > 0 and kinds[top - 1] == LABEL:
            top -= 1
        # (the label column's head: the first line of the labels' block over the heads, which must read as a head with
        # them; a label under it may read so too, 养老机构 holding the head word 机构, and is a label all the same)
        if top >= words[0] - 1 or not reads_head(_joined([texts[top], *(texts[i] for i in paired)])):
            continue
        label_head, before = top, list(range(top + 1, words[0]))
        rows: list[list[int | None]] = []  # each row's label (None: none of its own) then its cells
        pos, own = at, None
        while pos < n:
            if kinds[pos] == NUMBER:
                run = _run(kinds, pos)
                if run % k:
                    break
                rows += [[own if r == 0 else None, *range(pos + r * k, pos + (r + 1) * k)] for r in range(run // k)]
                pos, own = pos + run, None
            elif kinds[pos] == LABEL and own is None and pos + 1 < n and kinds[pos + 1] == NUMBER:
                pos, own = pos + 1, pos
            else:
                break
        if pos < n and kinds[pos] == NUMBER:
            continue
        after = []
        while pos < n and kinds[pos] == LABEL:
            after.append(pos)
            pos += 1
        free = [row for row in rows if row[0] is None]
        if len(rows) < 2 or not before or not after or len(free) != len(before) + len(after):
            continue
        for row, label in zip(free, before + after, strict=True):
            row[0] = label
        labels = [int(row[0]) for row in rows if row[0] is not None]
        columns = [[int(row[1 + c]) for row in rows if row[1 + c] is not None] for c in range(k)]
        found.append(Table(label_head, labels, paired, columns, first=label_head))
    return found[0] if len(found) == 1 else None


def _row_major_headed(kinds: list[str], texts: list[str], start: int, rows: list[list[int]], numbered: bool,
                      reads_head: Callable[[str], bool], head_cell: Callable[[str], bool]) -> Table | None:
    """The row-major table of these rows (`_row_major_table`) under the fewest lines right over its first row that
    the table reader reads as a head; None where none do."""
    heads: list[int] | None = None
    width = len(rows[0]) - (2 if numbered else 1)
    units = start >= width and all(_CLOSED.search(texts[i]) is not None for i in range(start - width, start))
    for h in range(1, (_ROW_HEAD_LINES_UNITS if units else _ROW_HEAD_LINES) + 1):
        over = list(range(start - h, start))
        if over[0] < 0 or any(kinds[i] == NUMBER or not head_cell(texts[i]) for i in over):
            break
        if reads_head(" ".join(texts[i] for i in over)):
            heads = over
            break
    if heads is None:
        return None
    return Table(None, [r[1 if numbered else 0] for r in rows], heads, [], rows=rows)


def _resumed_rows(kinds: list[str], texts: list[str], at: int, out: list[Table],
                  continued: Callable[[str], bool]) -> Table | None:
    """The rows of a row-major table (`_row_major_table`) that a page cut, taken up under a caption's mark alone
    (续表9) with no head set again: the rows at `at` (the first one's values, its label over them) right under the mark,
    and right under the rows of the table read last (`out`), a row-major table itself, each of its rows and each of
    these as many cells, none numbered. Handed on the mark a line, then a line a row: the table reader reads them under
    the head of the table they continue, where each row holds a cell for each of its columns (`TableReader.continues`);
    None where anything leaves a doubt (a row of another count, fewer than two rows, a line between)."""
    start = at - 1
    if start < 1 or kinds[start] != LABEL or kinds[start - 1] != OTHER or not continued(texts[start - 1]):
        return None
    last = out[-1] if out else None
    if last is None or last.rows is None or last.span()[1] != start - 1 or kinds[last.rows[0][0]] != LABEL:
        return None
    width = len(last.rows[0])
    if any(len(r) != width for r in last.rows):
        return None
    rows: list[list[int]] = []
    pos = start
    while pos < len(kinds) and kinds[pos] == LABEL and _run(kinds, pos + 1) == width - 1:
        rows.append(list(range(pos, pos + width)))
        pos += width
    if len(rows) < 2 or (pos < len(kinds) and kinds[pos] == NUMBER):
        return None
    return Table(None, [r[0] for r in rows], [start - 1], [], rows=rows)


def _orphans_placed(kinds: list[str], start: int, texts: list[str] | None = None,
                    part: Callable[[str], bool] = lambda _text: False) -> list[list[int]] | None:
    """The rows of a row-major table printed a cell a line whose indented rows' labels the extractor printed after
    the table's last row, their numbers left in place (pdftotext making a block of the indented labels: 城镇新增就业 /
    5236 / 4918 / 6.5 / 1260 / 1185 / 6.3 / 新增农村劳动力转移就业 / 7108 / … / 其中：失业人员再就业): each label at
    `start` on with a run of numbers after it as long as the table's width or a whole multiple of it, the runs' extra
    rows exactly as many as the labels after the last row, which take them in turn (a column of labels keeps its
    order). Only labels after every row's numbers are read so: a label over another's row may be that label's first
    line cut in two, or the other's displaced, a doubt. None where any of this fails, or no row lacks its label."""
    pos = start
    runs: list[tuple[int, int]] = []  # (label, count of numbers after it)
    while pos < len(kinds) and kinds[pos] == LABEL:
        run = _run(kinds, pos + 1)
        runs.append((pos, run))
        pos += 1 + run
    if pos < len(kinds) and kinds[pos] == NUMBER:
        return None
    tail = 0  # the labels after the last row's numbers
    while tail < len(runs) and runs[-1 - tail][1] == 0:
        tail += 1
    if not tail and texts is not None:
        return _part_swapped(runs, texts, part)
    body = runs[:len(runs) - tail]
    if not tail or len(body) < 2 or any(run == 0 for _, run in body):
        return None
    width = min(run for _, run in body)
    if width < 2 or any(run % width for _, run in body):
        return None
    extra = sum(run // width - 1 for _, run in body)
    if extra != tail:
        return None
    orphans = iter(label for label, _ in runs[len(body):])
    rows: list[list[int]] = []
    for label, run in body:
        for r in range(run // width):
            cells = list(range(label + 1 + r * width, label + 1 + (r + 1) * width))
            rows.append([label if r == 0 else next(orphans), *cells])
    return rows


def _part_swapped(runs: list[tuple[int, int]], texts: list[str],
                  part: Callable[[str], bool]) -> list[list[int]] | None:
    """The rows of a row-major table a cell a line whose one indented row's label, a part's (其中：…), the extractor
    printed one label late, after the next row's label (pdftotext: 基本医疗保险 / 29.68 / -0.35 / 4.26 / 0.18 / 失业保险
    / 其中：职工基本医疗保险 / 2.14 / 0.09): a label with no numbers after it, right over a part's label, the row before
    them holding exactly two rows' numbers and every other row one. The part's label takes that row's second row (a
    part stands under its whole), the label over it the numbers after the part's label. None where anything else is
    out of place: no such label, two of them, a label lacking numbers not over a part's, rows of other counts."""
    lone = [i for i, (_, run) in enumerate(runs) if run == 0]
    if len(lone) != 1 or not 0 < lone[0] < len(runs) - 1:
        return None
    i = lone[0]
    label, own = runs[i][0], runs[i + 1][0]
    if not part(texts[own]) or part(texts[label]):
        return None
    counts = [run for j, (_, run) in enumerate(runs) if j not in (i - 1, i)]
    width = counts[0]
    if width < 2 or any(run != width for run in counts) or runs[i - 1][1] != 2 * width:
        return None
    rows: list[list[int]] = []
    for j, (lab, run) in enumerate(runs):
        if j == i:
            continue
        cells = list(range(lab + 1, lab + 1 + run))
        if j == i - 1:
            rows += [[lab, *cells[:width]], [own, *cells[width:]]]
        elif j == i + 1:
            rows.append([label, *cells])
        else:
            rows.append([lab, *cells])
    return rows


def _years_labelled(lines: list[_Line], year_column: Callable[[str], int]) -> None:
    """The years under a table of years' label head (年份 / 2021年 / 2022年 / …, then each column's numbers under its
    head) made its rows' labels, in place; a year elsewhere (a head's column word, 指标 / 2025年 / 2024年, a chart's bar)
    stays what it was."""
    k = 0
    while k < len(lines):
        if lines[k].kind == LABEL and year_column(lines[k].text) == 1:
            j = k + 1
            while j < len(lines) and lines[j].kind != NUMBER and year_column(lines[j].text) == 2:
                lines[j].kind = LABEL
                j += 1
            k = j
        else:
            k += 1


def _lines(par: Paragraph, index: int, source: str, is_label: Callable[[str], bool],
           is_cell: Callable[[str], bool], unit: Callable[[str], bool] = lambda _text: False) -> list[_Line] | None:
    """A paragraph's lines, cut where its source broke a line; None where its characters do not run forward
    through the source (lines the repair put in another order) or it is too long to be a table's. A line of a unit
    and a number a gap apart in the source (个 4,786, 单位 2021: `unit`, a unit cell or the unit column's head) is two
    lines, both OTHER (`_unit_box_table` alone reads them: the unit column printed in one box with the first value
    column's, a pair a line)."""
    text = par.text
    if not text or len(text) > _MAX_PAR:
        return None
    offs = par.offsets
    cuts = [0]
    for k in offs.jumps(1, len(text)):  # (a line break lies only where a run of the map starts)
        a, b = offs.pair(k)
        if b <= a:
            return None
        if b > a + 1 and "\n" in source[a + 1:b]:
            cuts.append(k)
    # (a gap the repair set for a line break: a column's numbers one a line, which it kept apart as a row's cells are,
    # 31.86 | 32.14 → 31.86 32.14, lest they run together; each is still a line of its own)
    cuts.extend(k for k, ch in enumerate(text) if ch.isspace() and source[offs[k]] == "\n")
    cuts = sorted(set(cuts))
    cuts.append(len(text))
    out = []
    for s, e in zip(cuts, cuts[1:], strict=False):
        piece = text[s:e]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if not body:
            continue
        pair = _UNIT_PAIR.fullmatch(body)
        at = s + lead + (pair.start(2) if pair is not None else 0)
        if pair is not None and unit(pair.group(1)) and at > 0 and source[offs[at - 1] + 1:offs[at]].isspace():
            out.append(_Line(index, s + lead, at, pair.group(1), OTHER))
            out.append(_Line(index, at, s + lead + len(body), pair.group(2), OTHER))
            continue
        out.append(_Line(index, s + lead, s + lead + len(body), body, kind_of(body, is_label, is_cell)))
    return out


def _sliced(par: Paragraph, start: int, end: int) -> tuple[str, OffsetMap]:
    offsets = OffsetMap()
    for k in range(start, end):
        offsets.add(par.offsets[k])
    return par.text[start:end], offsets


def _gap(before: str, after: str) -> bool:
    """Whether two cells set side by side keep a space between them, as the layout repair keeps one in a row
    printed a line (`layout`): between two numbers (52,836 4.2), none between a label and its first number or
    between Han words (项目本年累计)."""
    return (before[-1].isascii() and after[0].isascii()) or before in _BLANKS or after in _BLANKS


def _row(pars: list[Paragraph], lines: list[_Line], cells: list[int], row: bool = True,
         unit: bool = False) -> tuple[str, OffsetMap]:
    """The cells' texts side by side (`_gap`; a row's value cells always a space apart: 8650人 6.8), each character
    mapped to its source; a space to the character after the cell before it (the line break)."""
    text: list[str] = []
    offsets = OffsetMap()
    for n, i in enumerate(cells):
        line = lines[i]
        par = pars[line.par]
        # (a row's unit cell a gap after its label and right before its first number, as the layout repair sets a
        # row printed a line: 城镇新增就业 万人7.86 2.9)
        spaced = (n == 1 or n >= 3) if unit else n >= 2
        if n and (spaced and row or not unit and _gap(lines[cells[n - 1]].text, line.text)):
            text.append(" ")
            offsets.add(offsets[-1] + 1)
        for k in range(line.start, line.end):
            offsets.add(par.offsets[k])
        text.append(line.text)
    return "".join(text), offsets


def _spaced(pars: list[Paragraph], lines: list[_Line], cells: list[int]) -> tuple[str, OffsetMap]:
    """The cells' texts a space apart (a row of a table read row by row: 1 区人民医院改造工程 38.6 6.2), each character
    mapped to its source, a space to the character after the cell before it."""
    text: list[str] = []
    offsets = OffsetMap()
    for n, i in enumerate(cells):
        line = lines[i]
        if n:
            text.append(" ")
            offsets.add(offsets[-1] + 1)
        for k in range(line.start, line.end):
            offsets.add(pars[line.par].offsets[k])
        text.append(line.text)
    return "".join(text), offsets


def _strays_put_back(held: list[Paragraph],
                     lines: list[list[_Line] | None]) -> tuple[list[Paragraph], set[int]] | None:
    """The paragraphs with each paragraph's closing lines that the source printed after the next paragraph opened
    cut off and set where the source printed them (and the ids of the pieces cut off), or None where every paragraph's
    lines come before the next one's.
    The layout repair joins a sentence broken off at a column's foot (…突破) to the next line it takes to go on with
    it, which may be the second label of a table printed a column at a time under it: left there, the table would be
    a label short and its growths would read as levels."""
    pieces: list[Paragraph] = []
    tails: set[int] = set()
    for n, par in enumerate(held):
        got = lines[n]
        nxt = next((p.offsets[0] for p in held[n + 1:] if p.text), None)
        cut = None
        if got is not None and nxt is not None:
            cut = next((j for j in range(1, len(got)) if par.offsets[got[j].start] > nxt), None)
        if cut is None:
            pieces.append(par)
            continue
        for a, b in ((0, got[cut - 1].end), (got[cut].start, len(par.text))):
            text, offs = _sliced(par, a, b)
            pieces.append(Paragraph(par.start + a, text, offs, par.opened_at if a == 0 else offs[0], par.aside))
        tails.add(id(pieces[-1]))
    if not tails:
        return None
    return sorted(pieces, key=lambda p: p.offsets[0] if p.text else p.opened_at), tails


def _head_of(t: Table) -> list[int]:
    """A column-major table's head cells in the order its rebuilt head sets them: the label column's head, the unit
    column's, then the value columns' (each column's bottom word, then its top cell: 2025年机构数（个）; the years of a
    year-grouped head before the columns' words)."""
    lead = [t.label_head] if t.label_head is not None else []
    if t.years:
        return [*lead, *t.years, *t.heads]
    unit = [t.unit_head] if t.unit_head is not None else []
    if t.groups:
        spans = t.spans or [len(t.columns) // len(t.groups)] * len(t.groups)
        return [*lead, *unit, *_under_tops(t.groups, spans, t.heads, t.tops_first)]
    return [*lead, *unit, *t.heads]


def _signed(text: str) -> bool:
    """Whether a value cell is a number with a minus sign (-6, −0.38): a fall, which a change column holds."""
    return text[:1] in "-\u2212" and _NUMBER.fullmatch(text) is not None


def _signs_astray(roles: tuple[str, ...], columns: list[list[str]]) -> bool:
    """Whether the columns' cells contradict the roles their heads give them: a column under a head of a level holds a
    fall (-6) while a column under a head of a change holds none (乡镇 / 床位数（张） / 卫生技术人员（人） /
    比上年末增减（张） over runs of 72 98 … | 4 -6 … | 86 124 …: the extractor printed the first column last, and read in
    the head's order each number would go to another column's head). A doubt: the table is not read. `roles` the
    heads' roles (level, change), one a column; where the head tells no role a column (no head read, another count),
    no contradiction."""
    if len(roles) != len(columns):
        return False
    signed = [any(_signed(c) for c in cells) for cells in columns]
    return any(s and r != "change" for s, r in zip(signed, roles, strict=True)) \
        and any(r == "change" and not s for s, r in zip(signed, roles, strict=True))


class Transposer:
    """Holds paragraphs until one ends a sentence, then hands them on with their column-major tables read
    (`transposed`)."""

    def __init__(self, source: str, is_label: Callable[[str], bool], reads_head: Callable[[str], bool],
                 sentence_end: str, heading: Callable[[str], object] = lambda _line: False,
                 is_cell: Callable[[str], bool] = lambda _text: False,
                 unit_cell: Callable[[str], bool] = lambda _text: False,
                 unit_head: Callable[[str], bool] = lambda _text: False,
                 chart_years: Callable[[str], tuple[str, ...]] = lambda _text: (),
                 unit_note: Callable[[str], bool] = lambda _text: False,
                 caption: Callable[[str], bool] = lambda _text: False,
                 note: Callable[[str], bool] = lambda _text: False,
                 year_column: Callable[[str], int] = lambda _text: 0,
                 total: Callable[[str], bool] = lambda _text: False,
                 part: Callable[[str], bool] = lambda _text: False,
                 continued: Callable[[str], bool] = lambda _text: False,
                 head_roles: Callable[[str], tuple[str, ...]] = lambda _text: ()) -> None:
        self.head_roles = head_roles  # the roles of a head's value columns (level, change), one a column: `_signs_astray`
        self.part = part  # a part's row label (其中：…): `_part_swapped`
        self.continued = continued  # a caption's mark alone, 续表9: `_resumed_rows`
        self.total = total  # a label that is its rows' total (合计): `_labels_under_run`
        self.year_column = year_column  # a table of years' label head (1) and its rows' years (2): `_years_labelled`
        self.caption = caption  # a table's caption (表2 …) and a note under one (注：…): lines set beside a table
        self.note = note
        self.chart_years = chart_years
        self.unit_note = unit_note
        self.unit_cell = unit_cell
        self.unit_head = unit_head
        self.source = source
        self.is_cell = is_cell
        self.heading = heading
        self.is_label = is_label
        self.reads_head = reads_head
        self.ends = frozenset(sentence_end)
        self.held: list[Paragraph] = []
        self.lines = 0
        self.shift = 0  # repaired characters added so far (a row's spaces, a paragraph cut in two)
        self.notes: list[str] = []

    def head_cell(self, text: str) -> bool:
        return len(text) <= _HEAD_MAX and not any(ch in self.ends for ch in text)

    def _unit(self, text: str) -> bool:
        return self.unit_cell(text) or self.unit_head(text)

    def take(self, par: Paragraph) -> Iterator[Paragraph]:
        self.held.append(par)
        self.lines += par.text.count("\n") + 1 + len(par.text) // 40
        if (par.text and par.text[-1] in self.ends) and self._labels_before_note(par) and self.lines < _HOLD_LINES:
            return  # (a note under a table printed after its labels: its columns may follow, `_labels_apart`)
        if (par.text and par.text[-1] in self.ends) or self.lines >= _HOLD_LINES:
            yield from self.finish()

    def _labels_before_note(self, par: Paragraph) -> bool:
        """Is the paragraph a note under a table (注：…) right after two label lines or more (the source's lines, which
        the layout repair may have joined): the labels of a table whose columns the extractor may print after it?"""
        if not self.note(par.text) or len(self.held) < 2:
            return False
        before: list[_Line] = []
        for n, p in enumerate(self.held[-3:-1]):
            got = _lines(p, n, self.source, self.is_label, self.is_cell)
            before = before + got if got is not None else []
        _years_labelled(before, self.year_column)
        return len(before) >= 2 and all(ln.kind == LABEL for ln in before[-2:])

    def finish(self) -> Iterator[Paragraph]:
        held, self.held, self.lines = self.held, [], 0
        if not held:
            return
        pieces = self._read(held)
        if pieces is None:
            for p in held:
                yield Paragraph(p.start + self.shift, p.text, p.offsets, p.opened_at, p.aside)
            return
        at = held[0].start + self.shift
        for text, offs, opened, aside in pieces:
            yield Paragraph(at, text, offs, opened, aside)
            at += len(text) + 1
        self.shift = at - (held[-1].end + 1)

    def _read(self, held: list[Paragraph]) -> list[tuple[str, OffsetMap, int, bool]] | None:
        ends = [par.offsets[len(par.text) - 1] for par in held if par.text]
        lo = self.source.rfind("\n", 0, min(par.opened_at for par in held)) + 1  # (`^` opens the line)
        if not ends or _TWO_CELLS.search(self.source, lo, max(ends) + 1) is None:
            return None  # no two lines in a row that could be a column's cells
        got = [_lines(par, n, self.source, self.is_label, self.is_cell, self._unit) for n, par in enumerate(held)]
        found = self._tables(held, got)
        put_back = _strays_put_back(held, got)
        if put_back is not None:
            # (read so only where a table takes a line put back: elsewhere the repair's join is left as it made it)
            moved, tails = put_back
            again = self._tables(moved, [_lines(par, n, self.source, self.is_label, self.is_cell, self._unit)
                                         for n, par in enumerate(moved)])
            if any(again[0][i].par >= 0 and id(moved[again[0][i].par]) in tails for t in again[1] if t.entries is None
                   for i in range(*t.span())):
                held, found = moved, again
        lines, tables = found
        if not tables:
            return None
        return self._rebuilt(held, lines, tables)

    def _tables(self, held: list[Paragraph], got: list[list[_Line] | None]) -> tuple[list[_Line], list[Table]]:
        """The held paragraphs' lines (a barrier for a paragraph whose lines are not known) and the tables among them,
        in order."""
        lines: list[_Line] = []
        barrier = _Line(-1, 0, 0, "", OTHER)
        for g in got:
            lines.extend(g if g is not None else [barrier])
        _years_labelled(lines, self.year_column)
        tables = find_tables([ln.kind for ln in lines], [ln.text for ln in lines], self.reads_head, self.head_cell,
                             self.heading, self.unit_cell, self.unit_head, self.chart_years, self.unit_note,
                             lambda line: self.caption(line) or self.note(line), self.total,
                             lambda line: self.year_column(line) == 2, self.part, self.continued)
        tables = [t for t in tables if not self._astray(held, lines, t)]
        taken = {i for t in tables for i in range(*t.span())} | {i for i, ln in enumerate(lines) if ln.par < 0}
        boxes = figure_rows([ln.text for ln in lines], self.is_label, taken)
        return lines, sorted(tables + boxes, key=lambda t: t.span()[0])

    def _astray(self, held: list[Paragraph], lines: list[_Line], t: Table) -> bool:
        """Whether a column-major table's cells contradict its rebuilt head's roles (`_signs_astray`): no table."""
        if t.chart or t.rows is not None or t.entries is not None:
            return False
        text, _ = _row(held, lines, _head_of(t), False, bool(t.units))
        return _signs_astray(self.head_roles(text), [[lines[i].text for i in col] for col in t.columns])

    def _rebuilt(self, held: list[Paragraph], lines: list[_Line],
                 tables: list[Table]) -> list[tuple[str, OffsetMap, int, bool]]:
        """The paragraphs' texts, offsets, first source offsets and aside flags, with each table's lines taken out
        and its head and rows put in their place."""
        pieces: list[tuple[str, OffsetMap, int, bool]] = []  # text, offsets, opened_at, aside
        taken: dict[int, Table] = {}
        for t in tables:
            a, b = t.span()
            for i in range(a, b):
                taken[i] = t
        done: set[int] = set()
        for n, par in enumerate(held):
            mine = [i for i, ln in enumerate(lines) if ln.par == n]
            if not any(i in taken for i in mine):
                pieces.append((par.text, par.offsets, par.opened_at, par.aside))
                continue
            cut = 0  # where the part of the paragraph not yet handed on starts
            for i in mine:
                t = taken.get(i)
                if t is None:
                    continue
                line = lines[i]
                before = par.text[cut:line.start]
                if before.strip():
                    lead = len(before) - len(before.lstrip())
                    text, offs = _sliced(par, cut + lead, cut + len(before.rstrip()))
                    pieces.append((text, offs, par.opened_at if cut == 0 else offs[0], par.aside))
                cut = line.end
                if id(t) in done:
                    continue
                done.add(id(t))
                if t.entries is not None:  # a number box: a paragraph an entry, its label before its figure
                    for f, lab in t.entries:
                        text, offs = _row(held, lines, [lab, f], False)
                        pieces.append((text, offs, offs[0], False))
                    self.notes.append(f"number box printed a row at a time: {len(t.entries)} figures read each after "
                                      f"its label at source {self._src(held, lines, t.entries[0][0])}")
                    continue
                if t.rows is not None:  # a row-major table: its head, then a line a row, every cell a space apart
                    head_texts = [lines[i].text for i in t.heads]
                    for cells in (t.heads, *t.rows):
                        # (… or, with a unit column, each row's unit right before its first number, as a row printed a
                        # line; a head repeated among the rows, a second table's beside the first, set as a head)
                        text, offs = _spaced(held, lines, cells) if t.unit_head is None else _row(
                            held, lines, cells, [lines[i].text for i in cells] != head_texts, True)
                        pieces.append((text, offs, offs[0], False))
                    self.notes.append(f"row-major table: {len(t.rows)} rows printed a cell a line read a row a line at "
                                      f"source {self._src(held, lines, t.rows[0][0])}")
                    continue
                if t.chart:  # caption, values, years
                    for k, cells in enumerate((t.heads, t.columns[0], t.labels)):
                        text, offs = _row(held, lines, cells, k > 0)
                        pieces.append((text, offs, offs[0], False))
                    self.notes.append(f"chart printed a line a box: {len(t.labels)} bars read caption first at source "
                                      f"{self._src(held, lines, t.columns[0][0])}")
                    continue
                units = t.units or []
                head = _head_of(t)
                first_apart: list[int] = []  # (a caption set apart, and the rest of it on the line after its number)
                for i in t.apart or ():
                    if self.caption(lines[i].text) or first_apart and first_apart[-1] == i - 1 and not (
                            self.note(lines[i].text) or self.heading(lines[i].text)):
                        first_apart.append(i)
                # (a note under the table, 注：…, that the extractor printed between the labels and the heads where a
                # caption may stand goes after the rows, where the page set it: before the head it would end the table's
                # caption and the head's words would no longer be read as the cells' clause)
                noted = [i for i in t.caption or () if self.note(lines[i].text)]
                caption = [i for i in t.caption or () if i not in noted]
                for cells in [*([first_apart] if first_apart else []), *([caption] if caption else [])]:
                    text, offs = _row(held, lines, cells, False)  # (a caption set apart, then the caption or note)
                    pieces.append((text, offs, offs[0], False))
                after = [[i] for i in t.apart or () if i not in first_apart] + [[i] for i in noted]
                if t.between is not None:
                    after.append([t.between])
                rests = [[i] for i in t.rests] if t.rests else [[] for _ in t.labels]
                rows = [[label, *rests[r], *units[r:r + 1], *(col[r] for col in t.columns)]
                        for r, label in enumerate(t.labels)]
                for k, cells in enumerate((head, *rows, *after)):
                    text, offs = _row(held, lines, cells, k > 0, bool(units))
                    pieces.append((text, offs, offs[0], False))
                self.notes.append(f"column-major table: {len(t.labels)} rows, {len(t.columns)} columns "
                                  f"read a row a line at source {self._src(held, lines, t.labels[0])}")
            rest = par.text[cut:]
            if rest.strip():
                lead = len(rest) - len(rest.lstrip())
                text, offs = _sliced(par, cut + lead, cut + len(rest.rstrip()))
                pieces.append((text, offs, offs[0], par.aside))
        return pieces

    @staticmethod
    def _src(held: list[Paragraph], lines: list[_Line], i: int) -> int:
        line = lines[i]
        return held[line.par].offsets[line.start]


def transposed(paragraphs: Iterable[Paragraph], source: str, is_label: Callable[[str], bool],
               reads_head: Callable[[str], bool], sentence_end: str,
               notes: list[str] | None = None,
               heading: Callable[[str], object] = lambda _line: False,
               is_cell: Callable[[str], bool] = lambda _text: False,
               unit_cell: Callable[[str], bool] = lambda _text: False,
               unit_head: Callable[[str], bool] = lambda _text: False,
               chart_years: Callable[[str], tuple[str, ...]] = lambda _text: (),
               unit_note: Callable[[str], bool] = lambda _text: False,
               caption: Callable[[str], bool] = lambda _text: False,
               note: Callable[[str], bool] = lambda _text: False,
               year_column: Callable[[str], int] = lambda _text: 0,
               total: Callable[[str], bool] = lambda _text: False,
               part: Callable[[str], bool] = lambda _text: False,
               continued: Callable[[str], bool] = lambda _text: False,
               head_roles: Callable[[str], tuple[str, ...]] = lambda _text: ()) -> Iterator[Paragraph]:
    """The paragraphs, with every table printed a column at a time handed on a row a paragraph (module
    docstring). Without the whole source (a large file read a piece at a time) they go on as they came:
    where the source broke its lines is not known."""
    if not source:
        yield from paragraphs
        return
    t = Transposer(source, is_label, reads_head, sentence_end, heading, is_cell, unit_cell, unit_head, chart_years,
                   unit_note, caption, note, year_column, total, part, continued, head_roles)
    for par in paragraphs:
        yield from t.take(par)
        if notes is not None and t.notes:
            notes.extend(t.notes)
            t.notes.clear()
    yield from t.finish()
    if notes is not None:
        notes.extend(t.notes)
