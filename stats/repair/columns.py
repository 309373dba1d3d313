"""Columns glued onto one line by a text extractor, taken apart again before lines are joined.

`pdftotext -layout` and similar tools print a newspaper page row by row across the
page: the lines of neighbouring columns share a text line, kept apart only by runs of
spaces (a gutter). Joined as they stand, `8.6` at the end of one column's line and
`42.0万张` at the start of the next column's would read 8.642万张.

`Columns` watches the lines on their way to the layout repair. A run of lines with
gutters (two or more spaces between text, in place for several lines) is a region; its
line pieces are assigned to columns by where they start, and handed on column by
column, top to bottom, each piece with its own source offset, so the repaired text
reads each column whole and still maps back to the file character by character.

Where a gutter shows on a lone line (too few lines to tell the columns), the pieces go
on as separate paragraphs: a number and a unit on either side of a gutter are never
joined; the figure is kept out, and `notes` says where and why (`stats explain`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

import regex

from stats.rules.prepared import compiled_re, compiled_regex

_GUTTER = compiled_re(r"(?<=\S)[ \u3000]{2,}(?=\S)")
_LEAD = compiled_re(r"[ \u3000]*")
_SPACES2 = compiled_re(r"[ \u3000]{2,}")
# the bars a table may set between its cells (|0.68|0.52|; its full-width form and a box-drawing bar too, written so:
# no wide mark in code): a gap, as the layout repair's fold makes them (`layout.fold_width`)
CELL_BARS = "|" + chr(ord("|") + 0xFEE0) + "\u2502"
BARRED = 2  # bars in a line that make it a table's (one may stand in a headline: 短评｜…, 一图读懂｜…)
_SPACED_OUT = compiled_re(r"\S \S \S")  # characters set a space apart: a line spaced out, wider than it reads
HEAD_BLANKS = 2  # blank lines under a table's head that its rows still follow (one under a row)
MIN_LINES = 2  # a region needs this many lines with gutters
SPACED = 2  # wide spaces inside a column's line (pdfplumber's layout=True) are this many characters at most
GRID_ROWS = 3  # a block shows its grid on this many lines with gutters before a line may open another one
FAR = 8  # a line indented this far (characters) holds only a right-hand column's text
TABLE_CELL = 6  # pieces this short (characters, the median) are a table's cells, not column lines
HEAD_UNDER = 3  # a table head's bottom line stands at most this many lines under its top (`_table_column`)
_NUMERIC = set("0123456789.%,")  # looked up in the folded text: full-width digits and signs are ASCII there
_NUMERIC_RUN = compiled_re(r"[0-9.%,]+")  # a run of them
INDENT = 2  # a column's lines start this far either side of its edge (a paragraph's indent, a hanging mark)
TAIL_CELLS = 6  # a headline's tail wrapped to a line of its own (a number's last digits and unit) is no longer
INSIDE = 4  # a piece that starts further left of a column's edge is text inside the column before
FEW_ROWS = 3  # a block whose every column this many rows show at most is read with its flush lines' edges (`_block`)
INDENT_CELLS = 6  # a paragraph's indent of two Han characters in a line's characters, at most: four where each is
# printed two wide (pdftotext -layout), six where a character stands every 3 points at 9-point type (pdftotext -fixed 3)
UNREADABLE = "\ufffd"  # the mark of a character made unreadable (a number no line can tell whole)
FULL_LINES = 3  # a column whose full line (`_overrun`) this many of its lines show
OVERRUN = 2.0  # a column's piece this much (printed width) past its column's full line runs into the next column
MAX_REGION = 5000  # lines held at most before a region is handed on as it is
_NUMBER_HEAD = compiled_re(r"[\d.,%]*")
_NUMBER_TAIL = compiled_re(r"[\d.]*$")
# a column's top line that is only a number's tail closing its paragraph (2%。, 50张。): no item opens on one
_TAIL_LINE = compiled_regex(r"\d[\d.]*(?:[%\u2030]|\p{Han}{1,2})")
_CELL = compiled_re(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")  # a table row's cell: a plain number (folded), its
# thousands marked or not (38,265: a right-aligned column of counts)
# … a currency sign before it (a sheet's amounts: \u00a5 2,925,000.00; the full-width sign is folded to it)
_TEN = 10  # the largest value of a numeral that opens a number (a digit, ten), not a magnitude (hundred and up)
_AMOUNT_CELL = compiled_re(r"[\u00a5$]?-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
# … or a number that writes its own unit after it (5976.3亿元, 4.3%: a table whose head names no units), maybe after a
# bound's mark (≥3200个: a goal's cell, tables.yaml bound_marks)
_UNIT_CELL = compiled_regex(r"[<>\u2264\u2265\uff1c\uff1e\u2266\u2267]?"
                            r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[%\u2030]|\p{Han}{1,4})?")
# a line of units alone, each in brackets (（个）（张）（%）, its gaps taken out): a head's second line
_UNITS = compiled_regex(r"(?:\p{Ps}[^\p{Ps}\p{Pe}\d]{1,6}\p{Pe})+")
_GAPS = compiled_re(r"[ \u3000\t]+")
# a colon inside a word, no gap either side (a head's bottom line of unit notes, each under its column's word: `head`
# reads it, `TableLines.head_columns`): no clause's mark there, as a comma or a stop is
_WORD_COLON = compiled_regex(r"(?<=\p{L})[:\uff1a](?=\p{L})")
# a row label's unit in brackets at its end (社会消费品零售总额（亿元）): not counted in the label's length
_UNIT_END = compiled_regex(r"\p{Ps}[^\p{Ps}\p{Pe}\d]{1,6}\p{Pe}$")
# a year naming a column on a head's bottom line (产量 over 2025年 2024年): the only digits such a line may hold
_HEAD_YEAR = compiled_regex(r"(?<![\d.])(?:19|20)\d{2}(?=\p{Han})")
# a rate's base in brackets on a head's second line (孕产妇死亡率 / （1/10万）): a unit, its digits no row's number
RATE_BASE = compiled_regex(r"\p{Ps}\s*1\s*/\s*\d{0,4}\s*\p{Han}?\s*\p{Pe}")
# a row's label in a table of years (年份 孕产妇死亡率（1/10万） … / 2023年  21.05): a year and its word
_YEAR_LABEL = compiled_regex(r"(?:19|20)\d{2}\p{Han}")
# a month or an age in a row's label (6月末存款余额, 5岁以下儿童死亡率): digits and their word, no cell's number
_LABEL_TIME = compiled_regex(r"(?<![\d.])\d{1,2}(?=\p{Han})")
# numbers a single space apart, none after the first a bare group of three digits (`_row`)
_NUMBER_RUN = compiled_re(r"-?\d+(?:\.\d+)?(?: (?!\d{3}(?![\d.]))-?\d+(?:\.\d+)?)+")
# … and a piece of numbers a single space apart where a bare group of three may follow one (4 126: `_row`)
_GROUPED_RUN = compiled_re(r"-?\d+(?:\.\d+)?(?: -?\d+(?:\.\d+)?)+")
_WORD = compiled_re(r"\S+")  # a piece's words, a single space apart (`_two_rows`)
# a unit cell alone, among a row's numbers (1,286  所  -1.8: `_cells_run`): a short word or a percent mark
_UNIT_WORD = compiled_regex(r"\p{Han}{1,3}|[%\u2030\uff05]")
_BLANK = ("—", "…")  # a cell a table leaves blank (村卫生室  186  —  342: no beds): the row goes on
_LINE_BLANK = (*_BLANK, "-")  # … and a hyphen alone on a cell's line (a monthly's table a cell a line: 万元 | - | 6.8)
_RESUME_CHARS = 6  # a caption's mark alone on its line (续表, 续表2) is no longer than this (`Columns._take`)
_WRAP_LABEL = 12  # a row's label run on to a line under the row holds no more characters than this
_TURN_LINES = 4  # under a plan's table of indicators, lines between two rows (a label's rest, a page's foot and head)
_TURN_CHARS = 30  # … each no longer than this (its gaps taken out)
_TEXT_COLUMN = 8  # a column of running text is at least this wide (Han characters) on its full lines


# a number box's row of figures, each with its unit (3426.8亿元, 5.9%), over the row of their labels, words alone
# (地区生产总值, 地区生产总值增长): `Columns._box`
_BOX_FIGURE = compiled_regex(r"\d+(?:\.\d+)?(?:\p{Han}{1,4}[%\u2030]?|[%\u2030])")
_BOX_LABEL = compiled_regex(r"\p{Han}{2,24}")
_BOX_MIN = 2  # the fewest entries a box's rows must hold

_TAIL_WORD_MAX = 8  # the longest word that may follow a number looked for (平方公里 …)


def unit_tail(text: str, words: frozenset[str], marks: str | set[str]) -> bool:
    """Whether a line opens with a number's tail and nothing else could open it: a percent sign (%。), or a word
    that follows numbers (`words`: measure words, magnitudes, numeral units; two of them, 亿美元, 万人) closed by a
    mark right after it (个。, 家，累计…, 亿美元，新增…): no line of running text opens on a measure word its clause
    ends on, so the number it measures was cut off before it. `marks`: the marks ending a clause or a sentence."""
    if text[:1] == "%":
        return True
    cut = next((k for k, ch in enumerate(text[:_TAIL_WORD_MAX + 1]) if ch in marks), -1)
    if cut < 1 or not words:
        return False
    word = text[:cut]
    return word in words or any(word[:k] in words and word[k:] in words for k in range(1, len(word)))


_DIGITS_HEAD = compiled_re(r"\d+")


def _clause(text: str) -> bool:
    """Running text's punctuation (a wide comma or stop: Po, not ASCII, which a number's point and percent
    are) in the text: no table cell holds any. The per-mille and per-myriad signs are Po too, but units (婴儿死亡率
    / （‰） on a head's second line)."""
    return any(not c.isascii() and unicodedata.category(c) == "Po" and not unicodedata.name(c, "").startswith("PER ")
               for c in text)


def _cells(text: str) -> float:
    """Printed width in Han characters: digits and Latin letters take about half a column."""
    return sum(0.5 if c.isascii() else 1.0 for c in text)


def _set_width(text: str) -> float:
    """A column's line's width as set (`_cells`), its wide spaces one space: a justified line spreads its words
    to the column's full width, and an extractor that sets each character where it stands on a grid (pdftotext
    -fixed) prints that spread as a run of spaces, so that the line reads wider than its column's full lines."""
    return _cells(_GAPS.sub(" ", text))

Line = tuple[str, str, int]  # (as written, folded, source offset)


class Framed(Protocol):
    """What tells a plan's table of indicators (`tablerows.TableReader`): its head's frame, and a row's gaps."""

    def head_frame(self, line: str) -> tuple[bool, frozenset[str]]: ...

    def framed_gaps(self, line: str, frame: tuple[bool, frozenset[str]], columns: int) -> list[int] | None: ...

Piece = tuple[str, str, int, bool]  # a line or a piece of one, and whether it must open a paragraph


def _pieces(body: str) -> list[tuple[int, int]]:
    """[start, end) of the text pieces of a line, split at gutters (a single space stays inside a piece)."""
    lead = _LEAD.match(body).end()
    end = len(body.rstrip(" \u3000\t"))
    if lead >= end:
        return []
    spans, pos = [], lead
    for m in _GUTTER.finditer(body, lead, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return spans


def has_digit(text: str) -> bool:
    """Whether `text` holds a digit outside a rate's base in brackets ((1/10万) under a head's word names a unit; a
    digit elsewhere makes a line a row of numbers, no head's)."""
    return any(map(str.isdigit, RATE_BASE.sub("", text)))


def _upto_mark(text: str, steps: range) -> list[int]:
    """The positions of `steps` up to the first clause mark (a wide comma or stop) in text."""
    out = []
    for n in steps:
        if _clause(text[n]):
            break
        out.append(n)
    return out


def _row(folded: str, spans: list[tuple[int, int]], note: regex.Pattern[str] | None = None) -> bool:
    """Whether a line's pieces are a table's row: a label (no digit but a month's, or a footnote's mark `note` after
    its last word: 太和镇(1), tables.yaml label_notes), then plain numbers only. A piece of
    numbers a single space apart is that many cells (a reader's wide pitch narrows a gutter to one space:
    总诊疗人次  万人次  3862.14  3948.62 4012.36), unless a bare group of three digits follows a space (1 280: a
    number's thousands gap, maybe); such a piece is a row's where the line shows two gutters at least (合计  468
    4 126  4 862: a table set with thin spaces between thousands): one cell or two, `tablerows` tells which or none."""
    grouped = len(spans) >= 3  # (a label, a gutter and two pieces at least: a row's, whose gutters are wide)
    # (a piece's end stripped: a fall in brackets folds to its number and a space, （1.6） to -1.6, `layout.fold_width`)
    pieces = [folded[s:e].rstrip(" ") for s, e in spans]
    cells = [part for piece in pieces
             for part in (piece.split(" ") if _NUMBER_RUN.fullmatch(piece)
                          or grouped and _GROUPED_RUN.fullmatch(piece) else (piece,))]
    if len(cells) >= 2 and _YEAR_LABEL.fullmatch(cells[0]):
        # (a table of years: each row's label its year, 2023年  21.05  2.86, which reads as a number with its word)
        return all(_UNIT_CELL.fullmatch(c) or c in _BLANK for c in cells[1:])
    k = next((n for n, c in enumerate(cells) if _UNIT_CELL.fullmatch(c)), 0)
    return k > 0 and _cells_run(cells[k:]) and not any(
        ch.isdigit() for c in cells[:k] for ch in _LABEL_TIME.sub("", note.sub("", c) if note is not None else c))


def _cells_run(cells: list[str]) -> bool:
    """Whether a row's cells after its label are numbers (maybe with their units) or blanks, one unit word alone maybe
    among them with a number either side (学校数  1,286  所  -1.8: a table whose unit column stands between its value
    columns, 指标 2025年 单位 比上年增长（%）)."""
    among = [n for n, c in enumerate(cells) if not (_UNIT_CELL.fullmatch(c) or c in _BLANK)]
    if len(among) == 1 and 0 < among[0] < len(cells) - 1 and _UNIT_WORD.fullmatch(cells[among[0]]):
        return True
    return not among


def _cells_alone(folded: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a line's pieces are a row's cells with no label (3.12  万人  2.4), two numbers at least: under a row, the
    cells of a row whose label is set over two lines, the cells midway between them (中等职业教育在校生 / 3.12  万人
    2.4 / （不含技工学校）)."""
    cells = [part for s, e in spans for part in folded[s:e].rstrip(" ").split(" ")]
    return sum(1 for c in cells if _UNIT_CELL.fullmatch(c)) >= 2 and _UNIT_CELL.fullmatch(cells[0]) is not None \
        and _cells_run(cells)


def _two_rows(folded: str, spans: list[tuple[int, int]], note: regex.Pattern[str] | None = None) -> bool:
    """Whether a line's pieces are two rows side by side, a label and its numbers, then a label and its numbers (a table
    set in two halves under `pdftotext -fixed`, whose wide pitch narrows the gap between the halves to one space:
    全市  18,642  -126 三台县  2,364  26): each half a row as `_row` reads one."""
    words = [m.span() for s, e in spans for m in _WORD.finditer(folded, s, e)]
    cuts = [k for k in range(1, len(words)) if not has_digit(folded[words[k][0]:words[k][1]])
            and _UNIT_CELL.fullmatch(folded[words[k - 1][0]:words[k - 1][1]])]
    return len(cuts) == 1 and _row(folded, words[:cuts[0]], note) and _row(folded, words[cuts[0]:], note)


def _headline(text: str, width: float) -> bool:
    """A column piece that reads as a headline: no mark but a number's point or percent, and short of the
    column's width."""
    words = text.strip().replace(" ", "")
    return bool(words) and _cells(words) <= width - 2 and not any(
        unicodedata.category(c).startswith("P") and c not in ".%" for c in words)


def _amount_column(region: list[tuple[Line, list[tuple[int, int]]]], k: int) -> bool:
    """Whether the block's lines of `k` pieces hold a number alone (a currency sign before it or not) in one same
    place, on every such line but one (the head's): a table's column of amounts, whose long cells (¥2,925,000.00,
    a unit's full name, the amount again in capital numerals) no page's column of running text shows line after
    line: read row by row, as a table of short cells is."""
    rows = [(folded, spans) for (_, folded, _), spans in region if len(spans) == k]
    return len(rows) > MIN_LINES and any(
        sum(1 for folded, spans in rows if _AMOUNT_CELL.fullmatch(folded[spans[i][0]:spans[i][1]])) >= len(rows) - 1
        for i in range(1, k))


def _has_gutter(spans: list[tuple[int, int]]) -> bool:
    """Two or more pieces, and not a line spaced out character by character (增  长  2.23  倍)."""
    if len(spans) < 2:
        return False
    return sum(e - s for s, e in spans) / len(spans) >= 3


def _spaced_within(more: list[tuple[int, int]], anchors: list[int]) -> bool:
    """Whether a line's extra start (near no column's) follows right after a piece short of half its column's width:
    wide spaces inside that column's line (本报讯（记者  黄敏 通讯员…), no column's start that the line alone shows."""
    for (s0, e0), (s1, _) in itertools.pairwise(more):
        if all(abs(a - s1) > INSIDE for a in anchors) and s1 - e0 <= SPACED + 1:
            edge = max((a for a in anchors if a <= s0 + INSIDE), default=None)
            right = min((a for a in anchors if a > s1), default=None)
            if edge is not None and right is not None and 2 * (e0 - s0) < right - edge:
                return True
    return False


def _headline_tail(head: str, start: int, below: list[tuple[Line, list[tuple[int, int]]]]
                   ) -> tuple[int, int, int] | None:
    """Where a headline of a row of headlines, ending on a digit, goes on in the block below: the block's first line
    that shows text, one piece set where the headline starts (a character either side), opening on a digit, short
    and holding no clause mark (a number's tail and its unit, 0人). A headline set in a narrow cell wraps inside its
    number so; no column's first line opens on digits under a headline so set. Its line's index and piece, or None."""
    if not head or not head[-1].isdigit():
        return None
    k = next((k for k, (_, sp) in enumerate(below) if sp), None)
    if k is None or len(below[k][1]) != 1:
        return None
    (_, folded, _), [(s, e)] = below[k]
    text = folded[s:e].rstrip()
    if abs(s - start) > 1 or not text[:1].isdigit() or _clause(text) or len(text) > TAIL_CELLS:
        return None
    return k, s, e


def _regrids(spans: list[tuple[int, int]], starts: list[int], after: list[tuple[Line, list[tuple[int, int]]]]) -> bool:
    """Whether a line of three pieces or more opens a new grid: two of its pieces or more start where no line of the
    block above starts a piece, and the next line that shows pieces shows as many, starting where this one's do."""
    if len(spans) < 3 or sum(1 for s, _ in spans if all(abs(s - t) > INSIDE for t in starts)) < 2:
        return False
    nxt = next((sp for _, sp in after if sp), None)
    return nxt is not None and len(nxt) == len(spans) and all(
        abs(a - b) <= INSIDE for (a, _), (b, _) in zip(spans, nxt, strict=True))


def _opens_on_mark(text: str) -> bool:
    """A line whose first character is a comma, stop or the like (Po: ，、；。): it closes a clause the line
    before opened, no item opens on one."""
    return bool(text) and not text[0].isascii() and unicodedata.category(text[0]) == "Po"


def _by_column(folded: str, spans: list[tuple[int, int]], starts: tuple[int, ...]) -> list[str]:
    """A line's text column by column: each piece to the column that starts at or left of it (a piece starting
    just short of a column's start, by an indent at most, is that column's), wide spaces inside a column dropped."""
    cols = [""] * len(starts)
    for s, e in spans:
        k = max((i for i, a in enumerate(starts) if a <= s + INSIDE), default=0)
        cols[k] += folded[s:e].strip()
    return cols


def _pitch_blanks(region: list[tuple[Line, list[tuple[int, int]]]]) -> set[int]:
    """The blank rows a loose pitch sets between each two lines of a block: `pdftotext -layout` at a pitch its grid
    of rows does not fit prints a blank row after every line of two items side by side, so each row alone would
    be a block of its own, too short to show its columns, and the items' lines were read across the page a row
    at a time. A blank row alone between two rows of text, in a run of at least GRID_ROWS such blanks two rows
    apart (a row of text, a blank, a row of text …), is no gap between blocks; two blank rows still are."""
    single = [n for n in range(1, len(region) - 1)
              if not region[n][1] and region[n - 1][1] and region[n + 1][1]]
    out: set[int] = set()
    run: list[int] = []
    for n in [*single, -1]:
        if run and n - run[-1] != 2:
            if len(run) >= GRID_ROWS:
                out.update(run)
            run = []
        run.append(n)
    return out


def _geometry(block: list[tuple[Line, list[tuple[int, int]]]]) -> tuple[int, ...]:
    """Where the columns of a block start: the median starts of its lines with the most pieces that
    two lines show (empty: too few such lines to tell)."""
    full = [spans for _, spans in block if _has_gutter(spans)]
    counts = Counter(len(spans) for spans in full)
    k = max((n for n in counts if counts[n] >= MIN_LINES), default=0)
    if k < 2:
        return ()
    rows = [sp for sp in full if len(sp) == k]
    return tuple(sorted(sp[i][0] for sp in rows)[len(rows) // 2] for i in range(k))


_LABEL_HEADS: dict[tuple[str, ...], tuple[re.Pattern[str], frozenset[str], int]] = {}


def _label_heads(labels: tuple[str, ...]) -> tuple[re.Pattern[str], frozenset[str], int]:
    """`Cells`' line of a label column's head word alone, its words and the longest line it reads, by the words: the
    same for every document (a layout repair made a pattern's text of ~80 escaped words for each: ~7% of the fixed
    cost of a short text, as every rule example is)."""
    made = _LABEL_HEADS.get(labels)
    if made is None:
        words = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
        made = (compiled_re(rf"^[ \t\u3000]*(?:{words})[ \t\u3000]*$", re.M), frozenset(labels),
                max(map(len, labels)) + 4)
        if len(_LABEL_HEADS) >= 16:
            _LABEL_HEADS.clear()  # (labels from rule sets being edited: bounded)
        _LABEL_HEADS[labels] = made
    return made


class Columns:
    """Re-orders glued columns; `take` a line, get the lines to repair now (maybe none, maybe many)."""

    def __init__(self, notes: list[str] | None = None, complete: str = "",
                 whole: Callable[[str], object] | None = None, head: Callable[[str], int] | None = None,
                 labels: Sequence[str] = (), framed: Framed | None = None, label_marks: str = "",
                 number_words: frozenset[str] = frozenset(), clause_end: str = "",
                 unit_cell: Callable[[str], bool] | None = None, caption: Callable[[str], bool] | None = None,
                 label_notes: str = "", unit_whole: str = "") -> None:
        """complete: the marks that end a paragraph's last line (rules/lexicon/layout.yaml line_complete);
        whole: does a line stand as one whatever its spaces (a page's running head, `layout.running_head`:
        the paper, the date, the weekday and the page number spaced out across the page are no columns,
        and cut apart the page number would be glued to the headline under it); head: how many value
        columns a line (folded) names as a table's head (`TableLines.head_columns`, 0: none): a table's
        head set out with wide gaps (产品名称  单位  产量) and its caption on the line above go on whole,
        so that the layout repair reads the head as one and keeps the cells of the rows under it apart;
        labels: the words that head a table's label column (指标, 项目): a line of one of them alone may
        open a table printed a cell a line (`Cells`); framed: what tells the rows of a plan's table of indicators
        (`TableLines.head_frame`, `framed_gaps`: a row number before a row's label, a word after its cells);
        label_marks: the clause marks a row's label may hold (tables.yaml label_marks), a line of it run on alone too;
        number_words, clause_end: the words that may follow a number and the marks ending a clause (layout.yaml): a
        column whose top opens with such a word closed by a mark (亿美元，…) goes on from a column ending on digits;
        unit_cell: whether a label and a word after it are a row's label and its unit cell (`TableLines.unit_cell`:
        总诊疗人次 万人次), for `Cells` to tell the first row's opening from the head's words; caption: whether a line
        opens with a table's caption (`TableLines.caption_line`): two captions on one line open two tables set side by
        side (`_beside`); label_notes: a footnote's mark a row's label may end in (tables.yaml label_notes, a pattern:
        太和镇(1)  186  12 is a row, its label's mark no cell); unit_whole: measure words that end a number's unit
        alone (layout.yaml: 张, 家, never a date's 年 or 月): a column whose top opens with digits, one of them and a
        mark (5张。…) goes on from a column ending on digits at its full width."""
        self.complete = complete
        self.label_note = compiled_regex(label_notes) if label_notes else None
        self.unit_whole = frozenset(unit_whole)
        self.number_words = number_words
        self.tail_marks = set(complete + clause_end)
        self.unmarked = str.maketrans("", "", label_marks)  # (a translation table that drops them)
        self.whole = whole
        self.head = head
        self.headed = False  # the line before was a table's head or a row under it
        self.head_above = ""  # the line before was a table's head (folded): its units may follow on a line
        self.blanks_kept = 0  # blank lines under a head or a row passed over, the table going on
        self.rows_read = False  # the region just handed on was read as a table's rows (`_block`)
        # the source offsets where a column's piece ends at a cut of two columns' lines run together that left a
        # number out (`_unglued`): the next column's top opening on digits may be that number's tail (`_block`)
        self.lost: set[int] = set()
        self.cells = Cells(head, labels, unit_cell, self._resumes) if head is not None and labels else None
        self.framed = framed
        # the frame and columns of the head the lines since are rows of, where its rows are framed (序号 … 属性)
        self.frame: tuple[bool, frozenset[str]] = (False, frozenset())
        self.frame_columns = 0
        self.barred = False  # the line before was one whose cells bars part (`BARRED`)
        self.turns = 0  # lines passed under such a table that were none of its rows (a page's foot and head)
        self.region: list[tuple[Line, list[tuple[int, int]]]] = []
        self.pending: list[tuple[Line, list[tuple[int, int]]]] = []  # short or blank lines inside a region?
        self.gutter_lines = 0
        self.first_gutter = 10**9
        # where the second piece of each of the region's rows starts: the one most rows show is the second column's
        # (the least may be a wide space inside the first's line, 本报讯（记者  钟华 通讯)
        self.seconds: Counter[int] = Counter()
        self.row_starts: list[tuple[int, ...]] = []  # … and where every piece but the first of each starts
        self.notes = notes
        # whether the lines the layout repair took last (handed on, not held here) are a table's head, neither a head
        # with gaps that `take` saw: its top line set with single spaces and its bottom piece far right under its last
        # word (指标 2025年 2024年 比上年 / 增长（%）), or a head with single spaces on one line; set by the layout repair
        # (`_Repairer.head_over`), None: never
        self.head_over: Callable[[], bool] | None = None
        # the line handed on last as it is, where its words stood apart by wide gaps but too short to be columns (品种
        # 产量  比上年: `_has_gutter`): a head's top line maybe, whose rest the next line holds (folded; "": none)
        self.short_top = ""
        self.caption = caption
        # two tables set side by side (`_beside`): where the right one's lines start (None: no such tables), and its
        # lines held until the left one ends
        self.beside_at: int | None = None
        self.beside_edge = False  # … that edge found on the right table's head (else the right caption's start)
        self.beside_held: list[Line] = []
        self.label_words = frozenset(labels)
        self.tabled = False  # a table's head has been seen: a lone caption mark after it may go on with its rows
        self.resumed = False  # the line before was such a mark (续表), with no head under it yet

    # The layout repair's bulk path (`layout._Lines._page`) asks a column stage three things, so that
    # it may skip `take` for the lines the stage would hand on as they are, in order and unchanged;
    # a stage without them gets every line through `take`, and so do the lines after the first
    # `bulk` ones.
    def bulk(self, lines: list[str], final: bool = False) -> int:
        """How many first lines of the page may skip `take` where `idle` and `passes` say so: all of them
        (final: the text ends with these lines) but from a line that may open a table printed a cell a
        line on."""
        return self.cells.first(lines) if self.cells is not None else len(lines)

    def idle(self) -> bool:
        """No line held: a line that `passes` would be handed on at once, as it is, and leave none held."""
        return not (self.region or self.pending or self.headed or self.beside_at is not None
                    or (self.cells is not None and self.cells.busy))

    def passes(self, body: str) -> bool:
        """Would the line be handed on as it is while `idle`: no text, two or more spaces, text (a gutter)
        in it, or the head word of a table's label column alone (`Cells`). A line without any space
        otherwise passes."""
        if self.cells is not None and self.cells.opener(body):
            return False
        if self.tabled and self._resumes(body.strip()):
            return False  # (续表 alone after a table: the rows under it go on, `_take`)
        # two or more spaces are found fast; a gutter is such a run with text on both sides. Most lines
        # asked hold single spaces only (PDF justification: 全 市 生 产): two plain ones side by side or
        # an ideographic one must be there for a run at all, which two `in` tests tell quicker
        if "  " not in body and "\u3000" not in body:
            return True
        for m in _SPACES2.finditer(body):
            i, j = m.span()
            if i and j < len(body) and not body[i - 1].isspace() and not body[j].isspace():
                return False
        return True

    def take(self, body: str, folded: str, src: int) -> Iterator[Piece]:
        for line in self._beside(body, folded, src):
            yield from self._taken(*line)

    def _beside(self, body: str, folded: str, src: int) -> Iterator[Line]:
        """Two tables set side by side, as `pdftotext -layout` prints a page that sets them so (a county bulletin's
        landscape page: 表1 … beside 表2 …, each with its head, its rows and its 注：): each line holds a line of the
        left table, then after a gutter one of the right, and read across, a row of the left table would run on into
        the right one's label and cells. Two captions on one line, a gutter between, open such tables, and the first
        line under them with text is their heads, each opening with its label column's word (指标 单位 年末数 …
        指标 单位 2025年 …): the right head's label word, at or left of the right caption (a caption stands centred
        over its table), is the right table's edge. From then on each line is cut where a piece starts at that edge
        (INSIDE either side), its left part handed on and its right part held; the left table ends at its first line
        that is neither a row nor a blank nor reaches the right table (its note), and the right table's lines held are
        then handed on, the right table whole after the left. Where the line under the captions is no such pair of
        heads, the lines go on as they came."""
        line = (body, folded, src)
        spans = _pieces(body)
        if self.beside_at is None:
            if self.caption is None or len(spans) < 2 or not self.caption(folded[spans[0][0]:spans[0][1]]):
                yield line
                return
            second = next((s for s, e in spans[1:] if self.caption(folded[s:e])), None)
            if second is None:
                yield line
                return
            self.beside_at, self.beside_edge = second, False
        elif not self.beside_edge and spans:
            edge = next((s for s, e in reversed(spans[1:]) if folded[s:e] in self.label_words
                         and s <= self.beside_at + INSIDE), None)
            held, self.beside_held = self.beside_held, []
            if edge is None or folded[spans[0][0]:spans[0][1]] not in self.label_words:
                self.beside_at = None  # (no two heads under the captions: no tables side by side)
                yield from held
                yield line
                return
            self.beside_held, self.beside_at, self.beside_edge = held, edge, True
        at = self.beside_at
        cut = next((n for n, (s, _e) in enumerate(spans) if s >= at - INSIDE), None)
        if cut is None:
            yield line
            if spans and not _row(folded, spans, self.label_note):
                held, self.beside_held, self.beside_at = self.beside_held, [], None
                yield from held  # (the left table's note: the right table follows it whole)
            return
        if cut > 0:
            end = spans[cut - 1][1]
            yield body[:end], folded[:end], src
        s = spans[cut][0]
        self.beside_held.append((body[s:], folded[s:], src + s))

    def _taken(self, body: str, folded: str, src: int) -> Iterator[Piece]:
        if self.cells is None:
            yield from self._take(body, folded, src)
            return
        for line, kind in self.cells.take((body, folded, src)):
            if kind == Cells.PLAIN:
                yield from self._take(*line)
                continue
            yield from self._table_line(line, kind == Cells.HEAD, kind == Cells.BARE)

    def _resumes(self, text: str) -> bool:
        """Whether a line (stripped) is a caption's mark alone (续表, 续表2: `TableLines.caption_line`, no column named)."""
        return self.caption is not None and self.head is not None and 0 < len(text) <= _RESUME_CHARS \
            and bool(self.caption(text)) and not self.head(text)

    def _table_line(self, line: Line, head: bool, bare: bool = False) -> Iterator[Piece]:
        """A table's head or row, whole. A head opens a paragraph (the title above it may end in no
        mark), or its caption does where the line above is one held as a region of its own (表2  2024年…);
        so does a row's numbers with no label (bare), no row's line to join."""
        caption = self.region.pop() if head and len(self.region) == 1 and not self.pending else None
        self.tabled = True
        yield from self._flush()
        if caption is not None:
            yield (*caption[0], True)
        yield (*line, head and caption is None or bare)

    def _take(self, body: str, folded: str, src: int) -> Iterator[Piece]:
        self.rows_read = False
        barred, self.barred = self.barred, sum(body.count(bar) for bar in CELL_BARS) >= BARRED
        if self.barred:
            # a line whose cells bars part (全  市 ｜  38620  ｜  3.4  ｜ 32460): a table's head or row, whatever gaps its
            # cells are padded with; no columns of running text glued side by side, whose pieces it would be cut into;
            # the first such line under a caption held alone as a region's line (表2  2025年…): the caption goes on
            # whole, then the table
            if not barred and len(self.region) == 1 and not self.pending:
                yield from self._table_line((body, folded, src), True)
            else:
                yield from self._flush()
                yield (body, folded, src, False)
            return
        spans = _pieces(body)
        line = (body, folded, src)
        if not spans and self.headed and not self.region and not self.pending \
                and self.blanks_kept < (HEAD_BLANKS if self.head_above else 1):
            # one blank line under a head or a row (`pdftotext -layout` sets one between a table's rows set far
            # apart), two under a head whose second line is empty (its cells stand on the first, a tall rule under
            # them): handed on, and the table goes on, its next row's cells kept apart, not read as columns
            self.blanks_kept += 1
            yield (*line, False)
            return
        self.blanks_kept = 0
        gutter = _has_gutter(spans)
        # (asked as written, then with each gutter as one space: `pdftotext -layout` spreads a running head across
        # the page's width, its runs of spaces far longer than the head's words, which a head's length bound must not
        # count; a page's foot sets its number apart by a wide gap, 平江县人民政府      — 3 —)
        if gutter and self.whole is not None and (self.whole(body.strip()) or self.whole(_GUTTER.sub(" ", body.strip()))):
            yield from self._flush()
            yield (*line, False)
            return
        short_top, self.short_top = self.short_top, ""
        headed, self.headed = self.headed, False
        resumed, self.resumed = self.resumed, self.resumed and not spans  # (kept over blank lines)
        if self.tabled and len(spans) == 1 and self._resumes(folded.strip()):
            # a caption's mark alone on a line after a table (续表, where a page cut the table and its head is not set
            # again): handed on as it is, and the rows under it keep their cells apart as under the head
            yield from self._flush()
            yield (*line, True)
            self.resumed = True
            return
        headed = headed or resumed and _row(folded, spans, self.label_note)
        above, self.head_above = self.head_above, ""
        framed = self.framed is not None and self.frame_columns > 0 and (headed or self.turns > 0) and \
            self.framed.framed_gaps(folded, self.frame, self.frame_columns) is not None
        note = self.label_note
        if self.head is not None and spans and not headed and not framed and not self.region and not self.pending \
                and len(spans) >= 2 and self.head_over is not None and _row(folded, spans, note) and self.head_over():
            # the first row under a head the layout repair took without gaps (指标 2025年 2024年 比上年 /
            # 增长（%）): a row, its cells kept apart, never columns read one after the other (the row's numbers
            # would then stand alone, or its first one with the label, read in no unit of the head's)
            yield from self._table_line(line, False)
            self.headed = True
            self.turns = 0
            return
        if self.head is not None and spans and (headed and (_row(folded, spans, note) or _two_rows(folded, spans, note)
                                                            or _cells_alone(folded, spans))
                                                or framed or len(spans) >= 2 and self.head(folded) > 0):
            # a table's head set out with gaps, and the rows under it (a label, then numbers); a head of short
            # words (指标    总量    增长%) is one though its pieces are as short as a spaced-out line's
            opens = not headed and not framed
            yield from self._table_line(line, opens)
            self.headed = True
            self.head_above = folded if opens else ""
            if opens:
                self.frame = self.framed.head_frame(folded) if self.framed is not None else (False, frozenset())
                self.frame_columns = self.head(folded) if self.frame[0] or self.frame[1] else 0
            self.turns = 0
            return
        if self.frame_columns and (headed or self.turns) and self.turns < _TURN_LINES \
                and len(_GAPS.sub("", folded)) <= _TURN_CHARS and not _clause(folded):
            # under a plan's table of indicators, a row's label or unit run on to a line of its own ((人) (五年累计)),
            # or a page's foot or head between two rows (第2页 共3页, a blank where the head was taken out): a
            # paragraph of its own, the rows go on
            yield from self._flush()
            yield (*line, bool(spans))
            self.turns += 1
            return
        self.frame_columns = 0 if not headed else self.frame_columns
        # (… or a group's label of no value, 一、社会保险, right under the head too: a label's mark, 、, opens no unit)
        if headed and len(spans) == 1 and (not above or folded.translate(self.unmarked) != folded) \
                and len(folded.strip()) <= _WRAP_LABEL and \
                not any(ch.isdigit() for ch in folded) and not _clause(folded.translate(self.unmarked)):
            # a row's label run on to a line of its own, under its cells (社区卫生服务  3  88 / 中心) or over them
            # (诊所、卫生所、医务室 / 和护理站  1081  —): a paragraph of its own, and the rows under it go on
            yield from self._flush()
            yield (*line, True)
            self.headed = True
            return
        if above and self.head is not None and _UNITS.fullmatch(_GAPS.sub("", folded)) and \
                self.head(above + folded) > 0:
            # the head's units on a line of their own under its words (机构数 床位数 / （个） （张）): the head
            # goes on, and so do the rows under it
            yield from self._table_line(line, False)
            self.headed = True
            return
        if above and self.head is not None and spans and not has_digit(folded) \
                and not _clause(_WORD_COLON.sub("", folded)) and self.head(above.rstrip() + "\n" + folded.rstrip()) > 0:
            # the rest of a head's words under a head line that is one alone (指标  单位  2025年 / 年末数 under its year:
            # `TableLines.head_columns` of the two lines by where their words stand): the head goes on, and so do the
            # rows under it, their cells kept apart (not a region's columns glued side by side)
            yield from self._table_line(line, False)
            self.headed = True
            return
        if self.head is not None and len(self.region) >= 2 and not self.pending and spans and not _clause(folded) \
                and not has_digit(_HEAD_YEAR.sub("", folded)) and self.head(self.region[-2][0][1]) == 0 \
                and self.head(self.region[-2][0][1].rstrip() + "\n" + self.region[-1][0][1].rstrip() + "\n"
                              + folded.rstrip()) > 0:
            # a head's words wrapped over three lines, each column's unit on the last (县市区  医疗卫生  卫生技术 /
            # 机构床位  人员 / （张）  （人）: `TableLines.head_columns` of the three lines): they go on whole as the head,
            # and the rows under it keep their cells apart
            (top, _), (middle, _) = self.region[-2:]
            del self.region[-2:]
            yield from self._table_line(top, True)
            yield (*middle, False)
            yield (*line, False)
            self.headed = True
            return
        if self.head is not None and self.region and not self.pending and spans and not _clause(folded):
            top, top_spans = self.region[-1]
            if len(top_spans) >= 2 and not has_digit(_HEAD_YEAR.sub("", folded)) \
                    and self.head(top[1]) == 0 \
                    and (self.head(top[1] + folded) > 0 or self.head(top[1].rstrip() + "\n" + folded.rstrip()) > 0):
                # a head's words run over two lines under `pdftotext -layout` (指标  2025年  2024年  比上年 /
                # 增长（%）; 机构数  床位数  床位数比上年 / （个）  （张）  增长（%）: `TableLines.head_columns` of the two
                # lines apart): neither line a head alone, the two one; held as a region's lines so far, they go on
                # whole as the head, and the rows under it keep their cells apart
                self.region.pop()
                yield from self._table_line(top, True)
                yield (*line, False)
                self.headed = True
                return
        if self.head is not None and short_top and not self.region and not self.pending and spans \
                and not _clause(folded) and not has_digit(_HEAD_YEAR.sub("", folded)) \
                and self.head(short_top) == 0 and self.head(short_top + "\n" + folded.rstrip()) > 0:
            # the same head whose top line's words are too short to tell columns by (品种  产量  比上年 / 2025年
            # 2024年  增长（%）): that line went on whole, and so does this one, joined to it; the rows under it keep
            # their cells apart
            yield (*line, False)
            self.headed = True
            self.head_above = short_top + folded
            return
        # (far from the region's own left edge too: a page whose every line is set in by its margin, pdfplumber's
        # layout=True, sets no line right of a column it does not show)
        far = bool(spans) and spans[0][0] >= FAR and (not self.region or spans[0][0] > INSIDE + min(
            (sp[0][0] for _, sp in self.region if sp), default=0))
        if gutter and self.region and not self.pending and self._headline_row(folded, spans):
            yield from self._flush()  # the columns end above a row of the next items' headlines
        if gutter or (far and self.region):
            self.region += self.pending
            self.pending = []
            self.region.append((line, spans))
            if gutter:
                self.gutter_lines += 1
                self.first_gutter = min(self.first_gutter, spans[1][0])
                self.seconds[spans[1][0]] += 1
                self.row_starts.append(tuple(s for s, _ in spans[1:]))
            if len(self.region) >= MAX_REGION:
                yield from self._flush()
            return
        if self.region and not self.pending and self._glued_row(folded, spans):
            self.region.append((line, spans))  # two columns' lines run together, no gap: the region goes on
            return
        if self.region and (not spans or spans[-1][1] <= self.first_gutter or self._fits_first(spans)):
            self.pending.append((line, spans))  # blank, or fits the first column: wait for the next line
            if len(self.pending) > 2 and (len(self.pending) >= MAX_REGION or not self._first_runs_on()):
                yield from self._flush()  # the region ended: it goes on, then the lines held, this one last
            return
        yield from self._flush()
        if len(spans) >= 2 and not any(ch.isdigit() for ch in folded):
            self.short_top = folded.rstrip()
        # (the line under a table's rows opens a paragraph: the last row's number runs into no sentence)
        yield (*line, self.rows_read)

    def finish(self) -> Iterator[Piece]:
        held, self.beside_held, self.beside_at = self.beside_held, [], None
        for line in held:  # (the right one of two tables side by side, its left one ending the text)
            yield from self._taken(*line)
        if self.cells is not None:
            for line, _ in self.cells.release():
                yield from self._take(*line)
        yield from self._flush()

    def _flush(self) -> Iterator[Piece]:
        region, pending = self.region, self.pending
        self.region, self.pending, self.gutter_lines, self.first_gutter = [], [], 0, 10**9
        self.seconds = Counter()
        self.row_starts = []
        if region and self._first_runs_on(region, pending):
            # the first column runs on alone under rows where the others ended, its sentence going on
            # into lines as wide as it and set at its edge (…增长6 | .9%。全市… | ，增长42.3%。 | 从商品看…):
            # they are that column's, read before the next column, up to a blank line
            run = next((n for n, (_, sp) in enumerate(pending) if not sp), len(pending))
            region += pending[:run]
            del pending[:run]
        elif region and pending and pending[0][1] and pending[0][0][1].rstrip()[-1:] not in self.complete:
            # the first column's last line, under a row where the others ended, breaks off mid-sentence:
            # it is that column's (its sentence goes on at the top of the next column), not a line after all
            region.append(pending.pop(0))
        elif region and pending and self._column_foot(region, pending[0], False):
            # the first column's last row breaks off mid-sentence (…1至8月调处矛) and the line under it, set at that
            # column's edge, ends its sentence (盾纠纷5960件，…。) while a line beside it goes on past its foot: it is the
            # column's foot, read before the next column (after it, its figures would be the next item's)
            region.append(pending.pop(0))
            while pending and self._column_foot(region, pending[0], True):
                region.append(pending.pop(0))
        if region:
            yield from self._columns(region)
        for n, (line, _) in enumerate(pending):
            yield (*line, n == 0 and self.rows_read)

    def _whole_tail(self, text: str) -> bool:
        """Whether a line opens with digits, a measure word that ends a unit alone (`unit_whole`) and a mark closing its
        clause (5张。, 12家，): the tail of a number cut at the line before's end."""
        m = _DIGITS_HEAD.match(text)
        return m is not None and len(text) > m.end() + 1 and text[m.end()] in self.unit_whole \
            and text[m.end() + 1] in self.tail_marks

    def _column_foot(self, region: list[tuple[Line, list[tuple[int, int]]]],
                     line: tuple[Line, list[tuple[int, int]]], below: bool) -> bool:
        """A line held after a region of columns that goes on the first column's last piece: the region shows its
        columns (at least MIN_LINES rows with a gutter), its last line holds the first column's piece and two pieces
        or more, or is such a foot itself (`below`), that piece breaking off mid-sentence; the line is one piece set at the
        first column's edge (a character either side: pdfplumber's layout=True), not indented as a paragraph's
        first line."""
        rows = [sp for _, sp in region if _has_gutter(sp)]
        spans = line[1]
        if len(rows) < MIN_LINES or len(spans) != 1 or not region[-1][1]:
            return False
        edge = min(sp[0][0] for sp in rows)
        (_, folded, _), sp = region[-1]
        last = folded[sp[0][0]:sp[0][1]].rstrip()
        return abs(sp[0][0] - edge) <= 1 and abs(spans[0][0] - edge) <= 1 and bool(last) \
            and last[-1] not in self.complete and (len(sp) >= 2 or below)

    def _fits_first(self, spans: list[tuple[int, int]]) -> bool:
        """A line of one piece that ends short of where most of the region's rows start their second piece (by a
        gutter's least), and starts at most an indent right of the region's left edge: the first column's line,
        where a wide space inside that column's line on one row (a spaced byline) set the least second start
        short of it."""
        if len(spans) != 1 or not self.seconds or self.gutter_lines < MIN_LINES:
            return False
        second, n = self.seconds.most_common(1)[0]
        # (the rows whose second piece starts within an indent of the commonest start count with it: pdfplumber's
        # layout=True sets a column's lines a character or two either side of its edge, as digits narrower than Han
        # characters fill a line before it, so one row's wide space (本报讯（记者  马立新）) may tie the count)
        # (… and so do the rows whose second piece is a wide space inside the first column's line, 本报讯（通讯员   固司）
        # then the second column's piece, and those whose first column is blank, the second's byline spaced out: a row
        # that shows a piece there)
        n = sum(1 for starts in self.row_starts if any(abs(at - second) <= INDENT for at in starts))
        edge = min((sp[0][0] for _, sp in self.region if sp), default=spans[0][0])
        return 2 * n > self.gutter_lines and spans[0][1] + SPACED <= second and spans[0][0] - edge <= INDENT

    def _first_runs_on(self, region: list[tuple[Line, list[tuple[int, int]]]] | None = None,
                       pending: list[tuple[Line, list[tuple[int, int]]]] | None = None) -> bool:
        """The lines held after a region of columns (at least MIN_LINES rows with a gutter) go on with its
        first column: the first of them, right under the region's last row, set at the first column's edge
        (an indent at most FAR away) like the rest up to a blank line, and the sentence runs on into it (the
        column's last piece or the line itself breaks off mid-sentence). The others ended above: an editor's
        line or a page's foot under complete columns stays after them."""
        region = self.region if region is None else region
        pending = self.pending if pending is None else pending
        rows = [sp for _, sp in region if _has_gutter(sp)]
        if len(rows) < MIN_LINES or not pending or not pending[0][1] or not region[-1][1]:
            return False
        edge = min(sp[0][0] for sp in rows)
        run = next((n for n, (_, sp) in enumerate(pending) if not sp), len(pending))
        if any(sp[0][0] - edge >= FAR or sp[0][0] < edge for _, sp in pending[:run]):
            return False
        (_, folded, _), sp = region[-1]
        last = folded[sp[0][0]:sp[0][1]].rstrip()
        if sp[0][0] - edge >= FAR:
            return False  # the last row holds no first column's piece
        first = pending[0][0][1].rstrip()
        return last[-1:] not in self.complete or first[-1:] not in self.complete

    def _columns(self, region: list[tuple[Line, list[tuple[int, int]]]]) -> Iterator[Piece]:
        """The region's blocks one after the other: a blank line across all columns between two runs
        of lines that each show their columns ends one row of page items (a lead over four columns,
        then two items side by side over two each, in columns that may start in the same places):
        each block's columns are read whole before the next block's."""
        blocks: list[list[tuple[Line, list[tuple[int, int]]]]] = [[]]
        starts: list[int] = []  # where the pieces of the current block's lines start
        rows = 0  # … and how many of its lines show a gutter
        pitch = _pitch_blanks(region)
        for n, row in enumerate(region):
            if not row[1] and blocks[-1] and blocks[-1][-1][1] and n not in pitch:
                blocks.append([])
                starts, rows = [], 0
            elif rows >= GRID_ROWS and _regrids(row[1], starts, region[n + 1:]):
                # no blank line, but a new grid: a row of items side by side under an item and its column of briefs
                # (pdfplumber's layout=True sets them on one grid of lines): the row's columns are a block of their own
                blocks.append([])
                starts, rows = [], 0
            blocks[-1].append(row)
            starts += [s for s, _ in row[1]]
            rows += _has_gutter(row[1])
        if len(blocks) == 1:
            yield from self._block(region)
            return
        merged = [blocks[0]]
        for block in blocks[1:]:
            if self._goes_on(merged[-1], block):
                merged[-1] = merged[-1] + block
            else:
                merged.append(block)
        for n, block in enumerate(merged):
            if _geometry(block):
                yield from self._block(block)
                continue
            # a row of headlines over the columns below; a table's caption over the page's last column, where the
            # block below sets a table there, goes with its table (青神县1-8月主要经济指标 over 指标  单位  1-8月 …)
            caption = self._caption(block, merged[n + 1]) if n + 1 < len(merged) else None
            for (body, folded, src), spans in block:
                if not spans:
                    yield body, folded, src, False
                for s, e in spans:
                    if caption is not None and caption[0] == src + s:
                        continue
                    yield body[s:e], folded[s:e], src + s, True
                    tail = _headline_tail(folded[s:e].rstrip(), s, merged[n + 1]) if n + 1 < len(merged) else None
                    if tail is not None:
                        # a headline of the row wrapped in its cell inside its number (…扩至320 | 0人): its tail, the
                        # first line under it, goes on from it, not on the row's last headline (…投用0人)
                        k, ts, te = tail
                        (tb, tf, tsrc), _ = merged[n + 1].pop(k)
                        yield tb[ts:te], tf[ts:te], tsrc + ts, False
            if caption is not None:
                merged[n + 1] = [caption[1], *merged[n + 1]]

    @staticmethod
    def _inside(region: list[tuple[Line, list[tuple[int, int]]]], full: list[list[tuple[int, int]]],
                anchors: list[int], k: int, i: int) -> bool:
        """Whether the i-th start is wide spaces inside the column before, not a column's: the pieces before
        it on the rows that show it are short of that column's lines (■本报讯, 本报讯（记者), and a row of
        columns runs its line across it (a one-piece row may be a headline over the columns; a line spaced out
        character by character, 记 者 从 市, runs wider than its column). Lines whose columns stand apart by
        their printed width, not their characters (pdftotext -layout), run across each other's starts too:
        there the pieces before are whole lines."""
        a, before = anchors[i], anchors[i - 1]
        short = max((e - s for sp in full if len(sp) == k for s, e in sp[i - 1:i]), default=0)
        longest = max((e - s for _, spans in region for s, e in spans if abs(s - before) <= INSIDE), default=0)
        if not short or 2 * short > longest:  # no row shows it with the others (a column beyond the last)
            return False
        return any(s < a - INSIDE <= a < e and _SPACED_OUT.search(body, s, e) is None
                   for (body, _, _), spans in region if len(spans) > 1 for s, e in spans)

    def _headline_row(self, folded: str, spans: list[tuple[int, int]]) -> bool:
        """Whether a line with gutters right under a region's columns (no blank line between) is a row of the next
        items' headlines, not the columns' next lines: the region's last row is two columns' lines or more run
        together (one piece across them, `_glued_row`: pypdf's layout mode sets the columns' full last lines so),
        and every piece of this line is a headline's, Han text short of its column's line with no mark
        (我县今年新增城镇就业2860人 … 短讯). Read as columns, each headline would be run into its column's sentence
        above it (…同比增长 | 我县今年新增城镇就业2860人)."""
        anchors = _geometry(self.region)
        if len(anchors) < 2 or len(spans) > len(anchors) or len(self.region[-1][1]) != 1:
            return False
        (s0, e0), = self.region[-1][1]
        if abs(s0 - anchors[0]) > INSIDE or e0 <= anchors[1] + INSIDE:
            return False  # (the last row one column's line only: a sidebar's, the others ended above)
        widths = sorted(_cells(ln[1][sp[0][0]:sp[0][1]]) for ln, sp in self.region if len(sp) == len(anchors))
        typical = widths[(len(widths) * 4) // 5] if widths else 0.0
        return typical >= _TEXT_COLUMN and all(
            _headline(folded[s:e], typical) and sum(1 for ch in folded[s:e] if not ch.isascii()) >= 2 for s, e in spans)

    def _glued_row(self, folded: str, spans: list[tuple[int, int]]) -> bool:
        """Whether a line of one piece under the region is two columns' lines run together (pypdf's layout
        mode, `_unglued`), not a line across the page under them: it starts at the first column's edge, runs
        past the second column's start, is half as wide again as the first column's lines, and the first
        column's line above breaks off mid-sentence (…电线电缆产业集群 | 营业收入达到486.7亿元，…产元，占…)."""
        if len(spans) != 1:
            return False
        anchors = _geometry(self.region)
        if len(anchors) < 2:
            return False
        if all(_row(ln[1], sp) for ln, sp in self.region if _has_gutter(sp)):
            return False  # (the region's rows are a table's, a label and its numbers: its labels no running text)
        (s, e), above = spans[0], self.region[-1]
        if abs(s - anchors[0]) > INSIDE or e <= anchors[1] + INSIDE or not above[1]:
            return False
        (_, prev, _), prev_spans = above
        ps, pe = prev_spans[0]
        if abs(ps - anchors[0]) > INSIDE or prev[ps:pe].rstrip()[-1:] in self.complete:
            return False
        widths = sorted(_cells(ln[1][sp[0][0]:sp[0][1]]) for ln, sp in self.region if len(sp) == len(anchors))
        if not widths:
            return False
        # a column of running text (a contents page's 第四章  保障措施 is none) whose line above is full, a paragraph's
        # first line counting its indent (two characters at most: 会议指出，1—10月，全县规模以上 set in under the
        # column's edge is as full as the lines under it)
        typical = widths[(len(widths) * 4) // 5]
        indent = min(2, max(0, ps - anchors[0]))
        return typical >= _TEXT_COLUMN and _cells(prev[ps:pe]) + indent >= typical - 1 \
            and _cells(folded[s:e]) >= 1.5 * typical

    def _unglued(self, region: list[tuple[Line, list[tuple[int, int]]]], full: list[list[tuple[int, int]]],
                 anchors: list[int], k: int, short: bool = False
                 ) -> tuple[list[tuple[Line, list[tuple[int, int]]]], frozenset[int]]:
        """The region with lines of two columns run together cut apart, and the source offsets of the pieces
        after such a cut that must open a paragraph. An extractor that sets each text line where it stands on a
        grid of characters (pypdf's layout mode) prints a column's line with many digits (narrower than a Han
        character) in more characters than a line of Han: the next column's line then follows with no gap at all
        (…规上工业企0个，总投资…). Such a piece starts at a column, runs past the next column's start, and is two
        lines' worth: at least a column's full width and half the next's, and 1.7 times the column's usual line.
        It is cut where it reaches the column's full width in printed width (digits half a character). That cut
        may miss by two characters or three (a justified line's spacing, digits a little wider than half), so a
        number up to three characters from it is left out whole, and the rest opens a paragraph where the
        column's line above ends on a number: that number (…意向41 | 20人) is not run on into a figure that may
        be wrong. short: a short block whose one row in `full` shows every column,
        its other rows mostly run together: the column's usual line is that row's."""
        if k < 2:
            return region, frozenset()
        rows = [sp for sp in full if len(sp) == k]
        typical = []
        for i in range(k):
            edge = min((sp[i][0] for sp in rows), default=0)
            edge = min([edge] + [s for _, spans in region for s, _ in spans if abs(s - anchors[i]) <= INSIDE])
            # a line's printed width, and in a short block (its one row a paragraph's first line) the paragraph's
            # indent (two characters at most)
            widths = sorted(_cells(line[1][sp[i][0]:sp[i][1]]) + short * min(2, sp[i][0] - edge) for line, sp in
                            ((ln, sp) for ln, sp in region if len(sp) == k and sp in rows))
            typical.append(widths[(len(widths) * 4) // 5] if widths else 0.0)
        if short:
            # a middle column that the row alone shows whole, its every other line run on into the next column's
            # (pypdf's layout mode sets each line's characters one to a place, so that a line of many digits runs
            # past where the next column starts and that column's line follows with no gap): the row's piece may be
            # a paragraph's line short of the edge (外贸方面，全年全市进出口总额1286 with the column's full line two
            # characters wider), and cut at its width the glued lines lose their last characters to the next column
            # (…出口1052.3 | 亿元市统计局…). Columns of one article's text are set alike: such a column's line is
            # taken as wide as the column's before it where that one is wider
            for i in range(1, k - 1):
                others = [(s, e) for _, spans in region if spans not in rows for s, e in spans
                          if abs(s - anchors[i]) <= INSIDE]
                if others and typical[i - 1] >= _TEXT_COLUMN and all(e > anchors[i + 1] + INSIDE for _, e in others):
                    typical[i] = max(typical[i], typical[i - 1])
        usual = []
        for i in range(k):
            if short:
                usual.append(typical[i])
                continue
            lengths = sorted(_cells(line[1][s:e]) for line, spans in region for s, e in spans
                             if abs(s - anchors[i]) <= INSIDE)
            # not counting the pieces that are two lines' worth themselves (past the next column's start, as wide as
            # this column's full line and half the next's) where they are a third of the column's pieces or more: in
            # a short block half of whose rows run two columns together, the median is else a glued line's (…达到68.4
            # 元，大洼区… | …96.8%以化服务点18个。) and no line of it is cut; a few such lines in a long column leave
            # the median a full line's, and counted they keep it there (short lines, subheads and paragraphs' ends,
            # pull it down)
            own = sorted(_cells(line[1][s:e]) for line, spans in region for s, e in spans
                         if abs(s - anchors[i]) <= INSIDE and not (
                             i + 1 < k and e > anchors[i + 1] + INSIDE
                             and _cells(line[1][s:e]) >= typical[i] + 0.5 * typical[i + 1]))
            lengths = own if len(own) >= 2 and 3 * (len(lengths) - len(own)) >= len(lengths) else lengths
            usual.append(lengths[len(lengths) // 2] if lengths else 0.0)
        sure = [self._full_line(region, anchors[i], typical[i]) for i in range(k)]
        # a column's typical line that two of its lines show (half a character either side), or one breaking off
        # mid-sentence (a justified column's full line): a width a cut by it may tell a number's column by
        # (`_sure_cut`); not in a short block, whose typical line is a row's or another column's
        firm = []
        for i in range(k):
            shown = [folded[s:e] for (_, folded, _), spans in region for s, e in spans
                     if abs(s - anchors[i]) <= INSIDE and abs(_cells(folded[s:e]) - typical[i]) <= 0.5]
            firm.append(not short and (len(shown) >= 2 or any(p[-1:] not in self.tail_marks for p in shown)))
        out, forced, moved = [], set(), set()
        for row_at, (line, spans) in enumerate(region):
            if len(spans) >= k:
                out.append((line, spans))
                continue
            folded, src = line[1], line[2]
            cut: list[tuple[int, int]] = []
            blots: list[tuple[int, int]] = []  # numbers at an overrun's cut (`_overrun`), made unreadable
            for s, e in spans:
                glued = False
                while True:
                    c = min(range(k), key=lambda i, s=s: abs(anchors[i] - s))
                    gap = self._single_gap(folded, s, e, anchors[c + 1]) if c + 1 < k else 0
                    if gap:
                        cut.append((s, gap))
                        moved.add(src + gap + 1)
                        s = gap + 1
                        continue
                    if not short and c + 1 < k and s < anchors[c + 1] - INSIDE and e <= anchors[c + 1] + INSIDE \
                            and abs(s - anchors[c]) <= INSIDE and typical[c] >= _TEXT_COLUMN and typical[c + 1] \
                            and typical[c] >= usual[c] - 1 and sure[c] and _SPACED_OUT.search(folded, s, e) is None:
                        s = self._overrun(folded, src, s, e, sure[c], cut, forced, moved, blots)
                        break
                    # the rest of a piece cut once already (`glued`), the line's last piece, is known two columns'
                    # lines or more: a third column's line run on after the second's (…银耳产量达到3.8万标准农田1.5万亩。,
                    # its characters fewer than the grid's, so that it ends near the third column's start) is cut again
                    # where it is wider than its column's line by more than a justified line's spread; a piece of the
                    # line after it (a gap, then the third column's line) leaves the rest the second column's alone
                    if glued and c + 1 < k and e == spans[-1][1] and typical[c] >= _TEXT_COLUMN and typical[c + 1] \
                            and _cells(folded[s:e]) >= typical[c] + OVERRUN:
                        pass
                    elif c + 1 >= k or not s < anchors[c + 1] - INSIDE or not anchors[c + 1] + INSIDE < e \
                            or typical[c] < _TEXT_COLUMN or not typical[c + 1] or typical[c] < usual[c] - 1:
                        # (the column's pieces on rows of all columns short of its usual line: a start inside
                        # the column, ■本报讯  临颍县…, not a column's, `_inside`)
                        break
                    width = _cells(folded[s:e])
                    # (in a short block, whose other rows mostly run two columns together, a piece past the next
                    # column's start and wider than its column's line by more than a justified line's spread is two
                    # lines' worth: its second column's line may be a paragraph's short last one, …增加3 | 业增加值增长
                    # 7%以上。, …幼儿园 | 4亿元，增长7.2%。)
                    if not glued and (width < typical[c] + 0.5 * typical[c + 1] or width < 1.7 * usual[c]) and not (
                            short and width >= typical[c] + OVERRUN):
                        if not short and self._short_end(region, row_at, folded, s, e, anchors, c, typical[c]):
                            s = self._overrun(folded, src, s, e, typical[c], cut, forced, moved, blots, firm[c])
                        break
                    j, w = s, 0.0
                    while j < e and w < typical[c] - 0.25:
                        w += 0.5 if folded[j].isascii() else 1.0
                        j += 1
                    left, right = j, j
                    # a number at the cut or up to three characters from it, on the cut's side of any clause mark
                    # (a number never runs across one: 增长5.9%。| 成年度… keeps its 5.9%)
                    near = [n for side in (range(j - 1, max(s, j - 3) - 1, -1), range(j, min(e, j + 3)))
                            for n in _upto_mark(folded, side) if folded[n] in _NUMERIC]
                    told = self._sure_cut(folded, s, e, j, typical[c]) if near and firm[c] else None
                    if told is not None:  # (its rest the next column's piece, wherever it starts)
                        left, right = told
                        moved.add(src + right)
                        near = [left] if right > left else []
                        if near:
                            forced.add(src + right)
                            if self.notes is not None:
                                self.notes.append(f"source offset {src + s}: a line of two columns run together «"
                                                  f"{folded[s:e][:24]}…» cut at its column's width, the number that "
                                                  f"may be either column's «{folded[left:right]}» left out")
                    elif near:
                        left, right = min(near), max(near) + 1
                        while left > s and folded[left - 1] in _NUMERIC:
                            left -= 1
                        while right < e and folded[right] in _NUMERIC:
                            right += 1
                        forced.add(src + right)
                        if self.notes is not None:
                            self.notes.append(f"source offset {src + s}: a line of two columns run together «"
                                              f"{folded[s:e][:24]}…» cut at its column's width, the text there "
                                              f"«{folded[left:right]}» left out (the cut may miss by a character "
                                              "or three)")
                    if left > s:
                        cut.append((s, left))
                        if near:
                            self.lost.add(src + left)
                    if right >= e:
                        s = e
                        break
                    s, glued = right, True
                if s < e:
                    cut.append((s, e))
            if blots:
                blotted = list(folded)
                for a, b in blots:
                    blotted[a:b] = UNREADABLE * (b - a)
                line = (line[0], "".join(blotted), src)  # (one for one: the source offsets stay)
            out.append((line, cut))
        return out, frozenset(forced), frozenset(moved)

    def _short_end(self, region: list[tuple[Line, list[tuple[int, int]]]], n: int, folded: str, s: int, e: int,
                   anchors: list[int], c: int, typical: float) -> bool:
        """Whether a piece at column c's edge that runs past column c+1's start, short of two lines' worth, is that
        column's full line run on into the next column's short last line, a paragraph's end (…就业意向12标的102.4%。 for
        …就业意向12 | 标的102.4%。): it is wider than the column's line by more than a justified line's spread
        (`OVERRUN`), ends on a mark that ends a paragraph, and the row above holds both columns' lines, column c's as
        wide as its line and breaking off mid-sentence (its sentence goes on in the piece). Read whole, the next
        column's end would run into this column's sentence, and the number the column's line ends on be read with
        the next column's top (12 | 40人 as 40人)."""
        if not n or abs(s - anchors[c]) > INSIDE or _cells(folded[s:e]) < typical + OVERRUN \
                or folded[s:e].rstrip()[-1:] not in self.complete or _SPACED_OUT.search(folded, s, e) is not None:
            return False
        (_, above, _), spans = region[n - 1]
        own = [(a, b) for a, b in spans if abs(a - anchors[c]) <= INSIDE]
        return len(own) == 1 and any(abs(a - anchors[c + 1]) <= INSIDE for a, _ in spans) \
            and _cells(above[own[0][0]:own[0][1]]) >= typical - 1 and above[own[0][0]:own[0][1]][-1:] not in self.complete

    @staticmethod
    def _sure_cut(folded: str, s: int, e: int, j: int, full: float) -> tuple[int, int] | None:
        """Where a piece of two columns' lines run together is cut, as (end of the column's part, start of the rest),
        when its printed width tells which column the numbers near the cut are in: the cuts whose width may be the
        column's full line (digits half a character to a little wider: up to a tenth more each; half a character
        short of the line to a quarter past). A number all of them leave on one same side is that side's whole
        (…照护床位2860 | 期护理…, the line with 2860 as wide as the column's and without its last digit short of
        it): the cut is then right at it (the Han character beyond may be either column's, the number is not), else
        the cut whose width is nearest the full line. A number some of them cut or fall on either side of is left
        out (between the two parts: which column's digits those are the line cannot tell), a number beside it kept
        (…床位达到1200 | 位达到3.86万张: 1200 out, 3.86 the next column's). None where no cut may be the line's, or
        two numbers or more may be cut."""
        plausible = []
        for p in range(max(s + 1, j - 5), min(e, j + 5) + 1):
            lo = _cells(folded[s:p])
            hi = lo + 0.1 * sum(1 for ch in folded[s:p] if ch.isascii())
            if hi >= full - 0.5 and lo <= full + 0.25:
                plausible.append(p)
        if not plausible:
            return None
        a, b = plausible[0], plausible[-1]
        if any(ch in _NUMERIC for ch in folded[a:b]):
            runs = [m for m in _NUMERIC_RUN.finditer(folded, s, e) if m.start() < b and m.end() > a]
            if len(runs) != 1:
                return None
            return runs[0].start(), runs[0].end()
        at = [p for p in plausible if folded[p - 1] in _NUMERIC or folded[p:p + 1] in _NUMERIC]
        p = at[0] if at else min(plausible, key=lambda p: (abs(_cells(folded[s:p]) - full), -p))
        return p, p

    def _single_gap(self, folded: str, s: int, e: int, anchor: int) -> int:
        """Where a piece that runs on into the next column holds the two columns' lines apart by one space only: the
        space's position, else 0. pdfplumber's layout=True sets a column's line of many digits wider than a line of
        Han, and the next column's line then follows one space after it (…５８６０.３亿元， １３万亿元。 for …亿元， |
        １３万亿元。, the tail of the number the next column's line above ends on, read 13万亿元 run on in its
        neighbour's sentence). Only a space as near the next column's start as a column's lines start, right after a
        mark that ends a clause, with two characters or more after it: a justified line's spaces inside a column
        fall anywhere, and never after a clause mark."""
        if not s < anchor - INSIDE:
            return 0
        for p in range(max(s + 1, anchor - INSIDE - 1), min(e - 2, anchor + INSIDE)):
            if folded[p] == " " and folded[p + 1] != " " and folded[p - 1] in self.tail_marks:
                return p
        return 0

    @staticmethod
    def _full_line(region: list[tuple[Line, list[tuple[int, int]]]], anchor: int, typical: float) -> float:
        """The printed width of a column's full line where its lines show it, else 0: a justified column's lines
        all end at its edge, so the commonest width of its lines near its typical one, where `FULL_LINES` of them
        are as wide (half a character either side: digits are a little wider than half). Not the typical width
        itself: a few lines of many digits print wider, and a few rows' widest line may be any line."""
        lines = [_cells(line[1][s:e]) for line, spans in region for s, e in spans if abs(s - anchor) <= INSIDE]
        widths = Counter(w for w in lines if abs(w - typical) <= 1)
        if not widths:
            return 0.0
        full = max(widths, key=lambda w: (widths[w], -w))
        return full if sum(n for w, n in widths.items() if abs(w - full) <= 0.5) >= FULL_LINES else 0.0

    def _overrun(self, folded: str, src: int, s: int, e: int, full: float, cut: list[tuple[int, int]],
                 forced: set[int], moved: set[int], blots: list[tuple[int, int]], firm: bool = True) -> int:
        """Where a column's piece that runs on past its column's full line with no gap (pypdf's layout mode sets
        the next column's line right after a full one when it falls short of its place: …城镇新增6公里 for
        城镇新增 | 6公里, its 6 the tail of the number the next column's line above ends on) is cut: the piece
        is cut where its printed width reaches the column's full line (`full`), its rest a piece of the next
        column (`moved`). A number touching the cut on either side is made unreadable whole (`blots`, U+FFFD one
        for one): which column's digits those are, and where the number cut at that column's line end goes on,
        the line cannot tell (a missing figure, never a wrong one; the mark keeps the tail on the column's next
        line from reading as a number of its own: 增长1 | 2.1%), unless the width tells (`_sure_cut`, where the
        full line is `firm`: lines show it): then the cut is right at the number, which stays whole. The rest opens a
        paragraph where the next column's line above ends on a number (`forced`). A piece less than `OVERRUN` past the
        full line is left whole (digits a little wider than half a character widen a full line by that much). Returns
        where the piece's rest starts."""
        if _cells(folded[s:e]) < full + OVERRUN:
            return s
        j, w = s, 0.0
        while j < e and w < full - 0.25:
            w += 0.5 if folded[j].isascii() else 1.0
            j += 1
        if j >= e or not _clause(folded[s:j]):
            # (a line with no clause mark is no running text's: a headline set across two columns, its characters
            # wider than the text's, is as many characters as one of them and more)
            return s
        # (a number up to three characters from the cut, the width telling its column: cut right at it)
        told = self._sure_cut(folded, s, e, j, full) if firm and any(
            folded[n] in _NUMERIC for n in range(max(s, j - 3), min(e, j + 3))) else None
        if told is not None and told[0] == told[1]:
            j = told[0]
        elif folded[j - 1] in _NUMERIC or folded[j] in _NUMERIC:
            left, right = j, j
            while left > s and folded[left - 1] in _NUMERIC:
                left -= 1
            while right < e and folded[right] in _NUMERIC:
                right += 1
            blots.append((left, right))
            forced.add(src + j)
            if self.notes is not None:
                self.notes.append(f"source offset {src + s}: a column's line run on past its full width into the "
                                  f"next column's «{folded[s:e][:24]}…», the number at the cut «{folded[left:right]}» "
                                  "made unreadable")
        cut.append((s, j))
        moved.add(src + j)
        return j

    def _goes_on(self, above: list[tuple[Line, list[tuple[int, int]]]],
                 below: list[tuple[Line, list[tuple[int, int]]]]) -> bool:
        """Whether a blank row between two blocks of columns is a gap inside the same columns, not the end
        of a row of page items: one blank row (an extractor that sets lines on a grid of its own, such as
        pdfplumber's layout=True, leaves one where a line's pitch falls between two of its rows), the
        columns below starting where those above do, and the first column's sentence running on across it
        into a line of text as wide as that column (no headline, which is short of it and holds no mark)."""
        if len(below) < 2 or below[0][1] or not below[1][1]:
            return False
        top, bottom = _geometry(above), _geometry(below)
        (_, folded, _), spans = above[-1]
        if not top and bottom and len(spans) >= len(bottom) and all(
                any(abs(s - b) <= INSIDE for s, _ in spans) for b in bottom) and all(
                any(abs(s - b) <= INSIDE for b in bottom) or s - e0 <= SPACED + 1
                for (_, e0), (s, _) in itertools.pairwise(spans)) and not _headline(folded[spans[0][0]:spans[0][1]], 99):
            # a block of one row (the columns' first lines, a blank row on either side): its pieces start where the
            # columns below do, any other piece a wide space inside a column's line (本报讯（记者  钟华 通讯); not a row
            # of headlines, which reads before the columns under it
            top = bottom
        if not top or not bottom or len(bottom) > len(top) or not all(
                any(abs(a - b) <= INSIDE for a in top) for b in bottom):
            return False
        (_, folded2, _), spans2 = below[1]
        if not spans or not spans2 or abs(spans[0][0] - top[0]) > INSIDE or abs(spans2[0][0] - top[0]) > INSIDE:
            return False
        last = folded[spans[0][0]:spans[0][1]].rstrip()
        first = folded2[spans2[0][0]:spans2[0][1]]
        if last[-1:] not in self.complete and not _headline(first, _cells(last)):
            return True
        # the first column's line may close a clause on the mark that ends a paragraph's line too (；): another
        # column's line running on across the blank row into a line of text under it tells the same
        above_cols, below_cols = _by_column(folded, spans, top), _by_column(folded2, spans2, top)
        # (a line opening on a clause's mark, ，明年全县…, goes on from the one above whatever that one is)
        return any(
            a and b and a[-1:] not in self.complete and (_clause(a) and not _headline(b, _cells(a)) or _opens_on_mark(b))
            for a, b in zip(above_cols[1:], below_cols[1:], strict=False))

    def _block(self, region: list[tuple[Line, list[tuple[int, int]]]]) -> Iterator[Piece]:
        """The block's pieces column by column. A line with as many pieces as there are columns
        gives its pieces to the columns in order, and tells where
        each column starts; a line with fewer (a column blank there) or more pieces (wide spaces
        inside a column) gives each piece to the column starting nearest, pieces of one column
        going on as one."""
        box = self._box(region)
        if box is not None:
            yield from box
            return
        side = self._side_rows(region)
        if side is not None:
            # a table's rows beside the text, each on a line of its own between the text's lines: the rows whole
            # first (they go on from the rows above the text's first line, read as the table's), then the text
            rows, region = side
            for (body, folded, src), spans in rows:
                s, e = spans[0][0], spans[-1][1]
                yield body[s:e], folded[s:e], src + s, True
            self.rows_read = True
            if not region:
                return
        self.lost = set()
        full = [spans for _, spans in region if _has_gutter(spans)]
        counts = Counter(len(spans) for spans in full)
        # as many columns as the most pieces that enough lines show (a row where some column is
        # blank shows fewer; wide spaces inside a column, now and then, one more)
        k = max((n for n in counts if counts[n] >= max(MIN_LINES, len(full) // 10)), default=0)
        if len(full) < MIN_LINES or k < 2:
            for line, spans in region:
                yield from self._cut(line, spans, len(full) == 1)
            return
        lengths = sorted(e - s for _, spans in region for s, e in spans)
        text = [folded[s:e] for (_, folded, _), spans in region for s, e in spans]
        prose = sum(len(t) for t in text if _clause(t))
        # short pieces: a table's cells, read row by row; but not where most of the text is running text's (a bar
        # chart's values and ticks beside an item's columns: …计划明年再招聘1 | 20名。 goes on down its column)
        if (lengths[len(lengths) // 2] < TABLE_CELL or _amount_column(region, k)) and 2 * prose <= sum(len(t) for t in text):
            for line, spans in region:
                yield from self._row(line, spans)
            self.rows_read = True
            return
        anchors = [sorted(sp[i][0] for sp in full if len(sp) == k)[counts[k] // 2] for i in range(k)]
        # a block of few rows (FEW_ROWS showing every column at most), where one line tells much: a column's edge is
        # where its flush lines start, a paragraph's first line an indent further right, and the median start may be
        # that indent's (今年，全县为… set in beside …截至11 | 80张；…), where a piece starting at the edge would read as
        # wide spaces inside the column before; a row that starts the column up to an indent further left shows its
        # edge. (In a longer block the median is the edge, and the columns' lines, set by their printed width, start a
        # few characters apart as their digits run: the leftmost is no edge.) And a line whose justified spread an
        # extractor printed as a run of spaces reads as wide as it is set (`_set_width`), not as the column's widest
        few = counts[k] <= FEW_ROWS
        if few:
            anchors = [min(s for s in (sp[i][0] for sp in full if len(sp) == k) if a - INDENT_CELLS <= s <= a)
                       for i, a in enumerate(anchors)]
        width = _set_width if few else _cells
        more = max((sp for sp in full if len(sp) > k), key=len, default=None)
        if more is not None and counts[len(more)] < MIN_LINES and all(
                any(abs(a - s) <= INSIDE for s, _ in more) for a in anchors) and not _spaced_within(more, anchors):
            # a short block (a row of items side by side, a few lines each) whose every column shows on one row
            # only, its other rows two columns' lines run together (`_unglued`): the columns that row shows, where
            # cutting the rows apart has them show on enough rows
            k2, starts = len(more), [s for s, _ in more]
            cut, forced2, _ = self._unglued(region, [more], starts, k2, short=True)
            if sum(1 for _, sp in cut if len(sp) == k2) >= MIN_LINES:
                region, k, anchors = cut, k2, starts
                full = [spans for _, spans in region if _has_gutter(spans)]
                counts = Counter(len(spans) for spans in full)
                pre_forced = forced2
            else:
                pre_forced = frozenset()
        else:
            pre_forced = frozenset()
        # a column to the right of the last, too short to show in enough rows (its only lines the top
        # of a column of briefs whose last item goes on there): its pieces start past the end of every
        # piece of the last column, and are read after it, not run into it
        # (a row whose last piece starts far from the last column's start is a row of headlines, one of them the
        # narrow column's own: 罗定市稻米产业园…  短评｜让…)
        right = max((sp[-1][1] for sp in full if len(sp) == k and abs(sp[-1][0] - anchors[-1]) <= INSIDE),
                    default=max(sp[-1][1] for sp in full if len(sp) == k))
        beyond = [sp[-1][0] for sp in full if len(sp) > k and sp[-1][0] >= right + 2]
        # … or a column of briefs beside the last that -layout prints only on lines of its own (its pitch is
        # not the article's): lines of one piece, enough of them, set past the end of every piece of the last
        # column. Read with the last column they would run into it (…总数达到438 | ■本报讯 … | 0张。)
        alone = [spans[0][0] for _, spans in region if len(spans) == 1 and spans[0][0] >= right + 2]
        if not beyond and len(alone) >= MIN_LINES:
            beyond = alone
        if beyond:
            anchors.append(min(beyond))
            k += 1
        # a start that is wide spaces inside a column's line (a byline's 记者   张静, a brief's ■本报讯  临颍县, as
        # pdfplumber's layout=True spaces them) that enough rows show alike is no column's: its text is a
        # piece of the column on its left
        region, forced, moved = self._unglued(region, full, anchors, k)
        forced |= pre_forced
        crossed = [a for i, a in enumerate(anchors) if i and self._inside(region, full, anchors, k, i)]
        if crossed:
            anchors = [a for a in anchors if a not in crossed]
            k = len(anchors)
            if k < 2:
                for line, spans in region:
                    yield from self._cut(line, spans, len(full) == 1)
                return
        tabled = self._table_column(region, anchors)
        table_at = None  # where the table set in the last column starts, where there is one
        if tabled < k - 1:
            # the last columns are the cells of a table set in the page's last column (指标  单位  1-8月  增长(%)
            # beside two columns of text): its rows stay whole, their gaps kept, for the table reader
            anchors = anchors[:tabled + 1]
            k = len(anchors)
            table_at = anchors[-1] - INSIDE
        cols: list[list[tuple[Line, int, int]]] = [[] for _ in range(k)]
        for line, spans in region:
            # (a row of the table alone on its line, its cells as many as the columns: all the table's, not one a
            # column: 地区生产总值  亿元  528.64 beside two columns of text)
            if len(spans) == k and not (table_at is not None and spans[-2][0] >= table_at) and \
                    not any(n and e <= anchors[n] and s - spans[n - 1][1] <= SPACED for n, (s, e) in enumerate(spans)) \
                    and spans[0][0] < anchors[1] - INSIDE:
                # (a piece that ends before its column starts is wide spaces inside the column before: 本报讯（记者
                # 胡文 beside a column of briefs, the line's pieces as many as the columns all the same; nor is a row
                # whose first piece starts at the second column or past it, the first column blank there, one piece a
                # column: a right column's first line, its byline spaced out, 本报讯（记者  王璐）…)
                where = list(range(k))
            else:
                where, floor = [], 0
                end = -INSIDE  # where the line's piece before ends
                for s, e in spans:
                    near = min(range(k), key=lambda i, s=s: abs(anchors[i] - s))
                    if where and line[2] + s in moved:
                        # (the rest of a column's line run on into the next column's: that column's piece)
                        near = min(where[-1] + 1, k - 1)
                    elif near and (anchors[near] - s > INSIDE or e <= anchors[near] and s - end <= SPACED):
                        # it starts well left of the nearest column, or ends before that column starts right after
                        # the piece before (a narrow column's byline spaced out: 本报讯（记者  胡文 | 百分点。): inside
                        # the one before
                        near -= 1
                    end = e
                    floor = max(floor, near)
                    where.append(floor)
            for n, (s, e) in enumerate(spans):
                if n and where[n] == where[n - 1]:  # the same column goes on after wide spaces
                    prev_line, ps, _ = cols[where[n]][-1]
                    cols[where[n]][-1] = (prev_line, ps, e)
                else:
                    cols[where[n]].append((line, s, e))
        last = ""  # the text that ended the column before
        last_full = False  # … and it filled its column's width
        last_end = -1  # … and where it ends in the source
        for c, col in enumerate(cols):
            if not col:
                continue
            widths = sorted(width(folded[s:e]) for (_, folded, _), s, e in col)
            typical = widths[(len(widths) * 4) // 5]
            # the column shows its paragraphs' indents: a line after its first set in from the column's
            # edge (its lines' leftmost start: a block of few rows tells its columns' starts poorly)
            edge = min(ps for _, ps, _ in col)
            indents = any(ps - edge >= 2 for _, ps, _ in col[1:])
            prev = ""
            for n, ((body, folded, src), s, e) in enumerate(col):
                text = folded[s:e]
                # a paragraph opens at an indent of the first column (the line's own leading spaces)
                # or after a short line that ends a sentence; other columns' indents are lost in gutters
                opens = (c == 0 and s - anchors[0] >= 2) or (
                    n > 0 and prev[-1:] in self.complete and width(prev) <= typical - 2)
                if n == 0 and last[-1:] and last[-1:] in self.complete and _headline(text, typical):
                    # the column before ended its sentence at its foot, and this one's top is another item's
                    # headline (滕州新增城镇就业1.2万人: short of the column, no mark): it opens a paragraph,
                    # no sentence's tail
                    opens = True
                elif n == 0 and (last[-1:].isdigit() or last[-1:] == ".") and text[:1] in "%." and \
                        not (last[-1:] == "." == text[:1]):
                    # the next column opens on a number's point or its % sign: no article's first line
                    # does, so the column goes on there (增长5.6 | %、5.2%)
                    opens = False
                elif n == 0 and (last[-1:].isdigit() or last[-1:] == ".") and s <= edge and \
                        last_full and indents and not text[:1].isdigit() and not text[:1].isspace():
                    # a column that ends on a number at its full width, and the next column's first
                    # line set flush in a column whose paragraphs open indented: no paragraph opens
                    # there, the column goes on with the number's unit (比上年增加5.3 | 亿斤。); digits
                    # there are never read on into the number (another article's 2023年 may open flush)
                    opens = False
                    if self.notes is not None:
                        self.notes.append(f"source offset {src + s}: column ends with «{last[-12:]}» at its full "
                                          f"width and the next begins flush «{text[:12]}»: joined, no paragraph "
                                          "opens there")
                elif n == 0 and last[-1:].isdigit() and last_full and len(text) >= 2 and \
                        text[-1] in self.complete and _TAIL_LINE.fullmatch(text, 0, len(text) - 1) and \
                        (_NUMBER_TAIL.search(last).group() + text).count(".") <= 1:
                    # a column that ends on a number at its full width, and the next column's top line is
                    # only a number's tail closing its paragraph (任务的7 | 2%。): no item's first line is
                    # that, so the column goes on there
                    opens = False
                    if self.notes is not None:
                        self.notes.append(f"source offset {src + s}: column ends with «{last[-12:]}» at its full "
                                          f"width and the next begins with a number's tail alone «{text}»: joined")
                elif n == 0 and last[-1:].isdigit() and last_full and self._whole_tail(text) and \
                        (_NUMBER_TAIL.search(last).group() + text).count(".") <= 1:
                    # a column that ends on digits at its full width, and the next column's top opens with a number's
                    # last digits and a measure word that ends a unit alone, closed by a mark (…床位达到63 | 5张。上半年…):
                    # no item's first line opens so, so the column goes on there (a date's 5月， where unit_whole
                    # holds 月: the run 525月 reads as no figure, test_pages173)
                    opens = False
                    if self.notes is not None:
                        self.notes.append(f"source offset {src + s}: column ends with «{last[-12:]}» at its full "
                                          f"width and the next begins with a number's last digits and unit «{text[:8]}»: "
                                          "joined")
                elif n == 0 and last[-1:].isdigit() and unit_tail(text, self.number_words, self.tail_marks):
                    # a column that ends on digits, and the next column's top opens with a number's unit closed
                    # by a mark (外资62 | 亿美元，新增…): no item's first line opens so, so the column goes on there
                    opens = False
                    if self.notes is not None:
                        self.notes.append(f"source offset {src + s}: column ends with «{last[-12:]}» and the next "
                                          f"begins with a number's unit closed by a mark «{text[:12]}»: joined")
                elif n == 0 and last_end in self.lost and text[:1].isdigit():
                    # the column before ends where a cut of its line run on into the next column's left a number out
                    # (…比年初增加3 | 业增加值…, the 3 left out): the next column's top opening on digits may be that
                    # number's tail (56.8亿元。 for 356.8亿元), read on it would be a wrong figure; the digits are left
                    # out and a paragraph opens there
                    opens = True
                    tail = _NUMBER_HEAD.match(folded, s).end()
                    if self.notes is not None:
                        self.notes.append(f"source offset {src + s}: column ends where a number was left out at a cut "
                                          f"and the next begins «{text[:12]}»: its digits kept out")
                    s = tail
                    if s >= e:
                        continue
                elif n == 0 and (last[-1:].isdigit() or last[-1:] == "."):
                    # a column that ends on a number may go on in the next one or belong to another
                    # article: which, the lines cannot tell, so the two are not joined, and digits
                    # opening the next column (the tail of a number cut in two?) are left out
                    opens = True
                    tail = _NUMBER_HEAD.match(folded, s).end()
                    if (_NUMBER_TAIL.search(last).group() + folded[s:tail]).count(".") > 1:
                        tail = s  # 520.3 | 42.0万张: no one number, the next column's number is whole
                    if self.notes is not None:
                        self.notes.append(f"source offset {src + s}: column ends with «{last[-12:]}» and the next "
                                          f"begins «{text[:12]}»: not joined, and a number across them is "
                                          "kept out (the lines cannot tell whether the next column goes on)")
                    if tail > s:
                        s = tail
                        if s >= e:
                            continue
                if src + s in forced and prev[-1:] in _NUMERIC:
                    # the rest of a line glued onto the column before's, digits there left out, under a line that
                    # ends on a number (…意向41 | 人；): no figure across them
                    opens = True
                yield body[s:e], folded[s:e], src + s, opens
                prev = last = text
                last_end = src + e
                last_full = width(text) >= typical - 1

    @staticmethod
    def _side_rows(region: list[tuple[Line, list[tuple[int, int]]]]
                   ) -> tuple[list[tuple[Line, list[tuple[int, int]]]], list[tuple[Line, list[tuple[int, int]]]]] | None:
        """The rows of a table set to the right of a block's text columns, which poppler's layout mode prints each on
        a line of its own between the text's lines (their baselines differ: 本报讯（记者 张丽）… | 郭家店镇  8420  3.8 |
        ，全县城镇新增就业3860人… | 榆树台镇  7650  3.1): lines of short cells only, a number among them, two or more,
        whose every piece starts past the end of every piece of the block's other lines, two or more of those too.
        Read as columns, the cells would be columns of their own, the numbers of a column run together (842076506980).
        The rows, and the other lines; None where the block holds no such rows."""
        rows = [(line, spans) for line, spans in region if len(spans) >= 2
                and all(e - s <= TABLE_CELL for s, e in spans) and any(has_digit(line[1][s:e]) for s, e in spans)]
        rest = [(line, spans) for line, spans in region if spans and (line, spans) not in rows]
        if len(rows) < MIN_LINES or len(rest) < MIN_LINES:
            return None
        if min(spans[0][0] for _, spans in rows) <= max(spans[-1][1] for _, spans in rest) + SPACED:
            return None
        return rows, [(line, spans) for line, spans in region if (line, spans) not in rows]

    def _caption(self, heads: list[tuple[Line, list[tuple[int, int]]]],
                 below: list[tuple[Line, list[tuple[int, int]]]]) -> tuple[int, tuple[Line, list[tuple[int, int]]]] | None:
        """The last headline of a one-row block of headlines (its source offset, and a line of its own for the block
        below, set where its column starts), where the block below sets a table in its last columns
        (`_table_column`) and the headline stands over them (the row's last piece, no nearer another column's
        start): the table's caption. None otherwise."""
        rows = [(line, spans) for line, spans in heads if spans]
        full = [spans for _, spans in below if _has_gutter(spans)]
        if len(rows) != 1 or len(rows[0][1]) < 2 or len(full) < MIN_LINES or self.head is None:
            return None
        counts = Counter(len(sp) for sp in full)
        k = max(counts, key=lambda n: (counts[n], n))
        if k < 3:
            return None
        anchors = [sorted(sp[i][0] for sp in full if len(sp) == k)[counts[k] // 2] for i in range(k)]
        j = self._table_column(below, anchors)
        if j >= k - 1:
            return None
        (body, folded, src), spans = rows[0]
        s, e = spans[-1]
        if min(range(k), key=lambda i: abs(anchors[i] - s)) < j:
            return None
        # the caption's own line, blank but for it at the table column's start (its source offsets its own)
        pad = " " * anchors[j]
        return src + s, ((pad + body[s:e], pad + folded[s:e], src + s - anchors[j]), [(anchors[j], anchors[j] + e - s)])

    def _table_column(self, region: list[tuple[Line, list[tuple[int, int]]]], anchors: list[int]) -> int:
        """The index of the column where a table's head starts, its cells' columns after it, where a row of the
        region shows a column of text (or more) and then, from one column's start on, a table's head naming two
        value columns or more (`head`, tables.yaml: 指标  单位  1-8月  增长(%)); else the last column's index."""
        k = len(anchors)
        if self.head is None or k < 3:
            return k - 1
        for row, ((_, folded, _), spans) in enumerate(region):
            if len(spans) < 3:
                continue
            for j in range(1, k - 1):
                at = next((n for n, (s, _) in enumerate(spans) if abs(s - anchors[j]) <= INSIDE), None)
                # (the head alone on its line, the text columns blank beside it: a sidebar's head, set at its own
                # leading, starts at a column's start all the same)
                if at is None or (at == 0 and spans[0][0] < anchors[1] - INSIDE) or len(spans) - at < 3:
                    continue
                start = spans[at][0]
                if self.head(folded[start:spans[-1][1]]) >= 2:
                    return j
                # a head over two lines (指标  单位  绝对数  比上年 / 增长%): its bottom words on the next line that sets a
                # piece from the table's start on, lines of the text columns alone between
                under = next(((f2, sp2) for (_, f2, _), sp2 in region[row + 1:row + 1 + HEAD_UNDER]
                              if sp2 and sp2[-1][0] >= start - INSIDE), None)
                if under is not None and self.head(
                        folded[start:spans[-1][1]] + "\n" + under[0][start:under[1][-1][1]]) >= 2:
                    return j
        return k - 1

    @staticmethod
    def _box(region: list[tuple[Line, list[tuple[int, int]]]]) -> list[Piece] | None:
        """A number box (数据, 图解) printed a row at a time: its N figures on one line, each with its unit, and their
        N labels on the line right under it (3426.8亿元  5.9% … / 地区生产总值  地区生产总值增长 …). Read column by
        column the figure would come before its label and the next label's words (增长) before the next figure, so
        each entry is handed on as a paragraph of its own, label first (地区生产总值增长 | 5.9%), as a sentence writes
        it. Only where the block is those two lines and their counts agree; else None (the k-th label under the k-th
        figure: a Han character is wider on the page than in the line, so the columns do not line up by position)."""
        lines = [(line, spans) for line, spans in region if spans]
        if len(lines) != 2:
            return None
        (top, over), (bottom, under) = lines
        if len(over) != len(under) or len(over) < _BOX_MIN:
            return None
        if not all(_BOX_FIGURE.fullmatch(top[1][s:e]) for s, e in over) or \
                not all(_BOX_LABEL.fullmatch(bottom[1][s:e]) for s, e in under):
            return None
        if region.index(lines[1]) != region.index(lines[0]) + 1:
            return None  # (a blank line between: no label line right under the figures)
        out: list[Piece] = []
        for (s, e), (a, b) in zip(over, under, strict=True):
            out.append((bottom[0][a:b], bottom[1][a:b], bottom[2] + a, True))
            out.append((top[0][s:e], top[1][s:e], top[2] + s, False))
        return out

    def _row(self, line: Line, spans: list[tuple[int, int]]) -> Iterator[Piece]:
        """A table row: one paragraph, its cells joined (a label meets its value), but never two numbers: nor a
        number and the next cell's number in numerals of another script (¥2,925,000.00 | 贰佰玖拾贰万伍仟元整, the
        amount again in capital numerals, which glued to the digits reads as neither). Its first numeral is a digit or
        ten: a unit cell's magnitude after a number (386.5 | 亿元, 12 | 万人) still joins it."""
        body, folded, src = line
        for n, (s, e) in enumerate(spans):
            last = folded[spans[n - 1][1] - 1] if n else ""
            apart = n == 0 or (last in _NUMERIC and (folded[s] in _NUMERIC or (
                last.isdigit() and not folded[s].isascii() and 0 <= unicodedata.numeric(folded[s], -1) <= _TEN)))
            yield body[s:e], folded[s:e], src + s, apart

    def _cut(self, line: Line, spans: list[tuple[int, int]], lone: bool = False) -> Iterator[Piece]:
        """A line with gutters but no columns to be sure of: cut where a number meets a gutter (a figure
        across it is kept out, and `notes` says so); elsewhere the line goes on as one (double spaces
        in running text). lone: the only line of its region with a gutter, where a gap after a word and
        before a number that runs on into a clause (同比增长  5.8%，增速…: a scan's doubled space) is no
        gutter: no column's text stands on one line alone, and no figure spans it."""
        body, folded, src = line
        if not _has_gutter(spans):
            yield (*line, False)
            return
        start = 0
        for n in range(1, len(spans)):
            (ps, pe), (s, e) = spans[n - 1], spans[n]
            if not (folded[pe - 1] in _NUMERIC or folded[s] in _NUMERIC):
                continue
            if lone and folded[pe - 1] not in _NUMERIC and _clause(folded[s:e]):
                continue
            if self.notes is not None:
                self.notes.append(
                    f"source offset {src + s}: «{body[ps:pe]}» and «{body[s:e]}» stand on one line across a gutter "
                    "(columns glued by a text extractor?) and too few lines show the columns to re-order them: "
                    "not joined, so a figure across the gutter is kept out")
            yield body[start:pe], folded[start:pe], src + start, start > 0
            start = s
        yield body[start:], folded[start:], src + start, start > 0


class Cells:
    """A table a text extractor printed a cell a line: its head's words one under the other (指标 |
    绝对数（亿元） | 比上年增长（%）), then each row's label and its numbers, one a line. Joined as any
    lines, the numbers of a row run into one another (89.2 | 4.1 → 89.24.1). Such a head is gathered
    into one line and each row into one, the lines set apart by spaces in place of their breaks (the
    source offsets stay as they are), for the layout repair and `tablerows` to read as a table set out
    on lines. Anything that is not such a table goes on as it came, line by line."""

    PLAIN, HEAD, ROW, BARE = 0, 1, 2, 3  # BARE: a row's numbers with no label, a paragraph of its own
    HEAD_LINES = 12  # a head of more lines than this is no head (险种 参保人数 … 累计结余 （万人） （亿元） …)
    BARE_ROWS = 6  # the most rows with no label a table goes on after (`_row`)
    STRAYS = 6  # the most lines of words set apart from their rows a table goes on after (`_row`)
    WORD = 16  # a row's label is no longer (characters), its unit in brackets at its end not counted
    HEAD_WORD = 16  # a head's word is no longer (1-10月同比增长（%）: a span's growth)

    RESUME_GAP = 160  # a caption's mark that takes the table up again (续表) stands no further under its last row (chars)
    RESUME_ROWS = 2  # … and the rows under it the table takes up again, as many cells each as its head's columns

    def __init__(self, head: Callable[[str], int], labels: Sequence[str],
                 unit_cell: Callable[[str], bool] | None = None, resumes: Callable[[str], bool] | None = None) -> None:
        self.head = head
        self.unit_cell = unit_cell
        self.resumes = resumes
        self.opens, self.words, self.longest = _label_heads(tuple(labels))
        self.held: list[Line] = []
        self.columns = 0  # the value columns of the head read (0: gathering the head)
        self.bare = 0  # the rows with no label read under the head (`_row`)
        self.strays: list[Line] = []  # words set apart from their row, handed on after it (`_row`)
        self.rows = 0  # the rows read under the head (`_row`)
        # the value columns of the last head read, and where the last line of its table ends (a source offset): a
        # caption's mark alone (续表) right under it takes the table up again with no head set (`take`)
        self.last_columns = 0
        self.last_end = 0
        # the rows under such a mark, read on trial: the lines as they came and the lines read from them so far
        # (None: no trial); handed on as read only if every row holds as many cells as the head's columns
        self.trial: list[Line] | None = None
        self.tried: list[tuple[Line, int]] = []

    @property
    def busy(self) -> bool:
        """Lines held: a head or a row being gathered, or rows under a 续表 on trial."""
        return bool(self.held) or self.trial is not None

    def first(self, lines: list[str]) -> int:
        """The index of the first line that may open such a table (a label column's head word alone),
        else len(lines): the lines before it need no look."""
        m = self.opens.search("\n".join(lines))
        return len(lines) if m is None else m.string.count("\n", 0, m.start())

    def opener(self, line: str) -> bool:
        """Whether the line is a label column's head word alone (asked of every line: a length test first)."""
        return len(line) <= self.longest and line.strip(" \t\u3000") in self.words

    def release(self) -> list[tuple[Line, int]]:
        if self.trial is not None:
            return self._tried([])
        out = [(line, self.PLAIN) for line in [*self.strays, *self.held]]
        self.held, self.columns, self.bare, self.strays, self.rows = [], 0, 0, [], 0
        return out

    def take(self, line: Line) -> list[tuple[Line, int]]:
        """The lines to hand on now, each whole (PLAIN: as any line) or a head or row gathered into one."""
        text = line[1].strip()
        if self.trial is not None:
            return self._trying(line, text)
        if self.last_columns and text and not _filled(self.held) and line[2] - self.last_end <= self.RESUME_GAP \
                and self.resumes is not None and self.resumes(text):
            # a caption's mark alone (续表9) where a page cut the table just read, its head not set again: the rows
            # under it are read on trial under that head (`_trying`)
            out, columns = self._cleared(), self.last_columns
            self.trial, self.tried, self.columns = [], [], columns
            return [*out, (line, self.PLAIN)]
        if not self.held and not self.columns:
            if self.opener(line[1]):
                self.held = [line]
                return []
            return [(line, self.PLAIN)]
        if not text:
            # (pdfminer prints each cell a box of its own, a blank line after each: 地区 | | 床位（张） | | 吴兴区 |
            # | 520: the blank lines are held with the cells, passed over where they are read, and handed on as
            # they came where the lines turn out no table)
            self.held.append(line)
            return []
        if not self.columns:
            return self._head(line, text)
        return self._row(line, text)

    def _head(self, line: Line, text: str) -> list[tuple[Line, int]]:
        if len(_filled(self.held)) < self.HEAD_LINES and 0 < len(text) <= self.HEAD_WORD and _CELL.fullmatch(text) is None:
            self.held.append(line)
            return []
        words = [held[1].strip() for held in self.held]
        # (a number ends the gathering: a row's label stands before it, no head's word, 指标 | 2025年 | 2024年 | 卫生人员 |
        # 18642, the last word a column's word too)
        last = len(words) - 1 if _CELL.fullmatch(text) is not None else len(words)
        if last == len(words) - 1 and last >= 2 and self.unit_cell is not None \
                and self.unit_cell(f"{words[-2]} {words[-1]}") and self.head("".join(words[:-2])) > 0:
            # (a table with a unit column: its first row opens on its label and its unit cell, the two words before the
            # number, though the label may name a column too: 指标 | 单位 | 2025年 | 2024年 | 增长（%） | 总诊疗人次 |
            # 万人次 | 3126.48, a head of three columns, not of four with a row under it that has no label)
            last -= 1
        best = max((n for n in range(1, last + 1) if self.head("".join(words[:n])) > 0), default=0)
        if not best:
            return [*self.release(), (line, self.PLAIN)]
        head, rest = self.held[:best], self.held[best:]
        self.columns, self.held = self.head("".join(words[:best])), []
        self.last_columns, self.last_end = self.columns, line[2]
        out = [(joined, self.HEAD) for joined in [_joined(head)] if joined is not None]
        if not out:
            return [*[(h, self.PLAIN) for h in head], *self.release(), *self._feed([*rest, line])]
        return out + self._feed([*rest, line])

    def _trying(self, line: Line, text: str) -> list[tuple[Line, int]]:
        """A line under a 续表 that took a table up again: read as a row's under the head, held until the rows end."""
        assert self.trial is not None
        self.trial.append(line)
        strays = len(self.strays)
        out = self._row(line, text)
        if len(self.strays) > strays or any(kind == self.BARE for _, kind in out):
            return self._tried(None)  # words set apart from their rows, or numbers with no label: no such rows
        if not any(kind == self.PLAIN for _, kind in out):
            self.tried += out
            return []
        return self._tried(out)

    def _tried(self, out: list[tuple[Line, int]] | None) -> list[tuple[Line, int]]:
        """The rows read on trial under a 续表, handed on as read where the table ended (`out`: the lines the ending
        handed on) and each row held as many cells as the head's columns (none left over, no row short), else the
        lines as they came, read again as any (a head set again under the mark opens a table of its own)."""
        assert self.trial is not None
        lines, tried = self.trial, self.tried
        self.trial, self.tried = None, []
        if out is not None:
            left = [line for line, kind in out if kind == self.PLAIN]
            rest = [held for held in [*self.strays, *self.held] if held[1].strip()]
            rows = sum(1 for _, kind in [*tried, *out] if kind == self.ROW)
            if rows >= self.RESUME_ROWS and not any(_CELL.fullmatch(held[1].strip()) for held in [*left, *rest]):
                return [*tried, *out, *self._cleared()]
        self.held, self.columns, self.bare, self.strays, self.rows = [], 0, 0, [], 0
        self.last_columns = 0
        again: list[tuple[Line, int]] = []
        for line in lines:
            again += self.take(line)
        return again

    def _cleared(self) -> list[tuple[Line, int]]:
        out = [(line, self.PLAIN) for line in [*self.strays, *self.held]]
        self.held, self.columns, self.bare, self.strays, self.rows = [], 0, 0, [], 0
        return out

    def _feed(self, lines: list[Line]) -> list[tuple[Line, int]]:
        out: list[tuple[Line, int]] = []
        for k, line in enumerate(lines):
            if not self.columns:
                return out + [(rest, self.PLAIN) for rest in lines[k:]]
            out += self._row(line, line[1].strip())
        return out

    def _row(self, line: Line, text: str) -> list[tuple[Line, int]]:
        """A row: its label (a line or two of words, no digit), then one number a line for each column."""
        if not text:  # (a blank line after a cell: `take`)
            self.held.append(line)
            return []
        filled = _filled(self.held)
        numbers = sum(1 for held in filled if _CELL.fullmatch(held[1].strip()))
        # a blank cell (—) after a label and its unit cell, or after a number, stands for a value: the row
        # goes on to its next number (a web page's table copied a cell a line: 规模以上工业增加值 | — | — | 7.4)
        numbers += sum(1 for held in filled[2:] if held[1].strip() in _LINE_BLANK)
        # (a row's numbers with no label over them: pdftotext sets an indented label, 其中：…, apart from its cells;
        # gathered as a row, which `tablerows` reads no figure from, the table going on under its head)
        bare = not filled and _CELL.fullmatch(text) is not None and self.bare < self.BARE_ROWS
        if (_CELL.fullmatch(text) is not None or (text in _LINE_BLANK and (numbers or len(filled) == 2))) \
                and (filled or bare) and numbers < self.columns:
            self.bare += not filled
            if text not in _BLANK and text in _LINE_BLANK:
                # (a hyphen read as the blank it stands for, folded to a dash: joined, 万元 - 6.8 is no minus sign)
                line = (line[0], line[1].replace(text, _BLANK[0]), line[2])
            self.held.append(line)
            if numbers + 1 < self.columns:
                return []
            row = _joined(self.held)
            if row is None:
                return self._cleared()
            self.held, self.rows, self.last_end = [], self.rows + 1, line[2] + len(line[0])
            return [(row, self.ROW if filled and not _CELL.fullmatch(filled[0][1].strip()) else self.BARE)]
        if not numbers and len(filled) < 2 and self._word(text):
            self.held.append(line)
            return []
        if not numbers and filled and self.rows and len(self.strays) + len(filled) < self.STRAYS and self._word(text) \
                and not self.opener(text) and all(self._word(held[1].strip()) for held in filled):
            # a third line of words before a row's numbers (发电量 | 汽车 | 家用电冰箱 | 辆 | 8624 …: pdftotext with a
            # narrow column spacing sets labels apart from their rows): which is whose is lost, so the words are
            # handed on as they came once the table ends, its rows kept together under its head, the row that
            # follows read from its unit cell with no label. Only after a row: labels right under the head are a
            # table printed a column at a time (`repair.transpose`)
            self.strays, self.held = [*self.strays, *self.held, line], []
            return []
        return [*self._cleared(), (line, self.PLAIN)]

    def _word(self, text: str) -> bool:
        """Whether a line may be a row's label or unit cell: a few words, no digit."""
        return 0 < len(_UNIT_END.sub("", text)) <= self.WORD and not any(c.isdigit() for c in text)


def _filled(lines: list[Line]) -> list[Line]:
    """The lines that hold text (a table printed a cell a box has a blank line after each cell)."""
    return [line for line in lines if line[1].strip()]


def _joined(lines: list[Line]) -> Line | None:
    """Lines side by side in the source as one line, each break (\n or \r\n) a space or two: the
    offsets stay one to one. Blank lines between two of them (a cell a box: `Cells.take`) are spaces too,
    a break and a blank line a space each; None where a line's text does not reach its break (a gap the
    lines do not account for)."""
    while lines and not lines[0][1].strip():
        lines = lines[1:]
    if not lines:
        return None
    body, folded, src = lines[0]
    blanks = 0
    for b, f, s in lines[1:]:
        if not f.strip():
            blanks += 1
            continue
        gap = s - (src + len(body))
        if not 1 <= gap <= 2 * (blanks + 1):
            return None
        body, folded, blanks = body + " " * gap + b, folded + " " * gap + f, 0
    return body, folded, src
