"""An HTML page a PDF converter writes with every run of text placed on the page by its style (top and left), read as
the page's lines, laid out as `pdftotext -layout` sets them.

Converters that keep a page's look write each run of glyphs as an element of its own, absolutely placed: poppler's
`pdftohtml -c` a <p style="position:absolute;top:314px;left:114px"> a run (a line of a paragraph, a table's cell),
its type size in a class (.ft13{font-size:14px}) and each page a <div id="page1-div"> of its own; pdfminer's HTML
converter in its exact mode a <span style="position:absolute; left:126.14px; top:124.07px; font-size:15.0px"> a
glyph, its pages one below another; in its loose mode a <div> a text box. Read with their tags dropped, each run
stands on a line of its own: a table's cells one under another (its rows no longer rows), and in the exact mode a
paragraph a column of single characters, no figure in it.

So, where an HTML page's text all stands in such placed elements (a few words outside, a page's marker, at most),
it is written again as its lines: the runs whose tops lie within half their type size of each other form a line
(a digit or a sign set in another font sits a little higher or lower), left to right; a run set right after the
one before (its left within 0.3 of its type size of where that one ends: a glyph's end by its advance, the least
step from it to the next glyph the page shows; a run's by its characters, a wide one a type size, another half) is
joined to it, a gap as wide as a word space or more is one space at
least, a gap of its type size or more two spaces at least; and, as `pdftotext -layout` does, each run is set at
the column its left stands at in steps of half the page's most common type size (a table's columns stand under
one another). The runs' character references are read here (&#160; a space); any other text comes back as it is.
A file is read so in one piece only where it falls in one chunk of the reader (4 MB).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from stats.rules.prepared import compiled_re

_HEAD = compiled_re(r"\A\ufeff?\s*(?:<\?xml[^<>]*\?>\s*)?(?:<!DOCTYPE[^<>]*>\s*)?<html[\s>]", re.I)
# A placed element: a p, div or span whose style places it absolutely; its body (tags other than p and div inside:
# a span of a font, b, i, a) up to its own end tag.
_RUN = compiled_re(r"<(?P<tag>p|div|span)\s(?P<attrs>[^<>]*?position:\s*absolute[^<>]*)>"
                   r"(?P<body>(?:[^<]|<(?!/?(?:p|div)[\s>/])[^<>]*>)*?)</(?P=tag)>", re.I)
_TOP = compiled_re(r"[\s;\"]top:\s*(-?\d+(?:\.\d+)?)px")
_LEFT = compiled_re(r"[\s;\"]left:\s*(-?\d+(?:\.\d+)?)px")
_WIDTH = compiled_re(r"[\s;\"]width:\s*(\d+(?:\.\d+)?)px")
_SIZE = compiled_re(r"font-size:\s*(\d+(?:\.\d+)?)px")
_CLASS = compiled_re(r"\sclass=\"([^\"]+)\"")
_CLASS_SIZE = compiled_re(r"\.([A-Za-z][\w-]*)\s*\{[^{}]*?font-size:\s*(\d+(?:\.\d+)?)px")
_PAGE = compiled_re(r"<div\s+id=\"page\d+-div\"", re.I)
_STYLE = compiled_re(r"<style[\s>].*?</style>|<head[\s>].*?</head>|<!--.*?-->", re.I | re.S)
_TAGS = compiled_re(r"<[^<>]*>")
_MIN_RUNS = 20  # fewer placed runs than this: a page with a placed box or two, not a converter's page
_OUTSIDE = 0.1  # the most text outside the placed runs, as a share of theirs, for the page to be read so
_JOIN, _GAP = 0.3, 1.0  # gaps in type sizes: joined below the first, one space from it, two from the second
_DEFAULT_SIZE = 12.0
_WIDEST = 1.05  # the widest glyph, in type sizes: a step further is a gap's


@dataclass(frozen=True)
class Run:
    """One placed run of text: its page, its top and left, its type size, its text and its width where the converter
    gives one (None: reckoned from its characters)."""

    page: int
    top: float
    left: float
    size: float
    text: str
    width: float | None

    def end(self, advances: dict[tuple[str, float], float]) -> float:
        """Where the run ends: its width where the converter gives it, a glyph's the least step from it to the next
        glyph on its line the page shows (its advance), else reckoned from its characters (a wide one, or one of
        ambiguous width, which a Chinese font sets wide: a type size; another half)."""
        if self.width is not None:
            return self.left + self.width
        if (self.text, self.size) in advances:
            return self.left + advances[self.text, self.size]
        return self.left + sum(self.size if unicodedata.east_asian_width(c) in "WFA" else self.size / 2
                               for c in self.text)


def placed_html_plain(text: str) -> str:
    """text, if it is an HTML page whose text all stands in placed runs (see above), as its lines; any other text as
    it is."""
    if "position:" not in text or not _HEAD.match(text):
        return text
    runs = _runs(text)
    if len(runs) < _MIN_RUNS:
        return text
    inside = sum(len(r.text.strip()) for r in runs)
    outside = re.sub(r"\s+", "", html.unescape(_TAGS.sub("", _RUN.sub("", _STYLE.sub("", text)))))
    if len(outside) > _OUTSIDE * inside:
        return text
    return laid_out(runs)


def laid_out(runs: list[Run]) -> str:
    """Placed runs as the page's lines laid out (see above): a page's lines, then a blank line, page after page (the
    word boxes a PDF reader writes with their places are read so too, stats.read.wordboxes)."""
    pitch = Counter(r.size for r in runs for _ in r.text).most_common(1)[0][0] / 2
    pages: dict[int, list[Run]] = {}
    for r in runs:
        pages.setdefault(r.page, []).append(r)
    lines = {page: _lines(pages[page]) for page in sorted(pages)}
    advances = _advances([ln for page in lines.values() for ln in page])
    out: list[str] = []
    for page, page_lines in lines.items():
        x0 = min(r.left for r in pages[page])
        out += [_line(ln, x0, pitch, advances) for ln in page_lines]
        out.append("")
    return "\n".join(out).strip("\n") + "\n"


def _runs(text: str) -> list[Run]:
    """The placed runs of text (a run of no text, a box's border or a page's frame, none), with their page."""
    sizes = {m.group(1): float(m.group(2)) for m in _CLASS_SIZE.finditer(text)}
    starts = [m.start() for m in _PAGE.finditer(text)]
    runs: list[Run] = []
    for m in _RUN.finditer(text):
        attrs, body = m.group("attrs"), m.group("body")
        top, left = _TOP.search(" " + attrs), _LEFT.search(" " + attrs)
        words = html.unescape(_TAGS.sub("", body)).replace("\xa0", " ").strip()
        if top is None or left is None or not words:
            continue
        size = _SIZE.search(attrs) or _SIZE.search(body)
        cls = _CLASS.search(" " + attrs)
        pt = float(size.group(1)) if size else sizes.get(cls.group(1), _DEFAULT_SIZE) if cls else _DEFAULT_SIZE
        width = _WIDTH.search(" " + attrs)
        page = sum(s < m.start() for s in starts)
        runs.append(Run(page, float(top.group(1)), float(left.group(1)), pt, words,
                         float(width.group(1)) if width else None))
    return runs


def _lines(runs: list[Run]) -> list[list[Run]]:
    """The runs in lines: a run whose top lies within half its type size of the line's first run's joins it."""
    lines: list[list[Run]] = []
    for r in sorted(runs, key=lambda r: (r.top, r.left)):
        if lines and abs(r.top - lines[-1][0].top) <= min(r.size, lines[-1][0].size) / 2:
            lines[-1].append(r)
        else:
            lines.append([r])
    return [sorted(ln, key=lambda r: r.left) for ln in lines]


def _advances(lines: list[list[Run]]) -> dict[tuple[str, float], float]:
    """Each glyph's advance where the page places glyph by glyph (pdfminer's exact mode): the least step from a
    one-character run to the next run of its line, over the page (a glyph's width in its font; a gap, a space or
    a column's, only adds to it); a step wider than a type size is a gap's, no glyph's (a glyph only ever seen
    before one has none)."""
    out: dict[tuple[str, float], float] = {}
    for ln in lines:
        for a, b in zip(ln, ln[1:], strict=False):
            step = b.left - a.left
            if len(a.text) == 1 and 0 < step <= _WIDEST * a.size:
                key = (a.text, a.size)
                out[key] = min(out.get(key, step), step)
    return out


def _line(runs: list[Run], x0: float, pitch: float, advances: dict[tuple[str, float], float]) -> str:
    """One line's runs, each at the column its left stands at (see above), joined where they touch."""
    line, end = "", None
    for r in runs:
        col = round((r.left - x0) / pitch)
        if end is None:
            pad = col
        else:
            gap = r.left - end
            if gap < _JOIN * r.size:
                pad = 0
            elif gap < _GAP * r.size:  # (a word's space: one, not the column the run's left stands at, which a
                pad = 1  # line of wide characters, each one character for two columns, sets far to its right)
            else:
                pad = max(2, col - len(line))
        line += " " * pad + r.text
        end = r.end(advances)
    return line.rstrip()
