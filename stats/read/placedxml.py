"""Pages whose text an XML file places glyph run by glyph run, read as the page's lines: an OFD page's Content.xml,
an ALTO file of an OCR'd scan, an SVG drawing's text elements and MuPDF's structured text of a PDF. Read with their
tags dropped by no reader before this one, their numbers of place (Boundary="25.400 63.000 50.800 5.503", HPOS="412",
transform="matrix(1 0 0 1 120.3 700)"), of glyph advances (DeltaX="g 3 2.11665"), of confidence (WC="0.93", CC="0 0 1
0") and of shape (a path's d) stand as thick as the text's and the text's runs apart.

- OFD (GB/T 33190, the fixed-layout format Chinese offices export their documents in; Doc_0/Pages/Page_N/Content.xml
  read out of the archive as text): each run of glyphs an ofd:TextObject whose Boundary's second number is its top,
  its text in ofd:TextCode elements. Converters set Latin letters and digits in a font of their own, so a figure's
  digits are a TextObject of their own between its label's and its unit's (实有床位 | 2468 | 张), whose box may sit a
  little off the Han runs'. A TextCode's baseline is its object's top plus its Y (one object may hold a code a line):
  the codes whose baselines lie within half a run's height form a line (joined as they stand, no space), a baseline
  further down starts a new line.
- ALTO (the Library of Congress's schema for OCR'd pages, as ABBYY FineReader, Tesseract and digitisation projects
  write it): each recognised word a String whose CONTENT attribute holds it, an SP a space between two words, a
  TextLine a line and a TextBlock a paragraph (a blank line after it); the Description (the scan's file name, dates,
  software versions) holds no word.
- SVG (an infographic as Adobe Illustrator or Inkscape exports it): each text element a line (its own text outside
  its tspans included, where it stands); within one, a tspan
  placed on a new baseline (a y other than the previous tspan's, or a dy that is not zero, as Inkscape and
  hand-written SVG move down a line) starts a new line, and tspans on one baseline are
  joined (a big number and its unit, 1126 | 人); a style block, a path's coordinates and an embedded image's base64
  are no text.

- MuPDF's structured text (`mutool draw -F stext`, `mutool convert -F stext`: a PDF's text as MuPDF's own XML, which
  tools built on it hand on): every character a char element of its own, its text in the c attribute, its quad,
  place, colour and flags beside it, its font a font element around a run of them (digits in a Latin font of their
  own); a line element a line of the page, a block a paragraph. Read with its tags dropped there is no word at all.
  Each line's characters are joined (spaces as the PDF has them), a blank line after each block.

Each is found by its own root element (<ofd:Page, <alto, <svg, MuPDF's <document> with a <page> first in it) opening
the file (after an XML declaration, comments and a doctype; an HTML page with an inline SVG icon is no drawing) and
read only where its text elements hold text; any other text comes back as it is. A file is read so in one piece only
where it falls in one chunk of the reader (4 MB). The attributes' character references (&amp;, &quot;) are read by
the HTML reading after this one.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

# (the root element opens the file: an XML declaration, comments and a doctype may stand before it; an HTML page
# holding an inline <svg> icon with a <text> in it is no drawing)
_PROLOGUE = r"\A\ufeff?\s*(?:<\?xml[^<>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^<>]*>\s*)?(?:<!--.*?-->\s*)*"
_OFD_ROOT = compiled_re(_PROLOGUE + r"<ofd:(?:Page|Content)[\s>]", re.S)
_NUM = r"-?(?:\d+(?:\.\d*)?|\.\d+)"
_OFD_RUN = compiled_re(rf"<ofd:TextObject\s[^<>]*?Boundary=\"\s*{_NUM}\s+({_NUM})\s+{_NUM}\s+({_NUM})\s*\"[^<>]*>"
                       r"(.*?)</ofd:TextObject>", re.S)
_OFD_CODE = compiled_re(rf"<ofd:TextCode(?:\s[^<>]*?\sY=\"({_NUM})\")?[^<>]*>([^<]*)</ofd:TextCode>")

_ALTO_ROOT = compiled_re(_PROLOGUE + r"<alto[\s>]", re.S)
_ALTO_MARK = compiled_re(r"<String\s[^<>]*?CONTENT=\"([^\"]*)\"[^<>]*>|(?P<sp><SP[\s/>])|(?P<line></TextLine>)"
                         r"|(?P<block></TextBlock>)")

_SVG_ROOT = compiled_re(_PROLOGUE + r"<svg[\s>]", re.S)
_SVG_TEXT = compiled_re(r"<text(?:\s[^<>]*)?>(.*?)</text>", re.S)
_SVG_SPAN = compiled_re(r"<tspan(\s[^<>]*)?>([^<]*)</tspan>")
_SVG_Y = compiled_re(r"\sy=\"([^\"]*)\"")
_SVG_DY = compiled_re(r"\sdy=\"\s*(?!0(?:\.0*)?(?:em|px)?\s*\")[^\"]+\"")
_TAG = compiled_re(r"<[^<>]*>")

_STEXT_ROOT = compiled_re(_PROLOGUE + r"<document(?:\s[^<>]*)?>\s*<page[\s>]", re.S)
_STEXT_MARK = compiled_re(r"<char\s[^<>]*?\bc=\"([^\"]*)\"[^<>]*>|(?P<line></line>)|(?P<block></block>)")


def placed_xml_plain(text: str) -> str:
    """text, if it is an OFD page, an ALTO file or an SVG drawing with text (see above), as its lines; any other
    text as it is."""
    if "<ofd:TextCode" in text and _OFD_ROOT.match(text):
        return _ofd(text)
    if "<String" in text and "CONTENT=" in text and _ALTO_ROOT.match(text):
        return _alto(text)
    if "<text" in text and _SVG_ROOT.match(text):
        return _svg(text)
    if "<char" in text and _STEXT_ROOT.match(text):
        return _stext(text)
    return text


def _stext(text: str) -> str:
    """MuPDF's structured text's lines: each line's characters joined, a blank line after a block."""
    lines: list[str] = []
    line = ""
    for m in _STEXT_MARK.finditer(text):
        if m.group(1) is not None:
            line += m.group(1)
        elif m.group("line") is not None:
            if line.strip():
                lines.append(line.rstrip())
            line = ""
        elif lines and lines[-1]:
            lines.append("")
    if line.strip():
        lines.append(line.rstrip())
    return "\n".join(lines).strip("\n") + "\n" if any(lines) else text


def _ofd(text: str) -> str:
    """An OFD page's lines: its text codes joined where their baselines (the object's top plus the code's Y) lie
    within half a run's height of each other (a digit font's box may sit a little higher or lower than the Han
    font's), a line's end where a baseline moves further."""
    lines: list[str] = []
    base: float | None = None
    for m in _OFD_RUN.finditer(text):
        top, height = float(m.group(1)), float(m.group(2))
        for code in _OFD_CODE.finditer(m.group(3)):
            if not code.group(2):
                continue
            y = top + float(code.group(1) or 0)
            if base is not None and abs(y - base) < height / 2:
                lines[-1] += code.group(2)
            else:
                lines.append(code.group(2))
            base = y
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
    line; text set in the element outside its tspans (a label before its number's tspan) runs on in the line it
    stands in."""
    lines: list[str] = []
    for m in _SVG_TEXT.finditer(text):
        line, base, at = "", None, 0
        body = m.group(1)
        for s in _SVG_SPAN.finditer(body):
            line += _TAG.sub("", body[at:s.start()]).strip()
            attrs = s.group(1) or ""
            y = _SVG_Y.search(attrs)
            y_value = y.group(1) if y else base
            if line and (y_value != base or _SVG_DY.search(attrs)):
                lines.append(line)
                line = ""
            line += s.group(2)
            base, at = y_value, s.end()
        line += _TAG.sub("", body[at:]).strip()
        if line:
            lines.append(line)
    return "\n".join(lines) + "\n" if lines else text
