"""Undo page-layout damage from PDF text extraction, keeping a map back to the source.

Narrow newspaper columns break lines mid-word and mid-number (`2023\\n年`), justification
spaces characters apart (`增 长 2.23 倍`), and digits come full-width (`１２`). The
repaired text joins lines within a paragraph, drops those spaces and folds full-width
digits, letters and number signs to ASCII. Paragraphs end up one per line.

Every character of the repaired text keeps the offset of the source character it came
from (`Paragraph.offsets`), so a figure found in repaired text points at its exact place
in the file: the one provenance primitive the rest of the pipeline relies on.

`repair_stream` takes the text in pieces and hands out paragraphs as they complete,
so a 200 MB file is repaired without being held; `repair` joins them for a small text.
"""

from __future__ import annotations

import functools
import itertools
import operator
import os
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Container, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import methodcaller
from typing import Any, Protocol

import regex

from stats.repair.columns import BARRED, CELL_BARS, Columns, Piece
from stats.repair.glyphs import compat_fold
from stats.repair.interleave import (
    MAX_CHARS,
    MAX_LINES,
    Half,
    Interleave,
    Swept,
    astray_tails,
    glued_page,
    read_across,
    side_by_side,
    side_run,
)
from stats.repair.offsets import OffsetMap
from stats.rules.precheck import branches, first_chars, needs, opening_run, pair_gate, runs_tree
from stats.rules.prepared import compiled_re, compiled_regex

# Zero-width spaces and joiners and soft hyphens a PDF's text layer strews between characters (1.26\u200b万张,
# 6\u200b12张, 旅\u00ad游) print nothing: folded to spaces, the layout takes them out as it takes out
# justification, one character for one. So do the bidi controls a messenger's or a mail client's export wraps numbers
# in (LRM and RLM, the embeddings U+202A-U+202E, the isolates U+2066-U+2069: \u206678.46\u2069亿元,
# 2\u200e460人): they set a run's direction and print nothing, so inside a number they are no gap either.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_ZERO_WIDTH_RUN = compiled_re(f"[{_ZERO_WIDTH}]")
# An emoji opening a line (📌 2026年目标：…, ✅ 技能培训：…, 🔥…): a social post's or a chat's mark before an item or a
# heading. After a blank line it opens a paragraph of its own, however wide the line before: a sentence a column
# break cuts goes on with its words, never with an emoji. Only the emoji blocks (pictographs, dingbats, the misc
# symbols): a unit sign (℃, ㎡) or a bullet of print (■, ●) may stand anywhere a page cut.
_EMOJI_OPENS = compiled_re("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]")
# a line opening with a bullet of the geometric shapes (■ □ ◆ ▲ ●) and a word: an item of a column of briefs, its first
# line; after a blank line it goes on with no line above it, not even one cut inside a number (…公益性岗位3 | | ■ 某县…)
_BULLET_OPENS = compiled_regex(r"[\u25A0-\u25FF][ \t\u3000]*\p{Han}")
# a line ending inside a number: a word, then the digits a cut left (…岗位3, …达到25)
_CUT_NUMBER_END = compiled_regex(r"\p{Han}[0-9]+\Z")
_LEAD_DIGITS = compiled_re(r"[ \t\u3000]*([0-9.]+)")
# Full-width forms folded to ASCII: digits, Latin letters and the signs numbers use (the
# full-width form of an ASCII character sits 0xFEE0 above it). Chinese punctuation
# (，。（）：；) stays as written: the rules read it.
_FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}
_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})
_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})
_FOLD.update({chr(ord(c) + 0xFEE0): c for c in "%.+-/~"})
# … and the minus sign of mathematics (U+2212) a PDF's or a spreadsheet's table sets before a fall (工业增加值 456.7
# −3.5): the ASCII sign its cells are read with, as the full-width one is (a table's row holding it read no cell)
_FOLD["\u2212"] = "-"
_FOLD.update(dict.fromkeys(_ZERO_WIDTH, " "))
# A bar between a table's cells (指标 | 单位 | 1—9月, a table a web page or a text dump set out with
# bars): a gap between cells, as the spaces of a table read as lines are
_FOLD.update(dict.fromkeys(("|", chr(ord("|") + 0xFEE0), "\u2502"), "\t"))  # its full-width form and a box-drawing bar too
_FOLD.update(compat_fold())  # radical and compatibility forms PDF fonts map glyphs to (glyphs.py)
# The mathematical digits (bold, double-struck, sans-serif, sans-serif bold, monospace: U+1D7CE-U+1D7FF) a social
# post's "fancy font" writes its figures and years in (a year 2025 in bold digits is a date as 2025 is, not a figure)
_FOLD.update({chr(0x1D7CE + i): str(i % 10) for i in range(50)})

# the spaces a page or a text dump writes: the thin, narrow no-break, figure and hair spaces of a number's groups
# (12\u202f345) among them
_SPACES = " \t\u3000\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\r\f\v" + _ZERO_WIDTH
# a line that could be a headline: short, no space, no punctuation but a number's point and percent (a point after
# a digit, or before one where a line opens with a number's tail: a point after a word is an OCR'd page's full stop,
# 比上年末提高1.5个百分点., and the line a sentence's end)
_HEADLINE_LINE = compiled_regex(r"(?:[^\s\p{Po}]|%|\.(?=\d))[^\s\p{Po}.%]*(?:(?:(?<=\d)\.|%)[^\s\p{Po}.%]*)*")
_HEADLINE_CHARS = (5, 30)
# the classes of an opening bracket or quote (（《“‘): no headline ends on one, a line that does is cut mid-phrase
# (…强调把“说”和“ | 改”贯通起来) and runs on as a sentence's does (`_Repairer._jump`)
_OPENING = frozenset({"Ps", "Pi"})
# a headline's figure at its end: digits, then a unit of a character or two or a percent (620张, 32.6亿元, 14.2%)
_FIGURE_TAIL = r"\d(?:%|\p{Han}{1,2})"  # a figure with its unit (420张, 12.6万人, 57.1%)
_FIGURE_END = compiled_regex(_FIGURE_TAIL + r"\Z")
_FIGURE_TAIL_MOST = 3  # the most characters a match of `_FIGURE_TAIL` holds (a digit and two Han characters)
_FLUSH_MARGIN = 2  # spaces at least before the lines of a block set off from the page's left edge (`flush`)
_QUOTES = compiled_regex(r"[\p{Pi}\p{Pf}]")  # a headline's quote marks (安居区“春风行动”), no mark of a sentence there
_TITLE_CHARS = (4, 30)  # a headline line over the item under it: a column of briefs' name (滨城简讯) too
_SHORT_LABEL = (2, 8)  # the length of a box's label set alone between blank lines (数读)
_RECENT = 4  # the lines of a paragraph kept to measure its own column by
# a figure alone on its line (1.32万人, 96.3%, 320余场, a growth with its sign +6.1%): a number box's entry under its
# label (`figure_lines`)
_BOX_FIGURE = compiled_regex(r"^[ \t\u3000]*[+\uff0b\u2212]?\d+(?:\.\d+)?(?:\p{L}{1,4}[%\u2030]?|[%\u2030])[ \t\u3000]*$",
                             regex.M)
_BOX_LABEL = (2, 24)  # the length of such an entry's label, the line over it
# … or glued to the label it stood over, an entry a line (8.2%规上工业增加值增长): the figure with the first letter of its
# unit (亿, 万 or 元 of 72.6亿元…), or its percent, no year (2026年预期增长: a label over its figure) (`_glued_entries`)
# … a label under its figure that opens with the month or span it is of (7月份接待游客, 10月末存款余额): a small whole
# number or two before its words, no decimal and no digit after them; taken only after an entry of a bare label, the
# box told by then (a digit in it fails `_box_label`, and the box would end a label early: its last figures lost)
_BOX_DATED_LABEL = compiled_regex(r"\d{1,2}(?:[-\u2013\u2014]\d{1,2})?\p{Han}{5,22}")
_GLUED_LABEL = 5  # the fewest letters after such a figure: its unit (亿元, 万人次) and a label of two at least
_GLUED_FIGURE = compiled_regex(r"(?!(?:19|20)\d\d\D)[+\uff0b\u2212]?\d+(?:\.\d+)?(?:[%\u2030]|(?=\p{Han}))")
# … the lines that may hold such an entry, found by one scan of the page: a line whose first character past its spaces
# is a digit or a sign (a newline the pattern's first character: the `regex` module looks for it in C, where it would
# try a line's start at every character). A necessary condition of `_glued_entry` (the same module's digits), so the
# entries stay the same; a page's other lines, nearly all of them, are never stripped and matched one by one
# (`_glued_candidates`)
_GLUED_OPENS = rf"[{regex.escape(_SPACES)}]*[+\uff0b\u2212]?\d"
_GLUED_FIRST, _GLUED_START = compiled_regex(_GLUED_OPENS), compiled_regex("\n" + _GLUED_OPENS)
_LABEL_TAIL = 16  # the longest clause after a figure's label under it, its growth (，同比增长6.2%: `_label_under`)
# a table flattened a cell a line, its unit in the label's brackets and the number bare under it (地区生产总值（亿元） |
# 386.5 | 一般公共预算收入（亿元） | 21.36): the bare number (the label over it: `_Repairer.unit_label`)
_CELL_FIGURE = compiled_regex(r"^[ \t\u3000]*\d+(?:\.\d+)?[ \t\u3000]*$", regex.M)
_FIGURE, _LABEL, _ABOVE = 0, 1, 2  # the lines of a box of figures over their labels (`_figures_first`)
_OWN_MIN = 8.0  # a line narrower than this (Han characters) tells no column's width
# … the head of such a column: a year and maybe its one word (2024年, 2025)
_YEAR_HEAD = compiled_regex(r"(?:19|20)\d{2}\s*\p{Han}?")
_CELL_COLUMN_PAGE = 16.0  # a page whose widest line is this wide (Han characters) sets no sentence's number alone on a line


class TableLines(Protocol):
    """What the layout asks of the tables lexicon (rules/lexicon/tables.yaml; `tablerows.TableReader`
    answers) about a line that ends in numbers with gaps between them (医院 个 125 130). The gaps
    are all the layout has to tell a table's cells from a number whose thousands a gap sets apart
    (1 280): joined, two cells would read as one wrong number."""

    labels: list[str]  # the words that head a table's label column (指标, 项目)
    cell_tail: str  # the qualifier words a cell may carry after its number (左右), an alternation ("" for none)
    label_band: str  # numbers a row's label may hold where they name an age band (0-14岁), a pattern ("" for none)
    label_notes: str  # … and a footnote's mark after its last word (太和镇(1)), a pattern the column stage takes too
    year_label: str  # a row's label that is a year alone (2023, 2023年), a table of years', a pattern ("" for none)

    def head_columns(self, line: str) -> int:
        """How many value columns the line names as a table's head (0: it is no head)."""
        ...

    def caption_line(self, line: str) -> bool:
        """Whether the line opens with a table's caption (表1 …, 续表1: tables.yaml caption)."""
        ...

    def stacked_columns(self, top: str, bottom: str) -> int:
        """How many value columns two lines name as a head set cell over cell with tabs (0: none)."""
        ...

    def row_label(self, label: str) -> bool:
        """Whether the text before a line's numbers may be a row's label (no sentence, no digit)."""
        ...

    def ranked(self, line: str) -> str:
        """The line with a rank's cell written as an ordinal at its end (… 107.2 第2位) read as its number alone, one
        character for one (a row's last cell under 全省排名); the line as it is where it ends in none."""
        ...

    def unit_cell(self, label: str) -> bool:
        """Whether the label ends in a unit cell set apart by a gap (医院 个): a measure word before numbers."""
        ...

    def head_frame(self, line: str) -> tuple[bool, frozenset[str]]:
        """Whether a head's rows open with a row number (序号), and the words one of which closes each (属性)."""
        ...

    def framed_gaps(self, line: str, frame: tuple[bool, frozenset[str]], columns: int) -> list[int] | None:
        """Where the gaps of a row under a head with a frame (`head_frame`) start, None where it is no such row."""
        ...


@dataclass
class Paragraph:
    """One repaired paragraph: where it sits in the repaired document and where each character came from.

    The pipeline holds paragraphs, not the repaired document: a 200 MB file passes
    through a paragraph (an article) at a time.
    """

    start: int  # offset of text[0] in the repaired document (paragraphs are joined by "\n")
    text: str
    offsets: OffsetMap  # offsets[i] = source offset of text[i]
    opened_at: int  # source offset of the line that opened it
    aside: bool = False  # the headline of another item the page set into a paragraph, read after it

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def src_span(self, start: int, end: int) -> tuple[int, int]:
        """Source [start, end) of the repaired document span [start, end) inside this paragraph."""
        i, j = start - self.start, end - self.start
        if j <= i:
            s = self.offsets[i] if i < len(self.offsets) else self.offsets[-1] + 1
            return s, s
        return self.offsets[i], self.offsets[j - 1] + 1


@dataclass
class Repaired:
    """A whole repaired document (tests, small texts); the pipeline streams `Paragraph`s instead."""

    text: str
    offsets: OffsetMap  # offsets[i] = source offset of text[i]; one extra entry: len(source)

    def src_span(self, start: int, end: int) -> tuple[int, int]:
        """Source [start, end) of the repaired span [start, end)."""
        if end <= start:
            s = self.offsets[start]
            return s, s
        return self.offsets[start], self.offsets[end - 1] + 1


_FOLD_TABLE = str.maketrans(_FOLD)


def fold_width(text: str) -> str:
    """Full-width digits, Latin letters and number signs folded to ASCII, as the repaired text has them.

    Only the runs of foldable characters go through `str.translate`: on text that is mostly Han it
    looks every character up in the table, five times the cost of finding the few runs.
    """
    if _FOLD_ANY.search(text) is None:
        return text  # (most lines of a page: none of the characters any step below starts from, one scan in C)
    if _WIDE_GROUP_GATE.search(text) is not None:
        text = _WIDE_GROUPS.sub(_ascii_commas, text)
    if any(mark in text for mark in _RULE_GATE) and _BAR_RULE.search(text) is not None:
        text = _BAR_RULE.sub(_blank_run, text)
    if any(mark in text for mark in CELL_BARS) and _EMPTY_CELL.search(text) is not None:
        text = _EMPTY_CELL.sub(_BLANK_CELL, text)
    if _ROMAN_GATE.search(text) is not None:
        text = _ROMAN_MARK.sub(r"\1 ", text)
    if (_SUM_OPEN in text or _WIDE_SQUARE in text) and _SUM_BRACKETS.search(text) is not None:
        text = _SUM_BRACKETS.sub(r"[\1]", text)
    if (")" in text or _WIDE_CLOSE in text) and _BRACKET_FALL.search(text) is not None:
        text = _BRACKET_FALL.sub(r"\1-\2 ", text)
    if (")" in text or _WIDE_CLOSE in text) and "\n" in text and _LINE_FALL.search(text) is not None:
        text = _LINE_FALL.sub(r"\1-\2 ", text)
    marks = [m.start(1) for m in _WIDE_MARK.finditer(text)] if _WIDE_MARK_GATE.search(text) is not None else []
    text = _FOLDABLE.sub(_fold_run, text)
    for k in marks:  # (the fold is one for one: each mark's point where it stood)
        text = text[:k] + _WIDE_POINT + text[k + 1:]
    return text


# A list's mark in Arabic digits with the wide point (1． 2．, as a government document numbers its third level of
# headings and its items) at a line's start or after a sentence's end, right against the item's number (3．5万人参加培训,
# 4．12个项目开工, 1．300人): ASCII digits, the wide point, an ASCII digit. Folded, the mark and the number read as one
# decimal (3.5万人, 4.12个: a wrong value); the point is kept as written, which the reader takes for no decimal point, so
# the number after it reads alone as an item's first figure. A decimal set all wide (３．５万人), or after a word
# (增长2．5%, 投资2．3亿元), folds as before.
_WIDE_POINT = chr(ord(".") + 0xFEE0)
_WIDE_MARK_GATE = compiled_re(r"[0-9]\uff0e[0-9]")
# (the item's number runs on into its words, 5万人参加…, 12个项目…, 5%的企业: a cell's decimal on a line of its own,
# 5．1, or a row's, 5．1 4．3, has none after it and folds)
_WIDE_MARK = compiled_regex(r"(?m)(?:^|(?<=[\u3002\uff01\uff1f\uff1b]))[ \t\u3000]*[0-9]{1,2}(\uff0e)"
                            r"(?=[0-9]+[%\uff05]?\p{Han})")


# A table's cell of a fall written in brackets, as accountants write a negative (失业保险参保人数  万人  32.48  33.01
# （1.6）: -1.6): a decimal in wide brackets after a number and a gap of two spaces at least, the line's end or another
# such gap after it. Folded one for one, the opening bracket a minus sign and the closing one a space, the cell reads as
# the signed number it means (a bracket opening a line, or in a sentence, (3) or （2.1） after a word, stays). Decimals
# only: a whole number in brackets beside a row's cells may be a part's count (学校 12 （3）), no fall.
_WIDE_CLOSE = chr(ord(")") + 0xFEE0)  # (the wide closing bracket: a cheap test before the pattern is asked)
# A cell of a plan's table summed over the plan's years with its number in tortoise-shell brackets or wide square ones
# (城镇新增就业 | 万人 | U+3014 1.42 U+3015, under a note that such brackets hold five years' sums): read in the ASCII
# brackets the table reader takes for such a sum ([1.42]: `tablerows._SUMMED`), one for one; only round a number that
# stands as a cell, a gap or a bar before its opening and after its close, so a document's number (a year in such
# brackets right after the issuer's Han characters) stays as written
_SUM_OPEN = chr(0x3014)  # (by its code: no wide punctuation among the engine's strings)
_WIDE_SQUARE = chr(ord("[") + 0xFEE0)
_SUM_BRACKETS = compiled_re(r"(?m)(?<=[ \t\u3000|])[\u3014\uff3b](-?\d+(?:\.\d+)?)[\u3015\uff3d](?=[ \t\u3000|\r]|$)")
_BRACKET_FALL = compiled_re(r"(?m)(?<=\d[ \t\u3000][ \t\u3000])([ \t\u3000]*)[(\uff08](\d+\.\d+)[)\uff09]"
                            r"(?=[ \t\u3000\r]*$|[ \t\u3000]{2})")
# … and such a cell on a line of its own right under a line that is a number alone, blank lines maybe between (a table
# printed a cell a line, 城乡低保资金 | 亿元 | 8.64 | （2.6）: the line's break the gap), or under such a fall itself
_LINE_FALL = compiled_regex(r"(?m)(?<=^[ \t\u3000]*(?:-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[(\uff08]\d+\.\d+[)\uff09])"
                            r"[ \t\u3000]*\r?\n(?:[ \t\u3000]*\r?\n)*)([ \t\u3000]*)[(\uff08](\d+\.\d+)[)\uff09]"
                            r"(?=[ \t\u3000\r]*$)")
# A list's mark in Roman numerals of the Number Forms block (Ⅰ． Ⅱ． for a Word outline's chapters, ⅰ． ⅱ． ⅲ． for its
# items) with its point, at a line's start or after a clause's end: Word follows the mark with nothing when told to, so
# it stands right against the item's number (ⅱ．12个项目, ⅲ．2025年…), which after a Latin letter and a point reads as
# a version's (ii.12) and is no figure, and a heading so marked (Ⅲ．2026年主要预期目标) names no year. The point is
# made a space, one for one: the mark stands apart as a Chinese list's 二、 does. (A numeral with no point, Ⅱ类医院,
# is a word and stays.)
_ROMAN_GATE = compiled_re(r"[\u2160-\u217f][.\uff0e]")
_ROMAN_MARK = compiled_re(r"(?m)((?:^|[\uff1a\uff1b\u3002])[ \t\u3000]*[\u2160-\u217f]{1,4})[.\uff0e]")


# (The bars a table may set between its cells, a gap once folded: `_FOLD`, are `columns.CELL_BARS`)
# The rule a table set out with bars draws under its head (| --- | :---: |, as a Markdown table pastes): no cell and
# no text, a blank line, so that the head and the rows stay lines of their own (its dashes read as one word would
# run the head and the rows on into one paragraph); bars and dashes of any width (｜－－－｜, │───│)
_RULE_GAP, _RULE_BAR = r"[ \t\u3000]*", r"[|\uff5c\u2502]"
_RULE_DASHES = r"[:\uff1a]?[-\uff0d\u2500\u2014]{3,}[:\uff1a]?"
# … or a rule drawn in box-drawing lines alone, with no bar (─────, ━━━┿━━━): over the head, under it and under the
# rows of a table whose cells only the rows' bars part (地  区 ｜城镇新增就业｜…); such a line is no text anywhere
_BOX_RULES = "\u2500\u2501\u2550"
_BOX_RULE = f"[{_BOX_RULES}][{_BOX_RULES}\u252c\u2534\u253c\u252f\u2537\u253f\u2564\u2567\u256a]{{2,}}"
# … or an ASCII grid's rule, + at each cell's corner (+------+-----+, +======+ under the head), as a text-mode
# converter draws a table: between the rows too, so each row stays a line of its own
_GRID_RULE = r"\+(?:[-=]{3,}\+)+"
_BAR_RULE = compiled_re(f"(?m)^{_RULE_GAP}(?:{_RULE_BAR}?(?:{_RULE_GAP}{_RULE_DASHES}{_RULE_GAP}{_RULE_BAR})+"
                       f"(?:{_RULE_GAP}{_RULE_DASHES})?|{_BOX_RULE}|{_GRID_RULE}){_RULE_GAP}$")
_RULE_GATE = (*CELL_BARS, *_BOX_RULES)  # (a text with none of these has no such rule)
# A cell a table set out with bars leaves empty after a number's cell (| 1,262 |  | 1,186 |, a Markdown export's row
# with no value in a column): its closing bar made a blank cell's dash, so that the row's cells keep their columns (the
# bars read as gaps, 1,262 and 1,186 would be two cells side by side, the row a cell short); one for one
_EMPTY_CELL = compiled_regex(f"(?<=\\d[ \t\u3000]*{_RULE_BAR}[ \t\u3000]+){_RULE_BAR}")
_BLANK_CELL = "\u2014"
_BAR_CELLS = compiled_re(_RULE_BAR)


def barred_head(*lines: str) -> str:
    """A table's head set between bars, on one line or over two (地  区 ｜城镇新增就业｜比上年增长 / ｜  （人）    ｜
    （%）): each column's words, and the rest under them between the same two bars, read as one head line, its cells
    set wide apart and the spaces inside each taken out (地  区: a word spaced out); "" where the lines are not so set
    (too few bars, or not as many in each line)."""
    if not any(map(lines[0].__contains__, CELL_BARS)):
        return ""
    cells = [_BAR_CELLS.split(line) for line in lines]
    if len(cells[0]) <= BARRED or any(len(c) != len(cells[0]) for c in cells):
        return ""
    if len(cells) == 2:
        cells[0] = _merged_years(cells[0], cells[1])
    return "   ".join("".join("".join(column).split()) for column in zip(*cells, strict=True)).strip()


# A year over a merged cell of a barred head (指标名称 | 单位 | 2026年 |  | 2027年 over  |  | 计划 | 完成 | 预期目标): the
# cells right of it left empty on the top line, each with a word under it, are the year's too (2026年完成), as a merged
# cell spans them; only a year is carried so, the time of every column under it (a span of months, 1-11月 over 完成数
# 完成率 同比增减, names the first column's time alone: the rate and the growth are no span's amounts)
_TOP_YEAR = compiled_re(r"(?:19|20)\d\d\w?")  # (a year's digits and its one word, no Han written here)


def _merged_years(top: list[str], bottom: list[str]) -> list[str]:
    """The top line's cells with each empty one under which the bottom line has a word given the year of the nearest
    cell left of it, where that cell is a year alone with a word under it too (`barred_head`)."""
    out, year = list(top), ""
    for k, (up, down) in enumerate(zip(top, bottom, strict=True)):
        word = "".join(up.split())
        if word:
            year = word if _TOP_YEAR.fullmatch(word) is not None and "".join(down.split()) else ""
        elif year and "".join(down.split()):
            out[k] = year
        else:
            year = ""
    return out


def _blank_run(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _ascii_commas(m: re.Match[str]) -> str:
    return m.group().replace(_WIDE_COMMA, ",")


# A number set full-width with full-width thousands marks (１，２８６人, ５６，３２０万元, ２，１８６．５亿元): its
# digits and its marks are all of one width, as a typesetter sets a number, each group after the head three
# digits and the last followed by no digit: the mark is a thousands mark, folded to the ASCII one the number
# reader takes. A line may break anywhere in it (２３８，６５ | ０万元), as in any number the layout joins. A
# comma of any other mix (29，416, 1，O86: a clause's comma after a number, or one an OCR misread?) stays a
# clause's comma, and the number before it gives no figure (`quantities`). (The gate is a class first,
# scanned in C: most texts hold no full-width digit.)
_WIDE = r"\uff10-\uff19"  # the full-width digits, as `re` reads the escapes
_WIDE_COMMA = chr(ord(",") + 0xFEE0)
_BR = r"(?:\r?\n)?"
_WIDE_GROUP_GATE = compiled_re(rf"[{_WIDE}]{_BR}\uff0c{_BR}[{_WIDE}]")
_WIDE_GROUPS = compiled_re(rf"[{_WIDE}](?<![0-9{_WIDE}.\uff0e,\uff0c][{_WIDE}])(?:{_BR}[{_WIDE}]){{0,2}}"
                          rf"(?:{_BR}\uff0c(?:{_BR}[{_WIDE}]){{3}})+"
                          rf"(?!{_BR}[0-9{_WIDE}]|{_BR}[,\uff0c]{_BR}[0-9{_WIDE}])")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_FOLD_TABLE)


# A mark a typesetter put where a line broke a number (0.- / 2个百分点, 91.‐ / 7%, 68- / 00万元): no
# number goes on after it, so it is taken for a space, and the layout drops it with the break. A soft
# hyphen or a hyphen proper after a digit or a point; a hyphen-minus only after a point, or before a
# line that opens on 0 (68-00 is no range: no number but 0 itself is written with a leading 0) or on a
# number's point (3- / .4万人: no number opens on a point), or after a thousands group cut short (6,18- / 2人:
# a group is three digits, and OCR's letters stand for digits there too).
# (The pattern opens on one class of the marks, each branch then looking behind it: a pattern opening on a
# look-behind, or on branches that open on a class, is tried at every character of a page; one opening on a
# character class is scanned for in C. The scan's class costs some 2.5 M instructions to compile at each start;
# a news run, half of whose pages hold a hyphen, saves fifteen times that.)
_NUMBER_HYPHEN = compiled_re(r"[\u00ad\u2010\u2011-]"
                            r"(?:(?<=[\d.][\u00ad\u2010\u2011])|(?<=\.-)|(?<=\d-)(?=[ \t]*\r?\n[ \t]*[0.])"
                            r"|(?<=,[\dOolI]-)|(?<=,[\dOolI]{2}-))"
                            r"(?=[ \t]*\r?\n[ \t]*(?:\d|\.\d))")


# A text that marks its numbers' breaks so (a soft hyphen or a hyphen proper after a digit or a point, a
# hyphen-minus after a point) marks them with a hyphen-minus after a digit too, where the line fills its
# column: there 1.8- | 6万人 is one number cut at a line's end, no range (3- | 5个 ending a short line may
# be one); asked of the text as written, before the soft hyphens fold away
# (one class of the marks first, as `_NUMBER_HYPHEN`)
_MARKED_BREAK = compiled_re(r"[\u00ad\u2010\u2011\-\uff0d](?:(?<=[\d.\uff0e][\u00ad\u2010\u2011])|(?<=[.\uff0e][-\uff0d]))"
                           r"(?=[ \t]*\r?\n[ \t]*\d)")
_DIGIT_HYPHEN = compiled_re(r"-(?<=\d-)(?=[ \t]*\r?\n[ \t]*\d)")
# A text that cuts its words at a line's end with a hyphen (召开2025年度就业工作推进- | 会, 城镇失业人员再就- | 业: a
# hyphen between two Han characters, which no Chinese word is written with) cuts so before a number too (新建零工市场-
# | 3-5个): a hyphen-minus after a Han character there is the cut's, no minus sign of the number (-3-5个 reads no
# figure). Taken only where the text so cuts _HYPHEN_WORDS words or more: elsewhere a minus a fixed width parted from
# its number (增长- | 1.8%) keeps its sign.
_HAN_CHAR = r"\u4e00-\u9fff"  # (as `re` reads the escapes)
_WORD_HYPHEN = compiled_re(rf"(?<=[{_HAN_CHAR}])-(?=[ \t]*\r?\n[ \t]*[{_HAN_CHAR}])")
_HAN_HYPHEN = compiled_re(rf"(?<=[{_HAN_CHAR}])-(?=[ \t]*\r?\n[ \t]*\d)")
_HYPHEN_WORDS = 2
# the marks every match of `_NUMBER_HYPHEN` and of `_MARKED_BREAK` opens on: a page holding none of them (most
# pages of news, every page of a report's prose) is asked no search, a few `in` tests instead of a scan of
# every character through the class
_HYPHENS = ("-", "\u00ad", "\u2010", "\u2011")
_MARKS = (*_HYPHENS, *sorted(k for k, v in _FOLD.items() if v == "-"))  # (and the wide minus signs folded to -)


def _holds_any(text: str, chars: tuple[str, ...]) -> bool:
    for ch in chars:
        if ch in text:
            return True
    return False


# A hyphen-minus after a number with a point that ends a line, a whole number opening the next one lower than it
# (地区生产总值完成123.1- | 6亿元): no range falls (3.5-4个百分点 rises), so the hyphen is the number's break, on a
# line of any length (a short one too: the layout's width tells nothing there). A tail with a point of its own
# (12.5- | 3.5%) or a rising one (2.5- | 3个百分点) is left to the width's judgment.
_FALLING_HYPHEN = compiled_re(r"(?<![\d.])(\d+\.\d+)-(?=[ \t]*\r?\n[ \t]*(\d+)(?![\d.]))")


def _falling(m: re.Match[str]) -> str:
    return m.group(1) + " " if int(m.group(2)) < float(m.group(1)) else m.group()


def unhyphened(folded: str, width: float | None = None, measure: Callable[[], float] | None = None) -> str:
    """The (folded) text with the marks that break a number at a line's end made spaces, one for one.
    width: the text marks such breaks elsewhere (`_MARKED_BREAK`), and its lines are this wide (Han
    characters): a hyphen-minus after a digit that ends a line as long is one too.
    measure: the text marks no breaks; its lines' width, asked only where a hyphen-minus after a digit
    ends a line and a digit opens the next (`_unsure_hyphens`)."""
    if "\n" not in folded or not _holds_any(folded, _HYPHENS):
        return folded
    out = _NUMBER_HYPHEN.sub(" ", folded)
    if "-" not in out:
        return out
    out = _FALLING_HYPHEN.sub(_falling, out)
    if _HAN_HYPHEN.search(out) is not None and len(_WORD_HYPHEN.findall(out)) >= _HYPHEN_WORDS:
        out = _HAN_HYPHEN.sub(" ", out)
    if width is None:
        return _unsure_hyphens(out, measure) if measure is not None else out

    def mark(m: re.Match[str]) -> str:
        start = out.rfind("\n", 0, m.start()) + 1
        # (characters, not printed width: a column's full line holding digits has more of them than its width)
        return " " if len(out[start:m.start()].strip(_SPACES)) >= width - 1 else "-"
    return _DIGIT_HYPHEN.sub(mark, out)


# A hyphen-minus after a digit at the end of a line that fills its column, a digit opening the next line, in a text
# that marks no number's break otherwise: a range cut after its dash (3-|5个) reads as the number cut with a running
# hyphen (12-|34万人) does, and the two give different figures. So many of them (`_HYPHEN_RUN`) tell a text that
# hyphenates its numbers (a range rarely ends a full line twice); fewer leave the numbers on both sides and the
# hyphen out, made unreadable (a wrong value is worse than a missing one). A short line's hyphen stays: no cut there.
_HYPHEN_RUN = 3
_COLUMN_LINES = 4  # the fewest line breaks of a text whose lines tell a column's width
# (a number's digits may stand spaced apart, 20 16- | 20 19年: the whole number on each side)
_UNSURE_HYPHEN = compiled_re(r"(?:[\d.]+[ \t]+)*[\d.]*\d-(?=[ \t]*\r?\n[ \t]*\d)")
_UNSURE_TAIL = compiled_re(r"[ \t]*\r?\n[ \t]*[\d.]*\d(?:[ \t]+[\d.]*\d)*")
# what an unsure number's characters are made (the replacement character: unreadable). Not spaces, which the
# layout takes out: the words around would meet and read as a number of their own (突破 | 万辆 as 破万, 约 | 亿)
_UNREADABLE = "\ufffd"
_UNREAD = compiled_re(r"[^\r\n]")


def _unsure_hyphens(out: str, measure: Callable[[], float]) -> str:
    if _DIGIT_HYPHEN.search(out) is None or out.count("\n") < _COLUMN_LINES:
        return out  # (a text of a few lines shows no column's width: its hyphen stays a range's, 3- | 5名)
    width = measure()
    full = []
    for m in _UNSURE_HYPHEN.finditer(out):
        start = out.rfind("\n", 0, m.start()) + 1
        if len(out[start:m.end() - 1].strip(_SPACES)) >= width - 1:
            full.append(m)
    if not full:
        return out
    if len(full) >= _HYPHEN_RUN:  # the text hyphenates its numbers: each is one number cut
        return "".join(_spliced(out, [(m.end() - 1, m.end(), " ") for m in full]))
    cuts: list[tuple[int, int, str]] = []
    for m in full:
        tail = _UNSURE_TAIL.match(out, m.end())
        end = tail.end() if tail is not None else m.end()
        if cuts and m.start() < cuts[-1][1]:  # (a line of digits alone between two such breaks: one span)
            start = cuts.pop()[0]
            cuts.append((start, end, _UNREAD.sub(_UNREADABLE, out[start:end])))
            continue
        cuts.append((m.start(), end, _UNREAD.sub(_UNREADABLE, out[m.start():end])))
    return "".join(_spliced(out, cuts))


def _spliced(text: str, cuts: Iterable[tuple[int, int, str]]) -> Iterator[str]:
    """text with each (start, end) span, in order and apart, replaced by its text of the same length."""
    pos = 0
    for start, end, repl in cuts:
        yield text[pos:start]
        yield repl
        pos = end
    yield text[pos:]


# A scan's page read with the numbers of its lines (a transcript's, a proof's: 1 白山市…, 2 全市…, or 01, 02 anew
# on each page) sets a number and a space at the start of every line: no part of the text, and glued to it
# a number cut at the line before's end runs on into it (4,318 | 5 人 read as 4,3185人). A run of lines each
# opening so, each one more than the line above, is such a page's: the numbers are made spaces, one for
# one. (Asked where a line opens on a number and a space, a search the scan skips to the breaks for; the
# matches alone are then looked at.) A gutter printed right-aligned (a 人大 draft's, a law's: " 9  …", "10  …") sets
# spaces before its one-digit numbers and more than one after: up to three of each are the gutter's (and the
# line's own indent, full-width spaces, may follow them).
_LINE_NUMBER = compiled_re(r"\n {0,3}(\d{1,3})[ \t]{1,3}(?=\S|\u3000)")
_NUMBERED_RUN = 4  # the lines a run of such numbers takes: fewer may be a list's or a table's first cells


def unnumbered(folded: str, numbers_rows: Callable[[str], bool] | None = None) -> str:
    """The (folded) text with the numbers a page sets at the start of its lines made spaces, one for one.
    numbers_rows: whether a line is a table's head whose first column is its rows' numbers or ranks (序号, 排名: a run
    right under it is the rows' own numbers, 1 科尔沁区 5820 | 2 霍林郭勒市 2310 …, kept)."""
    if _LINE_NUMBER.search(folded) is None and not folded[:1].isdigit():
        return folded
    text = "\n" + folded
    # (a line whose rest holds tabs is a table's row, its number a cell of the 序号 column: 1\t人均预期寿命\t岁\t77.6)
    found = [m for m in _LINE_NUMBER.finditer(text) if "\t" not in text[m.end(1):].partition("\n")[0]]
    runs: list[list[re.Match[str]]] = []
    for m in found:
        last = runs[-1][-1] if runs else None
        if last is not None and int(m.group(1)) == int(last.group(1)) + 1 and \
                text.find("\n", last.end(), m.start() + 1) == m.start():
            runs[-1].append(m)
        else:
            runs.append([m])
    # (a page counted anew from 1 under one so counted may hold fewer lines, two at least: its last page, 1 长5.5%左右
    # | 2 人以上; a line alone opening on 1 and a space is as likely a number cut, 1 260人)
    anew = any(len(run) >= _NUMBERED_RUN and run[0].group(1) == "1" for run in runs)
    if numbers_rows is not None:
        runs = [run for run in runs if not numbers_rows(text[text.rfind("\n", 0, run[0].start()) + 1:run[0].start()])]
    spans = [(m.start(1) - 1, m.end(1) - 1) for run in runs
             if len(run) >= _NUMBERED_RUN or (anew and len(run) > 1 and run[0].group(1) == "1") for m in run]
    if not spans:
        return folded
    out = list(folded)
    for a, b in spans:
        out[a:b] = " " * (b - a)
    return "".join(out)


def _past_number(line: str, folded: str) -> str:
    """The line past the number `unnumbered` made spaces at its start (04 （四）…): what the layout reads a line's
    shape by (a heading, a paragraph's opening) is the text after it; the line as it is where none was."""
    pad = len(line) - len(line.lstrip(" "))  # (a right-aligned gutter's spaces before its number)
    if not line[pad:pad + 1].isdigit() or folded[pad:pad + 1] != " ":
        return line
    k = pad + 1
    while k < len(line) and line[k].isdigit():
        k += 1
    return line[k:] if line[k:k + 1] in (" ", "\t") and not folded[:k].strip() else line


# Bold or shadowed type a PDF draws twice comes out of some extractors with each character doubled
# (headlines, lead-ins: AABBCC…). Six pairs or more in a row, each unlike the next, are no Chinese word's
# reduplication (AABB is two pairs) nor a number's zeros; the run goes on over a line break. The second
# of each pair is made a space, one for one, and the layout drops it as it drops justification.
# (the first pair is written out before the repeat of the rest, (?:…){6,} as …(?:…){5,}: the same matches,
# and a search of a page, tried at every character, that enters a repeat there runs 1.6 times as long)
# A pair may be followed by a pair of its own character: the figure of a headline drawn twice holds its
# zeros twice each (新新增增床床位位660000张张 is 600张, not 660000张); `_undoubled` leaves as written the
# ends of a run that cut a row of one character (1000床床位位…: the 00 is the number's) and a run of fewer
# than three characters (a long row of zeros is a number's, not type drawn twice).
_DOUBLED = compiled_re(r"(\S)\1(?:(?!\1)|(?=\1\1))\n?(?:(\S)\2(?:(?!\2)|(?=\2\2))\n?){5,}")
# … and a shorter run drawn twice that holds a number (新新增增88人人, 增增长长1122..55%%): two Han characters doubled,
# the number's characters doubled pair by pair, a Han character doubled after it. No Chinese word is so written (a
# reduplication, 清清楚楚, is followed by no number doubled and a unit doubled); 88人 is never read where 8人 is drawn
_DOUBLED_NUMBER = compiled_regex(r"(\p{Han})\1(?!\1)(\p{Han})\2(?:([\d.%])\3)+(\p{Han})\4")
# … asked first of the page in `re`, any character but a space for each class: every match of `_DOUBLED_NUMBER` is one
# of this (no Han character nor digit is a space; `regex` knows digits `re` does not, so none is asked for), and `re`
# tries a page's every character some five times faster than `regex` tries `\p{Han}` there (most pages hold neither)
_DOUBLED_NUMBER_GATE = compiled_re(r"(\S)\1(?!\1)(\S)\2(?:(\S)\3)+(\S)\4")
# A line drawn twice (a shadow) comes out twice in a row: the copy is made spaces, so it adds nothing
# and breaks nothing (the line before it runs on into the one after it as across the one break).
# (a line of at most _REPEAT_MAX characters: a stream read in pieces keeps no more of a line before its
# piece, `_Lines.last`, and a longer one drawn twice is no headline)
_REPEAT_MAX = 4000
_REPEATED_LINE = compiled_re(rf"^([^\n]{{8,{_REPEAT_MAX}}})((?:\n\1)+)$", re.M)
# what `_Lines.last` keeps at most, and the mark it opens with where it kept less than a line: no line starts there
_KEPT = 2 * (_REPEAT_MAX + 1)
# A paragraph a page gives twice, from its text layer and again from an OCR layer under it, comes out copy
# after copy wrapped at other widths: the copy, the lines after a paragraph whose run of characters (gaps left
# out) is the paragraph's own, is made spaces as a line drawn twice is. A copy opens as its paragraph does
# (its first _BLOCK_KEY characters); it is looked for within _BLOCK_LINES lines of it, only on a page where
# two lines so open, and only where the two are wrapped otherwise and hold Han (a line repeated whole is
# `_REPEATED_LINE`'s; a table's rows of figures alone may repeat).
# A page whose text layer and OCR layer an extractor reads line by line gives each line twice in a row: the
# text layer's, then the OCR's, the same characters but where the OCR slipped (a digit read as a letter, 3O5 for
# 305, a point for a full stop, a blot where the text layer had a glyph without Unicode). The copy, a line right
# after one as long whose every other character is the same as its own, is made spaces as a line drawn twice is
# (the line before runs on into the one after it). Where the first holds a glyph without Unicode and the copy
# none, the first is the one made spaces. Asked only of lines of _COPY_MIN characters or more that hold Han,
# at most one character in _COPY_SHARE differing, each difference one of `_ocr_slip`'s.
_COPY_MIN = 8
_COPY_SHARE = 4
_COPY_HEAD = slice(0, 2)
_COPY_TAIL = slice(-2, None)
_SLIP_DIGITS = {"0": "Oo", "1": "lI"}
# A glyph a subset font gives no Unicode for comes out of some extractors as a private use code point (U+E000-
# U+F8FF, the supplementary planes' U+F0000 on): it may have been a digit, a point or a unit (5\ue0137.38亿元,
# 63.5\ue040\ue041). A number touching one has no sure value (5\ue0137.38 is not 7.38; 63.5\ue040 may be 63.5亿):
# the number and the code points are made unreadable, one for one, as a (cid:N) is (glyphs.py).
_PRIVATE = "\ue000-\uf8ff\U000f0000-\U0010fffd"
_PRIVATE_GATE = compiled_re(f"[{_PRIVATE}]")
_PRIVATE_NUMBER = compiled_re(f"[\\d.,%]*(?:[{_PRIVATE}]+[\\d.,%]*)+")
_BLOTS = frozenset("\ufffd\u25a0\u25a1")  # what an OCR layer or a decoder writes for a glyph it could not read
_BLOCK_KEY = 8
_BLOCK_HEAD = slice(0, _BLOCK_KEY)
_BLOCK_LINES = 12
_BLOCK_MIN = 16  # the fewest characters of a paragraph so copied
_BLOCK_BREAK = 2  # the most lines of a page's foot and head between a paragraph and its copy
_BLOCK_FOOT = 30  # the longest such line
_SENTENCE_MARK = compiled_re(r"[\u3002\uff0c\uff1b\uff01\uff1f]")  # (a line of the text, not a page's foot)
_UNSTARTED = "\x00"
_HAN = compiled_regex(r"\p{Han}")
# A scanned page's OCR reads 0 as O or o and 1 as l or I inside numbers (3O5家, l2.5%, I.52亿元): asked
# once of a page (a letter beside a digit), the numbers are then read one by one (`_ocr_number`).
# (a number cut at a line's end is one number: the break is kept in it)
# (the gate opens on the letters, which few pages hold, and looks back for the digit: one that opens on a
# digit is tried at every digit of a page)
_OCR_GATE = compiled_re(r"[OolI](?:(?<=\d[OolI])|(?=\d))")
_NUMBER_TOKEN = compiled_re(r"(?<![A-Za-z0-9.])[0-9OolI]+(?:\n?[.,]?\n?[0-9OolI]+)*(?![A-Za-z0-9])")
_OCR_DIGIT = str.maketrans("OolI", "0011")
# A number OCR read all in letters but in the shape of thousands (l,OOO张): groups of three after a comma, the
# first opening on l or I (a one): no word is written so, and it is read as digits though no digit stands in it
_OCR_GROUPED = compiled_re(r"[lI1-9][0-9OolI]{0,2}(?:,[0-9OolI]{3})+")
# A number a scan spaced out digit by digit (3 6 O 张): its letters are read as in a number written whole
_OCR_SPACED = compiled_re(r"(?<![A-Za-z0-9.])[0-9OolI](?: [0-9OolI])+(?![A-Za-z0-9])")
# A number whose thousands a gap sets apart (1 280, which the layout reads as one number), OCR's letters in it on
# either side (l 320人, 8 OOO人): neither side alone is a number `_ocr_number` reads (l alone, OOO alone), the two
# together are, as written whole (`_ocr_gapped`); the first side opens on a digit or l/I, as no word does
_OCR_GAPPED = compiled_re(r"(?<![A-Za-z0-9.])[1-9lI][0-9OolI]{0,2} [0-9OolI]{3}(?![A-Za-z0-9.,])")


# A footnote's mark a page sets right after a figure's number, before its magnitude or unit (常住人口27.86²万人,
# 增长6.2[2]%, 就业4386①人, and where the line breaks after the mark: 215[2] | 人): no digit of the number
# (a superscript read as one would make 27.862万人, a wrong
# value), so it is made spaces, one for one, and the number meets its unit as across justification. Not a
# power of ten (1.2×10⁴吨: numerals.yaml reads it), nor one after a lone 10 (10⁴吨: a power of ten or 10 with
# a note, no sure value: exclusions.yaml superscript_digit drops it). Asked of a page holding such a mark, one
# class scanned in C.
_NOTE_GATE = compiled_re(r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u2460-\u2473]|\[\d")
_CELL_NOTE_GATE = compiled_re(r"[\u2460-\u2473]|\[\d|\d\*")  # `_NOTE_CELL_END`'s marks, one class scanned in C
_NOTE_MARK = compiled_regex(r"(?<=\d)(?<![xX*\u00d7^]\s?10)(?<!(?<![\d.])10)"
                           r"(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2}|[\u2460-\u2473]|\[\d{1,2}\])"
                           r"(?=[ \t]*\n?[ \t]*[\p{Han}%\u2030])")
# The same mark after the unit, before the word that bounds the figure (床位数达到6.0张④以上, 就业1.2万人[3]左右): a
# circled numeral or a bracketed one between two Han characters a few after the number's last digit is no
# character of the text, and made spaces the figure meets its bound word. (Not a superscript: 平方千米 is written
# 千米² too.)
_NOTE_AFTER_UNIT = compiled_regex(r"(?<=\d[\p{Han}%\u2030]{1,3})(?:[\u2460-\u2473]|\[\d{1,2}\])(?=\p{Han})")
# The same mark ending a table's cell (每千人口床位 张 7.24 7.46①: the note under the table says how it is counted):
# a circled numeral or a bracketed one right after a number's last digit, the line's end or a gap and the next
# cell's number after it, is no character of the cell; made spaces (in the text as read, `_Stream.feed`), the row
# is one of plain numbers. (Not a superscript: after a number at a line's end it may be a power, 10⁴.)
# A star is such a mark too (18.64* 2.4*: 注：带*的为快报数, a preliminary figure), one alone right after the last
# digit (never a pair, as a Markdown bold's **).
_NOTE_CELL_END = compiled_regex(r"(?<=\d)(?:[\u2460-\u2473]|\[\d{1,2}\]|(?<!\*)\*(?!\*))"
                                r"(?=[ \t]*(?:\n|$)|[ \t]+-?\d)"
                                # … or ending a row's label, a gap and its first cell after it (养老机构床位② 12486), its
                                # unit cell maybe first (卫生健康③ 亿元 42.18): no character of the label, which a row's
                                # label may not end in
                                r"|(?<=\p{Han})[\u2460-\u2473](?=[ \t]+(?:\p{Han}{1,4}[ \t]+)?-?\d)")


# A full-width comma between digits may part two clauses (12，360家: numerals.yaml separator_tails) as well as
# mark thousands; no clause opens on a number with a leading zero, so one before a group of three opening on 0
# (1，086.4亿元, 4，018家) can only be a thousands mark, and a page that writes one so writes its other numbers so
# too (2，630万元, 16，208元): there every such comma before exactly three digits is folded to the ASCII mark the
# number reader takes. OCR letters count as the digits they stand for (l，O86.4: `_ocr_number` then reads the
# number whole). (The proof is looked for only where a comma stands before a 0 or an O, which few pages hold.)
_WIDE_PROOF = compiled_re(r"[0-9lI]\uff0c[0O][0-9OolI]{2}(?![0-9OolI-])")
_WIDE_THOUSANDS = compiled_re(r"(?<![0-9A-Za-z.,\uff0c])[0-9lI][0-9OolI]{0,2}(?:\uff0c[0-9OolI]{3})+"
                             r"(?![0-9A-Za-z]|\uff0c[0-9OolI])")


# On a page OCR read, a full-width comma between a bare number and one or two digits that a unit or a
# magnitude follows (12，6亿元, 4，8%) may have been a point (12.6亿元) or part two clauses: no sure reading, and
# never the number before it with the unit after it (12 元) nor the digits alone (6亿元). Both are made spaces
# (three digits after it are a thousands group: `_WIDE_PROOF`). Tried at the digits of OCR pages only.
_OCR_COMMA = compiled_re(r"(?<![\d.,])\d{1,4}\uff0c\d{1,2}(?=[^\d.,\s\uff0c])")
# On a page OCR read, an enumeration comma between two bare numbers, the second of one or two digits (增长7、1%,
# 管理率95、8%): OCR may have made it of a point (7.1%) or the text lists two numbers with the unit written once (7%
# and 1%): no sure reading, and the digits after it alone (1%) or the number before it with the unit after it are
# a wrong value either way. Both are made spaces. A list of three or more (3、5、8个) is a list and stays.
_OCR_LIST_POINT = compiled_re(r"(?<![\d.,\u3001])\d{1,4}\u3001\d{1,2}(?![\d.,\u3001])")
# On a scan OCR read, a full stop read as an ASCII point: a point after a word, a percent sign or a closing bracket
# (a space between them at most), with a word, the line's end or the text's end after it (增长5.6% .其中 / 3.92万吨.),
# is no number's point (a number's point has a digit before it) nor an ellipsis, a web address or an abbreviation
# (those have a point, a Latin letter or a digit beside them): it ends the sentence, and is read as the sentence end
# the text writes (the lexicon's first wide one), one character for one, so that the sentence after it is one of
# its own (每千人口床位8.62张.全年城镇新增就业1180人: the per-thousand rate's cue is no cue of the count after it).
_OCR_STOP = compiled_regex(r"(?<=[\p{Han}%\u2030)\uff09][ \t]?)\.(?=[ \t]*(?:\p{Han}|\r?\n|$))")
_OCR_STOP_GATE = compiled_regex(r"[\p{Han}%\u2030)\uff09][ \t]?\.")


def _ocr_stopped(m: regex.Match[str], end: str, numerals: frozenset[str]) -> str:
    """The sentence end for OCR's point, unless a Chinese numeral (numerals.yaml's digits and units) stands on both
    sides of it: between two the point is the number's, as a spoken number writes it (百分之十二.五)."""
    text, at = m.string, m.start()
    if at and text[at - 1] in numerals and text[at + 1:at + 2] in numerals:
        return "."
    return end


# On a page OCR read, S for a 5 and B for an 8 inside a number (1S0张, 9l.S%, lS.8万人, 15B6人, 3.B%): after a
# digit (or an OCR letter for one) that no Latin letter stands before, with a digit or a point and a digit after
# it, or right after a number's point with no letter after it; or opening a number on its point right after a Han
# character (增长S.8%, 收入B.16亿元: no word or code is written so). A road's or a line's name opens on its S (S310线),
# a vitamin's or a licence's on its B (维生素B12, B2驾照): a Han character or nothing stands before, no point after.
_OCR_FIVE_EIGHT = compiled_regex(r"[SB](?:(?<=(?<![A-Za-z])[0-9OolI][SB])(?=\.?[0-9OolI])|(?<=[0-9OolI]\.[SB])"
                                 r"(?![A-Za-z])|(?<=\p{Han}[SB])(?=\.[0-9OolI]))")
_OCR_LETTER_DIGIT = str.maketrans("SB", "58")


@functools.cache
def _stop_point(stops: str) -> re.Pattern[str] | None:
    """On a page OCR read, a sentence's end between two numbers before a percent sign (10。6%) may have
    been a point: no sure reading, so the numbers are made spaces (stops: the sentence ends that are no
    ASCII point, from the lexicon)."""
    wide = "".join(ch for ch in stops if not ch.isascii())
    return compiled_re(f"\\d+[{re.escape(wide)}]\\d+(?=%)") if wide else None


@functools.cache
def _stop_digits(stops: str) -> re.Pattern[str] | None:
    """On any page, digits right after a sentence's end that follows a digit (增长3。5%, 投资3。5亿元) are no
    sure number: the mark may have been a point (3.5) or the sentence may end there, and the digits alone
    (5%, 5亿元) are a wrong value either way. They are made spaces, the mark kept (the sentences stay as they
    were); four digits and more after the mark (…达到120。2024年…) are a year and stay. The pattern opens on
    the mark, so the scan skips to the marks."""
    wide = re.escape("".join(ch for ch in stops if not ch.isascii()))
    return compiled_re(f"[{wide}](?<=\\d[{wide}])(\\d{{1,3}}(?:\\.\\d+)?)(?!\\d)") if wide else None


Misread = tuple[frozenset[str], re.Pattern[str], str | Callable[[re.Match[str]], str], re.Pattern[str] | None]


_OCR_READINGS: dict[str, Misread | None] = {}  # `_ocr_one`'s answers by pattern (`ocr_readings`, `keep_ocr_readings`)


def ocr_readings(patterns: Iterable[str]) -> dict[str, Misread | None]:
    """Each pattern's reading (`_ocr_one`), made here so that the prepared (pickled) extractor carries them."""
    return {p: _ocr_one(p) for p in patterns}


def keep_ocr_readings(made: Mapping[str, Misread | None]) -> None:
    """Readings made before (`ocr_readings`, in a pickle): `_ocr_one` takes them as they are. Why: each is a
    parse of its pattern for what it needs (`precheck.needs`, `pair_gate`) and two compiles, ~2 ms of every
    start for layout.yaml's six; the prepared extractor carries them compiled, as it does its alternations."""
    for pattern, read in made.items():
        _OCR_READINGS.setdefault(pattern, read)


def _ocr_one(pattern: str) -> Misread | None:
    """The reading of one pattern (`_ocr_read`), made once a process (or carried in the prepared extractor)."""
    if pattern in _OCR_READINGS:
        return _OCR_READINGS[pattern]
    read = _OCR_READINGS[pattern] = _ocr_read(pattern)
    return read


def _ocr_read(pattern: str) -> Misread | None:
    """layout.yaml ocr_one, ocr_reads and misreads (`PATTERN=>TEXT`): the characters a page must hold one of for
    the pattern to find anything (`precheck.needs`: its dash), the pattern, what stands for what it finds
    (as long: one character for one), and the characters a page must hold side by side (`precheck.pair_gate`, in
    a lookahead too: a magnitude before a digit on a line read right to left), None where the pattern tells none.
    A TEXT written FROM|TO is a table: each character found is read as the one at its place (a year in Chinese
    digits; a font's many glyphs in one entry); a TEXT of one leftwards arrow (←) reads what it finds right to left
    (a line a PDF's text layer gave last character first)."""
    if "=>" not in pattern:
        return None
    pat, one = pattern.rsplit("=>", 1)
    sets = needs(pat)
    what: str | Callable[[re.Match[str]], str] = one
    if one == _BACKWARDS:
        # a run a PDF's text layer gives right to left (a line whose every character, digits too, comes out last
        # first): read in the order it was drawn, still as long as written
        what = _backwards
    elif "|" in one:
        # FROM|TO: what the pattern finds is read character by character (a year in Chinese digits, 二〇二七年,
        # its Arabic digits): a run no one character could stand for, still as long as written
        src, dst = one.split("|", 1)
        if len(src) == len(dst):
            table = str.maketrans(src, dst)
            what = functools.partial(_translated, table)
    pair = pair_gate(pat)
    return (sets[0] if sets else frozenset()), compiled_re(pat), what, (compiled_re(pair) if pair else None)


def _may_read(read: Misread, page: str) -> bool:
    """Whether a page may hold what a misreads pattern finds: one of the characters it needs, and its pair where
    it has one. Each is a scan in C far cheaper than the pattern's search, which most pages fail (a pattern
    anchored at every line's start, as the right-to-left one is, is tried at every character of the page)."""
    chars, _, _, pair = read
    return (not chars or any(map(page.__contains__, chars))) and (pair is None or pair.search(page) is not None)


_BACKWARDS = "\u2190"  # a misreads TEXT of one leftwards arrow: what the pattern finds, read right to left


def _backwards(m: re.Match[str]) -> str:
    """What a misreads pattern with the TEXT ← found, read right to left (a line's end of line kept at its end)."""
    run = m.group()
    end = len(run) - len(run.rstrip("\r\n"))
    return run[:len(run) - end][::-1] + run[len(run) - end:]


def _translated(table: dict[int, int], m: re.Match[str]) -> str:
    """What a misreads pattern found, read character by character through its FROM|TO table."""
    return m.group().translate(table)


# A headline printed with its 注音 (ruby: each character's pinyin set over or under it) comes out of some extractors
# with the pinyin read in line, each syllable right after its character (和hé平píng县xiàn…3260人rén): the
# syllables are made spaces, one for one, and the layout drops them as it drops justification. A run of four
# characters or more each followed by a syllable of lower-case Latin letters, digits and marks between them
# allowed, and half of the syllables or more bearing a tone mark (a Latin word after a Han character bears none).
_TONED = "\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2" \
         "\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc"
_SYLLABLE = f"[a-z\u00fc{_TONED}]{{1,6}}"
_RUBY_GATE = compiled_re(f"[{_TONED}]")
_RUBY = compiled_regex(rf"(?:\p{{Han}}{_SYLLABLE}(?![A-Za-z])[\d.%\uff05\u3001\uff0c ]*){{4,}}")
_RUBY_SYLLABLE = compiled_regex(rf"(?<=\p{{Han}}){_SYLLABLE}")


def _unruby(m: regex.Match[str]) -> str:
    """A run of characters with their pinyin read in line: the syllables made spaces, where half or more bear a
    tone mark (else the run as written)."""
    run = m.group()
    syllables = _RUBY_SYLLABLE.findall(run)
    if 2 * sum(_RUBY_GATE.search(s) is not None for s in syllables) < len(syllables):
        return run
    return _RUBY_SYLLABLE.sub(lambda s: " " * len(s.group()), run)


# A scanned page read in strips that overlap gives each line's last character again at the next line's start
# (…同比增 | 增长6.5%, …8.8万人 | 人次，…). Where most of a page's line breaks (_OVERLAP_SHARE of those under a line
# of _OVERLAP_LINE characters or more, _OVERLAP_MIN at least) show it, it is the page's, not a word's chance (a break
# inside 人人 or 天天 is rare), and the first of each pair is made a space. A number cut at such a break with a digit
# again (12 | 26) may be 126 doubled or 1226 as printed, and no page tells which: it is made unreadable (no figure
# rather than a wrong one). Latin letters are left as written.
_OVERLAP_MIN = 4
_OVERLAP_SHARE = 0.6
_OVERLAP_LINE = 6  # a shorter line is a title's, a date's or a foot's, no strip's full width
_LINE_HEAD = slice(0, 1)
_NUMBER_TAIL = compiled_re(r"[\d.]+$")
_NUMBER_HEAD = compiled_re(r"[\d.]+")


def _unoverlapped(lines: list[str]) -> list[str] | None:
    """A page's lines with the character each line repeats at its start from the line before's end made a space
    at that end (None: the page shows no such overlap)."""
    ends = [line.rstrip(" ") for line in lines]
    firsts = list(map(operator.getitem, lines, itertools.repeat(_LINE_HEAD)))
    doubled = [i for i in range(1, len(lines)) if firsts[i] and firsts[i] == ends[i - 1][-1:]
               and len(ends[i - 1]) >= _OVERLAP_LINE]
    if len(doubled) < _OVERLAP_MIN:
        return None
    breaks = sum(1 for i in range(1, len(lines)) if len(ends[i - 1]) >= _OVERLAP_LINE and firsts[i].strip())
    if len(doubled) < _OVERLAP_SHARE * breaks:
        return None
    out = list(lines)
    for i in doubled:
        ch, k = firsts[i], len(ends[i - 1]) - 1
        if ch.isdigit():
            head = len(_NUMBER_TAIL.search(ends[i - 1]).group())  # type: ignore[union-attr]  (ends on ch)
            tail = len(_NUMBER_HEAD.match(out[i]).group())  # type: ignore[union-attr]  (opens on ch)
            out[i - 1] = out[i - 1][:k + 1 - head] + _UNREADABLE * head + out[i - 1][k + 1:]
            out[i] = _UNREADABLE * tail + out[i][tail:]
        elif not ch.isascii():
            out[i - 1] = out[i - 1][:k] + " " + out[i - 1][k + 1:]
    return out


def undamaged(folded: str, stops: str = "", ocr_one: str = "", ocr_reads: Sequence[str] = (),
              misreads: Sequence[str] = (), numerals: frozenset[str] = frozenset()) -> str:
    """The folded text with what a PDF's drawing or a scan did to it undone, one character for one:
    doubled characters and repeated lines made spaces, footnote marks between a number and its unit made
    spaces, OCR letters in numbers read as digits, full-width commas on a page that proves them thousands
    marks made ASCII ones, what OCR made of a point in a number on a page it read (ocr_reads) and a character
    read for another where the text shows which, on any page (misreads: layout.yaml). Each is
    asked of the page with one precompiled search (most pages show none, and are handed back)."""
    out = folded
    for pattern in misreads:
        read = _ocr_one(pattern)
        if read is not None and _may_read(read, out):
            out = read[1].sub(read[2], out)
    if _DOUBLED.search(out) is not None:
        out = _DOUBLED.sub(_undoubled, out)
    if _DOUBLED_NUMBER_GATE.search(out) is not None and _DOUBLED_NUMBER.search(out) is not None:
        out = _DOUBLED_NUMBER.sub(lambda m: _undoubled_pairs(m.group()), out)
    if _RUBY_GATE.search(out) is not None:
        out = _RUBY.sub(_unruby, out)
    if "\n" in out:
        # a line repeated is one equal to the line before it: compared line by line in C first (the
        # pattern is tried at every character)
        lines = out.split("\n")
        if True in map(operator.eq, lines, itertools.islice(lines, 1, None)) and \
                _REPEATED_LINE.search(out) is not None:
            out = _REPEATED_LINE.sub(_unrepeated, out)
        keys = [line[:_BLOCK_KEY] for line in lines if len(line) >= _BLOCK_KEY]
        if len(set(keys)) < len(keys):
            out = _uncopied(out)
        if True in map(operator.eq, map(len, lines), map(len, itertools.islice(lines, 1, None))):
            out = _unlayered(out, lines, stops)
        # (a page whose strips overlap: counted in C first, a line's last character against the next one's first)
        if sum(map(operator.eq, map(_LAST, lines), map(operator.getitem, itertools.islice(lines, 1, None),
                                                        itertools.repeat(_LINE_HEAD)))) >= _OVERLAP_MIN:
            over = _unoverlapped(out.split("\n"))
            if over is not None:
                out = "\n".join(over)
    if _PRIVATE_GATE.search(out) is not None:
        out = _PRIVATE_NUMBER.sub(_unreadable_number, out)
    if _NOTE_GATE.search(out) is not None:
        out = _NOTE_MARK.sub(_blanked, out)
        out = _NOTE_AFTER_UNIT.sub(_blanked, out)
    if (_WIDE_COMMA + "0" in out or _WIDE_COMMA + "O" in out) and _WIDE_PROOF.search(out) is not None:
        out = _WIDE_THOUSANDS.sub(_thousands, out)
    if _OCR_GATE.search(out) is not None:
        for pattern in ocr_reads:  # (before the letters: the number they stand in is then read whole)
            read = _ocr_one(pattern)
            if read is not None and _may_read(read, out):
                out = read[1].sub(read[2], out)
        if "S" in out or "B" in out:
            out = _OCR_FIVE_EIGHT.sub(_ocr_letter_digit, out)
        out = _NUMBER_TOKEN.sub(_ocr_number, out)
        if " " in out:
            out = _OCR_SPACED.sub(_ocr_spaced, out)
            out = _OCR_GAPPED.sub(_ocr_gapped, out)
        stop = _stop_point(stops)
        if stop is not None:
            out = stop.sub(lambda m: " " * len(m.group()), out)
        if _WIDE_COMMA in out:  # (a comma OCR may have made of a point: 12，6亿元, no sure reading)
            out = _OCR_COMMA.sub(_blanked, out)
        out = _OCR_LIST_POINT.sub(_blanked, out)
        one = _ocr_one(ocr_one)  # OCR's dash for the numeral one (layout.yaml ocr_one), where the page has a dash
        if one is not None and _may_read(one, out):
            out = one[1].sub(one[2], out)
    wide_end = next((ch for ch in stops if not ch.isascii()), "")
    if wide_end and "." in out and _OCR_STOP_GATE.search(out) is not None:
        out = _OCR_STOP.sub(functools.partial(_ocr_stopped, end=wide_end, numerals=numerals), out)
    stop = _stop_digits(stops)
    if stop is not None and stop.search(out) is not None:
        out = stop.sub(_stop_blanked, out)
    return out


def _ocr_letter_digit(m: regex.Match[str]) -> str:
    """The digit OCR's S or B stands for (`_OCR_FIVE_EIGHT`)."""
    return m.group().translate(_OCR_LETTER_DIGIT)


def _thousands(m: re.Match[str]) -> str:
    """A number a page's proof shows full-width thousands marks in: its marks ASCII, and, where it holds a
    digit, its OCR letters digits (I，OOO alone stays as written)."""
    tok = m.group()
    if not any(ch.isdigit() for ch in tok):
        return tok
    return tok.translate(_OCR_DIGIT).replace(_WIDE_COMMA, ",")


def _blanked(m: regex.Match[str]) -> str:
    return " " * len(m.group())


def _cell_mark_blanked(m: regex.Match[str]) -> str:
    """A note's mark ending a cell (`_NOTE_CELL_END`) made spaces, or, where one space and the next cell follow it
    (36.48① -12.4), a zero-width space: a space there would widen the row's one-space gap into a gutter
    (`repair.columns`) and part the row's cells as columns of text, on a page that sets its cells one space apart."""
    after = m.string[m.end():m.end() + 2]
    return "\u200b" * len(m.group()) if after[:1] == " " and after[1:].strip() else " " * len(m.group())


def _stop_blanked(m: re.Match[str]) -> str:
    return m.group()[0] + " " * len(m.group(1))


_NUMERIC = frozenset("0123456789.,")


def _undoubled(m: re.Match[str]) -> str:
    """A run of type drawn twice read once: the second of each pair made a space. A row of one character
    the run's start or end cuts (the row goes on before or after it, so its count is odd there), or digits
    the run opens or closes on where a number goes on beside it, are left as written, and a run of fewer than
    three characters is no doubled type."""
    run, whole = m.group(), m.string
    if len(set(run) - {"\n"}) < 3:
        return run
    lead = trail = 0
    before = whole[m.start() - 1] if m.start() else " "
    if before == run[0]:
        while lead < len(run) and run[lead] == run[0]:
            lead += 1
    if before in _NUMERIC and run[0] in _NUMERIC:  # (10000床床位位…: the number's zeros)
        while lead < len(run) and run[lead] in _NUMERIC:
            lead += 1
    after = whole[m.end()] if m.end() < len(whole) else " "
    if after == run[-1]:
        while trail < len(run) - lead and run[len(run) - 1 - trail] == run[-1]:
            trail += 1
    if after in _NUMERIC and run[-1] in _NUMERIC:
        while trail < len(run) - lead and run[len(run) - 1 - trail] in _NUMERIC:
            trail += 1
    if lead or trail:
        return run[:lead] + _undoubled_pairs(run[lead:len(run) - trail]) + run[len(run) - trail:]
    return _undoubled_pairs(run)


def _undoubled_pairs(run: str) -> str:
    """Each pair of a run of doubled characters as its first and a space (line breaks kept)."""
    out, k = [], 0
    while k < len(run):
        if run[k] == "\n":
            out.append("\n")
            k += 1
            continue
        out += (run[k], " ")
        k += 2
    return "".join(out)


def _uncopied(text: str) -> str:
    """The text with each paragraph given again right after itself, wrapped otherwise (a text layer and an
    OCR layer both read), given once: the copy's characters made spaces, its line breaks kept."""
    lines = text.split("\n")
    # the lines whose first characters another line shares, found in C (a Python loop over every line of a page
    # wrapped at 8-30 characters cost ~0.5 ms); their keys in the order they first appear, as the loop below asks
    heads = list(map(operator.getitem, lines, itertools.repeat(_BLOCK_HEAD)))
    shared = set()
    for head, count in Counter(heads).most_common():
        if count == 1:
            break
        if len(head) >= _BLOCK_KEY:
            shared.add(head)
    seen: dict[str, list[int]] = {}
    for i in compress(itertools.count(), map(shared.__contains__, heads)):
        seen.setdefault(heads[i], []).append(i)
    out = list(lines)
    done = -1  # the last line of a copy made spaces: no paragraph opens inside one
    for starts in seen.values():
        for i, j in itertools.pairwise(starts):
            if i <= done or j - i > _BLOCK_LINES:
                continue
            # the paragraph ends at the copy, or a page's foot or head (a short line or two with no sentence's
            # mark: — 1 —, a 2-up print's page break between a paragraph and its copy) before it
            k = _copy_end(lines, i, j)
            if k < 0:
                continue
            for n in range(j, k):
                out[n] = " " * len(lines[n])
            done = max(done, k - 1)
    return "\n".join(out)


def _copy_end(lines: list[str], i: int, j: int) -> int:
    """Where the copy of the paragraph opening at line i that opens at line j ends (-1: it is none). The paragraph
    ends at the copy, or at a page's foot or head before it (a short line or two with no sentence's mark: — 1 —, a
    2-up print's page break between a paragraph and its copy, which gives the page's last paragraph again on the
    next page). The same lines again right after themselves are a line drawn twice, `_REPEATED_LINE`'s."""
    for m in range(j, max(i, j - _BLOCK_BREAK) - 1, -1):
        if m < j and (len(lines[m]) > _BLOCK_FOOT or _SENTENCE_MARK.search(lines[m]) is not None):
            return -1
        first = "".join(lines[i:m]).replace(" ", "")
        if len(first) < _BLOCK_MIN or _HAN.search(first) is None:
            return -1
        copy, k = "", j
        while k < len(lines) and k - j < _BLOCK_LINES and len(copy) < len(first):
            copy += lines[k].replace(" ", "")
            k += 1
        if copy == first:
            return -1 if m == j and k - j == j - i and lines[i:j] == lines[j:k] else k
    return -1


def _ocr_slip(a: str, b: str, stops: str) -> bool:
    """Whether two characters the same place of a line and its OCR copy hold may be one read two ways: a digit
    and the letter OCR reads for it, a sentence's end and a point (`stops`: the marks ending a sentence, from the
    lexicon), a wide mark and its ASCII one (one NFKC form), or a glyph without Unicode (a private use code point)
    or a blot against anything."""
    if a in _BLOTS or b in _BLOTS or _PRIVATE_GATE.match(a) is not None or _PRIVATE_GATE.match(b) is not None:
        return True
    if b in _SLIP_DIGITS.get(a, "") or a in _SLIP_DIGITS.get(b, ""):
        return True
    if "." in (a, b) and (a in stops or b in stops):
        return True
    return not a.isalnum() and unicodedata.normalize("NFKC", a) == unicodedata.normalize("NFKC", b)


def _unlayered(text: str, before: list[str], stops: str) -> str:
    """The text with each line its OCR layer gives again right after it given once (`_COPY_MIN`). The pairs of
    lines looked at (as long, opening or ending alike) are found in C over the page's lines before the other
    repairs (`before`: a line as long as the text's); the lines compared are the text's."""
    nxt = itertools.islice(before, 1, None)
    heads = list(map(operator.getitem, before, itertools.repeat(_COPY_HEAD)))
    tails = list(map(operator.getitem, before, itertools.repeat(_COPY_TAIL)))
    alike = map(operator.or_, map(operator.eq, heads, itertools.islice(heads, 1, None)),
                map(operator.eq, tails, itertools.islice(tails, 1, None)))
    pairs = list(compress(itertools.count(), map(operator.and_, map(operator.eq, map(len, before), map(len, nxt)),
                                                 alike)))
    if not pairs:
        return text
    lines = text.split("\n")
    out = list(lines)
    done = -2  # the last copy made spaces (or found so): a line right after it and its copy are a pair too
    for i in pairs:
        a, b = lines[i], lines[i + 1]
        if i <= done or not a.strip():
            continue
        if not b.strip():
            if before[i] == before[i + 1]:  # (a line given twice whole, made spaces already: `_REPEATED_LINE`)
                done = i + 1
            continue
        # (a short line, a paragraph's last, is told a copy only where the lines before it were given twice)
        if i != done + 1 and (len(a) < _COPY_MIN or a == b or _HAN.search(a) is None):
            continue
        diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        if len(diffs) * _COPY_SHARE > max(len(a), _COPY_SHARE) or not all(_ocr_slip(x, y, stops) for x, y in diffs):
            continue
        blot_a = _PRIVATE_GATE.search(a) is not None or any(c in _BLOTS for c in a)
        blot_b = _PRIVATE_GATE.search(b) is not None or any(c in _BLOTS for c in b)
        k = i if blot_a and not blot_b else i + 1
        out[k] = " " * len(lines[k])
        done = i + 1  # (the copy is no line of its own for the line after it)
    return "\n".join(out)


def _unreadable_number(m: re.Match[str]) -> str:
    """A number touching a glyph without Unicode made unreadable, one for one (a code point alone stays)."""
    run = m.group()
    return _UNREADABLE * len(run) if any(c.isdigit() for c in run) else run


def _unrepeated(m: re.Match[str]) -> str:
    line = m.group(1)
    if _HAN.search(line) is None:  # table rows of figures alone may repeat
        return m.group()
    copies = m.group(2)
    return line + "".join(" " if ch != "\n" else ch for ch in copies)


def _ocr_number(m: re.Match[str]) -> str:
    """One number of a page that shows OCR letters: letters read as digits where the number has at least
    as many digits or opens on a digit or l/I (O2O is a name), and does not open on a zero."""
    tok = m.group()
    letters = sum(map(tok.count, "OolI"))
    if letters:
        digits = sum(ch.isdigit() for ch in tok)
        # more letters than digits: a number still where it opens as no name would (l4O个), not O2O
        # (O.3l: a point after the first letter, as no name has it, opens a number too)
        if not digits and _OCR_GROUPED.fullmatch(tok) is None \
                or digits < letters and tok[0] not in "0123456789lI" and tok[1:2] != ".":
            return tok
        read = tok.translate(_OCR_DIGIT)
        # no number opens on 0 but 0 itself and 0.5: a leading zero is a part of a number the OCR cut
        # (l，O24.8 is 1,024.8 with the comma OCR may have made of a point: no sure reading)
        return tok if read[0] == "0" and read[1:2].isdigit() else read
    return tok


def _ocr_spaced(m: re.Match[str]) -> str:
    """A number spaced out digit by digit on a page that shows OCR letters (3 6 O 张), read as `_ocr_number`
    reads it written whole (the spaces stay: the number is joined where spaced-out text is)."""
    tok = m.group()
    whole = tok.replace(" ", "")
    read = _ocr_number(_WHOLE.fullmatch(whole))  # type: ignore[arg-type]
    if read == whole:
        return tok
    return " ".join(read)


def _ocr_gapped(m: re.Match[str]) -> str:
    """A number whose thousands a gap sets apart on a page that shows OCR letters (l 320人, 8 OOO人): its letters
    read as digits where `_ocr_number` reads the number written whole so (the gap stays: the layout reads 1 320
    as one number, as it reads any such)."""
    tok = m.group()
    whole = tok.replace(" ", "")
    if _ocr_number(_WHOLE.fullmatch(whole)) == whole:  # type: ignore[arg-type]
        return tok
    return tok.translate(_OCR_DIGIT)


_WHOLE = compiled_re(r".+")


def _char_class(chars: Iterable[str]) -> str:
    """A regex class of the characters, consecutive code points as ranges: a class of a thousand loose
    characters is tried one by one at every position (the radical forms made folding 60× slower)."""
    runs: list[list[int]] = []
    for cp in sorted(map(ord, chars)):
        if runs and runs[-1][1] == cp - 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return "[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in runs) + "]"


_FOLDABLE = compiled_re(_char_class(_FOLD) + "+")
# every character one of `fold_width`'s steps needs before it changes a text (the foldable ones; the wide digits of
# thousands groups, the wide point; rules and bars; Roman numerals; closing brackets): a text with none is folded
# already
_FOLD_ANY = compiled_re(_char_class({*_FOLD, *map(chr, range(0xFF10, 0xFF1A)), _WIDE_POINT, *_RULE_GATE,
                                     *map(chr, range(0x2160, 0x2180)), ")", _WIDE_CLOSE, _SUM_OPEN, _WIDE_SQUARE}))
_SPACE_RUN = compiled_regex(f"[{regex.escape(_SPACES)}]+")


@functools.cache
def _label_gap(labels: tuple[str, ...], label_not: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """A table's, a figure's or a box's number (numerals.yaml neighbours.unsure_labels: 表1, 图3) and the gap after
    it before a digit (group 1): the gap ends the label, as a caption sets it (表1 34人, 图2 5.6%), and keeps one
    space; joined, the label's number runs into the figure's (134人), a wrong value. A word that ends as a label
    does and names none (label_not: 代表1 234人, a count's thousands gap) is no label. None for no labels."""
    if not labels:
        return None
    return compiled_re(f"(?:{_label_words(labels, label_not)})[0-9]{{1,2}}({_VISIBLE_GAP})(?=[0-9])")


@functools.cache
def _label_end(labels: tuple[str, ...], label_not: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """A line that ends on a label's number (详见表1 | 34个乡镇…, as `_label_gap`): the break ends the label, and the
    line under it that opens on a digit goes on after one space, never the label's number run into its own
    (134个). None for no labels."""
    if not labels:
        return None
    return compiled_re(f"(?:{_label_words(labels, label_not)})\\d{{1,2}}[{re.escape(_SPACES)}]*$")


def _label_words(labels: tuple[str, ...], label_not: tuple[str, ...]) -> str:
    """The labels as an alternation, longest first, each behind the look-behinds of the label_not words it ends
    (each of fixed width: (?<!代)表)."""
    return "|".join("".join(f"(?<!{re.escape(w[:-len(label)])})" for w in label_not
                            if w.endswith(label) and len(w) > len(label)) + re.escape(label)
                    for label in sorted(labels, key=len, reverse=True))
_SPACE_SPLIT = compiled_re(f"([{re.escape(_SPACES)}]+)")
# A gap between two Latin letters keeps one space (Mobile World)
_LETTER_GAP = compiled_re(f"[A-Za-z][{re.escape(_SPACES)}]+[A-Za-z]")
# A gap between two numbers that no justification makes (84.48 86.42, a table row read as a line):
# joined they would hold two decimal points, so the gap keeps one space and no number runs across it
# (asked of a line as written too, where points and signs may be any that fold to them: ３．５ ３．５)
_POINTS = re.escape("".join(sorted({".", *(k for k, v in _FOLD.items() if v == ".")})))
_SIGNS = re.escape("".join(sorted({"-", *(k for k, v in _FOLD.items() if v == "-")})))
# (… or a tab between two numbers: a text dump's or a word processor's cell gap, never justification inside a
# number: 5500\t5862\t106.6 read as one would be a wrong value)
_NUMBER_GAP = compiled_re(f"\\d[{_POINTS}]\\d+[{re.escape(_SPACES)}]+(?=[{_SIGNS}]?\\d+[{_POINTS}]\\d)"
                         f"|\\d *\\t[ \\t]*(?=[{_SIGNS}]?\\d)")
# A gap between two whole numbers that each stand alone, which justification never makes and no reader may join (a
# table's two cells or a year and a count read as a line: 12 15万人, 2025 12万人; joined they are a wrong value,
# 1215万人): the gap keeps one space. Matched is the number before the gap: a year (four digits, 19xx or 20xx) before
# any number; four digits or more, or a decimal, before two digits or more; four digits or more before a decimal of one
# whole digit, zero too (3860 4.6万人, 1000 0.5万吨: `_unsure_apart` decides which reads); two or three digits before
# two, or four or more. Never kept: a gap with one digit on either side but after a year (达10 0%, 3 6万张, 1 2 . 5 万:
# a line spaced out, justification's gap), one before a zero (21 00人: no number opens with 0), a thousands gap
# (1 234 567, 12 600万元: one to three digits, then groups of three), a year's two halves (20 20年: 19 or 20, then
# two digits)
# And a thousands group, the gap, then a decimal of one whole digit (收入 45 678 5.6%: no grouping parts a whole
# part's last digit from the rest, so two numbers, never 456785.6%; glued to a word, `_DOUBTFUL_RUN` makes the run
# unreadable, as `_unsure_apart` does 就业3860 4.6万人).
# And 19 or 20 before two digits and a percent (20 86.2%: no year goes on to a percent sign; 2086.2% is a wrong value).
# (a digit but zero, full-width too: the bulk path asks `_NEEDS_LOOK` of the line as written, １２ １５万人)
_NONZERO = "[1-9\\N{FULLWIDTH DIGIT ONE}-\\N{FULLWIDTH DIGIT NINE}]"
_PERCENT = "[%\\N{FULLWIDTH PERCENT SIGN}\\N{PER MILLE SIGN}]"
_VISIBLE_GAP = f"[{re.escape(_SPACES.replace(_ZERO_WIDTH, '').replace(chr(9), ''))}]+"
_APART_GAP = compiled_re(f"(?<![\\d{_POINTS}])(?:(?:19|20)\\d\\d(?={_VISIBLE_GAP}{_NONZERO})"
                        f"|\\d{{4,}}(?={_VISIBLE_GAP}(?:{_NONZERO}\\d|\\d[{_POINTS}]\\d))"
                        f"|(?!(?:19|20)[{re.escape(_SPACES)}])\\d{{2,3}}(?={_VISIBLE_GAP}{_NONZERO}(?:\\d|\\d{{3,}})(?!\\d)))"
                        f"|\\d[{_POINTS}]\\d+(?={_VISIBLE_GAP}{_NONZERO}\\d)"
                        f"|(?<=\\d[{re.escape(_SPACES)}])\\d{{3}}(?={_VISIBLE_GAP}\\d[{_POINTS}]\\d)"
                        f"|(?<![\\d{_POINTS}])(?:19|20)(?={_VISIBLE_GAP}{_NONZERO}\\d(?:[{_POINTS}]\\d+)?{_PERCENT})")
# Digits glued to a word that a gap or two part in a way neither a thousands grouping nor a line spaced out character
# by character makes, with no sure reading (joinprobe105); the whole run is made unreadable, never read joined:
# - three digits, a gap, one group of three, a decimal's tail or none (收入980 320亿元): no such thousands number was
#   seen glued to a word (grouped ones open on one or two digits: 意向5 160人, 12 860人), while two cells of a row run
#   together so;
# - four digits or more, no year, a gap, then one digit but zero and a word, a mark or the line's end (床位1200 3张,
#   床位1200 3 | 张): a footnote's or a page's number beside a figure, or one digit a PDF set apart? 12003张 may be
#   wrong, and 3张 too;
# - two digits or more, a gap, one digit, a gap, two digits or more (就业12 3 45人): three groups no grouping makes.
# - a grouped number (one to three digits, then groups of three: 3 860) or two short groups (38 60), a gap, then one
#   digit before a word or a decimal of one whole digit (床位1 200 3张, 就业3 860 4.6万人, 收入45 678 5.6%): as
#   doubtful as the same after four digits run together (就业3860 4.6万人, `_unsure_apart`).
# (Asked of the line folded, where `_append_line` looks before it drops any gap, and of the line as written by the
# bulk path: `\d` takes full-width digits too. A run holding a gap a table row or a label keeps is theirs.)
_GLUED = f"(?<=[^\\d\\s{_POINTS},{re.escape(_SPACES)}])"
_DOUBTFUL_RUN = compiled_re(f"{_GLUED}\\d{{3}}{_VISIBLE_GAP}(?!0)\\d{{3}}(?:[{_POINTS}]\\d+)?"
                            f"(?![\\d{_POINTS},]|{_VISIBLE_GAP}\\d)"
                            f"|{_GLUED}(?!(?:19|20)\\d\\d[^\\d])\\d{{4,}}{_VISIBLE_GAP}(?!0)\\d"
                            f"(?=(?:{_VISIBLE_GAP})?(?:[^\\d{_POINTS}{re.escape(_SPACES)}]|$))"
                            f"|{_GLUED}\\d{{2,}}{_VISIBLE_GAP}\\d{_VISIBLE_GAP}\\d{{2,}}(?![\\d{_POINTS}])"
                            f"|{_GLUED}\\d{{1,3}}(?:{_VISIBLE_GAP}\\d{{3}})+{_VISIBLE_GAP}(?!0)\\d"
                            f"(?=(?:{_VISIBLE_GAP})?(?:[^\\d{_POINTS}{re.escape(_SPACES)}]|$))"
                            f"|{_GLUED}\\d{{1,3}}(?:{_VISIBLE_GAP}\\d{{2,3}})+{_VISIBLE_GAP}\\d[{_POINTS}]\\d+")
# A list item's number and its point opening a line, a gap after it and a number glued to what follows it
# (1. 3200人完成培训, 2. 15个乡镇): where the line opens a paragraph or goes on after a mark (如下： | 1. 3200人), the gap
# ends the item's number and keeps one space (joined, 1.3200人 is 1.32 人, a wrong value); the gap of a line spaced
# out character by character (1. 3 2 0 0人) is justification's, and a line that goes on from a word (增长 | 1. 5%)
# may hold a number's tail: left joined, unless the line above opens with the item before (`_next_item`). Group 1:
# the gap.
_ITEM = compiled_re(f"\\s*(\\d{{1,2}})[{_POINTS}]")
# A line that ends on a whole number of four digits or more, no point in it, and a next line that opens on a decimal
# (…新增就业3860 | 4.6万人, …就业人数3860 | 12.5万人次: joinprobe105): one number a line's end cut (38604.6万人) where
# the line fills the page's column or its own narrow one (`_fills_own_column`), as a wrap's line does; a shorter line
# is no wrap's, and its end meets the next line's opening as two columns or two cells run together do: the break keeps
# one space, never a wrong value of the two joined (`_Repairer.line`; the bulk path sends such a line there). (Two or
# three digits before the break are left joined: a narrow column's wrap cuts a number so often, 接待游客48 | 6.2万人次.)
_WHOLE_END = compiled_re(f"(?<![\\d{_POINTS}])\\d{{4,}}$")
# (a whole number opening the line is left joined: a column's wrap cuts a count so, 收入3386 | 0元, which the width
# of a page of side-by-side columns may not tell from a short line; nor is a table's column read a cell a line)
_DECIMAL_OPENS = compiled_re(f"\\d+[{_POINTS}]\\d")


def _next_item(above: str, opening: str) -> bool:
    """Whether the line above opens with an item's number (1.) one less than the item's number `opening` a line
    opens with (2.): the next item of a list (1. 3200人完成培训 | 2. 15个乡镇完成改造), however the line above ends."""
    a, b = _ITEM.match(above), _ITEM.match(opening)
    return a is not None and b is not None and int(b.group(1)) == int(a.group(1)) + 1


_ORDINAL_GAP = compiled_re(f"[0-9]{{1,2}}[{_POINTS}]({_VISIBLE_GAP})(?=[0-9]+[^0-9{re.escape(_SPACES)}])")
# A line that is a label and numbers, a gap between two of them, to its end: a table's row (医院 个 125 130),
# or a line of a sentence that a gap inside a number ends (全市共有医院 1 280 | 家)? `_Repairer.row_gaps` decides
_S = f"[{re.escape(_SPACES)}]"
# A cell a table leaves blank (村卫生室 186 — 342: no beds; 专业公共卫生机构 26 - 520: no change given): a dash or an
# ellipsis or a slash with a gap on both sides (a hyphen with none after it is a sign, 86.5 -1.6), as tables.yaml blank_cells
# (asked of a line folded to half width: a full-width hyphen is a hyphen by then)
_BLANK = "[—…\\-/]"
# … and a ratio's cell at a row's end (生师比 13.6:1, tables.yaml ratio_columns): no figure, the row still one
_RATIO = "\\d+(?:\\.\\d+)?[:\\N{FULLWIDTH COLON}\\N{RATIO}]1"


# A row's cell whose thousands a single space sets apart where wider gaps set its cells apart (pdftotext -layout of
# a table set with thin spaces: 合计␣␣␣␣468␣␣␣␣4␣126␣␣␣␣4␣862): a group of one to three digits, one space, a group of
# three (decimals maybe), each a whole cell's piece (`_thin_thousands`)
_THIN_GAP = compiled_regex(r"(?<![\d.,])-?\d{1,3}(?P<gap> )\d{3}(?:\.\d+)?(?![\d.,])")


def _thin_thousands(folded: str, start: int, end: int, gaps: list[int], columns: int) -> list[int]:
    """The row's gaps (`gaps`, where each starts between `start` and `end`, its cells) without the single spaces that
    set a cell's thousands apart: where every other gap of the row, the one after its label too, is two spaces wide
    or more, and the cells so joined are no more than the head's value columns (`columns`); else `gaps` as they are.
    A gap as narrow as the rest may be a column's: no join there, the row's cells read as `tablerows` reads them
    (more cells than columns where a gap may mark thousands: no figure)."""
    thin = [t.start("gap") for t in _THIN_GAP.finditer(folded, start, end)]
    if not thin:
        return gaps
    runs = {r.start(): r.end() - r.start() for r in _SPACE_RUN.finditer(folded, 0, end)}
    before = folded[:start]
    if len(before) - len(before.rstrip(_SPACES)) < 2:
        return gaps  # (the label's gap as narrow: the line's gaps tell nothing)
    if any(runs.get(g, 0) < 2 for g in gaps if g not in thin):
        return gaps
    cells = len(folded[start:end].split()) - len(thin)
    if cells > columns:
        return gaps
    return [g for g in gaps if g not in thin]


@functools.cache
def _row_pattern(tail: str, band: str = "") -> regex.Pattern[str]:
    """The row pattern, a cell's number followed by one of the qualifier words `tail` (an alternation, the
    tables lexicon's: 6左右) or by nothing; its label may hold an age band (`band`, a pattern: 0-14岁).
    Compiled when a line first ends as a row does (`_ROW_TAIL`), not at each start: most texts hold no
    table, and the two row patterns cost about 2 ms to compile."""
    number = "-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"  # (168,520: a cell with thousands marks)
    cell = f"{number}(?:{tail})?" if tail else number
    # (a cell's sign may run into the number before it, 86.5-1.6: two cells, no number holds a sign inside;
    # a blank cell may stand between two, 186 — 342; two decimals may run into each other, 31.84100.0: where
    # they part is `tablerows`' to say; a whole number in brackets may stand between two after the first, a gap
    # either side, 98  （2）  76: a fall an accountant writes so, or a figure held apart, `tablerows`' to say too)
    later = f"(?:{cell}|(?<={_S})[(\\uff08]\\d{{1,6}}[)\\uff09](?={_S}))"
    label = (f"(?:(?:{band})|\\D)*?(?:(?:{band})|[^\\d{re.escape(_SPACES)}])" if band
             else f"\\D*?[^\\d{re.escape(_SPACES)}]")
    return compiled_regex(f"{_S}*(?P<label>{label}){_S}*"
                         f"(?P<cells>{cell}(?:(?:{_S}+(?:{_BLANK}{_S}+)*|(?<=\\d)(?=-)|(?<=\\d\\.\\d+)(?=\\d+\\.\\d)){later})*)"
                         f"(?:{_S}+(?:{_BLANK}|{_RATIO}))*{_S}*")


# A row whose cells write their own unit after the number (地区生产总值 5976.3亿元 4.3%): a row only under
# a table's head (`_Repairer.row_gaps`); beside them a bare number (a growth under 增长%: 428.6亿元 5.4) or a
# blank cell (— 7.3, the level not given), one cell of its own unit at least (else it is `_row_pattern`'s row)
# (… maybe after a bound's mark, a goal's cell ≥3200个: tables.yaml bound_marks)
_OWN = r"[<>\u2264\u2265\uff1c\uff1e\u2266\u2267]?-?\d+(?:\.\d+)?[\p{L}%\uff05\u2030]{1,5}"
_OWN_OR_BARE = f"(?:{_OWN}|-?\\d+(?:\\.\\d+)?(?![\\d.])|{_BLANK})"


@functools.cache
def _own_row(lead: str = "") -> regex.Pattern[str]:
    """The row of cells with their own units, compiled when first asked (as `_row_pattern`); lead: the growth words
    (an alternation, the tables lexicon's change_labels) a goal's cell may write before its number (增长6%左右)."""
    own = f"(?:(?:{lead})?{_OWN})" if lead else _OWN
    either = f"(?:{own}|-?\\d+(?:\\.\\d+)?(?![\\d.])|{_BLANK})" if lead else _OWN_OR_BARE
    return compiled_regex(f"{_S}*(?P<label>\\D*?[^\\d{re.escape(_SPACES)}]){_S}+"
                          f"(?P<cells>(?:{either}{_S}+)*?{own}(?:{_S}+{either})*){_S}*")


@functools.cache
def _worded_end(lead: str) -> regex.Pattern[str]:
    """A line's last cell written as a goal is in a sentence, after a gap: a growth or bound word (lead: an alternation),
    the number, its own mark or unit and qualifier (增长6%左右, 控制在5.5%以内), compiled when first asked."""
    return compiled_regex(f"{_S}(?:{lead}){_OWN}{_S}*$")


@functools.cache
def _barred_number(lead: str) -> regex.Pattern[str]:
    """A cell of a row set out with bars that holds a number (`_Repairer._barred_gaps`): a growth word maybe (lead: the
    tables lexicon's change_labels), a bound's mark maybe, the number, its unit, mark or qualifier maybe (增长5.5%左右,
    2.2万人以上, 186.4亿元, 1,262); or a blank's mark."""
    grown = f"(?:{lead})?" if lead else ""
    return compiled_regex(f"{grown}[<>\\u2264\\u2265\\uff1c\\uff1e\\u2266\\u2267]?-?(?:\\d{{1,3}}(?:,\\d{{3}})+|\\d+)"
                          f"(?:\\.\\d+)?[\\p{{L}}%\\uff05\\u2030]{{0,6}}|{_BLANK}")


# … or words alone (预期性, 完成省市下达任务: a remark, a goal set with no number)
_BARRED_WORDS = compiled_regex(r"\p{L}{1,16}")


# A row whose unit cell stands among its cells, a gap either side (学校数 1,286 所 -1.8, under 指标 2025年 单位
# 比上年增长（%）): a row only under a table's head of as many value columns as it has numbers (`_Repairer.row_gaps`);
# `tablerows` reads it where the head's unit column stands there
_UNIT_AMONG_NUMBER = "-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"


@functools.cache
def _unit_among() -> regex.Pattern[str]:
    """The row of cells with its unit cell among them, compiled when first asked (as `_row_pattern`)."""
    number = _UNIT_AMONG_NUMBER
    return compiled_regex(f"{_S}*(?:(?P<label>\\D*?[^\\d{re.escape(_SPACES)}]){_S}+)?"
                          f"(?P<cells>(?:{number}{_S}+)+(?:[^\\W\\d_]{{1,4}}|{_PERCENT})(?:{_S}+{number})+){_S}*")


# … a gap before its last number: only such a line is a row (the bulk path looks at it alone, and takes
# every other line as joining its paragraph); the number may carry a short word after it (6左右, a
# qualifier: `_Repairer.row_gaps` asks the tables lexicon which)
# (a blank cell may end the row, 城镇调查失业率 % 5.1 —: tables.yaml blank_cells; the number may mark its thousands,
# 在校生 38,265, as a row's cells may: `_row_pattern`)
_BLANK_CELLS = f"(?:{_S}+(?:{_BLANK}|{_RATIO}))*"
_RATIO_TAIL = compiled_re(f"{_RATIO}{_S}*$")
_ROW_END = (f"(?:{_S}+|(?<=[\\d—…])(?=-\\d+\\.\\d))-?(?:\\d{{1,3}}(?:,\\d{{3}})+|\\d+)(?:\\.\\d+)?"
            f"(?:[^\\W\\d_]{{1,2}}|[%\\uff05])?{_BLANK_CELLS}{_S}*$")
_ROW_TAIL = compiled_re(_ROW_END)
# a row's last cell of words after a gap (基本完成: `_Repairer.row_gaps` asks the tables lexicon's word_cells), or its
# last but one before a rank's bare number (… 完成 4: `TableLines.ranked` reads 第4位 so)
_WORD_CELL = compiled_regex(f"(?<=\\d){_S}+(\\p{{L}}{{1,6}})(?P<rank>{_S}+\\d{{1,3}})?{_S}*$")
# A row's numbers with no label (`_Repairer.row_gaps`): plain numbers, gaps between them
_BARE_ROW = compiled_re(f"{_S}*-?\\d+(?:\\.\\d+)?(?:{_S}+-?\\d+(?:\\.\\d+)?)+{_S}*")
# A line that shows cells: a label (words that end in no digit: 2024年 may be one), then two or more numbers to its
# end, each set apart by a gap and each maybe with its unit's word (城镇新增就业 20 15万人: two cells, 20 and 15万人).
# A year's two halves there (19 or 20, a gap, two digits, or a decimal its unit's word follows: no date, 2012.3)
# are two cells unless the year's word follows (`_Repairer.cell_gaps`)
_CELLS_LINE = compiled_regex(f"{_S}*(?P<label>[^{re.escape(_SPACES)}]*[^\\d{re.escape(_SPACES)}]"
                             f"(?:{_S}+[^{re.escape(_SPACES)}]*[^\\d{re.escape(_SPACES)}])*)"
                             f"(?P<cells>(?:{_S}+-?\\d+(?:\\.\\d+)?(?:[^\\W\\d_]{{1,3}}|{_PERCENT})?){{2,}}){_S}*")
_HALVES_GAP = compiled_regex(f"(?<={_S})(?:19|20)(?P<gap>{_VISIBLE_GAP})[1-9]\\d(?:(?![\\d.])|\\.\\d+(?=[^\\W\\d_]))")
# A line with no space that ends in a row's cells, the growth's sign run into the level or a blank cell (税收收入亿元
# 45.2-0.8, 固定资产投资%—-2.3): the bulk path looks at it alone, as at a row set out with gaps
_SIGNED_END = compiled_re(r"[\d—…]-\d+(?:\.\d+)?[ \t]*$")
# A line with no space that ends in two decimals run into each other, the gap between two cells lost (常住人口
# 31.84100.0: 31.84 and 100.0; no number holds two points): the bulk path looks at it alone too; only under a
# table's head is it a row (`_Repairer.row_gaps`), which `tablerows` parts where the head's columns allow
_GLUED_END = compiled_re(r"\d\.\d+\.\d+[ \t]*$")
# a row's number opening a line, a gap after it (1  科尔沁区  5820): the first row under a head whose first column is
# the rows' numbers or their ranks (序号, 排名: `TableLines.head_frame`)
_ROW_NUMBER_OPEN = compiled_re(r"[ \t]*\d{1,3}[ \t]+\S")
# A line with no space that ends in a number right after a closing bracket (门急诊人次（万人次）92.3: a table of one
# value column, the row's unit in brackets before its cell): the bulk path looks at it alone; a row only under a head
_BRACKET_END = compiled_regex(r"\p{Pe}-?\d+(?:\.\d+)?[ \t]*$")  # (brackets told by their Unicode category)
_LAST = operator.itemgetter(slice(-1, None))  # a line's last character ("" for an empty line)
# A line the bulk path looks at alone: a space at its start, two in a row (a gutter?), or a kept one,
# or a gap between two numbers at its end (a row?), or a bar between cells (| 失业保险 | 0.68 |: folded to gaps)
_NEEDS_LOOK = compiled_re(f"^[{re.escape(_SPACES)}]|[ \u3000]{{2,}}|{_LETTER_GAP.pattern}|{_NUMBER_GAP.pattern}"
                         f"|{_APART_GAP.pattern}|{_DOUBTFUL_RUN.pattern}"
                         f"|{_ROW_END}|[{CELL_BARS}]")
# … asked of the lines that hold a space, or a bar (a table set out with bars, which the fold makes gaps)
_SPACE_OR_BAR = compiled_re(f"[{re.escape(_SPACES)}{CELL_BARS}]")
# A line spaced out character by character to its end (完 成 预 算 的 1), and one that goes on spaced
# out from its first character ( 0 4 . 3 %), or from a number's last digit alone ( 8 亿元 after 1 5 .): the
# gap fell at the line break, the line is no indent
_SPACED_END = compiled_re(r"(?:\S )+\S$")
_SPACED_START = compiled_re(r"^ (?:\S ){2}|^ [0-9.%] ")
# A number's thousands gap that fell at the line break: the line ends on one to three digits after no digit nor
# point, the line under it opens with one space (of any width) and a group of three digits that no digit nor
# point goes on from
_GAP_END = compiled_re(r"(?<![0-9.,])[0-9]{1,3}$")
_GAP_START = compiled_re(f"^[{re.escape(_SPACES)}][0-9]{{3}}(?![0-9.,])")
_SPACE_OR_BREAK_SPLIT = compiled_re(f"([{re.escape(_SPACES)}\n]+)")
# Simple classes scan faster with the standard library's engine; these two run once per line.
_HAS_SPACE = compiled_re(f"[{re.escape(_SPACES)}]")
# A page's number alone on its line (  3): under a full line, inside the sentence a page break cut, it is
# dropped as a running head is (累计达到 / 3 / 1080张 joined would read 31080张, a wrong value). No rule
# pattern: a pattern that needs no character of its own would take the gate off every line opener.
_PAGE_NUMBER = compiled_re(r"[0-9]{1,3}")
# the last field of a line, after a gap (a caption's unit note after its title: …产量　单位：万吨)
_NOTE_AFTER_GAP = compiled_re(r"[ \t\u3000]+([^ \t\u3000]+)$")
# a line that is a number and nothing else, whole or with a point (a chart's value or tick printed a box a line)
_BARE_VALUE = compiled_re(f"\\d+(?:[{_POINTS}]\\d+)?")
# A line of Latin words alone, three or more (a headline's English subtitle under it: Wufeng Health Report 2025:
# More Beds Closer to Home): no Chinese sentence's line, a paragraph of its own wherever it stands
_DROP_CAP_NEXT = 8  # the fewest characters of the line under a drop cap (`_Repairer.line`)
_LATIN_LINE = compiled_re(r"[A-Za-z][A-Za-z'\u2019-]*(?:[ ,:;.&/()\u2013-]+[A-Za-z0-9][A-Za-z0-9'\u2019-]*){2,}[.!?)]?")
# A line of 1–3 digits and the line under it opening with a digit (the literal break first: the scan runs in
# C). Told a piece of a number a hard wrap cut, not a page's number, when the line under it opens with 0 and a
# digit (no number opens so: 小麦 / 1 / 018.6万亩 is 1018.6万亩) or the line above ends with a digit too.
_DIGITS_LINE = compiled_re(r"\n[ \t]*[0-9]{1,3}[ \t]*\n[ \t]*[0-9]")
# The longest line that may be a page's running head between two rows of a table (the document's title)
_RUNNING_HEAD = 40
_WIDE_GAP = compiled_re("[\u3000\u2003]|\\S {2,}\\S|\\S\t\\S")  # a running head's gap between its fields
_TITLE_PART = 6  # the fewest characters of a running head that shortens the title, or of a title it lengthens
_HEAD_OPENING = 8  # the fewest characters of the title's opening words a running head that leaves out its middle keeps
_HEAD_BLOCK = 3  # the lines over and under a page's running head that may be its block's (its paper, its page)
_WRAP_LABEL = 12  # a row's label run on to a line under the row's cells holds no more characters than this
# Two spaces or more in a row inside a line: a gutter between columns glued onto one line (the column stage's)
_GUTTER = compiled_re(f"\\S[{re.escape(_SPACES)}]{{2,}}\\S")
# The line breaks str.splitlines() knows, so a page split here splits as it would there.
_BREAK = compiled_re(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_ASCII_BYTES = bytes(range(128))
# Line breaks other than \n: a text holding one is taken line by line (`_Lines.feed`).
_OTHER_BREAKS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


_OTHER_BREAKS_BUT_FF = _OTHER_BREAKS.replace("\f", "")
_OTHER_BREAKS_BUT_FF_CR = _OTHER_BREAKS_BUT_FF.replace("\r", "")
_LONE_CR = compiled_re(r"\r(?=[^\n])")  # (a \r at the end of the text or of a piece ends its line as \r\n does)


def _odd_break(text: str, end: int) -> bool:
    """Does text[:end] hold a line break other than \n, \r\n and a form feed? A text whose lines end on \r\n
    (PDFium's, a Windows file's) is told line by line as one whose lines end on \n: another item's headline, a
    number box's figure over its label; a lone \r or any other break makes its lines no such page's."""
    if _other_break(text, end, _OTHER_BREAKS_BUT_FF_CR):
        return True
    lone = _LONE_CR.search(text) if text.find("\r", 0, end) >= 0 else None
    return lone is not None and lone.start() < end


def _other_break(text: str, end: int | None = None, breaks: str = _OTHER_BREAKS) -> bool:
    """Does text[:end] hold a line break other than \n? One `find` per break character runs in C
    over the page, a third of the time a pattern of the nine takes (sre tries its class at every position)."""
    stop = len(text) if end is None else end
    return any(text.find(ch, 0, stop) >= 0 for ch in breaks)

# The page width is judged on the lines of the first this many characters.
WIDTH_SAMPLE = 1_000_000
# A line longer than 2 × MAX_LINE (a page extracted without line breaks) is cut into
# paragraphs of at most MAX_LINE characters, each after a sentence end where there is one.
MAX_LINE = 100_000


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _is_ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _lines(source: str) -> Iterator[tuple[int, str]]:
    """(offset, line without its \r/\n break) lazily, as str.splitlines(keepends=True) and rstrip would give.

    A list of every line would hold a large page twice over in small string objects.
    """
    pos = 0
    for m in _BREAK.finditer(source):
        yield pos, source[pos:m.start() if m.group()[0] in "\r\n" else m.end()]
        pos = m.end()
    if pos < len(source):
        yield pos, source[pos:]


def _width(line: str) -> float:
    """Printed width in Han characters: digits and Latin letters take about half a column."""
    if line.isascii():
        return 0.5 * len(line)
    data = line.encode("utf-8", "surrogatepass")
    n_ascii = len(data) - len(data.translate(None, _ASCII_BYTES))
    return (len(line) - n_ascii) + 0.5 * n_ascii


# The non-empty lines of `_lines` in one call: a break of \r or \n is dropped, any other stays at the end of its line.
_SPLIT_LINES = compiled_re(r"\r\n|[\n\r]|(?<=[\v\f\x1c\x1d\x1e\x85\u2028\u2029])")


def _typical_width(source: str) -> float:
    """The most common printed width (rounded) of the lines of at least 8 characters, spaces stripped, but for a
    running head: a line written the same at least `_HEAD_REPEATS` times (the paper's name, date and issue over each
    page) is no line of the column. A phone edition's small pages hold two or three lines of text each, and its head,
    wider than they, would else be the commonest width, so that the text's full lines looked short and a sentence the
    page cut ended at the page's foot (…每千常住人口医疗卫生机构床位 | 第5页 共10页 | head | 6.86张). Only a head wider than
    the text's lines is left out (one narrower, a slide's foot under each slide's few lines, makes no line look short);
    and where such lines are as many as the others, they are the text (a list of entries alike), and count."""
    widths = _width_counts(source)
    if not widths:
        return 10.0**9
    typical = widths.most_common(1)[0][0]
    repeated = _repeated_widths(source)
    if repeated.get(typical):
        rest = widths - repeated
        if rest and rest.total() > repeated.total() and rest.most_common(1)[0][0] < typical:
            return float(rest.most_common(1)[0][0])
    return float(typical)


_HEAD_REPEATS = 3  # the fewest times a line written the same is a page's running head (`_typical_width`)


def _repeated_widths(source: str) -> Counter[int]:
    """The printed widths (rounded) of the lines of at least 8 characters, spaces stripped, that are written the same
    at least `_HEAD_REPEATS` times, each counted as often as it stands."""
    bodies = source.split("\n") if not _other_break(source) else _SPLIT_LINES.split(source)
    lines = Counter(map(methodcaller("strip", _SPACES), bodies))
    out: Counter[int] = Counter()
    for line, k in lines.items():
        if k >= _HEAD_REPEATS and len(line) >= 8:
            out[round(_width(line))] += k
    return out


def _widths_shared(source: str) -> bool:
    """Do two of the lines `_typical_width` measures share a width? Where none do (a short web item: a headline,
    a meta line, a lead a line), the typical width is only the first line's, the headline's, and tells no column."""
    widths = _width_counts(source)
    return bool(widths) and widths.most_common(1)[0][1] >= 2


def _width_counts(source: str) -> Counter[int]:
    """The printed widths (rounded) of the lines of at least 8 characters, spaces stripped, counted in the order
    each first appears."""
    widths: Counter[int] = Counter()
    if not _other_break(source):
        # lines broken by \n alone, measured at once: twice the width, 2 × characters - ASCII ones,
        # counted in C and rounded per distinct value (in the order each first appears, as above);
        # encoding to ASCII and dropping the rest keeps each line's ASCII characters, twenty times
        # quicker than a pattern taking out the others
        stripped = list(map(methodcaller("strip", _SPACES), source.split("\n")))
        n_chars = list(map(len, stripped))
        n_ascii = map(len, "\n".join(stripped).encode("ascii", "ignore").split(b"\n"))
        doubled = Counter(compress(map(operator.sub, map((2).__mul__, n_chars), n_ascii), map((7).__lt__, n_chars)))
        for twice, count in doubled.items():
            widths[round(twice / 2)] += count
    else:
        for body in _SPLIT_LINES.split(source):  # the lines of `_lines`, without their offsets
            stripped = body.strip(_SPACES)
            if len(stripped) >= 8:
                widths[round(_width(stripped))] += 1
    return widths


_LONG_LINE = 30  # a line of at least this many characters tells how the page is written (`_paragraph_a_line`)
_OWN_CHARS = (2, 40)  # a line set apart as a paragraph on a page written a paragraph a line (`own_lines`)


def _paragraph_a_line(source: str, complete: str) -> bool:
    """The page is written a paragraph a line (a web page's or a file's text, not hard-wrapped): of its
    lines of at least `_LONG_LINE` characters (two at least), seven in ten end complete (。 or a closing
    quote), and of its lines of at least 8 characters, those that end otherwise share no width (give or
    take one) but as two of them or four in ten of all (headings, as short as each other, may). A
    hard-wrapped page's lines fill its column and break off mid-sentence, all about as wide; its typical
    width (`_typical_width`) means nothing on the other kind. Measured in C over the lines, as
    `_typical_width` measures them, once for the page."""
    bodies = source.split("\n") if not _other_break(source) else _SPLIT_LINES.split(source)
    stripped = list(map(methodcaller("strip", _SPACES), bodies))
    lines = list(compress(stripped, map((7).__lt__, map(len, stripped))))
    long_lines = list(compress(lines, map((_LONG_LINE - 1).__lt__, map(len, lines))))
    n = len(long_lines)
    if n < 2:
        return False
    ends = set(complete)
    if 10 * sum(map(ends.__contains__, map(operator.itemgetter(-1), long_lines))) < 7 * n:
        return False
    open_lines = list(compress(lines, map(operator.not_, map(ends.__contains__, map(operator.itemgetter(-1), lines)))))
    if len(open_lines) < 3:
        return True
    n_ascii = map(len, "\n".join(open_lines).encode("ascii", "ignore").split(b"\n"))
    widths = Counter(map(round, map((0.5).__mul__, map(operator.sub, map((2).__mul__, map(len, open_lines)), n_ascii))))
    shared = max(widths[w - 1] + widths[w] + widths[w + 1] for w in widths)
    return shared <= 2 or 10 * shared <= 4 * len(lines)


# The alternations `starts_with_any` compiled, by their patterns' texts and flags. regex compiles
# a pattern with its parser written in Python (the six of the shipped lexicon: ~25 ms, every
# start, on its first page); a pickled pattern comes back from its compiled code. So the
# prepared extractor carries the ones its lexicon needs (`alternations`) and hands them back as
# it is loaded (`keep_alternations`): the same patterns, without parsing them again.
_ALTERNATIONS: dict[tuple[tuple[str, int], ...], regex.Pattern[str]] = {}


def _alternation(pats: Sequence[regex.Pattern[str]]) -> regex.Pattern[str] | None:
    """The patterns as one alternation, or None where they cannot be one (see `starts_with_any`)."""
    key = tuple((p.pattern, p.flags) for p in pats)
    combined = _ALTERNATIONS.get(key)
    if combined is None:
        if len({p.flags for p in pats}) != 1 or any(regex.search(r"\\[1-9]|\(\?P=|\\g<", p.pattern) for p in pats):
            return None
        try:
            combined = _ALTERNATIONS[key] = compiled_regex("|".join(f"(?:{p.pattern})" for p in pats), pats[0].flags)
        except regex.error:
            return None
    return combined


def alternations(sets: Iterable[Sequence[regex.Pattern[str]]]) -> dict[tuple[tuple[str, int], ...], regex.Pattern[str]]:
    """The compiled alternations of these sets of patterns, by their texts and flags (for a pickle)."""
    out = {}
    for pats in sets:
        if pats and (combined := _alternation(list(pats))) is not None:
            out[tuple((p.pattern, p.flags) for p in pats)] = combined
    return out


def keep_alternations(made: Mapping[tuple[tuple[str, int], ...], regex.Pattern[str]]) -> None:
    """Alternations compiled before (`alternations`, in a pickle): `starts_with_any` takes them as they are."""
    for key, pattern in made.items():
        _ALTERNATIONS.setdefault(key, pattern)


@functools.lru_cache(maxsize=64)  # (a document asks ~11 sets: 8 were swept out and made again each document)
def starts_with_any(starts: tuple[regex.Pattern[str], ...]) -> Callable[[str], object]:
    """Does a line start with one of the patterns: one alternation tried once instead of each in turn
    (does a line open a paragraph; in segment, may it open or close an article).

    Only for match/no-match (the answer is truthy or not), so the patterns combine safely unless one refers back to a
    group by number or name; then, or if they do not compile together, each is tried.
    """
    pats = list(starts)
    if not pats:
        return lambda _line: False
    combined = _alternation(pats)
    if combined is None:
        return lambda line: any(p.match(line) for p in pats)
    key = tuple((p.pattern, p.flags) for p in pats)
    if key not in _GATES:
        _GATES[key] = _gate(pats)
    parts = _GATES[key]
    if parts is None:
        return combined.match  # a match or None; the bound method maps over a page's lines without a frame each
    tests = tuple((_test(gate, anchored), sieve.search if sieve is not None else None, alternation.match)
                  for gate, anchored, sieve, alternation in parts)
    if len(tests) == 1:
        (search, sift, match), = tests
        if sift is None:
            looks = lambda line: match(line) if search(line) is not None else None  # noqa: E731
        else:
            looks = lambda line: match(line) if search(line) is not None and sift(line) is not None else None  # noqa: E731
    else:
        # (the first part, of the patterns told by their first character, has no sieve: `_gate`; a sieve left
        # unasked only costs the alternation's time, never an answer)
        (search, _, match), (search2, sift, match2) = tests
        sift = sift or _ALWAYS.search
        looks = lambda line: (match(line) if search(line) is not None else None) or (  # noqa: E731
            match2(line) if search2(line) is not None and sift(line) is not None else None)
    _GATED[looks] = tests
    return looks


def _test(gate: re.Pattern[str] | None, anchored: bool) -> Callable[[str], object]:
    """A gate's test of a line: its class at the line's start (`anchored`) or anywhere; always true without one."""
    if gate is None:
        return _ALWAYS.match
    return gate.match if anchored else gate.search


_ALWAYS = compiled_re("")  # (a match of nothing: the alternation of patterns no gate reads is tried on every line)
# The gated tests `starts_with_any` made, with their parts' gates' tests, sieves' searches (or None) and alternations'
# matches: a page's lines are asked in two or three maps in C a part (`_looking`), not through one Python frame per line
_GATED: dict[Callable[[str], object],
             tuple[tuple[Callable[[str], object], Callable[[str], object] | None, Callable[[str], object]], ...]] = {}


def _looking(looks: Callable[[str], object], lines: Sequence[str], numbers: Sequence[int]) -> list[int]:
    """The numbers k among `numbers` (in their order) for which looks(lines[k]) holds."""
    gated = _GATED.get(looks)
    if gated is None:
        return list(compress(numbers, map(looks, map(lines.__getitem__, numbers))))
    found: list[int] = []
    for search, sift, match in gated:
        hit = list(compress(numbers, map(search, map(lines.__getitem__, numbers))))
        if hit and sift is not None:
            hit = list(compress(hit, map(sift, map(lines.__getitem__, hit))))
        if hit:
            found.extend(compress(hit, map(match, map(lines.__getitem__, hit))))
    if len(gated) == 1 or not found:
        return found
    held = set(found)
    return list(compress(numbers, map(held.__contains__, numbers)))


# A gate's part: its class (None: no gate), whether the class is asked of the line's first character (the
# patterns' opening characters, `precheck.first_chars`) or of any (`_gate_chars`), the sieve asked of a line the
# class lets through (`_sieve`, or None), and the patterns' alternation
Part = tuple[re.Pattern[str] | None, bool, re.Pattern[str] | None, regex.Pattern[str]]


def _gate(pats: Sequence[regex.Pattern[str]]) -> tuple[Part, ...] | None:
    """The gated parts of a set of line patterns, None where no gate reads them. The patterns whose matches'
    first character `precheck.first_chars` tells (■ …, 第…章, 一、…: a line is matched at its start) are asked of a
    line only where it opens with one of those characters; the others behind the class of `_gate_chars` (讯, 年, a
    space: characters each of their matches holds somewhere), apart, so that a line holding 年 is not asked
    every opening pattern of the set as well (the alternations of the two halves answer as the whole set's)."""
    firsts = [first_chars(p.pattern, p.flags) for p in pats]
    opening = [p for p, chars in zip(pats, firsts, strict=True) if chars]
    rest = [p for p, chars in zip(pats, firsts, strict=True) if not chars]
    a = _alternation(opening) if opening else None
    b = _alternation(rest) if rest else None
    if a is None or (rest and b is None):
        chars = _gate_chars(pats)  # (all in one alternation behind one class, as before the split)
        combined = _alternation(list(pats))
        return ((compiled_re(f"[{chars}]"), False, _sieve(pats), combined),) if chars and combined is not None \
            else None
    opens = "".join(re.escape(c) for c in sorted(set().union(*(c for c in firsts if c))))
    parts: list[Part] = [(compiled_re(f"[{opens}]"), True, None, a)]
    if b is not None:
        chars = _gate_chars(rest)
        parts.append((compiled_re(f"[{chars}]") if chars else None, False, _sieve(rest) if chars else None, b))
    return tuple(parts)


def _sieve(pats: Sequence[regex.Pattern[str]]) -> re.Pattern[str] | None:
    """A `re` search every line one of the patterns matches at its start holds a match of, finer than the class of
    `_gate_chars`: the alternation of each pattern's own gate. That is the characters its matches open with, at the
    line's start (`precheck.opening_run`: ^[\\d][\\d]{0,1}[.．、] of a numbered item); else, or as well, the characters
    its matches hold side by side somewhere (`precheck.pair_gate`: 工作[安计] of a heading that ends in 工作安排 or
    工作计划), else the smallest set of characters it needs. The class lets through every line holding one character
    any pattern needs (作, 年, a digit and a point, a space: a third of a news page's lines), where the alternation
    tries each of its patterns; the sieve, a scan in C, keeps far fewer. None where a pattern needs nothing to be
    read so."""
    anchored, floating = [], []
    for p in pats:
        opening = opening_run(p.pattern, p.flags)
        gate = pair_gate(p.pattern, p.flags)
        if gate is None and (sets := needs(p.pattern, p.flags)):
            gate = "[" + "".join(re.escape(c) for c in sorted(sets[0])) + "]"
        if opening is not None:
            # (both: the line opens so, told first, and holds the gate somewhere, maybe inside what it opens with)
            anchored.append(opening[1:] if gate is None else f"(?={opening[1:]})(?s:.)*?(?:{gate})")
        elif gate is not None:
            floating.append(gate)
        else:
            return None
    # (the anchored ones behind one ^: at every place past the line's start they fail at once; the others as a tree)
    alternatives = ([f"^(?:{'|'.join(dict.fromkeys(anchored))})"] if anchored else [])
    if floating:
        alternatives.append(runs_tree(floating))
    return compiled_re("|".join(alternatives))


def _gate_chars(pats: Sequence[regex.Pattern[str]]) -> str:
    """The characters (as a class's inside) of which a line holds at least one wherever one of the
    patterns matches at its start: for each pattern, a set of characters each of its matches holds
    one of (`precheck.needs`: 讯 of a dateline, 年 of a running head's date). Most lines hold none of
    them (three in four of a news page), and one class search in C tells them before the alternation
    tries each of its branches. "" (no gate) where a pattern needs no such set, or has flags of its
    own that could change what the others match once they are combined."""
    chars: set[str] = set()
    for p in pats:
        if _INLINE_FLAGS.search(p.pattern):
            return ""
        sets = needs(p.pattern, p.flags)
        if not sets:
            return ""
        chars |= sets[0]  # the smallest set (`needs` orders them so)
    return "".join(re.escape(c) for c in sorted(chars))


_INLINE_FLAGS = compiled_re(r"\(\?[aiLmsuxVwbefr-]+[:)]")
# The gates of `starts_with_any` by their patterns' texts and flags, as `_ALTERNATIONS` (reading the
# patterns with the standard parser and compiling a class of Han characters take milliseconds a start:
# the prepared extractor carries them compiled, `stats.rules.prepared`)
_GATES: dict[tuple[tuple[str, int], ...], tuple[Part, ...] | None] = {}


def line_gates(sets: Iterable[Sequence[regex.Pattern[str]]]) -> dict[tuple[tuple[str, int], ...], tuple[Part, ...] | None]:
    """The gates of these sets of patterns (`_gate`), by their texts and flags (for a pickle)."""
    return {tuple((p.pattern, p.flags) for p in pats): _gate(list(pats)) for pats in sets if pats}


def keep_line_gates(made: Mapping[tuple[tuple[str, int], ...], tuple[Part, ...] | None]) -> None:
    """Gates made before (`line_gates`, in a pickle): `starts_with_any` takes them as they are."""
    for key, gate in made.items():
        _GATES.setdefault(key, gate)


def line_pattern_sets(starts: Sequence[regex.Pattern[str]], alone: Sequence[regex.Pattern[str]],
                      heading: Sequence[regex.Pattern[str]]) -> list[tuple[regex.Pattern[str], ...]]:
    """The sets of patterns `repair_stream` tries lines against, each as one `starts_with_any`:
    a running head alone; a paragraph's opener; a heading; any of them."""
    starts, alone, heading = tuple(starts), tuple(alone), tuple(heading)
    return [alone, starts + alone, heading, starts + alone + heading]


def repair(source: str, starts: Sequence[regex.Pattern[str]] = (), sentence_end: str = "",
           max_line: int = MAX_LINE, closing: str = "", complete: str = "",
           notes: list[str] | None = None, alone: Sequence[regex.Pattern[str]] = (),
           heading: Sequence[regex.Pattern[str]] = (), tables: TableLines | None = None,
           ends: Sequence[regex.Pattern[str]] = (), jump_in: Sequence[regex.Pattern[str]] = (),
           clause_end: str = "", page_note: Sequence[regex.Pattern[str]] = (), unit_whole: str = "",
           unit_open: Sequence[str] = (), ocr_one: str = "", ocr_reads: Sequence[str] = (),
           misreads: Sequence[str] = (), page_foot: Sequence[regex.Pattern[str]] = (),
           footnote: Sequence[regex.Pattern[str]] = (), footnote_rule: regex.Pattern[str] | None = None,
           footnote_unruled: Sequence[regex.Pattern[str]] = (),
           photo_caption: Sequence[regex.Pattern[str]] = (), lead_after_figure: str = "",
           web_page: Sequence[regex.Pattern[str]] = (), web_chrome: Sequence[regex.Pattern[str]] = (),
           number_after: str = "", number_words: frozenset[str] = frozenset(),
           bounds: frozenset[tuple[str, str]] = frozenset(), byline: regex.Pattern[str] | None = None,
           word_cuts: Sequence[tuple[str, str]] = (), magnitudes: frozenset[str] = frozenset(),
           measures: frozenset[str] = frozenset(), numerals: frozenset[str] = frozenset(),
           labels: Sequence[str] = (), label_not: Sequence[str] = (), dateline_glued: str = "") -> Repaired:
    """The whole repaired text of a page, paragraphs one per line, with its offset map."""
    texts: list[str] = []
    offsets = OffsetMap()
    for par in repair_stream([source], starts, sentence_end, max_line, closing, complete, notes, alone=alone,
                             heading=heading, tables=tables, ends=ends, jump_in=jump_in, clause_end=clause_end,
                             page_note=page_note, photo_caption=photo_caption, unit_whole=unit_whole,
                             lead_after_figure=lead_after_figure, unit_open=unit_open, ocr_one=ocr_one,
                             number_after=number_after, number_words=number_words, bounds=bounds,
                             ocr_reads=ocr_reads, misreads=misreads, page_foot=page_foot, footnote=footnote,
                             footnote_rule=footnote_rule, footnote_unruled=footnote_unruled, web_page=web_page,
                             web_chrome=web_chrome, byline=byline, word_cuts=word_cuts, magnitudes=magnitudes,
                             measures=measures, numerals=numerals, labels=labels,
                             label_not=label_not, dateline_glued=dateline_glued):
        if texts:
            offsets.add(par.opened_at)  # the break before a paragraph: the line that opens it
        offsets.extend(par.offsets)
        texts.append(par.text)
    offsets.add(len(source))
    return Repaired("\n".join(texts), offsets)


def repair_stream(pieces: Iterable[str], starts: Sequence[regex.Pattern[str]] = (), sentence_end: str = "",
                  max_line: int = MAX_LINE, closing: str = "", complete: str = "",
                  notes: list[str] | None = None, bulk: bool = True,
                  alone: Sequence[regex.Pattern[str]] = (),
                  heading: Sequence[regex.Pattern[str]] = (), tables: TableLines | None = None,
                  ends: Sequence[regex.Pattern[str]] = (),
                  jump_in: Sequence[regex.Pattern[str]] = (), clause_end: str = "",
                  page_note: Sequence[regex.Pattern[str]] = (), unit_whole: str = "",
                  photo_caption: Sequence[regex.Pattern[str]] = (), lead_after_figure: str = "",
                  unit_open: Sequence[str] = (), ocr_one: str = "", ocr_reads: Sequence[str] = (),
                  misreads: Sequence[str] = (), page_foot: Sequence[regex.Pattern[str]] = (),
                  footnote: Sequence[regex.Pattern[str]] = (),
                  footnote_rule: regex.Pattern[str] | None = None,
                  footnote_unruled: Sequence[regex.Pattern[str]] = (),
                  web_page: Sequence[regex.Pattern[str]] = (),
                  web_chrome: Sequence[regex.Pattern[str]] = (), number_after: str = "",
                  number_words: frozenset[str] = frozenset(),
                  bounds: frozenset[tuple[str, str]] = frozenset(),
                  byline: regex.Pattern[str] | None = None,
                  word_cuts: Sequence[tuple[str, str]] = (), magnitudes: frozenset[str] = frozenset(),
                  measures: frozenset[str] = frozenset(), number_before: Sequence[str] = (),
                  numerals: frozenset[str] = frozenset(), labels: Sequence[str] = (),
                  label_not: Sequence[str] = (), dateline_glued: str = "",
                  range_marks: Sequence[str] = ()) -> Iterator[Paragraph]:
    """Join broken lines into paragraphs; a line matching one of `starts` opens a paragraph, one
    matching one of `alone` (a page's running head) is a paragraph of its own, and so is one
    matching `heading` (a numbered heading) after a line that ended complete.

    The marks come from rules/lexicon/layout.yaml: `sentence_end`, `closing` (quotes and
    brackets that stay with the sentence they close) and `complete` (a line ending with one
    of these ends its paragraph: a blank line after it is no column break).

    The text may come in pieces of any size, cut anywhere: the paragraphs do not depend
    on where, because a line is only judged once it is whole, and the page width on the
    first WIDTH_SAMPLE characters whatever the pieces. Columns glued onto one line are
    taken apart first (`columns.Columns`); `notes` hears where a gutter could not be resolved.
    bulk=False takes every line alone: the same paragraphs, slower (the reference for tests).
    `tables` tells a table's rows of whole numbers, whose cells a gap keeps apart, from a number a
    gap sets thousands apart in (`TableLines`); without it only decimals are kept apart (84.48 86.42).
    `ends` (layout.yaml article_end: （下转第2版）) and `jump_in` (layout.yaml jump_in: （上接第1版）): a
    sentence broken off at a jump to another page goes on where the next line takes it up (`_Repairer.line`).
    `clause_end`: with the sentence and closing marks, what opens no paragraph: a sentence another item
    broke into goes on in a paragraph opening with one after that item (`_resumed`). `page_note` (layout.yaml:
    the editors' names at a page's foot): dropped inside a sentence, else a paragraph of its own.
    `unit_whole` (layout.yaml): a number and one of these ending a line swept out of column order is whole;
    `unit_open`: a number and one of these ending such a line is cut (98.6亿千瓦 of 千瓦时) and left out.
    `page_foot` (layout.yaml: a printed page's number at its foot): the line under one that repeats the title or
    another page's head is the next page's running head, taken out (`_Lines.unheaded`); `footnote_rule` and
    `footnote`: a page's footnotes under their rule, down to its foot, are set after the paragraph the page cut;
    `footnote_unruled`: so are those over its foot that open so where no rule is printed.
    `web_page` and `web_chrome` (layout.yaml): in a piece that holds one of the first (a text copied from a web
    page: 打印本页, 浏览次数, ICP备), each whole line matching one of the second (the site's navigation, the page's
    meta line and buttons, the titles of other pages, its footer) is made spaces (`_Chrome`).
    `number_after`: what may follow a number (a measure word's, a magnitude's first character, 月, 余 …): a line
    between a number cut at a line's end and a tail opening the line after next that opens with none of these
    goes on with no number (`interleave.read_across`: two columns read across); `number_words`, the words
    themselves, tell a line opening with 基层 from one opening with 基点; `bounds`: the bound words before a number
    (不低于, 超过: qualifiers.yaml prefix), one cut across two columns (不 | … | 低于90%) leaves its number out.
    `byline` (layout.yaml): the reporters' credit in brackets after a dateline; a swept line that is a dateline and
    its byline alone goes on in its column's next line (`interleave.Interleave._bylines`).
    `word_cuts` (layout.yaml): a number's word cut at a line's end (百分 | 之六十八点五): the short line ending on it
    is the paragraph's own, no other item's headline (`_Repairer.foreign_lines`). `lead_after_figure` (layout.yaml): a
    lead's opening on its year (2025年，) under a line ending on a figure opens a paragraph (a headline glued to its
    lead). `number_before` (roles.yaml change
    verbs, and layout.yaml number_lead: 完成全年目标任务的): a swept line ending on one goes on into a line opening with
    a number (`interleave.Interleave._score`), and one ending on a word's first half into the one line opening with its
    rest before a number (`_verb_pairs`). `range_marks` (numerals.yaml range separators and dashes): a swept line
    opening with a range (1至7月…) is no tail of digits cut at another line's end that would carry its start past its
    end (`interleave.Interleave._range_past`).
    `dateline_glued` (layout.yaml): a headline and a dateline that a reading with no line breaks ran on after a
    sentence's end inside a paragraph, each made a paragraph of its own (`_unglued`).
    """
    it = iter(pieces)
    head: list[str] = []
    n = 0
    for piece in it:
        head.append(piece)
        n += len(piece)
        if n >= WIDTH_SAMPLE:
            break
    sample = "".join(head)[:WIDTH_SAMPLE]
    # a running head is a paragraph alone, never cut into columns
    is_alone, opens, is_heading, any_start = map(starts_with_any, line_pattern_sets(starts, alone, heading))
    # (a jump's mark is a line the bulk path hands to `_Repairer.line` alone as well: segment's set, compiled)
    jump_out, note = starts_with_any(tuple(ends)), starts_with_any(tuple(page_note))
    caption = starts_with_any(tuple(photo_caption))
    # (one alternation behind one gate: three, each with its own gate and a frame between, cost a tenth of a
    # news page's run)
    looks = any_start if not (ends or page_note or photo_caption) else \
        starts_with_any((*starts, *alone, *heading, *ends, *page_note, *photo_caption))
    # a web page's chrome (its meta line, buttons): made spaces as the lines are read, and left out where the
    # page's lines are asked whether two share a width (a meta line as wide as the headline by chance is no column)
    chrome = _Chrome.of(web_page, web_chrome)
    rep = _Repairer(lambda: _typical_width(sample), opens, sentence_end,
                    max_line, closing, complete, is_alone, is_heading, looks, tables, jump_out, tuple(jump_in),
                    clause_end, note, lambda: _paragraph_a_line(sample, complete), tuple(word_cuts), caption,
                    lead_after_figure, lambda: _widths_shared(chrome.cleared(sample, sample, True)[0] if chrome else sample))
    columns = Columns(notes, complete, is_alone, tables.head_columns if tables is not None else None,
                      tables.labels if tables is not None else (),
                      framed=tables if tables is not None and hasattr(tables, "framed_gaps") else None,
                      label_marks=str(getattr(tables, "label_marks", "")), number_words=number_words,
                      clause_end="".join(c for c in clause_end if not c.isascii()),
                      unit_cell=tables.unit_cell if tables is not None else None,
                      caption=tables.caption_line if tables is not None and hasattr(tables, "caption_line") else None,
                      label_notes=str(getattr(tables, "label_notes", "")), unit_whole=unit_whole)
    columns.head_over = rep.head_over
    rep.label_gap = _label_gap(tuple(labels), tuple(label_not))
    rep.label_end = _label_end(tuple(labels), tuple(label_not))
    swept = Swept(columns, Interleave(sentence_end, closing, complete, notes, starts_with_any(tuple(starts)),
                                        unit_whole, unit_open, jump_out if ends else None, byline,
                                        "".join(c for c in clause_end if not c.isascii()), number_words,
                                        number_before, tables.head_columns if tables is not None else None,
                                        range_marks, is_alone))
    lines = _Lines(rep, sentence_end, max_line, closing, swept, bulk, ocr_one, tuple(ocr_reads), tuple(misreads),
                   _Feet.of(page_foot, footnote, footnote_rule, footnote_unruled), chrome,
                   frozenset(number_after), sentence_end + "".join(c for c in clause_end if not c.isascii()),
                   number_words, bounds, magnitudes, measures, numerals)
    no_start = frozenset(sentence_end + closing + complete + clause_end + "%")
    pars = _resumed(_fed(lines, itertools.chain(head, it)), complete, no_start, starts_with_any(tuple(starts)),
                    _Jumps(ends, jump_in) if ends and jump_in else None, rep.jump_ends)
    yield from _unglued(pars, compiled_regex(dateline_glued)) if dateline_glued else pars


def _cut(p: Paragraph, start: int, end: int, at: int) -> Paragraph:
    """The paragraph's text [start, end) as a paragraph of its own at repaired offset `at`, each character still
    mapped to its source offset."""
    offsets = OffsetMap()
    for i in range(start, end):
        offsets.add(p.offsets[i])
    return Paragraph(at, p.text[start:end], offsets, p.offsets[start], p.aside)


def _unglued(pars: Iterable[Paragraph], glued: regex.Pattern[str]) -> Iterator[Paragraph]:
    """The paragraphs, each cut before a headline and before the dateline after it where a reading with no line
    breaks (a page's text on one line) ran them on after a sentence's end (…3万个。（下转第6版）公交线网优化新开通线路28条
    本报1月8日讯（…）…): the headline a paragraph of its own, as a page's line gives it, so that the item's article
    opens at its dateline under it, its headline's figure no figure of the last item's sentence. Each start is
    counted again in the order handed on."""
    pos = 0
    for p in pars:
        cuts = sorted({k for m in glued.finditer(p.text) for k in (m.start("head"), m.start("dateline"))} - {0})
        if not cuts:
            if p.start != pos:
                p = Paragraph(pos, p.text, p.offsets, p.opened_at, p.aside)
            pos = p.end + 1
            yield p
            continue
        for a, b in itertools.pairwise((0, *cuts, len(p.text))):
            q = _cut(p, a, b, pos)
            pos = q.end + 1
            yield q


def _amid_blocks(columns: Columns | Swept) -> bool:
    """Whether the column stage holds a page's blocks of lines, a blank line last (pdftotext without -layout): a short
    label between blank lines there (数说, a box's title) is a block of its own, among the side-by-side items' blocks
    it was printed between (…全县灵芝种植面积稳定在1. | …完成技 | 数说 | 8万亩… | 改投资…), not another item's headline
    set into the paragraph being built: held up before it, those blocks would be judged apart from the rest."""
    return isinstance(columns, Swept) and columns.interleave.amid_blocks()


def _flushed(columns: Columns | Swept, rep: _Repairer) -> Iterator[Paragraph]:
    """The lines the column stage holds, handed to the repairer."""
    for body, folded, src, opens in columns.finish():
        yield from rep.line(body, folded, src, opens=opens)


def _finish_at_title(columns: Columns | Swept) -> Iterator[Piece]:
    """The lines the column stage holds, handed on before a headline or a box's title: a page's lines held up to
    there are judged as lines a page break ends (`Interleave.finish`, at_title)."""
    return columns.finish(at_title=True) if isinstance(columns, Swept) else columns.finish()


def _fed(lines: _Lines, pieces: Iterable[str]) -> Iterator[Paragraph]:
    """The paragraphs of the pieces, each judged once the next has come (the last as the text's end)."""
    last = None  # the last piece goes in as the end of the text: a stage holding lines may judge them then
    for piece in pieces:
        if last is not None:
            yield from lines.feed(last)
        last = piece
    if last is not None:
        yield from lines.feed(last, final=True)
    yield from lines.finish()


HOLD = 40  # the paragraphs of an item glued into a sentence held at most, waiting for the sentence to go on


_OPEN_BRACKETS = ("(", chr(ord("(") + 0xFEE0))  # (and its full-width form)
_CLOSE_BRACKETS = frozenset((")", chr(ord(")") + 0xFEE0)))
_MARK_REACH = 16  # the most characters a jump's mark glued to a paragraph's end takes (（下转第12版）)
# the most paragraphs (the one broken off and the items between) a jump glued to a paragraph's end is held for,
# waiting for the mark that takes it up: a page's other items between (its continuation further on, past many
# items) are too many to tell whose sentence a mark takes up, and their order is kept as it came
_JUMP_ITEMS = 6
_CUT_HEADLINES = 2  # the lines of a headline (a kicker and the headline) set inside a cut number at most
# the marks a headline may hold besides a number's point or percent: a colon after a place (某某：…, the colon
# full-width or not), a subtitle's dashes (——…)
_HEADLINE_MARKS = compiled_regex(
    rf"(?<=\p{{Han}})[:{chr(ord(':') + 0xFEE0)}](?=\p{{Han}})|^{chr(0x2014)}{{2}}")
# … and the colon a headline line under a paragraph's end holds (`title_lines`): after a place's name or a level word,
# before the time it opens on (伽师县：1—11月…, 自治区：1—11月城镇新增就业52.8万人)
_TITLE_COLON = compiled_regex(rf"(?<=\p{{Han}})[:{chr(ord(':') + 0xFEE0)}](?=\d)")
_POINT_CHARS = frozenset((".", chr(ord(".") + 0xFEE0)))  # a number's point, and its full-width form


class _Jumps:
    """An article's jump to another page and the mark that takes it up (layout.yaml article_end and jump_in),
    as `_resumed` asks them of whole paragraphs: the jump's mark glued to a paragraph's end, the mark taking it
    up at a paragraph's start."""

    def __init__(self, ends: Sequence[regex.Pattern[str]], jump_in: Sequence[regex.Pattern[str]]) -> None:
        self.ends = tuple(ends)
        self.jump_in = tuple(jump_in)

    def out_at(self, text: str) -> int | None:
        """Where a jump's mark glued to the end of text starts (None: text ends on none)."""
        if text[-1:] not in _CLOSE_BRACKETS:
            return None
        start = max(text.rfind(b, len(text) - _MARK_REACH) for b in _OPEN_BRACKETS)
        if start <= 0:
            return None
        tail = text[start:]
        if not any(ch.isdigit() for ch in tail):  # (a jump names a page: an editor's note closes its article)
            return None
        return start if any(p.match(tail) is not None for p in self.ends) else None

    def in_at(self, text: str) -> int | None:
        """Where the text after a mark that takes up a jumped article starts (None: text opens with none)."""
        if text[:1] not in _OPEN_BRACKETS or not self.jump_in:
            return None
        for p in self.jump_in:
            m = p.match(text)
            if m is not None:
                k = m.end()
                while k < len(text) and text[k] in _SPACES:
                    k += 1
                return k if k < len(text) else None
        return None

    def joined(self, broke: Paragraph, took: Paragraph, taken: int) -> Paragraph:
        """The paragraph that broke off, its jump's mark left out, and the one that took it up, from `taken`."""
        cut = self.out_at(broke.text)
        cut = len(broke.text) if cut is None else cut
        offsets = OffsetMap()
        for i in range(cut):
            offsets.add(broke.offsets[i])
        for i in range(taken, len(took.text)):
            offsets.add(took.offsets[i])
        return Paragraph(0, broke.text[:cut] + took.text[taken:], offsets, broke.opened_at)


def _resumed(pars: Iterable[Paragraph], complete: str, no_start: frozenset[str],
             dated: Callable[[str], object], jump: _Jumps | None = None,
             jump_ends: Container[int] = frozenset()) -> Iterator[Paragraph]:
    """The paragraphs with a sentence that another item broke into made whole again: a paragraph breaking
    off mid-sentence (…分别增长15.3%和8.6%), then a headline and a dateline (another item the page glued in
    there), and after that item's paragraphs one that opens with a mark no paragraph opens with (；医药产品
    出口…) right after one that ends complete: the sentence goes on there, and the item is read after it
    (its own county kept to its own lines). Where no such paragraph comes within HOLD paragraphs, before
    another dateline, or where the text ends, the paragraphs go on as they came. Each paragraph's start
    is counted again in the order handed on.

    jump: an article jumped to another page (…人均可支配收入4（下转第3版）, its mark glued to the line) and
    taken up after a few other items (（上接第2版）0126元，…): the paragraph that takes it up goes on the one
    that broke off, the marks left out, and the items between are read after it (`_Jumps`, `_JUMP_ITEMS`). So
    does a paragraph that broke off mid-sentence (…同比增长12.3%，) where its jump's mark stood on a line of its
    own, which `_Repairer._jump` took out, telling where in jump_ends (the source offset of the paragraph's last
    character): the page's other item after it is no end to its sentence, and the mark taking it up within as many
    paragraphs is where the sentence goes on."""
    pos = 0
    held: list[Paragraph] = []

    def out(p: Paragraph) -> Paragraph:
        nonlocal pos
        q = Paragraph(pos, p.text, p.offsets, p.opened_at, p.aside)
        pos = q.end + 1
        return q

    def broken(p: Paragraph) -> bool:
        return not p.aside and len(p.text) > _HEADLINE_CHARS[1] and p.text[-1] not in complete

    def title(p: Paragraph) -> bool:
        return _HEADLINE_CHARS[0] <= len(p.text) <= _HEADLINE_CHARS[1] and p.text[-1] not in complete \
            and _HEADLINE_LINE.fullmatch(p.text) is not None and not dated(p.text)

    longest = _HEADLINE_CHARS[1]
    jumped = False  # held[0] ends on a jump's mark: held past other items' datelines, for the mark taking it up
    for p in pars:
        while True:
            if not held:  # (`broken` and `out` written out: most paragraphs pass here, a frame each saved)
                if not p.aside and len(p.text) > longest and (
                        p.text[-1] not in complete or jump is not None and jump.out_at(p.text) is not None):
                    held.append(p)
                    jumped = jump is not None and jump.out_at(p.text) is not None
                elif p.start == pos:  # nothing taken up before it: counted where it already is
                    pos = p.start + len(p.text) + 1
                    yield p
                else:
                    yield out(p)
                break
            n = len(held)
            cut_off = jumped or held[0].offsets[len(held[0].text) - 1] in jump_ends
            if cut_off and n <= _JUMP_ITEMS and (n == 1 or not all(title(h) for h in held[1:])) \
                    and jump is not None and (taken := jump.in_at(p.text)) is not None:
                # (a headline alone between is the headline of the piece taken up: another article's; nothing
                # between is the article's own continuation printed right after its jump, as a page's text run
                # together with the page it jumps to reads: 收入58.3（下转第3版） | （上接第1版）亿元)
                yield out(jump.joined(held[0], p, taken))
                for h in held[1:]:
                    yield out(h)
                held, jumped = [], False
                break
            if jumped and n < _JUMP_ITEMS:
                held.append(p)
                break
            if (n == 1 and title(p)) or (n == 2 and dated(p.text)):
                held.append(p)
                break
            if n > 2 and p.text[:1] in no_start and held[-1].text[-1:] in complete:
                offsets = OffsetMap()
                offsets.extend(held[0].offsets)
                offsets.extend(p.offsets)
                yield out(Paragraph(0, held[0].text + p.text, offsets, held[0].opened_at))
                for h in held[1:]:
                    yield out(h)
                held = []
                break
            if n > 2 and n < HOLD and not dated(p.text):
                held.append(p)
                break
            for h in held:  # no such paragraph: as they came, and this one judged again
                yield out(h)
            held, jumped = [], False
    for h in held:
        yield out(h)


_BEFORE = _RECENT + 2  # the lines handed on kept to judge the next piece's first lines by (`_label_between`)
_AHEAD = 3  # the lines after a line its judges look at (`_label_between`: two, and the one they go on to)


def _page_lines(buf: str, final: bool) -> tuple[list[str], list[int]]:
    """The whole lines of buf (broken by \n alone) and where each starts; the text after the last
    break is a line only if the text ends there (final), else it waits for the next piece."""
    lines = buf.split("\n")
    tail = lines.pop()
    if final and tail:
        lines.append(tail)
    return lines, list(accumulate(map((1).__add__, map(len, lines)), initial=0))


_SPINE_CHAR = compiled_regex(r"([ \t\u3000]*)(\p{Han})(?:[ \t\u3000]{2,}\S|[ \t\u3000]*$)")
# what may stand right after a spine's character (`_SPINE_CHAR`: a gap, or the line's end, before a last line break
# too): a line whose second character past its indent is none of these holds no spine's character
_SPINE_NEXT = frozenset(("", " ", "\t", "\u3000", "\n"))
# … and the gate a page's text passes first, one scan in C: a line opening with one character beyond ASCII, alone or a
# wide space after it (most pages hold none, and no line of theirs is looked at)
_SPINE_GATE = compiled_re(r"(?m)^[ \t\u3000]*[^\x00-\x7f](?:[ \t\u3000]{2}|[ \t\u3000]*$)")
SPINE_CHARS = 3  # a headline set upright beside its item holds at least this many characters
SPINE_STEP = 2  # … one on every line or every other line of the text beside it


def _spines(lines: list[str], upto: int, starts: Sequence[int] | None = None) -> dict[int, list[int]]:
    """Headlines set upright beside their item's columns, one character a line (a 法治报's 护薪行动 down the item's left
    edge): a layout-keeping extractor prints each character at the start of a line, alone or a wide space before the
    item's text on that line, so read across it runs into the item's lines (护本报讯…社薪会保障…1行至8月). A spine is
    SPINE_CHARS or more lines, each opening with one Han character at the same column, alone or followed by a wide
    space, each within SPINE_STEP lines of the one before; the lines among them hold text beside it only (set right
    of it) and at least one of them is not the spine's, set at its own pitch (a table's column of one-character labels
    is one on each of its rows). Each spine's first line and the characters' offsets in the page (of lines[:upto]),
    each line starting where `starts` says (a page broken by \r\n or form feeds: its breaks are no one character),
    else a character after the line above."""
    found: dict[int, list[int]] = {}
    runs: list[tuple[int, list[int], list[int]]] = []  # open spines: their column, lines and characters' offsets
    offset = 0
    for k, line in enumerate(lines[:upto]):
        if starts is not None:
            offset = starts[k]
        rest = line.lstrip(" \t\u3000")
        # (a spine's character stands alone or before a gap: the character after it a space or none, told by one
        # look-up where most lines of a page run on in text; the pattern is asked only there)
        m = _SPINE_CHAR.match(line) if rest and rest[1:2] in _SPINE_NEXT else None
        if m is not None:
            col = m.end(1)
            run = next((r for r in runs if r[0] == col and k - r[1][-1] <= SPINE_STEP), None)
            if run is None:
                runs.append((col, [k], [offset + col]))
            else:
                run[1].append(k)
                run[2].append(offset + col)
        # a line with text at or left of an open spine's column ends it, but for a spine of characters each alone on
        # its line: an extractor that keeps no layout prints the item's lines whole, flush left, between them
        lead = len(line) - len(rest)
        if line.strip():
            for r in list(runs):
                if r[0] == 0 and m is None and _alone(lines, r[1]):
                    continue
                if (m is None or r[0] != m.end(1)) and lead <= r[0] + 1:
                    runs.remove(r)
                    _spine_found(r, lines, found)
        for r in list(runs):
            if k - r[1][-1] > SPINE_STEP:
                runs.remove(r)
                _spine_found(r, lines, found)
        offset += len(line) + 1
    for r in runs:
        _spine_found(r, lines, found)
    return found


def _unindented(line: str, start: int) -> tuple[str, int]:
    """The line with its indent taken off, and where it then starts."""
    rest = line.lstrip(_SPACES)
    return rest, start + len(line) - len(rest)


def _prev_text(lines: Sequence[str], k: int) -> str:
    """The text of the line with text above lines[k] ("" where none), its spaces stripped."""
    return next((line.strip(_SPACES) for line in reversed(lines[:k]) if line.strip(_SPACES)), "")


def _spine_found(run: tuple[int, list[int], list[int]], lines: list[str], found: dict[int, list[int]]) -> None:
    """A run of characters (`_spines`) that is a spine: enough of them, a line among them that is not one of them
    holds text beside them, and one of them has the item's text beside it on its own line (行   至8月…): characters
    each alone on its line over a line set in are a drop cap's or a list's as well. The line-by-line path (a page
    broken by \r\n or form feeds) looks for spines as the bulk path does (`_Lines._spines_apart`)."""
    col, ks, offsets = run
    if len(ks) < SPINE_CHARS:
        return
    beside = [k for k in range(ks[0], ks[-1] + 1) if k not in ks and lines[k].strip()]
    if any(lines[k][col + 1:].strip() for k in ks):
        if beside:
            found[ks[0]] = offsets
        return
    # (characters each alone on its line, flush left, as a text with no layout prints them: a spine where the item's
    # lines come between all but its last two, one each time, as its characters stand a line apart beside them; a
    # drop cap or a list's marks have no such run)
    if col == 0 and _alone(lines, ks) and len(ks) >= SPINE_CHARS + 1 and all(
            b - a == 2 and lines[a + 1].strip() for a, b in zip(ks[:-2], ks[1:-1], strict=True)):
        found[ks[0]] = offsets


def _alone(lines: list[str], ks: Sequence[int]) -> bool:
    """Whether each of the lines holds one character and nothing else (a spine's characters as an extractor that keeps
    no layout prints them)."""
    return all(len(lines[k].strip(" \t\u3000")) == 1 and lines[k][:1] not in " \t\u3000" for k in ks)


# `_Feet` and `_Chrome` made from the rules' patterns, by the patterns themselves (held here, so their ids stay theirs):
# the same for every document, and nothing in them changes once made (a document's layout repair made them again:
# ~4% of the fixed cost of a short text, as every rule example is)
_MADE_OF: dict[tuple[type, tuple[int, ...]], tuple[tuple[object, ...], object]] = {}


def _made_of(cls: type, parts: tuple[object, ...], make: Callable[[], Any]) -> Any:
    """make(), or what it gave before for these very parts."""
    key = (cls, tuple(map(id, parts)))
    hit = _MADE_OF.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], parts, strict=True)):
        return hit[1]
    made = make()
    if len(_MADE_OF) >= 16:
        _MADE_OF.clear()  # (patterns of rule sets being edited: bounded)
    _MADE_OF[key] = (parts, made)
    return made


class _Feet:
    """A printed page's foot (layout.yaml page_foot), the rule over its footnotes and how the first opens."""

    def __init__(self, foot: Sequence[regex.Pattern[str]], note: Sequence[regex.Pattern[str]],
                 rule: regex.Pattern[str] | None, unruled: Sequence[regex.Pattern[str]] = ()) -> None:
        alternation = "|".join(f"(?:{p.pattern})" for p in foot)
        blank = re.escape(_SPACES)
        # the gate: a line that is a page's foot anywhere in a piece (one search, the standard library's engine,
        # the faster at a plain scan; most pages hold none and no line of theirs is looked at)
        self.gate = compiled_re(f"(?m)^[{blank}]*(?:{alternation})[{blank}]*$")
        self.foot = compiled_regex(alternation).fullmatch
        self.note = compiled_regex("|".join(f"(?:{p.pattern})" for p in note)).match if note else None
        self.rule = rule.fullmatch if rule is not None else None
        # … and a rule over footnotes: first a run of one of its characters as long as the rule's shortest (a
        # containment test in C for each, where the pattern is a class and a count: [—_]{5,}), then the pattern
        drawn = _DRAWN.fullmatch(rule.pattern) if rule is not None else None
        self.runs = tuple(ch * int(drawn.group(2)) for ch in drawn.group(1)) if drawn is not None else ()
        self.rule_gate = compiled_re(f"(?m)^[{blank}]*(?:{rule.pattern})[{blank}]*$") if rule is not None else None
        # how a footnote opens over a page's foot with no rule printed over it (`unruled_notes`)
        self.unruled = compiled_regex("|".join(f"(?:{p.pattern})" for p in unruled)).match if unruled else None

    def ruled(self, text: str) -> bool:
        """Whether a line of text is a rule over footnotes (`footnote_rule`)."""
        if self.rule_gate is None or (self.runs and not any(run in text for run in self.runs)):
            return False
        return self.rule_gate.search(text) is not None

    @classmethod
    def of(cls, foot: Sequence[regex.Pattern[str]], note: Sequence[regex.Pattern[str]],
           rule: regex.Pattern[str] | None, unruled: Sequence[regex.Pattern[str]] = ()) -> _Feet | None:
        if not foot:
            return None
        return _made_of(cls, (*foot, None, *note, None, rule, None, *unruled),
                        lambda: cls(foot, note, rule, unruled))

    def unruled_notes(self, lines: Sequence[str]) -> list[int]:
        """The lines of a page's footnotes where no rule is printed over them (the rule a drawn line that the
        extractor dropped): among the last _UNRULED_LINES lines with text over each page's foot, the first that opens
        as such a footnote does (`footnote_unruled`: ①), and the lines under it down to the foot."""
        out: list[int] = []
        if self.unruled is None or self.gate.search("\n".join(lines)) is None:
            return out
        for j, line in enumerate(lines):
            if not self.foot(line.strip(_SPACES)):
                continue
            above = [k for k in range(j - 1, -1, -1) if lines[k].strip(_SPACES)][:_UNRULED_LINES]
            first = next((k for k in reversed(above) if self.unruled(lines[k].strip(_SPACES))), None)
            if first is not None:  # (its lines with text: a blank one deferred would be a paragraph of nothing)
                out.extend(k for k in range(first, j) if lines[k].strip(_SPACES))
        return out

    def footnotes(self, lines: Sequence[str], m: int) -> list[int]:
        """The lines among lines[:m] of a page's footnotes: a rule (footnote_rule), a first line under it that
        opens as a footnote does (①, 1 , 注：), and the lines down to the page's foot, at most _FOOTNOTE_LINES
        of them. A rule with anything else under it (a table's, a row under its rule) or no foot close under it
        is none."""
        out: list[int] = []
        if self.rule is None or self.note is None:
            return out
        for k in range(m - 2):
            if self.rule(lines[k].strip(_SPACES)) is None or self.note(lines[k + 1].strip(_SPACES)) is None:
                continue
            for j in range(k + 2, min(m, k + 2 + _FOOTNOTE_LINES)):
                if self.foot(lines[j].strip(_SPACES)):
                    out.extend(range(k, j))
                    break
        return out


_CELL_HEAD = 7  # a table's head printed a cell a line: its words under the label column's head word (`Cells.HEAD_LINES`)
_FOOTNOTE_LINES = 8  # the most lines of footnotes under their rule at a page's foot
_UNRULED_LINES = 3  # the most lines of text of footnotes over a page's foot where no rule is printed over them
# a rule's pattern as a class of characters (a hyphen only last, no range) and a count: [—_-]{5,}
_DRAWN = compiled_re(r"\[([^\]\\^-]+-?)\]\{(\d+),?\d*\}")


_LINE_ENDS = str.maketrans("", "", "\r\f\v")
# a pattern that is nothing but words and the bars between them (ICP备|ICP证|公网安备)
_WORDS_ONLY = compiled_re(r"[^\\.^$*+?{}\[\]()|]+(?:\|[^\\.^$*+?{}\[\]()|]+)*")


@functools.cache
def _page_gates(sources: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The searches, by the standard library's engine, that tell whether a piece holds a match of one of a web
    page's word patterns (`_Chrome.cleared`): the patterns that are words alone joined as one flat alternation (the
    engine then scans for their first characters in C), and each other pattern's top-level branches (`branches`)
    searched one after another. Joined with them, one branch that opens with a group or a class (发布时间… or
    2025-03-04 … 来源：) made the engine try the whole alternation at every position: ~8 times the cost of these
    searches together, ~0.7 ms of every 37 KB piece."""
    words = [source for source in sources if _WORDS_ONLY.fullmatch(source)]
    gates = [compiled_re("|".join(words))] if words else []
    for source in sources:
        if not _WORDS_ONLY.fullmatch(source):
            gates.extend(compiled_re(part) for part in branches(source) or (source,))
    return tuple(gates)


class _Chrome:
    """A web page's chrome, copied with its text by a browser's select-all or a plain HTML-to-text tool: the site's
    navigation (首页 > 新闻中心), the meta line (发布时间：… 浏览次数：1289), the buttons (【打印本页】【关闭窗口】,
    分享到：), the titles of the pages before and after it and of related ones with their dates, an account's head
    (原创 某某发布 2025年03月04日 18:30 江西: the province is where it posted from, not what it is about), its
    counters (阅读 3562, 在看 28) and the footer (版权所有, ICP备, 联系电话). Left in, their numbers are no figures
    (a counter, a title's figure of another page) and their places and dates are not the text's; each such line
    is made spaces, one for one, so the source offsets stay and the text around it reads as it did.

    Only a piece that holds a word such pages alone hold (`web_page`) is looked at: a few searches, the standard
    library's engine, over the piece (`_page_gates`); the line patterns run over it only then, one pass of one
    alternation."""

    def __init__(self, page: Sequence[regex.Pattern[str]], chrome: Sequence[regex.Pattern[str]]) -> None:
        self.gates = _page_gates(tuple(p.pattern for p in page))
        blank = re.escape(_SPACES.translate(_LINE_ENDS))  # (a form feed or \r ends a line: no blank of one)
        alternation = "|".join(f"(?:{p.pattern})" for p in chrome)
        self.source = f"(?m)^[{blank}]*+(?:{alternation})[{blank}]*\r?$"

    @functools.cached_property
    def lines(self) -> regex.Pattern[str]:
        """The chrome's line patterns as one, compiled only once a piece is a web page's (most runs meet none:
        compiling the whole alternation was ~57 M of a process's ~990 M instructions of start-up, in callgrind)."""
        return compiled_regex(self.source)

    @classmethod
    def of(cls, page: Sequence[regex.Pattern[str]], chrome: Sequence[regex.Pattern[str]]) -> _Chrome | None:
        if not (page and chrome):
            return None
        return _made_of(cls, (*page, None, *chrome), lambda: cls(page, chrome))

    def cleared(self, buf: str, folded: str, final: bool) -> tuple[str, str]:
        """buf and folded with each whole line of chrome made spaces (both alike, one for one); as they are where
        the piece holds no web page's word. The text after the last break waits until it is whole."""
        if not any(gate.search(buf) is not None for gate in self.gates):
            return buf, folded
        # (one pass of one alternation over the piece: a pattern that looks for its word anywhere in a line first
        # asks, in a look-ahead, for a short line with no full stop, so a paragraph's line is passed over at once)
        spans = [m.span() for m in self.lines.finditer(buf, 0, len(buf) if final else buf.rfind("\n") + 1)]
        if not spans:
            return buf, folded
        parts, kept, at = [], [], 0
        for a, b in spans:
            parts.append(buf[at:a])
            kept.append(folded[at:a])
            gap = " " * (b - a)
            parts.append(gap)
            kept.append(gap)
            at = b
        parts.append(buf[at:])
        kept.append(folded[at:])
        return "".join(parts), "".join(kept)


# A page's lines are judged as written (a running head, an article's opener), but a PDF font's radical forms
# (⼈, ⽉: glyphs.py) and a line whose characters justification spaced out read as no pattern. A page holding
# either (one search of the page each) is judged with the radicals folded, one character for one, and a spaced
# line that is a running head once its spaces are out is written so, its spaces after it: the head is dropped as
# any is, and no number of it runs into the sentence it stands in (…覆盖率达到 | 文 山 日 报 … 3 | 100%).
_COMPAT_TABLE = str.maketrans(compat_fold())
_COMPAT_GATE = compiled_re(_char_class(compat_fold()))
# (a spaced line's digits may stay together: 2 0 2 5 年 or 2025 年)
_SPACED_LINE = compiled_re(r"^[ \t\u3000]*(?:(?:[0-9.%]+|[^\s0-9.%])[ \t\u3000]+){4,}(?:[0-9.%]+|[^\s0-9.%])[ \t\u3000]*$",
                          re.M)
_NOT_SPACE = compiled_re(r"[ \t\u3000]+")
# a line that opens spaced out character by character: three Han characters, each with a space after it (`opens_packed`)
_SPACED_OPENING = compiled_regex(r"[ \t\u3000]*(?:\p{Han}[ \t\u3000]+){3}")


# A page kept in its layout (every text line set in by the page's margin, as pdfplumber's layout=True prints it) whose
# grid is finer than its line pitch: a blank line or two between every two text lines, a paragraph's lines and a
# table's rows alike. Those blank lines are the pitch, no break between paragraphs, boxes or a table's rows (the
# indent still opens each paragraph, the gaps still set a row's cells apart); read as breaks, a paragraph's lines
# stood apart as a page swept column by column would (its lines read out of order, a number opening a line left
# out) and a table's rows as columns glued side by side.
_PITCH_LINES = 8  # text lines a page needs to tell its pitch
_PITCH_SHARE = 0.9  # … this share of the gaps between them holding a blank line, and of them set in by the margin
_MARGIN = "  "  # the page's margin before a text line: two spaces at least


def _pitch_closed(buf: str) -> str:
    """buf with the blank lines between the text lines of such a page taken up into the line above them: each line
    break but the last of a gap made a space (one for one: every character keeps its offset, and the text lines stand
    right under each other, as a page printed at its own pitch)."""
    if "\r" in buf or buf.count("\n" + _MARGIN) < _PITCH_LINES:
        return buf  # (most texts: few lines set in, no look at their lines)
    lines = buf.split("\n")
    texts = list(compress(range(len(lines)), map(methodcaller("strip", " \t"), lines)))
    n = len(texts)
    if n < _PITCH_LINES:
        return buf
    gapped = [k for k in range(n - 1) if texts[k + 1] - texts[k] > 1]
    set_in = sum(map(methodcaller("startswith", _MARGIN), map(lines.__getitem__, texts)))
    if len(gapped) < _PITCH_SHARE * (n - 1) or set_in < _PITCH_SHARE * n:
        return buf
    starts = list(accumulate(map((1).__add__, map(len, lines)), initial=0))
    out = list(buf)
    for k in gapped:
        for line in range(texts[k], texts[k + 1] - 1):  # (the break right over the next text line stays)
            out[starts[line + 1] - 1] = " "
    return "".join(out)


def _heads_told(buf: str, alone: Callable[[str], object]) -> str:
    if _COMPAT_GATE.search(buf) is not None:
        buf = buf.translate(_COMPAT_TABLE)
    if _SPACED_LINE.search(buf) is None:
        return buf
    def told(m: re.Match[str]) -> str:
        line = m.group()
        packed = _NOT_SPACE.sub("", line)
        # (a head the patterns know spaced as it is, 第 3 页 共 3 页, stays as written: its characters keep their places)
        return packed.ljust(len(line)) if alone(packed) and not alone(line.strip(" \t\u3000")) else line
    return _SPACED_LINE.sub(told, buf)


class _Lines:
    """Cuts pieces of text into lines for `_Repairer`, and a line of more than 2 × max_line
    characters into parts, so no paragraph (and nothing held here) grows without bound."""

    def __init__(self, repairer: _Repairer, sentence_end: str, max_line: int, closing: str,
                 columns: Columns | Swept, bulk: bool = True, ocr_one: str = "", ocr_reads: tuple[str, ...] = (),
                 misreads: tuple[str, ...] = (), feet: _Feet | None = None, chrome: _Chrome | None = None,
                 number_after: frozenset[str] = frozenset(), stops: str = "",
                 number_words: frozenset[str] = frozenset(), bounds: frozenset[tuple[str, str]] = frozenset(),
                 magnitudes: frozenset[str] = frozenset(), measures: frozenset[str] = frozenset(),
                 numerals: frozenset[str] = frozenset()) -> None:
        """bulk: take runs of plain lines at once (`_page`); False judges every line alone, the
        reference the bulk path must agree with (tests compare the two)."""
        self.chrome = chrome  # a web page's chrome (layout.yaml web_page, web_chrome)
        self.feet = feet  # a printed page's foot, its running head and its footnotes (layout.yaml page_foot, footnote)
        self.title: str | None = None  # the text's first line (spaces out): a running head repeats it
        self.heads: set[str] = set()  # the lines found under a page's foot so far
        self.box_labels: frozenset[int] = frozenset()  # the page's lines that are a box's label under its figure
        self.label_at: frozenset[int] = frozenset()  # … where they start (the line-by-line path's)
        self.heads_on: frozenset[int] = frozenset()  # the page's lines that open a headline of two lines (`title_pairs`)
        self.notes_on: frozenset[int] = frozenset()  # the page's lines of footnotes with no rule over them (`_heads`)
        self.notes_at: frozenset[int] = frozenset()  # … where they start in the piece (`_foreign`)
        self.head_on_at: frozenset[int] = frozenset()  # … where they start (the line-by-line path's)
        self.after_foot = False  # the last line looked at was a page's foot
        self.foot_cut = False  # … and the line of text over it broke off mid-sentence (`unheaded`)
        self.text_open = False  # the last line of text looked at broke off mid-sentence
        # the short lines set beside each running head met so far (`heads_between`), by the head's text, and
        # where the lines were looked at up to
        self.head_parts: dict[str, set[str]] = {}
        self.head_block_at = 0
        self.headed = 0  # source offset up to which lines were looked at for running heads
        self.rep = repairer
        self.bulk = bulk
        self.columns = columns
        self.ends = sentence_end
        self.closing = closing
        self.max_line = max_line
        self.carry = ""  # the unfinished last line
        self.base = 0  # source offset of carry[0]
        self.marked = False  # the text marks a number's break at a line's end with a hyphen (`_MARKED_BREAK`)
        # the text handed on right before carry: the last whole line with its break, and the part of the line
        # being cut ahead (`_line`) handed on so far; `undamaged` looks back over it (a line drawn twice, a
        # number cut, across two pieces: the copy is told as on the whole page, wherever the pieces end)
        self.last = ""
        # the last few whole lines handed on: the lines above a piece's first ones, which the judges of another
        # item's headline or of a line set apart look at (`_heads`) as they would on the whole page
        self.before: list[str] = []
        self.long_met = False  # a line too long to take whole was cut ahead (`_column_bulk`)
        self.ocr_one = ocr_one  # OCR's dash for the numeral one (layout.yaml ocr_one), for `undamaged`
        self.ocr_reads = ocr_reads  # a point OCR read as another mark (layout.yaml ocr_reads), for `undamaged`
        self.misreads = misreads  # a character read for another on any page (layout.yaml misreads), for `undamaged`
        self.numerals = numerals  # the Chinese numerals' characters (numerals.yaml), for `undamaged`
        self.number_after = number_after  # what may follow a number, for `read_across`
        self.stops = stops  # the marks ending a sentence or a clause (not Latin: 1,234), for `read_across`
        self.number_words = number_words  # the words that may follow a number, for `read_across`
        self.bounds = bounds  # the bound words and their qualifiers (不低于), for `read_across`
        self.magnitudes = magnitudes  # numerals.yaml's magnitudes and units.yaml's measure words, for `_unit_runs_on`
        self.measures = measures
        self.tail_words = magnitudes | measures  # what a number's tail opening a line goes on with (`astray_tails`)

    def _numbers_rows(self, line: str) -> bool:
        """Whether the line is a table's head whose rows open with their numbers or ranks (`TableLines.head_frame`)."""
        tables = self.rep.tables
        return tables is not None and hasattr(tables, "head_frame") and tables.head_frame(line)[0]

    def feed(self, piece: str, final: bool = False) -> Iterator[Paragraph]:
        buf = self.carry + piece if self.carry else piece
        buf = _pitch_closed(_heads_told(buf, self.rep.alone))
        if _CELL_NOTE_GATE.search(buf) is not None:
            # (a note's mark ending a table's cell, 7.46①, is blanked before the column stage sees the line: a row
            # that ends on no number is no row to it, and its cells would be parted as columns of text)
            buf = _NOTE_CELL_END.sub(_cell_mark_blanked, buf)
        # a \r at the end may be the first half of \r\n: wait for the next piece to tell
        end = len(buf) - 1 if buf.endswith("\r") and not final else len(buf)
        self.marked = self.marked or (_holds_any(buf, _MARKS) and _MARKED_BREAK.search(buf) is not None)
        wide = fold_width(buf)
        numbered = unnumbered(wide, self._numbers_rows)
        if numbered is not wide:
            # (the numbers of a page's lines are no part of the line as written either: a line under one read
            # past its number is shaped as if none stood there, 18 | 8  60人 a number cut as 18 | 60人 is)
            buf = "".join(b if n != " " or w == " " else " " for b, w, n in zip(buf, wide, numbered, strict=True))
        folded = unhyphened(numbered, self.rep.width if self.marked else None,
                            lambda: self.rep.width)  # one for one
        # (the line before the piece too: a line drawn twice, or a number cut, across two pieces)
        folded = undamaged(fold_width(self.last) + folded, self.ends, self.ocr_one, self.ocr_reads,
                           self.misreads, self.numerals)[len(self.last):]
        # (two items set side by side, read across with no gap: read item by item, `_side_run`)
        run = side_run(folded, self.rep.opens, self.ends, final) if "\u3000" in folded else None
        if run is not None:
            yield from self._side_run(buf, folded, run, final)
            return
        # (two columns read across: numbers cut between them)
        folded = read_across(folded, self.number_after, self.stops, self.number_words, self.bounds)
        # (two items read across: numbers cut at the left one's end, where `side_run` found no run whole)
        folded = side_by_side(folded, self.rep.opens, self.number_after)
        # (a number cut at its point whose tail stands anywhere on the page: lines printed a box each, out of order)
        folded = astray_tails(folded, self.tail_words, self.rep.complete)
        if self.chrome is not None:
            buf, folded = self.chrome.cleared(buf, folded, final)
        feet = self.feet
        if feet is not None:
            if self.title is None and (first := buf.lstrip(_SPACES + "\n")) and ("\n" in first or final):
                self.title = "".join(first.split("\n", 1)[0].split())  # (the text's first line: no line loop)
            if feet.gate.search(buf) is not None:  # (most pages hold no page's foot: no line is looked at)
                buf, folded = self.unheaded(buf, folded, final)
        buf, folded = self.heads_between(buf, folded, final)
        self.rep.number_pieces = _number_pieces(buf, self.base)
        if self.bulk and not _other_break(buf, end) and hasattr(self.columns, "bulk"):
            pos = yield from self._page(buf, folded, final)
        else:
            pos = 0
            # a headline set upright beside its item (`_spines`), as the bulk path reads it: its characters out of
            # the lines they open, the headline a paragraph of its own where its first character stands
            whole = buf, folded
            spine_at, spined = self._spines_apart(buf, folded, end, final) if _SPINE_GATE.search(buf) \
                else ({}, frozenset())
            if spine_at:
                buf, folded = self._blanked(buf, folded, spine_at)
            # (form feeds between pages keep the lines \n breaks: another item's headline is told there too)
            foreign, titles, stop_at = self._foreign(buf, final) if not _odd_break(buf, end) \
                else (frozenset(), {}, None)
            if stop_at is not None:  # the lines from there wait for the next piece (`_hold`)
                end = stop_at
                if any(at >= stop_at for at in spine_at):
                    # (a spine opening in the lines that wait is found again with them: its characters stay)
                    spine_at = {at: chars for at, chars in spine_at.items() if at < stop_at}
                    spined = frozenset(at for at in spined if at < stop_at)
                    buf, folded = self._blanked(*whole, spine_at)
            # (a line that held a spine's character alone is no blank line of the item's text beside it: left out; its
            # last character's line stays blank, as the blank line under the item that it is)
            for m in _BREAK.finditer(buf, 0, end):
                stop = m.start() if m.group()[0] in "\r\n" else m.end()
                if pos in spine_at:
                    yield from self._spine(spine_at[pos])
                if pos in spined and not buf[pos:stop].strip(_SPACES):
                    pos = m.end()
                    continue
                yield from self._one_line(buf, folded, pos, stop, foreign, titles)
                pos = m.end()
            if stop_at is not None:
                pass
            elif final and pos < len(buf):
                # (the text's last line, with no break after it, is told as the bulk path tells it: a number
                # box's figure there is a paragraph of its own, not a line the column stage may sweep)
                if pos in spine_at:
                    yield from self._spine(spine_at[pos])
                if buf[pos:].strip(_SPACES) or pos not in spined:
                    yield from self._one_line(buf, folded, pos, len(buf), foreign, titles)
                pos = len(buf)
            else:
                pos = yield from self._line(buf, folded, pos, len(buf), whole=False)
        if pos:
            self.last = self._kept(buf, pos)
        if pos and buf[pos - 1] == "\n":
            at = pos - 1
            for _ in range(_BEFORE):
                if at <= 0:
                    break
                at = buf.rfind("\n", 0, at)
            self.before = [*self.before, *buf[at + 1:pos - 1].split("\n")][-_BEFORE:]
        elif pos:
            self.before = []  # (a line cut ahead for its length: no line above the next piece's first one)
        self.carry = buf[pos:]
        self.base += pos

    def _side_run(self, buf: str, folded: str, run: tuple[int, int, list[Half], list[Half]],
                  final: bool) -> Iterator[Paragraph]:
        """buf with a run of two items read across (`interleave.side_run`): the lines before it as any, then the
        run's left halves, then its right ones, each a line of its own (the column stage's held lines first), then
        the lines after it."""
        start, end, left, right = run
        self.carry = ""
        if end < 0:  # a run the text does not end yet: the lines before it as any, the run waits for the rest
            if start:
                yield from self.feed(buf[:start])
            self.carry += buf[start:]
            return
        if start:
            yield from self.feed(buf[:start], final=True)  # (whole lines: nothing is carried over)
        yield from _flushed(self.columns, self.rep)
        base = self.base - start
        for s, e, opens, cut in (*left, *right):
            yield from self.rep.line(buf[s:e], folded[s:e], base + s, cut_after=cut, opens=opens)
        self.base += end - start
        self.last, self.before, self.carry = "", [], ""
        if end < len(buf) or final:
            yield from self.feed(buf[end:], final)

    def _kept(self, buf: str, pos: int) -> str:
        """What `undamaged` looks back over once buf[:pos] is handed on: the line above the unfinished one and
        what of that one is handed on (`_line` cuts a long line ahead). A line that opened before what is kept
        opens with `_UNSTARTED`, so it is not taken for a line's start (no line that long repeats: `_REPEAT_MAX`)."""
        cut = pos > _KEPT
        tail = buf[pos - _KEPT:pos] if cut else self.last + buf[:pos]
        own = tail.rfind("\n")  # the unfinished line starts after it (none where tail ends with a break)
        start = tail.rfind("\n", 0, own) + 1 if own >= 0 else 0
        kept = tail[start:]
        if (start == 0 and cut) or len(kept) > _KEPT:
            kept = _UNSTARTED + kept[-_KEPT:]
        return kept

    def _above(self, buf: str, start: int) -> str | None:
        """The whole line above the one that opens at buf[start], folded; None where start opens no line, the
        text's first line, or one longer than any line drawn twice (`_REPEATED_LINE`)."""
        text, at = (self.last, len(self.last)) if start == 0 else (buf, start)
        if not at or text[at - 1] != "\n":
            return None
        a = text.rfind("\n", 0, at - 1) + 1
        line = text[a:at - 1]
        if a == 0 and text is buf:
            line = self.last[self.last.rfind("\n") + 1:] + line  # (it opened before the piece)
        if _UNSTARTED in line or len(line) > _REPEAT_MAX:
            return None
        return fold_width(line)

    def _one_line(self, buf: str, folded: str, pos: int, stop: int, foreign: frozenset[int],
                  titles: dict[int, bool]) -> Iterator[Paragraph]:
        """One whole line of the line-by-line path, buf[pos:stop]: another item's headline and the next
        item's are set apart as the bulk path sets them (`_foreign`), any other goes through the column stage."""
        # as the bulk path: another item's headline, set after its paragraph (amid a page's blocks, a block of its own)
        if pos in foreign and (pos in self.notes_at or not _amid_blocks(self.columns)):
            for body, folded_, src, opens in _finish_at_title(self.columns):  # (lines before it go first)
                yield from self.rep.line(body, folded_, src, opens=opens)
            self.rep.defer(folded[pos:stop], self.base + pos)
        elif pos in titles:  # as the bulk path: the next item's headline, a paragraph of its own
            for body, folded_, src, opens in _finish_at_title(self.columns):
                yield from self.rep.line(body, folded_, src, opens=opens)
            if pos in self.label_at:
                self.rep.blank_since = False
            yield from self.rep.line(buf[pos:stop], folded[pos:stop], self.base + pos,
                                     cut_after=pos not in self.head_on_at, opens=titles[pos])
        else:
            yield from self._line(buf, folded, pos, stop, whole=True)

    def unheaded(self, buf: str, folded: str, final: bool) -> tuple[str, str]:
        """buf and folded with each page's running head made spaces, one for one: the line right under a page's
        foot (layout.yaml page_foot: — 3 —, 第 1 页 共 3 页) that repeats the text's first line (its title) or a
        line found under another page's foot, short and with no sentence's or clause's mark. A PDF's text sets
        the title at every page's head; joined, it would break the sentence the page cut (…园区2 | 某某市工作
        总结和2025年工作安排 | 个，…) and lend its words (规划, 2025年) to the sentence under it. The first head that
        repeats nothing stands (a heading may open a page), and so does a line under no foot."""
        feet = self.feet
        assert feet is not None
        cuts: list[tuple[int, int]] = []
        pos = 0
        lines = buf.split("\n")
        if not final:
            lines.pop()  # (the text after the last break waits until it is whole)
        for line in lines:
            start, pos = pos, pos + len(line) + 1
            if self.base + start < self.headed:
                continue  # (looked at in an earlier piece: a line held back comes again)
            self.headed = self.base + pos
            s = line.strip(_SPACES)
            if not s:
                continue
            key = "".join(s.split())
            if self.after_foot:
                self.after_foot = False
                # (… or, over a sentence the page cut, a line set in fields apart by a wide gap, the site's or the
                # paper's name and its section: 某某县人民政府网　民生动态 | 增 … 长11.7%; no line of the sentence is so set)
                if len(key) <= _RUNNING_HEAD and (key == self.title or key in self.heads or self._of_title(key)
                                                  or (self.foot_cut and _WIDE_GAP.search(s) is not None)) \
                        and self.rep.marks.isdisjoint(key):
                    cuts.append((start, start + len(line.rstrip("\r"))))
                    continue
                self.heads.add(key)
            if feet.foot(s):
                self.after_foot, self.foot_cut = True, self.text_open
            else:
                self.text_open = s[-1] not in self.rep.complete
        for a, b in cuts:
            gap = " " * (b - a)
            buf, folded = buf[:a] + gap + buf[b:], folded[:a] + gap + folded[b:]
        return buf, folded

    def _of_title(self, key: str) -> bool:
        """Is key (a short line under a page's foot) the title shortened or lengthened, as a report's running head
        sets it: 关于某某县2025年预算执行情况…的报告 headed 某某县2025年预算执行情况…的报告, a department's report headed
        by the department's name alone, 政府工作报告 headed 某某县人民政府工作报告? Either holds the other, and the
        shorter is no mere word (_TITLE_PART characters at least)."""
        title = self.title
        if not title or key == title:
            return False
        short, long_ = (key, title) if len(key) < len(title) else (title, key)
        if len(short) >= _TITLE_PART and short in long_:
            return True
        # … or the title's opening words (the issuer's name, _HEAD_OPENING characters at least) and its last word, the
        # middle left out: 某某县卫生健康委员会2025年工作总结和2026年工作计划 headed 某某县卫生健康委员会工作总结
        opening = len(os.path.commonprefix((key, title)))
        return opening >= _HEAD_OPENING and len(key) - opening >= 2 and key[opening:] in title[opening:]

    def heads_between(self, buf: str, folded: str, final: bool) -> tuple[str, str]:
        """buf and folded with a page's running head block made spaces, one for one, where it repeats one met
        before: the head line (layout.yaml running_head: the date and weekday), the short lines set right over and
        under it that stood by the first head too (the paper's name, the page's section) and a page number
        alone beside them. A text extractor that reads a page column by column may write the page's head
        between every two columns; joined, the page number runs into the number the column cut
        (…养老床位13 | 某某日报 | 2025年10月16日 星期四 | 3 | 20张 read 320张, a wrong value) and the sentence
        breaks. The first head of the text stands (its date may date the text); a line of it only beside it."""
        lines = buf.split("\n")
        if not final:
            lines.pop()  # (the text after the last break waits until it is whole)
        heads = _looking(self.rep.alone, lines, range(len(lines)))  # (most pages hold none: gate searches in C)
        if not heads:
            return buf, folded
        starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
        cuts: list[int] = []
        for h in heads:
            if self.base + starts[h] < self.head_block_at:
                continue  # (looked at in an earlier piece: a line held back comes again)
            self.head_block_at = self.base + starts[h] + 1
            key = "".join(lines[h].split())
            block = [h]
            known = self.head_parts.get(key)  # (None: the first time this head stands)
            for step in (-1, 1):
                k = h + step
                while 0 <= k < len(lines) and abs(k - h) <= _HEAD_BLOCK:
                    part = "".join(lines[k].split())
                    if not part or len(part) > _RUNNING_HEAD or not self.rep.marks.isdisjoint(part):
                        break
                    if known is not None:
                        if part not in known and _PAGE_NUMBER.fullmatch(part) is None:
                            break
                        block.append(k)
                    elif _PAGE_NUMBER.fullmatch(part) is None:
                        self.head_parts.setdefault(key, set()).add(part)
                    k += step
            top, bottom = min(block) - 1, max(block) + 1
            if known is not None and top >= 0 and bottom < len(lines) and lines[top].strip() \
                    and lines[bottom].strip() and not any(_other_break(lines[k]) for k in block):
                cuts += block  # (only a head set inside the text: a page's own, between blank lines or breaks, stands)
            self.head_parts.setdefault(key, set())
        for k in sorted(set(cuts)):
            a, b = starts[k], starts[k] + len(lines[k].rstrip("\r"))
            gap = " " * (b - a)
            buf, folded = buf[:a] + gap + buf[b:], folded[:a] + gap + folded[b:]
        return buf, folded

    def _foreign(self, buf: str, final: bool) -> tuple[frozenset[int], dict[int, bool], int | None]:
        """Where the lines `_page` would hold back as another item's headline start (`foreign_lines`),
        and where those it sets apart as the next item's headline (`title_lines`) or as a short line of a
        page written a paragraph a line (`own_lines`) start, with whether each opens a paragraph: the
        line-by-line reference treats the same ones so. The third: where the lines that wait for the next
        piece start, as `_page` leaves them (`_hold`), None where none wait."""
        if not hasattr(self.columns, "bulk"):
            return frozenset(), {}, None
        lines, starts = _page_lines(buf, final)
        if not lines:
            return frozenset(), {}, None
        if "\r" in buf:  # (lines broken by \r\n: each judged without its \r, where it starts as it did)
            lines = [line[:-1] if line.endswith("\r") else line for line in lines]
        # (while the stage holds lines, all go through it: as the lines of a page past its first m ones)
        m = self._column_bulk(lines, final)
        held = self._hold(lines, m, len(buf) - starts[-1], final) if self.columns.idle() else None
        if held is not None:
            m = len(lines)
        foreign, titles = self._heads(lines, m)
        self.label_at = frozenset(starts[k] for k in self.box_labels)
        self.head_on_at = frozenset(starts[k] for k in self.heads_on)
        self.notes_at = frozenset(starts[k] for k in self.notes_on)
        return (frozenset(starts[k] for k in foreign), {starts[k]: opens for k, opens in titles.items()},
                None if held is None else starts[held])

    def _first_long(self, lines: list[str]) -> int:
        """The index of the first line too long to take whole (cut ahead by `_line`), len(lines) where none is."""
        limit = 2 * self.max_line
        if not lines or max(map(len, lines)) <= limit:  # (most pages: one pass in C)
            return len(lines)
        return next(k for k, line in enumerate(lines) if len(line) > limit)

    def _column_bulk(self, lines: list[str], final: bool) -> int:
        """How many first lines the column stage hands on as they came (`Swept.bulk`), of the lines above the
        first one too long to take whole, and none once such a line was met: from there on every line goes
        through the stage one at a time, and no judge of another item's headline or of a line set apart looks
        at any (`_heads`). A line cut ahead is met in the piece it opens in, so the lines of each piece are
        judged alike wherever the stream is cut, as on the whole text."""
        if self.long_met or not lines:
            return 0
        long = self._first_long(lines)
        return self.columns.bulk(lines[:long], final and long == len(lines)) if long else 0

    def _hold(self, lines: list[str], m: int, tail: int, final: bool) -> int | None:
        """Where the lines that wait for the next piece start, or None: while the text goes on, the lines after
        the column stage's last whole window (`Swept.bulk`, lines[m:]) that fill none yet, and the lines a
        judge of the last ones looks at past them (`_AHEAD`: the window before them waits too). Judged with the
        lines that come, they are read as on the whole page, wherever a piece ends; a window's worth at most
        waits (a window filled and not handed on as it came goes through the stage now, as before)."""
        if final or not isinstance(self.columns, Swept):
            return None
        rest = len(lines) - m
        if rest >= MAX_LINES or sum(map(len, lines[m:])) + tail >= MAX_CHARS:
            return None
        if rest < _AHEAD and m:
            m = self.columns.bulk(lines[:m - 1], False) if m > 1 else 0
        return m

    def _heads(self, lines: list[str], m: int) -> tuple[set[int], dict[int, bool]]:
        """The lines of the page's lines (of which lines[:m] the column stage hands on as they came) that are
        another item's headline set into a paragraph (`foreign_lines`), and those set apart as a paragraph of
        their own, with whether each opens one (`own_lines`, `title_lines`, `figure_lines`). The lines handed
        on before (`before`) are the lines above the first: a judge looks at them as on the whole page."""
        self.box_labels = self.heads_on = self.notes_on = frozenset()
        if not lines or self.long_met:
            return set(), {}
        c = len(self.before)
        page = [*self.before, *lines] if c else lines
        page = page[:self._first_long(page)]  # (the lines from a line too long to take whole on are judged by none)
        if not page:
            return set(), {}
        m = min(m + c, len(page)) - c
        rep = self.rep
        foreign = set(rep.foreign_lines(page, m + c)) if m + c > 2 else set()
        if foreign and self.magnitudes:  # (a number's line whose unit opens the line under it is the paragraph's own)
            foreign = {k for k in foreign if not _unit_runs_on(page, k, self.magnitudes, self.measures)}
        feet = self.feet
        ruled = feet is not None and feet.rule is not None and feet.ruled("\n".join(page))
        if ruled:
            assert feet is not None
            foreign.update(feet.footnotes(page, len(page)))  # (past m too: the lines the column stage takes)
        # footnotes over a page's foot with no rule over them: set after the cut paragraph amid a page's blocks too
        # (`_amid_blocks`: there a short line is told from another item's headline no other way; these by their mark)
        notes: set[int] = set()
        if feet is not None and feet.unruled is not None and not ruled:
            notes = set(feet.unruled_notes(page))
            foreign.update(notes)
        titles = rep.own_lines(page)
        titles.update(dict.fromkeys(rep.title_lines(page, m + c), True))
        # (where the second line alone was taken for the headline, under a first that ends on a quote: both)
        pairs = [k for k in rep.title_pairs(page, m + c) if k not in titles and titles.get(k + 1, True)] \
            if not rep.per_line else []
        for k in pairs:  # a headline of two lines: the first opens its paragraph, the second ends it
            titles[k], titles[k + 1] = True, False
        under, first = rep.figure_lines(page)
        labels: set[int] = set()
        for k in under:
            titles.setdefault(k, False)
            foreign.discard(k)
            if _CELL_FIGURE.fullmatch(page[k]) is not None:
                foreign.discard(k - 1)  # (a flattened table's label over its bare number: no other item's headline)
        for k, role in first.items():  # a box of figures over their labels: each label ends its entry, opens none
            foreign.discard(k)
            if role == _FIGURE:
                titles.pop(k, None)  # (a figure goes on with its label)
            elif role == _LABEL:
                titles[k] = False
                labels.add(k)
            elif _prev_text(page, k)[-1:] in rep.complete and page[k].strip(_SPACES)[-1:] not in rep.complete:
                # (the box's title under a paragraph's last line, 数说·1至7月 under …岗位1200个。: it opens the box, a
                # paragraph of its own, not the tail of the item above it, whose figures it would take for its own)
                titles[k] = True
            else:
                titles.setdefault(k, False)  # (the box's title, over its first figure)
        on = {k for k in pairs if titles.get(k) is True and titles.get(k + 1) is False}
        if c:
            foreign = {k - c for k in foreign if k >= c}
            notes = {k - c for k in notes if k >= c}
            titles = {k - c: opens for k, opens in titles.items() if k >= c}
            labels = {k - c for k in labels if k >= c}
            on = {k - c for k in on if k >= c}
        self.heads_on = frozenset(on)  # (the first line of a headline of two: no cut after it)
        self.notes_on = frozenset(notes)
        self.box_labels = frozenset(labels)  # (a box's label goes on with its figure across blank lines: pdfminer's
        return foreign, titles  # boxes, 1.86万张 | | 新增养老机构护理型床位, as across a break)

    def _page(self, buf: str, folded: str, final: bool) -> Generator[Paragraph, None, int]:
        """The whole lines of buf (broken by \n alone), plain ones in bulk; returns where the rest begins.

        A plain line is not blank, starts with no space and holds no two in a row nor one between
        Latin letters, is not too long to take whole and does not open a paragraph by its words; most
        lines of a page are plain, and a run of them only joins the paragraph being built
        (`_Repairer.run`): one slice of the page with its breaks and spaces taken out, one extend of
        the offset map. Lines the column stage hands on as they are (`Columns.bulk`, `idle`, `passes`) skip it:
        a blank line and an indented one (which opens a paragraph and heads the run after it) are
        settled here, others go to the repairer alone; any other line, and every line while the
        stage holds some, goes through it and the repairer one at a time, as a page with other
        breaks does.
        """
        lines, starts = _page_lines(buf, final)
        n = len(lines)
        cols, rep = self.columns, self.rep
        limit = 2 * self.max_line
        # the column stage sees the lines after its first `bulk` ones (all, when a line must be cut)
        m = self._column_bulk(lines, final)  # lines[:m] in bulk
        # (while the text goes on, the lines after the last whole window wait for the next piece: `_hold`)
        held = self._hold(lines, m, len(buf) - starts[n], final) if n and cols.idle() else None
        judged = m
        if held is not None:
            judged, m = n, held
        # a headline set upright beside its item (`_spines`): its characters taken out of the lines they open, the
        # headline a paragraph of its own where its first character stands
        spine_at = _spines(lines, held if held is not None else n) if _SPINE_GATE.search(buf) else {}
        spine_chars: dict[int, list[tuple[str, str, int]]] = {}
        if spine_at:
            blanked, folded_blanked = list(buf), list(folded)
            for k0, offsets in spine_at.items():
                spine_chars[k0] = [(buf[o], folded[o], o) for o in offsets]
                for o in offsets:
                    blanked[o] = folded_blanked[o] = " "
            buf, folded = "".join(blanked), "".join(folded_blanked)
            lines = buf.split("\n")[:n]
        # (a line that held a spine's character alone is no blank line of the item's text beside it: left out; its
        # last character's line stays blank, as the blank line under the item that it is)
        spined = {k for k in (bisect_right(starts, o) - 1 for offsets in spine_at.values() for o in offsets[:-1])
                  if not lines[k].strip(_SPACES)} if spine_at else set()
        # the lines to look at alone, found by mapping C functions over the page's lines: blank ones,
        # those with a space at the start, two in a row or between Latin letters, and of the others
        # those a paragraph opener matches (spaces at the end stripped, as `_Repairer.line` does)
        numbers, bulk_lines = range(m), lines if m == n else lines[:m]
        has_space = list(map(_SPACE_OR_BAR.search, bulk_lines))
        no_space = list(map(operator.not_, has_space))
        looks = [i for i in compress(numbers, has_space) if _NEEDS_LOOK.search(lines[i])
                 or (rep.label_gap is not None and rep.label_gap.search(lines[i]) is not None)
                 or _ORDINAL_GAP.match(lines[i]) is not None]
        if looks:
            spaced_plain = set(compress(numbers, has_space)).difference(looks)
        else:
            spaced_plain = set(compress(numbers, has_space))
        plain = list(compress(numbers, no_space))
        # (a signed end needs a hyphen: a containment test in C leaves the pattern the few lines holding one,
        # not a try at every character of every line)
        signed = list(compress(plain, map(operator.contains, map(lines.__getitem__, plain), itertools.repeat("-"))))
        dotted = list(compress(plain, map(operator.contains, map(lines.__getitem__, plain), itertools.repeat("."))))
        digit_ended = list(compress(plain, map(str.isdigit, map(_LAST, map(lines.__getitem__, plain)))))
        special = {*looks, *compress(numbers, map(operator.not_, bulk_lines)),
                   *compress(numbers, map(str.isdigit, bulk_lines)),  # a page number, maybe (`_PAGE_NUMBER`)
                   *_looking(rep.looks, lines, plain),
                   *_looking(_SIGNED_END.search, lines, signed),
                   *_looking(_GLUED_END.search, lines, dotted),  # two points: lines holding one
                   *_looking(_BRACKET_END.search, lines, digit_ended),  # a bracket before the last number?
                   # (the line under one that ends on a label's number, 详见表1 | 34个: `_label_end`)
                   *(k + 1 for k in compress(numbers, map(str.isdigit, map(_LAST, bulk_lines)))
                     if rep.label_end is not None and k + 1 < m and lines[k + 1][:1].isdigit()
                     and rep.label_end.search(lines[k]) is not None),
                   # (the line under one that ends on a whole number, opening on a decimal: `_Repairer._apart_at_break`)
                   *(k + 1 for k in compress(numbers, map(str.isdigit, map(_LAST, bulk_lines)))
                     if k + 1 < m and _DECIMAL_OPENS.match(lines[k + 1].lstrip(_SPACES)) is not None),
                   # (a line under a number `unnumbered` took away is read past it: 04 （四）… a heading)
                   *(i for i in spaced_plain if rep.looks(
                       _past_number(lines[i], folded[starts[i]:starts[i] + len(lines[i])]).strip(_SPACES)
                       if lines[i].lstrip(" ")[:1].isdigit() else lines[i].rstrip(_SPACES)) or rep.opens_packed(lines[i]))}
        ends = getattr(rep.tables, "head_ends", None)
        if ends and m > 1:
            # a short line under one that ends as a table's head does (the first row's label over its cells, 指标名称
            # 单位 2022年 2023年 | 全市新增就业岗位): looked at alone, as `_Repairer.line` may hold the head over it
            under = compress(range(1, m), map(ends.__contains__, map(_LAST, map(str.rstrip, lines[:m - 1]))))
            special.update(k for k in under if rep.wrapped_label(lines[k].strip(_SPACES)))
        # (the next item's headline opens a paragraph of its own; a short line of a page written a paragraph
        # a line ends its paragraph, and opens one under a line that ends complete: `own_lines`; a number
        # box's figure under its label ends its entry: `figure_lines`, no other item's headline)
        # (asked while the stage holds lines too, a piece's lines all past m then: as on the whole page, where the
        # lines the stage takes after its first m ones are asked)
        foreign, titles = self._heads(lines, judged)
        special = sorted(special | {k for k in foreign if k < m} | {k for k in titles if k < m}
                         | {k for k in spine_chars if k < m} | {k for k in spined if k < m})
        special.append(m)
        i, lead = 0, 0  # the next run begins at line i, its first `lead` characters (an indent) dropped
        for k in special:
            while i < k and not cols.idle():  # glued columns being gathered: a line at a time
                yield from self._line(buf, folded, starts[i], starts[i] + len(lines[i]), whole=True)
                i, lead = i + 1, 0
            while i < k and rep.jumped:
                # after a jump's mark (…投资增 | （下转第2版））: the page's foot and head, a headline set over the
                # mark taking the sentence up, and the line that ends the jump, a line at a time as `_Repairer._jump`
                # judges them (a run would take them as plain lines: the sentence never taken up)
                s = starts[i]
                yield from rep.line(lines[i], folded[s:s + len(lines[i])], self.base + s)
                i, lead = i + 1, 0
            if i < k:
                if rep.offsets.size + starts[k] - starts[i] <= rep.max_par:
                    yield from rep.run(lines, folded, starts, i, k, lead, self.base)
                else:  # a paragraph this long is cut line by line
                    for j in range(i, k):
                        s = starts[j]
                        yield from rep.line(lines[j], folded[s:s + len(lines[j])], self.base + s)
            i, lead = k + 1, 0
            if k == m:
                break
            line = lines[k]
            if k in spine_chars:
                # (the item's text beside its first character: the line read on as any, as the line-by-line path)
                yield from self._spine(spine_chars[k])
            if k in spined:
                continue
            if k in foreign:  # a headline of another item set into the paragraph: after it
                rep.defer(folded[starts[k]:starts[k] + len(line)], self.base + starts[k])
                continue
            if k in titles:  # the next item's headline under the end of a paragraph: a paragraph of its own
                s = starts[k]
                if k in self.box_labels:
                    rep.blank_since = False
                    # (… and its indent, where a page indents every line it sets apart (a PDF read by stats: each
                    # line of a box a paragraph), opens none: the label goes on with its figure, 4.3% | 9月份…)
                    line, s = _unindented(line, s)
                yield from rep.line(line, folded[s:s + len(line)], self.base + s, cut_after=k not in self.heads_on,
                                    opens=titles[k])
                continue
            if len(line) <= limit and cols.idle() and cols.passes(line):  # the column stage hands it on
                rest = line.lstrip(_SPACES)
                if not rest:
                    rep.blank_since = True  # as `_Repairer.line` takes a blank line
                    continue
                # indented (the class scan first): it opens a paragraph and heads the next run; an indented
                # heading or page number stands alone (`line` takes it); a zero-width character opening the line
                # prints nothing and is no indent (…提高2.4个 | \u200b百分点)
                if len(rest) < len(line.lstrip(_ZERO_WIDTH)) and (_HAS_SPACE.search(rest) is None
                                              or _NEEDS_LOOK.search(rest) is None) and not rep.spaced_on(line) \
                        and not rep.flush(line) and not rep.drop_cap(rest.rstrip(_SPACES)) \
                        and not rep.looks(rest.rstrip(_SPACES)) and _PAGE_NUMBER.fullmatch(rest.rstrip(_SPACES)) is None:
                    i, lead = k, len(line) - len(rest)
                    continue
                s = starts[k]
                yield from rep.line(line, folded[s:s + len(line)], self.base + s)
                continue
            yield from self._line(buf, folded, starts[k], starts[k] + len(line), whole=True)
        if held is not None:
            return starts[held]
        for k in range(m, n):
            if k in spine_chars:
                yield from self._spine(spine_chars[k])
            if k in spined:
                continue
            # a page's footnotes (`_Feet.footnotes`), as the line-by-line path sets them (amid blocks: `_amid_blocks`)
            if k in foreign and (k in self.notes_on or not _amid_blocks(cols)):
                for body, folded_, src, opens in _finish_at_title(cols):
                    yield from rep.line(body, folded_, src, opens=opens)
                rep.defer(folded[starts[k]:starts[k] + len(lines[k])], self.base + starts[k])
                continue
            if k in titles:  # as before the bulk lines' end, after the lines the column stage holds
                for body, folded_, src, opens in _finish_at_title(cols):
                    yield from rep.line(body, folded_, src, opens=opens)
                s = starts[k]
                line = lines[k]
                if k in self.box_labels:
                    rep.blank_since = False
                    line, s = _unindented(line, s)  # (as above)
                yield from rep.line(line, folded[s:s + len(line)], self.base + s,
                                    cut_after=k not in self.heads_on, opens=titles[k])
                continue
            yield from self._line(buf, folded, starts[k], starts[k] + len(lines[k]), whole=True)
        if final:
            return len(buf)
        return (yield from self._line(buf, folded, starts[n], len(buf), whole=False))

    @staticmethod
    def _spines_apart(buf: str, folded: str, end: int,
                      final: bool) -> tuple[dict[int, list[tuple[str, str, int]]], frozenset[int]]:
        """The headlines set upright (`_spines`) among buf's whole lines before `end`, however its lines break
        (\r\n, form feeds): by where each one's first line starts, each character as written, folded and its
        offset in the piece; and where each line holding one of their characters starts."""
        lines: list[str] = []
        starts: list[int] = []
        pos = 0
        for m in _BREAK.finditer(buf, 0, end):
            lines.append(buf[pos:m.start()])
            starts.append(pos)
            pos = m.end()
        if final and pos < end:
            lines.append(buf[pos:end])
            starts.append(pos)
        found = _spines(lines, len(lines), starts)
        return ({starts[k]: [(buf[o], folded[o], o) for o in offsets] for k, offsets in found.items()},
                frozenset(starts[bisect_right(starts, o) - 1] for offsets in found.values() for o in offsets[:-1]))

    @staticmethod
    def _blanked(buf: str, folded: str, spine_at: Mapping[int, list[tuple[str, str, int]]]) -> tuple[str, str]:
        """buf and folded with the spines' characters made spaces, one for one."""
        if not spine_at:
            return buf, folded
        blanked, folded_blanked = list(buf), list(folded)
        for chars in spine_at.values():
            for _, _, o in chars:
                blanked[o] = folded_blanked[o] = " "
        return "".join(blanked), "".join(folded_blanked)

    def _spine(self, chars: list[tuple[str, str, int]]) -> Iterator[Paragraph]:
        """A headline set upright (`_spines`), each character as written, folded and its offset in the page: the lines
        the column stage holds first, then the headline, a paragraph of its own."""
        for body, folded_, src, opens in _finish_at_title(self.columns):
            yield from self.rep.line(body, folded_, src, opens=opens)
        for j, (ch, fch, at) in enumerate(chars):
            yield from self.rep.line(ch, fch, self.base + at, cut_after=j == len(chars) - 1, opens=j == 0)

    def finish(self) -> Iterator[Paragraph]:
        yield from self.feed("", final=True)
        for body, folded, src, opens in self.columns.finish():
            yield from self.rep.line(body, folded, src, opens=opens)
        yield from self.rep.finish()

    def _line(self, buf: str, folded: str, start: int, stop: int, whole: bool) -> Generator[Paragraph, None, int]:
        """Hand over buf[start:stop], cut ahead while it is too long; returns where the rest begins. An
        unfinished line that may yet be a copy of the line above it (what of it has come opens that line) is
        not cut: made spaces if it is one (`_REPEATED_LINE`), it is told whole as on the whole page."""
        if not whole and stop - start > 2 * self.max_line and (above := self._above(buf, start)) is not None \
                and above.startswith(fold_width(buf[start:stop])):
            return start
        while stop - start > 2 * self.max_line:
            self.long_met = True  # (the lines after it are judged as on the whole text: `_column_bulk`)
            for body, folded_, src, opens in self.columns.finish():  # lines held back go first
                yield from self.rep.line(body, folded_, src, opens=opens)
            cut = self._cut(buf, start, stop)
            yield from self.rep.line(buf[start:cut], folded[start:cut], self.base + start, cut_after=True)
            start = cut
        if whole:
            for body, folded_, src, opens in self.columns.take(buf[start:stop], folded[start:stop], self.base + start):
                yield from self.rep.line(body, folded_, src, opens=opens)
            return stop
        return start

    def _cut(self, buf: str, start: int, stop: int) -> int:
        """Where to end a part of a long line: after the last sentence end (and its closing marks) in
        the next max_line characters; without one, at a place that splits no number and no spaces."""
        limit = start + self.max_line
        end = max((buf.rfind(c, start, limit) for c in self.ends), default=-1)
        if end >= start + self.max_line // 2:
            cut = end + 1
            while cut < stop and (buf[cut] in self.closing or buf[cut] in self.ends):
                cut += 1
            return cut
        cut = limit
        while cut > start + 1 and (buf[cut - 1] in _SPACES or buf[cut] in _SPACES
                                   or (_is_ascii_alnum(buf[cut - 1]) and _is_ascii_alnum(buf[cut]))):
            cut -= 1
        return cut if cut > start + 1 else limit


@functools.lru_cache(maxsize=64)  # (the same four sets of the rules for every document: its repairer asks at its start)
def untitled_marks(sentence_end: str, clause_end: str, closing: str, complete: str) -> str:
    """The marks of these sets that no headline line holds (`_HEADLINE_LINE`: no \\p{Po} but a number's point
    or percent), in order."""
    return "".join(sorted(c for c in {*sentence_end, *clause_end, *closing, *complete}
                          if unicodedata.category(c) == "Po" and c not in ".%"))


# The classes of `mark_class` by their marks: compiled once (`in` tests for each mark over a page's lines cost
# ten times the one class search), and carried compiled by the prepared extractor as `_GATES` are (`re`'s
# parser would cost every start ~4 M instructions)
_MARK_CLASSES: dict[str, re.Pattern[str]] = {}


def mark_class(marks: str) -> re.Pattern[str] | None:
    """The class of these marks, compiled; None for no marks."""
    if not marks:
        return None
    got = _MARK_CLASSES.get(marks)
    if got is None:
        got = _MARK_CLASSES[marks] = compiled_re(f"[{re.escape(marks)}]")
    return got


def keep_mark_classes(made: Mapping[str, re.Pattern[str]]) -> None:
    """Classes compiled before (`mark_class`, in a pickle): taken as they are."""
    for marks, pattern in made.items():
        _MARK_CLASSES.setdefault(marks, pattern)


def _glued_candidates(lines: Sequence[str], page: str) -> list[int]:
    """The lines of a page that may be a number box's glued entry (`_GLUED_START`: a digit opens them), in order,
    found by one scan of page ("\\n".join(lines)) instead of a strip and a match a line: a page of 800 lines holds a
    few dozen. Every line where a line holds a newline of its own (the page's lines would not be the lines)."""
    if page.count("\n") != len(lines) - 1:
        return list(range(len(lines)))
    out = [0] if _GLUED_FIRST.match(page) else []
    k = last = 0
    for m in _GLUED_START.finditer(page):
        k += page.count("\n", last, m.end())  # (the newline the match opens on counted: the line after it)
        last = m.end()
        out.append(k)
    return out


class _GluedOnce:
    """`glued_page(lines)`, worked out at the first call and kept: what `functools.cache` of a `partial` gives, without
    the wrapper's making (its attributes copied: ~2% of the fixed cost of a short text, made twice a page)."""

    __slots__ = ("lines", "answer")

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self.answer: bool | None = None

    def __call__(self) -> bool:
        if self.answer is None:
            self.answer = glued_page(self.lines)
        return self.answer


class _Repairer:
    """Line by line, the paragraph being built and what the next line is judged by.

    A paragraph past 2 × max_line characters (a page without paragraph marks) ends after
    its next sentence, cut inside the line if need be, and past twice that at the next
    line whatever it holds: nothing held here grows with the page.
    """

    def __init__(self, width: float | Callable[[], float], opens: Callable[[str], object], sentence_end: str,
                 max_line: int, closing: str, complete: str,
                 alone: Callable[[str], object] = lambda _line: False,
                 heading: Callable[[str], object] = lambda _line: False,
                 looks: Callable[[str], object] | None = None, tables: TableLines | None = None,
                 jump_out: Callable[[str], object] = lambda _line: False,
                 jump_in: Sequence[regex.Pattern[str]] = (), clause_end: str = "",
                 note: Callable[[str], object] = lambda _line: False,
                 per_line: bool | Callable[[], bool] = False, word_cuts: Sequence[tuple[str, str]] = (),
                 caption: Callable[[str], object] = lambda _line: False, lead_after_figure: str = "",
                 shared: bool | Callable[[], bool] = True) -> None:
        # the page's typical line width, measured when a blank line first needs it (a page without
        # blank lines after an unfinished line never does)
        self._width = width
        # two of the page's lines share a width (`_widths_shared`), told when a first line alone first asks
        self._shared = shared
        # the page is written a paragraph a line (`_paragraph_a_line`), told when a short line first asks
        self._per_line = per_line
        self.opens = opens  # opens a paragraph (a dateline; a running head, which `alone` tells apart)
        # a number's word cut at a line's end, (end, opening) pairs (百分 | 之六十八点五): the line goes on in the next
        self.word_cuts = tuple(word_cuts)
        self._cut_ends = tuple(e for e, _ in self.word_cuts)
        self.alone = alone  # a paragraph of its own: the line after it opens the next
        # a numbered heading (二、2024年重点工作): a paragraph of its own where the line before it
        # ended complete, or under a title block (no mark in the paragraph above); a text with a paragraph a
        # line writes it with no blank line around it
        self.heading = heading
        self.looks = looks or opens  # a line the bulk path hands to `line` alone (opens, alone, heading)
        self.closing = closing
        self.complete = complete
        ends = re.escape(sentence_end)
        self.sentence_end = compiled_re(f"[{ends}][{ends}{re.escape(closing)}]*") if sentence_end else None
        # a line opening with a sentence's or a clause's mark (；医药产品…) under one that ended its sentence
        # (…企业迈进。) goes on no sentence there: it takes up one another item broke into (`_resumed`)
        resumes = re.escape(sentence_end + clause_end + "%")
        self.resumes = frozenset(sentence_end + clause_end + "%")
        self.sentence_chars = frozenset(sentence_end)
        self.marks = frozenset(sentence_end + clause_end)  # a line holding one is a sentence's, no headline's
        # the marks of these sets that no headline line holds (`_HEADLINE_LINE`: no \p{Po} but a number's point
        # or percent): `title_lines` asks one class search of a line before it asks more
        untitled = mark_class(untitled_marks(sentence_end, clause_end, closing, complete))
        self.untitled = untitled.search if untitled is not None else None
        # (spaces after the mark are stripped as `line` strips them: 。 then a space, then %)
        self.resume_seam = compiled_re(f"[{ends}][{re.escape(_SPACES)}]*\n[{resumes}]") if sentence_end else None
        self.max_par = 2 * max_line
        self.start = 0  # repaired offset of the paragraph being built
        self.chunks: list[str] = []
        self.pieces: list[str] = []
        self.offsets = OffsetMap()
        self.opened_at = 0
        self.last_line = ""  # stripped text of the last non-blank line
        self.last_lead = 0  # … and the spaces it was set in by (`flush`)
        self.number_pieces: frozenset[int] = frozenset()  # lines of digits cut out of a number (`_number_pieces`)
        self.before_last = ""  # … and of the line before it (a table's head may run over two: `_head_above`)
        self.last_body = self.before_body = ""  # the two lines as laid out, their leading spaces kept
        self.third_body = ""  # … and the one before them (a table's head may run over three: `_head_above`)
        self.blank_since = False
        # a line cut inside a number was followed, past a blank line, by an item's first line (…岗位3 | | ■ 某县…): the
        # reader's lines are out of order here, and the number's rest comes later, where it may meet another cut
        self.dangling = False
        self.prev = ""  # last character written, "" at the start of a paragraph
        self.cut_before = False  # the paragraph was cut after the last line (it ended a sentence)
        self.tables = tables
        self.label_gap: re.Pattern[str] | None = None  # a table's or a figure's number and the gap after it (`_label_gap`)
        self.label_end: re.Pattern[str] | None = None  # … and one that ends a line (`_label_end`)
        # the words that head a table's label column: one alone on a line opens a table printed a cell a line
        self.label_heads = frozenset(tables.labels) if tables is not None else frozenset()
        tail = getattr(tables, "cell_tail", "") if tables is not None else ""
        self.row_tail = tail  # a table's row (`_row_pattern`), its cells' qualifiers taken
        # the growth words a goal's cell may write before its number (增长6%左右: `_own_row`), and the words a last
        # column of how far each row met its goal holds (基本完成: tables.yaml word_cells), a row's last cell
        # (… or a bound's verb, 控制在5.5%以内: tables.yaml bound_leads)
        leads = (*getattr(tables, "change_labels", ()), *getattr(tables, "bound_leads", ()))
        self.own_lead = "|".join(map(regex.escape, sorted(leads, key=len, reverse=True)))
        self.cell_words = frozenset(w for ws in (getattr(tables, "word_cells", None) or {}).values() for w in ws)
        self.row_band = getattr(tables, "label_band", "") if tables is not None else ""  # … its label's age band
        # … or a year alone, a row of a table of years (2023 15.6 2.65, 2023年 620 318): a row only under a table's head
        self.row_year = getattr(tables, "year_label", "") if tables is not None else ""
        self.columns = 0  # the value columns of the table whose rows the last lines were (0: none)
        # … and what frames its rows' cells (a row number before them, a word after them: `TableLines.head_frame`)
        self.frame: tuple[bool, frozenset[str]] = (False, frozenset())
        self.halves = False  # … and whether it is set in two halves side by side (`TableLines.head_halves`)
        self.noted = False  # … and whether its last column holds remarks (备注: `TableLines.head_noted`)
        self.whole_row = False  # the last line was a label and whole numbers with gaps between them
        # the last line was a page's number (— 3 —) under a table's rows: the page's running head may come next,
        # and the rows go on under it (`_turned`)
        self.turned = False
        self.wrapped = False  # the last line was a row's label run on under the row (`line`)
        self.deferred: list[tuple[str, int]] = []  # lines of another item, set after the paragraph they broke into
        self.recent: list[str] = []  # the paragraph's last few lines (stripped): the width of its own column
        self.jump_out = jump_out  # a jump to another page (（下转第2版）) or an editor's note that closes an article
        # the source offsets of the last characters of paragraphs broken off mid-sentence at a jump's mark on a line
        # of its own (dropped here): `_resumed` goes on with such a paragraph at the mark taking it up
        self.jump_ends: set[int] = set()
        self.jump_in = jump_in  # … and the mark that takes a jumped article up again (（上接第1版）)
        self.jumped = False  # the paragraph broke off mid-sentence at a jump: the page's foot and head may follow
        self.jump_title: tuple[str, str, int] | None = None  # a headline after the jump, held: over its mark?
        self.note = note  # the editors' names at a page's foot (layout.yaml page_note)
        self.caption = caption  # a picture's caption and credit (layout.yaml photo_caption)
        # a lead opening on its year under a line ending on a figure (…养老床位420张 | 2025年，…): the line is a headline
        # glued to its lead, which opens a paragraph (layout.yaml lead_after_figure); in a run of lines, the seam
        self.lead_open = compiled_regex(lead_after_figure).match if lead_after_figure else None
        self.lead_seam = compiled_regex(_FIGURE_TAIL + r"[ \t\u3000]*\n[ \t\u3000]*(?:" + lead_after_figure + ")") \
            if lead_after_figure else None

    def line(self, body: str, folded: str, src: int, cut_after: bool = False, opens: bool = False) -> Iterator[Paragraph]:
        """Take one line (as written, and folded); yields the paragraphs it closes. opens: it opens a
        paragraph whatever it looks like (a column piece the layout repair would not join)."""
        stripped = (_past_number(body, folded) if body.lstrip(" ")[:1].isdigit() else body).strip(_SPACES)
        if not stripped or _BAR_RULE.fullmatch(body) is not None:  # (a table's rule under bars, | --- |: a blank line)
            # a page break under a line that fills its column mid-sentence: the sentence goes on over the
            # page's running head (dropped below) on the next page, as under no break at all
            if not ("\f" in body and self.offsets.size and not self.cut_before
                    and _full(self.last_line, self.width, self.complete)):
                self.blank_since = True
            return
        blank = self.blank_since
        if self.jumped or (self.offsets.size and self.jump_out(stripped) and self.last_line
                           and self.last_line[-1] not in self.complete):
            title = self.jump_title
            taken = self._jump(body, folded, src, stripped)
            if taken is None:
                return
            if taken < 0:  # the jump ended with no mark: a headline held goes first, a paragraph of its own
                if title is not None:
                    self.cut_before = True  # (not the broken paragraph's rest: `_resumed` may take that up later)
                    yield from self.line(*title)
                self.cut_before = True
                taken = 0
            body, folded, src = body[taken:], folded[taken:], src + taken
            stripped = body.strip(_SPACES)
        note = bool(self.note(stripped))
        if note and self.offsets.size and not self.cut_before and self.last_line[-1:] not in self.complete:
            return  # the editors' names inside a sentence that the page's foot cut: dropped, the sentence runs on
        if _LATIN_LINE.fullmatch(stripped) is not None and not _is_ascii_letter(self.last_line[-1:]):
            note = True  # (a line of Latin words under a line that ends in none: a paragraph of its own)
        if self.caption(stripped):
            if self.offsets.size and not self.cut_before and self.last_line[-1:] not in self.complete:
                # a picture's caption inside a sentence that runs on past the picture (…为1.37 | ▲… 摄 | 万名…): held,
                # a paragraph of its own after the one it broke into
                self.defer(folded.strip(_SPACES), src + (len(folded) - len(folded.lstrip(_SPACES))))
                return
            note = True  # (elsewhere a paragraph of its own, as an editors' line)
        size = self.offsets.size
        if size > self.max_par and not cut_after:
            m = self.sentence_end.search(folded) if self.sentence_end is not None else None
            if m is not None and folded[m.end():].strip(_SPACES):
                k = m.end()  # too long: the paragraph ends with this line's first sentence
                yield from self.line(body[:k], folded[:k], src, cut_after=True, opens=opens)
                yield from self.line(body[k:], folded[k:], src + k)
                return
            cut_after = m is not None or size > 2 * self.max_par
        heading = bool(self.heading(stripped)) and (
            not self.last_line or self.blank_since or self.cut_before or self.last_line[-1] in self.complete
            or not _full(self.last_line, self.width, self.complete)  # after a title line (州财政局)
            # … or under a paragraph holding no mark at all, a document's title and byline (某某县2025年…统计公报 |
            # 某某局 2026年5月26日): no sentence's lines, whatever the page's width (a bulletin's table rows, most of
            # its lines, make its typical width a row's, and a byline as wide as one looks full)
            or self.marks.isdisjoint("".join(self.pieces)))
        held = self._turned(stripped)
        prior, wrapped = self.columns, self.wrapped
        framed = bool(prior) and (self.frame[0] or bool(self.frame[1]))
        self.wrapped = False
        keep = self.row_gaps(folded, body)  # gaps between a row's cells, kept (None: no such row)
        if held and keep is None:
            self.columns = held  # a table's rows broken by a page: its foot and head pass, the table goes on
        elif prior and keep is None and (not wrapped or framed) and self.wrapped_label(
                _SPACE_RUN.sub("", stripped) if framed else stripped):
            # a row's label run on to a line of its own under its cells (社区卫生服务 3 88 / 中心): a paragraph of
            # its own (the row above closed its), and the rows under it go on; one such line at a time (a plan's
            # table of indicators, its cells framed, may have a label's rest set apart by gaps, 资源 床位数（张）,
            # and a page's foot and head under it)
            self.columns, self.wrapped = prior, True
        elif not prior and keep is None and self.tables is not None and self.last_line and not wrapped \
                and self.wrapped_label(stripped) and (above := self._head_above()):
            # … or the first row's label run on over its cells, right under the head (诊所、卫生所、医务室 / 和护理站
            # 862 — —): the rows under it go on under that head
            self.columns, self.wrapped = above, True
        row = keep is not None or _NUMBER_GAP.search(body) is not None  # a table row read as a line: a paragraph of its own
        if size and not self.cut_before and _full(self.last_line, self.width, self.complete) \
                and (self._alone(stripped) or (not self.blank_since and _PAGE_NUMBER.fullmatch(stripped) is not None
                                              and not _cut_in_narrow_column(self.last_line, self.width)
                                              and self.width > _OWN_MIN
                                              and src not in self.number_pieces)):
            # (a page whose commonest line is no wider than a table's label, its lines mostly cells, pdftotext's of a
            # table a cell a line: a label as wide is no sentence the page cut, the number under it the row's cell)
            # a running head or page number under a full line, in the sentence a page break cut: dropped; a running
            # head set between blank lines too (…住院人次达到6.42万 | | 某某日报 2026年1月15日 星期四 第2版 | | 人次，…):
            # the blank lines around it are the column break the sentence runs on over (`runs_on`)
            return
        # a drop cap: the paragraph so far one Han character alone on its line (a paragraph's first character set
        # large), the line under it long: the paragraph's first line goes on from it, whatever it opens with (五 |
        # 峰新闻网讯…); a vertical headline's characters are each over a short line
        drop_cap = self.drop_cap(stripped)
        bullet = blank and _BULLET_OPENS.match(stripped) is not None
        if blank and size and _CUT_NUMBER_END.search(self.last_line) is not None and (bullet or self.opens(stripped)):
            self.dangling = True
        if size and not drop_cap and ((self.cut_before and stripped[0] not in self.closing)
                     or (stripped[0] in self.resumes and self.last_line[-1:] in self.sentence_chars)
                     # (indented: a zero-width character opening the line prints nothing, no indent: …提高2.4个 |
                     # \u200b百分点)
                     or opens or (body.lstrip(_ZERO_WIDTH)[:1] in _SPACES and not self.spaced_on(body)
                                  and not self.flush(body))
                     or (self.blank_since and (not self.runs_on() or self._caption(stripped) or bullet
                                               or _EMOJI_OPENS.match(stripped) is not None
                                               or self._bare_value(stripped) or self._unit_caption(stripped)))
                     or self.opens(stripped) or self.opens_packed(stripped) or heading or row or note
                     or self._lead_after_figure(stripped)):
            yield self._close()
            yield from self.deferred_out()
        # a running head (城市日报 2024年5月16日 星期四 A3): the headline under it opens; so does it under the page's
        # number printed at the head's far end (-layout: 黄冈日报 … 要闻 ␣␣␣ 1), no digit of a number the headline goes on
        # with (1 | 1-10月全区… read 11-10月 before)
        # (a heading run on into its first sentence that breaks off inside a number, （二）…收入完成12. | 5亿元: the number's
        # tail is on the next line, past a page's foot and head maybe; the heading does not end its paragraph)
        if heading and _number_cut_at_end(stripped):
            heading = False
        if heading or row or note or self._alone(stripped) or (
                self.cut_before and _PAGE_NUMBER.fullmatch(stripped) is not None and bool(self._alone(self.last_line))):
            cut_after = True
            if self.offsets.size:
                yield self._close()
                yield from self.deferred_out()
        if not self.offsets.size:
            self.opened_at = src
        self.blank_since = False
        self.cut_before = cut_after
        if blank and self.dangling and folded.lstrip(_SPACES)[:1].isdigit():
            # a number's rest opening a line past a blank one while a cut number dangles (`dangling`): it may be that
            # number's rest as well as the rest of the number the last line ends in (…达到252 | | 80个，…), and a
            # wrong value is worse than a missing one: joined, both numbers are made unreadable
            self.dangling = False
            if self.offsets.size and self.prev.isdigit():
                folded = self._unread_join(folded)
        if self.offsets.size and self.prev.isdigit() and self.label_end is not None and \
                folded.lstrip(_SPACES)[:1].isdigit() and self.label_end.search(self.last_line) is not None:
            self.pieces.append(" ")  # (详见表1 | 34个: the break ends the label, never 134个)
            self.offsets.add(max(src - 1, 0))
            self.prev = " "
        elif self.offsets.size and self.prev.isdigit() and self._apart_at_break(folded):
            self.pieces.append(" ")  # (…就业3860 | 4.6万人 under a short line: two numbers, never 38604.6万人)
            self.offsets.add(max(src - 1, 0))
            self.prev = " "
        if _HAS_SPACE.search(folded) is None:  # (folded: a mark that broke a number is a space there)
            self.pieces.append(folded)
            self.offsets.add(src, len(folded))
            self.prev = folded[-1]
        else:
            kept = keep if keep is not None else self.cell_gaps(folded)
            if self.label_gap is not None:
                kept = [*kept, *(m.start(1) for m in self.label_gap.finditer(folded))]
            ordinal = _ORDINAL_GAP.match(folded, len(folded) - len(folded.lstrip(_SPACES)))
            if ordinal is not None and (not self.offsets.size or self.prev in self.marks or self.prev in self.closing
                                        or _next_item(self.last_line, folded[:ordinal.start(1)])):
                kept = [*kept, ordinal.start(1)]  # (1. 3200人 opening a paragraph or after a mark: never 1.32 人)
            self.prev = _append_line(folded, src, self.pieces, self.offsets, self.prev, kept, body)
        self.before_last, self.last_line = self.last_line, stripped
        self.third_body, self.before_body, self.last_body = self.before_body, self.last_body, body.rstrip(_SPACES)
        self.last_lead = len(body) - len(body.lstrip(" "))
        self.recent.append(stripped)
        if len(self.recent) > _RECENT:
            del self.recent[0]
        if len(self.pieces) >= 4096:  # join as we go: no list of one string per line for long
            self.chunks.append("".join(self.pieces))
            self.pieces = []

    def _unread_join(self, folded: str) -> str:
        """The digits (and points) the paragraph so far ends in and those the line `folded` opens with made
        unreadable, one character for one (`dangling`); returns the line so made."""
        for k in range(len(self.pieces) - 1, -1, -1):
            piece = self.pieces[k]
            kept = piece.rstrip("0123456789.")
            self.pieces[k] = kept + _UNREADABLE * (len(piece) - len(kept))
            if kept:
                break
        self.prev = _UNREADABLE
        m = _LEAD_DIGITS.match(folded)
        return folded if m is None else folded[:m.start(1)] + _UNREADABLE * len(m.group(1)) + folded[m.end(1):]

    def _apart_at_break(self, folded: str) -> bool:
        """Whether the break before the line `folded` parts a whole number ending the last line from a decimal opening
        this one (`_WHOLE_END`, `_DECIMAL_OPENS`): the last line is shorter than the page's column and than its own narrow
        column's full lines. A page too short to tell its width (no line of 8 characters) keeps the break a wrap's."""
        return _DECIMAL_OPENS.match(folded.lstrip(_SPACES)) is not None \
            and _WHOLE_END.search(self.last_line) is not None \
            and _width(self.last_line) < self.width - 3.5 < 10.0**8 \
            and not _fills_own_column(self.recent, self.complete)

    def _bare_value(self, stripped: str) -> bool:
        """Whether the line after a blank one is a value standing alone, no continuation of the paragraph: a number and
        nothing else, with a point (3.1), or under a line that is a bare number itself (a chart's value, then its
        axis's ticks, 5.2 | 6 | 4 …, each a box pdfminer prints between blank lines). Run on, a line ending in a
        digit reads as a number cut by a column break, and the values glue into one (3.12.81.95.2642…); a number a
        column break cut goes on with its unit or its sentence (…产量21. | | 8万吨，…), never a number alone."""
        if _BARE_VALUE.fullmatch(stripped) is None:
            return len(self.recent) == 1 and _BARE_VALUE.fullmatch(self.last_line) is not None \
                and _HAN.match(stripped) is not None
        return not stripped.isdigit() or _BARE_VALUE.fullmatch(self.last_line) is not None

    def drop_cap(self, stripped: str) -> bool:
        """Whether the line (stripped) goes on from a drop cap: the paragraph so far one Han character alone on
        its line, the line long. Asked by `line` and, for an indented line, by the bulk path (`_Lines._page`),
        which would else open a paragraph at its indent: a drop cap's lines are set in past the capital."""
        return self.offsets.size == 1 and not self.blank_since and len(stripped) >= _DROP_CAP_NEXT \
            and len(self.last_line) == 1 and _HAN.match(self.last_line) is not None

    def _lead_after_figure(self, stripped: str) -> bool:
        """Whether the line opens a lead on its year under a line that ends on a figure with no mark after it (a
        headline glued to its lead, `lead_after_figure`)."""
        # (a figure's tail is three characters at most and ends the line: only the line's last three are searched)
        return self.lead_open is not None \
            and _FIGURE_END.search(self.last_line, max(0, len(self.last_line) - _FIGURE_TAIL_MOST)) is not None \
            and self.lead_open(stripped) is not None

    def opens_packed(self, line: str) -> object:
        """Does a line spaced out character by character from its start (本 报 讯  2月 10日 ， 记 者 …: a dump that
        set a space after every Han character and mark) open a paragraph once its spaces are out, as the same line
        written close would (a dateline): its opener's pattern knows no spaces between its characters. Without
        this the dateline runs on from the spaced headline above it, and the article's date is read as a figure's."""
        return _SPACED_OPENING.match(line) is not None and self.opens(_NOT_SPACE.sub("", line))

    def _alone(self, stripped: str) -> object:
        """Is the line a paragraph alone (a running head), asked with each run of spaces as one: `pdftotext -layout`
        spreads a running head across the page (洛阳日报 2024年2月22日 星期四 … 要闻 … 1), runs of spaces far longer
        than its words, which a head's length bound must not count (asked as written first: a page's foot sets its
        number apart by a wide gap, 平江县人民政府      — 3 —)."""
        return self.alone(stripped) or ("  " in stripped and self.alone(_SPACE_RUN.sub(" ", stripped)))

    def _jump(self, body: str, folded: str, src: int, stripped: str) -> int | None:
        """A sentence broken off at a jump to another page (…技术改造投资增 | （下转第2版）) goes on after
        the mark that takes it up (（上接第1版） | 长21.3%。), where nothing but the page's foot and head
        stands between: an editor's line, a running head, a page number, blank lines (dropped, as a
        running head inside a sentence is), and a headline set over the mark (the article's again, or
        the next item's on that page: held, and read after the paragraph, as `foreign_lines` are).
        Where the mark is written before the line's text, where that text starts (None: the line is
        dropped or held, or it is the mark alone and the next line goes on); -1 for any other line: the
        jump ends, the article went on elsewhere, and the line opens a paragraph (after the headline
        held, if any)."""
        if not self.jumped:  # the jump itself: dropped, the paragraph held open
            self.jumped = True
            self.jump_ends.add(self.offsets[self.offsets.size - 1])
            return None
        if self.jump_out(stripped) or self._alone(stripped) or self.note(stripped):
            return None
        if self.jump_title is None and _HEADLINE_CHARS[0] <= len(stripped) <= _HEADLINE_CHARS[1] \
                and _HEADLINE_LINE.fullmatch(stripped) is not None and not self.opens(stripped) \
                and unicodedata.category(stripped[-1]) not in _OPENING:
            self.jump_title = (body, folded, src)
            return None
        title, self.jumped, self.jump_title = self.jump_title, False, None
        m = next((m for p in self.jump_in if (m := p.match(stripped)) is not None), None)
        if m is None:
            return -1
        if title is not None:  # (its indent is no part of it, as a caption's is not: `line`)
            self.defer(title[1].strip(_SPACES), title[2] + len(title[1]) - len(title[1].lstrip(_SPACES)))
        self.blank_since = False
        lead = len(body) - len(body.lstrip(_SPACES))
        taken = lead + m.end()
        taken += len(body[taken:]) - len(body[taken:].lstrip(_SPACES))
        return taken if taken < len(body) else None

    @property
    def width(self) -> float:
        if callable(self._width):
            self._width = self._width()
        return self._width

    @property
    def shared(self) -> bool:
        if callable(self._shared):
            self._shared = self._shared()
        return self._shared

    @property
    def per_line(self) -> bool:
        if callable(self._per_line):
            self._per_line = self._per_line()
        return self._per_line

    def run(self, lines: Sequence[str], folded: str, starts: Sequence[int], a: int, b: int, lead: int,
            base: int) -> list[Paragraph]:
        """Take lines[a:b] of a page at once, as `line` would take them one by one; returns the paragraphs
        it closes (and the lines of another item held back for after it), if any. The caller makes sure
        the paragraph stays short enough not to be cut.

        None is blank, starts with a space (but for the indent of the first, `lead` characters), holds
        two in a row or one between Latin letters (kept as a space) or opens a paragraph by its words;
        `starts` are the lines' offsets in the page (folded is the page folded), broken by a single
        \\n each, the page at `base` in the source. Only the first line
        can close the paragraph being built (an indent, or what came before it: a blank line, a cut);
        the rest join it, as one slice of the page and one extend of the offset map.
        """
        closed: list[Paragraph] = []
        if self.jumped:  # a plain line after a jump: the article went on elsewhere (`_jump`)
            self.jumped, self.cut_before = False, True
        if self.resume_seam is not None and b - a > 1 and \
                (seam := self.resume_seam.search(folded, starts[a], starts[b] - 1)) is not None:
            k = bisect_left(starts, seam.end() - 1, a, b)  # the line taking up another sentence
            closed = self.run(lines, folded, starts, a, k, lead, base)
            self.cut_before = True
            return closed + self.run(lines, folded, starts, k, b, 0, base)
        if self.lead_seam is not None and b - a > 1 and \
                (seam := self.lead_seam.search(folded, starts[a], starts[b] - 1)) is not None:
            k = bisect_right(starts, seam.start(), a, b)  # the lead's line, under the headline's
            closed = self.run(lines, folded, starts, a, k, lead, base)
            self.cut_before = True
            return closed + self.run(lines, folded, starts, k, b, 0, base)
        if self.lead_seam is not None and b - a >= 1 and self.offsets.size and self._lead_after_figure(
                lines[a].strip(_SPACES)):
            self.cut_before = True  # (the run opens with the lead under a headline the last run ended on)
        offsets = self.offsets
        if offsets.size and (lead or (self.cut_before and lines[a][0] not in self.closing)
                             or (self.blank_since and (not self.runs_on()
                                                       or _EMOJI_OPENS.match(lines[a].lstrip(_SPACES)) is not None
                                                       or self._bare_value(lines[a].strip(_SPACES))
                                                       or self._unit_caption(lines[a].strip(_SPACES))))
                             or (lines[a][0] in self.resumes and self.last_line[-1:] in self.sentence_chars)):
            closed.append(self._close())
            closed.extend(self.deferred_out())  # a headline held back goes right after the paragraph it broke
            offsets = self.offsets
        fresh = not offsets.size
        if fresh:
            self.opened_at = base + starts[a]
        self.blank_since = self.cut_before = False
        turned, self.turned = self.turned, False
        held = self.columns if turned and b - a == 1 and self._page_head(lines[a].strip(_SPACES)) else 0
        wrapped, self.wrapped = self.wrapped, False
        if not held and b - a == 1 and self.columns and not wrapped and self.wrapped_label(lines[a].strip(_SPACES)):
            # a row's label run on under its cells, alone before the next line looked at: the rows under it go
            # on, as `line` takes it
            held, self.wrapped = self.columns, True
        elif not held and b - a == 1 and not self.columns and not wrapped and self.tables is not None \
                and self.last_line and self.wrapped_label(lines[a].strip(_SPACES)) and (above := self._head_above()):
            # … or the first row's label over its cells right under the head, as `line` takes it too
            held, self.wrapped = above, True
        self.columns, self.whole_row = held, False  # (a table's rows go on under the next page's running head)
        s, e = starts[a] + lead, starts[b] - 1
        text = folded[s:e]
        self.before_last = lines[b - 2].strip(_SPACES) if b - a > 1 else self.last_line
        self.third_body = lines[b - 3] if b - a > 2 else self.last_body if b - a > 1 else self.before_body
        self.before_body = lines[b - 2] if b - a > 1 else self.last_body
        self.last_body = lines[b - 1]
        self.last_lead = len(lines[a]) - len(lines[a].lstrip(" ")) if b - a == 1 else 0
        if _HAS_SPACE.search(text) is not None:  # spaces inside lines (or at their ends) go with the breaks
            chunks = _SPACE_OR_BREAK_SPLIT.split(text)  # text, gap, text, …
            at = list(accumulate(map(len, chunks), initial=base + s))
            kept = [k for k in range(0, len(chunks), 2) if chunks[k]]
            text = "".join(chunks[::2])
            offsets.add_runs([at[k] for k in kept], [len(chunks[k]) for k in kept])
            self.last_line = lines[b - 1].strip(_SPACES)
        elif b - a > 1:
            text = text.replace("\n", "")
            srcs = starts[a:b] if not base else list(map(base.__add__, starts[a:b]))
            srcs[0] += lead
            lengths = list(map(len, lines[a:b]))
            lengths[0] -= lead
            offsets.add_runs(srcs, lengths)
            self.last_line = lines[b - 1]
        else:
            offsets.add(base + s, e - s)
            self.last_line = lines[a][lead:] if lead else lines[a]
        if text:  # empty: a line of bars alone (|), or a line drawn twice whose copy became spaces (`undamaged`)
            self.pieces.append(text)
            self.prev = text[-1]
        if fresh and b - a > 1 and offsets.size and offsets[0] >= base + starts[a + 1]:
            # the first line gave nothing (a copy `undamaged` blanked): the paragraph opens at the line its first
            # character is on, as `line` leaves an empty paragraph unopened
            self.opened_at = base + starts[bisect_right(starts, offsets[0] - base, a, b) - 1]
        self.recent = (self.recent + [ln.strip(_SPACES) for ln in lines[max(a, b - _RECENT):b]])[-_RECENT:]
        if len(self.pieces) >= 4096:
            self.chunks.append("".join(self.pieces))
            self.pieces = []
        return closed

    def _turned(self, stripped: str) -> int:
        """The columns of the table whose rows a page breaks, held over this line (0: none): the page's
        number (a running head pattern, — 3 —, or bare digits) under a row, then one short line with no
        mark of a sentence (the next page's running head: the document's title repeated). Rows under them
        keep their cells apart as rows under the head do."""
        turned, self.turned = self.turned, False
        if self.columns and (self._alone(stripped) or _PAGE_NUMBER.fullmatch(stripped) is not None):
            self.turned = True
            return self.columns
        return self.columns if turned and self._page_head(stripped) else 0

    def wrapped_label(self, stripped: str) -> bool:
        """Whether a line under a table's row may be the row's label run on to a line of its own (社区卫生服务
        3 88 / 中心): short, with no digit and no mark of a sentence or a clause."""
        # (the characters tested in C, by the set and by `map`: no generator stepped per character)
        return len(stripped) <= _WRAP_LABEL and self.marks.isdisjoint(stripped) and not any(map(str.isdigit, stripped))

    def _page_head(self, stripped: str) -> bool:
        """Whether a line may be a page's running head: short, with no mark of a sentence or a clause."""
        return len(stripped) <= _RUNNING_HEAD and self.marks.isdisjoint(stripped)

    def row_gaps(self, folded: str, body: str = "") -> list[int] | None:
        """`_row_gaps`; or, where that finds no row, the gaps of a row set out with bars (`_barred_gaps`: body, the line
        as written)."""
        carried = self.columns
        gaps = self._row_gaps(folded)
        if gaps is None and body and self.tables is not None:
            gaps = self._barred_gaps(folded, body, carried)
        return gaps

    def _barred_gaps(self, folded: str, body: str, columns: int) -> list[int] | None:
        """The gaps of a row whose bars part its cells (地区生产总值 | 增长5.9% | 增长5.5%左右 | 预期性), some of them words
        (a goal's growth word before its number, a remark, a goal set with no number: 完成省市下达任务), under a table's
        head (the line above, or the rows since) of as many columns: the bars say where each cell ends, words or not;
        each cell a number with its unit, mark or qualifier maybe (a growth word or a bound's mark before it), a blank's
        mark or words alone, the first a number. None where the line is no such row; `tablerows` reads its cells."""
        if len(body) != len(folded) or sum(map(body.count, CELL_BARS)) < BARRED:
            return None
        bars = [k for k, ch in enumerate(body) if ch in CELL_BARS]
        edges = [-1, *bars, len(body)]
        pieces = [(edges[i] + 1, edges[i + 1]) for i in range(len(edges) - 1)]
        if not folded[pieces[0][0]:pieces[0][1]].strip(_SPACES):
            pieces = pieces[1:]  # (| 城镇新增就业 | … |: the bars at the line's ends part no cell)
        if pieces and not folded[pieces[-1][0]:pieces[-1][1]].strip(_SPACES):
            pieces = pieces[:-1]
        if len(pieces) < 3:
            return None
        cells = [folded[a:b].strip(_SPACES) for a, b in pieces[1:]]
        if not columns and self.last_line:
            columns = self._head_above()
        if not columns or len(cells) != columns or not self.tables.row_label(  # type: ignore[union-attr]
                folded[pieces[0][0]:pieces[0][1]].strip(_SPACES)):
            return None
        number = _barred_number(self.own_lead)
        # (a last column of remarks, 备注, may hold anything, 含一次性收入1.2亿元 too: `tablerows` reads no figure there)
        valued = cells[1:-1] if self.noted else cells[1:]
        if number.fullmatch(cells[0]) is None \
                or not all(number.fullmatch(c) or _BARRED_WORDS.fullmatch(c) for c in valued):
            return None
        self.columns = columns
        # (each gap starts where the spaces before its bar start: the label's gap is the reader's to drop, as a
        # row's whose label runs into its first number)
        return [len(folded[:a - 1].rstrip(_SPACES)) for a, _ in pieces[2:]]

    def _row_gaps(self, folded: str) -> list[int] | None:
        """Where the gaps between the cells of a table's row start in the line (folded), or None where
        the line is no row whose cells the gaps keep apart; and the table the line goes on, if any.

        Under a table's head (the line above, or the rows since), a label and numbers are a row. Without
        one, a label and two or more whole numbers are a row where a unit cell stands before them (医院
        个 125 130: a sentence has its measure word after its number) or the line above was such a
        label and numbers too (医院 125 130 | 床位 8560 9012: the line above then ends its paragraph
        on its numbers, and reads on into no word); else the gaps may be inside a number (全市共有医院
        1 280 | 家, a line broken in a sentence; justification spaces digits apart anywhere: 达10 0 | %,
        so digits that make no thousands groups tell nothing either), and the line is joined as any
        other. A row is a paragraph of its own, so no number of it reads on into the next line's words;
        without a head its cells give no figure (no unit follows them).
        """
        columns, self.columns = self.columns, 0
        after_row, self.whole_row = self.whole_row, False
        if self.tables is not None:
            # (… 107.2 第2位: a rank's ordinal cell closing a row read as its number, so that the line is a row as
            # one closing on a bare rank is; its gap the same)
            folded = self.tables.ranked(folded)
        framed_head = columns and (self.frame[0] or self.frame[1]) or not columns and (self.last_line[-1:] in getattr(
            self.tables, "trail_ends", ()) or _ROW_NUMBER_OPEN.match(folded) is not None)
        if self.tables is not None and self.last_line and framed_head:
            # a plan's table of indicators: a row opens with its number or ends in a word (… 2.5 预期性)
            if not columns:
                self.frame = (False, frozenset())
                columns = self._head_above()  # (which sets the frame of the head it finds)
            if columns and (self.frame[0] or self.frame[1]):
                framed = self.tables.framed_gaps(folded, self.frame, columns)
                if framed is not None:
                    self.columns = columns
                    return framed
        if self.cell_words and (word := _WORD_CELL.search(folded)) is not None and word.group(1) in self.cell_words:
            # (… 68.4 5.8 基本完成: a last cell of words, how far the row met its goal, after a row of cells with their
            # own marks: the gap before it kept too, the row read as it is by `tablerows`)
            # (… 13.07 完成 第5位 under … 完成情况 全市排名: the rank's cell after it, a gap before it kept too; … 6 4.9
            # 未完成 第7位: the cells before it bare numbers, a plain row's)
            rank = 1 if word.group("rank") else 0
            head = folded[:word.start()]
            own = self._own_row(head, columns - 1 - rank if columns else 0, 1 + rank)
            if own is None:
                own = self._plain_cells(head, columns - 1 - rank if columns else 0, 1 + rank)
            return None if own is None else [*own, word.start(), *([word.start("rank")] if rank else [])]
        if self.own_lead and _ROW_TAIL.search(folded) is None and _worded_end(self.own_lead).search(folded) is not None:
            # (… 186.4 增长6%左右, … 5.2 控制在5.5%以内: a goal-and-done table's row whose last cell is a goal written as the
            # sentence would, its growth or bound word before it and its qualifier after; read as a row of cells with
            # their own marks, under a head of as many columns, by `tablerows`)
            return self._own_row(folded, columns)
        if self.tables is None or _ROW_TAIL.search(folded) is None and _GLUED_END.search(folded) is None \
                and _BRACKET_END.search(folded) is None:
            return None
        if columns and _BARE_ROW.fullmatch(folded) is not None and len(folded.split()) == columns:
            # a row's numbers with no label, one a column, right under a row (pdftotext sets an indented label apart
            # from its cells): its gaps kept, a paragraph of its own that gives no figure, the table going on
            self.columns = columns
            return [g.start() for g in _SPACE_RUN.finditer(folded.rstrip(), len(folded) - len(folded.lstrip()))]
        m = _row_pattern(self.row_tail, self.row_band).fullmatch(folded)
        if m is None and self.row_year:
            year = self._year_gaps(folded, columns)
            if year is not None:
                return year
        if m is None:
            halves = self._halves_gaps(folded, columns)
            if halves is not None:
                return halves
            own = self._own_row(folded, columns)
            return own if own is not None else self._unit_among_row(folded, columns)
        if not self.tables.row_label(m.group("label")):
            return None
        s, e = m.span("cells")
        if _RATIO_TAIL.search(folded, e) is not None:
            e = len(folded.rstrip())  # (its ratio's cell kept apart from its last number: 486 12.9:1, not 48612.9:1)
        gaps = [g.start() for g in _SPACE_RUN.finditer(folded, s, e)]
        words = m.group("label").split()
        # (decimals: `_NUMBER_GAP` keeps them apart; a label spaced out a character at a time is a
        # justified line of a sentence, its numbers spaced out too: 涉 及 5 7 | 件 地 方 性 法 规 和 2 4 | 件)
        self.whole_row = bool(gaps) and "." not in folded[s:e] and not (len(words) > 1 and max(map(len, words)) == 1)
        if not columns and self.last_line:
            columns = self._head_above()
        if columns:
            self.columns = columns
            return _thin_thousands(folded, m.start("cells"), e, gaps, columns)
        if self.whole_row and (after_row or self.tables.unit_cell(m.group("label"))):
            return gaps
        return None

    def cell_gaps(self, folded: str) -> list[int]:
        """Where the gaps start that keep a year's two halves apart in a line that shows cells (`_CELLS_LINE`) and is
        no row `row_gaps` found (no head above it): 城镇新增就业 20 15万人 is two cells, 20 and 15万人, never 2015万人, where
        the two digits are followed by no year's word (全市 20 25年 stays one year: tables.yaml year_head) and the label
        is no word spaced out a character at a time (a justified line of a sentence)."""
        year = str(getattr(self.tables, "year_head", "")) if self.tables is not None else ""
        m = _CELLS_LINE.fullmatch(folded) if year and _HALVES_GAP.search(folded) is not None else None
        if m is None:
            return []
        words = m.group("label").split()
        if len(words) > 1 and max(map(len, words)) == 1:
            return []
        return [h.start("gap") for h in _HALVES_GAP.finditer(folded, m.start("cells"), m.end("cells"))
                if not folded.startswith(year, h.end())]

    def _head_above(self) -> int:
        """How many columns the head over the line names: the line above, or the two lines above read as
        one where the head's words run over two lines (指标 产量 比上年 / 增长), neither a head alone, or read
        cell over cell where tabs set them out (地区 床位数 … / 合计 其中：医院 …: `TableLines.stacked_columns`)."""
        tables = self.tables
        assert tables is not None
        last = fold_width(self.last_line)  # (folded once: asked up to three times below)
        columns = tables.head_columns(last) or tables.head_columns(fold_width(barred_head(self.last_body)))
        if columns and hasattr(tables, "head_frame"):
            self.frame = tables.head_frame(last)
        self.halves = bool(columns) and bool(getattr(tables, "head_halves", None)) \
            and tables.head_halves(last)  # type: ignore[attr-defined]
        self.noted = bool(columns) and bool(getattr(tables, "head_noted", None)) \
            and tables.head_noted(last)  # type: ignore[attr-defined]
        if not columns and self.before_last:
            columns = tables.head_columns(fold_width(self.before_last + self.last_line)) \
                or tables.head_columns(fold_width(self.before_body + "\n" + self.last_body)) \
                or tables.head_columns(fold_width(barred_head(self.before_body, self.last_body)))
            if not columns and "\t" in self.before_last:  # a head set over two lines, cell over cell
                columns = tables.stacked_columns(fold_width(self.before_last), fold_width(self.last_line))
        if not columns and self.third_body.strip() and self.before_body.strip():
            # (… or over three, each column's words wrapped under its top word and its unit under them: 县市区  医疗卫生
            # 卫生技术 / 机构床位  人员 / （张）  （人）)
            columns = tables.head_columns(fold_width(self.third_body + "\n" + self.before_body + "\n" + self.last_body))
        return columns

    def head_over(self) -> bool:
        """Whether the lines taken last are a table's head as `_head_above` reads them (no side effect on the
        frame it keeps): asked by the column stage of a row with gaps under lines it handed on without gaps (指标 2025年
        2024年 比上年 / 增长（%）, the bottom piece set far right under its word), which then keeps the row whole."""
        tables = self.tables
        if tables is None or not self.last_line:
            return False
        if tables.head_columns(fold_width(self.last_line)) \
                or tables.head_columns(fold_width(barred_head(self.last_body))):
            return True
        return bool(self.before_last) and bool(
            tables.head_columns(fold_width(self.before_last + self.last_line))
            or tables.head_columns(fold_width(self.before_body + "\n" + self.last_body))
            or tables.head_columns(fold_width(barred_head(self.before_body, self.last_body)))
            or self.third_body.strip() and tables.head_columns(
                fold_width(self.third_body + "\n" + self.before_body + "\n" + self.last_body)))

    def _year_gaps(self, folded: str, columns: int) -> list[int] | None:
        """The gaps of a row of a table of years (2023 15.6 2.65 3.86, 2023年 620 318: a year its label and nothing
        else) under a table's head (the line above, or the rows since), between its cells and after its year; else
        None. Without a head such a line is a sentence's or a list of numbers."""
        m = _row_pattern(self.row_tail, self.row_year).fullmatch(folded)
        if m is None or regex.fullmatch(self.row_year, m.group("label").strip()) is None:
            return None
        if not columns and self.last_line:
            columns = self._head_above()
        if not columns:
            return None
        self.columns = columns
        return [g.start() for g in _SPACE_RUN.finditer(folded, m.end("label"), m.end("cells"))]

    def _halves_gaps(self, folded: str, columns: int) -> list[int] | None:
        """The gaps of a line of a table set in two halves side by side (粮食（万吨） 58.62 1.4 生猪出栏（万头） 42.36 -3.5)
        under its head (`TableLines.head_halves`): two rows, the gap between them kept with the gaps between each
        one's cells, where the line parts into two rows at one gap only (after a cell, before a label); else None."""
        if not columns and self.last_line:
            columns = self._head_above()
        if not columns or not self.halves:
            return None
        assert self.tables is not None
        pattern = _row_pattern(self.row_tail, self.row_band)
        found: list[int] | None = None
        for g in _SPACE_RUN.finditer(folded):
            if g.start() == 0 or g.end() >= len(folded) or not folded[g.end()].isalpha() \
                    or not (folded[g.start() - 1].isdigit() or regex.match(_BLANK, folded[g.start() - 1])):
                continue
            left, right = pattern.fullmatch(folded, 0, g.start()), pattern.fullmatch(folded, g.end())
            if left is None or right is None or not self.tables.row_label(left.group("label")) \
                    or not self.tables.row_label(right.group("label")):
                continue
            if found is not None:
                return None  # (parts two ways: whose cells are which?)
            found = [k.start() for k in _SPACE_RUN.finditer(folded, left.start("cells"), g.start())] + [g.start()] + \
                [k.start() for k in _SPACE_RUN.finditer(folded, right.start("cells"), right.end())
                 if k.end() < len(folded)]
        if found is not None:
            self.columns = columns
        return found

    def _plain_cells(self, folded: str, columns: int, words: int) -> list[int] | None:
        """The gaps of a row of bare numbers (6 4.9) whose last cells of words (and a rank's number after them) the
        caller cut off (`words` of them), under a table's head of as many columns and those; else None."""
        return self._gaps_under_head(_row_pattern(self.row_tail, self.row_band).fullmatch(folded), folded, columns, words)

    def _own_row(self, folded: str, columns: int, words: int = 0) -> list[int] | None:
        """The gaps of a row whose cells write their own unit (5976.3亿元 4.3%, a goal's 增长6%左右), under a table's
        head (the line above, or the rows since) of as many columns (and `words` more: its last cells of words, cut
        off by the caller); else None. Without a head such a line is a sentence's (达到 5976.3亿元 spaced out by
        justification)."""
        return self._gaps_under_head(_own_row(self.own_lead).fullmatch(folded), folded, columns, words)

    def _gaps_under_head(self, m: regex.Match[str] | None, folded: str, columns: int, words: int) -> list[int] | None:
        """The gaps between a matched row's cells where its label reads as a row's and the cells fill a head of
        `columns` columns (the head above when none is given) beside `words` cut-off cells of words; else None."""
        if m is None or not self.tables.row_label(m.group("label")):  # type: ignore[union-attr]
            return None
        if not columns and self.last_line:
            columns = self._head_above() - words
        s, e = m.span("cells")
        gaps = [g.start() for g in _SPACE_RUN.finditer(folded, s, e)]
        if columns <= 0 or len(gaps) + 1 != columns:
            return None
        self.columns = columns + words
        return gaps

    def _unit_among_row(self, folded: str, columns: int) -> list[int] | None:
        """The gaps of a row whose unit cell stands among its numbers (学校数 1,286 所 -1.8), under a table's head (the
        line above, or the rows since) of as many value columns as the row has numbers; else None. Without a head such
        a line is a sentence's (共有学校 1,286 所 spaced out by justification). Its cells with no label (3.12 万人 2.4) are
        a row's only under the rows: its label set over two lines, the cells midway between them."""
        m = _unit_among().fullmatch(folded)
        if m is None or (m.group("label") is None and not columns) \
                or (m.group("label") is not None and not self.tables.row_label(m.group("label"))):  # type: ignore[union-attr]
            return None  # (its cells alone, 3.12 万人 2.4, only under a row: a label set over two lines, the cells between)
        if not columns and self.last_line:
            columns = self._head_above()
        s, e = m.span("cells")
        gaps = [g.start() for g in _SPACE_RUN.finditer(folded, s, e)]
        if not columns or len(gaps) != columns:
            return None
        self.columns = columns
        return gaps

    def flush(self, body: str) -> bool:
        """The line stands no further right than the line before it, which was set in by spaces too and broke
        off mid-sentence (a notice or a caption alone on its rows right of the page's left edge, as pdftotext
        -layout prints it: 预计提 | 供就业岗位6500个): its spaces are the block's margin, no indent, and the
        sentence runs on; a paragraph's first line stands further right than the lines under it. A blank line between
        (pdfplumber's layout=True keeps the space between lines set wider than its grid: 全年一般公共预算收入21.35 | |
        亿元，…) breaks nothing where the line before fills its column (`runs_on`)."""
        lead = len(body) - len(body.lstrip(" "))  # (ASCII spaces: a PDF read here marks paragraphs with U+3000)
        last = self.last_line
        return (_FLUSH_MARGIN <= lead <= self.last_lead and bool(last) and bool(self.offsets.size)
                and not self.cut_before and last[-1] not in self.complete and (not self.blank_since or self.runs_on()))

    def spaced_on(self, body: str) -> bool:
        """The line goes on a line spaced out character by character (完 成 预 算 的 1 / ␣0 4 . 3 %), or on a
        number whose thousands gap fell at the break (就业2 / ␣360人, a web page's 2&nbsp;360人 wrapped): its
        leading space is the gap that fell at the break, not an indent, where the sentence runs on (no paragraph
        opens on a bare group of three digits and its unit; 360 alone would be a wrong value)."""
        last = self.last_line
        if bool(last) and last[-1] not in self.complete and _GAP_START.match(body) is not None \
                and _GAP_END.search(last) is not None:
            return True  # a number's thousands gap fell at the break (…就业2 | ␣360人): one number, 2 360
        return (bool(last) and last[-1] not in self.complete and _SPACED_START.match(body) is not None
                and _SPACED_END.search(last) is not None)

    def _caption(self, stripped: str) -> bool:
        """A table's caption (表4 2025年就业主要指标) under a blank line opens a paragraph: no text runs on past a
        blank line into one (a title line over it, 城镇新增就业情况, short enough to fill a page of table rows)."""
        tables = self.tables
        return tables is not None and hasattr(tables, "caption_line") and tables.caption_line(stripped)

    def _unit_caption(self, stripped: str) -> bool:
        """A chart's or a table's caption ending on its unit note a gap after its title (1至10月部分市县天然橡胶产量　单位：
        万吨; tables.yaml unit_note, each unit listed a unit word): a paragraph of its own, across a blank line neither
        the rest of a sentence broken off above it (…产量21.8 | | 1至10月… read 21.81至10月…) nor run on into what
        follows (the chart's values, the next item's headline)."""
        note = getattr(self.tables, "unit_note_line", None)
        if note is None or not stripped or stripped[-1] in self.complete:
            return False
        m = _NOTE_AFTER_GAP.search(stripped)
        return m is not None and m.start() > 0 and self.marks.isdisjoint(stripped[:m.start()]) \
            and bool(note(m.group(1)))

    def runs_on(self) -> bool:
        """The paragraph's last line fills its column and breaks off mid-sentence: the text runs on after
        a blank line (a column break). Its column is the page's typical one, or, where an article is set
        in columns narrower than the page's usual ones (four columns under a lead over three), its own:
        the width its lines before it share."""
        last = self.last_line
        if len(self.recent) <= 1 and " " in last and _spaced_out(last) and not any(map(self.marks.__contains__, last)):
            # a headline spaced out, alone in its paragraph and with no mark of a sentence: as wide as its characters
            last = last.replace(" ", "")
        if len(self.recent) == 1 and _alone_headline(last):
            return False  # a headline alone in its block (two items side by side, read headline, then headline)
        if len(self.recent) == 1 and self.start == 0 and _HEADLINE_CHARS[0] <= len(last) <= _HEADLINE_CHARS[1] \
                and _HEADLINE_LINE.fullmatch(last) is not None and not self.shared:
            # the text's first line, alone, a headline's (no space, no mark) over a blank or blanked line (a web
            # item's meta line), on a page whose lines share no width: its width is the only one `_typical_width`
            # met first, no column's, so the lead under it opens a paragraph (a hard-wrapped page's full lines,
            # a character or two apart, still run on: the rule asks nothing of a line under a paragraph)
            return False
        if self._unit_caption(last):
            return False  # a chart's caption: what comes after the blank line is the chart's or another block
        return _full(last, self.width, self.complete) or _fills_own_column(self.recent, self.complete)

    def _close(self) -> Paragraph:
        self.recent = []
        self.chunks.append("".join(self.pieces))
        par = Paragraph(self.start, "".join(self.chunks), self.offsets, self.opened_at)
        self.start = par.end + 1
        self.chunks, self.pieces, self.offsets, self.prev = [], [], OffsetMap(), ""
        return par

    def finish(self) -> Iterator[Paragraph]:
        if self.offsets.size:
            yield self._close()
        yield from self.deferred_out()

    def foreign_lines(self, lines: Sequence[str], m: int) -> list[int]:
        """The lines among lines[1:m-1] that are the headline of another item the page set into a
        paragraph (…接待游客4826万人次， | 普定县秋季招聘会提供岗位2300个 | 实现旅游总收入562亿元…): a short
        line with no space and no mark but a number's point or percent, between a line that fills
        its column and breaks off mid-sentence and one that goes on with the sentence (no mark
        opens it, it opens nothing). A line of the paragraph itself always fills its column there."""
        out: list[int] = []
        lo, hi = _HEADLINE_CHARS
        # most lines fill their column: told by their widths, measured at once in C as `_typical_width`
        # does (2 × characters - ASCII ones), before the pattern is asked of the few short ones (a scan
        # of the whole page by it looked the character class of every character up, ~1.5% of a run)
        body = lines[1:m - 1]
        twice = map(operator.sub, map((2).__mul__, map(len, body)),
                    map(len, "\n".join(body).encode("ascii", "ignore").split(b"\n")))
        for k in compress(range(1, m - 1), map((2 * (self.width - 4)).__ge__, twice)):
            line = lines[k]
            if not _SHORT_LABEL[0] <= len(line) <= hi or _HEADLINE_LINE.fullmatch(line) is None:
                continue
            if len(line) < lo or not lines[k - 1] or not lines[k + 1]:
                if self._label_between(lines, k, m):
                    out.append(k)
                continue
            prev, after = lines[k - 1], lines[k + 1]
            if not prev or not after or _HAS_SPACE.search(prev) is not None or _HAS_SPACE.search(after) is not None \
                    or unicodedata.category(after[0]).startswith("P") or after[0] == "%":
                continue  # (a line with spaces in it is no plain column line: a running head, a spaced-out one)
            if _full(line, self.width, self.complete) or not _full(prev, self.width, self.complete) \
                    or self.looks(prev) or self.looks(line) or self.looks(after) or len(line) >= self.width - 1:
                continue  # (as many characters as the column is wide: a line whose digits were set full width)
            if _number_runs_on(prev, line) or _as_wide_as_its_column(lines[max(0, k - _RECENT):k + 1]):
                continue  # the paragraph's own line: a number goes on into it, or it fills its narrow column
            if self._cut_ends and line.endswith(self._cut_ends) and any(
                    line.endswith(e) and after.startswith(o) for e, o in self.word_cuts):
                continue  # …占一般公 | 共预算收入的百分 | 之六十八点五: a number's word cut at its end goes on under it
            out.append(k)
        out.extend(_set_into_number(lines, m, self.complete, out))
        return out

    def title_lines(self, lines: Sequence[str], m: int) -> list[int]:
        """The lines of a page that are the headline of the item that opens under them, set with no
        blank line between (pdftotext -raw, a page read block by block): a short line with no mark but a
        number's point or percent (a box's name may keep a space: 数读 前11个月全市经济运行), after a line
        that ends complete (…控制在5.5%以内。, a photo credit's bracket) or breaks off mid-sentence (another
        item glued into the page there: `_broken_off`) and before one that opens a paragraph (a dateline, a
        number box's entry). Joined, it would end the paragraph above as words of
        its sentence, and the item under it would open with no headline. Past the first m lines (those
        the column stage hands on as they came) only on a page that is no rows of glued columns: there
        the line above and the line under may be of other columns."""
        out: list[int] = []
        glued = _GluedOnce(lines)  # (asked of a line past m only: once a page)
        lo, hi = _TITLE_CHARS
        complete = self.complete
        looks = self.looks
        # (the cheap tests first, in C over the page's lines: a line of a headline's length under a line
        # that is not blank, over one that opens a paragraph; `_looking` asks the few left)
        stripped = list(map(methodcaller("strip", _SPACES), lines))
        sized = list(compress(range(1, len(lines) - 1), map(range(lo, hi + 1).__contains__, map(len, stripped[1:-1]))))
        placed = list(compress(sized, map(stripped.__getitem__, map((-1).__add__, sized))))
        if self.untitled is not None:  # (a line holding a sentence's or a clause's mark is no headline; a colon after
            # a place's name before a time, 某某：1—11月…, is a headline's: `_TITLE_COLON`)
            placed = [k for k in placed if not self.untitled(_TITLE_COLON.sub("", stripped[k]))]
        under = list(map((1).__add__, placed))
        under = list(compress(under, map(stripped.__getitem__, under)))  # (a blank line opens nothing)
        opening = _looking(looks, stripped, under) if under else []
        for k in map((-1).__add__, opening):
            prev = lines[k - 1].rstrip(_SPACES)
            line = stripped[k]
            after = stripped[k + 1]
            if prev[-1] not in complete and (not self._broken_off(prev) or line.isascii() or _number_runs_on(prev, line)
                                             or self._alone(after)):
                # (a number's tail ends the paragraph broken off above it: …新增就业1 | .2万人; 8620 | -4.2; and a line
                # over a page's foot or head is the page's last, the sentence going on past the turn, no headline of
                # an item opening there: …每千 | 常住人口医疗卫生机构床位 | 第5页 共10页 | head | 6.86张)
                continue
            words = line.split(" ")
            if len(words) > 2 or not all(words) or _HEADLINE_LINE.fullmatch(_TITLE_COLON.sub("", "".join(words))) is None:
                continue  # (two spaces in a row: a gutter; many: a spaced-out line or a running head)
            if _GUTTER.search(prev) is not None or _GUTTER.search(after) is not None \
                    or self.jump_out(after) or looks(line):
                continue
            if k >= m and glued():
                continue
            out.append(k)
        return out

    def title_pairs(self, lines: Sequence[str], m: int) -> list[int]:
        """The first lines of the headlines that `title_lines` would take but that run over two lines (a narrow
        column's headline wrapped: …就业2.1万人。 | 蓬溪县发放惠农补贴3. | 2亿元 | 本报讯…): two short lines with no
        mark but a number's point or percent (a quote's marks kept: 安居区“春风行动” | 提供岗位8600个; the second
        as short as a figure's tail), under a line
        that ends complete and over one that opens a paragraph. Joined on, the first would end the paragraph
        above as words of its sentence, and the item under it would open with half a headline (the second, a
        figure and no place). The first line opens a paragraph that the second ends (`_Lines._heads`)."""
        out: list[int] = []
        lo, hi = _TITLE_CHARS
        complete, looks = self.complete, self.looks
        stripped = [ln.strip(_SPACES) for ln in lines]
        glued = _GluedOnce(lines)  # (asked of a line past m only: once a page)
        for k in range(2, len(lines) - 1):
            first, second, prev, after = stripped[k - 1], stripped[k], stripped[k - 2], stripped[k + 1]
            if not (2 <= len(second) <= hi and lo <= len(first) <= hi and prev and after) or prev[-1] not in complete:
                continue  # (the cheap tests first: most lines are no short pair under a complete one)
            if any(_HEADLINE_LINE.fullmatch(_QUOTES.sub("", t)) is None or " " in t
                   or (self.untitled is not None and self.untitled(_QUOTES.sub("", t))) for t in (first, second)):
                continue  # (a sentence's or a clause's mark, a gutter: a body's lines)
            if second[-1] in complete or not looks(after) or looks(first) or looks(second) or self.jump_out(after) \
                    or _GUTTER.search(prev) is not None:
                continue
            if k >= m and glued():
                continue
            out.append(k - 1)
        return out

    def own_lines(self, lines: Sequence[str]) -> dict[int, bool]:
        """On a page written a paragraph a line (`_paragraph_a_line`), the short lines that end their
        paragraph, and whether each opens one too: a heading, a headline, a byline with no mark (2026年重点工作,
        一季度经济运行情况) at most half as wide as the line under it, under a line that ends complete (it
        opens: joined, the plan or the item it heads would open with its words), under a blank line or none,
        or under another such short line (a headline's first line, or a headline over its subhead: they stay
        one paragraph), but for a heading (layout.yaml heading: 一、2025年工作回顾 right under a report's title and
        its dateline, ——2026年1月9日在…会议上), which opens a part of its own. A line holding a sentence's or a
        clause's mark, or under a line that breaks off mid-sentence (a running head, a piece cut by damage), or
        ending on a digit (a number the line under goes on with, or its unit: …达到6.72 | 万亿元), joins as any
        other."""
        out: dict[int, bool] = {}
        n = len(lines)
        if n < 2:
            return out
        lo, hi = _OWN_CHARS
        # (the cheap tests first, in C over the page's lines: a line of a heading's length over one at
        # least twice as long; most lines of a hard-wrapped page are as long as the one under them)
        stripped = list(map(methodcaller("strip", _SPACES), lines))
        lens = list(map(len, stripped))
        sized = compress(range(n - 1), map(range(lo, hi + 1).__contains__, lens))
        over = set(compress(range(n - 1), map(operator.le, map((2).__mul__, lens), lens[1:])))
        cands = [k for k in sized if k in over]
        if not cands or not self.per_line:
            return out
        complete = self.complete
        for k in cands:
            line, after = stripped[k], stripped[k + 1]
            if line[-1] in complete or line.isascii() or (self.untitled is not None and self.untitled(line)):
                continue
            words = line.split(" ")
            if len(words) > 2 and _spaced_out(line):
                line = line.replace(" ", "")
                words = [line]
            if len(words) > 2 or not all(words) or 2 * _width(line) > _width(after):
                continue  # (a gutter, a table's row, a spaced-out line)
            mark = unicodedata.category(after[0])  # (an opening quote or bracket may open the paragraph under)
            if (mark.startswith("P") and mark not in ("Ps", "Pi")) \
                    or after[0] == "%" or line[-1].isdigit() or _number_runs_on(line, after):
                continue  # (the line under goes on with its sentence, or with the number cut there, or its unit)
            prev = stripped[k - 1] if k else ""
            if not prev:
                out[k] = False
            elif prev[-1] in complete:
                out[k] = True
            elif self.heading(line):
                out[k] = True  # a report's heading under its title and dateline (一、2025年工作回顾): a part of its own
            elif len(prev) <= hi and " " not in prev and (self.untitled is None or not self.untitled(prev)):
                out[k] = False  # the first line of a headline, or a headline over its subhead
        return out

    def figure_lines(self, lines: Sequence[str]) -> tuple[list[int], dict[int, int]]:
        """The lines of a number box set a label a line and its figure the line under (数说 under a
        headline: 城镇新增就业 | 1.32万人 | 城镇调查失业率 | 4.6%) that end their entry: a figure alone, with
        its unit, under a short label with no digit and no mark, over a line that does not go on with a
        sentence. Joined on, every entry of the box would be one sentence: a goal's verb (力争) or a cue
        word of one entry would reach the figures of all those after it. A hard-wrapped paragraph's line
        is never a figure alone but at its paragraph's end, where the paragraph ends anyway. (A line of
        words ending on a figure, 完成年度目标的61.4%, ends no entry: it leans on the figure above it.)"""
        page = "\n".join(lines)
        figures = [page.count("\n", 0, m.start()) for m in _BOX_FIGURE.finditer(page)]
        first = self._figures_first(lines, figures) if len(figures) > 1 else {}
        under = [k for k in figures if k and k not in first and self._box_label(lines[k - 1])
                 and not self._goes_on(lines, k) and not self._in_cells(lines, k)]
        under.extend(self._glued_entries(lines, page))
        # (a bare number under a label that ends on its unit in brackets: a table flattened a cell a line, each
        # cell its own; joined on, the bare numbers would run together into one, 386.5 | 21.36 → 386.521.36. A
        # bare number under it too makes the label a column's head over its values, 同比增长（%） | 6.8 | 4.1: none)
        cells = [page.count("\n", 0, m.start()) for m in _CELL_FIGURE.finditer(page)]
        bare = set(cells)
        under.extend(k for k in cells if k and k + 1 not in bare
                     and self._unit_label(lines[k - 1].strip(_SPACES))
                     and not self._goes_on(lines, k))
        if len(cells) > 1 and max(map(_width, lines)) >= _CELL_COLUMN_PAGE:
            # (bare numbers one under the other, a blank line between them at most: a table's column read down, its
            # values a line each, pdfminer's 2024年 | 1926 | 2874 | 81.1 | 2025年 | 2186: each a cell of its own. On a
            # page of wide lines (no narrow sidebar's, read a few characters a line) no line of a sentence is a number
            # alone; joined, they would run together into one, 1926287481.1)
            # (only under a year's head, 2024年: not a row's cells under its label or unit cell, 地区生产总值（亿元） |
            # 712.6 | 5.8, 地区生产总值 | 亿元 | 1386.52 | 5.6: the column stage gathers those)
            texts = [k for k, line in enumerate(lines) if line.strip(_SPACES)]
            at = {k: n for n, k in enumerate(texts)}
            told = set(under)
            for k in cells:
                n = at[k]
                column = (n > 0 and texts[n - 1] in bare and texts[n - 1] >= k - 2) or \
                    (n + 1 < len(texts) and texts[n + 1] in bare and texts[n + 1] <= k + 2)
                if not column or k in told or self._goes_on(lines, k):
                    continue
                top = n
                while top > 0 and texts[top - 1] in bare:
                    top -= 1
                if top > 0 and _YEAR_HEAD.fullmatch(lines[texts[top - 1]].strip(_SPACES)):
                    under.append(k)
        return under, first

    def _glued_entries(self, lines: Sequence[str], page: str) -> list[int]:
        """The lines of a number box an extractor printed an entry a line, its figure glued to the label it
        stood over (pypdf: 186.4亿元地区生产总值 | 8.2%规上工业增加值增长 | 72.6亿元社会消费品零售总额): each ends its
        entry. Joined on, each label would run into the next figure and lend it its cue (…增长72.6亿元, a growth).
        Told by the run: two such lines or more one under the other (blank lines between), each a figure with its
        unit then a box's label (no digit, no mark, no gap), under no line that breaks off mid-sentence (a
        hard-wrapped paragraph's lines that happen to open on a number go on from the line above them).
        page is the lines joined by newlines: the lines that may be such entries are found in it at once."""
        n = len(lines)
        glued = [k for k in _glued_candidates(lines, page) if self._glued_entry(lines[k].strip(_SPACES))]
        out: list[int] = []
        run: list[int] = []
        for k in [*glued, n + 1]:
            if run and all(not lines[j].strip(_SPACES) for j in range(run[-1] + 1, min(k, n))) and k < n:
                run.append(k)
                continue
            if len(run) > 1:
                at = next((j for j in range(run[0] - 1, -1, -1) if lines[j].strip(_SPACES)), -1)
                above = lines[at].strip(_SPACES) if at >= 0 else ""
                if not above or above[-1] in self.sentence_chars or self._box_label(above):
                    out.extend(run)  # (the box's title runs into its first entry: the entries after it are its
                    # body, `split.segment`'s titled entry, under the title's time)
            run = [k] if k < n else []
        return out

    def _glued_entry(self, line: str) -> bool:
        """Is line a number box's entry, its figure glued to its label (8.2%规上工业增加值增长, 72.6亿元社会消费品零售
        总额)?"""
        m = _GLUED_FIGURE.match(line)
        if m is None:
            return False
        label = line[m.end():]  # (its unit's letters with it: a figure and its unit alone, 18.6亿元, a table's cell)
        return _GLUED_LABEL <= len(label) <= _BOX_LABEL[1] and self._box_label(label)

    def _unit_label(self, label: str) -> bool:
        """Is label a flattened table's cell head, words of no mark ending on a unit in brackets (地区生产总值（亿元）)?
        Its brackets are told by their Unicode class (open Ps, close Pe), the marks by layout.yaml's."""
        if len(label) < 5 or unicodedata.category(label[-1]) != "Pe":
            return False
        opened = max((i for i in range(len(label) - 2, max(len(label) - 8, -1), -1)
                      if unicodedata.category(label[i]) == "Ps"), default=-1)
        head, unit = label[:opened], label[opened + 1:-1]
        return (opened > 0 and 2 <= len(head) <= 30 and 1 <= len(unit) <= 5
                and not any(c.isspace() or c in self.marks for c in head)
                and not any(c.isspace() or c.isdigit() or c in self.marks or unicodedata.category(c) in ("Ps", "Pe")
                            for c in unit))

    def _figures_first(self, lines: Sequence[str], figures: list[int]) -> dict[int, int]:
        """A number box set its figure a line and its label the line under (数说, 图解: 23.6万张 | 全市医疗卫生机构床位数
        | 4.2万人 | 城镇新增就业), blank lines maybe between: each line of such a box → what it is (`_FIGURE`, `_LABEL`,
        `_ABOVE`: the box's title, or the line above its first figure). Told from a box of labels over their
        figures by its run: two entries or more, figure then label, the line after its last label no figure nor a
        label over one, the line over its title no label (a box of labels over figures, read from its first
        figure, ends on a figure without a label, or goes on with a label over a figure, a head between: 住房 |
        改造老旧小区 | 38个). Joined on, the title would run into the first figure and each label into the next
        figure, read as the next one's. A label opening with its month (7月份接待游客) ends an entry after a first
        entry of a bare label."""
        out: dict[int, int] = {}
        at = set(figures)
        n = len(lines)

        def next_line(k: int) -> int:  # the next line with text, blank lines passed over
            k += 1
            while k < n and not lines[k].strip(_SPACES):
                k += 1
            return k

        def prev_line(k: int) -> int:  # the line with text above, -1 where none
            k -= 1
            while k >= 0 and not lines[k].strip(_SPACES):
                k -= 1
            return k

        done = -1
        for k in figures:
            if k <= done:
                continue
            entries, j = [], k
            while j in at:
                label = next_line(j)
                if label >= n or label in at or not (
                        self._label_under(lines[label])
                        or entries and _BOX_DATED_LABEL.fullmatch(lines[label].strip(_SPACES)) is not None):
                    break
                entries.append((j, label))
                j = next_line(label)
            if len(entries) < 2 or j in at or j < n and self._box_label(lines[j]) and next_line(j) in at:
                continue  # (one entry, or a figure or a label over a figure after: a box of labels over figures)
            done = entries[-1][1]
            before = prev_line(k)
            if before >= 0 and self._box_label(lines[before]) and (above := prev_line(before)) >= 0 \
                    and self._box_label(lines[above]):
                continue  # (a label over the title too: a box of labels over figures, its heads between: 教育 | …;
                # a sentence over the first figure, 一组数据带你看——, is no such label, whatever stands above it)
            if before >= 0:
                out[before] = _ABOVE  # the title (or the line above) ends before the first figure
            for fig, label in entries:
                out[fig] = _FIGURE
                out[label] = _LABEL
        return out

    def _in_cells(self, lines: Sequence[str], k: int) -> bool:
        """Is lines[k] within the head of a table printed a cell a line, a few lines under its label column's
        head word alone (指标 | 单位 | 2024年 | 比上年增长（%）: the year is a column's head, no number box's figure)?"""
        heads = self.label_heads
        return bool(heads) and any(line.strip(_SPACES) in heads for line in lines[max(0, k - _CELL_HEAD):k])

    def _box_label(self, line: str) -> bool:
        """A number box's label: a short line with no digit, no mark and no gap (城镇调查失业率)."""
        label = line.strip(_SPACES)
        return _BOX_LABEL[0] <= len(label) <= _BOX_LABEL[1] and label[-1] not in self.complete \
            and self.marks.isdisjoint(label) and not any(map(str.isdigit, label)) and _HAS_SPACE.search(label) is None

    def _label_under(self, line: str) -> bool:
        """A label under its figure in a box of figures over their labels: a box's label (`_box_label`), or one
        with a short clause after a clause mark that ends on a figure of its own (86.3亿元 | 地区生产总值，同比增长6.2%):
        the growth a 数说 box sets beside its figure's name ends the entry as the bare label does."""
        label = line.strip(_SPACES)
        if self._box_label(label):
            return True
        cut = next((i for i, c in enumerate(label) if c in self.marks), -1)
        if cut < 0 or label[cut] in self.sentence_chars:
            return False
        head, tail = label[:cut], label[cut + 1:]
        return self._box_label(head) and 0 < len(tail) <= _LABEL_TAIL and self.marks.isdisjoint(tail) \
            and _HAS_SPACE.search(tail) is None and _FIGURE_END.search(tail) is not None

    @staticmethod
    def _goes_on(lines: Sequence[str], k: int) -> bool:
        """Does the line under lines[k] go on with its sentence (…达到 | 41.2万人 | ，同比增长…)?"""
        after = lines[k + 1].strip(_SPACES) if k + 1 < len(lines) else ""
        if not after:
            return False
        mark = unicodedata.category(after[0])
        return (mark.startswith("P") and mark not in ("Ps", "Pi")) or after[0] == "%"

    def _broken_off(self, line: str) -> bool:
        """The line of a sentence (one with a mark in it: no headline's) breaks off at its column's full width,
        or on a number's % sign (…和8.6 | %): another item's headline and dateline may stand right under it,
        glued into the page there (the sentence goes on after that item: `_resumed`)."""
        if not (line[-1] == "%" or _full(line, self.width, self.complete)):
            return False
        return line.strip("0123456789.") == "%" or not self.marks.isdisjoint(line)  # (a number's tail alone: %)

    def _label_between(self, lines: Sequence[str], k: int, m: int) -> bool:
        """lines[k] is a short label of another item (数读, a box's name) the page set between blank lines
        into a narrow column's paragraph where it breaks off (…床位数将达到8.2 | | 数读 | | 张。): the line
        before the blank above it fills its own column and breaks off mid-sentence, the line after the
        blank below goes on with the sentence, and the label holds no digit (a number's tail set alone
        at a column's top, 8.2张, is the paragraph's own) and fills no column."""
        line = lines[k]
        if not 2 <= k <= m - 3 or len(line) > _SHORT_LABEL[1] or lines[k - 1].strip(_SPACES) \
                or lines[k + 1].strip(_SPACES) or any(map(str.isdigit, line)):
            return False
        prev, after = lines[k - 2], lines[k + 2]
        if not prev or not after or _HAS_SPACE.search(prev) is not None or _HAS_SPACE.search(after) is not None \
                or unicodedata.category(after[0]).startswith("P") or after[0] == "%":
            return False
        if self.looks(prev) or self.looks(line) or self.looks(after) or _full(line, self.width, self.complete):
            return False
        recent = [x for x in lines[max(0, k - 1 - _RECENT):k - 1] if x]
        return _full(prev, self.width, self.complete) or _fills_own_column(recent, self.complete)

    def defer(self, folded: str, src: int) -> None:
        """Hold a line of another item (`foreign_lines`) until the paragraph it broke into ends."""
        self.deferred.append((folded, src))

    def deferred_out(self) -> Iterator[Paragraph]:
        """Each line held back, a paragraph of its own, right after the paragraph it broke into."""
        while self.deferred and not self.offsets.size:
            folded, src = self.deferred.pop(0)
            self.opened_at = src
            self.pieces.append(folded)
            self.offsets.add(src, len(folded))
            par = self._close()
            par.aside = True
            yield par


def _set_in_headline(line: str, complete: str) -> bool:
    """Does the line read as a headline or its kicker: 4-30 characters, spaces left out, no mark of a sentence
    but a colon after a place's name (某某：…) or a subtitle's dash (——…), nothing complete at its end, no digit
    or point opening it (a number's tail)."""
    text = _SPACE_RUN.sub("", line)
    if not _TITLE_CHARS[0] <= len(text) <= _TITLE_CHARS[1] or text[-1] in complete or text[0].isdigit() \
            or text[0] in _POINT_CHARS:
        return False
    return _HEADLINE_LINE.fullmatch(_HEADLINE_MARKS.sub("", text)) is not None


def _set_into_number(lines: Sequence[str], m: int, complete: str, found: Sequence[int]) -> list[int]:
    """The lines among lines[1:m-1] that are another item's headline, its kicker over it maybe, set inside a number
    a line break cut where no number can end (…出栏71. | 产业兴旺 群众增收 | 某某：花卉产业产值突破30亿元 | 2万头…;
    …增长12 | … | .6%): one or two headline lines, then the number's tail. Read as the paragraph's words, the tail
    alone is a wrong figure (2万头) and the head is lost; set after the paragraph, the number is whole again.
    `found`: the lines `foreign_lines` took already."""
    out: list[int] = []
    for k in range(1, m - 1):
        prev = lines[k - 1].rstrip(_SPACES)
        if not prev or k - 1 in found or not (_number_cut_at_end(prev) or prev[-1].isdigit()):
            continue
        for width in range(1, _CUT_HEADLINES + 1):
            if k + width >= m:
                break
            heads = [lines[j].strip(_SPACES) for j in range(k, k + width)]
            if not all(_set_in_headline(h, complete) for h in heads):
                break
            after = lines[k + width].lstrip(_SPACES)
            if (_number_cut_at_end(prev) and after[:1].isdigit()) or (
                    prev[-1].isdigit() and after[:1] == "." and after[1:2].isdigit()):
                out.extend(j for j in range(k, k + width) if j not in found)
                break
    return out


def _number_cut_at_end(line: str) -> bool:
    """Does the line end inside a number, on a digit's point (…完成12.)? No number ends so; a line ending on a digit
    may end on a whole number (…项目62) and says nothing."""
    return line[-1:] == "." and line[-2:-1].isdigit()


def _number_runs_on(prev: str, line: str) -> bool:
    """prev breaks off inside a number that line goes on with (…为185 | 0户…, …达到3. | 5万张): the line
    is that number's tail, no headline set in between (a headline leaves the number cut)."""
    end, first = prev[-1:], line[:1]
    return (end.isdigit() and (first.isdigit() or first == ".")) or (end == "." and first.isdigit())


# a line's end on a number and a magnitude, no unit after it (…达到12.5万)
_MAGNITUDE_END = compiled_regex(r"\d(\p{Han}{1,2})$")
_MEASURE_CHARS = 4  # a measure word opening a line is looked for this long at most (人, 人次, 万元, 平方米)


def _unit_runs_on(lines: Sequence[str], k: int, magnitudes: frozenset[str], measures: frozenset[str]) -> bool:
    """Does lines[k] end on a number's magnitude whose measure word opens the line under it (…参保人数达 | 到12.5万 |
    人，参保率…: a line cut between 万 and 人)? Such a line is the paragraph's own, however short, never another
    item's headline set into it: no headline ends on a bare magnitude, its unit on the paragraph's next line."""
    m = _MAGNITUDE_END.search(lines[k].rstrip(_SPACES))
    if m is None or m.group(1) not in magnitudes or k + 1 >= len(lines):
        return False
    after = lines[k + 1].lstrip(_SPACES)
    return any(after[:n] in measures for n in range(1, _MEASURE_CHARS + 1))


def _alone_headline(line: str) -> bool:
    """A paragraph's only line, before a blank line, that reads as an item's headline with its figure: no space,
    no mark but a number's point or percent, a figure with its unit at its end (阳谷县新增养老床位620张,
    …产值增长14.2%). Two items set side by side, pdftotext reads their headlines a block each, one over the
    other: the first is no column line running on into the second, however narrow the columns (a line
    ending on a digit may be a number cut at a column's foot)."""
    return _HEADLINE_CHARS[0] <= len(line) <= _HEADLINE_CHARS[1] and _FIGURE_END.search(line) is not None \
        and _HEADLINE_LINE.fullmatch(line) is not None


def _as_wide_as_its_column(lines: Sequence[str]) -> bool:
    """The last of these lines is as wide as each of the three before it (none blank): a line of a narrow
    column (an article set in four columns under a lead in three) that breaks off with no mark in it,
    not a headline, whose width owes nothing to the column's."""
    if len(lines) < 4 or not all(lines[-4:]):
        return False
    w = _width(lines[-1])
    return w >= _OWN_MIN and all(abs(_width(x) - w) <= 1.0 for x in lines[-4:-1])


def _fills_own_column(recent: Sequence[str], complete: str) -> bool:
    """The last of a paragraph's recent lines (three at least) is as wide as the widest before it, and as
    wide as one of them: a narrow column's full line (a paragraph's short last line, or a headline, is
    narrower; the first line may be a dateline's, a line too short to tell by says nothing)."""
    if len(recent) < 3 or not recent[-1] or recent[-1][-1] in complete:
        return False
    w = _width(recent[-1])
    others = [_width(x) for x in recent[:-1]]
    return w >= _OWN_MIN and w >= max(others) - 0.5 and any(abs(o - w) <= 1.0 for o in others)


def _number_pieces(buf: str, base: int) -> frozenset[int]:
    """Where (source offsets) lines of 1–3 digits begin that a hard wrap cut out of a number (`_DIGITS_LINE`):
    joined, not dropped as a page's number. One scan of the page; the few lines of digits alone are looked at."""
    if "\n" not in buf:
        return frozenset()
    out = []
    for m in _DIGITS_LINE.finditer(buf):
        end = m.end()
        if buf[m.start() - 1:m.start()].isdigit() or (buf[end - 1] == "0" and buf[end:end + 1].isdigit()):
            out.append(base + m.start() + 1)
    return frozenset(out)


def _spaced_out(line: str) -> bool:
    """A line read glyph by glyph, one space after every character but inside a number (池 州 市2026 年 十 项 民 生
    实 事): its width and its words are those of the line without the spaces (a headline so spaced is as short)."""
    words = line.split(" ")
    return len(words) > 2 and all(words) and all(len(w) - len(w.encode("ascii", "ignore")) <= 1 for w in words)


def _cut_in_narrow_column(line: str, width: float) -> bool:
    """line ends in a digit and is far narrower than the page's column (a sidebar read one or two characters
    a line: 到1 | 286 | .5): the digits under it go on with its number, no page number set under it."""
    return line[-1:].isdigit() and _width(line) < min(_OWN_MIN, width - 3.5)


def _full(line: str, width: float, complete: str) -> bool:
    """A line that fills its column (but for a paragraph indent of two characters the extractor dropped)
    and ends mid-sentence: a blank line after it is a column break. A line ending inside a number (a digit, or a
    digit's point: 床位1. | 08万张) goes on whatever its width."""
    return bool(line) and line[-1] not in complete and (_width(line) >= width - 3.5 or _is_ascii_alnum(line[-1:])
                                                        or (line[-1] == "." and line[-2:-1].isdigit()))


def _append_line(folded: str, start: int, pieces: list[str], offsets: OffsetMap, prev: str,
                 keep: Iterable[int] = (), written: str = "") -> str:
    """Copy one (folded) line, dropping justification spaces; returns the last character written.

    A line spaced out character by character has a gap every other character: unless a gap
    stands between two Latin letters (the one case that keeps a space), the line goes in as
    one string with its spaces taken out and one extend of the offset map. `keep`: where gaps start
    that keep one space (between a table row's cells). `written`: the line as written, where `_APART_GAP` looks for
    its gaps: folded (１２ １５万人 is two numbers), but for a zero-width space or a soft hyphen, which folded is a space and
    inside a number is none (36\u00ad5.84 is one number).
    """
    apart = folded
    if len(written) == len(folded) and _ZERO_WIDTH_RUN.search(written) is not None:
        apart = "".join(w if w in _ZERO_WIDTH else f for w, f in zip(written, folded, strict=True))
    if (keep or _LETTER_GAP.search(folded) is not None or _NUMBER_GAP.search(folded) is not None
            or _APART_GAP.search(apart) is not None or _DOUBTFUL_RUN.search(folded) is not None
            or (folded[:1] in _SPACES and _is_ascii_letter(prev[-1:]))):
        return _append_line_gaps(folded, start, pieces, offsets, prev, keep, apart)
    chunks = _SPACE_SPLIT.split(folded)  # text, gap, text, … , text
    at = list(accumulate(map(len, chunks), initial=start))
    kept = [k for k in range(0, len(chunks), 2) if chunks[k]]
    if not kept:
        return prev
    pieces.append("".join(chunks[::2]))
    offsets.add_runs([at[k] for k in kept], [len(chunks[k]) for k in kept])
    return chunks[kept[-1]][-1]


# Two or three digits glued to the word before them, a gap `_APART_GAP` keeps, then one or two digits (a decimal's
# whole part maybe: 12 34.5万人) and what no digit nor point is (共有12 34人): a number justification spread (1234) or
# two run together (12 and 34)? No sure reading, and the second alone (34人) is a wrong value either way: both are
# made unreadable. A gap before the first too (床位 36 12张) sets a row's two cells apart, the second sure; a year's
# halves (20 15) the pattern keeps apart only so; a label's number (表12 34人: `_label_gap`) is kept with its gap.
_SHORT_HEAD = compiled_re(r"[0-9]{2,3}")
# … and four digits or more glued to a word, the gap, then a decimal with one whole digit (就业人数3860 4.6万人): two
# numbers run together (two cells) or one a PDF's stray space parts (12345.6亿元 as 1234 5.6亿元)? Both are made
# unreadable too: 38604.6万人 and 5.6亿元 may each be wrong. (A gap before the first sets two cells apart, the second sure.)
_LONG_HEAD = compiled_re(r"(?!(?:19|20)[0-9]{2}$)[0-9]{4,}")  # (a year is a date: 2025 4.6%, the second sure)
_DECIMAL_TAIL = compiled_re(f"{_VISIBLE_GAP}[0-9]\\.[0-9]")
# (the line folded: its point is the ASCII one)
# (nor a thousands group's comma after it: 9,214 5,836 are two cells of a column, whole numbers both)
_SHORT_TAIL = compiled_re(f"{_VISIBLE_GAP}([0-9]{{1,2}}(?:\\.[0-9]+)?)(?![0-9.]|,[0-9])(?=[^{re.escape(_SPACES)}])")


_NUMBER_JOINS = frozenset("0123456789,.")  # what a number's own digits follow (9,214: 214 is glued to no word)


def _unsure_apart(folded: str, gaps: list[re.Match[str]], keep: Collection[int] = ()) -> str:
    """The line with each glued short number a kept gap parts from a short one (`_SHORT_TAIL`) made unreadable, both
    numbers, one character for one, and each doubtful run of digits and gaps (`_DOUBTFUL_RUN`) as a whole but one
    that holds a gap `keep` keeps (a table row's cells, a label's number: the numbers sure)."""
    runs = [m.span() for m in _DOUBTFUL_RUN.finditer(folded) if not any(m.start() <= k < m.end() for k in keep)]
    cuts: list[tuple[int, int, str]] = []
    for m in gaps:
        at = m.start()
        if any(i <= m.end() and at < j for i, j in runs):
            continue
        long_head = _LONG_HEAD.fullmatch(m.group()) is not None and _DECIMAL_TAIL.match(folded, m.end()) is not None
        if (_SHORT_HEAD.fullmatch(m.group()) is None and not long_head) or at == 0 or folded[at - 1] in _SPACES \
                or folded[at - 1] in _NUMBER_JOINS or (cuts and at < cuts[-1][1]):
            continue
        tail = _SHORT_TAIL.match(folded, m.end())
        if tail is not None:
            cuts.append((at, m.end(), _UNREADABLE * (m.end() - at)))
            cuts.append((tail.start(1), tail.end(1), _UNREADABLE * (tail.end(1) - tail.start(1))))
    if runs:
        cuts = sorted([*cuts, *((i, j, _UNREADABLE * (j - i)) for i, j in runs)])
    return "".join(_spliced(folded, cuts)) if cuts else folded


def _append_line_gaps(folded: str, start: int, pieces: list[str], offsets: OffsetMap, prev: str,
                      keep: Iterable[int] = (), apart: str = "") -> str:
    """`_append_line` gap by gap, for a line where a gap may keep its space (`apart`: where `_APART_GAP` looks, the
    folded line with its zero-width marks as written)."""
    n = len(folded)
    pos = 0
    kept = {g.start() for m in _NUMBER_GAP.finditer(folded) for g in _SPACE_RUN.finditer(folded, m.start(), m.end())}
    apart_gaps = list(_APART_GAP.finditer(apart or folded))
    kept.update(m.end() for m in apart_gaps)
    keep = set(keep)  # (a label's gap, 表12 34人, or a row's cells: the numbers sure)
    folded = _unsure_apart(folded, [m for m in apart_gaps if m.end() not in keep], keep)
    kept.update(keep)
    for m in _SPACE_RUN.finditer(folded):
        i, j = m.span()
        if i > pos:
            pieces.append(folded[pos:i])
            offsets.add(start + pos, i - pos)
            prev = folded[i - 1]
        # keep one space only between two Latin letters (Mobile World) and between two numbers that
        # cannot be one (`_NUMBER_GAP`); justification spaces digits apart too (1 085), so another
        # space between digits is dropped
        nxt = folded[j] if j < n else ""
        if prev and nxt and ((_is_ascii_letter(prev) and _is_ascii_letter(nxt)) or i in kept):
            pieces.append(" ")
            offsets.add(start + i)
            prev = " "
        pos = j
    if pos < n:
        pieces.append(folded[pos:])
        offsets.add(start + pos, n - pos)
        prev = folded[-1]
    return prev
