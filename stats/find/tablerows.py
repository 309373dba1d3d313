"""Tables read as lines: a head sentence naming the columns, then one sentence a row.

A bulletin's table dumped to text reads `label unit 12.45 3.2` a row; no number there has its
measure word beside it, so the quantity finder gives no figure. The layout repair keeps such a row a
paragraph of its own, a space between its cells: two decimals with a gap between them, or any numbers
on a line under a head (`head_columns`: whole numbers are told from a number whose thousands a gap
sets apart, 1 280, only by the line above them); this module reads the head sentence
above the rows (its words in rules/lexicon/tables.yaml) and gives each cell the unit of its row's
unit cell, of its column's percent mark or of the caption's unit note, the role of its column and
the year a year column names.

It reads only what leaves no doubt: a head made of known column words and nothing else, every row
a label, the unit cell where the head has one, and exactly one plain number for each value column.
Anything else (a cell too few, a number with a group mark, a label holding a digit, a column
whose unit nothing gives) ends the table, and its rows give no figure: a wrong value is worse
than a missing one. A row of more cells than columns where a gap may be a thousands mark (8 560
9 012) gives none and the table goes on, but from then on a row whose gaps may be such marks
(10 350: one cell, the other blank?) gives none either.

A plan's table of indicators (序号 指标名称 2020年 2025年 指标属性) frames each row: its number before the label,
a word its head lists after the cells (预期性); a row so framed gives its figures where its unit is sure (in the
label's brackets, or on the label's rest on the line under it), none for a cell summed over the plan ([15000]),
and the table goes on.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import regex

from stats.find.quantities import Quantity, QuantityFinder
from stats.repair.columns import has_digit  # a digit outside a rate's base in brackets ((1/10万) names a unit)
from stats.repair.layout import CELL_BARS, barred_head  # the bars a table sets between its cells (|0.68|0.52|): a gap
from stats.rules.precheck import first_chars
from stats.rules.prepared import compiled_re, compiled_regex

# The cells of a row: plain numbers (a sign, digits, a decimal part), one space between two, the
# first right after the label (the layout repair drops the gap between a word and a number).
# (a cell may carry a qualifier word after its number, 6左右: `TableReader.cell_tail`, from tables.yaml)
_NUMBER = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # (168,520: its thousands marked)
_YEAR = compiled_re(r"\d{4}")
_GAPS = compiled_re(r"\s+")
# Cells that may be one number whose thousands a gap sets apart (8 560): a whole number, then three digits
_GROUPED = compiled_re(r"-?\d{1,3}")
_GROUP = compiled_re(r"\d{3}(?:\.\d+)?")
# A row's unit in brackets at the end of its label (病床使用率（%）, 城镇新增就业（万人）), where no unit cell has it
# (six characters: 微克/立方米)
_LABEL_UNIT = compiled_regex(r"\p{Ps}([^\p{Ps}\p{Pe}]{1,6})\p{Pe}")  # brackets told by their Unicode category
_LABEL_UNIT_END = compiled_regex(_LABEL_UNIT.pattern + "$")  # … its last brackets, where a label holds two
# a column's rest on the line under a head's words (`TableReader.split_head`): its last words maybe, then its unit
_RESTS = compiled_regex(r"(\p{Han}{0,6})\p{Ps}[^\p{Ps}\p{Pe}]{1,5}\p{Pe}")
_SPLIT_TOP = 60  # the longest top line a head split over two lines is read from
_BARE_CELL = compiled_re(_NUMBER)  # a cell of a row with no label (`TableReader.bare_row`)
# the gap between two cells of a row as written: a bar (a gap either side maybe), or two spaces or more
_WRITTEN_CELLS = compiled_re(r"[ \t\u3000]*[|\uff5c][ \t\u3000]*|[ \t\u3000]{2,}")
# the cell of a ratio written x:1 at a row's end (生师比 13.6:1; the colon as any font sets it): no figure
_RATIO_CELL = compiled_regex(r"\s+\d+(?:\.\d+)?\s*[:\uff1a\u2236]\s*1\s*$")
_FLUSH_MAX = 6  # the most pieces of each line of a head over two lines flush left (`TableReader.flush_words`)
# a chart's line of values (`TableReader.chart_row`): a series' name may lead them
_CHART_VALUE = r"-?\d{1,9}(?:\.\d{1,4})?"
_CHART_VALUES = compiled_regex(
    rf"(?:\p{{Han}}{{1,6}}\s{{1,4}})?(?P<values>{_CHART_VALUE}(?:\s{{1,4}}{_CHART_VALUE}){{1,11}})")
# The units of a head's columns on a line of their own under its words, each in brackets (（所） （人）)
_UNITS_BELOW = compiled_regex(r"(?:\p{Ps}[^\p{Ps}\p{Pe}]{1,5}\p{Pe})+$")
# A character of a unit a cell writes after its number (亿元, %): a letter or a percent or permille mark
_OWN_UNIT = r"[\p{L}%\uff05\u2030]"
# A spreadsheet's number formats in a pasted row's cells (`TableReader._marked_row`), each a cell of its own: a percent
# mark right after its number; an accounting negative in brackets, its thousands marked or two decimals ((52,780.00));
# a number in scientific form (1.32E+06)
# (the layout repair drops the gap between a number and a bracket: 3,812,640.00(52,780.00)-1.4%)
_EXCEL = compiled_regex(r"(?<=\d)[%\uff05](?=\s|$|-)"
                        r"|(?:(?<!\S)|(?<=\d))\((?P<neg>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+\.\d{2})\)(?=\s|$|-|\d)"
                        r"|(?<![\d.,])(?P<mant>(?P<int>[1-9])(?:\.(?P<frac>\d{1,4}))?)E\+(?P<exp>\d{2})(?=\s|$|-)")
# A cell of a plain number in brackets, half- or full-width ((3.5), （12）): a fall in an accounting table, or a figure
# held apart; a row of such cells is a row of the table, its bracketed cells no figure (`TableReader._bracketed_row`)
# (the layout drops the gaps around a bracket: 利润总额亿元(3.5)(12.4))
_BRACKETED = compiled_regex(r"(?<![.])[\(\uff08](\d+(?:\.\d+)?)[\)\uff09](?=\s|$|[\(\uff08\d-])")
# A column of a table by place named by what it holds and its unit (城市低保（元/人·月）): Han characters, as many
# as a bulletin's longest such names take (农村居民人均可支配收入（元）, a 分乡镇 table's), then the unit in brackets
# (5岁以下儿童死亡率（‰）: a digit of its word; PM2.5（微克/立方米）, PM10浓度（…）: a code of capitals and digits, a
# pollutant's, before its unit or a word)
_NAMED = compiled_regex(r"(?:(?:\d{1,3}(?=\p{Han}))?\p{Han}{2,12}|[A-Z]{1,4}\d{1,2}(?:\.\d)?\p{Han}{0,10})(?=\p{Ps})")
# … whose name holds a word in brackets of its own before its unit's (每千人口执业（助理）医师（人）): the inner brackets a
# few Han characters, more after them
_NAMED_INNER = compiled_regex(r"(?:\d{1,3}(?=\p{Han}))?\p{Han}{2,12}\p{Ps}\p{Han}{1,4}\p{Pe}\p{Han}{1,8}(?=\p{Ps})")
_NAMED_SHORT = 8  # a longer name holds no label head's word (地区: a caption run into the head, `TableReader._named`)
# … or by a growth (规上工业增加值增长（%）): its word ending in a growth word (change_labels), a change
_NAMED_GROWTH = compiled_regex(r"\p{Han}{2,12}(?=\p{Ps})")
# … or named by what it holds alone, its unit the caption's note's (床位数合计, 床位数其中：医院, 每千人口床位数): Han
# characters and a colon (a sub-column's 其中：), no digit
_NAMED_BARE = compiled_regex(r"\p{Han}[\p{Han}:\uff1a]{1,14}")
# … or, after a part mark (床位数 其中：卫生院), by what the part holds alone: Han characters, a few (`_part_name`)
_HAN = compiled_regex(r"\p{Han}+")
_PART_NAME = 8
# The closing bracket that ends a unit note set in brackets (（单位：张、%）)
_CLOSE = compiled_regex(r"\p{Pe}")
# … and each character's answer once asked (a sentence's last character: `noted_title` asks it of every sentence of a
# page, and a `regex` match costs its set-up each time, where a page's sentences end on a few characters only)
_ENDS_CLOSING: dict[str, bool] = {}


def _closing(ch: str) -> bool:
    """Whether one character is a closing bracket (`_CLOSE`), asked of the pattern once a character and process."""
    got = _ENDS_CLOSING.get(ch)
    if got is None:
        got = _ENDS_CLOSING[ch] = _CLOSE.fullmatch(ch) is not None
    return got


# where a unit a note under a table names ends (万人。, 亿元；…): the first mark after it
_NOTE_END = compiled_regex(r"\p{P}")
# Two decimals run into each other at a row's end, the gap between its two cells lost (31.84100.0): no number
# holds two points; the digits between them are the first cell's decimals, then the second's whole part
_GLUED = compiled_regex(r"(?<![\d.])(\d+)\.(\d+)\.(\d+)$")
# A plan's table of indicators: the row number that opens a row and the word that closes it, a gap after and before
# a numbered row's number, a gap after it, or none before a Han label where a layout repair folded the gap away (1渝北区
# 1260 870, a table put back a row a line from its columns)
_ROW_NUMBER = compiled_regex(r"\s*\d{1,2}(?:\s+|(?=\p{Han}))(?=\D)")
_ROW_NUMBER_AGED = compiled_regex(r"\s*\d{1,2}\s+(?=\d)")  # (… before a label opening with an age band: 4 5岁以下…)
_TRAIL_WORD = compiled_regex(r"\s+(\p{L}{1,6}|[%\uff05\u2030])\s*$")  # (… 预期性; … 人 or … % closing a unit column)
# … the gap before a row's first cell (a number or a blank's mark), `_unit_closing`
_FIRST_CELL = compiled_regex(r"\s*(?=[-+\u2212]?\d|\u2014|\u2026)")
_WORD_RUN = compiled_re(r"\S+")  # a cell of a row read a run of characters at a time (`_unit_within`)
# a unit cell closing a row (… 418 人, … — %), a gap after the last cell (a number or a blank's mark): no number's own
# measure word or mark run on to it (60.5%)
_CLOSING_UNIT = compiled_regex(r"(?<=[\d\u2014\u2026])\s+([^\s\d.,\-\u2014\u2013\u2026]{1,6})\s*$")
# percent marks alone in brackets ending a head, a space maybe between them (（%） （%）)
_MARKS_TAIL = compiled_regex(r"(?:\s*[\(\uff08]\s*[%\uff05]\s*[\)\uff09])+\s*$")
_MARK_CELL = compiled_regex(r"[\(\uff08]\s*[%\uff05]\s*[\)\uff09]")
_RATE_CELL = compiled_regex(r"\s+/\s*\d+\s*\p{Han}?\s*$")  # a unit cell of a rate per so many people (/10万)
# … run into its label once the gap before the cells is out, or in brackets at its end ((/10万), (1/10万))
_RATE_END = compiled_regex(r"(?:\p{Ps}\s*1?\s*/\s*\d+\s*\p{Han}?\s*\p{Pe}|/\s*\d+\s*\p{Han}?)\s*$")
_PERCENT_AFTER = compiled_regex(r"(?<=\d)[%\uff05](?=\s|$)")  # a cell's own percent mark in a framed row
# … its cells where a row gives no figure: numbers, in brackets or after a bound's mark ([15000], <5.5, ≤5.5)
_UNSURE_CELLS = compiled_regex(r"(?:\s+(?:[\[<>\u2264\u2265]?-?\d+(?:\.\d+)?\]?))+$")
# Where a line of a table set in two halves side by side parts (`TableReader._halves`): after a cell (a digit, or a
# blank cell's mark), where a label opens (a letter), a gap between them or none
_YEAR_MASK = "Y"  # a year label's stand-in, a letter a digit apart (`TableReader._year_row`)
_HALF = compiled_regex(r"(?<=[\d\p{Pd}\u2026/])\s*(?=\p{L})")
# A cell of a plan's table summed over the plan's years, in brackets ([4.5]): its number
_SUMMED = compiled_regex(r"(?<=\s)\[(-?\d+(?:\.\d+)?)\](?=\s|$)")
# The last cell of a plan's table's row, a gap before it (`TableReader._plan_cell`)
_LAST_CELL = compiled_regex(r"\s(\S+)$")
_DIGIT = compiled_re(r"\d")
# a row's cell of words alone, a gap either side (完成省市下达任务 under 2027年预期目标: a goal with no number;
# `_worded_row`)
_WORDS_CELL = compiled_regex(r"(?<=\s)\p{L}{2,16}(?=\s|$)")
# How far a rate may be from the one a row's two levels grow by a year and still be that rate, in points (a plan rounds
# its goals: 180 to 240 in five years is 5.9% a year, printed 6)
_COMPOUND_SLACK = 0.5


# a column of the current year (tables.yaml current_columns: 本年), and the base and change columns beside it
# (`Column.within`): of the text's year where nothing dates the table but the day it was published on
CURRENT = "year"


@dataclass(frozen=True)
class Column:
    """A value column: the role of its cells, percent or not, the year it names (else "")."""

    role: str
    percent: bool
    year: str = ""
    unit: str = ""  # the unit its head names in brackets (绝对数（亿元）), else ""
    base: bool = False  # the same span a year before (上年同期): its year is the caption's less one
    # what a head set cell over cell names its column by, with its caption's title (医疗卫生机构床位情况 床位数合计):
    # the words the metric rules read before its cells, whose rows name only places
    name: str = ""
    word: str = ""  # the head's word where it names its own unit (床位数（张）): what the cells count
    said: str = ""  # the head's word as written (学校数), whatever unit it has: what a note's unit is matched to
    # the part of the year it covers where the head has columns of two parts at least (一季度 二季度 三季度 前三季度,
    # 1月 2月 3月): the time of its own cells; "" for one span column (1—9月), which is the time the text gives
    span: str = ""
    # a share column without its percent mark (比重): its cells are percentages only where the caption's note
    # lists a percent mark (单位：万人、%); without one the head is none (`TableReader._settled`)
    share: bool = False
    # a plan's table's column of the yearly growth over its span (2025年 2030年 年均增长: tables.yaml plan_changes), after
    # its year columns: its cells are rates over the years after the first column's to the last's (year: 2026-2030)
    plan: bool = False
    # a monthly report's column of the month alone (本月: "month") or of the year to that month (本年累计: "to_date"),
    # and a base column beside the latter ("to_date"): the part of the text's time its cells are (`period.within`)
    within: str = ""
    # the place its head names in a table whose columns are places and whose rows are indicators (指标 | 潞州区 | 上党区:
    # `TableReader._place_columns`): the place of its cells
    place: str = ""


@dataclass(frozen=True)
class Head:
    """A table's head: whether rows carry a unit cell, the value columns, the caption's one unit."""

    unit_cell: bool
    columns: tuple[Column, ...]
    note_unit: str  # the caption's unit for columns without a percent mark ("" if none)
    year: str = ""  # the one year the caption names (表2 2023年主要产品产量), the time of every cell
    # a row has shown more cells than columns where a gap may mark thousands (8 560 9 012): in this
    # table 10 350 may be one cell of a row whose other is blank, and such a row gives no figure
    grouped: bool = False
    # the caption's unit note lists a percent mark (单位：吨、%) and no column carries one of its own: the
    # note's percent is the change columns' (比上年增长 with no mark holds percentages)
    note_percent: bool = False
    # the decimals of the first of two value columns whose cells every row printed run into each other
    # (常住人口31.84100.0): learned from a row that parts one way only (`learned`), then each row's part
    decimals: int = 0
    # the unit the last row named in brackets at the end of its label (货运量（万吨）), and whether the rows since
    # are its parts (其中：公路, then 水路): a part counts in its whole's unit (`TableReader.after`)
    carried: str = ""
    parts: bool = False
    # a plan's table of indicators: a leading column of row numbers (序号), its cell a row's first; and a trailing
    # column of words (属性), its cell one of the words its head lists (预期性, 约束性), a row's last (tables.yaml)
    numbered: bool = False
    trail: frozenset[str] = frozenset()
    # a table set in two halves side by side (产品名称 产量 增长 产品名称 产量 增长): each line two rows, the
    # columns those of one half (`TableReader._halves`)
    halves: bool = False
    # a table of years (年份 孕产妇死亡率（1/10万） 婴儿死亡率（‰）): each row's label a year (2023, 2023年), the time of its
    # cells; the value columns named by what they hold, each with its unit in brackets (`TableReader._year_row`)
    years: bool = False
    # the caption's title (上半年各县（市、区）城镇新增就业), its table number and unit note cut: what a percent column
    # whose word names no measure (完成年度任务（%）) is a share of, for the metric rules (`Cell.title`)
    title: str = ""
    # a list of places under a caption with no head (各乡镇…情况（单位：人）, then 东关镇 2460 a line): each row a place
    # (tables.yaml list_label) and one number of the caption's unit, what the title counts (`TableReader._place_list`)
    listed: bool = False
    # a last column of ratios written x:1 (生师比 / 13.6:1: tables.yaml ratio_columns), left out of the columns: a ratio is
    # no count, and its cell at a row's end is dropped before the row is read (`TableReader.row`)
    ratio: bool = False
    # the part of the year the caption names right after its year (表1 2025年上半年重点群体就业情况: 上半年), the time of
    # every cell whose column names none of its own, in the caption's year (2025H1; 上年同期's in the year before)
    span: str = ""
    # the label column's head is a place head (tables.yaml place_heads: 县（市）, 区): every row names a place, by its short
    # form maybe, and one that is a common word alone (东城) may be read as the place it is in the text's area
    places: bool = False
    # the value columns before the row's unit cell where the unit column stands between them (指标 2025年 单位
    # 比上年增长（%）: 学校数 1,286 所 -1.8, `TableReader._unit_within`); 0 where it stands right after the label
    unit_at: int = 0


@dataclass(frozen=True)
class Cell:
    """One figure of a row: its quantity (offsets in the row's sentence), role and year."""

    q: Quantity
    role: str
    year: str
    label: str
    name: str = ""  # its column's name (`Column.name`), "" for a column a known word heads
    head: str = ""  # the column's word where it names what the cells count (床位数), for the metric rules
    # a level cell of a percent column, or of a count column whose word names nothing it counts (tables.yaml
    # caption_counts): the caption's title and the column's word (城镇新增就业 完成年度任务; 城镇新增就业 人数), what the
    # metric rules read before it where the row's own words name nothing it counts or is a share of (a row of a table
    # by place whose metric stands in its caption alone: 表2 各市城镇新增就业情况 over 市 | 人数)
    title: str = ""
    span: str = ""  # its column's part of the year (`Column.span`): the cell's own time, its year the text's
    # a cell of a column of the same span a year before (上年同期): under a caption that names no year (`year` "") its
    # time is the text's for the table less a year (`period.year_before`), set where the text's time is known
    base: bool = False
    within: str = ""  # its column's part of the text's time (`Column.within`)
    # the title names two kinds joined (tables.yaml title_joins: 2025年末医疗卫生和养老床位, 床位数和卫生技术人员数): which
    # of them a row counts it does not say alone, so the metric rules read only the one kind whose count fits the
    # cell's unit, or the count word the kinds share (`Extractor.table_candidates`)
    joined: bool = False
    # the caption's title (`Head.title`: 2025年一般公共预算支出) for a level cell of a column with no name: what the row's
    # label is a class of, read before the cell where the row's words alone name another topic's figure (a budget's
    # 社会保障和就业: spending, not a jobs figure; `Extractor.table_candidates`)
    caption: str = ""
    # its column's word names only when (本期, 上年同期, 2024年: `TableReader.when_words`), nothing counted: under a
    # caption's title, a row whose label named its own count in a cell on the left keeps that count in this cell
    # (`Extractor.table_candidates`), where a column naming a metric of its own (比重, 支出) reads the title still
    when: bool = False
    place: str = ""  # its column's place (`Column.place`), as its head writes it: the cell's place


@dataclass(frozen=True)
class Chart:
    """A bulletin's chart as a PDF's text gives it (图1 2021-2025年城镇新增就业人数（万人）, a line of its bars' values,
    a line of the years under them): the years of its bars in order, what its caption says it shows, the unit of each
    series (one for all; none until the caption or a line under it names them), whether the caption names a growth
    (及其增长速度: a series in percent holds changes), and how many series were read."""

    years: tuple[str, ...]
    title: str
    units: tuple[str, ...] = ()
    growth: bool = False
    series: int = 0


_PAIR_WORDS: dict[int, tuple[list[tuple[str, str]], tuple[str, ...]]] = {}


def _pair_words(pairs: list[tuple[str, str]]) -> tuple[str, ...]:
    """The words of (word, role) pairs (a reader's column words, set once) as one tuple, for one `startswith` in C:
    made once per list, kept beside it so that its id stays its own (at most 64 lists kept)."""
    got = _PAIR_WORDS.get(id(pairs))
    if got is None or got[0] is not pairs:
        if len(_PAIR_WORDS) >= 64:
            _PAIR_WORDS.clear()
        got = _PAIR_WORDS[id(pairs)] = (pairs, tuple(w for w, _ in pairs))
    return got[1]


_FIRSTS_CLASSES: dict[frozenset[str], re.Pattern[str]] = {}


def _firsts_class(firsts: frozenset[str]) -> re.Pattern[str]:
    """A pattern of one character of `firsts` (the characters a table's label words open with), made once."""
    made = _FIRSTS_CLASSES.get(firsts)
    if made is None:
        body = "".join(re.escape(c) for c in sorted(firsts))
        made = _FIRSTS_CLASSES[firsts] = compiled_re(f"[{body}]" if body else "(?!)")
    return made


class TableReader:
    """Compiled once per lexicon (tables.yaml); `head` and `row` read one sentence each."""

    def __init__(self, words: dict[str, Any], finder: QuantityFinder) -> None:
        self.finder = finder
        self._units_closing: frozenset[str] | None = None  # (`_unit_words`, made when first asked)
        # units of a rate (units.yaml kind rate): its change in a growth column may be printed in points under a
        # percent mark
        self._rates = finder.lex.rate_units
        self.on = bool(words.get("label_heads")) and bool(words.get("columns"))
        caption = words.get("caption")
        self.caption = compiled_regex(str(caption)) if caption else None
        self.table_notes = tuple(str(w) for w in words.get("table_notes", []))
        self.note_units = tuple(str(w) for w in words.get("note_units", []))
        self.notes = [str(w) for w in words.get("unit_note", [])]
        self.separators = [str(w) for w in words.get("note_separators", [])]
        self.labels = sorted((str(w) for w in words.get("label_heads", [])), key=len, reverse=True)
        # the head of a first column of places (县（区）): its value columns may be named by what they hold
        self.place_labels = frozenset(str(w) for w in words.get("place_heads", []))
        # … of which those that end longer words (镇 in 城镇新增就业) head one only after none of the characters making one
        self.lone_places = {str(w): tuple(str(c) for c in before)
                            for w, before in (words.get("lone_place_heads") or {}).items()}
        # … or of years (年份): its rows' labels years, its value columns named by what they hold, as a table by place's
        self.year_labels = sorted((str(w) for w in words.get("year_labels", [])), key=len, reverse=True)
        self.labels = sorted({*self.labels, *self.place_labels, *self.year_labels}, key=len, reverse=True)
        # … or of indicators in a table whose columns are places (指标 | 潞州区 | 上党区): the label column's words, and
        # what each column's head must be (a place's full name)
        self.place_column_labels = tuple(str(w) for w in words.get("place_columns", []))
        ends = sorted((str(w) for w in words.get("place_column_ends", [])), key=len, reverse=True)
        self._place_column = compiled_regex(r"\p{Han}{1,8}(?:" + "|".join(map(regex.escape, ends)) + ")") \
            if ends else None
        # the characters a label opens with: `_shape` tries a caption's every position, most of which open none
        self._label_firsts = frozenset(w[0] for w in self.labels if w)
        self.unit_heads = sorted((str(w) for w in words.get("unit_heads", [])), key=len, reverse=True)
        self.columns = sorted(((str(w), role) for role, ws in (words.get("columns") or {}).items() for w in ws),
                              key=lambda p: len(p[0]), reverse=True)
        # … and the bare ones (目标 完成: each opens longer words, 完成年度任务), tried only where a head reads no other way
        self.bare_columns = sorted(((str(w), role) for role, ws in (words.get("bare_columns") or {}).items()
                                    for w in ws), key=lambda p: len(p[0]), reverse=True)
        self.bare_words = [w for w, _r in self.bare_columns]
        # the town and the country as value columns (城市 农村牧区), longest first: columns only as a run to the head's end
        self.area_words = sorted((str(w) for w in words.get("area_columns", [])), key=len, reverse=True)
        self.with_bare = sorted([*self.columns, *self.bare_columns], key=lambda p: len(p[0]), reverse=True)
        # the word that opens a row which is a part of the row above (其中：公路 under 货运量（万吨）)
        self.part_labels = tuple(str(w) for w in words.get("part_labels", []))
        # a level column's word naming a kind of what the column on its left counts (护理型: `kind_column_ends`)
        self.kind_column_ends = tuple(str(w) for w in words.get("kind_column_ends", []))
        # a year column's word naming the whole year (2025年全年): its cells of that year, not of the caption's months
        self.whole_year_ends = tuple(str(w) for w in words.get("whole_year_ends", []))
        self.part_heads = list(self.part_labels)
        self.total_labels = frozenset(str(w) for w in words.get("total_labels", []))
        # a grouped head's piece naming a part of its top word's whole (养老机构床位（张） over 合计 | 其中护理型)
        self.part_pieces = tuple(sorted((str(w) for w in words.get("part_pieces", [])), key=len, reverse=True))
        self.whole_labels = frozenset(str(w) for w in words.get("whole_labels", []))
        # the words that may name what a change column counts right before its word (床位比上年增减), longest first
        self.change_leads = sorted((str(w) for w in words.get("change_leads", [])), key=len, reverse=True)
        self.percent_only = frozenset(str(w) for w in words.get("percent_columns", []))
        # … and a share column named by its whole (占城镇新增就业比重), a pattern: percent only as well
        share_named = words.get("share_named")
        self._share_named = compiled_regex(str(share_named)) if share_named else None
        # the units a column's word counts in (学校数: 所), for a note that lists several (单位：所、人)
        self.column_units = {str(w): frozenset(str(u) for u in us) for w, us in (words.get("column_units") or {}).items()}
        self.unit_words = sorted(self.column_units, key=len, reverse=True)  # (longest first: `_starts`)
        # the one unit a column's word counts in where nothing names it (床位数: 张), for a head of places or years
        self.count_units = {str(w): str(u) for w, u in (words.get("count_units") or {}).items()}
        # the measure words a column's word of a table by place may end in, naming its cells' unit with no brackets
        # (镇街 抽检批次 不合格批次 合格率（%）: each a count in 批次), longest first
        self.tail_units = sorted((str(w) for w in words.get("tail_units", [])), key=len, reverse=True)
        self._tail_column = compiled_regex("\\p{Han}{1,6}?(?:" + "|".join(map(regex.escape, self.tail_units)) + ")") \
            if self.tail_units else None
        marks = [str(w) for w in words.get("percent_marks", [])]
        self.marks = sorted(marks, key=len, reverse=True)
        self.percent = next((w for w in marks if len(w) == 1), "")  # the mark a percentage is read with
        self.change_words = [w for w, role in self.columns if role == "change"]  # (longest first, as `columns`)
        # the words of a count column that name nothing it counts (人数): the caption's title says what (`Cell.title`)
        self.caption_counts = frozenset(str(w) for w in words.get("caption_counts", []))
        # the words that join two kinds in a caption's title (…机构和养老机构床位): a title that names no one thing a
        # year's column counts (`_plain_row`)
        self.title_joins = tuple(str(w) for w in words.get("title_joins", []))
        self.year_head = str(words.get("year_head") or "")
        # a piece of a head's line that is a year column's word (2025年: `flush_words`)
        self._year_word = compiled_re(r"(?:19|20)\d{2}" + regex.escape(self.year_head)) if self.year_head else None
        # years alone run together, each with its word (2025年2024年: a head's top line by year run into one sentence)
        self._years_run = compiled_re(f"(?:{self._year_word.pattern}){{2,6}}") if self._year_word else None
        # a word after a year column's head naming its cells' role (2025年完成, 2026年目标), longest first
        self.year_roles = sorted(((str(w), role) for role, ws in (words.get("year_roles") or {}).items() for w in ws),
                                 key=lambda p: len(p[0]), reverse=True)
        # a row whose label ends in one of these names a growth (地区生产总值增长 % 6.2): its level cells are changes
        self.change_labels = tuple(str(w) for w in words.get("change_labels", []))
        self.bound_leads = tuple(str(w) for w in words.get("bound_leads", []))
        # words of a column that holds a rate (病床使用率, 占比): named by what it holds, it takes no count's unit
        self.rate_words = tuple(str(w) for w in words.get("rate_words", []))
        self.percent_rows = tuple(str(w) for w in words.get("percent_rows", []))
        # a last column that holds a word of how far a goal was met in some tables (基本完成) and a number in others:
        # its word cells are no figure (`_worded_row`)
        self.word_cells = {str(w): frozenset(str(c) for c in cs) for w, cs in (words.get("word_cells") or {}).items()}
        # the qualifier words a cell may carry after its number (6左右, 4以上), as an alternation (the layout
        # repair's row pattern takes it too); the finder reads the qualifier from the cell
        tails = sorted((str(w) for w in words.get("cell_qualifiers", [])), key=len, reverse=True)
        self.cell_tail = "|".join(map(regex.escape, tails))
        cell = f"{_NUMBER}(?:{self.cell_tail})?" if tails else _NUMBER
        # (a cell whose sign runs into the number before it, 86.5-1.6, is a cell of its own: no number holds a
        # sign inside it)
        # (… and a blank cell may stand between two, 村卫生室 186 — 342: a column with no value in that row)
        marks = "|".join(regex.escape(str(w)) for w in words.get("blank_cells", []))
        inner = f"(?:(?:{marks}) )*" if marks else ""
        self._cells = compiled_regex(f"({cell})((?:(?: {inner}|(?<=\\d)(?=-)){cell})*)$")
        self._inner = compiled_regex(marks) if marks else None
        self._cell = compiled_regex(f"({_NUMBER})((?:{self.cell_tail})?)" if tails else f"({_NUMBER})()")
        # a goal's cell written as the sentence would (增长6%左右): a growth word maybe, the number, its own percent mark,
        # a qualifier maybe, a gap after it (the first cell's run on to the label's unit: 亿元增长6%左右; `_worded_row`)
        grown = "|".join(map(regex.escape, sorted(self.change_labels, key=len, reverse=True)))
        # (… or a bound's verb before it, 控制在5.5%以内: left out of the row as the growth word is, no role of its own)
        bound = "|".join(map(regex.escape, sorted(self.bound_leads, key=len, reverse=True)))
        word = f"(?:(?P<word>{grown})|(?:{bound}))?" if grown and bound else f"(?P<word>{grown})?" if grown \
            else "(?P<word>)"
        tail = f"(?:{self.cell_tail})?" if tails else ""
        self._worded_cell = compiled_regex(f"(?<![\\d.]){word}(?P<number>{_NUMBER})[%\\uff05](?={tail}(?:\\s|$))")
        self.base_words = sorted((str(w) for w in words.get("base_columns", [])), key=len, reverse=True)
        # a monthly report's columns of the month alone (本月) and of the year to date (本年累计)
        self.month_words = frozenset(str(w) for w in words.get("month_columns", []))
        self.to_date_words = frozenset(str(w) for w in words.get("to_date_columns", []))
        # a grouped head's piece naming the year the caption names (本年 under 床位数（张）, beside 上年): that year's level
        self.current_words = frozenset(str(w) for w in words.get("current_columns", []))
        self.current_sorted = sorted(self.current_words, key=len, reverse=True)
        # the words of a level column that name only when its cells are (本期, 上年同期, 本年, 本月, 本年累计), with a year's
        # (2024年: `_year_word`): no metric of their own, so a row whose label names its count keeps it there (`Cell.when`)
        self.when_words = frozenset(str(w) for w in words.get("when_columns", [])) | frozenset(self.base_words) \
            | self.month_words | self.to_date_words | self.current_words
        # a column headed by the months or the part of the year its cells cover (1—10月, 一季度): a level of
        # the text's own time, which the sentences around the table give
        span_head = words.get("span_head")
        self.span_head = compiled_regex(str(span_head)) if span_head else None
        self.unit_max = int(words.get("unit_max", 5))
        self.label_not = frozenset(str(words.get("label_not") or ""))
        self.label_marks = str(words.get("label_marks") or "")  # (a label run on to a line of its own may hold them)
        # numbers a label may hold where they name an age band (0-14岁, 60岁及以上): words of the label, no cell
        # … and a footnote's mark after a label's last word (太和镇(1)): the label's too, where the layout and the
        # column stage ask (`label_notes`, which the column stage takes alone: no age band reads there)
        self.label_notes = str(words.get("label_notes") or "")
        # a caption's bracketed note of the month the table was made or released in (（2026年1月）): no time of its cells
        date_notes = str(words.get("date_notes") or "")
        self._date_note = compiled_regex(date_notes) if date_notes else None
        self.label_band = "|".join(p for p in (str(words.get("label_band") or ""), self.label_notes) if p)
        self._band = compiled_regex(self.label_band) if self.label_band else None
        # the marks a table prints in a cell it has no value for (— under 1—9月 for a growth given only as a
        # rate): a cell of its own, no figure, so the numbers after it keep the columns they stand under
        self.blanks = sorted((str(w) for w in words.get("blank_cells", [])), key=len, reverse=True)
        # the mark a cell of words alone is read as (`_unworded`): a blank's of one character that is no sign
        self.word_blank = next((w for w in reversed(self.blanks) if len(w) == 1 and w not in ("-", chr(0xFF0D))), "")
        # a cell that writes its own unit after its number (5976.3亿元, 4.3%): letters or a percent mark
        # (… maybe after a bound's mark, a goal column's ≥3200个: tables.yaml bound_marks)
        bounds = "".join(regex.escape(str(w)) for ws in (words.get("bound_marks") or {}).values() for w in ws
                         if len(str(w)) == 1)
        own = (f"[{bounds}]?" if bounds else "") + f"{_NUMBER}{_OWN_UNIT}{{1,{self.unit_max}}}"
        self._own_cell = compiled_regex(own)
        # … beside them a bare number (a percent column's cell: 428.6亿元 5.4 under 绝对值 增长%) or a blank cell (—):
        # one cell of its own unit at least, the row's cells in its columns' order (`_measured`)
        blank = "|".join(regex.escape(w) for w in self.blanks)
        token = f"(?P<own>{own})|(?P<bare>{_NUMBER})(?![\\d.]|{_OWN_UNIT})" + (f"|(?P<blank>{blank})" if blank else "")
        self._own = compiled_regex(f"(?:(?:{token}) )*?{own}(?: (?:{token}))*$")
        self._own_token = compiled_regex(token)
        # the cells of a row of a plan's table of indicators (`framed_gaps`, `_unsure`): numbers, numbers in brackets or
        # after a bound's mark ([15000], <5.5), a number with its percent mark or qualifier (7%左右, 5.5以内), a blank (—);
        # a number's thousands marked by commas (18,624: a row closing with its unit cell, `_unit_closing`)
        framed = r"[\[<>\u2264\u2265]?-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\]?[%\uff05]?" \
            + (f"(?:{self.cell_tail})?" if tails else "")
        self._framed_cells = compiled_regex(f"(?:\\s+(?:{framed}" + (f"|{blank}" if blank else "") + "))+$")
        # a head's last character ends a column word, a percent mark or a year column, or a word that heads a column
        # of a table by place (column_units: 乡镇 劳务输出 其中省外 under 单位：人): most sentences end in a full
        # stop, and one look at their last character settles that they are no head
        self.head_ends = frozenset(w[-1] for w in [*(c for c, _ in self.columns), *self.marks, self.year_head,
                                                     *self.base_words, *(w for w, _ in self.year_roles),
                                                     *(str(w) for w in words.get("span_ends", [])),
                                                     *self.column_units, *self.tail_units, *self.area_words]
                                   if w)
        self._units: dict[str, Quantity | None] = {}
        # the heads of a column set before the label's (序号: row numbers; 领域: a group's words, run into the label)
        self.number_heads = tuple(str(w) for w in words.get("number_heads", []))
        self.leads = sorted({*self.number_heads, *(str(w) for w in words.get("group_heads", []))}, key=len, reverse=True)
        # a column of a score the table gives each row (得分: a performance review's points), no figure of what the row
        # counts: its cells are read as no figure (tables.yaml score_columns)
        self.score_words = sorted((str(w) for w in words.get("score_columns", [])), key=len, reverse=True)
        self.head_ends = self.head_ends | frozenset(w[-1] for w in self.score_words if w)
        # a last column of remarks (备注: tables.yaml note_columns): its cells words (预期性, 完成省市下达任务), no figure
        self.note_words = sorted((str(w) for w in words.get("note_columns", [])), key=len, reverse=True)
        self.head_ends = self.head_ends | frozenset(w[-1] for w in self.note_words if w)
        # … named after the whole whose places it ranks (全省排名: a row's rank among the province's cities), and a
        # rank's cell written as an ordinal (第2位: tables.yaml rank_cell), no figure either
        self.whole_sorted = sorted(self.whole_labels, key=len, reverse=True)
        rank_cell = words.get("rank_cell")
        self._rank_cell = compiled_regex(r"(?<=\s)(?:" + str(rank_cell) + r")(?=\s*$)") if rank_cell else None
        self._label_firsts = self._label_firsts | frozenset(w[0] for w in self.leads if w)
        # the heads of a trailing column of words and the words its cells are (属性: 预期性, 约束性)
        self.word_columns = {str(w): frozenset(str(c) for c in cs) for w, cs in (words.get("word_columns") or {}).items()}
        self._trails = sorted(self.word_columns, key=len, reverse=True)
        # a caption over a list of places a line each (`_place_list`): the words of its title that name places in plural
        # (各乡镇), and what a row's label must be (a town's name)
        self.list_titles = tuple(str(w) for w in words.get("list_titles", []))
        label = words.get("list_label")
        self._list_row = compiled_regex(f"\\s*({label})\\s*({_NUMBER})\\s*") if label else None
        # the words of a plan's table's column of the yearly growth over its span, after its years (年均增长)
        self.plan_changes = sorted((str(w) for w in words.get("plan_changes", [])), key=len, reverse=True)
        self.trail_ends = frozenset(w[-1] for w in self._trails if w)  # (the layout asks only a line ending so)
        self.head_ends = self.head_ends | self.trail_ends
        # (… 增减 计量单位: a head whose unit column stands at its right end, each row closing with its unit, frames
        # its rows as a trailing column of words does)
        self.trail_ends = self.trail_ends | frozenset(w[-1] for w in self.unit_heads if w)
        self.head_ends = self.head_ends | self.trail_ends
        # the marks a plan's table sets before a cell that is a bound (<5.5: at most 5.5), each with its qualifier
        self.bound_marks = {str(w): q for q, ws in (words.get("bound_marks") or {}).items() for w in ws}
        marks = "|".join(map(regex.escape, sorted(self.bound_marks, key=len, reverse=True)))
        self._bound = compiled_regex(f"(?<=\\s)(?:{marks})(?=\\d)") if marks else None
        self.wrap_max = 12  # a label's rest on the line under its row holds no more characters than this
        # the line over a head repeated where a page cut its table (续表): the rows under it go on under the first head
        continued = words.get("continued")
        self._continued = compiled_regex(str(continued)) if continued else None
        # a chart's caption (图1 2021-2025年…): the first and last years of its bars and what it shows
        chart = words.get("chart_caption")
        self._chart = compiled_regex(str(chart)) if chart else None
        # the characters a caption's first one is one of (图): every sentence is asked, and most open with none
        self._chart_first = first_chars(str(chart)) if chart else None
        self.chart_growth = tuple(str(w) for w in words.get("chart_growth", []))
        self.growth_titles = tuple(str(w) for w in words.get("growth_titles", []))
        # a row's label in a table of years (`Head.years`): a year, maybe with the word a year column's head ends in (2023年)
        self.year_label = f"(?:19|20)\\d{{2}}(?:{regex.escape(self.year_head)})?" if self.year_head \
            else "(?:19|20)\\d{2}"
        self._year_label = compiled_regex(f"\\s*((?:19|20)\\d{{2}})(?:{regex.escape(self.year_head)})?\\s*" if self.year_head
                                          else "\\s*((?:19|20)\\d{2})\\s*")
        # change columns whose word names a difference (增减): with no unit of their own, the row's unit
        self.amount_changes = frozenset(str(w) for w in words.get("amount_changes", []))
        # the word under a growth spanning two columns that names its amount column (比上年末增长 over 绝对数 %), and the
        # difference word that column reads as (增减)
        self.group_amounts = {str(k): str(v) for k, v in (words.get("group_amounts") or {}).items()}
        amounts = "|".join(map(regex.escape, self.group_amounts))
        self._group_amount = compiled_regex(f"(?:{amounts})" + r"(?:[%\uff05]|[\(\uff08][%\uff05][\)\uff09])") \
            if amounts else None
        # a difference column's note that its cells carry their sign, in brackets under its word (增减 / （+、-）): no unit,
        # dropped before the head is read
        # … and a level column's note that its cells are at current prices (总产值 / （现价）): no unit, dropped as well
        over = words.get("years_over")
        self._years_over = compiled_regex(str(over)) if over and self._year_word is not None else None
        # the bare years of a head, its year word left out (指标 单位 2021 2022 2023 2024 2025), right after the label
        # column's or the unit column's head: read as the years they are (`_bare_years`)
        leads = "|".join(map(regex.escape, [*self.labels, *self.unit_heads]))
        self._bare_years = compiled_regex(f"(?<=(?:{leads})\\s*)((?:19|20)\\d\\d)((?:\\s*(?:19|20)\\d\\d){{2,}})\\s*$") \
            if leads and self.year_head else None
        self.sign_notes = tuple(str(w) for w in [*words.get("sign_notes", []), *words.get("price_notes", [])])
        self._sign_chars = frozenset(w[1] for w in self.sign_notes if len(w) > 2)  # (its first character: a cheap test)
        # the word of a last column of ratios written x:1 (生师比), before the units under the head's words if any
        ratios = sorted((str(w) for w in words.get("ratio_columns", [])), key=len, reverse=True)
        # (the words themselves: a text holding none of them, nearly every sentence, is not searched for them; a
        # `str` test in C costs less than the `regex` search and sub that found nothing in every sentence)
        self._ratio_words = tuple(ratios)
        self._ratio_head = compiled_regex("(?:" + "|".join(regex.escape(w) for w in ratios) + r")"
                                          r"(?=(?:\p{Ps}[^\p{Ps}\p{Pe}]{1,5}\p{Pe})*$)") if ratios else None
        years = words.get("chart_years")  # the line of years under its bars (2021年 2022年 …)
        self._chart_years = compiled_regex(str(years)) if years else None

    def chart(self, text: str) -> Chart | None:
        """The chart whose caption `text` is (图1 2021-2025年地区生产总值及其增长速度), else None: a bar a year from
        the first to the last, the unit in brackets at the caption's end (（万人）) the unit of its values."""
        if self._chart is None:
            return None
        caption = text.strip()
        if self._chart_first is not None and caption[:1] not in self._chart_first:
            return None
        for note in self.notes:
            # its unit in brackets as a unit note (…就业人数（单位：人）): the unit in brackets (（人）)
            k = caption.rfind(note)
            if k > 0 and unicodedata.category(caption[k - 1]) == "Ps" and unicodedata.category(caption[-1]) == "Pe":
                caption = caption[:k] + caption[k + len(note):]
                break
        m = self._chart.fullmatch(caption)
        if m is None:
            return None
        first, last = int(m.group("first")), int(m.group("last"))
        if not 1 <= last - first <= 11:
            return None
        title, units = m.group("title"), ()
        u = _LABEL_UNIT_END.search(title)
        if u is not None and self._unit(u.group(1)) is not None:
            title, units = title[:u.start()], (u.group(1),)
        return Chart(tuple(str(y) for y in range(first, last + 1)), title, units,
                     any(w in title for w in self.chart_growth))

    def chart_line(self, chart: Chart, text: str, line: str) -> Chart | None:
        """The chart after a line under its caption that gives no values (`line` as written, `text` as read): its
        unit note (单位：人) or its series' units (亿元 %: the first series in 亿元, the second in percent) named, the
        same chart for the line of its years (2021年 2022年 …); None for any other line (the chart ends)."""
        if self._chart_years is not None and self._chart_years.fullmatch(text.strip()) is not None:
            return chart
        words = line.strip()
        note = next((n for n in self.notes if words.startswith(n)), "")
        if note:
            words = words[len(note):]
            for sep in self.separators:
                words = words.replace(sep, " ")
        units = tuple(words.split())
        if not units or len(units) > 3 or any(u not in self.marks and self._unit(u) is None for u in units):
            return None
        return replace(chart, units=units)

    def chart_row(self, chart: Chart, text: str, line: str) -> tuple[list[Cell], Chart] | None:
        """The cells of a line of a chart's values (`line` as written, a gap between each two, a series' name may lead:
        收入 9.86 10.24 …; `text` as read, whose whole numbers may have lost their gaps): a value a year, in the unit
        of its series, a change where the unit is a percent mark and the caption names a growth; None where the line
        holds no value for each year or the chart names no unit for it."""
        m = _CHART_VALUES.fullmatch(line.strip())
        if m is None or not chart.units:
            return None
        numbers = m.group("values").split()
        if len(numbers) != len(chart.years):
            return None
        if len(chart.units) > 1 and chart.series >= len(chart.units):
            return None
        unit = chart.units[chart.series] if len(chart.units) > 1 else chart.units[0]
        percent = unit in self.marks
        word, role = (self.percent, "change" if chart.growth else "level") if percent else (unit, "level")
        out, at = [], 0
        for number, year in zip(numbers, chart.years, strict=True):
            at = text.find(number, at)
            if at < 0:
                return None
            probe = number + word
            qs = self.finder.find(probe)
            if len(qs) != 1 or qs[0].start != 0 or qs[0].end != len(probe):
                return None
            end = at + len(number)
            out.append(Cell(replace(qs[0], start=at, end=end, quote=number, num_start=at, num_end=end, how="table"),
                            role, year, chart.title, chart.title))
            at = end
        return out, replace(chart, series=chart.series + 1)

    def bar_unit(self, word: str) -> str | None:
        """The unit a bar chart's caption names in brackets at its end (人, 万人, %: `repair.bars`), else None."""
        return word if 0 < len(word) <= self.unit_max and (word in self.marks or self._unit(word) is not None) \
            else None

    def bar_cells(self, text: str, label: str, value: str, caption: str, unit: str) -> list[Cell] | None:
        """The cell of a bar chart's bar read as a row (`text`: its label, a space, its value; `repair.bars`): its
        value in the unit the caption names, a change where that unit is a percent mark and the caption names a growth
        (增速), a level otherwise; the caption, its unit cut off, the title the metric rules read before the cell and
        the label its subject. None where the value and unit read as anything but one quantity."""
        at = text.rfind(value)
        if at < 0 or at + len(value) != len(text):
            return None
        percent = unit in self.marks
        word = self.percent if percent else unit
        role = "change" if percent and any(w in caption for w in self.chart_growth) else "level"
        probe = value + word
        qs = self.finder.find(probe)
        if len(qs) != 1 or qs[0].start != 0 or qs[0].end != len(probe):
            return None
        title = caption
        u = _LABEL_UNIT_END.search(title)
        if u is not None:
            title = title[:u.start()]
        for note in self.notes:  # (…生产总值　单位：亿元: the title ends where its unit note opens)
            cut = title.rfind(note)
            if cut > 0:
                title = title[:cut].rstrip()
                break
        end = at + len(value)
        # the part of the year the caption names (1至10月部分区…, 数读·前三季度…): the bars' own time, in the year the
        # caption or the text gives, however the lines before the chart ran on (a headline's, a jump's) left the text's
        year = self._caption_year(title)
        span = self._caption_span(title, year) if year else ""
        if not year and self.span_head is not None and (m := self.span_head.search(title)) is not None:
            span = m.group()
        return [Cell(replace(qs[0], start=at, end=end, quote=value, num_start=at, num_end=end, how="table"),
                     role, year if span else "", label, head=title, title=title, span=span)]

    def continued_line(self, line: str) -> bool:
        """Whether the line is a caption's mark alone that takes a table up again where a page cut it (续表9: tables.yaml
        continued), no column named after it."""
        return self._continued is not None and self._continued.fullmatch(line.strip()) is not None

    def continues(self, above: str, text: str, head: Head, last: Head | None) -> bool:
        """Whether `head` (the sentence `text`, under the line `above`) is the head of the table before (`last`) set
        again over the rest of its rows (续表 on a new page, on its own line or run into the column words): the rows
        read under the first head, with its caption's year and unit note, which the repeated head lacks. The same
        columns only: another table is no continuation."""
        if self._continued is None or last is None:
            return False
        if self._continued.fullmatch(above) is None and self._continued.match(text) is None:
            return False
        return head.columns == last.columns and head.unit_cell == last.unit_cell and head.halves == last.halves

    def _unit(self, word: str) -> Quantity | None:
        """The quantity of one of `word` (万吨 → 10000 tonnes), if the finder reads it as a measure word."""
        if word not in self._units:
            probe = "1" + word
            qs = self.finder.find(probe)
            ok = len(qs) == 1 and qs[0].start == 0 and qs[0].end == len(probe) and qs[0].how == "measure"
            self._units[word] = qs[0] if ok else None
        return self._units[word]

    def _per(self, word: str) -> str:
        """The unit a cell under a column whose brackets hold `word` is read in: the word itself where the finder reads
        it as a measure word (万吨, ‰), a rate's base after one (1/10万: a cell 15.6 reads as 15.6/10万), else ""."""
        if word.startswith("1/"):  # (first: 1/10万 after a cell's digits would read as more of them, 15.61/10万)
            return word[1:] if self._unit(word[1:]) is not None else ""
        return word if self._unit(word) is not None else ""

    def _starts(self, text: str, at: int, words: list[str]) -> str:
        if not text.startswith(tuple(words), at):
            return ""  # (most places: none of the words, told in one call in C; which one, only where one is)
        return next((w for w in words if text.startswith(w, at)), "")

    def ranked(self, line: str, keep: bool = True) -> str:
        """`line` with a rank's cell written as an ordinal at its end, a gap before it (… 107.2 第2位), read as its
        number alone: a row's last cell under a rank's column (全省排名), so that the row's cells stand under their
        columns as bare ranks' do (tables.yaml rank_cell); `line` as it is where it ends in none. keep: one
        character for one (… 107.2   2), else the number right after the gap (… 107.2 2)."""
        m = self._rank_cell.search(line) if self._rank_cell is not None else None
        if m is None:
            return line
        digits = "".join(ch for ch in m.group() if ch.isdigit())
        return line[:m.start()] + (digits.rjust(len(m.group())) if keep else digits)

    def _ranked(self, text: str, at: int) -> str:
        """The whole named before a score's word at `at` with that word (全市排名: each row's rank among the city's
        places), or ""."""
        whole = self._starts(text, at, self.whole_sorted)
        score = self._starts(text, at + len(whole), self.score_words) if whole else ""
        return whole + score if score else ""

    def _area_run(self, text: str, at: int, after: bool = False) -> str:
        """The word at `at` of the town or the country as a column (tables.yaml area_columns), where the head from there
        to its end is such words and nothing else, two or more with the one before it (after: the column before is one)
        (城市 农村牧区); else "": such words open longer ones, a caption's 城镇新增就业 among them, and a head names its
        parts side by side, at its end."""
        first, k, n = "", at, 0
        while k < len(text):
            word = self._starts(text, k, self.area_words) if self.area_words else ""
            if not word:
                return ""
            first, k, n = first or word, k + len(word), n + 1
        return first if n >= 2 or after else ""

    def _unit_words_to_end(self, text: str, at: int) -> bool:
        """Whether the text from `at` to its end is words column_units lists, one after another, and nothing else; a
        word after the first may open with a part mark (城镇新增就业 其中：失业人员再就业: a part of the column before it,
        a column of its own as `_heads` reads it), or a change word with its percent mark may stand between two (县（市、
        区） 一般公共预算收入 比上年增长（%） 一般公共预算支出: the growth of the column before it, its unit its own)."""
        first = True
        while at < len(text):
            if not first and (change := self._starts(text, at, self.change_words)) \
                    and (mark := self._starts(text, at + len(change), self.marks)):
                at += len(change) + len(mark)
                continue
            if not first and (named := self._named(text, at)) is not None \
                    and (bracket := _LABEL_UNIT.match(text, named.end())) is not None \
                    and bracket.group(1) in self.marks:
                # (县市 城镇新增就业 完成年度任务（%） under 单位：人: a column named by what it holds, its percent mark in
                # brackets, the share of the year's goal done beside the count; it names its own unit, the note's
                # is the count's)
                at = bracket.end()
                continue
            part = "" if first else self._starts(text, at, self.part_heads)
            word = self._starts(text, at + len(part), self.unit_words)
            if not word:
                break
            at, first = at + len(part) + len(word), False
        return at == len(text) and bool(self.unit_words)

    def _columns(self, text: str, at: int, named: bool = False) -> list[Column] | None:
        """The value column heads from `at` to the end of text, every character one of them, else None.
        named: a table by place, whose columns may be named by what they hold if each names its unit
        in brackets (城市低保（元/人·月）): levels of the text's time. A head set over two lines may give
        the units on the second, in brackets, one a column in their order (学校数 招生数 / （所） （人））."""
        tail = _UNITS_BELOW.search(text, at)
        if tail is not None and tail.start() > at:
            # (床位比上年增减 is one column, 床位数 比上年增减 two, and the head's gaps are gone: the reading whose
            # columns the units below fit, the two words apart first)
            for lead_first in (False, True):
                found = self._heads(text[:tail.start()], at, named, lead_first)
                below = self._units_below(text[tail.start():], *found) if found is not None else None
                if below is not None and lead_first and all(c.role == "change" for c in below) \
                        and (whole := self._heads(text, at, named)) is not None \
                        and any(c.role == "level" for c in whole[0]) and whole[0][-1].percent:
                    # (地区 床位数 比上年增长（%） with its gaps gone: the mark is the last word's own, a count and its
                    # growth, not one change column 床位数比上年增长 over a percent mark below; a table of a change
                    # alone is rarer than one of a count beside its growth)
                    break
                if below is not None:
                    return below
        if tail is not None:
            # (… or a column's mark beside its word on the top line, 比上年增长（%）, and the units of the columns that
            # name none under them, 绝对数 / （亿元）: the two lines run together, the tail's first brackets the mark)
            for cut in (m.end() for m in _LABEL_UNIT.finditer(text, tail.start(), len(text) - 1)):
                found = self._heads(text[:cut], at, named)
                if found is not None and any(c.unit or c.percent for c in found[0]):
                    below = self._units_below(text[cut:], *found, own=True)
                    if below is not None:
                        return below
        found = self._heads(text, at, named)
        return found[0] if found is not None else None

    def _heads(self, text: str, at: int, named: bool,
               lead_first: bool = False) -> tuple[list[Column], list[str]] | None:
        """The value column heads from `at` to the end of text (`_columns`), with the word of each. lead_first: a
        change column named by what it counts (床位比上年增减) read as one even where its first word is a column's.
        The bare column words (tables.yaml bare_columns: 目标 完成, which open longer words, 完成年度任务（%）) head a
        column only where the head reads no other way."""
        found = self._heads_in(text, at, named, lead_first, self.columns)
        if found is None and self.bare_columns and any(w in text for w in self.bare_words):
            found = self._heads_in(text, at, named, lead_first, self.with_bare)
        return found

    def _heads_in(self, text: str, at: int, named: bool, lead_first: bool,
                  columns: list[tuple[str, str]]) -> tuple[list[Column], list[str]] | None:
        """`_heads` with these column words (word, role), longest first."""
        out: list[Column] = []
        words: list[str] = []
        sub: Column | None = None  # the column a part's column named by what it holds is a part of
        while at < len(text):
            year, base, count, after_year, named_share, tail, own_span = "", False, "", "", False, "", ""
            current = False
            part = self._starts(text, at, self.part_heads) if out else ""
            if part:
                # (户籍人口 常住人口 其中：城镇人口: a column of a part of the one before it is a column of its own, its
                # word after the part mark; a head opening with the mark is none)
                at += len(part)
            m = _YEAR.match(text, at)
            span = self.span_head.match(text, at) if self.span_head is not None else None
            if m is not None and self.year_head and text.startswith(self.year_head, m.end()):
                word, role, year = text[at:m.end() + len(self.year_head)], "level", m.group()
                fits = [(w, r) for w, r in self.year_roles if text.startswith(w, at + len(word))]
                # (2023年实际 完成进度: the longest role word whose rest still reads as columns, not 2023年实际完成 进度)
                # (… or only a last column of remarks after it: 2027年预期目标 备注)
                named = next((f for f in fits if (rest := at + len(word) + len(f[0])) >= len(text)
                              or text[rest:] in self.note_words or self._heads(text, rest, named) is not None),
                             fits[0] if fits else None)
                if named is not None and named[0] in self.percent_only and not (out and out[-1].year == year):
                    # (a share's word is the year's only where the year stands over the column before too, 2025年 over
                    # 金额 比重（%）: 2025年 比重（%） side by side are two columns, the year's amount and a share)
                    named = None
                if named is not None:  # 2026年目标: the year's goals, 2025年完成: its results
                    word, role, after_year = word + named[0], named[1], named[0]
                elif self.span_head is not None and (month := self.span_head.match(text, at + len(word))) is not None \
                        and month.end() > at + len(word) and month.group()[:1].isdigit():
                    # (机构类别 2025年末（张） 2026年10月底（张）: a year and a month's end or a span of its months, one
                    # column, that part of that year: its cells' time)
                    word, own_span = word + month.group(), month.group()
                elif count := self._starts(text, at + len(word), self.change_leads):
                    word += count  # 2025年床位数: the year's count, one column (its top line's year over its word)
                elif any(c.year == year for c in out) and (count := next(
                        (w for w, r in columns if r == "level" and w not in self.percent_only
                         and text.startswith(w, at + len(word))), "")):
                    # (类别 2025年 2024年 每千人口数 / 2025年: a year named again, right before a level column's word, is
                    # that column's year, the word over it on the head's top line; a head names no year twice alone)
                    word += count
            elif span is not None and span.end() > at and not any(
                    text.startswith(w, at) and len(w) > span.end() - at for w, _r in columns):
                # (a column word the span opens, 全年目标, is that column's: the longer word reads)
                word, role = span.group(), "level"  # 1-6月: the span the text is about, as 本期 is
                if word in words and (change := next((w for w, r in columns if r == "change"
                                                      and text.startswith(w, span.end())), "")):
                    # 10月 1-10月 1-10月同比增长（%）: a span named again before a change word is that change's, one column
                    # (a head names no span twice)
                    word, role = word + change, "change"
                elif level := next((w for w, r in columns if r == "level" and w not in self.percent_only
                                    and text.startswith(w, span.end())), ""):
                    # (指标 1—6月 比上年同期 / 绝对数 增长（%）: the span over its column's word, the two lines run
                    # together, is one column, the span's amount; no span column beside an amounts' column)
                    word += level
            elif (word := self._starts(text, at, self.base_words)):
                role, base = "level", True
                if level := next((w for w, r in self.year_roles if r == "level" and text.startswith(w, at + len(word))),
                                 ""):
                    # (项目 2025年执行数 上年执行数 增长: the year before's column named with a level's own word, as the
                    # year's is, 上年执行数 上年决算数, is one column, that year's level)
                    word += level
                elif (changes := [w for c, w in zip(out, words, strict=True) if c.role == "change"]) \
                        and (change := next((w for w, r in sorted(columns, key=lambda c: -len(c[0]))
                                             if r == "change" and text.startswith(w, at + len(word))), "")) \
                        and (any(c.base and c.role == "level" for c in out) or change not in changes):
                    # (指标 本期 上年同期 同比增长% 上年增长%: after the base's level and the year's growth, a base word
                    # run into a change word is the base's own growth over the year before it, one column of the
                    # base's year; a head names its base level once, so 本年 上年 增长% and 本期 上年同期 同比增长%,
                    # the base before any change, stay a level and a change; bulletins46 and tableprobe176 both.
                    # So too with no base level before it, the year's growth named by another word (本期 同比增长%
                    # 上年增长%: bulletins47): a head giving the year before a level of its own names that level's
                    # growth as it named the year's, 本年 增长% 上年 增长%, a level and a change each)
                    word, role = word + change, "change"
                elif count := self._starts(text, at + len(word), self.change_leads):
                    # (镇 上年末床位（张） 本年末床位（张） 增减（%）: the year before's stock named with what it counts, as
                    # 2025年床位数 is a year's, is one column, that count's level a year back)
                    word += count
            elif (now := self._starts(text, at, self.current_sorted)) \
                    and (count := self._starts(text, at + len(now), self.change_leads)):
                # (… and 本年末床位（张） beside it: the current year's stock of that count, one column)
                word, role, current = now + count, "level", True
            else:
                word, role = self._named_change(text, at) if lead_first else ("", "")
                if not word and words and (named_change := self._named_change(text, at))[0] \
                        and any(named_change[0].startswith(w) for w in words):
                    # (机构数（个） 床位数（张） 床位数比上年增长（%）: a column's word again, a change word right after
                    # it, is that count's change; a head names no count twice)
                    word, role = named_change
                if not word:
                    word, role = self._column_at(text, at, columns) \
                        if text.startswith(_pair_words(columns), at) else ("", "")
                if word and role == "target" and named and (m := self._named(text, at)) is not None \
                        and len(m.group()) > len(word) and _LABEL_UNIT.match(text, m.end()) is not None \
                        and not any(w in m.group()[len(word):] for w in _pair_words(columns)):
                    # (镇 计划改造小区（个） 已完工小区（个）: a goal's word opening a longer name of what a table by
                    # place plans, its unit in brackets, is that one column, a goal; a rest that holds a column word of
                    # its own, 计划完成数, stays two words)
                    word = m.group()
                if not word and self._share_named is not None and (m := self._share_named.match(text, at)) is not None:
                    word, role, named_share = m.group(), "level", True  # 占城镇新增就业比重（%）: a share, as 比重
                if not word and out and (word := self._starts(text, at, self.score_words) or self._ranked(text, at)):
                    role = "score"  # (年度指标值 实际完成值 得分: the points a review gave the row, no figure)
                if not word and out and (note := self._starts(text, at, self.note_words)) and at + len(note) == len(text):
                    # (… 2027年预期目标 备注: each row's remark, 预期性, no figure; a remarks' column stands last)
                    word, role = note, "note"
                if not word:  # 床位比上年增减: a change column named by what it counts
                    word, role = self._named_change(text, at)
                if not word and named and self._tail_column is not None \
                        and (m := self._tail_column.match(text, at)) is not None \
                        and _LABEL_UNIT.match(text, m.end()) is None:
                    # (街镇 快检批次 不合格批次 合格率（%）: a column of a table by place whose word ends in a measure
                    # word, no unit in brackets after it, counts in that word, a level; the shortest such word, the
                    # head's gaps gone: 快检批次 then 不合格批次)
                    word, role = m.group(), "level"
                    tail = next(t for t in self.tail_units if word.endswith(t))
                if not word and named and (m := self._named(text, at)) is not None \
                        and _LABEL_UNIT.match(text, m.end()) is not None:
                    # (… one whose word ends in a growth word, 规上工业增加值增长（%）, holds that figure's growth, as a
                    # row so labelled does: a change, never a level in percent)
                    word = m.group()
                    role = "change" if self.change_labels and word.endswith(self.change_labels) else "level"
                if not word and named and self._unit_words_to_end(text, at):
                    # (州（市） 城镇新增就业 医疗机构床位 under 单位：万人、万张: a table by place whose columns, all of
                    # them to the head's end, name what they count with no unit in brackets, each a word column_units
                    # lists: a level, in the note's one unit it counts in; such words label a bulletin's rows elsewhere,
                    # so they head no other table, nor one whose other columns are other words: 城镇新增就业 比上年增长
                    # over a line of each column's unit in brackets is read with that line)
                    word, role = self._starts(text, at, self.unit_words), "level"
                if not word and (word := self._area_run(text, at, bool(words) and words[-1] in self.area_words)):
                    # (项目 单位 城市 农村牧区: the town and the country, each a column of levels of what its row names)
                    role = "level"
                if not word and part and out[-1].role == "level" and not out[-1].percent and not out[-1].share:
                    # (床位数 其中：卫生院 比上年末增减: a part's column named by what it holds alone, no column word, is a
                    # part of the count before it, that column's role, unit, time and word; the shortest name the rest
                    # of the head reads after)
                    word = self._part_name(text, at, named, lead_first, columns)
                    sub = out[-1] if word else None
                if not word:
                    return None
            at += len(word)
            if sub is not None:  # (the part counts what its whole counts: 卫生院 under 床位数 is beds)
                out.append(sub)
                words.append(word)
                sub = None
                continue
            mark = self._starts(text, at, self.marks)
            at += len(mark)
            unit = self._per(tail) if tail else ""
            if tail and not unit:
                return None
            if role == "score" and not mark and (m := _LABEL_UNIT.match(text, at)) is not None:
                at = m.end()  # 得分（分）: its points' unit, read as no figure's
            # (a change column may name its own unit too, 比上年末增减（万人）: an amount, in that unit, no rate)
            # (… and a goal column its goals', 年初预算数（万元）: a budget's column of sums, the unit for its column only)
            if not mark and role in ("level", "change", "target") and (m := _LABEL_UNIT.match(text, at)) is not None:
                unit = self._per(m.group(1))
                if not unit:
                    return None
                at = m.end()
            # 床位数（张） 比上年增减（张）: the change of the count beside it, counting what that counts
            if unit and role == "change" and not word.startswith(tuple(self.change_leads)) and out \
                    and out[-1].role == "level" and out[-1].unit == unit and out[-1].word:
                word = out[-1].word
            # (2025年比重: a share's word after its year is as much a percent column only as alone)
            share = (word in self.percent_only or after_year in self.percent_only or named_share) and not mark
            if share and (unit or role != "level"):
                return None
            # a change column with no mark (比上年增长): an amount or a rate? only cells that write their
            # own unit (4.3%) read under it (`row`)
            within = "month" if word in self.month_words else "to_date" if word in self.to_date_words else \
                CURRENT if word in self.current_words or current else ""
            out.append(Column(role, bool(mark), year, unit, base, word=word if unit else count, said=word, share=share,
                              within=within, span=own_span))
            words.append(word)
        if all(c.role in ("score", "note") for c in out):
            return None
        if any(c.role == "change" for c in out) \
                and (goals := [c for c in out if c.role not in ("change", "score", "note")]) \
                and all(c.role == "target" for c in goals):
            # (部门 2026年预算（万元） 2027年预算（万元） 增减（%）: a change beside goals alone, one budget's over the
            # one before, is planned too, a goal as 比上年预算数下降2.8% is in the text; beside a result (计划 完成 增长)
            # it stays a change)
            out = [replace(c, role="target") if c.role == "change" else c for c in out]
        if any(c.within == CURRENT for c in out) and not any(c.within == "to_date" for c in out):
            # (本年 上年 增减: the base is the current year's a year before, and the change its own, where no caption
            # names the year: the text's year, not the day it was published on)
            out = [replace(c, within=CURRENT) if (c.base or c.role == "change") and not c.year and not c.span
                   and not c.plan and not c.within else c for c in out]
        if any(c.within == "to_date" for c in out):
            # (本月 本年累计 上年同期 增减（%）: the base is the year to date's, a year before, and the change is that sum's)
            out = [replace(c, within="to_date") if c.base or c.role == "change" and not c.year and not c.span
                   and not c.plan else c for c in out]
        # 2025年床位数 2024年床位数 增减: the difference counts what the years' columns count, where they all count one thing
        counts = {c.word for c in out if c.role == "level"}
        if len(counts) == 1 and (count := next(iter(counts))):
            out = [replace(c, word=count) if c.role == "change" and not c.word and not c.unit and not c.percent
                   and c.said in self.amount_changes else c for c in out]
        # 县市区 人数（人） 比上年末增减: a difference with no unit of its own beside level columns that all name one unit in
        # brackets is an amount in that unit, as 比上年末增减（人） would say (levels of two units: a difference of which?)
        units = {c.unit for c in out if c.role == "level"}
        if len(units) == 1 and (same := next(iter(units))):
            out = [replace(c, unit=same) if c.role == "change" and not c.unit and not c.percent and not c.year
                   and c.said in self.amount_changes else c for c in out]
        # 2025年 2024年 增长（%）: a change column that names no year of its own, after level columns of two years or
        # more, is the change of the latest of them over the one before, its cells of that year (not of the last year
        # the head names, which the text would carry to them where the caption names none); a plan's yearly growth
        # over its years (年均增长) is none such
        # … but a change column right after a column of a run of months that names no year (指标 单位 1—11月 同比增长（%）
        # 2025年全年: the growth of the text's 1—11月 over the same months a year before) is that column's, its cells of
        # the text's time, not of a year column after it
        years = [c.year for c in out if c.year and c.role == "level" and not c.span]
        if years:
            out = [replace(c, year=max(years)) if c.role == "change" and not c.year and not c.span and not c.plan
                   and not c.base and not c.said.startswith(tuple(self.plan_changes))
                   and not (k and out[k - 1].role == "level" and not out[k - 1].year and not out[k - 1].base
                            and self._is_span(words[k - 1])) else c for k, c in enumerate(out)]
        # 2026年计划 2026年完成 完成率（%） 2027年目标: a share column that names no year of its own (percent_columns), right
        # after a level column of a year, is the share of that year's result (the goal done by then), not of the last
        # year the head names nor of the text's (only where the head names years apart: under one year, 指标 2025年 比重（%）
        # 比上年增长（%）, a share column keeps no year of its own, as the tables of one year read it)
        if len({c.year for c in out if c.year}) > 1:
            out = [replace(c, year=out[k - 1].year) if k and c.role == "level" and c.said in self.percent_only
                   and not c.year and not c.span and not c.base and not c.within and out[k - 1].role == "level"
                   and out[k - 1].year and not out[k - 1].span and not out[k - 1].base else c
                   for k, c in enumerate(out)]
        # a head of parts of the year side by side (一季度 二季度 三季度 前三季度): each column its own time; one span
        # column (1—9月) is the time the text around gives, as 本期 is
        spans = {w for c, w in zip(out, words, strict=True) if c.role == "level" and self._is_span(w)}
        if len(spans) > 1:
            out = [replace(c, span=w) if w in spans else c for c, w in zip(out, words, strict=True)]
        elif len(spans) == 1 and not any(c.year or c.base for c in out):
            # (险种 单位 9月末 比上年末增减, 指标 单位 1—9月 同比增长（%）: one column of a part of the year, a month's end
            # or a run of months, is its cells' own time, a stock at that month's end or the run's sum, whatever year
            # alone the caption gives (表2 2025年主要指标: 2025-09, 2025M01-M09, not 2025), and so is a change column
            # beside it that names no time of its own: the change of that stock or sum; a part the time words give no
            # one time for (全年) leaves the year the text gives, `Situator.column_period`)
            span = next(iter(spans))
            out = [replace(c, span=span) if w == span or c.role == "change" and not c.span and not c.plan else c
                   for c, w in zip(out, words, strict=True)]
        return (out, words) if out else None

    def _column_at(self, text: str, at: int, columns: list[tuple[str, str]]) -> tuple[str, str]:
        """The column word (word, role) at `at`, the longest; with the bare words too (`_heads`), the longest after
        which the head goes on as a head does (its end, a mark, a unit in brackets, another column word), where the
        longest leaves a rest that does not: 计划 实际 完成率（%） is 实际 then 完成率, not 实际完成 and a stray 率."""
        fits = [(w, r) for w, r in columns if text.startswith(w, at)]
        if columns is not self.with_bare or len(fits) < 2:
            return fits[0] if fits else ("", "")
        for w, r in fits:
            end = at + len(w)
            if end == len(text) or self._starts(text, end, self.marks) or _LABEL_UNIT.match(text, end) is not None \
                    or text.startswith(_pair_words(columns), end):
                return w, r
        return fits[0]

    def _part_name(self, text: str, at: int, named: bool, lead_first: bool, columns: list[tuple[str, str]]) -> str:
        """The name of a part's column from `at` (after its part mark): the shortest run of Han characters, up to
        _PART_NAME of them, after which the head ends or reads on as columns; else ""."""
        for end in range(at + 1, min(len(text), at + _PART_NAME) + 1):
            if _HAN.fullmatch(text, at, end) is None:
                return ""
            if end == len(text) or self._heads_in(text, end, named, lead_first, columns) is not None:
                return text[at:end]
            if (mark := self._starts(text, end, self.part_heads)) and (
                    self._part_name(text, end + len(mark), named, lead_first, columns)
                    or self._heads_in(text, end + len(mark), named, lead_first, columns) is not None):
                # (床位数 其中：医院 其中：基层医疗卫生机构 每千人口床位数: a part's name may end at the next part's mark,
                # two parts of one count side by side, each named by what it holds)
                return text[at:end]
        return ""

    def _named(self, text: str, at: int) -> regex.Match[str] | None:
        """The word of a column of a table by place named by what it holds, at `at` (_NAMED), or a growth's longer
        name (_NAMED_GROWTH: 规上工业增加值增长, its word ending in a change label); None where neither opens there."""
        growth = _NAMED_GROWTH.match(text, at)
        if growth is not None and self.change_labels and growth.group().endswith(self.change_labels):
            return growth
        named = _NAMED.match(text, at)
        if named is not None and (inner := _NAMED_INNER.match(text, at)) is not None \
                and not self._unit_like(text, named.end()) and self._unit_like(text, inner.end()):
            # (每千人口执业（助理）医师（人）: brackets that hold no unit are the name's own, its unit the next brackets)
            named = inner
        if named is not None and len(named.group()) > _NAMED_SHORT and any(w in named.group() for w in self.labels):
            # (前三季度各县（市、区）城镇新增就业地区新增就业（人）: a caption run into its head, no column's long name; the
            # label head inside it opens the head's words)
            return None
        return named

    def _unit_like(self, text: str, at: int) -> bool:
        """Whether brackets open at `at` holding a unit a measure word reads or a percent mark."""
        m = _LABEL_UNIT.match(text, at)
        return m is not None and (m.group(1) in self.marks or self._unit(m.group(1)) is not None)

    def untimed(self, text: str, head: Head) -> str:
        """The head's sentence with the words of its columns blanked (as many spaces) where they name no time of their
        own cells' (本月 本年累计 上年同期, 本年 上年): read as the text's time, 本年 or 上年 would date the rows by the
        publishing date (a report on 2025 printed in 2026: 本年 2026) or a year back, where the caption and the text
        around date them; a year column (2025年) and a part of the year (1—9月) stay, their cells' time."""
        for col in head.columns:
            if col.said and not (col.year and not col.base) and not col.span and not self._is_span(col.said):
                text = text.replace(col.said, " " * len(col.said))
        return text

    @staticmethod
    def unranked(text: str, head: Head) -> str:
        """The head's sentence with the words of its score columns blanked (as many spaces): the whole a rank's word
        names (全省排名: each row's rank among the province's cities) is no area of the rows, which the caption or the
        text gives."""
        for col in head.columns:
            if col.role == "score" and col.said:
                text = text.replace(col.said, " " * len(col.said))
        return text

    def _is_span(self, word: str) -> bool:
        """Is the column word a head of months or a part of the year (`span_head`), whole?"""
        return self.span_head is not None and self.span_head.fullmatch(word) is not None

    def _named_change(self, text: str, at: int) -> tuple[str, str]:
        """A change column whose word a word naming what it counts opens (床位比上年增减, 机构数比上年增减: tables.yaml
        change_leads), its word and role; ("", "") where `at` opens none. Its cells read as any change column's, so
        only where a percent mark or a unit in brackets says what they are."""
        lead = self._starts(text, at, self.change_leads)
        if not lead:
            # (… or set inside it, after its base: 比上年末床位增减, a narrow column's 比上年末 / 床位增减, read as
            # 床位比上年末增减)
            inside = [w for w in self.change_leads if w in text[at:at + _INSIDE_LEAD]]
            for w, r in self.columns if inside else ():
                if r == "change" and text.startswith(w[:1], at):
                    for lead in inside:
                        word = next((w[:k] + lead + w[k:] for k in range(1, len(w))
                                     if text.startswith(w[:k] + lead + w[k:], at)), "")
                        if word:
                            return word, "change"
            return "", ""
        word = next((w for w, r in self.columns if r == "change" and text.startswith(w, at + len(lead))), "")
        return (lead + word, "change") if word else ("", "")

    def _units_below(self, rest: str, columns: list[Column], words: list[str], own: bool = False) -> list[Column] | None:
        """The columns of a head set over two lines, each column's unit in brackets under its word (学校数 招生数
        / （所） （人）), the two lines read as one: one unit a column, in their order, for columns that name
        none above. None where `rest` is anything else, or a unit falls on a column that names its own. A change
        column takes a unit below as it takes one beside its word (比上年末增减（万人）): its cells are amounts, of a
        level column's unit (the change of what it counts: a change in 亿元 beside no level in 亿元 is a misreading).
        own: some columns name their units beside their words (比上年增长（%）); the units below are the others', one
        each, in order."""
        units = [m.group(1) for m in _LABEL_UNIT.finditer(rest)]
        if len(units) != sum(1 for c in columns if not (own and (c.unit or c.percent))):
            return None
        if not units:
            return None
        left = iter(units)
        assigned = [col.unit or "%" if own and (col.unit or col.percent) else next(left) for col in columns]
        levels = {u for c, u in zip(columns, assigned, strict=True) if c.role == "level"}
        out = []
        for col, word, unit in zip(columns, words, assigned, strict=True):
            if own and (col.unit or col.percent):
                if col.role == "change" and col.unit and col.unit not in levels:
                    return None  # 机构数 比上年增减（个） / （张）: whose change is it?
                out.append(col)
                continue
            if col.unit or col.percent:
                return None
            if unit in self.marks:
                out.append(replace(col, percent=True, share=False))
            elif col.role == "level" and self._unit(unit) is not None:
                out.append(replace(col, unit=unit, word=word if not col.year and not col.base else ""))
            elif col.role == "change" and self._unit(unit) is not None and unit in levels:
                # a change column's unit under its word (比上年增减 / （张）): an amount in that unit, as beside it; right
                # after a level column of the same unit (床位数 / （张）) it is that column's change, and counts what it
                # counts (the metric rules read the level column's word), else its own word names it
                prev = out[-1] if out else None
                same = prev is not None and prev.role == "level" and prev.unit == unit and prev.word
                out.append(replace(col, unit=unit, word=prev.word if same and prev is not None else word))
            else:
                return None
        return out

    def head(self, text: str, above: str = "",
             caption_of: Callable[[], str] | None = None) -> tuple[Head | None, tuple[int, int] | None]:
        """The table head that `text` (a sentence) is, with its caption before it if any, else None;
        and the span of the caption's table number (表7), no figure where the sentence is a head.
        above: the lines set before the head where it stands alone (表1 / 2024年收支情况 / 单位：万元, each
        a sentence of its own), the caption whose unit note and year it takes where its own gives none.
        caption_of: where given, what gives `above` in its place, asked only of a sentence that ends as a head
        does. Why: the pipeline asks every sentence whether it is a head, and working out the caption (a
        look at each short sentence above for a table's number) cost more than the answer for the
        sentences that end on a sentence mark, nearly all."""
        ratio = self._ratio_head is not None and any(map(text.__contains__, self._ratio_words)) \
            and self._ratio_head.search(text) is not None
        if self.place_column_labels and text.startswith(self.place_column_labels) \
                and (across := self.place_columns(text)) is not None:
            return across, None  # (its last word a place's, no word a head ends on: asked before that check)
        text = self._amount_pairs(self.unsigned(text))
        if not self.on or not text or text[-1] not in self.head_ends:
            return None, None
        if caption_of is not None:
            above = caption_of()
        caption = self.caption.match(text) if self.caption is not None else None
        # (a head over two lines by year run into one sentence: its reading first, the years' words read alone as
        # columns of their own beside the bottom's would be columns no row fills)
        found = self._run_years(text, caption.end() if caption is not None else 0, above)
        if found is None:
            found = self._head(text, caption.end() if caption is not None else None, above)
        if ratio and found is not None:
            found = replace(found, ratio=True)
        if found is None and caption is None:
            found = self._titled(text, above)
        if found is not None and self._listed(above) and any(c.share and not c.percent for c in found.columns):
            found = None  # (a share with no mark under a note above of other units alone: in them? `_settled`)
        if found is None:
            found = self._place_list(text)
        if found is None and _GAPS.search(text) is not None:
            # a head set again under 续表 right after a table's rows: the layout repair, reading it as one more row of
            # numbers (2024年 2023年), kept the gap between its year words that it drops in a head; no head's word
            # holds a gap, so the words run together are the head (its caption span, where the gaps stand before it,
            # is no longer the sentence's: none then)
            squeezed = _GAPS.sub("", text)
            found, span = self.head(squeezed, above)
            return found, (span if span is not None and text[:span[1]] == squeezed[:span[1]] else None)
        return found, (caption.span() if caption is not None and found is not None else None)

    def _run_years(self, text: str, start: int, above: str) -> Head | None:
        """A head over two lines by year (`_year_groups`: 重点群体 2025年 2024年 / 人数（人） 增长（%） 人数（人）) run into
        one sentence with its caption (a Markdown table's head, the rule under its first row dropped, reads on into
        its second row: 表2 …情况重点群体2025年2024年人数（人）增长（%）人数（人）): the label's head, then years alone,
        is the top line, the rest the bottom. None where no label's head stands right before two years or more."""
        if self._years_run is None or self._year_word is None:
            return None
        for m in self._years_run.finditer(text, start):
            label = next((w for w in self.labels if text.endswith(w, start, m.start())), "")
            if not label or m.end() == len(text):
                continue
            top = text[:m.start() - len(label)] + "\n" + label + " " + " ".join(self._year_word.findall(m.group()))
            found = self._year_groups(top, text[m.end():], above)
            if found is not None:
                return found
        return None

    def _amount_pairs(self, text: str) -> str:
        """`text` with each growth word over an amount's word and a percent mark (比上年末增长 over 绝对数 %, the head's
        two lines run together: 比上年末增长绝对数%) as the two columns it spans: the row's difference in its unit
        (tables.yaml group_amounts: 增减), then the growth in percent (比上年末增长（%）). An amount's word with a
        percent mark after no growth word stays as written."""
        if self._group_amount is None or not any(w in text for w in self.group_amounts):
            return text
        out, at = [], 0
        for m in self._group_amount.finditer(text):
            word = max((w for w, r in self.columns if r == "change" and text.endswith(w, at, m.start())), key=len,
                       default="")
            if not word:
                continue
            amount = next(w for w in self.group_amounts if m.group().startswith(w))
            out.append(text[at:m.start() - len(word)] + self.group_amounts[amount] + word + "(%)")
            at = m.end()
        return "".join(out) + text[at:]

    def unsigned(self, text: str) -> str:
        """`text` without the notes that a difference column's cells carry their sign (增减（+、-）: 增减) or a level
        column's that they are at current prices (总产值（现价）: 总产值): neither names a unit. Nor the word of a last
        column of ratios (学校数 在校生 专任教师 生师比 / （所） （人） （人）): its cells (13.6:1) are no count and give no
        figure, and the units under the words are the other columns'."""
        if self._ratio_head is not None and any(map(text.__contains__, self._ratio_words)):
            text = self._ratio_head.sub("", text, count=1)
        if self._years_over is not None and self.year_head in text:
            text = self._years_over.sub(self._over_years, text)
        if self._bare_years is not None and text[-1:].isdigit() and (m := self._bare_years.search(text)) is not None:
            years = [int(y) for y in regex.findall(r"\d{4}", m.group())]
            if all(b == a + 1 for a, b in zip(years, years[1:], strict=False)):
                # (a head's years in a row, each the one before's next, none a cell's number: 2021 2022 … 2025)
                text = text[:m.start()] + "".join(f"{y}{self.year_head}" for y in years)
        if not self._sign_chars or not any(map(text.__contains__, self._sign_chars)):
            return text
        for note in self.sign_notes:
            text = text.replace(note, "")
        return text

    def _over_years(self, m: regex.Match[str]) -> str:
        """A span of years over the years it spans (2021—2025年 / 2021年 … 2025年: tables.yaml years_over) dropped, no
        column of its own; any other span (a caption's, 2021—2025年就业) kept as written."""
        first, last = int(m.group("first")), int(m.group("last"))
        years = "".join(f"{y}{self.year_head}" for y in range(first, last + 1))
        spaced = _GAPS.sub("", m.string[m.end():m.end() + 3 * len(years)])
        return "" if first < last and spaced.startswith(years) else m.group()

    def split_head(self, top: str, bottom: str, above: str = "") -> tuple[Head | None, tuple[int, int] | None]:
        """The head set over two lines where the line under the columns' words holds each column's rest in order, its
        unit in brackets with its last words maybe before them (项目 年末参保人数 比上年末 / （万人） 增减（万人）:
        年末参保人数（万人）, 比上年末增减（万人）), else None: each column's words on the top line end where the one
        reading of them that `head` takes begins the next column (two readings: no head)."""
        if not self.on or not bottom or unicodedata.category(bottom[-1]) != "Pe" or len(top) > _SPLIT_TOP:
            return None, None
        found_rests = list(_RESTS.finditer(bottom))
        rests = [m.group(0) for m in found_rests]
        if not 2 <= len(rests) <= 3 or "".join(rests) != bottom or not any(m.group(1) for m in found_rests):
            return None, None  # (a word on the line under: else the units alone, which `head` reads below the words)
        # (the columns' words begin after the label's head: 项目 past the caption)
        first = max((k + len(w) for w in self.labels if (k := top.rfind(w)) >= 0), default=-1)
        if first < 0:
            return None, None
        found: list[tuple[Head | None, tuple[int, int] | None]] = []
        # (the top's last column ends the line; the others end at any of its characters: a few dozen tries)
        for cuts in itertools.combinations(range(first + 1, len(top)), len(rests) - 1):
            ends = [*cuts, len(top)]
            text, at = top[:first], first
            for end, rest in zip(ends, rests, strict=True):
                text += top[at:end] + rest
                at = end
            got = self.head(text, above)
            if got[0] is not None:
                found.append(got)
        # (机构数 床位数 床位数比上年 / （个） （张） 增长（%）: where readings differ, the one whose columns each take a
        # rest, no column left without one, 床位数 床位数（张） 比上年增长（%） no reading beside it)
        whole = [got for got in found if got[0] is not None and len(got[0].columns) == len(rests)]
        if len(found) > 1 and len(whole) == 1:
            return whole[0]
        return found[0] if len(found) == 1 else (None, None)

    def under_head(self, top: str, bottom: str, above: str = "") -> tuple[Head | None, tuple[int, int] | None]:
        """The head set over two lines as the page lays them out (their leading spaces kept), each rest on the line
        under standing below its column's words (项目  基金收入  比上年  基金支出  年末滚存 / 增长（%）  结余): read
        as `head` reads the words put together (`under_words`), else as `flush_words` puts them together where an
        extractor set both lines flush left; (None, None) where the lines are no such head."""
        bottom = self.units_noted(bottom)
        grouped = self.grouped_head(top, bottom, above)
        found = self._under_head(top, bottom, above)
        if grouped is not None and (found[0] is None or len(found[0].columns) != len(grouped.columns)):
            # (床位数（张） 卫生技术人员（人） / 本年 上年 本年 上年: each piece of the bottom line a column of its top
            # word's group; a reading of other columns than pieces put the pieces under the wrong words)
            return grouped, None
        return found

    def under_three(self, top: str, middle: str, bottom: str,
                    above: str = "") -> tuple[Head | None, tuple[int, int] | None]:
        """The head set over three lines as the page lays them out, each column's words wrapped under its top word and
        its unit under them (县市区  医疗卫生  卫生技术  比上年末 / 机构床位  人员  床位增减 / （张）  （人）  （张）):
        read as `head` reads the words put together (`under_lines`); (None, None) where the lines are no such head."""
        merged = under_lines(top, middle, self.units_noted(bottom))
        return self.head(_GAPS.sub("", merged), above) if merged is not None else (None, None)

    def _under_head(self, top: str, bottom: str, above: str) -> tuple[Head | None, tuple[int, int] | None]:
        """`under_head` save the grouped head's reading: by the words put together, else as set flush left."""
        merged = under_words(top, bottom)
        found = self.head(_GAPS.sub("", merged), above) if merged is not None else (None, None)
        if found[0] is None:
            readings = [got for text in self.flush_words(top, bottom) if (got := self.head(text, above))[0] is not None
                        and not self._stray_change(got[0])]
            if len(readings) > 1:
                # (基金收入 基金支出 / 2025年 比上年增长（%） 2025年: where the top words could stand over the pieces in
                # more ways than one, the reading that makes each piece of the bottom line a column of its own, every
                # piece naming a column there, no top word left over as a column with nothing under it)
                readings = [got for got in readings if got[0] is not None
                            and len(got[0].columns) == len(bottom.split())]
            if len(readings) > 1 and (one := self._one_under_each(top, bottom)) is not None \
                    and (got := self.head(one, above))[0] is not None and len(got[0].columns) == len(bottom.split()):
                # (乡镇 粮食播种面积 粮食产量 蔬菜产量 农村居民人均 / （亩） （吨） （吨） 可支配收入（元）: columns named by
                # what they hold in a table by place read in many ways; as many pieces under as words over, one each, in
                # order, is how the page set them)
                readings = [got]
            if len(readings) == 1:
                return readings[0]
        return found

    def grouped_head(self, top: str, bottom: str, above: str = "") -> Head | None:
        """A head over two lines whose top names two columns at least and whose bottom line sets the same parts of the
        year under each of them (县（市、区） 城镇新增就业 其中：失业人员再就业 / 1—9月 第三季度 上年同期 1—9月 第三季度: a
        quarterly release's table by county): each top word spans a group of the bottom's pieces, each group opening
        with the bottom's first piece again (a group names no part twice), so the groups are told apart though the
        gaps that set them are lost. Each piece makes a column of its top word's: a part of the year its own time
        (`Column.span`), the same span a year before (上年同期) the caption's year less one. None where the pieces are
        not all such words, or the groups are not as many as the top's words."""
        tops, groups = top.split(), self._span_groups(top, bottom)
        if groups is None and (by_year := self._year_groups(top, bottom, above)) is not None:
            return by_year
        trail: list[Column] = []
        if groups is None and len(tops) >= 3 and len(bottom.split()) > 2 \
                and self._growth_piece(tops[-1] + bottom.split()[-1]) \
                and (groups := self._span_groups(" ".join(tops[:-1]), " ".join(bottom.split()[:-1]), 2)) is not None:
            # (指标 就业人数（人） 比上年 / 本年 上年 增长（%）: a last top word whose rest is the bottom's last piece is a
            # column of its own split over the two lines, the row's growth over the year before in percent, beside the
            # groups; what it grows over is the row's, so it stands only where the caption names the year)
            found = self._heads(tops[-1] + bottom.split()[-1], 0, False)
            tops = tops[:-1]
            trail = [found[0][0]] if found is not None else []
        if groups is None:
            return None
        head, _ = self.head("".join(tops), above)
        if head is None or len(head.columns) != len(groups) or any(c.span or c.base or c.year for c in head.columns):
            return None
        if trail:
            if not head.year:
                return None
            trail = [replace(trail[0], year=head.year)]
        columns: list[Column] = []
        for col, group in zip(head.columns, groups, strict=True):
            for k, piece in enumerate(group):
                if self._is_span(piece):
                    columns.append(replace(col, span=piece))
                elif piece in self.current_words or piece in self.total_labels or self._part_piece(piece):
                    # (床位数（张） over 本年 上年: the caption's year's level; a caption of no year, the text's; so too
                    # 养老机构床位（张） over 合计 | 其中护理型: the whole's count and its part's, both the top word's, as a
                    # part after 其中 in a sentence takes the metric of its whole)
                    columns.append(replace(col, year=head.year) if head.year else col)
                elif self._growth_piece(piece):
                    # (城镇新增就业 over 1—9月 同比增长（%）: the growth of the span before it in its group, in percent;
                    # after a year before's span, or opening its group, it is no one span's)
                    if k == 0 or not self._is_span(group[k - 1]):
                        return None
                    columns.append(replace(col, role="change", percent=True, unit="", word="", span=group[k - 1]))
                elif head.year:
                    columns.append(replace(col, base=True, year=str(int(head.year) - 1)))
                else:
                    return None  # (the same span a year before which? the caption names no year)
        return replace(head, columns=(*columns, *trail))

    def _year_groups(self, top: str, bottom: str, above: str) -> Head | None:
        """A head over two lines whose top line names years alone after the label's head (项目 2024年 2025年)
        and whose bottom line sets the same columns again under each of them (支出（亿元） 占比（%） 支出（亿元）
        占比（%）): each bottom column is of its group's year, the groups in the years' order. Why: the top read
        alone is a head of two year columns, the rows' four cells no match for it, and the bottom alone has no
        label's head; read together the bottom's columns take their units and the top's years. None where the top
        holds anything but years, the bottom's columns are not the same words a year (one group a year, in the
        same order), or a bottom column names a time of its own. A later year's group may be the first's first
        columns alone (2025年 over 人数（人） 增长（%）, 2024年 over 人数（人）: the year before printed for its level
        only). The top may come with its caption's lines over it (a sentence run on from the caption): they are the
        caption, the last line the top. The label's head may have a unit column's head beside it (指标 单位 2025年
        2024年 over 数量 增长% 数量 增长%: each row's unit its own cell, tables.yaml unit_heads), which stands over no
        year."""
        lines = [line for line in top.split("\n") if line.strip()]
        tops = lines[-1].split() if lines else []
        lead = 2 if len(tops) > 1 and tops[1] in self.unit_heads else 1
        if len(tops) < lead + 2 or not all(self._is_year(w) for w in tops[lead:]):
            return None
        caption = above + "".join("".join(line.split()) for line in lines[:-1])
        head, _ = self.head("".join(tops[:lead]) + "".join(bottom.split()), caption)
        if head is None or any(c.year or c.span or c.base or c.plan for c in head.columns):
            return None
        groups = _year_groups(head.columns, len(tops) - lead)
        if groups is None:
            return None
        years = [_YEAR.search(w) for w in tops[lead:]]
        if any(m is None for m in years) or len({m.group() for m in years if m is not None}) != len(years):
            return None
        return replace(head, columns=tuple(replace(c, year=m.group()) for group, m in zip(groups, years, strict=True)
                                           if m is not None for c in group))

    def _span_groups(self, top: str, bottom: str, least: int = 3) -> list[list[str]] | None:
        """The bottom line's pieces of a head whose top words each span a group of them (`grouped_head`), a group a top
        word after the label's head, each group opening with the bottom's first piece; None where they are not so.
        least: the fewest top words (the label's head and two groups; one group where a column split over the two lines
        follows it, `grouped_head`)."""
        tops, bottoms = top.split(), bottom.split()
        if len(tops) < least or len(bottoms) < len(tops) or any(
                not self._is_span(b) and self._starts(b, 0, self.base_words) != b and not self._growth_piece(b)
                and b not in self.current_words and b not in self.total_labels and not self._part_piece(b)
                for b in bottoms):
            return None
        groups: list[list[str]] = []
        for piece in bottoms:
            if piece == bottoms[0]:
                groups.append([])
            if piece in groups[-1]:
                return None
            groups[-1].append(piece)
        if any(w in self.total_labels or self._part_piece(w) for w in bottoms) and not all(
                g[0] in self.total_labels and all(self._part_piece(w) for w in g[1:]) for g in groups):
            # (合计 | 其中护理型 under each top word: a group of a whole and its parts opens on the whole, and holds
            # nothing else)
            return None
        return groups if len(groups) == len(tops) - 1 else None

    def _part_piece(self, piece: str) -> bool:
        """Whether a piece of a grouped head's bottom line names a part of its top word's whole (其中护理型, 其中：
        护理型 under 养老机构床位（张） beside 合计: tables.yaml part_pieces), some words after the part's word."""
        return any(piece.startswith(w) and len(piece) > len(w) for w in self.part_pieces)

    def _growth_piece(self, piece: str) -> bool:
        """Whether a piece of a grouped head's bottom line is one change column in percent with no time of its own
        (同比增长（%）, 比上年同期增长（%）): the growth of the span it follows in its group (`grouped_head`)."""
        found = self._heads(piece, 0, False)
        return found is not None and len(found[0]) == 1 and found[0][0].role == "change" and found[0][0].percent \
            and not (found[0][0].year or found[0][0].span or found[0][0].base)

    @staticmethod
    def _stray_change(head: Head) -> bool:
        """Whether a head read from two lines flush left has a change column in a unit no level column counts in
        (机构数 比上年增减 / （个） （张）: a change in beds beside a count of institutions, whose change is it?), as
        `_units_below` refuses for units under their words."""
        levels = {c.unit for c in head.columns if c.role == "level"}
        return any(c.role == "change" and c.unit and c.unit not in levels for c in head.columns)

    def _one_under_each(self, top: str, bottom: str) -> str | None:
        """The reading of a head over two lines flush left (`flush_words`) that puts one piece of the bottom line under
        each value word of the top, in order, where the two counts are the same; else None."""
        tops, bottoms = top.split(), bottom.split()
        lead = 2 if len(tops) > 1 and tops[1] in self.unit_heads else 1
        values = tops[lead:]
        if not values or len(values) != len(bottoms) or any(self._is_year(b) for b in bottoms):
            return None
        return "".join(tops[:lead] + [w + b for w, b in zip(values, bottoms, strict=True)])

    def flush_words(self, top: str, bottom: str) -> list[str]:
        """The readings of a head set over two lines that an extractor left flush left, one gap between words, where
        they stood is lost (pdfplumber, pdfminer: 指标 单位 2025年 比上年 / 绝对数 增长（%）): each piece of the bottom
        line joins a value column's word on the top line, in order, a top word over several pieces spanning their
        columns (产量 比上年 / 2025年 2024年 增长（%）: 2025年产量 2024年产量 比上年增长（%）; a year leads its word).
        The top line opens with the label's head (and the unit's); the bottom holds no digit but a year's. The
        caller takes the one reading that is a head: two, no head."""
        tops, bottoms = top.split(), bottom.split()
        if not tops or tops[0] not in self.labels or not bottoms or bottoms[0] in self.labels:
            return []
        lead = 2 if len(tops) > 1 and tops[1] in self.unit_heads else 1
        values = tops[lead:]
        spans = [self._bracket_span(b) for b in bottoms]
        if not 1 <= len(values) <= _FLUSH_MAX or not 1 <= len(bottoms) <= _FLUSH_MAX \
                or any(has_digit(b) for b, span in zip(bottoms, spans, strict=True)
                       if not span and not self._is_year(b) and not self._year_level(b)):
            return []
        out = []
        for owners in itertools.combinations_with_replacement(range(len(values)), len(bottoms)):
            cols = []
            for k, word in enumerate(values):
                under = [(b, span) for b, span, owner in zip(bottoms, spans, owners, strict=True) if owner == k]
                if any(span or _UNITS_BELOW.fullmatch(b) for b, span in under[1:]):
                    # (a span under a word opens the word's columns: 本期 / （7—9月） 同比（%）; and so does a unit alone
                    # in brackets, its level column's: 机构数 床位数 / （个） 增长（%） （张） 增长（%）, the 张 床位数's)
                    break
                cols.extend([self._under_span(word, span) if span else b + word if self._is_year(b)
                             else b if self._year_level(b) or self._spans_change(word, b) else word + b
                             for b, span in under] or [word])
            else:
                out.append("".join(tops[:lead] + cols))
        return list(dict.fromkeys(out))

    def _bracket_span(self, piece: str) -> str:
        """The months or part of the year a piece of a head's bottom line names in brackets under a word spanning
        columns (本期 over （7—9月）, 累计 over （1—9月）), else ""."""
        if len(piece) < 3 or unicodedata.category(piece[0]) != "Ps" or unicodedata.category(piece[-1]) != "Pe":
            return ""
        inner = piece[1:-1].strip()
        return inner if self._is_span(inner) else ""

    def _under_span(self, word: str, span: str) -> str:
        """A column headed by a word over the span it covers in brackets (本期 / （7—9月）, 累计 / （1—9月）): the span's
        own head, the word kept where the span's pattern takes it after it (1—9月累计), so that two such columns side by
        side each read their own time."""
        return span + word if self._is_span(span + word) else span

    def _spans_change(self, word: str, piece: str) -> bool:
        """Whether a level column's word on a head's top line stands over a change column whose piece under it names
        the whole column by itself (基金收入 over 2025年 and 比上年增长（%）): the word spans the amount's column and
        its growth's, and the growth's column is read from its own piece, not as 基金收入比上年增长 (no column word)."""
        if not any(r == "level" and w == word for w, r in self.columns):
            return False
        found = self._heads(piece, 0, False)
        return found is not None and len(found[0]) == 1 and found[0][0].role == "change" and found[0][0].percent

    def _is_year(self, word: str) -> bool:
        return self._year_word is not None and self._year_word.fullmatch(word) is not None

    def _year_level(self, word: str) -> bool:
        """Whether a piece of a head's bottom line is a year and a level's own word after it (2025年末, 2024年末 under
        参保人数 spanning both: each year's stock at its end, tables.yaml year_roles): the piece names its column whole,
        the word over it the group's, as 年末数 over 2025年 2024年 does."""
        m = self._year_word.match(word) if self._year_word is not None else None
        return m is not None and any(w == word[m.end():] for w, r in self.year_roles if r == "level")

    def _place_list(self, text: str) -> Head | None:
        """A caption over a list of places with no head line (【图表】某县上半年各乡镇新增就业情况（单位：人）, then
        东关镇 2460 a line each): its title names places in plural (tables.yaml list_titles) and ends in a unit note of one
        unit and nothing else. One value column, a level in that unit, named by the title (what the metric rules read
        before each cell, whose row names only its place); its rows are read by `_listed_row`. None for anything else."""
        if self._list_row is None or not any(w in text for w in self.list_titles):
            return None
        cut = max(((k, note) for note in self.notes if (k := text.rfind(note)) > 0), default=None)
        if cut is None or unicodedata.category(text[cut[0] - 1]) != "Ps" or unicodedata.category(text[-1]) != "Pe":
            return None
        unit = text[cut[0] + len(cut[1]):-1].strip()
        if not unit or any(sep in unit for sep in self.separators) or unit in self.marks or self._unit(unit) is None:
            return None
        title = _GAPS.sub("", text[:cut[0] - 1])
        if any(ch in self.label_not for ch in title):
            return None
        return Head(False, (Column("level", False, name=title),), unit, listed=True)

    def place_columns(self, text: str) -> Head | None:
        """A head whose columns are places and whose label column holds indicators (指标 潞州区 上党区 屯留区: tables.yaml
        place_columns, then two places at least, each a name ending in a word of place_column_ends, nothing else, set
        apart by gaps as laid out): the table of a city's page turned on its side, each row an indicator with its unit
        in brackets (养老机构床位（张） 2860 1740), each cell a level of the place over its column (`row`). None for
        anything else."""
        if not self.place_column_labels or self._place_column is None:
            return None
        words = text.split()
        if len(words) < 3 or words[0] not in self.place_column_labels:
            return None
        if not all(self._place_column.fullmatch(w) for w in words[1:]) or len(set(words[1:])) != len(words) - 1:
            return None
        return Head(False, tuple(Column("level", False, place=w) for w in words[1:]), "")

    def _listed_row(self, text: str, head: Head) -> list[Cell] | None:
        """The figure of a row of a list of places under a caption (`_place_list`): a place's name (list_label) and one
        number, nothing else; None for any other line, which ends the list."""
        m = self._list_row.fullmatch(text) if self._list_row is not None else None
        if m is None:
            return None
        probe = m.group(2) + head.note_unit
        qs = self.finder.find(probe)
        if len(qs) != 1 or qs[0].start != 0 or qs[0].end != len(probe):
            return None
        at = m.start(2)
        q = replace(qs[0], start=at, end=m.end(2), quote=m.group(2), num_start=at, num_end=m.end(2), how="table")
        return [Cell(q, "level", "", m.group(1), head.columns[0].name)]

    def _titled(self, text: str, above: str = "") -> Head | None:
        """A head the layout ran on from the table's title line (2024年全市主要经济指标 / 指标 总量 比上年增长:
        neither ends a sentence): the title is the caption, whose year it gives. Two value columns at least
        and no mark of a sentence in the title: a sentence that ends in 指标增长 is no head."""
        if any(ch in self.label_not for ch in text):
            return None
        # (a unit note run on before the head's words, 单位：万元 指标 2025年 …: the caption on the lines above dates it)
        found = self._head(text, 0, above if any(note in text for note in self.notes) else "")
        if found is not None and found.title and self._columns(found.title, 0) is not None:
            return None  # (a "title" of column words alone, 2025年 2024年 增减: a head's top line, its label under it)
        # (one column that names its own unit in brackets is sure enough: 第二十条第（五）项 / 信息内容
        # 本年处理决定数量（件）, a disclosure report's small tables, each under a line naming the article it reports on)
        if found is not None and len(found.columns) == 1 and found.columns[0].unit and not found.unit_cell \
                and (k := text.rfind(found.columns[0].said)) > 0 \
                and text[:k].endswith(tuple(w for w in self.labels if w not in self.place_labels)) \
                and not text[:k].endswith(tuple(self.place_labels)):
            # (… right after a label column's own head, 信息内容: no place's name run on into a word; a place head that
            # ends in one, 部分县市 / 地区生产总值总量（亿元）, is a place column's, below)
            return found
        if found is not None and len(found.columns) == 1 and found.columns[0].unit and not found.unit_cell \
                and (k := text.rfind(found.columns[0].said)) > 0 \
                and (label := max((w for w in self.place_labels if text[:k].endswith(w)), key=len, default="")) \
                and self._unnumbered(text[:k - len(label)]).endswith(found.columns[0].said):
            # (… or after a place column's head where the title ends in the column's own word: 截至2025年底各区床位数 /
            # 地区 床位数（张）, the title naming what the column counts, no place's name run on into it; the longest head
            # the text ends in, 地区 and not its 区; a column of the rows' numbers or ranks before it, 序号 or 排名, and the
            # word the title may end in for a table of ranks, 排名 again: 各旗县城镇新增就业排名 / 排名 地区 新增就业（人）)
            return found
        if found is not None and len(found.columns) == 1 and found.unit_cell \
                and (k := text.rfind(found.columns[0].said)) > 0 \
                and (unit := next((w for w in self.unit_heads if text[:k].endswith(w)), "")) \
                and text[:k - len(unit)].endswith(tuple(w for w in self.labels if w not in self.place_labels)):
            # (… or after a label column's head and a unit column's, 某县卫健局 / 指标 单位 2025年: each row names its
            # unit in a cell of its own, a table's head beyond doubt)
            return found
        return found if found is not None and len(found.columns) >= 2 else None

    def _unnumbered(self, title: str) -> str:
        """The title a head's words ran on from with the head of a column of row numbers or ranks at its end taken off
        (序号, 排名), and a score's word the title itself ends on after it (…城镇新增就业排名 / 排名 地区 …)."""
        for _ in range(2):
            lead = next((w for w in self.number_heads if title.endswith(w)), "")
            if not lead:
                break
            title = title[:len(title) - len(lead)]
        return title

    def _shape(self, text: str, after_caption: int | None) -> tuple[int, str, list[Column], bool, str, bool, int] | None:
        """`_words_shape`; where the head ends in percent marks alone in brackets, one under each of its growth columns
        that names no unit (险种 收入 同比增长 支出 同比增长 / （%） （%）, the bottom line's marks run on after the top's
        words: a reader that printed a cell a line), the head without them, those columns in percent. Any other count
        of marks leaves the head as it was written (none, where its words do not read so); a head its words read as
        written (产量 比上年增长（%）, the mark its last word's) is that head."""
        written = self._words_shape(text, after_caption)
        marks = _MARKS_TAIL.search(text) if written is None else None
        if marks is None or marks.start() <= (after_caption or 0):
            return written
        shape = self._words_shape(text[:marks.start()], after_caption)
        if shape is None:
            return None
        bare = [k for k, c in enumerate(shape[2]) if c.role == "change" and not c.percent and not c.unit]
        if len(bare) != len(_MARK_CELL.findall(marks.group())):
            return None
        columns = [replace(c, percent=True) if k in bare else c for k, c in enumerate(shape[2])]
        return shape[0], shape[1], columns, *shape[3:]

    def _words_shape(self, text: str, after_caption: int | None) \
            -> tuple[int, str, list[Column], bool, str, bool, int] | None:
        """The first of `_words_shapes`; but where a caption runs into its head and ends in the head's first column's
        word (表3 2025年各县区床位数 地区 床位数（张）, the caption's line joined to the head's), the first reading opens
        in the caption (县区, its columns 床位数 and 地区床位数) and the next, one column fewer, opens where the head does,
        its first column the same word: the head is that next one (a reading between them that reads the first's columns,
        opened inside its label word, 县区's 区, is the first again)."""
        shapes = self._words_shapes(text, after_caption)
        first = next(shapes, None)
        if first is None or after_caption is None:
            return first
        # (a reading that opens inside the first's label word reads the same columns, 县区 then its 区, a place head
        # of its own: the same head, passed over)
        later = next((s for s in shapes if s[1:] != first[1:]), None)
        if later is not None and len(later[2]) == len(first[2]) - 1 and later[2] \
                and later[2][0].said == first[2][0].said:
            return later
        # (… and where the caption ends in other words, 汉中市各县区养老床位 地区 床位数（张） 增长（%）, the first reading
        # reads the caption's last words as a column of its own and runs the head's label word into the next, 养老床位
        # then 地区床位数: the next reading, opening at that label word where that column opens, reads the rest of
        # the first's columns, the head's own; only where that first column names no unit and the head's first one
        # does in brackets: a column with its unit, 县（区） 常住人口（万人） 地区生产总值（亿元）, is the head's own, and a
        # reading opening at 地区 inside the next word is none)
        if later is not None and len(later[2]) == len(first[2]) - 1 and later[2] \
                and not first[2][0].unit and later[2][0].unit \
                and text.startswith(first[2][1].said, later[0]) \
                and first[2][1].said.endswith(later[2][0].said) and len(first[2][1].said) > len(later[2][0].said) \
                and [c.said for c in first[2][2:]] == [c.said for c in later[2][1:]]:
            return later
        # (… and where the first reading's last column ran the head's label word into a growth word, 地区床位数比上年增长
        # read as one column named by what it holds, the next reading, opening at that label word, reads the head's own
        # columns, as many or more, the same first word: 表3 各县市区床位数 地区 床位数 上年 比上年增长（%）)
        if later is not None and later[2] and len(later[2]) >= len(first[2]) and later[2][0].said == first[2][0].said \
                and not first[5] and not later[5] and (last := first[2][-1]).role == "change" and not last.word \
                and all(last.said != w for w, _r in self.columns) and text.find(last.said) >= 0 \
                and later[0] >= text.find(last.said):
            return later
        return first

    def _words_shapes(self, text: str, after_caption: int | None) \
            -> Iterator[tuple[int, str, list[Column], bool, str, bool, int]]:
        """Each reading, from the first character on, of
        where the head's words begin after the caption (where it ends: after_caption), or in the whole
        text as one; its unit head and its value columns; whether a column of row numbers (序号) leads, and
        the head of a trailing column of words (属性), else ""; whether the table is set in two halves side by side,
        the head's words twice over (产品名称 产量 增长 产品名称 产量 增长), the columns then one half's."""
        firsts = self._label_firsts
        # (the positions a label may open at, found by one scan of a class of their first characters in C: a caption
        # is tried at its every position, and the one-by-one look at each character was a tenth of a news run's tables)
        tries = (m.start() for m in _firsts_class(firsts).finditer(text, after_caption)) \
            if after_caption is not None else range(1)
        trail = next((w for w in self._trails if text.endswith(w)), "")
        for at in tries:
            if text[at:at + 1] not in firsts:
                continue  # (no label opens here: asked of one character before the labels one by one)
            lead = self._starts(text, at, self.leads)
            stacked = False
            while lead and lead not in self.number_heads and (more := self._starts(text, at + len(lead), self.leads)) \
                    and more not in self.number_heads:
                lead, stacked = lead + more, True  # (一级指标 二级指标 三级指标: grouped twice)
            if lead and lead not in self.number_heads:
                # (a group's word whose value columns follow it heads the label column itself: 领域 项目数（个）
                # 完成投资（亿元）, each row a field and its cells, no plan's indicator column after it; 项目数 opens
                # with a label head's word, 项目, so the columns are asked for first)
                unit = self._starts(text, at + len(lead), self.unit_heads)
                columns = self._columns(text, at + len(lead) + len(unit))
                if columns is not None:
                    yield at, unit, columns, False, "", False, 0
                    continue
            label = self._starts(text, at + len(lead), self.labels)
            if label in self.lone_places and text.endswith(self.lone_places[label], 0, at + len(lead)):
                continue  # (城镇新增就业's 镇: no head of a column of towns)
            if not label or not lead and text.endswith(self.part_labels, 0, at):
                # (a label head's word right after a part's mark, 合计 其中：医院 床位数 增长, names the part's column of
                # a head over two lines, not the label column: no head opens there)
                continue
            k = at + len(lead) + len(label)
            unit = self._starts(text, k, self.unit_heads)
            named = label in self.place_labels or label in self.year_labels
            columns = self._columns(text, k + len(unit), named) if not lead or stacked and not trail else None
            if stacked and columns is not None and any(c.year for c in columns):
                columns = None  # (rows grouped twice over a plan's years: no such table is known, none read)
            if columns is None and lead and not stacked and unit and not trail and not named \
                    and (grouped := self._columns(text, k + len(unit))) is not None \
                    and not any(c.role == "target" or c.plan for c in grouped):
                # (类别 指标 单位 2025年 比上年增长（%）: a bulletin's rows grouped by a merged cell of their kind, set once
                # at its group's middle, run into a row's label or on a line of its own; with a unit column and no plan's
                # goals or trailing words: a table of the year's indicators, each row's cells as under 指标 alone)
                columns = grouped
            half = text.find(label, k)  # (the second half's head: the same words, to the end)
            if not lead and half > k and text[half:] == text[at:half] \
                    and (halved := self._columns(text[:half], k + len(unit), named)) is not None:
                # (asked before the whole line's reading: under a place head a word with its unit in brackets names a
                # column, so 县市区 人数（人） 增减（人） twice over reads as four columns, the third 县市区人数; the head's
                # words twice over, label and all, are two halves)
                yield at, unit, halved, False, "", True, 0
                continue
            if columns is not None:
                yield at, unit, columns, False, "", False, 0
                continue
            if lead in self.number_heads and not trail and not unit \
                    and (listed := self._columns(text, k, named)) is not None and not any(c.year for c in listed):
                # (a list whose rows are numbered, a 公示's: 序号 项目名称 总投资 年度计划 under 单位：亿元: each row its
                # number, its label, its cells; no column a year's, which only a plan's table of indicators has)
                yield at, unit, listed, True, "", False, 0
                continue
            # (a plan's table of indicators: 序号 指标名称 2020年 2025年 指标属性; no unit cell, each row's unit its own)
            if lead in self.number_heads and trail and unit and not named and len(text) - len(trail) > k + len(unit) \
                    and self._plan_change(text[:len(text) - len(trail)].rstrip()) is None:
                # (… with a unit column, its year columns naming their roles, a share of the goal done after them:
                # 序号 指标名称 单位 2020年基期 2025年目标 2023年实际 完成进度 属性, a plan's mid-term review; one whose
                # years end in a yearly growth, 序号 指标 单位 2025年基期值 2030年目标值 年均增长（%） 属性, is read below as
                # the plan's table it is, that growth over the plan's years)
                columns = self._columns(text[:len(text) - len(trail)].rstrip(), k + len(unit))
                # (完成进度 there is the share of the goal done: a percentage, its mark on its cells or none)
                # (… of the time of the results column before it, 2023年实际: the goal done by then)
                done = [c.year for c in columns or () if c.year and c.role == "level"]
                columns = [replace(c, percent=True, share=False, year=done[-1] if done else "") if c.share else c
                           for c in columns or ()]
                if any(c.year for c in columns) and all(c.year or c.percent for c in columns):
                    yield at, unit, columns, True, trail, False, 0
                    continue
            if (lead or trail) and (not unit or trail) and not named and len(text) - len(trail) > k + len(unit):
                # (… or with a unit column between the label and the years, over a trailing column of words: 类别 指标
                # 单位 2025年基期值 2030年目标值 年均增长（%） 属性, the years naming their roles)
                years = text[:len(text) - len(trail)].rstrip()
                plan = self._plan_change(years)
                columns = self._columns(years[:len(years) - len(plan[0])].rstrip() if plan else years, k + len(unit))
                roles = ("level", "target") if unit else ("level",)
                if columns is not None and all(c.year and c.role in roles for c in columns):
                    if plan:
                        first, last = int(columns[0].year), int(columns[-1].year)
                        if len(columns) < 2 or last <= first:
                            continue  # (a growth over which span?)
                        columns.append(Column("change", plan[1], f"{first + 1}-{last}", said=plan[0], plan=True))
                    yield at, unit, columns, lead in self.number_heads, trail, False, 0
                    continue
            last = next((w for w in self.unit_heads if text.endswith(w)), "") if not unit and not lead else ""
            if last and len(text) - len(last) > k and not trail \
                    and (columns := self._columns(text[:len(text) - len(last)], k, named)) is not None \
                    and len(columns) >= 2:
                # (指标 2025年 2024年 增减 计量单位: the unit column at the head's right end, each row's unit its last cell,
                # 城镇新增就业 18,624 18,206 418 人: read as a unit column after the label, `_unit_closing`; one value
                # column before it, 数值 单位, leaves each row its number and its unit, 386.5 亿元, read as written)
                yield at, last, columns, False, "", False, 0
                continue
            mid = self._unit_between(text, k, named) if not unit and not lead and not trail and not last else None
            if mid is not None:
                # (指标 2025年 单位 比上年增长（%）: the unit column between the value columns, each row's unit after its
                # value and before its growth, 学校数 1,286 所 -1.8: read as a unit column after the label, `_unit_within`)
                yield at, mid[0], mid[1], False, "", False, mid[2]
                continue

    def _unit_between(self, text: str, k: int, named: bool) -> tuple[str, list[Column], int] | None:
        """A unit head standing between the value column heads from `k` on (指标 2025年 单位 比上年增长（%）): its word,
        the columns read with it left out, and how many of them stand before it; None where no unit head stands where
        the words before it and the words after it each read as whole columns."""
        for word in self.unit_heads:
            at = text.find(word, k + 1)
            while at > k and at + len(word) < len(text):
                before = self._columns(text[:at], k, named)
                after = self._columns(text[:k] + text[at + len(word):], k, named) if before else None
                whole = self._columns(text[:at] + text[at + len(word):], k, named) if after else None
                if before and after and whole is not None and len(whole) == len(before) + len(after):
                    return word, whole, len(before)
                at = text.find(word, at + 1)
        return None

    def _plan_change(self, text: str) -> tuple[str, bool] | None:
        """The column of the yearly growth a plan's table of indicators ends its value columns with (年均增长, maybe with
        its percent mark: 年均增长（%）), its word as written and whether it has the mark; None where the head ends in
        none."""
        for word in self.plan_changes:
            mark = next((m for m in self.marks if text.endswith(word + m)), "")
            if mark or text.endswith(word):
                return word + mark, bool(mark)
        return None

    def _head(self, text: str, after_caption: int | None, above: str = "") -> Head | None:
        """The head after the caption (where it ends: after_caption), or the whole text as one; a caption
        on the lines above (`above`) where the head's own sentence has none."""
        shape = self._shape(text, after_caption)
        if shape is not None:
            at, unit, columns, numbered, trail, halves, unit_at = shape
            bare = [(c.said, c.role) for c in columns if self._is_year(c.said)]
            if len(bare) != len(set(bare)):
                # (险种 基金收入 基金支出 2025年 比上年增长（%） 2025年: a head set over two lines run into one, its
                # bottom line's years under the top's words; one line naming one bare year twice is no head)
                return None
            own = at > 0 or not above
            number = self.caption.match(above) if not own and self.caption is not None else None
            note = text[:at] if own else above
            if self._growth_table(text[after_caption or 0:at] if own else above[number.end() if number else 0:],
                                  note, columns):
                # (表2 主要经济指标累计增速 under 单位：% / 指标 一季度 上半年 前三季度 全年: a table of percentages whose
                # caption names a growth holds growths; each level column's cells are its time's growth in percent)
                settled: tuple[list[Column], str] | None = ([replace(c, role="change", percent=True) for c in columns], "")
            else:
                settled = self._settled(columns, note)
            if settled is None:
                return None
            columns, note_unit = settled
            # (the label column's head after a column of row numbers, 序号 区县 新增床位 护理型床位: a table by place as
            # without them)
            label_at = at + len(self._starts(text, at, list(self.number_heads))) if numbered else at
            if note_unit:
                # a table by place under a note of one unit (县区 床位数 新增床位 under 单位：张): its rows name only
                # places, so a level column's word names what its cells count, as it does with that unit in brackets
                # (床位数（张）); a word no metric rule knows names nothing. Under any other label head only a word that
                # names a count (column_units: 机构类别 床位数 under 单位：张, its rows kinds of institution, 医院)
                places = bool(self._starts(text, label_at, self.place_labels))
                columns = [replace(c, word=c.said) if c.role == "level" and not c.word and not c.unit and not c.percent
                           and not c.year and not c.base and (places or c.said in self.column_units) else c
                           for c in columns]
            elif unit:
                # (机构 单位 床位数: each row's unit in its own cell, 张, and the column's word one that names a count,
                # column_units: what its cells count, as under a note of that unit; the word of any other column,
                # 2025年 or 数量 under 指标, names nothing)
                columns = [replace(c, word=c.said) if c.role == "level" and not c.word and not c.unit and not c.percent
                           and not c.year and not c.base and c.said in self.column_units else c for c in columns]
            elif not self._listed(note) and self._starts(text, label_at, self.place_labels):
                # a table by place under no unit note (地区 床位数 比上年增长（%）): a level column whose word counts
                # in one unit only (tables.yaml count_units: beds in 张) reads in it, as with that unit in brackets
                # (床位数（张）); a word that may count in two (万人 or 人) names none. (A table of years still asks
                # each column for its unit: 年份 床位数 卫生技术人员（人）, `test_a_year_row_needs_its_head`)
                columns = [replace(c, unit=self.count_units[c.said], word=c.said)
                           if c.role == "level" and not c.word and not c.unit and not c.percent and not c.year
                           and not c.base and c.said in self.count_units else c for c in columns]
                # (县市区 床位数 上年 比上年增长（%）: the column of the year before right after it, naming no count of its
                # own, counts the same in the same unit: 上年 is when, not what)
                columns = [replace(c, unit=columns[k - 1].unit, word=columns[k - 1].word)
                           if k and c.role == "level" and c.base and not c.word and not c.unit and not c.percent
                           and not c.year and columns[k - 1].unit and columns[k - 1].said in self.count_units
                           and not columns[k - 1].base else c for k, c in enumerate(columns)]
            note_percent = not any(c.percent for c in columns) and self._note_percent(note)
            year = self._caption_year(text[after_caption or 0:at] if own else above[number.end() if number else 0:])
            if own and not year and above and after_caption == 0:
                # the head's sentence holds its unit note alone before its words (单位：万元 run on into 指标 2025年
                # 2024年 比上年 / 增长（%）, a head set over two lines): the caption on the lines above dates it
                number = self.caption.match(above) if self.caption is not None else None
                year = self._caption_year(above[number.end() if number else 0:])
            # the same span a year before: the caption's year less one; without a year its cells give none
            columns = [replace(c, year=str(int(year) - 1) if year else "") if c.base else c for c in columns]
            # a column no unit is given for: its rows must name theirs, each in its label (病床使用率（%）)
            years = bool(self._starts(text, at, self.year_labels))
            if years and not all(c.unit or c.percent or note_unit and c.role == "level"
                                 and note_unit in self.column_units.get(c.said, ()) for c in columns):
                # (a table of years: each column names its unit, whose rows name none; or the note above the head
                # gives the one unit every other column's word counts in, 年份 城镇新增就业 失业人员再就业 under
                # 单位：万人, tables.yaml column_units: a rate's column, 城镇登记失业率, counts in none, no table)
                return None
            title = self._title(text[after_caption or 0:at] if own else above[number.end() if number else 0:])
            span = self._caption_span(text[after_caption or 0:at] if own else above[number.end() if number else 0:],
                                      year)
            return Head(bool(unit), tuple(columns), note_unit, year, note_percent=note_percent, numbered=numbered,
                        trail=self.word_columns.get(trail, frozenset()), halves=halves, years=years, title=title,
                        span=span, places=bool(self._starts(text, label_at, self.place_labels)), unit_at=unit_at)
        return None

    def stacked(self, top: str, bottom: str) -> list[str] | None:
        """The column heads of a head set over two lines with tabs between its cells (地区 | 床位数 | | 每千人口 |
        比上年 over | 合计 | 其中：医院 | 床位数 | 增长), each top word read over the word under it (床位数合计, 比上年增长);
        a top cell left empty under a word that spans two columns takes the word beside it (床位数 over 合计
        and 其中：医院). The label column's empty cell under its word may have been cut from the bottom line.
        None where the two lines are no such head: no tab, cells that do not line up, a bottom line with
        a label word of its own."""
        if "\t" not in top or "\t" not in bottom:
            return None
        up = [c.strip() for c in top.strip().split("\t")]
        down = [c.strip() for c in bottom.strip().split("\t")]
        if len(down) == len(up) - 1:
            down = ["", *down]  # (the bottom line's leading tab, stripped with its line)
        if len(up) != len(down) or len(up) < 3 or not up[0] or down[0]:
            return None
        merged, word = [up[0]], ""
        for a, b in zip(up[1:], down[1:], strict=True):
            if a:
                word = a
            elif not word or not b:
                return None
            merged.append((a or word) + b)
        return merged

    def stacked_head(self, top: str, bottom: str, above: str) -> Head | None:
        """The head of a table by place set over two lines (`stacked`), its caption and unit note on the
        lines above (`above`: 表1 … / （单位：张、%）): each value column a known column word (比上年增长, a
        change whose percent the note gives) or named by what it holds (床位数合计, 每千人口床位数), which
        then takes its unit in brackets or the note's one unit. A column named so that holds a rate
        (tables.yaml rate_words: 病床使用率, 占比) would take the note's unit wrongly: no head."""
        k = top.rfind("\n")
        if k >= 0:  # the top line run on from the caption's lines (表1 … / （单位：张、%） / 地区 床位数 …)
            above, top = above + top[:k], top[k + 1:]
        cells = self.stacked(top, bottom)
        if cells is None or cells[0] not in self.place_labels:
            return None
        note_unit = self._note_unit(above)
        if note_unit is None:
            return None
        columns: list[Column] = []
        title = _GAPS.sub("", above[number.end():] if (number := self.caption.search(above) if self.caption
                                                         is not None else None) else above)
        for cell in cells[1:]:
            found = self._columns(cell, 0, named=True)
            if found is not None and any(c is found[0] for c in found[1:]):
                # (床位数 over 其中：医院, one cell of a head set over two lines, is one column named by what it holds,
                # not a count and a part's column beside it, as `_heads_in` reads a head's line: 床位数 其中：卫生院)
                found = None
            if found is None:
                if not note_unit or any(w in cell for w in self.rate_words) or _NAMED_BARE.fullmatch(cell) is None:
                    return None
                found = [Column("level", False)]
            if len(found) != 1:
                return None
            if found[0].share and not self._note_percent(above):
                return None
            columns.append(replace(found[0], name=title + cell, percent=found[0].percent or found[0].share))
        note_percent = not any(c.percent for c in columns) and self._note_percent(above)
        year = self._caption_year(above[number.end() if number else 0:])
        return Head(False, tuple(columns), note_unit, year, note_percent=note_percent,
                    span=self._caption_span(above[number.end() if number else 0:], year), places=True)

    def stacked_columns(self, top: str, bottom: str) -> int:
        """How many value columns a head set over two lines names (`stacked`), for the layout repair to keep
        the cells of the rows under it apart; 0 where it is no such head."""
        cells = self.stacked(top, bottom)
        if cells is None or cells[0] not in self.place_labels:
            return 0
        for cell in cells[1:]:
            if self._columns(cell, 0, named=True) is None and _NAMED_BARE.fullmatch(cell) is None:
                return 0
        return len(cells) - 1

    # What the layout repair asks (`layout.TableLines`), line by line, before there are sentences: a row
    # of whole numbers is told from a number whose thousands a gap sets apart (1 280) only by the line
    # above it, or by a unit cell before its numbers.

    def caption_line(self, line: str) -> bool:
        """Whether the line opens with a table's caption (表1 …, 续表1: tables.yaml caption)."""
        return self.caption is not None and self.caption.match(line.strip()) is not None

    def note_line(self, line: str) -> bool:
        """Whether the line opens as a note under a table does (注：…: tables.yaml table_notes)."""
        return line.strip().startswith(self.table_notes) if self.table_notes else False

    def noted_below(self, head: Head, note: str) -> Head | None:
        """The head with the unit a note under its table names (注：表中数据单位为万人。: tables.yaml note_units), where
        neither its caption nor its columns name one and its rows carry no unit cell: its rows then read in that unit,
        as under a caption's unit note (单位：万人). The units listed after the word (separators between) up to the first
        word that is none; exactly one besides a percent mark, else None, and None where the head needs no unit."""
        if head.note_unit or head.unit_cell or head.years or head.listed or not self.note_line(note) \
                or all(c.unit or c.percent for c in head.columns) or any(c.share for c in head.columns):
            return None
        for word in self.note_units:
            k = note.find(word)
            if k < 0:
                continue
            rest = note[k + len(word):]
            for sep in self.separators:
                rest = rest.replace(sep, "\n")
            units: list[str] = []
            for piece in rest.split("\n"):
                # (the unit ends at the first mark after it, 亿元；累计结余为年末数。, and the list with it)
                piece = piece.strip()
                unit = next((m for m in self.marks if piece.startswith(m)), "") or _NOTE_END.split(piece, maxsplit=1)[0]
                if not unit or (unit not in self.marks and self._unit(unit) is None):
                    break
                units.append(unit)
                if len(unit) < len(piece):
                    break
            plain = [u for u in units if u not in self.marks]
            if len(plain) != 1:
                return None
            percent = len(units) > 1 and not any(c.percent for c in head.columns)
            return replace(head, note_unit=plain[0], note_percent=percent)
        return None

    def head_columns(self, line: str) -> int:
        """How many value columns `line` (a line of the page, folded) names as a table's head, its caption
        before it or not; 0 where it is no head. The caption's unit note is not asked for: the line only
        tells the layout that the lines under it are rows, whose cells it keeps apart; whether they read
        as figures is the head sentence's to say (`head`). Two lines (top, a line break, bottom): a head set
        over them with each column's rest under its words (`split_head`: 机构数 床位数 床位数比上年 / （个） （张）
        增长（%）)."""
        if line.count("\n") == 2:  # (three lines: each piece of the two under the top's words joins the one it is under)
            merged = under_lines(*line.split("\n"))
            return self.head_columns(merged) if merged is not None else 0
        if "\n" in line:
            top, _, bottom = line.partition("\n")
            bottom = self.units_noted(bottom)
            found = self.split_head(_GAPS.sub("", top), _GAPS.sub("", bottom))[0]
            if found is None and (merged := under_words(top, bottom)) is not None and self.head_columns(merged):
                return self.head_columns(merged)
            groups = self._span_groups(top, bottom) if found is None else None
            if groups is not None and self.head_columns("".join(top.split())) == len(groups):
                return sum(map(len, groups))  # (the same parts of the year under each top word: `grouped_head`)
            if found is None and (by_year := self._year_groups(top, bottom, "")) is not None:
                return len(by_year.columns)  # (the same columns under each year: `_year_groups`)
            if found is None:  # (both lines flush left: the one reading of their words that is a head)
                counts = [n for text in self.flush_words(top, bottom) if (n := self.head_columns(text))]
                if len(counts) > 1 and (whole := [n for n in counts if n == len(bottom.split())]):
                    # (as `under_head` takes it: the reading that makes each piece of the bottom line a column of its
                    # own, no top word over nothing left as a column: 险种 参保人数 比上年末 / 2025年末 2024年末 增长（%）)
                    counts = whole
                if len(counts) > 1 and (one := self._one_under_each(top, bottom)) is not None:
                    return self.head_columns(one)  # (as `under_head` takes it: one piece under each word)
                return counts[0] if len(counts) == 1 else 0
            return len(found.columns)
        if self.place_column_labels and line.lstrip().startswith(self.place_column_labels) \
                and (across := self.place_columns(line)) is not None:
            return len(across.columns)  # (指标 潞州区 上党区: its words apart, as the line sets them)
        text = self.unsigned(_GAPS.sub("", line))
        if not self.on or not text or text[-1] not in self.head_ends:
            return 0
        caption = self.caption.match(text) if self.caption is not None else None
        shape = self._shape(text, caption.end() if caption is not None else None)
        if shape is None and self._place_list(text) is not None:
            return 1  # (a caption over a list of places a line each)
        return len(shape[2]) * (2 if shape[5] else 1) if shape is not None else 0

    def head_halves(self, line: str) -> bool:
        """Whether `line` is the head of a table set in two halves side by side (`_shape`): each row under it two
        rows, a label and cells, then a label and cells, which the layout keeps apart as it keeps a row's cells."""
        text = _GAPS.sub("", line)
        if not self.on or not text or text[-1] not in self.head_ends:
            return False
        caption = self.caption.match(text) if self.caption is not None else None
        shape = self._shape(text, caption.end() if caption is not None else None)
        return shape is not None and shape[5]

    def head_noted(self, line: str) -> bool:
        """Whether `line`, a table's head, ends in a column of remarks (备注: tables.yaml note_columns), whose cells the
        layout keeps whatever they hold."""
        text = _GAPS.sub("", line)
        if not self.note_words or not text.endswith(tuple(self.note_words)):
            return False
        found, _ = self.head(text)
        return found is not None and bool(found.columns) and found.columns[-1].role == "note"

    def head_frame(self, line: str) -> tuple[bool, frozenset[str]]:
        """What stands around the cells of the rows under a head line (`head_columns`): whether a row number
        opens each (序号), and the words one of which closes each (属性: 预期性, 约束性); none where it is no head."""
        text = _GAPS.sub("", line)
        if not self.on or not text or text[-1] not in self.head_ends:
            return False, frozenset()
        caption = self.caption.match(text) if self.caption is not None else None
        shape = self._shape(text, caption.end() if caption is not None else None)
        if shape is None:
            return False, frozenset()
        if shape[1] and not shape[4] and text.endswith(shape[1]):
            # (指标 2025年 2024年 增减 计量单位: each row closes with its unit, 城镇新增就业 18,624 18,206 418 人)
            return shape[3], self._unit_words()
        return shape[3], self.word_columns.get(shape[4], frozenset())

    def _unit_words(self) -> frozenset[str]:
        """The measure words a unit cell may hold, each alone and after a magnitude (人, 万人, 亿元): the words one of
        which closes each row under a head whose unit column stands at its right end (`head_frame`)."""
        if self._units_closing is None:
            lex = self.finder.lex
            mags = [m.word for m in lex.magnitudes if _HAN.fullmatch(m.word) is not None]
            self._units_closing = frozenset([*lex.measures, *(g + w for g in mags for w in lex.measures)])
        return self._units_closing

    def framed_gaps(self, line: str, frame: tuple[bool, frozenset[str]], columns: int) -> list[int] | None:
        """Where the gaps of a row under a head with a frame (`head_frame`) start in the line (folded), for the layout
        to keep: after its number, between its cells (numbers, or numbers in brackets or after a bound's mark),
        before its word; None where the line is no such row (a label and as many cells as the head has columns)."""
        span = self.framed(line, *frame)
        if span is None:
            return None
        start, end = span
        m = self._framed_cells.search(line, start, end)
        if m is None or len(m.group().split()) != columns:
            return None
        label = _RATE_CELL.sub("", line[start:m.start()])  # (a rate's unit cell, 孕产妇死亡率 /10万: no digit of a label)
        if not label.strip() or not self.row_label(label):
            return None
        gaps = [g.start() for g in _GAPS.finditer(line, m.start(), m.end())]
        if frame[0]:
            gaps.insert(0, start - len(line[:start]) + len(line[:start].rstrip()))
        if frame[1]:
            gaps.append(end)
        return gaps

    def framed(self, text: str, numbered: bool, trail: frozenset[str]) -> tuple[int, int] | None:
        """The span of a row's label and cells inside its frame: after its row number (1 城镇新增就业人数 …) and
        before its trailing word (… 预期性), each set apart by a gap; None where the row lacks either."""
        start, end = 0, len(text)
        if numbered:
            m = _ROW_NUMBER.match(text)
            if m is None and self._band is not None and (aged := _ROW_NUMBER_AGED.match(text)) is not None \
                    and self._band.match(text, aged.end()) is not None:
                m = aged  # (4 5岁以下儿童死亡率: the row's number before a label that opens with an age band)
            if m is None:
                return None
            start = m.end()
        if trail:
            m = _TRAIL_WORD.search(text, start)
            if m is None or m.group(1) not in trail:
                return None
            end = m.start()
        return start, end

    def bare_row(self, text: str, head: Head) -> bool:
        """Whether a sentence under a head is a row's numbers with no label before them, one a value column (an
        extractor set the row's label apart from its cells: pdftotext's 其中：… after the table): no figure (whose?),
        and the rows under it go on under the same head."""
        cells = text.split()
        if len(cells) == 1 and len(one := cells[0]) > 2 and unicodedata.category(one[0]) == "Ps" \
                and unicodedata.category(one[-1]) == "Pe" and _BARE_CELL.fullmatch(one[1:-1]) is not None:
            return True  # a row's fall in brackets a reader set on a line of its own ((1.6) under its row): whose?
        return len(cells) == len(head.columns) and all(_BARE_CELL.fullmatch(c) is not None or c in self.blanks
                                                       for c in cells)

    def unread_row(self, line: str, head: Head) -> bool:
        """Whether a line under a head with a unit column, as written, is a row of it that gives no figure: its cells
        set apart by bars or wide gaps, as many as the head's (its label, its unit cell, a cell a value column), every
        value cell a plain number or a blank's mark, but the row read as none (its unit cell one no measure reads: an
        index's base year=100): no figure, and the rows under it go on under the same head."""
        if not head.unit_cell or "\n" in line.strip():
            return False
        cells = [c for c in _WRITTEN_CELLS.split(line.strip()) if c]
        return len(cells) == 2 + len(head.columns) and self.row_label(cells[0]) and not any(
            ch.isdigit() for ch in cells[0]) and all(_BARE_CELL.fullmatch(c) is not None or c in self.blanks
                                                     for c in cells[2:])

    def row_label(self, label: str) -> bool:
        """Whether `label` (the text of a line before its numbers) may be a row's label: a word, no
        digit but an age band's (0-14岁: tables.yaml label_band), no mark of a sentence, no unit note."""
        if not label.strip():
            return False
        if any(note in label for note in self.notes):
            return False  # (a unit note, 单位：万元, heads a table or names a column: no row's label holds one)
        if self._band is not None and any(ch.isdigit() for ch in label):
            label = self._band.sub("", label)  # 0-14岁: an age band names the row
        if "/" in label:
            # (孕产妇死亡率/10万: a rate's unit cell whose base holds digits, read as the row's unit where the head has a
            # unit column; the label itself holds none)
            label = _RATE_END.sub("", label)
        return not any(ch.isdigit() or ch in self.label_not for ch in label)

    def year_column(self, line: str) -> int:
        """What a line alone in a label column an extractor printed a column at a time (`repair.transpose`) is in a
        table of years: 1 the label column's head (年份: tables.yaml year_labels), 2 a row's label, a year with its year
        word (2023年), 0 neither. A bare year (2023) stays a number there: a column's cell as much as a label."""
        if line in self.year_labels:
            return 1
        return 2 if self.year_head and line.endswith(self.year_head) \
            and regex.fullmatch(self.year_label, line) is not None else 0

    def units_noted(self, bottom: str) -> str:
        """A head's bottom line whose every piece is a unit note of one unit (单位：张  单位：人  单位：人, each under its
        column's word) with each written as a unit in brackets (（张）  （人）  （人）), as a head's bottom line names its
        columns' units; each keeps its middle, so it stands under the same word. Two such pieces at least (one alone
        may be the caption's note for the whole table, set under its head's right end); else `bottom` as it came."""
        if not self.notes or not any(note in bottom for note in self.notes):
            return bottom
        pieces = list(_PIECE.finditer(bottom))
        units = [next((m.group()[len(n):].strip() for n in self.notes if m.group().startswith(n)), "") for m in pieces]
        if len(pieces) < 2 or not all(u and self.unit_word(u) for u in units):
            return bottom
        out, at = [], 0
        for m, unit in zip(pieces, units, strict=True):
            cell = f"({unit})"  # (brackets are told by their class, Ps and Pe: ASCII ones read as wide ones)
            pad = len(m.group()) - len(cell)
            out.append(bottom[at:m.start()] + " " * (pad // 2) + cell + " " * (pad - pad // 2))
            at = m.end()
        return "".join(out) + bottom[at:]

    def unit_cell(self, label: str) -> bool:
        """Whether a row's label ends in a unit cell set apart by a gap (医院 个): a measure word standing
        before the numbers, where a sentence has it after them."""
        words = label.split()
        return (len(words) >= 2 and len(words[-1]) <= self.unit_max and self.row_label(label)
                and self._unit(words[-1]) is not None)

    def unit_word(self, word: str) -> bool:
        """Whether a cell alone is a unit column's (万人, 个, %): a measure word the finder reads, or a percent mark
        (a column-major table's unit column, `repair.transpose`). Not a year (2021年, a table of years' row label: the
        finder reads its 年 as a measure word after the number it puts before it)."""
        return 0 < len(word) <= self.unit_max and (self._unit(word) is not None or word in self.marks) \
            and not (_YEAR.match(word) is not None and word[4:] == self.year_head)

    def unit_head(self, word: str) -> bool:
        """Whether a cell alone is a unit column's head (单位)."""
        return word in self.unit_heads

    def total_label(self, label: str) -> bool:
        """Whether a row's label names its rows' total (合计, 总计: tables.yaml total_labels)."""
        return _GAPS.sub("", label) in self.total_labels

    def names_label(self, head: str, title: str) -> bool:
        """Whether a table's title names what its head's label column lists: the head opens with a label column's
        word of two characters or more (县（市）, 地区, 项目) that the title holds (1至7月部分县（市）就业情况（单位：人）
        over 县（市） 城镇新增就业 转移就业)."""
        word = next((w for w in self.labels if head.startswith(w)), "")
        return len(word) >= 2 and word in title

    def noted_title(self, line: str) -> bool:
        """Whether a sentence ends in a unit note in brackets that lists units only (…部分县（市）就业情况（单位：人）): a
        table's or a chart's title, maybe run on from a line the extractor printed before it (…卫生室58 | 1至7月…)."""
        text = line.strip()
        if not text or not _closing(text[-1]):
            return False
        at = max((text.rfind(note) for note in self.notes), default=-1)
        if at < 1 or regex.match(r"\p{Ps}", text[at - 1]) is None:
            return False
        listed = self._listed(text)
        return bool(listed) and all(self.unit_word(u) for u in listed)

    def unit_note_line(self, line: str) -> bool:
        """Whether a line alone is a table's unit note and nothing else (单位：人, 单位：万元、%): each unit it lists a
        measure word or a percent mark (a column-major table's note printed among its head's cells, `repair.transpose`)."""
        text = line.strip()
        if not any(text.startswith(note) for note in self.notes):
            return False
        listed = self._listed(text)
        return bool(listed) and all(self.unit_word(u) for u in listed)

    def _caption_year(self, caption: str) -> str:
        """The year the caption names, where it names one year and no other (a caption comparing two
        years gives none: the cells' time is then the text's, as for any sentence)."""
        if not self.year_head:
            return ""
        years = self._years_named(caption)
        if len(years) > 1 and self._date_note is not None:
            # (表1 2025年各区县城镇新增就业（2026年1月）: a date in brackets after the title, the month the table was
            # made or released in (tables.yaml date_notes), is no time of its cells where the title names its year)
            years = self._years_named(self._date_note.sub("", caption))
        return years.pop() if len(years) == 1 else ""

    def _years_named(self, caption: str) -> set[str]:
        """The years a caption names with the year word after them (2025年)."""
        return {m.group() for m in _YEAR.finditer(caption) if caption.startswith(self.year_head, m.end())}

    def _caption_span(self, caption: str, year: str) -> str:
        """The part of the year the caption names right after its one year (2025年上半年, 2025年前三季度, 2025年1—6月:
        tables.yaml span_head), else "". Why: the caption's year alone would date every cell the whole year, where the
        table counts only that part of it (a half-year report's table of its key groups' jobs)."""
        if self.span_head is None:
            return ""
        if not year:
            # (表1 前三季度重点群体就业情况: a caption that opens with the part alone, in the year the text gives)
            caption = caption.strip()
            m = self.span_head.match(caption)
            return m.group() if m is not None and m.group() != caption else ""
        k = caption.find(year + self.year_head)
        if k < 0:
            return ""
        m = self.span_head.match(caption, k + len(year) + len(self.year_head))
        return m.group() if m is not None else ""

    def _listed(self, caption: str) -> list[str] | None:
        """The units the caption's unit note lists (None where it has no note), up to a closing bracket: a
        note may stand in brackets on its own line (（单位：张、%）). The last note, nearest the head: a caption run
        on from a line before it that held another's (本年收费金额（单位：万元） … （单位：件） 本年度办理结果 …)
        names its own. A note that lists no unit at all is none: a form's head names its reporting body with the same
        word (填报单位：某县卫生健康局 over a sheet's rows), no unit its cells count in."""
        for note in self.notes:
            k = caption.rfind(note)
            if k < 0:
                continue
            listed = caption[k + len(note):]
            if (m := _CLOSE.search(listed)) is not None:
                listed = listed[:m.start()]
            for sep in self.separators:
                listed = listed.replace(sep, "\n")
            units = [u.strip() for u in listed.split("\n") if u.strip()]
            if units and k > 0 and unicodedata.category(caption[k - 1]) == "Lo" \
                    and not any(self.unit_word(u) for u in units):
                continue  # (a body's name after a word the note word ends: 填报单位：…)
            return units
        return None

    def note_at(self, text: str) -> tuple[int, str] | None:
        """Where a unit note in the sentence (单位：万元) ends, and what it begins with: its first unit and what was
        run on after it (单位：万元 run on into the head: 万元指标2025年…); None where the sentence holds no unit note."""
        for note in self.notes:
            k = text.find(note)
            if k >= 0:
                listed = self._listed(text[k:])
                return (k + len(note), listed[0]) if listed else None
        return None

    def _title(self, caption: str) -> str:
        """The caption's title (`Head.title`): its words after the last mark that ends a sentence (the lines above the
        head may hold the end of a paragraph) and before its unit note (单位：亿元), gaps and brackets at its ends cut."""
        text = _GAPS.sub("", caption)
        cut = max((text.rfind(ch) for ch in self.label_not), default=-1)
        text = text[cut + 1:]
        at = min((k for w in self.notes if (k := text.find(w)) >= 0), default=len(text))
        return text[:at].strip("".join(ch for ch in text[:at] if unicodedata.category(ch) in ("Ps", "Pe")) + " ")

    def _note_unit(self, caption: str) -> str | None:
        """The caption's one unit other than percent ("" where it gives none); None where it lists two."""
        listed = self._listed(caption)
        if listed is None:
            return ""
        units = [u for u in listed if u not in self.marks]
        if len(units) != 1 or self._unit(units[0]) is None:
            return None
        return units[0]

    def _settled(self, columns: list[Column], note: str) -> tuple[list[Column], str] | None:
        """The columns with what the caption's unit note gives them, and the note's one unit ("" where it gives
        none or several): a share column without its mark (比重) takes the note's percent mark, and where the
        note lists several units (单位：所、人) each level column the one of them its word counts in (学校数 所,
        招生数 人: tables.yaml column_units). None where a share column finds no percent mark or a column no
        unit, or takes two: which is it?"""
        listed = self._listed(note) or []
        percent = any(u in self.marks for u in listed)
        units = [u for u in listed if u not in self.marks]
        # (a share column under no unit note at all, 项目 全年执行数（万元） 执行率: a row is read only where its share cell
        # writes its own mark, 99.6%; a bare one, 99.6, gives no figure: `_plain_row`. Under a note of other units alone,
        # 单位：万元, its cells would read in them: no table)
        if any(c.share for c in columns):
            if not percent and listed:
                return None
            if percent:
                columns = [replace(c, percent=True) if c.share else c for c in columns]
        if len(units) <= 1:
            note_unit = self._note_unit(note)
            return None if note_unit is None else (columns, note_unit)
        if any(self._unit(u) is None for u in units):
            return None
        out = []
        for col in columns:
            if col.unit or col.percent:
                out.append(col)
                continue
            fits = [u for u in units if u in self.column_units.get(col.said, ())]
            if col.role != "level" or col.year or col.base or len(fits) != 1:
                return None
            out.append(replace(col, unit=fits[0], word=col.said))
        return out, ""

    def _growth_table(self, caption: str, note: str, columns: list[Column]) -> bool:
        """Whether the caption's title (`_title` of `caption`) ends in a growth word (tables.yaml growth_titles:
        主要经济指标累计增速) over a unit note of a percent mark alone (单位：%) and value columns that are all plain
        levels (years, parts of the year): then every cell is a growth in percent. A note with another unit (单位：亿元、%)
        or a column of its own role, mark or unit leaves the table as it reads."""
        listed = self._listed(note) or []
        if not self.growth_titles or not self._title(caption).endswith(self.growth_titles) or not listed:
            return False
        if any(u not in self.marks for u in listed):
            return False
        return all(c.role == "level" and not c.percent and not c.unit and not c.base and not c.share for c in columns)

    def _marked_elsewhere(self, head: Head, col: Column) -> bool:
        """Whether under a unit note listing a percent mark (单位：人、%) a column other than the difference column `col`
        reads its cells with that mark: a growth column with no unit of its own (增长, 增幅) or a share (比重). Then the
        note's other unit is the counts', and the difference (增减) counts in it."""
        return any(c is not col and c.role == "change" and not c.unit and c.said not in self.amount_changes or c.share
                   for c in head.columns)

    def _note_percent(self, caption: str) -> bool:
        """Whether the caption's unit note lists a percent mark (单位：吨、%)."""
        return any(u in self.marks for u in self._listed(caption) or ())

    def _blanks(self, text: str, end: bool) -> tuple[str, int]:
        """`text` without the blank cells (—) at its end (end=True) or before its numbers, and how many."""
        n = 0
        while self.blanks:
            rest = text.rstrip()
            mark = next((w for w in self.blanks if rest.endswith(w)), "")
            if not mark:
                break
            text, n = rest[:-len(mark)], n + 1
        return (text.rstrip() if end and n else text), n

    def labelled_row(self, label: str, text: str, head: Head) -> list[Cell] | None:
        """The figures of a row's cells set on a line of their own with no label, between the two lines its label is
        set over (中等职业教育在校生 / 3.12 万人 2.4 / （不含技工学校）: a cell centred in a two-line row): read as the row
        with `label` (its two lines joined) before them, each cell's offsets in `text`; None where `text` opens with no
        cell or so reads no row."""
        opening = _FIRST_CELL.match(text)
        if not label or opening is None or opening.end() != 0:
            return None
        cells = self.row(label + text, head)
        if not cells:
            return cells
        n = len(label)
        return [replace(c, q=replace(c.q, start=c.q.start - n, end=c.q.end - n, num_start=c.q.num_start - n,
                                     num_end=c.q.num_end - n)) for c in cells]

    def row(self, text: str, head: Head, below: str = "") -> list[Cell] | None:
        """The figures of a row under `head`, or None where `text` is no such row; none ([]) for a row
        of more cells than columns where a gap may be a thousands mark inside a cell (8 560 9 012),
        and after such a row for one whose gaps may be (`Head.grouped`); none for a row whose two cells ran
        together more ways than one: the caller reads the rows after each row under the head `after` gives.
        below: the sentence under the row, where it may be the rest of its label (a plan's table of indicators:
        `_framed_row`)."""
        cells = self._row(text, head, below)
        if cells and head.columns[0].place:
            # (a table whose columns are places: every cell its column's, a row that skips one read by none)
            if len(cells) != len(head.columns):
                return None
            cells = [replace(c, place=col.place) for c, col in zip(cells, head.columns, strict=True)]
        if not cells or not head.span or any(c.span or c.within not in ("", CURRENT) for c in head.columns):
            return cells
        # (表1 2025年上半年…: a cell whose column names no time of its own is of the caption's part of the year, in its
        # year or, under 上年同期, the year before; a head with columns of parts of the year or of a month keeps theirs;
        # a row whose label names its own, 6月末存款余额 under 2026年1—6月, is of that: a stock at June's end)
        own = self.span_head.search(cells[0].label) if self.span_head is not None else None
        span = own.group() if own is not None else head.span
        # (… but a year column whose word names the whole year, 2025年全年 beside 1—11月 under 2026年1—11月…, is of
        # that whole year: tables.yaml whole_year_ends)
        whole = {k for k, col in enumerate(head.columns) if col.year and self.whole_year_ends
                 and col.said.endswith(self.whole_year_ends)} if len(cells) == len(head.columns) else set()
        return [replace(c, span=span) if (c.year or not c.base) and not c.span and c.within in ("", CURRENT)
                and k not in whole else c for k, c in enumerate(cells)]

    def _row(self, text: str, head: Head, below: str = "") -> list[Cell] | None:
        """`row`, before the caption's part of the year is given to its cells."""
        if head.columns and head.columns[-1].role == "note":
            # (… 增长5.5%左右 预期性 under … 2027年预期目标 备注: the remark's cell gives no figure, words or not; it is
            # cut with its column, the cells before it read under the columns before it; a row that leaves the remark
            # empty reads whole under those)
            plain = replace(head, columns=head.columns[:-1])
            last = _LAST_CELL.search(text.rstrip())
            if last is None or not plain.columns:
                return None
            cut = self._row(text[:last.start()], plain, below) if last.start() > 0 else None
            if cut or not any(ch.isdigit() for ch in last.group(1)):
                return cut
            return self._row(text, plain, below)
        if head.columns and head.columns[-1].role == "score":
            # (… 107.2 第2位 under … 完成率（%） 全省排名: the score's cell, its number alone, gives no figure; the
            # cells before it keep their offsets)
            text = self.ranked(text, False)
        if head.listed:
            return self._listed_row(text, head)
        if head.halves:
            return self._halves(text, head)
        if head.years:
            return self._year_row(text, head)
        if head.numbered or head.trail:
            frame = self.framed(text, head.numbered, head.trail)
            if frame is None:
                return None
            # (the row number blanked, so that the cells keep their offsets in the sentence)
            text = " " * frame[0] + text[frame[0]:frame[1]]
            plan = None
            if head.columns[-1].plan:  # (its last cell read apart: `_plan_cell`)
                plan = _LAST_CELL.search(text.rstrip())
                if plan is None:
                    return None
                plan_column = head.columns[-1]
                text, head = text[:plan.start()], replace(head, columns=head.columns[:-1])
            cells = self._framed_row(text, head, below)
            if not cells and head.numbered and head.trail and head.unit_cell:
                return []  # (its number before, its word after: a row whatever its cells say, 已完成, none read)
            if not cells:
                return [] if cells is not None or self._unsure(text, head) else None
            if plan is not None and (cell := self._plan_cell(plan, plan_column, cells)) is not None:
                cells.append(cell)
            return cells
        if head.ratio:  # (幼儿园 26 6248 486 12.9:1: the ratio's cell, no figure, is no column of the head's)
            text = _RATIO_CELL.sub("", text)
        if head.unit_at:
            return self._unit_within(text, head)
        if head.unit_cell and (closing := self._unit_closing(text, head)):
            return closing  # (a row that reads no figure so reads as any row)
        got = self._plain_row(text, head)
        if got is None and self.percent and _EXCEL.search(text):
            got = self._marked_row(text, head)
        if got is None and _BRACKETED.search(text) is not None:
            got = self._bracketed_row(text, head)
        if got is None:
            got = self._worded_row(text, head)
        return got

    def _worded_row(self, text: str, head: Head) -> list[Cell] | None:
        """The figures of a row of a goal-and-done table whose cells are written as words would be, where the row reads
        no other way: its last cell a word of how far the goal was met (基本完成 under 完成情况: tables.yaml word_cells)
        gives no figure, the cells before it read under the columns before it; a cell that writes its own percent
        mark, a growth word before it maybe (增长6%左右 under 年度目标, in a row of 亿元), is a percentage by its own
        mark whatever the row's unit, its role the column's (a goal's growth a target; a level column's a change); a
        cell of words alone after the row's first number (完成省市下达任务 under 2027年预期目标, 未完成 under 完成情况
        before a rank's 第7位) is a blank cell, no figure; cells with their own units beside such a growth cell
        (186.4亿元 | 增长3%) read as `_measured` reads them. Each figure's offsets and quote the written ones; None where
        nothing of the kind is in the row."""
        body = text.rstrip()
        if self.word_cells and head.columns and (words := self.word_cells.get(head.columns[-1].said)) \
                and (last := _LAST_CELL.search(body)) is not None and last.group(1) in words:
            body, head = body[:last.start()].rstrip(), replace(head, columns=head.columns[:-1])
        elif body == text.rstrip() and self._worded_cell.search(body) is None and self._word_only(body) is None:
            return None
        if not head.columns:
            return None
        cells, at, grown = None, [], set()
        for keep in (False, True):
            # (first each worded cell's number alone, its mark taken out, the row read as a plain one; then, where that
            # reads none, a row of cells with their own units, 186.4亿元 增长3%: each cell's mark kept, its growth word
            # out, read as such a row is)
            bare, at, marked, grown = self._unworded(body, keep, head)
            if bare == text.rstrip():
                return None
            cells = self._plain_row(bare, head, frozenset(marked)) if not keep else self._measured(bare, head)
            if cells is not None:
                break
        if not cells:
            return cells
        out = []
        for c in cells:
            q = c.q
            start, stop = at[q.start], at[q.end]  # (… to the next character kept: past a percent mark taken out)
            role = "change" if q.num_start in grown and c.role == "level" else c.role
            out.append(replace(c, role=role, q=replace(q, start=start, end=stop, quote=text[start:stop],
                                                        num_start=at[q.num_start], num_end=at[q.num_end - 1] + 1)))
        return out

    def _blank_words(self, m: regex.Match[str], body: str, head: Head) -> bool:
        """Whether a cell of words alone (`m`) stands under a column where words say no number is given: a goal's
        (完成上级下达目标 under 2027年预期目标: a goal set as a task) or a column of how far each goal was met whose words
        these are (未完成 under 完成情况, tables.yaml word_cells); its column counted from the row's end, each cell after
        it one column. Under any other column (基本完成 under 增长（%）) the row is none of these tables'."""
        k = len(head.columns) - 1 - len(body[m.end():].split())
        if k < 0:
            return False
        col = head.columns[k]
        return col.role == "target" or m.group() in self.word_cells.get(col.said, ())

    def _word_only(self, body: str) -> regex.Match[str] | None:
        """The first cell of words alone (完成省市下达任务: a goal set with no number) after the row's first number."""
        first = _DIGIT.search(body)
        return _WORDS_CELL.search(body, first.end()) if first is not None and self.word_blank else None

    def _unworded(self, body: str, keep: bool, head: Head) -> tuple[str, list[int], set[int], set[int]]:
        """`body` with each worded cell (增长6%左右) its number and qualifier alone (keep: its percent mark too), and each
        cell of words alone after its first number (完成省市下达任务) a blank cell's mark: the row as written without
        words, where each of its characters stands in `body` (one more: its end), where the numbers whose mark was
        taken out end, and where the numbers a growth word stood before start."""
        edits = [(m.start(), m.end(), m.start("number"), m.end("number") + (1 if keep else 0), bool(m.group("word")))
                 for m in self._worded_cell.finditer(body)]
        if (first := self._word_only(body)) is not None:
            edits += [(m.start(), m.end(), -1, -1, False) for m in _WORDS_CELL.finditer(body, first.start())
                      if self._blank_words(m, body, head)]
        pieces: list[str] = []
        kept: list[int] = []
        marked, grown, k, size = set(), set(), 0, 0
        for s0, e0, n0, n1, word in sorted(edits):
            if s0 < k:
                continue
            pieces.append(body[k:s0])
            kept.extend(range(k, s0))
            size += s0 - k
            if n0 < 0:  # (a cell of words: a blank's mark, standing where the words start)
                pieces.append(self.word_blank)
                kept.append(s0)
                size += 1
            else:
                pieces.append(body[n0:n1])
                kept.extend(range(n0, n1))
                if not keep:
                    marked.add(size + n1 - n0)
                if word:
                    grown.add(size)
                size += n1 - n0
            k = e0
        pieces.append(body[k:])
        kept.extend(range(k, len(body)))
        return "".join(pieces), [*kept, len(body)], marked, grown

    def _unit_within(self, text: str, head: Head) -> list[Cell] | None:
        """The figures of a row under a head whose unit column stands between its value columns (学校数 1,286 所 -1.8,
        under 指标 2025年 单位 比上年增长（%）): read with the unit set after the label, as a unit column there is, each
        cell's offsets moved back to where it stands; None where the row's cell after its first `head.unit_at` cells
        is no unit (or its label's mark)."""
        body = text.rstrip()
        first = _FIRST_CELL.search(body)
        if first is None or not body[:first.start()].strip():
            return None
        end, at = first.span()  # (the label's end, the first cell's start past the gap)
        tokens = [m.span() for m in _WORD_RUN.finditer(body, at)]
        if len(tokens) <= head.unit_at + 1:
            return None
        u_s, u_e = tokens[head.unit_at]
        unit = body[u_s:u_e]
        if any(not _FIRST_CELL.match(body, s) or body[s:e] == unit for s, e in tokens[:head.unit_at]) \
                or _FIRST_CELL.match(body, u_s) or (unit not in self.marks and self._unit(unit) is None):
            return None
        gap = tokens[head.unit_at - 1][1]  # (the gap before the unit cell, dropped with it)
        got = self._plain_row(body[:end] + unit + body[at:gap] + body[u_e:], head)
        if not got:
            return got
        n = len(unit) - (at - end)
        cut = end + len(unit) + (gap - at)  # (where the cells after the unit's stand in the text read)

        def back(k: int) -> int:
            return k - n if k <= cut else k - n + (u_e - gap)

        return [replace(c, q=replace(c.q, start=back(c.q.start), end=back(c.q.end), num_start=back(c.q.num_start),
                                     num_end=back(c.q.num_end))) for c in got]

    def _unit_closing(self, text: str, head: Head) -> list[Cell] | None:
        """The figures of a row under a head with a unit column whose unit cell closes the row (城镇新增就业 18,624
        18,206 418 人, under 指标 2025年 2024年 增减 计量单位): read with the unit set after the label, as a unit column
        there is, each cell's offsets moved back to where it stands; None where the row ends in no unit after its
        cells (a row with its unit after the label reads as any such row)."""
        m = _CLOSING_UNIT.search(text)
        if m is None or (m.group(1) not in self.marks and self._unit(m.group(1)) is None):
            return None
        body = text[:m.start()]
        cells = _FIRST_CELL.search(body)
        if cells is None or not body[:cells.start()].strip():
            return None
        end, first = cells.span()  # (the label's end, the first cell's start past the gap)
        # (the unit run on to the label, the gap after it the one before the cells: 城镇新增就业人 18,624 …, as the
        # layout sets a row with its unit cell after its label)
        got = self._plain_row(body[:end] + m.group(1) + body[first:] if first > end else body[:end] + m.group(1)
                              + body[end:], head)
        if not got:
            return got
        n = len(m.group(1)) - (first - end)
        return [replace(c, q=replace(c.q, start=c.q.start - n, end=c.q.end - n, num_start=c.q.num_start - n,
                                     num_end=c.q.num_end - n)) for c in got]

    def _bracketed_row(self, text: str, head: Head) -> list[Cell] | None:
        """The figures of a row some of whose cells are plain numbers in brackets ((3.5) or in full-width ones, an
        accounting table's way of writing a fall, or a figure held apart): a row of the table, so the rows after it
        still read under the head (the table ended at it), but each bracketed cell gives no figure, its sign unsure
        (a minus in an accounting sheet, a figure set apart elsewhere: a wrong sign is worse than none; the spreadsheet
        formats with thousands marks or two decimals are `_marked_row`'s). The other cells read as the row read with
        the brackets out (a gap set around each bracketed number where none was, as between plain cells), each with its
        written offsets. None where a bracketed number is no cell of the row so read (增加值（1）: its label's)."""
        pieces: list[str] = []
        spans: list[tuple[int, int, int]] = []  # (start, end in bare, how much further on the text is after it)
        written: list[regex.Match[str]] = []  # … and each as written
        k = 0
        for m in _BRACKETED.finditer(text):
            gap = "" if m.end() == len(text) or text[m.end()].isspace() else " "
            pieces.append(text[k:m.start()] + (" " if text[:m.start()][-1:].isdigit() else ""))
            at = sum(map(len, pieces))
            pieces.append(m.group(1) + gap)
            spans.append((at, at + len(m.group(1)), m.end() - (at + len(m.group(1) + gap))))
            written.append(m)
            k = m.end()
        pieces.append(text[k:])
        cells = self._plain_row("".join(pieces), head)
        if cells is None:
            return None
        bracketed = [c for c in cells if any(a < c.q.num_end and c.q.num_start < b for a, b, _ in spans)]
        if len(bracketed) != len(spans):
            return None
        # (a whole number in brackets under a change column of amounts, 比上年末增减（张） 98 （2） 76, is a fall as
        # accountants write one: the column says its cells are changes of a count, and a count's change set apart in
        # brackets has no other reading. It reads as the layout repair reads a decimal one after a wide gap
        # (`repair.layout.fold_width`): -2 from the opening bracket to the closing. A growth rate's, 比上年增长（%）
        # (4.2), or a decimal's stays no figure, its sign unsure: numforms48)
        falls = {id(c): m for c, m in zip(bracketed, written, strict=True)
                 if c.role == "change" and c.q.unit != "percent" and "." not in m.group(1)}
        out = []
        for c in cells:
            m = falls.get(id(c))
            if m is not None:
                out.append(replace(c, q=replace(c.q, start=m.start(), end=m.end() - 1, quote="-" + m.group(1),
                                                value=-c.q.value, num_start=m.start(), num_end=m.end() - 1)))
        kept = [c for c in cells if c not in bracketed]

        def back(k: int) -> int:
            """A position in the bare row outside a bracketed number as one in `text`."""
            return k + next((shift for a, _, shift in reversed(spans) if a < k), 0)

        for c in kept:
            q = c.q
            start, stop = back(q.start), back(q.end)
            out.append(replace(c, q=replace(q, start=start, end=stop, quote=text[start:stop],
                                            num_start=back(q.num_start), num_end=back(q.num_end))))
        return sorted(out, key=lambda c: c.q.start)

    def _marked_row(self, text: str, head: Head) -> list[Cell] | None:
        """The figures of a row pasted from a spreadsheet in its number formats, where the row is read no other way:
        a cell that writes its percent mark (8.4% under 增减率 beside amounts in the note's 千元) is a percentage
        whatever its column's mark; an accounting negative in brackets ((52,780.00): thousands marks or two decimals)
        is that number less than nought; a number too wide for its column in scientific form (1.32E+06) is the whole
        number it shows, where that is whole. Read with those cells written plain, each figure's offsets and quote
        the written ones."""
        spans: list[tuple[int, int, str]] = []  # (start, end in text, what it reads as)
        for m in _EXCEL.finditer(text):
            if m.group("neg"):  # (a gap kept before and after it where the brackets stood)
                spans.append((m.start(), m.end(), " -" + m.group("neg") + " "))
            elif m.group("mant"):
                whole, part, power = m.group("int"), m.group("frac") or "", int(m.group("exp"))
                if power < len(part):
                    return None  # (1.234E+02: no whole number)
                spans.append((m.start(), m.end(), whole + part + "0" * (power - len(part))))
            else:
                spans.append((m.start(), m.end(), ""))
        if not spans:
            return None
        pieces, moved, k = [], [], 0  # moved: (start, end in bare, start, end in text)
        for a, b, plain in spans:
            pieces.append(text[k:a])
            at = sum(map(len, pieces))
            pieces.append(plain)
            moved.append((at, at + len(plain), a, b))
            k = b
        pieces.append(text[k:])
        bare = "".join(pieces)
        ends = frozenset(s0 for (s0, _, _, _), (_, _, plain) in zip(moved, spans, strict=True) if not plain)
        cells = self._plain_row(bare, head, ends)
        if not cells:
            return cells

        def back(k: int, end: bool, take: bool = False) -> int:
            """A position in `bare` as one in `text`: inside a cell written plain, its written start or end; an end
            at a percent mark taken out before it, or after it where `take`."""
            shift = 0
            for s0, e0, a, b in moved:
                if s0 == e0:
                    if k < s0 or k == s0 and not take:
                        break
                elif k <= s0:
                    break
                elif k < e0:
                    return b if end else a
                shift = b - e0
            return k + shift

        out = []
        for c in cells:
            q = c.q
            start, stop = back(q.start, False), back(q.end, True, True)
            out.append(replace(c, q=replace(q, start=start, end=stop, quote=text[start:stop],
                                            num_start=back(q.num_start, False), num_end=back(q.num_end, True))))
        return out

    def _plain_row(self, text: str, head: Head, marked: frozenset[int] = frozenset()) -> list[Cell] | None:
        """The figures of a row under a head of plain columns (`row`); marked: where the numbers end whose
        percent mark was taken out (`_marked_row`)."""
        text, after = self._blanks(text, True)  # 居民消费价格指数 % 99.8 —: a blank cell after the numbers
        glued = self._glued(text, head)
        if glued is None and len(self._parts(text, head)) > 1:
            # 饲料 万吨 92.4512.6: a row whose two cells ran into each other and part more ways than one (92.45|12.6,
            # 92.451|2.6): no figure, but a row, and the rows after it still read under the head
            label = text[:_GLUED.search(text).start()]  # type: ignore[union-attr]
            unit = not head.unit_cell or any(self._unit(label[-n:]) is not None
                                             for n in range(1, min(self.unit_max, len(label) - 1) + 1))
            return [] if unit and self.row_label(label) else None
        if glued is not None:
            cells, opens = glued, glued[0][0]
        else:
            m = self._cells.search(text)
            if m is None:
                return self._measured(text, head)
            cells, opens = [(c.start(), c.group(1), c.group(2)) for c in self._cell.finditer(text, m.start())], m.start()
        label, before = self._blanks(text[:opens], False)  # 工业增加值 % — 8.7: one before them
        if not self.row_label(label):
            return self._measured(text, head) if glued is None else None  # 地区生产总值 428.6亿元 5.4
        unit, unread, bare = "", False, False
        if head.unit_cell:
            unit = next((label[-n:] for n in range(min(self.unit_max, len(label) - 1), 0, -1)
                         if self._unit(label[-n:]) is not None), "")
            whole = label.strip()
            if whole != unit and len(whole) <= self.unit_max and self._unit(whole) is not None:
                # 亿千瓦时 9.86 102.34 3.6 where the reader set the row's label elsewhere (pdftotext with a narrow
                # column spacing): the unit cell whole, 亿 its magnitude, no label of 亿 over 千瓦时
                unit, label, bare = whole, "", True
            if not unit and not before:
                return None
            if unit:
                label = label[:-len(unit)]
            else:  # 规模以上工业增加值 — — 7.4: the first blank is the unit cell's; only a percent column reads then
                before -= 1
        else:
            m = _LABEL_UNIT_END.search(label.strip())  # (the last brackets: 执业（助理）医师数（人）)
            if m is not None and m.end() == len(label.strip()):
                # 货物周转量（万吨公里）: a row with a unit of its own that no measure word reads: its levels give no
                # figure, its growth in a percent column does, the rows after it still read (a part under it takes
                # no unit from a row above it: `after`)
                # (a label's brackets that hold no unit are its words: 社区卫生服务中心（站）)
                unread = self._unit(m.group(1)) is None
                if not unread:
                    unit, label = m.group(1), label.strip()[:m.start()]
            elif self.change_labels and (mark := next((w for w in self.marks if label.strip().endswith(w)), "")) \
                    and label.strip()[:-len(mark)].rstrip().endswith(self.change_labels):
                # 比上年增长% 3.1 2.8 under 指标 2021年 … 2025年: a growth row's percent mark at its label's end with no
                # bracket, its unit as 比上年增长（%）'s bracket would be
                unit, label = mark, label.strip()[:-len(mark)]
            elif head.carried and (head.parts or label.strip().startswith(self.part_labels)):
                unit = head.carried  # 其中：公路 under 货运量（万吨）, and 水路 after it: parts in their whole's unit
            elif head.parts:  # … parts of a row whose unit nothing reads: their levels give no figure either
                unread = True
        label = label.strip()
        if not label and not bare:
            return None
        if (len(cells) > len(head.columns) or head.grouped) and _grouped([c for _, c, _ in cells]):
            return []  # 床位 张 8 560 9 012: a row, but which gap parts two cells? no figure, the table goes on
        # the columns the cells stand under: a blank cell between two takes a column of its own
        at_column, skipped = [], 0
        for i, (at, _, _) in enumerate(cells):
            if i and self._inner is not None:
                skipped += len(self._inner.findall(text, cells[i - 1][0] + len(cells[i - 1][1]), at))
            at_column.append(before + i + skipped)
        count = len(cells) + skipped + before + after
        if count == len(head.columns) - 1 and head.columns[-1].role == "score" \
                and (self.total_label(label) or _GAPS.sub("", label) in self.whole_labels):
            # (县（市、区） 新增就业（人） 比上年增长% 排名 / 合计 41200 2.6: the rows' total has no rank, its last cell
            # left empty with nothing to mark it; its cells stand under the columns before the rank. So too the whole
            # area's row over its parts', 乡镇 床位数（张） 比上年末增减（张） 排名 / 全县 486 18)
            count += 1
        if count != len(head.columns):
            # (每千常住人口床位 张 7.86 under 指标 单位 2025年 比上年增长: a sheet's row that names its unit in the unit
            # column and leaves its last cells empty, no blank mark in them: which columns its cells stand under no
            # gap says, so no figure; but it is a row, and the rows after it read on under the head)
            return [] if head.unit_cell and unit and not bare and 0 < count < len(head.columns) else None
        columns = [head.columns[k] for k in at_column]
        measured = self._unit(unit) if unit else None
        rate = measured is not None and measured.unit in self._rates
        growth = bool(self.change_labels) and label.endswith(self.change_labels)
        # a row whose level cells are all blank (规模以上工业增加值 % — 8.7): the rate its unit cell names is
        # the growth itself, no rate whose change might be in points
        growth_only = rate and before > 0 and all(c.role == "change" for c in columns)
        # a rate's row with no unit of its own (城镇化率) under a unit note listing a percent mark (单位：人、%): its
        # levels are percentages, not the note's other unit; its differences percent or points? none
        rated = not unit and head.note_percent and any(w in label for w in self.percent_rows)
        out = []
        for (at, number, tail), col in zip(cells, columns, strict=True):
            if col.role == "score":
                continue  # (a score's points: no figure)
            # (a unit note's percent mark (单位：人、%) is no word on a difference column, 增减: it may be the growth
            # column's beside it, or the rates'; the difference is a percentage only where its own mark says so)
            difference = col.role == "change" and not col.unit and not col.percent and col.said in self.amount_changes
            percent = col.percent or col.role == "change" and head.note_percent and not col.unit and not difference
            own = at + len(number) in marked  # (its percent mark written in the cell: a percentage, no amount)
            if own and col.unit:
                return None  # 绝对数（亿元） over 8.4%: which one says true?
            percent, difference = percent or own, difference and not own
            # (a column whose word names a difference, 增减, beside a row that names its unit: an amount of that unit;
            # so under a unit note of one unit and no percent mark, 单位：人 / 学段 2024年 2025年 增减: the note's unit,
            # and under a note of a unit and a percent mark where another column takes the mark, 单位：人、% / 2024年
            # 2025年 增减 增长: the note's unit is the counts' and the difference's)
            # (… but a rate's row, 城镇化率, holds percentages whose difference may be in points: no figure)
            noted = not unit and bool(head.note_unit) and (not head.note_percent or self._marked_elsewhere(head, col)
                                                           and not rated)
            amount = difference and (measured is not None or noted)
            if difference and head.note_percent and not amount:
                continue  # 单位：万元、% / 本年 上年 增减: the difference in 万元 or in percent? no figure, the row goes on
            if col.role == "change" and not percent and not col.unit and not amount:
                return None  # 比上年增长 with no mark over a bare number: an amount or a rate?
            if rate and col.role == "change" and not growth_only:
                continue  # a rate's growth column: percent or points? (the head's mark may mean either)
            # (a change column's own unit is its cells': the row's unit is its levels', and a difference's)
            percent = percent or rated and col.role == "level" and not col.unit
            if col.share and not percent:
                return None  # 执行率 over a bare 99.6, no unit note: a share, in no unit the table gives
            word = self.percent if percent else (col.unit or unit or (head.note_unit if amount else "")) \
                if col.role == "change" else (unit or col.unit or head.note_unit)
            if not word and unread:
                continue
            if not word:
                return None
            probe = number + word + tail  # 6%左右: the finder reads the cell's qualifier after its unit
            qs = self.finder.find(probe)
            if len(qs) != 1 or qs[0].start != 0 or qs[0].end != len(probe):
                return None
            q = qs[0]
            end = at + len(number)
            # (… but a share column's cell, 完成率 beside 规模以上工业增加值增长's plan and result, is the share of the goal
            # done whatever the row grows by: a level)
            role = "change" if growth and col.role == "level" and col.said not in self.percent_only else col.role
            # (… or a year's column, whose word names no count either: 表9 2025年末全市床位情况 单位：张 over 指标 2025年
            # 2024年 增减, the caption's title says what 医院 38426 counts; neither reads a title naming two kinds,
            # 2025年末医疗卫生和养老床位 over 项目 本期 上年同期: which of the two 医院 2318 counts it does not say;
            # a year's column that names its unit, 2025年（张）, keeps its year as its word, which names when, not what)
            counts = head.title and role == "level" and not col.name and not percent \
                and (col.said in self.caption_counts or bool(col.year) and (not col.word or col.word == col.said
                                                                            and self._names_when(col.said)))
            joined = bool(counts) and any(w in head.title for w in self.title_joins)
            title = head.title + col.said if head.title and role == "level" and not col.name \
                and (percent or counts and not joined) else head.title if joined else ""
            out.append(Cell(replace(q, start=at, end=end + len(tail), quote=number + tail, num_start=at, num_end=end,
                                    how="table"), role, col.year or head.year, label, col.name, col.word, title,
                            col.span, base=col.base, within=col.within, joined=joined,
                            caption=head.title if role == "level" and not col.name and not percent else "",
                            when=role == "level" and not col.word and not col.name and self._names_when(col.said)))
        return out

    def _names_when(self, said: str) -> bool:
        """Whether a column's word names only when its cells are (本期, 上年同期, 2024年), no metric of its own (比重)."""
        return said in self.when_words or self._year_word is not None and self._year_word.fullmatch(said) is not None

    def _year_row(self, text: str, head: Head) -> list[Cell] | None:
        """The figures of a row of a table of years (`Head.years`): its label a year and nothing else (2023, 2023年), maybe
        run into its first cell (202315.6: a year is four digits), the time of each cell; each cell a level of its
        column's unit, its subject what the column holds. None where the line opens with no year."""
        m = self._year_label.match(text)
        if m is None:
            return None
        k = m.end()
        # (the year set aside as a word of its length, so that the cells keep their offsets in the sentence)
        cells = self.row(_YEAR_MASK * k + text[k:], replace(head, years=False))
        if not cells:
            return cells
        if any(c.label != _YEAR_MASK * k for c in cells):
            return None  # (a word beside the year: no row of this table)
        return [replace(c, year=m.group(1), label=c.head) for c in cells]

    def _halves(self, text: str, head: Head) -> list[Cell] | None:
        """The figures of a line of a table set in two halves side by side (粮食（万吨） 58.62 1.4 生猪出栏（万头） 42.36
        -3.5): two rows, each read as a row under one half's head, where the line parts into two such rows one way
        only (a part after a cell where a label opens); a line of one row only (the left half of the last line) is
        read as that row. None where it parts no way or more than one: which cells are whose?"""
        one = replace(head, halves=False)
        found: list[list[Cell]] = []
        for m in _HALF.finditer(text):
            left, right = self.row(text[:m.start()], one), self.row(text[m.end():], one)
            if left is None or right is None:
                continue
            k = m.end()
            found.append(left + [replace(c, q=replace(c.q, start=c.q.start + k, end=c.q.end + k,
                                                         num_start=c.q.num_start + k, num_end=c.q.num_end + k))
                                 for c in right])
        if len(found) == 1:
            return found[0]
        return self.row(text, one) if not found else None

    def _framed_row(self, text: str, head: Head, below: str = "") -> list[Cell] | None:
        """The figures of a row of a plan's table of indicators, framed (`framed`): read as any row under a head
        with neither frame, whose every cell takes the unit its label names in brackets (人均预期寿命（岁）) or, where
        the label runs on to the line under the row, the unit that line ends in (每千人口医疗机构 6.43 7.50 / 床位数（张）:
        `below`, a label's words and nothing else; its words are what the cells count, read before them). A cell
        after a bound's mark (<5.5: tables.yaml bound_marks) is that bound."""
        # (the marks taken out, each cell's offsets moved back after: `_moved`)
        marks = [(m.start(), m.group()) for m in self._bound.finditer(text)] if self._bound is not None else []
        if head.unit_cell and (m := self._framed_cells.search(text)) is not None:
            # (a unit cell, 人均预期寿命 岁 77.6 …: the gap before the first cell out, as a row's under any head; a
            # percent column's cells, 55.6%, read bare under their mark)
            gap = _GAPS.match(text, m.start())
            if gap is not None and text[:m.start()].strip():
                marks.append((gap.start(), gap.group()))
            marks += [(k.start(), k.group()) for k in _PERCENT_AFTER.finditer(text, m.start())]
            marks.sort()
        # (… and the brackets of a sum over a plan's years, [4.5], where the head's years tell which: `_plan_years`)
        summed = {m.start(1): m for m in _SUMMED.finditer(text)} if "[" in text else {}
        length = self._plan_years(head) if summed else 0
        if length:
            marks = sorted([*marks, *((m.start(), "[") for m in summed.values()),
                            *((m.end() - 1, "]") for m in summed.values())])
        for at, mark in reversed(marks):
            text = text[:at] + text[at + len(mark):]
        plain = replace(head, numbered=False, trail=frozenset())
        cells = self.row(text, plain)
        rest = _GAPS.sub("", below)
        if not cells and rest and len(rest) <= self.wrap_max and self.row_label(rest) \
                and (m := _LABEL_UNIT.search(rest)) is not None and m.end() == len(rest) \
                and self._unit(m.group(1)) is not None and (k := _UNSURE_CELLS.search(text)) is not None:
            # (read with the rest set at the label's end, 每千人口执业（助理） + 医师数（人）, its cells then moved back)
            cells = self.row(text[:k.start()] + rest + text[k.start():], plain)
            if cells:
                n = len(rest)  # (every cell stands after the label)
                cells = [replace(c, head=rest[:m.start()], q=replace(c.q, start=c.q.start - n, end=c.q.end - n,
                                                                    num_start=c.q.num_start - n, num_end=c.q.num_end - n))
                         for c in cells]
        cells = _moved(cells, marks, self.bound_marks) if cells and marks else cells
        if cells and length:
            # a sum over the plan whose last year its column names: that plan's years (2030年 [4.5] of a plan of five
            # years: 2026-2030); none under a column that names no single year
            cells = [replace(c, year=f"{int(c.year) - length + 1}-{c.year}") if c.q.num_start in summed else c
                     for c in cells if c.q.num_start not in summed or c.year.isdigit()]
        return cells

    def _plan_years(self, head: Head) -> int:
        """How many years a plan of a table of indicators spans, where its year columns tell (2020年 2025年 2030年: each
        the last of a plan of five years): the one gap between its year columns side by side, two years at least; 0
        where they tell none (one year column, or gaps that differ), and a cell summed over a plan's years ([4.5]) then
        gives no figure. (A year column that names its role counts too: 2025年基期值 2030年目标值.)"""
        years = [int(c.year) for c in head.columns if c.year.isdigit() and c.role in ("level", "target")]
        gaps = {b - a for a, b in itertools.pairwise(years)}
        return gaps.pop() if len(gaps) == 1 and min(gaps) >= 2 else 0

    def _plan_cell(self, m: regex.Match[str], col: Column, cells: list[Cell]) -> Cell | None:
        """The figure of a row's cell under a plan's column of the yearly growth over its span (`Column.plan`; m: the
        cell, `_LAST_CELL`), beside the row's other figures (`cells`), or None where its unit is not sure: a cell that
        writes its own mark (7%左右) is a rate; a bare number (8) one only where the head's word carries the mark
        (年均增长（%）), where the row is itself a growth in percent (增速（%）: its other cells changes in percent), or
        where the row's levels of its first and last years grow by that rate a year (180 to 240 in five years: 5.9),
        never one in the row's own unit (8亿元?). The span its column names is its time."""
        token, at = m.group(1), m.start(1)
        qs = self.finder.find(token)
        if len(qs) == 1 and qs[0].start == 0 and qs[0].end == len(token) and qs[0].unit:
            if qs[0].unit not in self._rates:
                return None
            q = qs[0]
        elif (bare := _bare_tailed(token, self.cell_tail)) is not None:
            # (a bare number, maybe with its qualifier word after it: 6左右 under 年均增长（%）, read as 6%左右)
            number, tail = bare
            growth = self.change_labels and cells[0].label.endswith(self.change_labels) \
                and all(c.q.unit in self._rates and c.role == "change" for c in cells)
            if not (col.percent or growth or _compounds(cells, float(number))):
                return None
            qs = self.finder.find(number + self.percent + tail)
            if len(qs) != 1 or qs[0].start != 0 or qs[0].num_end != len(number) \
                    or qs[0].end != len(number) + len(self.percent) + len(tail):
                return None
            q = replace(qs[0], end=len(token), quote=token)
        else:
            return None  # (a blank cell, a sum over the plan's years in brackets: no figure)
        q = replace(q, start=at + q.start, end=at + q.end, num_start=at + q.num_start, num_end=at + q.num_end, how="table")
        return Cell(q, "change", col.year, cells[0].label)

    def _unsure(self, text: str, head: Head) -> bool:
        """Whether a framed row that gives no figure is still a row of the table: a label, then as many cells as
        the head has columns, each a number or a number in brackets ([15000]: a sum over the plan's years) or
        after a bound's mark (<5.5). Such a row, or one whose unit stands on its label's next line (每千人口床位数
        6.43 7.50 / （张）), gives no figure; the rows under it go on under the head."""
        m = self._framed_cells.search(text)
        if m is None or not self.row_label(text[:m.start()]) or not text[:m.start()].strip():
            return False
        return len(m.group().split()) == len(head.columns)

    def after(self, text: str, head: Head, cells: list[Cell]) -> Head:
        """The head the row after `text` (a row under `head`, whose figures are `cells`) reads under: one whose
        rows' gaps may mark thousands after a row that showed such a gap (8 560 9 012), the unit a row names in
        brackets at the end of its label (货运量（万吨）) carried to the rows that are its parts (其中：公路 2865,
        then 水路 321), until a row names its own unit again (a part may not follow a row whose unit nothing
        reads, 货物周转量（万吨公里）: its parts give no figure either, nor one whose unit came from elsewhere)."""
        if head.halves or head.years:
            return head  # (two rows a line: a row's unit carried to its parts reads under one half only)
        m = self._cells.search(text)
        opens = min(m.start() if m is not None else len(text), cells[0].q.start if cells else len(text))
        label = self._blanks(text[:opens], False)[0].strip()
        if not cells:
            numbers = [c.group(1) for c in self._cell.finditer(text, opens)]
            if _grouped(numbers):
                return replace(head, grouped=True)
            m = _LABEL_UNIT.search(label)
            return replace(head, carried="", parts=True) if m is not None and m.end() == len(label) else head
        m = _LABEL_UNIT.search(label)
        if m is not None and m.end() == len(label):  # (its unit unread: its parts give no level either)
            return replace(head, carried=m.group(1), parts=False) if self._unit(m.group(1)) is not None \
                else replace(head, carried="", parts=True)
        if head.carried and label.startswith(self.part_labels):
            return replace(head, parts=True)
        if head.carried and not head.parts:
            return replace(head, carried="")
        return head

    def _parts(self, text: str, head: Head) -> list[int]:
        """The ways two decimals run into each other at the end of a row of a two-column table part (31.84100.0):
        each the first cell's decimals, where the second's whole part opens on no 0 (unless it is 0) and a
        percent column's cell is at most 100. [] where the row ends in no such run."""
        m = _GLUED.search(text)
        if m is None or len(head.columns) != 2:
            return []
        whole, middle, tail = m.groups()
        out = []
        for k in range(1, len(middle)):
            second = middle[k:]
            if second[0] == "0" and len(second) > 1:
                continue
            values = (float(f"{whole}.{middle[:k]}"), float(f"{second}.{tail}"))
            if any(col.percent and v > 100 for col, v in zip(head.columns, values, strict=True)):
                continue
            out.append(k)
        return out

    def _glued(self, text: str, head: Head) -> list[tuple[int, str, str]] | None:
        """The two cells of a row whose decimals ran into each other (31.84100.0 → 31.84, 100.0): parted where
        the table's first column has its decimals (`Head.decimals`), else where the row parts one way only;
        None where it ends in no such run or may part more ways than one (no figure: which is right?)."""
        parts = self._parts(text, head)
        k = head.decimals if head.decimals in parts else 0 if head.decimals else parts[0] if len(parts) == 1 else 0
        if not k:
            return None
        m = _GLUED.search(text)
        assert m is not None
        cut = m.start(2) + k
        return [(m.start(), text[m.start():cut], ""), (cut, text[cut:m.end()], "")]

    def learned(self, text: str, head: Head, after: str = "") -> Head:
        """`head` knowing its first column's decimals from a row `text` whose two cells ran into each other
        (常住人口31.84100.0) and the row `after` it: a column prints its decimals alike in every row, so the
        parts the two rows share (31.84|100.0 or 31.8410|0.0, then 15.62|49.06 or 15.624|9.06: 2), where one
        only; as it was otherwise (a row alone may part one way only: it is read so, `_glued`)."""
        if head.decimals or head.halves:
            return head
        parts = set(self._parts(text, head))
        if parts and after and (more := self._parts(after, head)):
            parts &= set(more)
        elif parts and after and (shown := self._decimals(after, head)):
            parts &= {shown}  # 城镇职工基本养老保险9.685.6 over 城乡居民基本养老保险73.57-0.4: the sign parts the row after
        return replace(head, decimals=parts.pop()) if len(parts) == 1 else head

    def _decimals(self, text: str, head: Head) -> int:
        """The decimals of the first cell of a row `text` of a two-column table whose two cells stand apart, by a gap
        or by the second's sign (73.57-0.4, 73.57 0.4: 2); 0 where the row is no such row or its first cell has none.
        Only where every row counts in the column's one unit (年末数（万人）): rows that name their own units (饲料 万吨
        92.45, 汽车 辆 8652) print as many decimals as each unit wants."""
        if len(head.columns) != 2 or head.unit_cell or _GLUED.search(text) is not None:
            return 0
        m = self._cells.search(self._blanks(text, True)[0])
        if m is None:
            return 0
        cells = [c.group(1) for c in self._cell.finditer(m.group())]
        if len(cells) != 2 or "." not in cells[0] or not self.row_label(text[:m.start()]):
            return 0
        return len(cells[0]) - cells[0].index(".") - 1

    def _measured(self, text: str, head: Head) -> list[Cell] | None:
        """The figures of a row whose cells write their own unit (地区生产总值 5976.3亿元 4.3%), or None.
        Read only under a head that gives its columns no unit of its own (no unit cell, no caption's
        unit, none in brackets): a cell is one quantity and nothing else, a percent mark's column holds
        percentages, and a rate's growth is skipped (percent or points?)."""
        if head.unit_cell or head.note_unit or any(c.unit or c.base for c in head.columns):
            return None
        m = self._own.search(text)
        if m is None:
            return None
        label = text[:m.start()]
        if not self.row_label(label) or not label.strip():
            return None
        cells = [(c.start(), c.group(), c.lastgroup) for c in self._own_token.finditer(text, m.start())]
        if len(cells) != len(head.columns):
            return None
        out: list[Cell] = []
        rate = False
        for (at, token, kind), col in zip(cells, head.columns, strict=True):
            if kind == "blank" or col.role == "score":
                continue  # (a column this row gives no value for, or a score's points)
            if kind == "bare":  # a percent column's cell that writes no mark: a percentage all the same
                if not col.percent:
                    return None
                if rate and col.role == "change":
                    continue
                qs = self.finder.find(token + self.percent)
                if len(qs) != 1 or qs[0].start != 0 or qs[0].num_end != len(token):
                    return None
                q = replace(qs[0], start=at, end=at + len(token), quote=token, num_start=at, num_end=at + len(token),
                            how="table")
                out.append(Cell(q, col.role, col.year or head.year, label.strip()))
                continue
            qs = self.finder.find(token)
            if len(qs) != 1 or qs[0].start != 0 or qs[0].end != len(token) or not qs[0].unit:
                return None
            q = qs[0]
            if col.percent and q.unit not in self._rates:
                return None
            if col.role == "level":
                rate = rate or q.unit in self._rates
            elif rate and col.role == "change":
                continue
            out.append(Cell(replace(q, start=at, end=at + len(token), num_start=at + q.num_start,
                                    num_end=at + q.num_end, how="table"), col.role, col.year or head.year,
                            label.strip()))
        return out


def _compounds(cells: list[Cell], rate: float) -> bool:
    """Whether a row's levels of its first and last years (2025年 180, 2030年 240) grow by `rate` percent a year, give
    or take a rounding of the plan's (`_COMPOUND_SLACK`): what makes a bare number under a plan's yearly growth a rate,
    not an amount in the row's unit."""
    levels = [c for c in cells if c.role in ("level", "target") and c.year.isdigit()]
    if len(levels) < 2 or levels[0].q.value <= 0 or levels[-1].q.value <= 0 or levels[0].q.unit != levels[-1].q.unit:
        return False
    years = int(levels[-1].year) - int(levels[0].year)
    if years <= 0:
        return False
    grown = ((levels[-1].q.value / levels[0].q.value) ** (1 / years) - 1) * 100
    return abs(grown - rate) <= _COMPOUND_SLACK


_PIECE = compiled_regex(r"\S+(?: \S+)*")  # a piece of a laid-out line: text with single spaces, wider gaps between
_INSIDE_LEAD = 16  # how far into a change column's word a word naming what it counts may stand (`_named_change`)
# characters a page sets two columns wide (Han, full-width forms and marks): where a piece stands is counted in columns
_WIDE = compiled_regex(r"[\p{Han}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]")


def _at(line: str, k: int, wide: int = 2) -> int:
    """The column at which the k-th character of a laid-out line stands, a wide character taking `wide` columns."""
    return k + (wide - 1) * len(_WIDE.findall(line, 0, k)) if wide != 1 else k


# the widths a page may give a wide character: two columns (a monospace terminal, a hand-set text file, pdftotext on
# some fonts) or one (pdfplumber's layout=True and pdftotext on others set a Han character in one character cell)
WIDTH_MODELS = (2, 1)


def under_words(top: str, bottom: str) -> str | None:
    """The words of a head set over two lines put together by where they stand (`pdftotext -layout`: 项目  基金收入  比上年
    基金支出  年末滚存 over 增长（%）  结余 → 项目  基金收入  比上年增长（%）  基金支出  年末滚存结余): each piece of the
    bottom line joins the top piece whose middle is nearest to its own, past the label's; None where the top has
    too few pieces, a bottom piece holds a digit or two bottom pieces fall under one top piece (which words are
    whose?).

    Where a piece stands is counted in columns, and extractors differ on how wide a Han character is (two columns
    or one: `WIDTH_MODELS`). The page's own lines tell: the width under which each rest stands under its word
    (most rests overlapping the word they join, then the nearest middles) is the page's; two equally good
    readings take two columns."""
    # (the pieces counted first: most pairs of lines asked are told apart so, before a column is worked out; a
    # bottom line opening at the margin under a top line that does not may lend the top its first piece, below)
    if has_digit(bottom):
        return None
    if barred := barred_head(top, bottom):
        return barred  # (set between bars, 地  区 ｜就业｜… over ｜  （人）｜…: each column's rest between its bars)
    top_pieces = list(_PIECE.finditer(top))
    bottom_pieces = list(_PIECE.finditer(bottom))
    n_top, n_bottom = len(top_pieces), len(bottom_pieces)
    lends = n_bottom > 1 and n_top > 0 and bottom_pieces[0].start() == 0 < top_pieces[0].start()
    if not (n_top >= 3 and 1 <= n_bottom < n_top or lends and n_top >= 2 and n_bottom < n_top + 2):
        return None
    best: tuple[tuple[int, float], str] | None = None
    for wide in WIDTH_MODELS if _WIDE.search(top) or _WIDE.search(bottom) else WIDTH_MODELS[:1]:
        got = _under(top, bottom, top_pieces, bottom_pieces, wide)
        if got is not None and (best is None or got[0] > best[0]):
            best = got
    return best[1] if best is not None else None


def under_lines(top: str, middle: str, bottom: str) -> str | None:
    """The words of a head set over three lines put together by where they stand (a narrow column's words wrapped under
    its top word, its unit under them: 县市区  医疗卫生  卫生技术 over 机构床位  人员 over （张）  （人） → 县市区
    医疗卫生机构床位（张）  卫生技术人员（人）): each piece of the middle line and of the bottom one joins the top piece
    whose middle is nearest its own, past the label's, as `under_words` joins one line's; None where a line under the
    top holds a digit, has as many pieces as the top or more, or two of its pieces fall under one top piece."""
    if has_digit(middle) or has_digit(bottom):
        return None
    top_pieces = list(_PIECE.finditer(top))
    middle_pieces, bottom_pieces = list(_PIECE.finditer(middle)), list(_PIECE.finditer(bottom))
    # (`_under` unjoined asks three top pieces or more and fewer under them, whatever width a character takes: told
    # here, before each piece's column is counted, for the lines of prose a page mostly asks of, one piece each)
    if len(top_pieces) < 3 or not 1 <= len(middle_pieces) < len(top_pieces) \
            or not 1 <= len(bottom_pieces) < len(top_pieces):
        return None
    best: tuple[tuple[int, float], str] | None = None
    for wide in WIDTH_MODELS if _WIDE.search(top + middle + bottom) else WIDTH_MODELS[:1]:
        mid = _under(top, middle, top_pieces, middle_pieces, wide, joined=False)
        low = _under(top, bottom, top_pieces, bottom_pieces, wide, joined=False)
        if mid is None or low is None:
            continue
        # (the rests of each line, one per top piece, in the top's order: `_under` with joined=False puts them so)
        words = [t.group() + m + b for t, m, b in zip(top_pieces, mid[1].split("\t"), low[1].split("\t"), strict=True)]
        score = (mid[0][0] + low[0][0], mid[0][1] + low[0][1])
        if best is None or score > best[0]:
            best = (score, "  ".join(words))
    return best[1] if best is not None else None


def _under(top: str, bottom: str, top_pieces: list[regex.Match[str]], bottom_pieces: list[regex.Match[str]],
           wide: int, joined: bool = True) -> tuple[tuple[int, float], str] | None:
    """`under_words` with a wide character `wide` columns: (how well the rests stand under their words: how many
    overlap the word they join, less the distance of the middles; the words put together), or None; with `joined`
    False, the rests alone, a tab between one top piece's and the next (`under_lines`), the label's head led by none
    on the bottom line."""
    tops = [(_at(top, m.start(), wide), _at(top, m.end(), wide), m.group()) for m in top_pieces]
    bottoms = [(_at(bottom, m.start(), wide), _at(bottom, m.end(), wide), m.group()) for m in bottom_pieces]
    if joined and len(bottoms) > 1 and tops and bottoms[0][0] == 0 < tops[0][0] and bottoms[0][1] < tops[0][0]:
        # (the label's head on the bottom line, the top's words standing past it: 2025年  2024年  增减 over 机构类别
        # 床位数  床位数  （张）: it leads the head as the top's first piece would)
        tops, bottoms = [bottoms[0], *tops], bottoms[1:]
    if len(tops) < 3 or not 1 <= len(bottoms) < len(tops):
        return None
    rests: dict[int, str] = {}
    over, off = 0, 0.0
    for b0, b1, word in bottoms:
        k = min(range(1, len(tops)), key=lambda n: abs(tops[n][0] + tops[n][1] - b0 - b1))
        if k in rests:
            return None
        rests[k] = word
        over += b0 < tops[k][1] and tops[k][0] < b1
        off += abs(tops[k][0] + tops[k][1] - b0 - b1) / 2
    if not joined:
        return (over, -off), "\t".join(rests.get(n, "") for n in range(len(tops)))
    return (over, -off), "  ".join(t[2] + rests.get(n, "") for n, t in enumerate(tops))


def _bare_tailed(token: str, tails: str) -> tuple[str, str] | None:
    """A cell's bare number and the qualifier word written after it (6左右 → 6, 左右; 8 → 8, nothing), or None where
    the cell is no bare number (tails: the alternation of `TableReader.cell_tail`)."""
    if _BARE_CELL.fullmatch(token) is not None:
        return token, ""
    m = regex.fullmatch(f"({_NUMBER})({tails})", token) if tails else None
    return (m.group(1), m.group(2)) if m is not None else None


def _moved(cells: list[Cell], marks: list[tuple[int, str]], qualifiers: dict[str, str]) -> list[Cell]:
    """The cells of a row read with its bound marks taken out (`TableReader._framed_row`), at their offsets in the
    row as written, a cell right after a mark that bound (<5.5: upper_bound)."""
    out = []
    for c in cells:
        shift, qualifier, gone = 0, c.q.qualifier, 0
        for at, mark in marks:  # (at: the mark's offset as written; the text read had the marks before it out)
            if at - gone > c.q.start:
                break
            shift += len(mark)
            if at - gone == c.q.start:
                qualifier = qualifiers.get(mark, qualifier)  # (a bracket before a sum is no bound)
            gone += len(mark)
        q = c.q
        out.append(replace(c, q=replace(q, start=q.start + shift, end=q.end + shift, num_start=q.num_start + shift,
                                        num_end=q.num_end + shift, qualifier=qualifier)))
    return out


def _grouped(cells: list[str]) -> bool:
    """Whether two cells side by side may be one number whose thousands a gap set apart (8 560)."""
    return any(_GROUPED.fullmatch(a) is not None and _GROUP.fullmatch(b) is not None for a, b in itertools.pairwise(cells))


def _year_groups(columns: tuple[Column, ...], years: int) -> list[tuple[Column, ...]] | None:
    """The columns of a head over two lines parted into one group a year (`TableReader._year_groups`): the same
    columns under each year, or a first group and later ones that are its first columns alone, each opening with the
    first column again (人数 增长 | 人数); None where they part neither way."""
    if len(columns) % years == 0:
        per = len(columns) // years
        groups = [columns[k:k + per] for k in range(0, len(columns), per)]
        if all(group == groups[0] for group in groups):
            return groups
    starts = [k for k, c in enumerate(columns) if c == columns[0]]
    groups = [columns[a:b] for a, b in zip(starts, [*starts[1:], len(columns)], strict=True)]
    if len(groups) != years or len(groups[0]) < 2 or any(g != groups[0][:len(g)] for g in groups[1:]) \
            or all(len(g) == len(groups[0]) for g in groups):
        return None
    return groups


def apart(source: str, spans: list[tuple[int, int]], cells: list[Cell]) -> bool:
    """Whether every cell stands in the source as written (full-width digits folded), a gap on both
    sides: the layout repair joins a number broken at a line's end to the next line's (12.5 / 3 →
    12.53), right in a sentence, but in a row the line may have ended between two cells, and a cell
    read from such a join would be a wrong value. spans: each cell's span in the source; a text not held
    whole (`source` empty: a large file read a piece at a time) cannot be checked, and reads no table."""
    if not source:
        return False
    # two decimals run into each other as written (31.84100.0), no break between them: the second opens where
    # the first ends (a join of two lines the layout made would hold the break in the source)
    glued = {s1 for (_, s1), cell in zip(spans, cells, strict=True) if "." in cell.q.quote}
    for (s0, s1), cell in zip(spans, cells, strict=True):
        fall = _bracket_fall(source, s0, s1)
        written = "-" + source[s0 + 1:s1] if fall else source[s0:s1]
        if _THIN_GAP.sub("", _as_read(written)) != cell.q.quote or s0 == 0:
            return False
        if fall:
            continue  # (a fall in brackets, （1.6）: its brackets as written stand around it, `repair.layout.fold_width`)
        if s1 < len(source) and unicodedata.normalize("NFKC", source[s0 - 1] + source[s1]) in _SUM_PAIRS:
            continue  # [4.5]: a sum over a plan's years in its brackets, as written on its line (no join puts them there)
        if not (_opens(source, s0) or s0 in glued and "." in cell.q.quote):
            return False
        if s1 < len(source) and not (source[s1].isspace() or source[s1] in CELL_BARS or _signed(source, s1) or
                                     s1 in glued and any(t0 == s1 for t0, _ in spans) or _marked(source, s1)
                                     or _NOTE_MARK.match(source, s1) is not None):
            return False
    return True


# The brackets a sum over a plan's years stands in as written, read as [4.5] (`repair.layout.fold_width`): square ones
# (wide ones fold to them) and tortoise-shell ones (U+3014, U+3015)
_SUM_PAIRS = frozenset({"[]", chr(0x3014) + chr(0x3015)})


# The minus sign of mathematics (U+2212), which NFKC keeps: the layout repair folds it to the ASCII sign the cells are
# read with (`repair.layout.fold_width`), so the source's cell (工业增加值 亿元 456.7 \u22123.5) is compared so folded
_MINUS = str.maketrans({"\u2212": "-"})


# A single space between a cell's thousands (4 126: a table set with thin spaces, which the layout repair joins where
# wider gaps part the row's cells, `repair.layout`): no character of the cell as read
_THIN_GAP = compiled_regex(r"(?<=\d) (?=\d{3}(?:\D|$))")


def _bracket_fall(source: str, s0: int, s1: int) -> bool:
    """Whether the cell at s0..s1 of the source is a fall written in brackets (（1.6）, which the repaired text reads
    as -1.6 followed by a space: `repair.layout.fold_width`), a gap before it."""
    return 0 < s0 and s1 < len(source) and source[s0 - 1].isspace() \
        and unicodedata.normalize("NFKC", source[s0] + source[s1]) == "()"


def _as_read(written: str) -> str:
    """A stretch of the source as the repaired text reads it: NFKC's folds (full-width digits and signs), and the
    mathematical minus sign as the ASCII one."""
    return unicodedata.normalize("NFKC", written).translate(_MINUS)


# A note's mark ending a cell (7.46①, 3.2[1], 18.64*: the note under the table says how it is counted, 带*的为快报数),
# then a gap or the end: the layout repair made it spaces (`repair.layout`), the cell is as written and stands apart
_NOTE_MARK = compiled_regex(r"(?:[\u2460-\u2473]|\[\d{1,2}\]|(?<!\*)\*)(?=\s|$)")


def _marked(source: str, s1: int) -> bool:
    """Whether a cell's own percent mark stands right after it, then a gap or the end (a plan review's 55.6% 预期性)."""
    return unicodedata.normalize("NFKC", source[s1]) == "%" and (s1 + 1 == len(source) or source[s1 + 1].isspace())


def _opens(source: str, s0: int) -> bool:
    """Whether a cell may start at s0: after a gap, after the label's last word (社会消费品零售总额亿元628.4:
    no join of a line's number to the next line's puts a word before a number) or its unit's closing bracket
    (门急诊人次（万人次）92.3: the source shows it on the cell's own line), or with its sign right after the cell
    before it (86.5-1.6)."""
    before = unicodedata.normalize("NFKC", source[s0 - 1])
    if before.isspace() or before in CELL_BARS or _signed(source, s0):
        return True
    if before != "-" and unicodedata.category(before) == "Pd":
        return True  # 固定资产投资 %—-2.3: right after a blank cell's dash (no join of two lines puts one there)
    if unicodedata.category(before) == "Pe":
        return True  # 门急诊人次（万人次）92.3: right after the row's unit in brackets, as written on its line
    if before not in "+-" and unicodedata.category(before) == "Sm":
        return True  # 5.1 <5.5: right after a bound's mark (a plan's table), which no join of two lines puts there
    return not (before.isdigit() or before in ".+-%") and before.isalpha()


def _signed(source: str, at: int) -> bool:
    """Whether `at` is a minus sign that a digit stands right before (the next cell's sign, 86.5-1.6)."""
    return (at > 0 and _as_read(source[at]) == "-"
            and unicodedata.normalize("NFKC", source[at - 1]).isdigit())
