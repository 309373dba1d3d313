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


def json_escaped(head: str | bytes) -> bool:
    """A text whose head (its first `HEAD` characters or bytes) is this is an escaped JSON reply (see above)."""
    if isinstance(head, bytes):
        return len(_UNICODE_BYTES.findall(head, 0, HEAD)) >= _ESCAPES_MIN
    return "\\u" in head and len(_UNICODE.findall(head, 0, HEAD)) >= _ESCAPES_MIN


def json_escapes_read(buf: str, escaped: bool | None = None) -> str:
    """buf with its JSON string escapes read (see above) where `escaped` says it is such a text (None: where its own
    head says so)."""
    if not (json_escaped(buf) if escaped is None else escaped) or "\\" not in buf:
        return buf
    return _ESCAPE.sub(_read, buf)


def json_escape_cut(buf: str) -> int:
    """Where an escape the end of `buf` may cut in two starts (-1: none), so that the piece waits for the next."""
    m = _PARTIAL.search(buf, max(0, len(buf) - ESCAPE_MAX))
    return m.start() if m is not None else -1


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
