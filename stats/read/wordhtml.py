"""A Word document saved as a web page (Save as Web Page, .htm, a file many offices post or mail as it is): read as
Word shows it.

Word writes its HTML in the document's code page (GB2312 for a Chinese document: meta charset=gb2312), under the
Office namespaces (xmlns:w="urn:schemas-microsoft-com:office:word") with a ProgId of Word.Document. Its head holds
the file's own numbers (o:DocumentProperties: Pages 2, Words 468, Characters 2671, Version 16.00; w:WordDocument's
grid spacing 7.8 pt) in conditional <!--[if gte mso 9]><xml> blocks, and a style sheet of @font-face panose numbers
and mso- properties (font sizes in pt, margins in cm) in a comment. Each paragraph is a <p class=MsoNormal> whose runs
are <span>s, a run of digits a <span lang=EN-US> of its own, and <o:p></o:p> at its end; a table a MsoNormalTable
whose cells each hold their own <p>. And Word folds its source's lines at about 78 characters at a space, inside a
tag too (<span lang=EN-US | style='…'>, <td … style='…border:solid windowtext | 1.0pt;padding:0cm 5.4pt…'>), so a
reader of tags a line at a time leaves those tags in: their sizes (0cm, 5.4pt) stand as numbers among the text and
a table's cells between them.

So a file whose head is such a page (`word_page`: the Word namespace and Word.Document or Word's Generator) is read
out first, as RTF is: its head and every comment (the conditional blocks, the style sheet) dropped, each line break
of the source a space (Word folds only at a space), every tag dropped: a paragraph's, a heading's, a row's and a
<br>'s end a line end (inside a cell a space), a cell's end a tab (a table's rows a line each, its cells apart, as
a sheet's rows pasted as text are); the character references (&nbsp;) are read later, as in any text. The bytes are
handled as they are: every ASCII byte of the markup (< > and line ends) is one that no GB2312 or GBK character's
bytes hold, nor UTF-8's. The page is read whole (a document of a few hundred KB); one too large to hold
(`_MAX_BYTES`) is read as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from stats.read.transfer import held_whole

WORD_HTML_PREFIX = "word-html/"  # a Decoding's encoding: a Word web page (this module), read out, in the one after it
_HEAD = 4096
_MAX_BYTES = 32 << 20
_NAMESPACE = b"urn:schemas-microsoft-com:office:word"
_WORD = re.compile(rb"<meta\s+name=\"?(?:ProgId\"?\s+content=\"?Word\.Document|Generator\"?\s+content=\"?Microsoft Word)",
                   re.IGNORECASE)
_HEAD_PART = re.compile(rb"<head\b.*?</head\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_BREAK = re.compile(rb"\r?\n")
_LINE_END = re.compile(rb"</(?:p|h[1-6]|tr|li|div|table)\s*>|<br\b[^<>]*>", re.IGNORECASE)
_CELL_END = re.compile(rb"</t[dh]\s*>", re.IGNORECASE)
_TAG = re.compile(rb"<[^<>]*>")
_CELL = re.compile(rb"(<t[dh]\b[^<>]*>)(.*?)(?=</t[dh]\s*>)", re.IGNORECASE | re.DOTALL)
_SPACES = re.compile(rb" {2,}")
_TAB_PADDED = re.compile(rb" *\t *")
_NBSP = re.compile(rb"&nbsp;|&#160;", re.IGNORECASE)


def word_page(head: bytes) -> bool:
    """The file whose first bytes are `head` is a Word document saved as a web page."""
    head = head[:_HEAD]
    return _NAMESPACE in head and _WORD.search(head) is not None


def _text(page: bytes) -> bytes:
    """A Word page's text (see above): a paragraph a line, a table's row a line with its cells parted by tabs."""
    body = _COMMENT.sub(b"", _HEAD_PART.sub(b"", page, count=1))
    body = _BREAK.sub(b" ", body)
    # (a cell's paragraphs are one cell: their ends part its lines by a space, not the row)
    body = _CELL.sub(lambda m: m.group(1) + _LINE_END.sub(b" ", m.group(2)), body)
    body = _LINE_END.sub(b"\n", body)
    body = _CELL_END.sub(b"\t", body)
    body = _TAG.sub(b"", body)
    lines = (_TAB_PADDED.sub(b"\t", _SPACES.sub(b" ", line)).strip(b" \t") for line in body.split(b"\n"))
    return b"\n".join(line for line in lines if _NBSP.sub(b"", line).strip()) + b"\n"


def unword(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The bytes of the text a Word web page shows (see above), in its own encoding; the bytes as they are where
    they are too many."""
    data, rest = held_whole(chunks, _MAX_BYTES)
    if rest is not None:
        yield data
        yield from rest
        return
    yield _text(data)
