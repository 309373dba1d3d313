"""A document saved as RTF (WordPad's, Word's or WPS's .rtf, often renamed .txt or pasted as its source): its text read
as the editor shows it.

RTF is ASCII: a Chinese document's every Han character is its two bytes in the document's code page written as hex
escapes (\\'c4\\'fe for 宁 under \\ansicpg936) or a Unicode escape (\\u23425?), its digits standing as they are
between them (\\'d6\\'a7\\'b3\\'f69.62\\'d2\\'da: 支出9.62亿), under control words with digits of their own (\\fs32,
\\sa200\\sl276, \\lang2052) and groups that are no text (the font table, the colour table, the style sheet, a
picture's hex, a field's code). Read as written, there is no Han word, and an escape's hex digits stand against the
figures (\\'f69.62 reads 69.62). So the groups that are no text are skipped (a destination starred \\* or named in
`_SKIP`), each run of hex escapes is read as the bytes it stands for in the code page \\ansicpgN names (936 where
none does: a document with Han characters is GBK's) or, in a font whose \\fcharsetN names one, in that font's (a
Mac's TextEdit declares \\ansicpg1252 and writes Chinese in a font of charset 134, GB2312), a Unicode escape as its
character (the fallback characters \\ucN counts after it skipped), a paragraph's, a line's or a table row's end
(\\par, \\line, \\row) as a line's end, a tab or a cell's end (\\tab, \\cell) as a tab, the typographic symbols as
their characters, and every other control word dropped. The text is given back as UTF-8 bytes, read a chunk at a
time (a control word a chunk's end cuts waits for the next chunk).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator

RTF_PREFIX = "rtf/"  # a Decoding's encoding: the document's text, read out of its RTF, is UTF-8 (the one after it)
_MAGIC = b"{\\rtf"
_TOKEN = re.compile(rb"\\'([0-9a-fA-F]{2})|\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\([^a-zA-Z])|([{}])|[\r\n]+"
                    rb"|([^\\{}\r\n]+)")
# destinations whose text is no document text (a starred one, \*\…, is skipped whatever its name)
_SKIP = frozenset(b"fonttbl colortbl stylesheet info pict object listtable listoverridetable rsidtbl generator "
                  b"themedata colorschememapping latentstyles datastore xmlnstbl fldinst filetbl revtbl header "
                  b"footer headerl headerr headerf footerl footerr footerf private userprops mmathPr".split())
_BREAKS = {b"par": "\n", b"line": "\n", b"row": "\n", b"sect": "\n", b"page": "\n", b"tab": "\t", b"cell": "\t",
           b"emspace": "\u2003", b"enspace": "\u2002", b"qmspace": "\u2005"}
# the symbols RTF names by a control word, each the character of Windows-1252 (RTF's ANSI) the spec says it is
_BREAKS.update((word, bytes((code,)).decode("cp1252")) for word, code in (
    (b"lquote", 0x91), (b"rquote", 0x92), (b"ldblquote", 0x93), (b"rdblquote", 0x94), (b"bullet", 0x95),
    (b"endash", 0x96), (b"emdash", 0x97)))
_SYMBOLS = {b"~": "\u00a0", b"_": "\u2011", b"-": "", b"\\": "\\", b"{": "{", b"}": "}", b"\n": "\n", b"\r": "\n"}
_HOLD = 48  # a control word or an escape a chunk's end may cut is shorter than this
# a font's \fcharsetN as the code page its hex escapes are bytes of (0, ANSI, is the document's \ansicpgN; 1, default,
# and 2, symbol, name none): a Mac's TextEdit declares \ansicpg1252 and writes its Chinese text in a font of charset
# 134 (GB2312), each Han character's GBK bytes as hex escapes
_CHARSETS = {b"128": "cp932", b"129": "cp949", b"134": "gbk", b"136": "cp950", b"161": "cp1253", b"162": "cp1254",
             b"163": "cp1258", b"177": "cp1255", b"178": "cp1256", b"186": "cp1257", b"204": "cp1251", b"222": "cp874",
             b"238": "cp1250"}


def rtf_document(head: bytes) -> bool:
    """The file whose first bytes are `head` is an RTF document."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(_MAGIC)


class _Reader:
    """RTF read token by token: the group stack (whether a group is skipped, its \\ucN, its font's code page), the
    document's code page and each font's (a font table's \\fN with its \\fcharsetN), the hex escapes' bytes not yet
    read and the fallback characters still to skip after a Unicode escape."""

    def __init__(self) -> None:
        self.stack: list[tuple[bool, int, str | None]] = []
        self.skip, self.uc, self.pending_skip = False, 1, 0
        self.codepage = "gbk"
        self.fonts: dict[bytes, str] = {}
        self.font_named: bytes | None = None  # the font the font table is naming
        self.font_cp: str | None = None  # the code page of the font the text is in, where it names its own
        self.raw = b""
        self.starred = False
        self.group_start = False

    def _flush(self, out: list[str]) -> None:
        if self.raw:
            out.append(codecs.decode(self.raw, self.font_cp or self.codepage, "replace"))
            self.raw = b""

    def _text(self, text: str, out: list[str]) -> None:
        if self.pending_skip:
            cut = min(self.pending_skip, len(text))
            self.pending_skip -= cut
            text = text[cut:]
        if text and not self.skip:
            self._flush(out)
            out.append(text)

    def read(self, data: bytes) -> str:
        out: list[str] = []
        for m in _TOKEN.finditer(data):
            hexbyte, word, arg, symbol, brace, text = m.groups()
            first, self.group_start = self.group_start, False
            if hexbyte is not None:
                if self.pending_skip:
                    self.pending_skip -= 1
                elif not self.skip:
                    self.raw += bytes((int(hexbyte, 16),))
            elif word is not None:
                self._word(word, arg, first, out)
            elif symbol is not None:
                if symbol == b"*":
                    self.skip = self.skip or first
                elif not self.skip and symbol in _SYMBOLS:
                    self._flush(out)
                    out.append(_SYMBOLS[symbol])
                self.group_start = first and symbol == b"*"
            elif brace == b"{":
                self.stack.append((self.skip, self.uc, self.font_cp))
                self.group_start = True
            elif brace == b"}":
                self._flush(out)
                self.skip, self.uc, self.font_cp = self.stack.pop() if self.stack else (False, 1, None)
            elif text is not None:
                self._text(text.decode("latin-1"), out)
        return "".join(out)

    def _word(self, word: bytes, arg: bytes | None, first: bool, out: list[str]) -> None:
        if word == b"ansicpg" and arg:
            self.codepage = {b"936": "gbk", b"950": "cp950", b"54936": "gb18030"}.get(arg, "cp" + arg.decode())
        elif word == b"uc" and arg:
            self.uc = int(arg)
        elif word == b"f" and arg is not None:
            if self.skip:
                self.font_named = arg
            else:
                self._flush(out)
                self.font_cp = self.fonts.get(arg)
        elif word == b"fcharset" and self.skip and self.font_named is not None:
            if arg in _CHARSETS:
                self.fonts[self.font_named] = _CHARSETS[arg]
        elif first and word in _SKIP:
            self.skip = True
        elif self.skip:
            return
        elif word == b"u" and arg:
            self._flush(out)
            out.append(chr(int(arg) % 0x10000))
            self.pending_skip = self.uc
        elif word in _BREAKS:
            self._flush(out)
            out.append(_BREAKS[word])


def unrtf(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The UTF-8 bytes of the text an RTF document's `chunks` hold (see above)."""
    reader = _Reader()
    held = b""
    for data in chunks:
        buf = held + data
        cut = buf.rfind(b"\\", max(0, len(buf) - _HOLD))
        while cut > 0 and buf[cut - 1:cut] == b"\\":
            cut -= 1
        buf, held = (buf[:cut], buf[cut:]) if cut >= 0 else (buf, b"")
        text = reader.read(buf)
        if text:
            yield text.encode("utf-8")
    text = reader.read(held)
    if text:
        yield text.encode("utf-8")
