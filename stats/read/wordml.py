"""A Word document's body as its .docx holds it (word/document.xml, read out of the archive as text, or a flat
.xml saved by Word): the WordprocessingML taken out where the text is read, so that it reads as Word shows it.

Word writes the body on one line: each paragraph a <w:p> of runs (<w:r><w:rPr>…</w:rPr><w:t>…</w:t></w:r>), and
a revision, a spell check or a change of language cuts a run wherever it falls, inside a number too
(<w:t>1</w:t></w:r><w:r><w:t>.26万个</w:t>). Its tags hold digits of their own (w:val="32", w:line="560",
w:rsidR="00C41A26", a bookmark's _Toc158230003) and stand between a number and its unit, so read as written the
text has no figure or a wrong one. So: a paragraph's end is a line's end; a table's cell (<w:tc>) ends in a tab
before the next cell and its row (<w:tr>) in a line's end, as a sheet's rows pasted as text; a tab or a break
inside a run (<w:tab/>, <w:br/>) is a tab or a line's end; deleted text (<w:delText>, a tracked change's old
words) and a field's code (<w:instrText>: PAGEREF _Toc…, a formula) are dropped with their tags, as Word shows
neither, and so is a tracked move's source (<w:moveFrom>…</w:moveFrom>: the runs where moved words stood before;
they hold plain <w:t> text, and the same words stand again in the <w:moveTo> where they went, so kept they are read
twice, a figure counted twice and its sentence's words run into the sentence they left); every other tag of an
Office namespace (w:, wp:, mc:, a:, v:, o: …) and the XML declaration is dropped, its runs' texts joined. A text is
read so only where it holds a tag of a Word body's own (<w:p>, <w:r>, <w:t>, <w:tc>, …): HTML or another XML is no Word body.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_BODY = compiled_re(r"</?w:(?:document|body|p|r|t|tbl|tr|tc|pPr|rPr|sectPr)[\s>/]")
_HIDDEN = compiled_re(r"<w:(delText|instrText)(?:\s[^<>]*)?>[^<]*</w:\1>|<w:(?:delText|instrText)(?:\s[^<>]*)?/>")
# (a move's source: its opening tag, not the self-closing mark a moved paragraph's mark carries in its w:rPr, nor a
# w:moveFromRangeStart; the runs it wraps are dropped with it)
_MOVED_OPEN = compiled_re(r"<w:moveFrom(?:\s[^<>]*)?(?<!/)>")
_MOVED = compiled_re(r"<w:moveFrom(?:\s[^<>]*)?(?<!/)>.*?</w:moveFrom>", re.S)
_CELL_END = compiled_re(r"</w:p>\s*</w:tc>\s*(?=<w:tc[\s>])")
_LAST_CELL_END = compiled_re(r"</w:p>\s*</w:tc>")
_LINE_END = compiled_re(r"</w:(?:p|tr)>|<w:(?:br|cr)(?:\s[^<>]*)?/>")
_TAB = compiled_re(r"<w:tab(?:\s[^<>]*)?/>")
_TAG = compiled_re(r"</?[A-Za-z][A-Za-z0-9]{0,5}:[A-Za-z][\w.-]*(?:\s[^<>]*)?/?>|<\?xml[^<>]*\?>")


def wordml_cut(text: str) -> int:
    """Where deleted text, a field's code or a move's source that the end of `text` leaves open starts (-1: none), so
    that the piece waits for the next and it is dropped whole."""
    moved = -1
    for m in _MOVED_OPEN.finditer(text, max(0, text.rfind("</w:moveFrom>"))):
        moved = m.start()
    start = max(text.rfind("<w:delText"), text.rfind("<w:instrText"))
    if start < 0 or _HIDDEN.match(text, start) is not None:
        return moved
    return start if moved < 0 else min(start, moved)


def wordml_plain(text: str) -> str:
    """text with a Word body's markup taken out (see above); text with no tag of a Word body is returned as it is."""
    if "<w:" not in text or _BODY.search(text) is None:
        return text
    text = _CELL_END.sub("\t", _HIDDEN.sub("", _MOVED.sub("", text) if "<w:moveFrom" in text else text))
    text = _TAB.sub("\t", _LINE_END.sub("\n", _LAST_CELL_END.sub("", text)))
    return _TAG.sub("", text)
