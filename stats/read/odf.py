"""An OpenDocument text's body as its .odt holds it (content.xml, read out of the archive as text, or a flat .fodt
saved by LibreOffice or WPS): the ODF markup taken out where the text is read, so that it reads as the word processor
shows it.

LibreOffice writes content.xml on one line after the XML declaration: the automatic styles first, whose properties
hold numbers of their own (fo:font-size="16pt", fo:margin-top="0.212cm", style:width="15.998cm"), then each heading a
<text:h> and each paragraph a <text:p> of <text:span> runs that a change of style or an edit cuts wherever it falls,
inside a number too (<text:span>11</text:span><text:span>86张). A space the markup would fold is <text:s/> (n spaces:
text:c="n"), a tab <text:tab/>, a line break <text:line-break/>; a table is <table:table> rows of cells, a number
cell carrying its value twice (office:value="468" and its paragraph's text); a footnote (<text:note>) stands inline
where its mark is: its citation (1) and its body's paragraph, glued after the figure the note is on. Read as written,
the style values are figures of centimetres and a tag's > stands before a number (a lower bound's sign), or its
letters between a number and its unit.

So: the style blocks (office:automatic-styles, office:font-face-decls, office:styles) are dropped whole; a heading's
or a paragraph's end is a line's end; a cell's end before the next cell is a tab and a row's end a line's end, as a
sheet's rows pasted as text; <text:s/> is its spaces, <text:tab/> a tab, <text:line-break/> a line's end; a
footnote's citation is dropped (a superscript mark, no digit of the figure) and its body is set on a line of its own
after the paragraph it is in, as the page shows it at its foot; every other tag of an ODF namespace (office:, text:,
table:, style:, draw:, fo: …) and the XML declaration are dropped, the runs' texts joined. A text is read so only
where it holds an ODF body's own tags (<office:document-content>, <office:text>, <text:p>, <text:h>): Word's body,
HTML or another XML is no ODF body.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_BODY = compiled_re(r"<(?:office:(?:document-content|document|text|body)|text:[ph])[\s>/]")
_STYLES = compiled_re(r"<(office:(?:automatic-styles|font-face-decls|styles|master-styles|scripts))(?:\s[^<>]*)?>"
                      r".*?</\1>|<office:(?:automatic-styles|font-face-decls|styles|master-styles|scripts)/>", re.S)
_NOTE = compiled_re(r"<text:note(?:\s[^<>]*)?>(.*?)</text:note>", re.S)
_CITATION = compiled_re(r"<text:note-citation(?:\s[^<>]*)?>[^<]*</text:note-citation>")
_PARA_END = compiled_re(r"</text:(?:p|h)>")
_SPACES = compiled_re(r"<text:s(?:\s+text:c=\"(\d{1,3})\")?\s*/>")
_CELL_END = compiled_re(r"(?:</text:p>\s*)?</table:table-cell>\s*(?=<table:(?:covered-)?table-cell[\s>/])")
_LAST_CELL_END = compiled_re(r"</text:p>\s*</table:table-cell>")
_LINE_END = compiled_re(r"</text:(?:p|h)>|</table:table-row>|<text:line-break\s*/>")
_TAB = compiled_re(r"<text:tab(?:\s[^<>]*)?/>")
_TAG = compiled_re(r"</?(?:office|text|table|style|draw|fo|svg|xlink|calcext|loext|officeooo|number|dc|meta|form"
                   r"|script|presentation|chart|dr3d|math):[A-Za-z][\w.-]*(?:\s[^<>]*)?/?>|<\?xml[^<>]*\?>")


def _notes_after_paragraphs(text: str) -> str:
    """text with each footnote taken out of its place and its body's text set after the end of the paragraph it
    stood in (its citation dropped), so that the figure it was glued to stands whole."""
    out: list[str] = []
    pending: list[str] = []
    pos = 0
    for m in _NOTE.finditer(text):
        out.append(_flush(text[pos:m.start()], pending))
        body = _PARA_END.sub("", _CITATION.sub("", m.group(1)))
        pending.append(_TAG.sub("", body).strip())
        pos = m.end()
    out.append(_flush(text[pos:], pending))
    if pending:  # (a note whose paragraph ends in no later text: at the end)
        out.append("".join("\n" + body for body in pending if body))
    return "".join(out)


def _flush(piece: str, pending: list[str]) -> str:
    """piece with the pending notes' bodies set on lines of their own after its first paragraph end."""
    if not pending:
        return piece
    m = _PARA_END.search(piece)
    if m is None:
        return piece
    notes = "".join(body + "\n" for body in pending if body)  # (the paragraph's end before it is a line's end)
    pending.clear()
    return piece[:m.end()] + notes + piece[m.end():]


def odf_plain(text: str) -> str:
    """text with an OpenDocument body's markup taken out (see above); text with no tag of an ODF body is returned as
    it is."""
    if "<text:" not in text and "<office:" not in text or _BODY.search(text) is None:
        return text
    text = _notes_after_paragraphs(_STYLES.sub("", text))
    text = _SPACES.sub(lambda m: " " * int(m.group(1) or 1), text)
    text = _LAST_CELL_END.sub("", _CELL_END.sub("\t", text))
    text = _TAB.sub("\t", _LINE_END.sub("\n", text))
    return _TAG.sub("", text)
