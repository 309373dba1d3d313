"""An article as a site's JSON API returns it, copied whole, serialised with every non-ASCII character escaped
(\\uXXXX, as Python's json.dumps, Java's and many PHP APIs write by default): the escapes read as the characters
they stand for.

Left as they are, the text has no Han word at all: the figures' digits, points and percent marks stand as they are
between escapes (\\u4e1a8260\\u4eba for 业8260人), so no unit, no cue and no label is read, and an escape's own hex
digits (\\u5e74, \\u2026) are digits glued to a number. Its paragraph breaks are written \\n (or \\r\\n), its quotes
\\" and, from PHP, its slashes \\/.

A text is read so only where its head (its first 4096 characters: a file's, as `stats.read.decode.detect` judges it,
so that every chunk of a large file is read alike) holds at least `_ESCAPES_MIN` escapes of the form \\uXXXX: a
Windows path or a LaTeX command has a backslash but not runs of those. Then each JSON escape is read in one pass
from the left (so an escaped backslash before a u is a backslash): \\uXXXX as its character (a surrogate pair as the
one character it makes up, a lone surrogate as U+FFFD), \\n, \\r\\n and a lone \\r as a line end, \\t as a tab, \\"
\\/ and \\\\ as the mark, \\b and \\f as nothing and a form feed.
"""

from __future__ import annotations

import json
import re

from stats.rules.prepared import compiled_re

_UNICODE = compiled_re(r"\\u[0-9a-fA-F]{4}")
_UNICODE_BYTES = re.compile(rb"\\u[0-9a-fA-F]{4}")
_ESCAPES_MIN = 8
HEAD = 4096
_ESCAPE = compiled_re(r"\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|u([0-9a-fA-F]{4})"
                      r"|r\\n|([\"\\/bfnrt]))")
_SIMPLE = {'"': '"', "\\": "\\", "/": "/", "b": "", "f": "\f", "n": "\n", "r": "\n", "t": "\t"}
ESCAPE_MAX = 12  # the longest escape (a surrogate pair): a piece's tail this long may hold one cut in two
_PARTIAL = compiled_re(r"\\(?:u(?:[dD][89abAB][0-9a-fA-F]{2}(?:\\(?:u[0-9a-fA-F]{0,3})?)?|[0-9a-fA-F]{0,3})"
                       r"|r(?:\\)?)?\Z")
# a record of a JSON-lines file (a crawler's feed: one object a line), `_records_read`
_RECORD = compiled_re(r"(?m)^[ \t]*\{.*\}[ \t]*\r?$")
_RECORDS_MIN = 2  # the fewest records in a text's head that make it a JSON-lines file's
_RECORD_HOLD = 1 << 20  # the longest record cut by a piece's end that waits for the next piece


def json_escaped(head: str | bytes) -> bool:
    """A text whose head (its first `HEAD` characters or bytes) is this is an escaped JSON reply (see above)."""
    if isinstance(head, bytes):
        return len(_UNICODE_BYTES.findall(head, 0, HEAD)) >= _ESCAPES_MIN
    return "\\u" in head and len(_UNICODE.findall(head, 0, HEAD)) >= _ESCAPES_MIN


def json_lines(head: str | bytes) -> bool:
    """A text whose head (its first `HEAD` characters or bytes) is this is a JSON-lines file's: at least
    `_RECORDS_MIN` whole lines in it are JSON objects (see `_records_read`)."""
    if isinstance(head, bytes):
        head = head[:HEAD].decode("utf-8", errors="replace")
    head = head[:HEAD]
    return len(_RECORD.findall(head[:head.rfind("\n") + 1])) >= _RECORDS_MIN


def json_escapes_read(buf: str, escaped: bool | None = None, records: bool | None = None) -> str:
    """buf with its JSON string escapes read (see above) where `escaped` says it is such a text (None: where its own
    head says so); where `records` says it is a JSON-lines file's (None: where its head says so), each record read
    as the strings it holds (`_records_read`)."""
    if not (json_escaped(buf) if escaped is None else escaped) or "\\" not in buf:
        return buf
    if json_lines(buf) if records is None else records:
        return _records_read(buf)
    return _ESCAPE.sub(_read, buf)


def json_escape_cut(buf: str) -> int:
    """Where an escape the end of `buf` may cut in two starts (-1: none), so that the piece waits for the next."""
    m = _PARTIAL.search(buf, max(0, len(buf) - ESCAPE_MAX))
    return m.start() if m is not None else -1


def json_record_cut(buf: str) -> int:
    """In a JSON-lines file's text, where its last line starts if it opens a record no line end closes yet (-1: it
    does not), so that a record cut in two waits whole, up to `_RECORD_HOLD` characters."""
    start = buf.rfind("\n") + 1
    if start < len(buf) and len(buf) - start <= _RECORD_HOLD and buf[start:].lstrip(" \t").startswith("{"):
        return start
    return -1


def _read(m: re.Match[str]) -> str:
    high, low, code, simple = m.groups()
    if high is not None:
        return chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + int(low, 16) - 0xDC00)
    if code is not None:
        point = int(code, 16)
        return "\ufffd" if 0xD800 <= point <= 0xDFFF else chr(point)
    if simple is None:  # \r\n
        return "\n"
    return _SIMPLE[simple]


def _records_read(buf: str) -> str:
    """A JSON-lines file's text with each record (a line that is a whole JSON object) read as the strings it holds,
    in their order, one a line, keys and numbers dropped and a blank line after it; its other lines with their
    escapes read. A crawler's feed (Scrapy's JSON lines) writes an item a line: a list page's titles, dates and
    addresses, an article's title, date, source and content; read with its escapes only, each record is one line of
    keys and values that runs on into the next (…pageNum=1"}{"type":…), a list item's title read into the article's
    first sentence (…开展预算绩效管理培训 making its figures targets), and the item's numbers (a page id, a status
    200, a latency 0.412) stand among its words."""
    out = []
    for line in buf.splitlines(keepends=True):
        strings: list[str] = []
        if _RECORD.fullmatch(line.rstrip("\n")):
            try:
                _strings(json.loads(line), strings)
            except (ValueError, RecursionError):
                strings = []
        if strings:
            out.append("\n".join(s.strip() for s in strings if s.strip()) + "\n\n")
        else:
            out.append(_ESCAPE.sub(_read, line))
    return "".join(out)


def _strings(obj: object, out: list[str]) -> None:
    """The strings `obj` (a JSON value) holds, depth first."""
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for value in obj.values():
            _strings(value, out)
    elif isinstance(obj, list):
        for value in obj:
            _strings(value, out)

