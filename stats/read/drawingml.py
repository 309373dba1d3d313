"""A PowerPoint slide as its .pptx holds it (ppt/slides/slideN.xml, read out of the archive as text): the DrawingML taken
out where the text is read, so that it reads as the slide shows it.

PowerPoint writes a slide on one line after the XML declaration: a tree of shapes (<p:sp>) whose positions and sizes
are numbers in EMU (<a:off x="838200" y="365125"/>, <a:ext cx="10515600" …/>), each text body's paragraphs an <a:p> of
runs (<a:r><a:rPr lang="zh-CN" sz="2400" b="1"/><a:t>…</a:t></a:r>) that a change of size, weight or language cuts
wherever it falls, inside a number too (<a:t>68</a:t></a:r><a:r>…<a:t>2</a:t>), and a table a <p:graphicFrame> holding
an <a:tbl> of rows (<a:tr h="370840">) of cells (<a:tc>), each cell a text body of its own with its properties
(<a:tcPr marL="91440"/>) after it. Read as written, the whole slide is one line: its bullets run into one another, the
tags' digits (sizes, offsets, ids) stand between a number and its unit and a table's cells glue into one number
(县人民医院2603 for 260 and 32).

A bullet is a statement of its own that ends in no mark (实有床位682张, 增长7.2%): its paragraph's end is a line's end, but a
page's lines that end so read as a hard-wrapped paragraph, each bullet run on into the next, the slide's target
(2026年目标：…9张以上) one sentence with the year's figures before it. So each paragraph of a text box that is no title,
date, number, foot or head placeholder and ends in no mark of its own is ended with a full stop, as the slide sets
each bullet apart; a shape (<p:sp>) or a table's frame ends in a blank line, a box of its own.

So: only the runs' and fields' texts (<a:t>) are read, as the slide shows nothing else (a table's style id,
<a:tableStyleId>{5C22544A-…}</a:tableStyleId>, is character data too, but no text); a paragraph's end is a line's end;
a table cell's end before the next cell is a tab and a row's end a line's end, as a sheet's rows pasted as text; a
cell's properties hold no text and go whole; a line break inside a paragraph (<a:br/>) is a line's end; every other
tag of an Office namespace (p:, a:, p14:, r: …) and the XML declaration are dropped, the runs' texts joined. A text is
read so only where it holds a DrawingML text body (<p:txBody> or <a:txBody>, and a run's <a:t>) and no
WordprocessingML (a Word body is `stats.read.wordml`'s, whose reading takes these tags too): HTML or another XML is no
slide. A shape is read so where its piece of the file holds it whole (a large file is read in pieces of megabytes: a
slide's XML is a few tens of kilobytes).
"""

from __future__ import annotations

import re
import unicodedata

from stats.rules.prepared import compiled_re

STOP = unicodedata.lookup("IDEOGRAPHIC FULL STOP")  # what a bullet's end stands for (named: no mark in the engine's code)
_FIGURE_MARKS = ("%", unicodedata.lookup("PER MILLE SIGN"))  # marks a figure ends in: no mark of the bullet's end

_BODY = compiled_re(r"<(?:p|a):txBody[\s>]")
_SHAPE = compiled_re(r"<p:sp[\s>].*?</p:sp>", re.S)
_FRAME_END = compiled_re(r"</p:(?:sp|graphicFrame)>")
# A placeholder whose text is no statement of the slide's: its title, or the date, number, foot or head it repeats.
_LABEL_PLACEHOLDER = compiled_re(r'<p:ph\s[^<>]*type="(?:title|ctrTitle|subTitle|dt|sldNum|ftr|hdr)"')
_PARAGRAPH = compiled_re(r"(<a:p[\s>].*?)(</a:p>)", re.S)
_RUN_TEXT = compiled_re(r"<a:t(?:\s[^<>]*)?>([^<]*)</a:t>")
_CELL_PROPS = compiled_re(r"<a:tcPr(?:\s[^<>]*)?/>|<a:tcPr(?:\s[^<>]*)?>.*?</a:tcPr>", re.S)
_CELL_END = compiled_re(r"</a:p>\s*</a:txBody>\s*</a:tc>\s*(?=<a:tc[\s>])")
_LAST_CELL_END = compiled_re(r"</a:p>\s*</a:txBody>\s*</a:tc>")
_LINE_END = compiled_re(r"</a:(?:p|tr)>|<a:br(?:\s[^<>]*)?/>")
# A run's text (kept), a tag (dropped) or other character data (dropped: no run's text); a piece that opens inside a
# run's text (its <a:t> in the piece before) keeps the text up to that run's end.
_PIECE = compiled_re(r"<a:t(?:\s[^<>]*)?>([^<]*)</a:t>|<a:t(?:\s[^<>]*)?/>|(\n|\t)|<[^<>]*>|[^<\n\t]+")
_OPEN_RUN = compiled_re(r"\A[^<]*(?=</a:t>)")


def drawingml_plain(text: str) -> str:
    """text with a slide's DrawingML taken out (see above); text with no DrawingML text body, or with a Word body's
    tags in it, is returned as it is."""
    if "<a:t>" not in text and "<a:t " not in text or "<w:" in text or _BODY.search(text) is None:
        return text
    text = _FRAME_END.sub(lambda m: m.group() + "\n", _SHAPE.sub(_bullets_ended, text))
    text = _CELL_END.sub("\t", _CELL_PROPS.sub("", text))
    text = _LINE_END.sub("\n", _LAST_CELL_END.sub("", text))
    head = _OPEN_RUN.match(text)
    start = head.end() if head is not None else 0
    return text[:start] + _PIECE.sub(lambda m: m.group(1) or m.group(2) or "", text[start:])


def _bullets_ended(shape: re.Match[str]) -> str:
    """A shape's XML with each paragraph of its text that ends in no mark ended with `STOP` (in a run of its own),
    unless the shape is a title, date, number, foot or head placeholder."""
    if _LABEL_PLACEHOLDER.search(shape.group()) is not None:
        return shape.group()
    return _PARAGRAPH.sub(_ended, shape.group())


def _ended(para: re.Match[str]) -> str:
    said = "".join(_RUN_TEXT.findall(para.group(1))).rstrip()
    if not said or unicodedata.category(said[-1]).startswith("P") and said[-1] not in _FIGURE_MARKS:
        return para.group()
    return f"{para.group(1)}<a:t>{STOP}</a:t>{para.group(2)}"
