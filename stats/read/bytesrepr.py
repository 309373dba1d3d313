r"""Text a Python 3 script wrote as the repr of its bytes (a crawler's CSV or log whose writer was given the response's
bytes, not their text: csv.writer, print and str() all write b'...'): each such literal read as the text its bytes
stand for.

Such a literal writes every byte outside printable ASCII as an escape: a UTF-8 Han character is three \xhh
(\xe4\xba\xba for 人), a line break \n, a tab \t, a quote mark inside \' and a backslash \\; the digits, points and
percent marks of the text stand as they are between the escapes. Read as written, there is no Han word at all, so
no unit, no cue and no label is read, and an escape's own hex digits stand against a figure's (\xba1385, \x9a326: a
value no one wrote).

A literal is b'…' or b"…" on one line (its escapes keep it on one), opening where no letter or digit stands before
its b, holding at least `_ESCAPES_MIN` escapes of high bytes in a row (one UTF-8 Han character is three). Its escapes
are read as Python reads them, and its bytes as UTF-8 (as a page's bytes mostly are) or else GB18030, where they
decode whole and what they make reads as Chinese; a literal that does not (an image's bytes, a hash) stays as it is.
"""

from __future__ import annotations

import codecs

from stats.rules.prepared import compiled_re

_ESCAPES_MIN = 3
_LITERAL = compiled_re(r"(?<![0-9A-Za-z_])b('(?:[^'\\\n]|\\[^\n])*'|\"(?:[^\"\\\n]|\\[^\n])*\")")
_HIGH_RUN = compiled_re(rf"(?:\\x[89a-fA-F][0-9a-fA-F]){{{_ESCAPES_MIN}}}")
_OPEN = compiled_re(r"(?<![0-9A-Za-z_])b['\"][^\n]*?\\x[89a-fA-F]")
HOLD = 1 << 20  # the longest literal a piece's end may cut that waits for the next piece


_CHINESE_SHARE = 0.9


def _chinese(text: str) -> bool:
    """Nearly all of the text's wide characters are Han characters, CJK marks or full-width forms."""
    wide = [ord(c) for c in text if ord(c) > 0x7F]
    return bool(wide) and sum(0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF
                              for o in wide) >= _CHINESE_SHARE * len(wide)


def _text(m: object) -> str:
    """A literal's text (see above), or the literal as written."""
    literal = m.group(0)  # type: ignore[attr-defined]
    inner = m.group(1)[1:-1]  # type: ignore[attr-defined]
    if _HIGH_RUN.search(inner) is None:
        return literal
    try:
        data = codecs.escape_decode(inner.encode("ascii"))[0]
    except (UnicodeEncodeError, ValueError):
        return literal
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _chinese(text):
            return text
    return literal


def bytes_reprs_read(buf: str) -> str:
    """buf with each literal of a bytes repr (see above) read as its text; a text with none as it is (found so by a
    containment test in C)."""
    if "\\x" not in buf:
        return buf
    return _LITERAL.sub(_text, buf)


def bytes_repr_cut(buf: str) -> int:
    """Where the last line of a piece opens if it holds a literal's opening with an escape after it (the piece's
    end may cut the literal: the line waits whole for the next piece); -1 where there is none."""
    if "\\x" not in buf:
        return -1
    start = buf.rfind("\n") + 1
    return start if len(buf) - start <= HOLD and _OPEN.search(buf, start) is not None else -1
