"""Text read out of a spreadsheet's cells with the OOXML escapes left in: the characters they stand for put back.

An .xlsx file cannot hold a control character in a cell's text, so Excel writes each one as _xHHHH_ (a carriage
return as _x000D_, a tab as _x0009_) and a literal "_x" that would look like an escape with its underscore escaped
(_x005F_). A tool that reads the cells and does not undo this leaves the escapes in the text: each line of a cell
ends in _x000D_, and a table kept in one cell has its cells parted by _x0009_ (地区生产总值_x0009_亿元_x0009_132.68).
Left as they are, the escape's letters and digits are glued to the figure beside it: a row's numbers are no cells
(132.68_x0009_5.3 is no gap) and the escape's own digits (0009) stand where a number's would.

Only the escapes Excel writes are read: a control character (_x0000_ to _x001F_) and the escaped underscore; any
other _xHHHH_ is text of its own (a file's name, a code) and stays. A carriage return followed by the line's end
is dropped (the line ends there already); alone it ends the line. The other controls (no text ever means one) are a
space.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_ESCAPE = compiled_re(r"_x(00[01][0-9A-Fa-f]|005[Ff])_(\r?\n)?")
ESCAPE_MAX = 8  # the longest escape (_x000D_ and a line end's CR): a piece's tail this long may hold one cut in two
# (a whole escape at the end waits too: a line end after _x000D_ in the next piece is its own, no second one)
_PARTIAL = compiled_re(r"_(?:x(?:0(?:0(?:[015](?:[0-9A-Fa-f](?:_\r?)?)?)?)?)?)?\Z")


def sheet_escapes_read(text: str) -> str:
    """`text` with each OOXML escape of a control character or an underscore read (see the module); text with no
    "_x" in it is returned as it is."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(_read, text)


def escape_cut(text: str) -> int:
    """Where an escape the end of `text` may cut in two starts (-1: none), so that the piece waits for the next."""
    m = _PARTIAL.search(text, max(0, len(text) - ESCAPE_MAX))
    return m.start() if m is not None else -1


def _read(m: re.Match[str]) -> str:
    code = int(m.group(1), 16)
    end = m.group(2) or ""
    if code == 0x5F:
        return "_" + end
    if code == 0x0D:
        return end or "\n"
    if code in (0x09, 0x0A):
        return chr(code) + end
    return " " + end
