"""Newspaper-like PDF pages typeset from short texts of our own, for the PDF reader's tests.

reportlab's built-in CID font STSong-Light needs no font file and PDFium, poppler and
pdfminer all map it back to Unicode. Text is set a character at a time: justified columns
(the spare width spread between the characters of every line but a paragraph's last),
first lines indented two characters, headlines across the columns of their article, a
running head, a page number and rules. Every character drawn is logged with its box
(points, origin top left) in reading order, so a test can tell where a figure really is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

FONT = "STSong-Light"
PAGE = (595.0, 842.0)


@dataclass
class Article:
    headline: str
    paragraphs: list[str]
    subtitle: str = ""  # set under the headline in type between the headline's and the body's
    kicker: str = ""  # 引题: a line over the headline in a smaller type (a paper's three-line headline)
    bold: tuple[str, ...] = ()  # paragraphs that are 小标题: set bold (filled and stroked), centred, not indented


@dataclass
class Region:
    """An article's place on the page: its headline spans x0..x1, its body flows into `columns` below."""

    article: Article
    x0: float
    x1: float
    top: float
    bottom: float  # the body must end above this
    columns: int
    size: float = 9.0
    leading: float = 1.5  # line pitch in type sizes
    head_size: float = 18.0


@dataclass
class Drawn:
    """What was drawn, in reading order: the clean text (headline and paragraphs a line each) and a box a character."""

    text: list[str] = field(default_factory=list)
    boxes: list[tuple[int, float, float, float, float] | None] = field(default_factory=list)

    def line(self, page: int, chars: list[tuple[str, float, float, float, float]]) -> None:
        if self.text:
            self.text.append("\n")
            self.boxes.append(None)
        for ch, x0, top, x1, bottom in chars:
            self.text.append(ch)
            self.boxes.append((page, x0, top, x1, bottom))

    @property
    def clean(self) -> str:
        return "".join(self.text)


def _register() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _width(ch: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(ch, FONT, size)


def _wrap(par: str, width: float, size: float, indent: float) -> list[list[str]]:
    lines, cur, used = [], [], indent
    for ch in par:
        w = _width(ch, size)
        if cur and used + w > width:
            lines.append(cur)
            cur, used = [], 0.0
        cur.append(ch)
        used += w
    if cur:
        lines.append(cur)
    if len(lines) > 1 and len(lines[-1]) == 1:  # reportlab writes a lone CJK glyph as a box: never set one
        lines[-1].insert(0, lines[-2].pop())
    return lines


def _set_line(c, chars: list[str], x: float, base: float, width: float, size: float, justify: bool,
              page_h: float, bold: bool = False) -> list[tuple[str, float, float, float, float]]:
    """One line as one text object, justified by character spacing (as typesetting programs do);
    reportlab writes CJK glyphs drawn one string each as boxes, a whole line it writes right. Bold
    is the typesetters' fake bold of a font with no bold face: the glyphs filled and stroked."""
    widths = [_width(ch, size) for ch in chars]
    extra = (width - sum(widths)) / (len(chars) - 1) if justify and len(chars) > 1 else 0.0
    t = c.beginText(x, page_h - base)
    t.setFont(FONT, size)
    t.setCharSpace(extra)
    if bold:
        c.setLineWidth(0.35)
        t.setTextRenderMode(2)
    t.textOut("".join(chars))
    c.drawText(t)
    if bold:
        c.setLineWidth(1)
    out = []
    for ch, w in zip(chars, widths, strict=True):
        out.append((ch, x, base - 0.88 * size, x + w, base + 0.12 * size))
        x += w + extra
    return out


def typeset(path: Path, pages: list[list[Region]], running_head: str = "") -> Drawn:
    """Write the pages to path; returns what was drawn where."""
    from reportlab.pdfgen import canvas

    _register()
    w, h = PAGE
    c = canvas.Canvas(str(path), pagesize=PAGE)
    drawn = Drawn()
    for pno, regions in enumerate(pages):
        if running_head:
            _set_line(c, list(running_head), 40, 28, 0, 8, False, h)
            _set_line(c, list(str(pno + 1)), w - 60, 28, 0, 8, False, h)
            c.line(40, h - 34, w - 40, h - 34)
        _set_line(c, list(str(pno + 1)), w / 2 - 4, h - 24, 0, 8, False, h)
        for r in regions:
            _region(c, r, pno, h, drawn)
        c.showPage()
    c.save()
    return drawn


def _region(c, r: Region, pno: int, h: float, drawn: Drawn) -> None:
    gap = 1.5 * r.size
    head_lines = _wrap(r.article.headline, r.x1 - r.x0, r.head_size, 0.0)
    base = r.top + r.head_size
    chars: list[tuple[str, float, float, float, float]] = []
    if r.article.kicker:  # the 引题 over the headline, a line of its own in the clean text
        ks = 0.6 * r.head_size
        kb = r.top + ks
        for kl in _wrap(r.article.kicker, r.x1 - r.x0, ks, 0.0):
            chars += _set_line(c, kl, r.x0, kb, r.x1 - r.x0, ks, False, h)
            kb += 1.3 * ks
        drawn.line(pno, chars)
        chars = []
        base = kb - ks + r.head_size
    for hl in head_lines:
        chars += _set_line(c, hl, r.x0, base, r.x1 - r.x0, r.head_size, False, h)
        base += 1.3 * r.head_size
    drawn.line(pno, chars)
    if r.article.subtitle:
        sub = 0.7 * r.head_size
        base += sub - 0.3 * r.head_size
        chars = []
        for sl in _wrap(r.article.subtitle, r.x1 - r.x0, sub, 0.0):
            chars += _set_line(c, sl, r.x0, base, r.x1 - r.x0, sub, False, h)
            base += 1.3 * sub
        drawn.line(pno, chars)
    c.line(r.x0, h - (base - 0.6 * r.head_size), r.x1, h - (base - 0.6 * r.head_size))  # a rule under the headline
    col_w = (r.x1 - r.x0 - gap * (r.columns - 1)) / r.columns
    top = base + 0.2 * r.head_size
    wrapped = [_wrap(par, col_w, r.size, 0.0 if par in r.article.bold else 2 * r.size)
               for par in r.article.paragraphs]
    per_col = -(-sum(len(w) for w in wrapped) // r.columns)  # balanced columns, as a paper sets them
    col, row = 0, 0
    for par, lines in zip(r.article.paragraphs, wrapped, strict=True):
        par_bold = par in r.article.bold
        chars = []
        for k, ln in enumerate(lines):
            if row == per_col:
                col, row = col + 1, 0
            y = top + r.size + row * r.leading * r.size
            if y > r.bottom:
                raise ValueError(f"text of {r.article.headline} does not fit its region")
            if par_bold:  # a 小标题: centred in its column, bold, never justified
                x = r.x0 + col * (col_w + gap) + (col_w - sum(_width(g, r.size) for g in ln)) / 2
                chars += _set_line(c, ln, x, y, 0, r.size, False, h, bold=True)
                row += 1
                continue
            indent = 2 * r.size if k == 0 else 0.0
            x = r.x0 + col * (col_w + gap) + indent
            chars += _set_line(c, ln, x, y, col_w - indent, r.size, k < len(lines) - 1, h)
            row += 1
        drawn.line(pno, chars)
