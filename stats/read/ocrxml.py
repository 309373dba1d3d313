"""Two XML forms a scanned page's recognised text is kept in, read as the page's lines:

- PAGE XML (PRImA's Page Analysis and Ground-truth Elements, the root <PcGts>: what OCR-D, Transkribus, eScriptorium,
  kraken and Tesseract's PAGE renderer write beside a scan). The page is a run of regions (TextRegion, of type
  heading, paragraph, page-number…), each with its outline (Coords points="236,464 1386,464 …"), its TextLines, each
  with its outline and baseline, maybe its Words and their Glyphs, and at each level a TextEquiv whose Unicode
  element holds the text recognised there: a word's own, a line's (its words joined), a region's (its lines, a line
  end between them). A file written at word level keeps all three. Read with its tags dropped, the page's text
  stands two or three times over, each figure counted as often, and a line cut inside a number (增加到24 | 68张) reads
  as two numbers at the line level and two more at the words'.
- DjVu XML (djvutoxml's, DjVuLibre's, the root <DjVuXML>: a scanned book's or yearbook's hidden text, as an archive
  or a gazetteer office keeps the .djvu it made of a volume). Each page an OBJECT whose HIDDENTEXT holds
  PAGECOLUMNs of REGIONs of PARAGRAPHs of LINEs of WORDs, each word its box in coords="220,3006,304,2956"; for
  Chinese a word is a Han character or a mark, a number a word. Read with its tags dropped, every word stands on a
  line of its own (as the tool writes them) and a figure's words of change and bound stand lines away from it.

So, in a text that is such a page: each line is read once, as the engine read it, a line end after it and a blank
line after each region (PAGE) or paragraph (DjVu): a PAGE line's own TextEquiv (its first, where it keeps several),
else its words' joined; a region with no lines its own text; a DjVu line's words joined. Words are joined with a
space only where two Latin words or numbers meet, as the engine set them apart (none beside a Han character).
The layout repair after this joins a line cut inside a number or a sentence, as it does a page's. The regions and
pages are read in the order the file writes them; the outlines', boxes' and confidences' numbers are no text. The
text's character references (&amp;) are read by the HTML reading after this one. Any other text comes back as it
is; a file is read so in one piece only where it falls in one chunk of the reader (4 MB).
"""

from __future__ import annotations

import re

from stats.read.hocr import joined_word, marked_lines
from stats.rules.prepared import compiled_re

# (the root element opens the file: an XML declaration, comments and a doctype may stand before it)
_PROLOGUE = r"\A\ufeff?\s*(?:<\?xml[^<>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^<>]*>\s*)?(?:<!--.*?-->\s*)*"
_PAGE_ROOT = compiled_re(_PROLOGUE + r"<(?:\w+:)?PcGts[\s>]", re.S)
_REGION_OPEN = compiled_re(r"<(?:\w+:)?TextRegion\b[^<>]*>")
_LINE = compiled_re(r"<(?:\w+:)?TextLine\b[^<>]*>(.*?)</(?:\w+:)?TextLine>", re.S)
_WORD = compiled_re(r"<(?:\w+:)?Word\b[^<>]*>(.*?)</(?:\w+:)?Word>", re.S)
_UNICODE = compiled_re(r"<(?:\w+:)?TextEquiv\b[^<>]*>\s*(?:<(?:\w+:)?PlainText>[^<]*</(?:\w+:)?PlainText>\s*)?"
                       r"<(?:\w+:)?Unicode>([^<]*)</(?:\w+:)?Unicode>")

_DJVU_ROOT = compiled_re(_PROLOGUE + r"<DjVuXML[\s>]", re.S)
_DJVU_MARK = compiled_re(r"<WORD\b[^<>]*>([^<]*)</WORD>|(?P<line></LINE>)|(?P<par></(?:PARAGRAPH|REGION|PAGECOLUMN)>)")


def ocr_xml_plain(text: str) -> str:
    """text, if it is a PAGE XML or a DjVu XML page (see above), as its lines; any other text as it is."""
    if "<Unicode>" in text and "TextEquiv" in text and _PAGE_ROOT.match(text):
        read = _page(text)
    elif "<WORD" in text and _DJVU_ROOT.match(text):
        read = _djvu(text)
    else:
        return text
    return read if read.strip() else text


def _page(text: str) -> str:
    """A PAGE file's regions: each line once (its own text, else its words'), a blank line after a region."""
    lines: list[str] = []
    starts = [m.end() for m in _REGION_OPEN.finditer(text)]
    for i, start in enumerate(starts):
        region = text[start:starts[i + 1] if i + 1 < len(starts) else len(text)]
        own = [_line_text(m.group(1)) for m in _LINE.finditer(region)]
        if not own:  # (a region with no lines: its own text, its lines apart by line ends)
            m = _UNICODE.search(region)
            own = m.group(1).splitlines() if m is not None else []
        lines += [ln for ln in own if ln.strip()]
        if lines and lines[-1]:
            lines.append("")
    return "\n".join(lines).strip("\n") + "\n"


def _line_text(body: str) -> str:
    """A TextLine's text: its own TextEquiv (outside its words), else its words' texts joined."""
    words = [m.group(1) for m in _WORD.finditer(body)]
    own = _UNICODE.search(_WORD.sub("", body)) if words else _UNICODE.search(body)
    if own is not None:
        return own.group(1).strip()
    line = ""
    for word in words:
        m = _UNICODE.search(word)
        if m is not None:
            line = joined_word(line, m.group(1).strip())
    return line


def _djvu(text: str) -> str:
    """A DjVu XML file's hidden text: each line's words joined, a blank line after a paragraph."""
    return marked_lines(_DJVU_MARK.finditer(text))

