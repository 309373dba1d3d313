"""Five ways a file's bytes come wrapped that can be undone exactly, before the file is decoded as text.

- A mail saved whole (.eml) whose text part is quoted-printable: every non-ASCII byte an =XX escape and a soft line
  break (= at a line's end) every 76 characters, wherever that falls. Read as it is, the text is ASCII with no Han
  word left, and an escape's hex digits stand against the figures (=E7=9A=84109.3% reads 84109.3%, a value no one
  wrote). The escapes are read back as the bytes they stand for and the soft breaks joined, the mail's header lines
  kept as they are (they hold no escape).
- A mail saved whole (.eml) whose text part is base64, as Foxmail, Outlook and most Chinese mail clients send a GBK
  or UTF-8 body: 76 characters a line of letters, digits, + and /, with no Han word and digits of their own
  glued to letters. Each text part's base64 lines (a part whose headers say Content-Type: text/… and
  Content-Transfer-Encoding: base64) are read back as the bytes they stand for; the mail's and the parts' header
  lines, the boundaries and any other part (an attachment's base64 is no text) are kept as they are.
- A UTF-8 file read as Windows-1252 by an editor or a browser and saved as UTF-8 again (double-encoded: a Han
  character's three bytes become three Latin characters, the bytes cp1252 leaves undefined C1 controls). Its digits
  and % are ASCII and come through, but every word around them is mojibake, whose euro sign (the middle byte of
  many Han characters) reads as a currency after a number. Each character is mapped back to the byte it came from
  and the bytes read as UTF-8 again; a file is judged so only where its wide characters are all of that repertoire
  and map back to UTF-8 that reads as Chinese, which genuine Latin text (a lone é is no UTF-8) never does.
- A GBK file read as ISO-8859-1 (or Windows-1252) and saved as UTF-8: what a Java web system does that reads a
  request's or a file's bytes with its default charset (the classic Tomcat 乱码) and a Western editor that opens a
  GBK file. A Han character's two bytes become two Latin characters (全县 is È«ÏØ, ， is £¬, C1 controls and
  no-break spaces among them); the digits, points and % stand as they were, among no Han word. Each character is
  mapped back to its byte as above and the bytes read as GB18030; a file is judged so (`gbk_mojibake`) only where it
  is no UTF-8 mojibake, its wide characters are all of that repertoire, it holds the lead byte of the full-width
  comma or of the ideographic full stop (£, ¡: Chinese prose holds one), and the bytes read back as GB18030 whose
  wide characters are nearly all GB2312's (both bytes from A1 up: Latin text's é before an ASCII letter is no such
  pair).

- A form's body URL-encoded (application/x-www-form-urlencoded), as a CMS's save request carries an article and a
  browser's network panel copies it (Copy as cURL, a request log): every byte of a Han character a %XX escape, a
  space a +, % itself %25, the fields joined by &. Read as it is, the text is ASCII with no Han word, a number stands
  against an escape's % (就业3180%E4%BA%BA reads 3180%, a percentage no one wrote) and a percentage's sign is %25 (增长
  12.5%25). On each line that holds such escapes, the fields are set a line each (an & that opens a field's name
  and its =: an & the text holds is escaped, %26), a + is a space and the escapes are read back as the bytes they
  stand for; a line with none (the command's head lines) is kept as it is. A file is judged so only where its head
  is ASCII and holds runs of escaped high bytes (`_URL_RUNS`), as a page that merely quotes an encoded link does not.

All are byte transforms over a file's chunks, so a large file is undone a chunk at a time as it is decoded.
"""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Iterable, Iterator

B64_PREFIX = "base64-mail/"  # a Decoding's encoding: the mail's text parts are base64 of the encoding after it
URL_PREFIX = "url-encoded/"  # a Decoding's encoding: the text under the %XX escapes is in the encoding after it
QP_PREFIX = "quoted-printable/"  # a Decoding's encoding: the text under the escapes is in the encoding after it
CP1252_SUFFIX = "/cp1252"  # a Decoding's encoding: UTF-8 text that was read as cp1252 and saved in the one before it
GBK_SUFFIX = "/latin1-gbk"  # a Decoding's encoding: GBK text that was read as Latin-1 and saved in the one before it

# The header a MIME part whose body is quoted-printable opens with; or, where a body was saved without its headers,
# runs of escaped high bytes (three in a row: one UTF-8 Han character, or a GBK one and a half), as no other text has.
_QP_HEADER = re.compile(rb"(?im)^content-transfer-encoding:[ \t]*quoted-printable[ \t]*\r?$")
_QP_RUN = re.compile(rb"(?:=[89A-F][0-9A-F]){3}")
_QP_RUNS = 8  # the fewest such runs in a file's head to read it as quoted-printable without its header
_QP_HOLD = 3  # an escape or a soft break a chunk's end may cut: =, =E, =E5 or =\r


def quoted_printable(head: bytes) -> bool:
    """The file whose first bytes are `head` is a quoted-printable mail or body (see the module's docstring)."""
    return _QP_HEADER.search(head) is not None or len(_QP_RUN.findall(head)) >= _QP_RUNS


def unquoted(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The bytes quoted-printable `chunks` stand for: escapes read, soft line breaks joined; an escape or a soft break
    a chunk's end cuts waits for the next chunk."""
    held = b""
    for data in chunks:
        buf = held + data
        cut = buf.rfind(b"=", max(0, len(buf) - _QP_HOLD))
        buf, held = (buf[:cut], buf[cut:]) if cut >= 0 else (buf, b"")
        if buf:
            yield binascii.a2b_qp(buf)
    if held:
        yield binascii.a2b_qp(held)


# A header saying a part's body is base64, and one saying it is text (a multipart mail's own Content-Type is not)
_B64_HEADER = re.compile(rb"(?im)^content-transfer-encoding:[ \t]*base64[ \t]*\r?$")
_TEXT_TYPE = re.compile(rb"(?i)content-type:[ \t]*text/")
_HTML_TYPE = re.compile(rb"(?i)content-type:[ \t]*text/html")
_B64_LINE = re.compile(rb"[A-Za-z0-9+/]+={0,2}")


def base64_mail(head: bytes) -> bool:
    """The file whose first bytes are `head` is a mail with a base64 text part (see the module's docstring)."""
    return _B64_HEADER.search(head) is not None and _TEXT_TYPE.search(head) is not None


class _MailParts:
    """A mail read line by line: in a part's headers, in a base64 text part's body, or elsewhere (a preamble, a
    multipart's own body, another part's body); a line opening with -- (a boundary) opens a part's headers.

    A mail client sends its text twice, as plain text and as HTML (multipart/alternative, the plain part first): read
    both, the mail's figures would be counted twice. An HTML part after a plain one is left as it is (its base64 gives
    no figure); an HTML part with no plain one before it is the mail's text and is read."""

    def __init__(self) -> None:
        self.in_head, self.in_text = True, False
        self.base64 = self.text = self.html = self.plain_seen = False
        self.pending = b""  # base64 characters read but not yet a multiple of four

    def lines(self, lines: list[bytes]) -> bytes:
        out: list[bytes] = []
        for line in lines:
            bare = line.rstrip(b"\r\n")
            if self.in_text and _B64_LINE.fullmatch(bare):
                data = self.pending + bare
                whole = len(data) - len(data) % 4
                out.append(_b64(data[:whole]))
                self.pending = data[whole:]
                continue
            if self.in_text:
                out.append(self.flush())
                self.in_text = False
            out.append(line)
            if self.in_head:
                self.base64 = self.base64 or _B64_HEADER.match(bare + b"\n") is not None
                if _TEXT_TYPE.match(bare) is not None:
                    self.text, self.html = True, _HTML_TYPE.match(bare) is not None
                if not bare:
                    read = self.base64 and self.text and not (self.html and self.plain_seen)
                    self.plain_seen = self.plain_seen or (read and not self.html)
                    self.in_head, self.in_text = False, read
                    self.base64 = self.text = self.html = False
            elif bare.startswith(b"--"):
                self.in_head = True
        return b"".join(out)

    def flush(self) -> bytes:
        """The base64 characters left over (a body whose length is no multiple of four: read as far as it goes)."""
        data, self.pending = self.pending, b""
        return _b64(data + b"=" * (-len(data) % 4)) if data else b""


# Runs of escaped high bytes (three in a row: a UTF-8 Han character, or a GBK one and a half), the fields' & and
# an escape; a line holding one escaped run at least is a form body's.
_URL_RUN = re.compile(rb"(?:%[89A-Fa-f][0-9A-Fa-f]){3}")
_URL_RUNS = 8  # the fewest such runs in a file's ASCII head to read it as URL-encoded
_URL_FIELD = re.compile(rb"&(?=[A-Za-z_][A-Za-z0-9_.\-\[\]]{0,40}=)")
_URL_ESCAPE = re.compile(rb"%([0-9A-Fa-f]{2})")


def url_encoded(head: bytes) -> bool:
    """The file whose first bytes are `head` holds a URL-encoded form body (see the module's docstring)."""
    return head.isascii() and len(_URL_RUN.findall(head)) >= _URL_RUNS


def _url_line(line: bytes) -> bytes:
    """A line of a form body read back: fields a line each, + a space, escapes their bytes; another line as it is."""
    if _URL_RUN.search(line) is None:
        return line
    line = _URL_FIELD.sub(b"\n", line).replace(b"+", b" ")
    return _URL_ESCAPE.sub(lambda m: bytes((int(m.group(1), 16),)), line)


def whole_lines(chunks: Iterable[bytes]) -> Iterator[tuple[list[bytes], bool]]:
    """`chunks` as runs of whole lines, each with whether it is the tail: a line a chunk's end cuts waits for the next
    chunk, so a reader of lines never sees half of one; the tail (the last run) is what no line end closed, maybe
    nothing."""
    held = b""
    for data in chunks:
        buf = held + data
        cut = buf.rfind(b"\n") + 1
        buf, held = buf[:cut], buf[cut:]
        if buf:
            yield buf.splitlines(keepends=True), False
    yield ([held] if held else []), True


def held_whole(chunks: Iterable[bytes], limit: int) -> tuple[bytes, Iterator[bytes] | None]:
    """All of `chunks` joined, with None, where they come to at most `limit` bytes: a reader that must see a whole
    file (a JSON reply, a web page's markup) reads it so; past the limit, the bytes held so far and the chunks not
    yet read, for the caller to pass on as they are rather than hold a file of any size in memory."""
    data = b""
    pieces = iter(chunks)
    for piece in pieces:
        data += piece
        if len(data) > limit:
            return data, pieces
    return data, None


def unurled(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The bytes URL-encoded `chunks` stand for (see `_url_line`), read a whole line at a time."""
    for lines, _tail in whole_lines(chunks):
        if lines:
            yield b"".join(_url_line(line) for line in lines)


def _b64(data: bytes) -> bytes:
    """The bytes base64 `data` stands for; nothing where it is broken (a padding mark inside a line)."""
    try:
        return binascii.a2b_base64(data)
    except binascii.Error:
        return b""


def unbased(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The bytes a mail's `chunks` stand for with each base64 text part read back (see `_MailParts`); a line a
    chunk's end cuts waits for the next chunk."""
    parts = _MailParts()
    for lines, tail in whole_lines(chunks):
        if not tail:
            yield parts.lines(lines)
        else:
            yield parts.lines(lines) + parts.flush() if lines else parts.flush()


# Each character cp1252 gives a byte, back to that byte; a C1 control (a byte cp1252 leaves undefined, kept as the
# control of its value) to its value; Latin-1's upper half is cp1252's and encodes as itself.
_BACK: dict[int, int] = {}
for _byte in range(0x80, 0xA0):
    try:
        _BACK[ord(bytes([_byte]).decode("cp1252"))] = _byte
    except UnicodeDecodeError:
        _BACK[_byte] = _byte
_KEEP = "stats-utf8-keep"  # a character no cp1252 byte gives (a Han character typed in later) stays as its UTF-8
codecs.register_error(_KEEP, lambda exc: (exc.object[exc.start:exc.end].encode("utf-8"), exc.end))
# the lead bytes of UTF-8 Han characters and full-width marks, as cp1252 reads them
_LEADS = frozenset("\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ef")
_WIDE_MIN = 8  # the fewest wide characters to judge a file by


def _bytes_back(text: str) -> bytes:
    """The bytes cp1252 read `text` from (see `_BACK`)."""
    return text.translate(_BACK).encode("latin-1", _KEEP)


def cp1252_mojibake(sample: str, chinese: float) -> bool:
    """`sample` (a file's first characters, read as UTF-8) is UTF-8 Chinese text read as cp1252 and saved again:
    its wide characters hold the lead bytes, all map back to bytes, and those bytes read as UTF-8 whose share of
    common Chinese characters (`chinese` judges) is at least 0.9. `sample` may end inside a character's bytes."""
    if not any(map(sample.__contains__, _LEADS)):
        # (each lead looked for by a scan in C: `isdisjoint` hashed every character of the 20,000 of a file's
        # sample, ~0.35 ms a file, for an answer that is "no lead" in nearly every file)
        return False
    wide = [c for c in sample if ord(c) > 0x7F]
    if len(wide) < _WIDE_MIN or any(ord(c) > 0xFF and ord(c) not in _BACK for c in wide):
        return False
    try:
        back = codecs.getincrementaldecoder("utf-8")().decode(_bytes_back(sample), final=False)
    except UnicodeDecodeError:
        return False
    return sum(ord(c) > 0x7F for c in back) >= _WIDE_MIN // 2 and chinese(back) >= 0.9


# the lead bytes of GBK's full-width comma and ideographic full stop, as Latin-1 reads them
_GBK_LEADS = ("\u00a3", "\u00a1")
_GB2312_SHARE = 0.9


def gb2312_char(ch: str) -> bool:
    """Is ch in GB2312, the repertoire nearly all of a Chinese text's characters come from (a misread's rarely do)?"""
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def gbk_mojibake(sample: str) -> bool:
    """`sample` (a file's first characters, read as UTF-8) is GBK Chinese text read as Latin-1 or cp1252 and saved
    again (see the module's docstring). `sample` may end inside a character's bytes."""
    if not any(map(sample.__contains__, _GBK_LEADS)):
        return False
    wide = [c for c in sample if ord(c) > 0x7F]
    if len(wide) < _WIDE_MIN or any(ord(c) > 0xFF and ord(c) not in _BACK for c in wide):
        return False
    try:
        back = codecs.getincrementaldecoder("gb18030")().decode(_bytes_back(sample), final=False)
    except UnicodeDecodeError:
        return False
    han = [c for c in back if ord(c) > 0x7F]
    return len(han) >= _WIDE_MIN // 2 and sum(map(gb2312_char, han)) >= _GB2312_SHARE * len(han)


def unmojibaked(chunks: Iterable[bytes], encoding: str) -> Iterator[bytes]:
    """The UTF-8 bytes `chunks` (in `encoding`, the double-encoded file's own: utf-8 or utf-8-sig) were read from by
    cp1252; a character a chunk's end cuts waits in the decoder."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    for data in chunks:
        text = decoder.decode(data)
        if text:
            yield _bytes_back(text)
    tail = decoder.decode(b"", final=True)
    if tail:
        yield _bytes_back(tail)
