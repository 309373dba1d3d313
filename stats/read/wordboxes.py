"""The word boxes a PDF reader writes with their places, read as the page's lines laid out as `pdftotext -layout`
sets them (stats.read.placedhtml's layout).

Poppler's pdftotext writes a page's words with their boxes in two forms a script keeps as they come:
- `pdftotext -tsv`: a header line (level, page_num, par_num, block_num, line_num, word_num, left, top, width, height,
  conf, text), then a line for each page, flow, block and line (levels 1-4, their text a ###PAGE###, ###FLOW### or
  ###LINE### marker) and one for each word (level 5), its box's left, top, width and height in points;
- `pdftotext -bbox` and `-bbox-layout`: an XHTML page whose <doc> holds a <page> for each page and a <word xMin= yMin=
  xMax= yMax=> for each word (in -bbox-layout inside <flow>, <block> and <line> elements), one a line of the file.
Read as they stand, every word is a line of its own with its numbers of place about it (a conf of 100 read as a
figure, a table's cells one under another), so a file that is one of these is read as its words placed: each word a
run at its box's left and top, its box's height its type size; the words whose tops lie within half that of each
other form a line, set apart by their gaps. Any other text comes back as it is.
"""

from __future__ import annotations

import html
import re

from stats.read.placedhtml import Run, laid_out
from stats.rules.prepared import compiled_re

_TSV_HEAD = compiled_re(r"\A\ufeff?level\tpage_num\t(?:par_num\tblock_num|block_num\tpar_num)\tline_num\tword_num\t"
                        r"left\ttop\twidth\theight\tconf\ttext\r?\n")
_NUM = r"(-?\d+(?:\.\d+)?)"
_TSV_WORD = compiled_re(rf"^5\t(\d+)\t\d+\t\d+\t\d+\t\d+\t{_NUM}\t{_NUM}\t{_NUM}\t{_NUM}\t-?\d+(?:\.\d+)?\t(.*?)\r?$")
_BBOX_HEAD = compiled_re(r"\A\ufeff?\s*(?:<\?xml[^<>]*\?>\s*)?(?:<!DOCTYPE[^<>]*>\s*)?<html[\s>].*?<doc>", re.S)
_BBOX_MARK = compiled_re(rf"<page\s|<word\s+xMin=\"{_NUM}\"\s+yMin=\"{_NUM}\"\s+xMax=\"{_NUM}\"\s+yMax=\"{_NUM}\">"
                         r"([^<]*)</word>")


def word_boxes_plain(text: str) -> str:
    """text, if it is pdftotext's -tsv output or its -bbox / -bbox-layout XHTML (see above), as its lines laid out;
    any other text as it is."""
    runs = _tsv_runs(text) if _TSV_HEAD.match(text) else _bbox_runs(text) if _is_bbox(text) else []
    return laid_out(runs) if runs else text


def _is_bbox(text: str) -> bool:
    return "<word" in text and _BBOX_HEAD.match(text) is not None


def _tsv_runs(text: str) -> list[Run]:
    """The level-5 lines of a -tsv output as runs (a line of another level, a marker, none)."""
    runs = []
    for line in text.splitlines():
        m = _TSV_WORD.match(line)
        if m and m.group(6).strip():
            page, left, top, width, height = int(m.group(1)), *(float(m.group(k)) for k in range(2, 6))
            runs.append(Run(page, top, left, height, m.group(6).strip(), width))
    return runs


def _bbox_runs(text: str) -> list[Run]:
    """The <word> elements of a -bbox XHTML as runs, each on the page of the last <page> before it."""
    runs, page = [], 0
    for m in _BBOX_MARK.finditer(text):
        if m.group(1) is None:
            page += 1
            continue
        words = html.unescape(m.group(5)).strip()
        if words:
            x0, y0, x1, y1 = (float(m.group(k)) for k in range(1, 5))
            runs.append(Run(page, y0, x0, y1 - y0, words, x1 - x0))
    return runs
