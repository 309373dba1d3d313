"""Bar charts an extractor printed as laid out on the page (`pdftotext -layout`), each bar's value over its label.

A page's bar chart comes out of a layout-keeping extractor as its caption, then lines holding the axis's ticks at
the left and each bar's value set over its bar, at the bar's height, then one line of the bars' labels:

    上半年各县城镇新增就业（人）
     4000
                   3120
     2000  2150
                         1380
        0
           甲县    乙县    丙县

No sentence reader can read that: the values float free of their labels. `bar_charts` pairs them by where they
stand, and only where the pairing leaves no doubt, a wrong value being worse than a missing one:

- the label line holds a run of at least `_MIN_BARS` cells a gap apart, each a label (`is_label`: a word, no digit);
- every number standing alone (a gap either side) between the caption and the label line, right of the axis (its
  ticks end before the first label starts) and over the labels' span, stands over exactly one label (its middle
  within the label's columns, widened by `_SLACK`), and every label has exactly one number over it;
- the caption is the first line above, within `_MAX_ROWS`, whose cell over the chart ends in a bracketed unit
  (`unit_of` says what that unit is: 人, 万人, %), or whose cells over the chart are a title and, a gap after it, a
  unit note naming one unit (…成功率   单位：%, `notes`), and no line between it and the label line holds a word in
  the chart's span that is not a number (text run into the chart: its numbers could be anyone's).

A chart printed a box a line (one value a line, in the order of their heights, the labels after) has no label
line and is not read here: its values cannot be paired surely. Columns are characters from the line's start, as
a layout-keeping extractor sets its grid (a Han character one column, as a digit).

A chart an extractor printed in the order it was drawn (PDFium, a line a text run) gives a line a bar, each
bar's value on the line over its label; the axis's ticks, where the chart has an axis, come first:

    前三季度部分县城镇新增就业（人）
    0
    2000
    4000
    3120
    甲县
    2150
    乙县

`stacked_charts` reads one only where every line is sure: the caption line ends in a bracketed unit, or in a unit
note's one unit (`notes`: 前三季度各县地区生产总值　单位：亿元, a chart's title as a paper sets it); then a run of
lone numbers (the ticks, if any, then the first bar's value); then, strictly alternating, a label and a number,
at least `_MIN_BARS` labels, the last line a label (a number left over, or a label with no number over it, and the
chart is not read: drawn label first, its values would pair with the wrong labels). Ticks must be an even run up
from 0 with the value after them off that run (else the last tick and the first value cannot be told apart) and
at least every value high: a bar never stands over its axis's top.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from stats.repair.layout import Paragraph
from stats.repair.offsets import OffsetMap

_MIN_BARS = 3  # the fewest bars a label line must hold (two labels a gap apart are too often two words of text)
_MAX_ROWS = 30  # the most lines looked up from the label line for the caption
_SLACK = 1  # a value may stand this many columns past its label's either end and still be over it
_GAP = re.compile(r"\S+(?: \S+)*")  # a cell: text whose words are at most one space apart
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# two gaps between cells (a whitespace run other than one plain space, between two non-spaces): a label line of
# `_MIN_BARS` cells holds them, and a line of prose (most lines of most pages) does not, so only a line this finds
# is split into cells and read as a label line
_TWO_GAPS = re.compile(r"\S(?:[^\S ]| \s)\s*\S.*?(?:[^\S ]| \s)\s*\S")
_UNIT = re.compile(r"[(\uff08]([^()\uff08\uff09]{1,6})[)\uff09]$")  # a bracketed unit ending a caption cell
# The two line tests above asked of a whole page at once (no `\n` crossed: `[^\S\n]` for `\s`), so that a page's
# lines are not each split, stripped and searched in a Python step: a page holds hundreds of lines and few charts.
# A line `_TWO_GAPS` finds something in is one this finds a match in (neither reaches past a line's end), and a
# line `_lone_number` holds is one `_LONE_LINE` matches whole (`str.strip` and `\s` know the same spaces).
_TWO_GAPS_IN_LINE = re.compile(r"\S(?:[^\S \n]| [^\S\n])[^\S\n]*\S.*?(?:[^\S \n]| [^\S\n])[^\S\n]*\S")
_LONE_LINE = re.compile(r"^[^\S\n]*\d+(?:\.\d+)?[^\S\n]*$", re.MULTILINE)
# a line of two numbers a space apart under a run of ticks: the top tick and the first value standing level with it
_LEVEL_PAIR = re.compile(r"\s*(?P<tick>\d+(?:\.\d+)?) (?P<value>\d+(?:\.\d+)?)\s*")


@dataclass(frozen=True)
class Bar:
    """One bar: its label and its value, each with its source span."""

    label: str
    label_start: int
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class BarChart:
    """A bar chart read: its caption (unit included), the caption's source offset, the unit, the bars left to
    right."""

    caption: str
    caption_start: int
    unit: str
    bars: tuple[Bar, ...]
    laid_out: bool = False  # read by where its values stand over a line of its labels (`bar_charts`)


@dataclass(frozen=True)
class _Cell:
    text: str
    start: int  # source offset
    col0: int  # columns [col0, col1): characters from the line's start
    col1: int


def _cells(line: str, offset: int) -> list[_Cell]:
    """The line's cells (runs of text at most one space apart) with their columns."""
    return [_Cell(m.group(), offset + m.start(), m.start(), m.end()) for m in _GAP.finditer(line)]


def _labels(cells: list[_Cell], is_label: Callable[[str], bool]) -> list[_Cell] | None:
    """The one run of at least `_MIN_BARS` label cells the line holds, else None (none, or two: which is the
    chart's?)."""
    runs: list[list[_Cell]] = [[]]
    for c in cells:
        if is_label(c.text) and not any(ch.isdigit() for ch in c.text):
            runs[-1].append(c)
        elif runs[-1]:
            runs.append([])
    found = [r for r in runs if len(r) >= _MIN_BARS]
    return found[0] if len(found) == 1 else None


def _chart_at(lines: list[tuple[str, int]], at: int, is_label: Callable[[str], bool],
              unit_of: Callable[[str], str | None], notes: tuple[str, ...] = ()) -> BarChart | None:
    """The chart whose label line is lines[at], or None where anything leaves a doubt (module docstring)."""
    labels = _labels(_cells(*lines[at]), is_label)
    if labels is None:
        return None
    left, right = labels[0].col0, labels[-1].col1
    over: list[list[_Cell]] = [[] for _ in labels]
    for i in range(at - 1, max(at - 1 - _MAX_ROWS, -1), -1):
        cells = [c for c in _cells(*lines[i]) if c.col1 > left - _SLACK and c.col0 < right + _SLACK]
        # (a cell of several space-apart numbers is two values set close: split it)
        parts: list[_Cell] = []
        for c in cells:
            if all(_NUMBER.fullmatch(w) for w in c.text.split(" ")):
                k = 0
                for w in c.text.split(" "):
                    col = c.col0 + k
                    parts.append(_Cell(w, c.start + k, col, col + len(w)))
                    k += len(w) + 1
            else:
                parts.append(c)
        words = [c for c in parts if not _NUMBER.fullmatch(c.text)]
        if words:
            unit = None
            if words[0].col0 <= left and len(words) == 1:
                m = _UNIT.search(words[0].text)
                unit = unit_of(m.group(1)) if m is not None else None
            elif words[0].col0 <= left and len(words) == 2 and any(words[1].text.startswith(n) for n in notes):
                # a title, a gap, then its unit note (…成功率　单位：%): the note's one unit is the chart's
                unit = _caption_unit(f"{words[0].text} {words[1].text}", unit_of, notes)
            if unit is None:
                return None  # text in the chart's span that is not its caption
            if any(len(o) != 1 for o in over):
                return None
            bars = tuple(Bar(lab.text, lab.start, o[0].text, o[0].start, o[0].start + len(o[0].text))
                         for lab, o in zip(labels, over, strict=True))
            return BarChart(words[0].text, words[0].start, unit, bars, laid_out=True)
        for c in parts:
            if c.col1 <= left:
                continue  # an axis tick, left of the bars
            mid = (c.col0 + c.col1) / 2
            under = [j for j, lab in enumerate(labels) if lab.col0 - _SLACK <= mid <= lab.col1 + _SLACK]
            if len(under) != 1:
                return None  # a number over no label, or between two
            over[under[0]].append(c)
    return None


def _lines_at(source: str) -> list[tuple[str, int]]:
    """Each line of `source` with the offset it opens at (the charts' positions are the source's)."""
    lines: list[tuple[str, int]] = []
    offset = 0
    for line in source.split("\n"):
        lines.append((line, offset))
        offset += len(line) + 1
    return lines


def bar_charts(source: str, is_label: Callable[[str], bool],
               unit_of: Callable[[str], str | None], notes: tuple[str, ...] = ()) -> list[BarChart]:
    """Every bar chart of `source` whose values and labels pair surely (module docstring), top to bottom; `notes`:
    the words a unit note opens with (单位：), a cell of its own after the caption's title naming the chart's unit."""
    found: list[BarChart] = []
    lines: list[tuple[str, int]] | None = None
    # the lines past the first that hold two gaps between cells (fewer than three cells: no label line)
    for at in _lines_of(source, _TWO_GAPS_IN_LINE):
        if at < 1:
            continue
        if lines is None:
            lines = _lines_at(source)
        chart = _chart_at(lines, at, is_label, unit_of, notes)
        if chart is not None:
            found.append(chart)
    return found


def _lines_of(source: str, pattern: re.Pattern[str]) -> list[int]:
    """The numbers (from 0) of the lines of `source` that `pattern` finds something in, ascending, each once; the
    pattern's matches never reach past a line's end."""
    out: list[int] = []
    line, counted = 0, 0
    for m in pattern.finditer(source):
        at = m.start()
        line += source.count("\n", counted, at)
        counted = at
        if not out or out[-1] != line:
            out.append(line)
    return out


def _caption_unit(caption: str, unit_of: Callable[[str], str | None], notes: tuple[str, ...]) -> str | None:
    """The unit a chart's caption names at its end: in brackets (…（万人）), or after a unit note (…　单位：亿元), the
    note's words to the caption's end one unit (`unit_of`: 亿元、% names two, and no chart is read by it)."""
    m = _UNIT.search(caption)
    if m is not None:
        return unit_of(m.group(1))
    for note in notes:
        at = caption.rfind(note)
        if at > 0:  # (a title before the note: a note alone is a table's, not a chart's caption)
            word = caption[at + len(note):].strip()
            return unit_of(word) if word else None
    return None


def _lone_number(line: str) -> bool:
    return _NUMBER.fullmatch(line.strip()) is not None


def _stacked_at(lines: list[tuple[str, int]], at: int, is_label: Callable[[str], bool],
                unit_of: Callable[[str], str | None], notes: tuple[str, ...] = ()) -> BarChart | None:
    """The chart a line a bar whose caption is lines[at], or None where anything leaves a doubt (module docstring)."""
    caption = lines[at][0].strip()
    unit = _caption_unit(caption, unit_of, notes)
    if unit is None:
        return None
    k = at + 1
    run: list[tuple[str, int]] = []
    while k < len(lines) and _lone_number(lines[k][0]):
        run.append(lines[k])
        k += 1
    if not run:
        return None
    level = _LEVEL_PAIR.fullmatch(lines[k][0]) if k < len(lines) else None
    if level is not None:  # the axis's top tick and the first bar's value on one baseline: PDFium joins them, a space
        offset = lines[k][1]  # between (900 820); the tick checks below still hold the tick to the run it ends
        run += [(level["tick"], offset + level.start("tick")), (level["value"], offset + level.start("value"))]
        k += 1
    pairs: list[tuple[tuple[str, int], tuple[str, int]]] = []
    value = run[-1]
    while True:
        if k >= len(lines):
            return None
        label = lines[k][0].strip()
        if not label or not is_label(label) or any(ch.isdigit() for ch in label):
            return None  # a number with no label under it
        pairs.append((value, lines[k]))
        k += 1
        if k < len(lines) and _lone_number(lines[k][0]):
            value = lines[k]
            k += 1
            continue
        break
    if len(pairs) < _MIN_BARS:
        return None
    ticks = [float(t.strip()) for t, _ in run[:-1]]
    values = [float(v.strip()) for (v, _), _ in pairs]
    if ticks:
        step = ticks[1] - ticks[0] if len(ticks) > 1 else 0.0
        even = step > 0 and all(b - a == step for a, b in zip(ticks, ticks[1:], strict=False))
        if ticks[0] != 0 or not even or values[0] == ticks[-1] + step or max(values) > ticks[-1]:
            return None
    bars = []
    for (vtext, voff), (ltext, loff) in pairs:
        v, lab = vtext.strip(), ltext.strip()
        vs, ls = voff + vtext.index(v), loff + ltext.index(lab)
        bars.append(Bar(lab, ls, v, vs, vs + len(v)))
    cap_start = lines[at][1] + lines[at][0].index(caption)
    return BarChart(caption, cap_start, unit, tuple(bars))


def stacked_charts(source: str, is_label: Callable[[str], bool],
                   unit_of: Callable[[str], str | None], notes: tuple[str, ...] = ()) -> list[BarChart]:
    """Every bar chart printed a line a bar (module docstring) whose values and labels pair surely, top to bottom;
    `notes`: the words a unit note opens with (单位：), whose one unit a caption may end in."""
    found: list[BarChart] = []
    lines: list[tuple[str, int]] | None = None
    for number_at in _lines_of(source, _LONE_LINE):  # (the lines that hold a number alone, `_lone_number`)
        if number_at < 1:
            continue
        if lines is None:
            lines = _lines_at(source)
        at = number_at - 1
        caption = lines[at][0].strip()
        if _UNIT.search(caption) or any(note in caption for note in notes):
            chart = _stacked_at(lines, at, is_label, unit_of, notes)
            if chart is not None:
                found.append(chart)
    return found


def _covers(par: Paragraph, offset: int) -> bool:
    """Whether one of the paragraph's characters came from source `offset`."""
    return any(par.offsets[k] == offset for k in range(len(par.text)))


def _without(par: Paragraph, spans: list[tuple[int, int]]) -> Paragraph | None:
    """The paragraph without its characters from the source `spans` (sorted): itself where it holds none, None where
    nothing but spaces is left. Asked run by run of its offset map: a run's characters come from one stretch of
    source."""
    n = len(par.text)
    if not spans or not n:
        return par
    starts = par.offsets.jumps(0, n)
    if not starts or starts[0] != 0:
        starts = [0, *starts]
    drop: list[tuple[int, int]] = []  # paragraph index ranges to drop
    for k, i0 in enumerate(starts):
        i1 = starts[k + 1] if k + 1 < len(starts) else n
        if i1 <= i0:
            continue
        s0 = par.offsets[i0]
        s1 = s0 + (i1 - i0)
        for a, b in spans:
            if b <= s0:
                continue
            if a >= s1:
                break
            drop.append((i0 + max(a, s0) - s0, i0 + min(b, s1) - s0))
    if not drop:
        return par
    gone = bytearray(n)
    for a, b in drop:
        gone[a:b] = b"\x01" * (b - a)
    text, offsets = [], OffsetMap()
    for i, ch in enumerate(par.text):
        if not gone[i]:
            text.append(ch)
            offsets.add(par.offsets[i])
    if not "".join(text).strip():
        return None
    return Paragraph(par.start, "".join(text), offsets, par.opened_at, par.aside)


def with_bars(paragraphs: Iterable[Paragraph], charts: list[BarChart],
              rows: dict[int, tuple[Paragraph, BarChart, Bar]]) -> Iterator[Paragraph]:
    """The paragraphs, each chart's bars handed on right after the paragraph that holds its caption, a paragraph a
    bar (its label, a space, its value: 甲县 2150, each character keeping its source offset), each such paragraph
    put in `rows` under its id with its chart and bar (the pipeline reads it as a row of the chart, not as text). A
    chart whose caption no paragraph holds gives none. The characters of a laid-out chart's labels (a layout-keeping
    extractor's label line, 银川   石嘴山   吴忠 …) leave the running text: each bar's row names its label, and left there,
    run into the line after them (a box's title), they would be read as a list of places, the first carried on. So do
    the values of a chart printed a line a bar (`stacked_charts`): lines that each stand alone give nothing, but the
    layout repair may run them together with the labels under a caption wider than the page's columns (…单位：张 |
    900 820 | 海淀 | 640 | … | 460 | 大兴 read 460大, a count of 大); its labels stay, as the text has always read them."""
    shift = 0
    waiting = list(charts)
    labels = sorted((b.label_start, b.label_start + len(b.label)) if c.laid_out else (b.start, b.end)
                    for c in charts for b in c.bars)
    for par in paragraphs:
        kept = _without(par, labels)
        if kept is None:  # (a paragraph of labels only: gone, and the paragraphs after it move up)
            shift -= len(par.text) + 1
            continue
        shift -= len(par.text) - len(kept.text)
        par = kept
        yield Paragraph(par.start + shift, par.text, par.offsets, par.opened_at, par.aside) if shift else par
        at = par.end + shift + 1
        for chart in [c for c in waiting if _covers(par, c.caption_start)]:
            waiting.remove(chart)
            for bar in chart.bars:
                offsets = OffsetMap()
                offsets.add(bar.label_start, len(bar.label) + 1)  # (the space: the character after the label)
                offsets.add(bar.start, bar.end - bar.start)
                row = Paragraph(at, f"{bar.label} {bar.value}", offsets, bar.label_start)
                rows[id(row)] = (row, chart, bar)
                yield row
                at += len(row.text) + 1
                shift += len(row.text) + 1
