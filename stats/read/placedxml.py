"""Pages whose text an XML file places glyph run by glyph run, read as the page's lines: an OFD page's Content.xml,
an ALTO file of an OCR'd scan and an SVG drawing's text elements. Read with their tags dropped by no reader before
this one, their numbers of place (Boundary="25.400 63.000 50.800 5.503", HPOS="412", transform="matrix(1 0 0 1 120.3
700)"), of glyph advances (DeltaX="g 3 2.11665"), of confidence (WC="0.93", CC="0 0 1 0") and of shape (a path's d)
stand as thick as the text's and the text's runs apart.

- OFD (GB/T 33190, the fixed-layout format Chinese offices export their documents in; Doc_0/Pages/Page_N/Content.xml
  read out of the archive as text): each run of glyphs an ofd:TextObject whose Boundary's second number is its top,
  its text in ofd:TextCode elements. Converters set Latin letters and digits in a font of their own, so a figure's
  digits are a TextObject of their own between its label's and its unit's (实有床位 | 2468 | 张). The runs whose tops
  are the same form a line (joined as they stand, no space), a new top starts a new line.
- ALTO (the Library of Congress's schema for OCR'd pages, as ABBYY FineReader, Tesseract and digitisation projects
  write it): each recognised word a String whose CONTENT attribute holds it, an SP a space between two words, a
  TextLine a line and a TextBlock a paragraph (a blank line after it); the Description (the scan's file name, dates,
  software versions) holds no word.
- SVG (an infographic as Adobe Illustrator or Inkscape exports it): each text element a line; within one, a tspan
  placed on a new baseline (a y other than the previous tspan's) starts a new line, and tspans on one baseline are
  joined (a big number and its unit, 1126 | 人); a style block, a path's coordinates and an embedded image's base64
  are no text.

Each is found by its own root element (<ofd:Page, <alto, <svg) and read only where its text elements hold text; any
other text comes back as it is. A file is read so in one piece only where it falls in one chunk of the reader (4 MB).
The attributes' character references (&amp;, &quot;) are read by the HTML reading after this one.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_OFD_ROOT = compiled_re(r"<ofd:(?:Page|Content)[\s>]")
_OFD_RUN = compiled_re(r"<ofd:TextObject\s[^<>]*?Boundary=\"[-\d.]+\s+([-\d.]+)[^<>]*>(.*?)</ofd:TextObject>", re.S)
_OFD_CODE = compiled_re(r"<ofd:TextCode(?:\s[^<>]*)?>([^<]*)</ofd:TextCode>")

_ALTO_ROOT = compiled_re(r"<alto[\s>]")
_ALTO_MARK = compiled_re(r"<String\s[^<>]*?CONTENT=\"([^\"]*)\"[^<>]*>|(?P<sp><SP[\s/>])|(?P<line></TextLine>)"
                         r"|(?P<block></TextBlock>)")

_SVG_ROOT = compiled_re(r"<svg[\s>]")
_SVG_TEXT = compiled_re(r"<text(?:\s[^<>]*)?>(.*?)</text>", re.S)
_SVG_SPAN = compiled_re(r"<tspan(\s[^<>]*)?>([^<]*)</tspan>")
_SVG_Y = compiled_re(r"\sy=\"([^\"]*)\"")
_TAG = compiled_re(r"<[^<>]*>")


def placed_xml_plain(text: str) -> str:
    """text, if it is an OFD page, an ALTO file or an SVG drawing with text (see above), as its lines; any other
    text as it is."""
    if "<ofd:TextCode" in text and _OFD_ROOT.search(text):
        return _ofd(text)
    if "<String" in text and "CONTENT=" in text and _ALTO_ROOT.search(text):
        return _alto(text)
    if "<text" in text and _SVG_ROOT.search(text):
        return _svg(text)
    return text


def _ofd(text: str) -> str:
    """An OFD page's lines: its text runs joined where their tops are the same, a line's end where a top changes."""
    lines: list[str] = []
    top = None
    for m in _OFD_RUN.finditer(text):
        run = "".join(_OFD_CODE.findall(m.group(2)))
        if not run:
            continue
        if top is not None and m.group(1) == top:
            lines[-1] += run
        else:
            lines.append(run)
        top = m.group(1)
    return "\n".join(lines) + "\n" if lines else text


def _alto(text: str) -> str:
    """An ALTO file's lines: each line's words joined (a space where an SP stands), a blank line after a block."""
    lines: list[str] = []
    line = ""
    for m in _ALTO_MARK.finditer(text):
        if m.group(1) is not None:
            line += m.group(1)
        elif m.group("sp") is not None:
            line += " " if line else ""
        elif m.group("line") is not None:
            lines.append(line.strip())
            line = ""
        elif lines and lines[-1]:
            lines.append("")
    if line.strip():
        lines.append(line.strip())
    return "\n".join(lines).strip("\n") + "\n" if any(lines) else text


def _svg(text: str) -> str:
    """An SVG drawing's text: each text element a line, its tspans on one baseline joined, a new baseline a new
    line."""
    lines: list[str] = []
    for m in _SVG_TEXT.finditer(text):
        body = m.group(1)
        spans = list(_SVG_SPAN.finditer(body))
        if not spans:
            shown = _TAG.sub("", body).strip()
            if shown:
                lines.append(shown)
            continue
        line, base = "", None
        for s in spans:
            y = _SVG_Y.search(s.group(1) or "")
            y_value = y.group(1) if y else base
            if line and y_value != base:
                lines.append(line)
                line = ""
            line += s.group(2)
            base = y_value
        if line:
            lines.append(line)
    return "\n".join(lines) + "\n" if lines else text
