"""PDF pages to text in reading order, every character keeping its page and box.

A text extractor reads a newspaper page in content-stream order or row by row across
the page, and glues neighbouring columns and articles together. Here the glyphs and
their positions come from PDFium (pypdfium2: Apache-2.0/BSD, wheels bundle the
library, nothing to compile), and the order is rebuilt from geometry alone:

1. glyphs on one baseline make a row, cut into line pieces at gaps wider than a
   column gutter (`GUTTER` × type size);
2. line pieces of the same type size stacked closely one above the other make a
   block (a column of one article, or a headline);
3. blocks set in larger type than the body are headlines; each body block belongs to
   the nearest headline above it that it overlaps horizontally, so articles set side
   by side, or under a headline running across several columns, come apart;
4. an article is its headline, then its blocks column by column (left to right, top to
   bottom); paragraphs open at an indented line or after a short line ending a sentence.

Running heads and page numbers (a lone line in the top or bottom margin) are dropped;
rules are drawings and never text. A page without any text (a scan) is reported: no OCR.

The text written is what the rest of the pipeline reads as "the source": one paragraph a
line, each opened by an ideographic space so the layout repair never joins two; `PageMap`
maps each of its characters back to (page, box) in PDF points, origin top left.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

import regex

from stats.errors import InputError

SAME_SIZE = 0.1  # lines of one block differ in type size by at most this share (a title 1.2 times its table's is not)
GUTTER = 0.8  # a gap wider than this many type sizes between two glyphs of a row is a gutter
TYPED_SPACE = 2.2  # … but for an ideographic space (or two) the text has there, its gap stretched by justifying
IDEOGRAPHIC_SPACE = 0x3000
LINE_GAP = 2.0  # lines of one block are at most this many type sizes apart (wide line spacing included)
ASIDE = 4  # type sizes below a headline a block beside it (overlapping it nowhere across) starts at the least
# to be no column of its article but a caption set beside it (`_aside`)
HEADLINE = 1.25  # type this many times the body size or larger is a headline
SUBHEAD = 1.15  # a line or two this much larger than the body, with no closing mark, heads a box or a column of briefs
MARGIN = 0.08  # the top and bottom share of a page where running heads and page numbers sit
INDENT = 0.8  # a line starting this many type sizes right of its block opens a paragraph
TABLE_CELL = 6  # a column whose lines are mostly shorter than this (characters) holds table cells
NUMBER_CELL = 12  # a line opening on a digit and shorter than this is a cell too (68.4亿元, 2806.6亿元)
LABEL_REACH = 4  # type sizes between a table's labels and its first column of cells (justified text)
RAGGED_REACH = 16  # the same for labels whose lines end anywhere (ragged, not a justified column)
CHART_BARS = 3  # the fewest labels on one baseline that may be a bar chart's (two are too often two words of text)
CHART_LABEL = 6  # the longest bar label, in characters (a county's or a year's short name)
CHART_HEIGHT = 20  # type sizes above its labels a bar's value or an axis tick may stand
CHART_TITLE = 3  # type sizes above its highest number a chart's title stands at the most
_NUMERIC = set("0123456789.%-+,")
_WIDE_NUMERIC = {0xFF05, 0xFF0B, 0xFF0C, 0xFF0D, 0xFF0E, *range(0xFF10, 0xFF1A)}  # their full-width forms
PARAGRAPH_MARK = "\u3000"  # opens every paragraph line of the written text (layout never joins across it)
NO_TEXT_LAYER = "no text layer; OCR not supported"
LOST_TEXT = "text in font {} lost: the PDF does not embed the font and no font on this machine draws it"
_STOP = regex.compile(r"\p{Sentence_Terminal}")  # a full stop of any script (the wide ones: 。！？)
_PERCENT = {"%", chr(0xFF05), chr(0x2030)}  # the percent sign, its full-width form, the per-mille sign
_RULE_MARKS = set("=~.\u2026")  # with dashes, underscores and box drawing: a rule typed as characters


class Glyph:
    """One glyph: its character, loose box (points from the page's top left) and type size."""

    __slots__ = ("ch", "x0", "top", "x1", "bottom", "size", "spaced")

    def __init__(self, ch: str, x0: float, top: float, x1: float, bottom: float, size: float) -> None:
        self.ch, self.x0, self.top, self.x1, self.bottom, self.size = ch, x0, top, x1, bottom, size
        # the glyph the text had right before this one with an ideographic space between (■宿州　据…): the gap
        # the space leaves is typed, no gutter
        self.spaced: Glyph | None = None


class Line:
    """Glyphs of one row between two gutters, left to right; its extent is fixed when made."""

    __slots__ = ("glyphs", "size", "x0", "x1", "top", "bottom", "cells")

    def __init__(self, glyphs: list[Glyph], size: float, cells: tuple[int, ...] = ()) -> None:
        self.glyphs, self.size = glyphs, size
        self.cells = cells  # a table row: where each cell after the first begins in glyphs
        self.x0, self.x1 = glyphs[0].x0, glyphs[-1].x1
        self.top, self.bottom = min(g.top for g in glyphs), max(g.bottom for g in glyphs)


class Block:
    """Lines of one type size stacked closely: a column of an article, or a headline."""

    __slots__ = ("lines", "x0", "x1", "table", "band", "titled", "chart")

    def __init__(self, line: Line) -> None:
        self.lines = [line]
        self.x0, self.x1 = line.x0, line.x1
        self.table = False  # its lines are the rows of a table
        self.chart = False  # a bar chart's lines in the order a chart printed a line a bar is read in (`_charts`)
        self.band = False  # it starts below all of its article read before it: a paragraph opens there
        self.titled = False  # a table whose first line is its title: an item of its own on the page

    def add(self, line: Line) -> None:
        self.lines.append(line)
        self.x0, self.x1 = min(self.x0, line.x0), max(self.x1, line.x1)

    @property
    def size(self) -> float:
        return self.lines[0].size

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def bottom(self) -> float:
        return self.lines[-1].bottom


class PageMap:
    """Source offset → (page, box) for the text the PDF reader wrote; separators map to no page.

    Kept in flat arrays (one entry a character): a page of 10 000 characters costs 200 KB.
    """

    def __init__(self) -> None:
        self.page = array("i")
        self.box = array("f")  # x0, top, x1, bottom per character
        self.page_sizes: list[tuple[float, float]] = []
        self.article_starts: set[int] = set()  # offsets of the headline lines that open articles
        self.title_starts: set[int] = set()  # offsets of the further headline lines (subtitles) of an article

    def add(self, page: int, g: Glyph | None) -> None:
        if g is None:
            self.page.append(-1)
            self.box.extend((0.0, 0.0, 0.0, 0.0))
        else:
            self.page.append(page)
            self.box.extend((g.x0, g.top, g.x1, g.bottom))

    def span(self, start: int, end: int) -> tuple[int, float, float, float, float] | None:
        """(page from 1, x0, top, x1, bottom) around the characters [start, end) on the page of the first one."""
        page = -1
        x0 = top = float("inf")
        x1 = bottom = float("-inf")
        for i in range(max(start, 0), min(end, len(self.page))):
            p = self.page[i]
            if p < 0 or (page >= 0 and p != page):
                continue
            page = p
            b = self.box[4 * i: 4 * i + 4]
            x0, top, x1, bottom = min(x0, b[0]), min(top, b[1]), max(x1, b[2]), max(bottom, b[3])
        if page < 0:
            return None
        return page + 1, round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1)


@dataclass
class PdfText:
    text: str
    map: PageMap
    warnings: tuple[str, ...]
    pages: int


_SKIP = frozenset(range(33)) | {0xA0, 0x3000, 0xFFFE, 0xFFFF, 0x2002, 0x2003, 0x2009}


def _glyphs(textpage: object, height: float, seen: set[int] | None = None) -> list[Glyph]:
    """Every visible glyph of a page, in PDFium's order (which nothing below relies on).

    A glyph's box is its origin, its advance and its font's ascent and descent, all of them the
    PDF's own (the text object's size and matrix, the font's /W widths and descriptor): PDFium's
    loose box joins the ink of the glyph as drawn, and a font the PDF names but does not embed is
    drawn in whatever font the machine has, or in a stand-in of other widths and no CJK ink, so
    with that box the same PDF read on two machines came out in other lines and blocks. The
    loose box stays for a glyph whose font gives no width or is set turned (the matrix rotates).
    Its code comes with the page's whole text; the font's metrics are asked once a text object. `seen`
    gathers the text objects (their addresses) the glyphs come from."""
    import ctypes  # here: a run over text files never needs it (start-up)

    import pypdfium2.raw as raw

    n = raw.FPDFText_CountChars(textpage)
    if n <= 0:
        return []
    buf = (ctypes.c_ushort * (n + 1))()
    raw.FPDFText_GetText(textpage, 0, n, buf)
    codes = buf[:n]
    rect, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    fsize, metric = ctypes.c_float(), ctypes.c_float()
    loose, unicode, origin = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetUnicode, raw.FPDFText_GetCharOrigin
    text_object, glyph_width = _address_of(raw.FPDFText_GetTextObject), raw.FPDFFont_GetGlyphWidth
    objects: dict[int | None, tuple] = {}  # text object -> (font, type size, x scale, ascent, descent, size, font)
    widths: dict[tuple[int | None, int, float], float] = {}
    out: list[Glyph] = []
    wide = False  # an ideographic space since the last glyph kept
    for i, code in enumerate(codes):
        if code in _SKIP:
            wide = wide or code == IDEOGRAPHIC_SPACE
            continue
        if 0xD800 <= code <= 0xDFFF:
            code = unicode(textpage, i)  # outside the BMP: the text buffer holds a surrogate pair
        ch = chr(code)
        if ch.isspace():
            continue
        key = text_object(textpage, i)
        info = objects.get(key)
        if info is None:
            obj = raw.FPDFText_GetTextObject(textpage, i) if key else None
            info = _object_metrics(raw, textpage, i, obj, matrix, fsize, metric)
            info = objects[key] = (*info, ctypes.cast(info[0], ctypes.c_void_p).value if info[0] else None)
        font, tf, scale, ascent, descent, size, font_key = info
        x1 = -1.0
        if font is not None and origin(textpage, i, ox, oy):
            wkey = (font_key, code, tf)
            w = widths.get(wkey)
            if w is None:
                w = widths[wkey] = metric.value if glyph_width(font, code, tf, metric) else -1.0
            if w > 0:
                x0, x1, y0, y1 = ox.value, ox.value + w * scale, oy.value + descent, oy.value + ascent
        if x1 < 0:
            if loose(textpage, i, rect):
                x0, y0, x1, y1 = rect.left, rect.bottom, rect.right, rect.top
            elif raw.FPDFText_GetCharBox(textpage, i, left, right, bottom, top):  # the glyph's own box, then
                x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
            else:
                continue
        g = Glyph(ch, x0, height - y1, x1, height - y0, size)
        if wide and out:
            g.spaced = out[-1]
        wide = False
        out.append(g)
    if seen is not None:
        seen.update(k for k in objects if k)
    return out


def _address_of(function: object) -> object:
    """A PDFium call returning a handle, returning it as an address (an int, or None) instead: a handle
    object, and the cast to compare it, cost more than the call."""
    import ctypes

    return ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(ctypes.cast(function, ctypes.c_void_p).value)


def _object_metrics(raw: object, textpage: object, i: int, obj: object, matrix: object, fsize: object,
                    metric: object) -> tuple:
    """A text object's font, type size and scale, and its font's ascent and descent in page points; no font
    (None) where the object is set turned or its font gives no size (the glyphs keep PDFium's loose boxes)."""
    size = max(raw.FPDFText_GetFontSize(textpage, i), 1.0)
    none = (None, 0.0, 0.0, 0.0, 0.0, size)
    if not obj or not raw.FPDFText_GetMatrix(textpage, i, matrix) or not raw.FPDFTextObj_GetFontSize(obj, fsize):
        return none
    a, d, tf = matrix.a, matrix.d, fsize.value
    if matrix.b or matrix.c or a <= 0 or d <= 0 or tf <= 0:
        return none
    font = raw.FPDFTextObj_GetFont(obj)
    if not font or not raw.FPDFFont_GetAscent(font, tf, metric):
        return none
    ascent = metric.value * d
    if not raw.FPDFFont_GetDescent(font, tf, metric) or ascent <= metric.value * d:
        return none
    return font, tf, a, ascent, metric.value * d, size


def _lost_fonts(page: object, textpage: object, seen: set[int]) -> list[str]:
    """The fonts, named by the PDF but not embedded in it, that PDFium drew without their glyphs (the machine
    has no font of that name: it draws a stand-in, whose ink has no CJK glyph), of text objects its text page
    then holds nothing of: it drops an object of one such character (a headline set down a column a
    character a line, a table's head), text the reader cannot get back. An object of a space alone is
    dropped too, with any font: it counts only where the same font draws a character with no ink."""
    import ctypes

    import pypdfium2.raw as raw

    def name(obj: object) -> str | None:
        font = raw.FPDFTextObj_GetFont(obj)
        if not font or raw.FPDFFont_GetIsEmbedded(font):
            return None
        buf = ctypes.create_string_buffer(256)
        raw.FPDFFont_GetBaseFontName(font, buf, 256)
        return buf.value.decode("latin-1") or "?"

    lost: dict[str, None] = {}
    address = _address_of(raw.FPDFPage_GetObject)
    for k in range(raw.FPDFPage_CountObjects(page)):
        if address(page, k) in seen:  # (`seen`: the objects of the glyphs read; its text is there)
            continue
        obj = raw.FPDFPage_GetObject(page, k)
        if raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_TEXT and raw.FPDFTextObj_GetText(obj, textpage, None, 0) <= 2:
            font = name(obj)  # (the length counts the closing NUL: two bytes, no text)
            if font is not None:
                lost[font] = None
    if not lost:
        return []
    inkless: dict[str, None] = {}
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    for i in range(raw.FPDFText_CountChars(textpage)):
        if chr(raw.FPDFText_GetUnicode(textpage, i)).isspace() or raw.FPDFText_IsGenerated(textpage, i) == 1:
            continue
        if raw.FPDFText_GetCharBox(textpage, i, left, right, bottom, top) and top.value - bottom.value < 0.05:
            font = name(raw.FPDFText_GetTextObject(textpage, i))
            if font in lost:
                inkless[font] = None
    return list(inkless)


def _lines(glyphs: list[Glyph]) -> list[Line]:
    """Rows of glyphs on one line (the loose boxes of one font and size share their bottom), cut at gutters."""
    lines: list[Line] = []
    row: list[Glyph] = []
    base, tol = 0.0, -1.0
    for g in sorted(glyphs, key=attrgetter("bottom", "x0")):
        if abs(g.bottom - base) > tol or g.size < row[0].size and abs(g.bottom - base) > 0.25 * g.size:
            if row:
                lines += _cut_row(row)
            row, base, tol = [], g.bottom, 0.25 * g.size
        row.append(g)
    if row:
        lines += _cut_row(row)
    return lines


def _cut_row(row: list[Glyph]) -> list[Line]:
    """One row left to right, cut at gutters and where the type size changes; a glyph printed twice
    over itself (bold faked by overprinting, text drawn twice) counts once."""
    row.sort(key=attrgetter("x0"))
    piece = [row[0]]
    pieces = [piece]
    prev = row[0]
    for g in row[1:]:
        if g.ch == prev.ch and g.x0 - prev.x0 < 0.3 * g.size:
            continue
        size = g.size if g.size > prev.size else prev.size
        typed = g.spaced is prev and g.x0 - prev.x1 <= TYPED_SPACE * size  # (an ideographic space's gap)
        if g.x0 - prev.x1 > GUTTER * size and not typed or abs(g.size - prev.size) > 0.15 * size:
            piece = [g]
            pieces.append(piece)
        else:
            piece.append(g)
        prev = g
    return [Line(p, p[len(p) // 2].size) for p in pieces]


def _chart_label(ln: Line) -> bool:
    """A bar's label: a short word with no digit (a county's short name under its bar; a year is no label here,
    a column of years being as likely a table's)."""
    return len(ln.glyphs) <= CHART_LABEL and not any(g.ch.isdigit() or _numeric(g.ch) for g in ln.glyphs) \
        and all(g.ch.isalpha() for g in ln.glyphs)


def _charts(lines: list[Line], body: float) -> tuple[list[Line], list[Block]]:
    """Bar charts taken out of the page's lines, each a block of its own (`Block.chart`), and the lines left.

    A chart's text is its title, its axis's ticks down its left, each bar's value over or on its bar and a row of
    labels under the bars, set smaller than the body or as large: read as blocks, its values join the labels
    under them (64.8 | 宝鸡), the labels one line (延安渭南咸阳), the title the column of text above it, and the
    values, in no article's reach, open the page. Taken apart here only where nothing is in doubt: at least
    `CHART_BARS` labels on one baseline, evenly spaced; every bare number of their size above them within
    `CHART_HEIGHT` type sizes either left of the first label (a tick) or over exactly one label, each label under
    exactly one; no other line in the chart's box; a title line right above its highest number. The block is
    written as PDFium prints a chart, a line a bar (title, ticks from the axis up, then value, label, value,
    label…): the layout's chart reader checks the title's unit and the ticks before it pairs a value and a label."""
    rows: dict[tuple[int, float], list[Line]] = {}
    for ln in lines:
        if _chart_label(ln) and ln.size <= body * (1 + SAME_SIZE):
            rows.setdefault((round(ln.top), ln.size), []).append(ln)
    taken: set[int] = set()
    charts: list[Block] = []
    for (_, size), labels in sorted(rows.items(), key=lambda kv: kv[0][0]):
        labels = sorted(labels, key=attrgetter("x0"))
        if len(labels) < CHART_BARS:
            continue
        mids = [(ln.x0 + ln.x1) / 2 for ln in labels]
        steps = [b - a for a, b in zip(mids, mids[1:], strict=False)]
        if min(steps) < 2 * size or max(steps) > 1.25 * min(steps):
            continue  # (not evenly spaced: words of a line of text cut at wide gaps)
        half = min(steps) / 2
        top = labels[0].top - CHART_HEIGHT * size
        left, right = labels[0].x0 - 8 * size, labels[-1].x1 + half
        box = [ln for ln in lines if id(ln) not in taken and ln not in labels and ln.bottom <= labels[0].top + 0.5
               and ln.top >= top and ln.x1 > left and ln.x0 < right]
        numbers = [ln for ln in box if _bare(ln) and abs(ln.size - size) <= SAME_SIZE * size]
        if not numbers:
            continue
        high = min(ln.top for ln in numbers)
        if any(ln not in numbers and ln.bottom > high for ln in box):
            continue  # text in the chart's box, below its highest number: its numbers could be anyone's
        ticks = [ln for ln in numbers if ln.x1 <= labels[0].x0]
        bars: list[list[Line]] = [[] for _ in labels]
        for ln in numbers:
            if ln in ticks:
                continue
            mid = (ln.x0 + ln.x1) / 2
            at = [k for k, m in enumerate(mids) if abs(mid - m) < half]
            if len(at) != 1:
                break
            bars[at[0]].append(ln)
        else:
            if any(len(b) != 1 for b in bars):
                continue
            row = [ln for ln in lines if id(ln) not in taken and ln.bottom <= high and ln.bottom >= high - CHART_TITLE
                   * body and ln.x1 > left and ln.x0 < right and ln not in numbers]
            if not row or max(ln.top for ln in row) - min(ln.top for ln in row) > 0.5 * body:
                continue  # no title, or two lines over the chart
            title = Line([g for ln in sorted(row, key=attrgetter("x0")) for g in ln.glyphs], row[0].size)
            block = Block(title)
            for ln in sorted(ticks, key=attrgetter("top"), reverse=True):
                block.add(ln)
            for label, (value,) in zip(labels, bars, strict=True):
                block.add(value)
                block.add(label)
            block.chart = True
            charts.append(block)
            taken |= {id(ln) for ln in (*row, *numbers, *labels)}
    return [ln for ln in lines if id(ln) not in taken], charts


def _blocks(lines: list[Line]) -> list[Block]:
    """Line pieces of one type size stacked closely, overlapping horizontally: a column of text or a headline."""
    blocks: list[Block] = []
    open_: list[Block] = []  # blocks a later line may still join (lines come top to bottom)
    for ln in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        open_ = [b for b in open_ if ln.top - b.bottom <= LINE_GAP * b.size]
        best, best_gap = None, float("inf")
        for b in open_:
            last = b.lines[-1]
            if abs(last.size - ln.size) > SAME_SIZE * ln.size:
                continue
            gap = ln.top - last.bottom
            overlap = min(ln.x1, b.x1) - max(ln.x0, b.x0)
            if _heads_below(b, ln, gap):
                continue
            if -0.5 * ln.size <= gap <= LINE_GAP * ln.size and overlap >= 0.5 * min(ln.x1 - ln.x0, b.x1 - b.x0):
                if gap < best_gap:
                    best, best_gap = b, gap
        if best is None:
            best = Block(ln)
            blocks.append(best)
            open_.append(best)
        else:
            best.add(ln)
    return blocks


def _heads_below(b: Block, ln: Line, gap: float) -> bool:
    """A line set larger than the block's last one, further below it than twice the block's own pitch: the headline
    of the next item under a box (数说's last label, then 自治区藏医院… at 11 points under entries at 10), no line of
    the box, though its size is near the box's and the gap within a line's reach. Read on in the box, the headline
    would run into its last label and leave its own article."""
    if len(b.lines) < 2 or ln.size <= b.lines[-1].size * (1 + SAME_SIZE / 2):
        return False
    pitch = b.lines[-1].top - b.lines[-2].bottom
    return gap > 2 * max(pitch, 0.2 * ln.size)


def _is_head(b: Block, body: float) -> bool:
    """Type well above the body: a headline; a little above it on a line or two that closes on no
    mark: the head of a box or of a column of briefs, set smaller than the page's headlines."""
    if b.size >= HEADLINE * body:
        return True
    last = b.lines[-1].glyphs[-1].ch
    # (a percent sign is no closing mark: a subtitle may end on its figure, 完成年度目标任务的112.4%)
    return b.size >= SUBHEAD * body and len(b.lines) <= 2 and (not _ends(last) or last in _PERCENT)


def _cell(ln: Line) -> bool:
    """A few characters, or a number with its unit, after any bullet (■ 1.35亿元)."""
    glyphs = ln.glyphs
    k = 0
    while k < len(glyphs) - 1 and unicodedata.category(glyphs[k].ch)[0] in "SZ":
        k += 1
    n = len(glyphs) - k
    return n < TABLE_CELL or n < NUMBER_CELL and _numeric(glyphs[k].ch)


def _short(b: Block) -> bool:
    """Two or more lines, most of them a few characters or a number with its unit: a column of table cells."""
    return len(b.lines) >= 2 and 2 * sum(_cell(ln) for ln in b.lines) > len(b.lines)


def _ragged(b: Block) -> bool:
    """Most lines end short of the block's right edge: labels or a list, not a justified column."""
    return 2 * sum(b.x1 - ln.x1 > 0.5 * b.size for ln in b.lines) >= len(b.lines)


def _same_row(a: Line, b: Line) -> bool:
    return abs(a.bottom - b.bottom) < 0.3 * min(a.size, b.size)


def _tables(blocks: list[Block], body: float) -> list[Block]:
    """Columns of short cells side by side whose lines share rows are one table, read row by row
    (column by column, a label would stand far from its value and the values of a row run together).
    Joined to it: a column just left of it (the labels) whose every line stands on one of its rows."""
    short = [b for b in blocks if not _is_head(b, body) and _short(b)]
    groups: list[list[Block]] = []
    for b in sorted(short, key=lambda b: b.x0):
        g = next((g for g in groups if sum(any(_same_row(x, y) for y in g[-1].lines) for x in b.lines) >= 2), None)
        if g is None:
            groups.append([b])
        else:
            g.append(b)
    taken: set[int] = set()
    tables = []
    for g in groups:
        first, last = g[0], g[-1]
        free = [b for b in blocks if id(b) not in taken and b not in g]
        labels = [b for b in free if _beside(b, first.x0 - b.x1, first, body)]
        # a box of figures each before its label (数读: ■ 68% 民生支出占比): the labels stand right of them
        # (the labels' block may start left of the longest figure's end: judged from the shortest line's)
        near = min(ln.x1 for ln in last.lines)
        after = [] if labels or len(g) > 1 else [b for b in free if b.x0 > last.x0 and _beside(b, b.x0 - near, last, body)]
        if len(g) + len(labels[-1:]) + len(after[:1]) < 2:
            continue  # one column of short lines, nothing beside it on its rows: no table
        members = labels[-1:] + g + after[:1]
        taken |= {id(b) for b in members}
        rows: list[list[Line]] = []
        for ln in sorted((ln for b in members for ln in b.lines), key=lambda ln: (ln.bottom, ln.x0)):
            if rows and _same_row(rows[-1][0], ln):
                rows[-1].append(ln)
            else:
                rows.append([ln])
        table: Block | None = None
        for row in rows:
            row.sort(key=lambda ln: ln.x0)
            glyphs = [g for ln in row for g in ln.glyphs]
            starts, k = [], 0
            for ln in row[:-1]:
                k += len(ln.glyphs)
                starts.append(k)
            line = Line(glyphs, row[0].size, tuple(starts))
            if table is None:
                table = Block(line)
            else:
                table.add(line)
        if table is not None:
            title = _title(table, [b for b in blocks if id(b) not in taken], body)
            if title is not None:  # its title opens it, a paragraph of its own, not the end of a column beside
                taken.add(id(title))
                rows_ = table.lines
                table = Block(title.lines[0])
                table.titled = True
                for ln in rows_:
                    table.add(ln)
            table.table = True
            tables.append(table)
    return [b for b in blocks if id(b) not in taken] + tables


def _figure_cells(blocks: list[Block], body: float) -> list[Block]:
    """An infographic's cells (数据, 数说 boxes): a number with its unit set large, a short label in small type
    right under it. Set that large the number reads as a headline, each opening an article of its own, and its
    label would then open the next one (a city's name under its figure placing the figure after it); read
    instead as one row of a table, label first (合肥市 3862.4亿元, 规上工业增加值增长 7.6%): the label is what
    the figure is of, said before it as a sentence would."""
    heads = [b for b in blocks if len(b.lines) == 1 and _is_head(b, body) and _bare_figure(b.lines[0])]
    if not heads:
        return blocks
    used: set[int] = set()
    pairs: dict[int, Block] = {}
    for h in heads:
        mid = (h.x0 + h.x1) / 2
        under = [b for b in blocks if id(b) not in used and b is not h and len(b.lines) == 1
                 and not _is_head(b, body) and b.size < h.size and len(b.lines[0].glyphs) <= NUMBER_CELL
                 and 0 <= b.top - h.bottom <= h.size and b.x0 - h.size <= mid <= b.x1 + h.size
                 and not _ends(b.lines[0].glyphs[-1].ch) and not _numeric(b.lines[0].glyphs[0].ch)]
        if len(under) != 1:  # none, or two labels a reader cannot choose between
            continue
        label = under[0]
        used.add(id(label))
        glyphs = label.lines[0].glyphs + h.lines[0].glyphs
        row = Block(Line(glyphs, label.size, (len(label.lines[0].glyphs),)))
        row.table = True
        pairs[id(h)] = row
    return [pairs.get(id(b), b) for b in blocks if id(b) not in used]


def _figure_lines(blocks: list[Block], body: float) -> list[Block]:
    """A box of figures set a figure a line over its label a line (数说: 5.86亿元 / 科技经费投入 / 4.12万人 / 城镇新增就业),
    all in one block at one size under the box's title: each pair is one entry of a paragraph of its own, the figure
    glued to its label (4.12万人城镇新增就业), as the layout repair hands on such a box from an extractor's text (the
    segmenter's figure entries, the metric rules' label after its figure). Read a line a paragraph, each figure would
    stand apart from what it counts. Every line after the title must be such a pair, two pairs at least."""
    out: list[Block] = []
    for b in blocks:
        lines = b.lines
        title = lines[:1] if lines and not _bare_figure(lines[0]) and lines[0].size > lines[-1].size else []
        entries = lines[len(title):]
        if b.table or len(entries) < 4 or len(entries) % 2 or not all(
                _bare_figure(f) and _box_label(lab) and abs(f.size - lab.size) <= SAME_SIZE * f.size
                for f, lab in zip(entries[::2], entries[1::2], strict=True)):
            out.append(b)
            continue
        if title:
            out.append(Block(title[0]))
        rows = [Line(f.glyphs + lab.glyphs, f.size) for f, lab in zip(entries[::2], entries[1::2], strict=True)]
        table = Block(rows[0])
        for row in rows[1:]:
            table.add(row)
        table.table = True
        out.append(table)
    return out


def _box_label(ln: Line) -> bool:
    """A box entry's label: a few words on a line of their own, opening on no digit and closing on no mark."""
    glyphs = ln.glyphs
    return len(glyphs) <= 2 * NUMBER_CELL and not _numeric(glyphs[0].ch) and not _ends(glyphs[-1].ch) \
        and not any(_numeric(g.ch) for g in glyphs[:1])


def _bare_figure(ln: Line) -> bool:
    """A number with at most a short unit after it (3862.4亿元, 7.6%, 2.6万户): the whole of a line."""
    glyphs = ln.glyphs
    if not _numeric(glyphs[0].ch) or len(glyphs) >= NUMBER_CELL:
        return False
    k = 0
    while k < len(glyphs) and _numeric(glyphs[k].ch):
        k += 1
    return len(glyphs) - k <= 3 and all(not _numeric(g.ch) for g in glyphs[k:])


def _beside(b: Block, gap: float, of: Block, body: float) -> bool:
    """A column of labels `gap` away from a column of cells, its every line on one of their rows."""
    reach = (RAGGED_REACH if _ragged(b) else LABEL_REACH) * body
    return (len(b.lines) >= 2 and 0 < gap < reach and not _is_head(b, body)
            and all(any(_same_row(x, y) for y in of.lines) for x in b.lines))


def _title(table: Block, blocks: list[Block], body: float) -> Block | None:
    """One line closing on no mark, set at the table's left edge just above its first row: its title. It may
    close on a bracket (its unit note: …床位（单位：张）) where no full stop stands in it (a sentence's last line
    closing on a bracket has one: …（记者 李强 摄）ends a caption after its stop)."""
    for b in blocks:
        if (len(b.lines) == 1 and (not _ends(b.lines[0].glyphs[-1].ch) or _noted(b.lines[0]))
                and abs(b.x0 - table.x0) < 2 * body
                and 0 <= table.top - b.bottom < 2 * b.size and not _is_head(b, body)):
            return b
    return None


def _noted(ln: Line) -> bool:
    """A line closing on a bracket with no full stop of the wide forms in it (a title's unit note in brackets)."""
    return (unicodedata.category(ln.glyphs[-1].ch) == "Pe"
            and not any(not g.ch.isascii() and _STOP.search(g.ch) for g in ln.glyphs))


def _is_furniture(b: Block, blocks: list[Block], height: float, body: float) -> bool:
    """A running head, page number or a rule typed as characters: not text of any article."""
    text = "".join(g.ch for ln in b.lines for g in ln.glyphs)
    if all(c in _RULE_MARKS or unicodedata.category(c) in ("Pd", "Pc") or 0x2500 <= ord(c) < 0x2580 for c in text):
        return True
    if len(b.lines) > 1 or _is_head(b, body):
        return False
    in_margin = b.bottom < MARGIN * height or b.top > (1 - MARGIN) * height
    if not in_margin:
        return False
    others = [o for o in blocks if o is not b and (o.bottom < b.top or o.top > b.bottom)]  # not on its row
    above = all(o.top >= b.bottom + 0.5 * b.size for o in others)
    below = all(o.bottom <= b.top - 0.5 * b.size for o in others)
    return above or below


def _reach(h: Block, heads: list[Block], width: float, body: float) -> tuple[float, float]:
    """How far across the page a headline rules: up to the headlines beside it, else the page edges
    (a headline is often shorter than the columns it stands over, or centred above them)."""
    left, right = 0.0, width
    for o in heads:
        if o is h or o.bottom < h.top - 2 * body or o.top > h.bottom + 2 * body:
            continue
        if o.x0 >= h.x1:
            right = min(right, o.x0)
        elif o.x1 <= h.x0:
            left = max(left, o.x1)
    return left, right


def _decks(heads: list[Block], body: float) -> list[list[Block]]:
    """Headline blocks stacked closely one above the other (kicker, headline, subtitle): one article's."""
    groups: list[list[Block]] = []
    for h in sorted(heads, key=lambda b: b.top):
        for g in groups:
            last = g[-1]
            x0, x1 = min(b.x0 for b in g), max(b.x1 for b in g)
            if -0.5 * body <= h.top - last.bottom <= 1.5 * body + 0.5 * last.size and min(h.x1, x1) > max(h.x0, x0):
                g.append(h)
                break
        else:
            groups.append([h])
    return groups


def _merged(group: list[Block]) -> Block:
    """One block around a headline's lines, for where it stands on the page."""
    out = Block(group[0].lines[0])
    for b in group:
        for ln in b.lines:
            if ln is not out.lines[0]:
                out.add(ln)
    return out


def _order(blocks: list[Block], body: float, width: float) -> list[tuple[list[Block], list[Block]]]:
    """Articles in reading order: (its headline blocks, maybe none; its body blocks column by column)."""
    groups = _decks([b for b in blocks if _is_head(b, body)], body)
    heads = [_merged(g) for g in groups]
    bodies = [b for b in blocks if not _is_head(b, body)]
    owned: dict[int, list[Block]] = {id(h): [] for h in heads}
    reach = {id(h): _reach(h, heads, width, body) for h in heads}
    loose: list[Block] = []
    for b in bodies:
        mid = (b.x0 + b.x1) / 2
        above = [h for h in heads if h.bottom <= b.top + 0.5 * b.size and reach[id(h)][0] <= mid < reach[id(h)][1]]
        if above:
            owned[id(_owner(b, above, body))].append(b)
        else:
            loose.append(b)
    for h in heads:  # a caption beside an item, well below its headline and under none of its text, is no part of it
        apart = [b for b in owned[id(h)] if _aside(b, h, owned[id(h)], body)]
        if apart:
            owned[id(h)] = [b for b in owned[id(h)] if b not in apart]
            loose += apart
    order = sorted(range(len(heads)), key=lambda i: (round(heads[i].top / body), heads[i].x0))
    out: list[tuple[list[Block], list[Block]]] = []
    if loose:
        out.append(([], _columns(loose, body)))
    out += [(groups[i], _columns(owned[id(heads[i])], body)) for i in order]
    return out


def _aside(b: Block, h: Block, owned: list[Block], body: float) -> bool:
    """A block a headline's reach takes that is none of its article's: beside the headline, not under it
    (the two overlap nowhere across the page), starting well below it (an article's columns start right
    under its headline), and under none of the article's other blocks (a band under its columns, a table,
    stands under them): a photo's caption left of a notice set beside the photo."""
    if min(h.x1, b.x1) > max(h.x0, b.x0) or b.top - h.bottom <= ASIDE * body:
        return False
    return not any(o is not b and o.bottom <= b.top and min(o.x1, b.x1) > max(o.x0, b.x0) for o in owned)


def _owner(b: Block, above: list[Block], body: float) -> Block:
    """Of the headlines above a body block and reaching over it, the lowest; of two side by side (a row of
    two articles' headlines, the left one short of its second column), the one the block stands under: a
    column that ends left of where the right headline starts is the left article's."""
    low = max(h.bottom for h in above)
    row = [h for h in above if h.bottom >= low - body]
    if len(row) > 1:
        under = [h for h in row if min(h.x1, b.x1) > max(h.x0, b.x0)]
        if len(under) == 1:
            return under[0]
    return max(row, key=lambda h: h.bottom)


def _columns(blocks: list[Block], body: float) -> list[Block]:
    """Blocks column by column: left to right by where they start, top to bottom within a column.
    A block that starts below every block before it (a table or a caption under the columns) opens
    a band of its own, read after the columns above it, not inside the first of them."""
    bands: list[list[Block]] = []
    low = float("-inf")
    for b in sorted(blocks, key=lambda b: b.top):
        if not bands or b.top >= low:
            bands.append([])
        bands[-1].append(b)
        low = max(low, b.bottom)
    out: list[Block] = []
    for k, band in enumerate(bands):
        cols: list[list[Block]] = []
        for b in sorted(band, key=lambda b: b.x0):
            if cols and b.x0 - cols[-1][0].x0 < 2 * body:
                cols[-1].append(b)
            else:
                cols.append([b])
        first = len(out)
        out += [b for col in cols for b in sorted(col, key=lambda b: b.top)]
        out[first].band = k > 0
    return out


class _Writer:
    """Builds the text and its page map together, so the two never disagree."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.map = PageMap()
        self.n = 0
        self.last = ""

    def put(self, ch: str, page: int, g: Glyph | None) -> None:
        self.parts.append(ch)
        self.map.add(page, g)
        self.n += 1
        self.last = ch

    def new_line(self) -> int:
        """Open a paragraph line; returns its offset."""
        if self.n:
            self.put("\n", -1, None)
        at = self.n
        self.put(PARAGRAPH_MARK, -1, None)
        return at

    def glyphs(self, glyphs: list[Glyph], page: int) -> None:
        prev: Glyph | None = None
        for g in glyphs:
            word_gap = prev is not None and g.x0 - prev.x1 > 0.2 * g.size
            if (self.last.isascii() and self.last.isalpha() and g.ch.isascii() and g.ch.isalpha()
                    and (prev is None or word_gap)):
                self.put(" ", -1, None)  # Latin words keep their space, within and across lines
            elif prev is not None and g.spaced is prev:
                self.put(" ", -1, None)  # an ideographic space typed between (■宿州　据…): a space, not the mark
                # that opens a paragraph line
            self.put(g.ch, page, g)
            prev = g


def _write_article(w: _Writer, page: int, heads: list[Block], body: list[Block]) -> None:
    for n, head in enumerate(heads):  # the headline opens the article; a kicker or subtitle goes with it
        (w.map.title_starts if n else w.map.article_starts).add(w.new_line())
        for ln in head.lines:
            w.glyphs(ln.glyphs, page)
    prev: Line | None = None
    prev_block: Block | None = None
    for b in body:
        if b.table:
            _write_rows(w, page, b)
            prev = None
            continue
        if b.chart:  # a line a paragraph: its title, its ticks up the axis, then each bar's value over its label
            for ln in b.lines:
                w.new_line()
                w.glyphs(ln.glyphs, page)
            prev = None
            continue
        x0, x1 = b.x0, b.x1
        for ln in b.lines:
            indented = ln.x0 - x0 > INDENT * ln.size
            short = prev is not None and prev_block is b and prev.x1 < x1 - 1.5 * prev.size
            ended = short and _ends(prev.glyphs[-1].ch)
            # a number at the end of a short line does not go on in the next line's number (a list, a table)
            apart = short and _numeric(prev.glyphs[-1].ch) and _numeric(ln.glyphs[0].ch)
            # a bare number standing alone in a block of its own (a chart's tick, a bar's value, a year under
            # its bar: 40 | 35.2 | 2021) runs on into no block beside it, nor another block into it
            alone = prev is not None and prev_block is not b and (_bare(ln) or _bare(prev))
            if indented and prev is not None and prev_block is b:
                indented = not _number_runs_on(prev, ln, x1)
            if prev is None or indented or ended or apart or alone or b.band and ln is b.lines[0]:
                w.new_line()
            w.glyphs(ln.glyphs, page)
            prev, prev_block = ln, b


def _number_runs_on(prev: Line, ln: Line, right: float) -> bool:
    """A line set in from its block's left edge that still goes on from the line above: that line full to the
    block's right edge and ending on a digit, this one opening on a digit where that one started (a box's title
    set out left of its lines, a short headline wrapped in the box's width under them: …覆盖5 | 86万人). Read as a
    paragraph of its own, the tail of the number would be a figure of its own (86万人 for 586万人)."""
    last, first = prev.glyphs[-1].ch, ln.glyphs[0].ch
    return (prev.x1 >= right - 1.5 * prev.size and (last.isdecimal() or last == ".")
            and (first.isdecimal() or first == ".") and abs(ln.x0 - prev.x0) <= INDENT * ln.size)


def _bare(ln: Line) -> bool:
    """A line of a number alone, no unit and no mark after it (a chart's tick or label: 40, 35.2, 2021)."""
    return len(ln.glyphs) < NUMBER_CELL and all(_numeric(g.ch) for g in ln.glyphs)


def _numeric(ch: str) -> bool:
    return ch in _NUMERIC or ord(ch) in _WIDE_NUMERIC


def _ends(ch: str) -> bool:
    """A mark that may end a paragraph's last line: a stop, a closing bracket or quote (by Unicode category:
    the reader has no lexicon, and a short line's end only confirms what its shortness says)."""
    return unicodedata.category(ch) in ("Po", "Pe", "Pf")


def _one_number(left: list[Glyph], right: list[Glyph]) -> bool:
    """Two cells of bare digits that a reader could take for one number spaced at a thousands mark
    (1 | 280: one to three digits, then three digits and maybe decimals)."""
    a = "".join(g.ch for g in left).strip()
    b = "".join(g.ch for g in right).strip()
    head = b.split(".", 1)[0]
    return 1 <= len(a) <= 3 and a.isdigit() and len(head) == 3 and head.isdigit() and b.count(".") <= 1


def _write_rows(w: _Writer, page: int, table: Block) -> None:
    """A table a row a paragraph, cells a space apart (a label next to its value; bare numbers too, the
    units in the columns' head: 拉萨市 6820 7.4) but for two that could read as one number (1 | 280),
    kept apart."""
    for ln in table.lines:
        at = w.new_line()
        if table.titled and ln is table.lines[0]:
            w.map.article_starts.add(at)  # under its own title: an item of its own, not the article above's end
        bounds = (0, *ln.cells, len(ln.glyphs))
        for n, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
            if a and _numeric(ln.glyphs[a - 1].ch) and _numeric(ln.glyphs[a].ch) \
                    and _one_number(ln.glyphs[bounds[n - 1]:a], ln.glyphs[a:b]):
                w.new_line()
            elif a:
                w.put(" ", -1, None)  # cells apart, as a text extractor gives them: the table reader's columns
            w.glyphs(ln.glyphs[a:b], page)


def read_pdf_text(path: Path) -> PdfText:
    """The text of every page in reading order with its page map; InputError if it is no readable PDF."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as exc:
        raise InputError(str(path), f"not a readable PDF: {exc}") from exc
    w = _Writer()
    warnings = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            width, height = page.get_size()
            w.map.page_sizes.append((width, height))
            textpage = page.get_textpage()
            seen: set[int] = set()
            glyphs = _glyphs(textpage.raw, height, seen)
            warnings += [f"page {i + 1}: {LOST_TEXT.format(f)}" for f in _lost_fonts(page.raw, textpage.raw, seen)]
            textpage.close()
            page.close()
            if not glyphs:
                warnings.append(f"page {i + 1}: {NO_TEXT_LAYER}")
                continue
            body = Counter(g.size for g in glyphs).most_common(1)[0][0]
            lines, charts = _charts(_lines(glyphs), body)
            blocks = _blocks(lines)
            blocks = [b for b in blocks if not _is_furniture(b, blocks, height, body)]
            blocks = _figure_lines(_figure_cells(_tables(blocks, body), body), body) + charts
            for heads, bodies in _order(blocks, body, width):
                _write_article(w, i, heads, bodies)
    finally:
        doc.close()
    return PdfText("".join(w.parts), w.map, tuple(warnings), len(w.map.page_sizes))
