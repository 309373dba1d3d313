"""A long SMS as a phone's backup, a carrier's log or a screenshot's OCR gives it: the message cut by the network into
parts, each part a record of its own that opens with its counter ((1/3), （2/3）, [3/3]).

A carrier cuts a long message every 67 or 70 characters (153 or 160 in Latin script) wherever that falls: between a
word and its number, between a number and its unit (3.6万 | 人次), inside a number too (就业21 | 80人). A phone that
joins the parts shows one message; a backup or a phone that does not keeps them apart, each under its own head (a time,
the sender's number), so a cut number reads as two (21 and 80人: a value no one wrote). A part whose counter follows the
part before it (k-1 of the same n, a few short lines above) is run on to the end of that part's line, the heads between
dropped, and the counters taken out; the message reads whole, as the phone shows it.

Only parts in order, each within a few short lines of the one before, are joined, and only after a part long enough to
be cut by the network (a numbered list's (1/2) under a short line is no message's part).
"""

from __future__ import annotations

import re

from stats.read.cutout import cut_out
from stats.rules.prepared import compiled_re

# a part's counter at a line's start, after a short label with no digit (内容：) maybe
_COUNTER = compiled_re(r"(?m)^[^\d\n]{0,8}?([(\[\uff08](\d{1,2})/(\d{1,2})[)\]\uff09])")
_GAP_LINES = 6  # at most this many lines between a part's line and the next part's counter (a record's head)
_GAP_LINE_CHARS = 48  # … each of them short
_PART_CHARS = 50  # the fewest characters of a part the network cut (its counter's line, after the counter)


def parts_joined(buf: str) -> str:
    """buf with each run of an SMS's parts joined into one line (see above); text with no counter of a second part is
    returned as it is."""
    if "/" not in buf or not any(f"2/{n}" in buf for n in "23456789"):
        return buf
    found = list(_COUNTER.finditer(buf))
    if len(found) < 2:
        return buf
    cuts: list[tuple[int, int]] = []  # spans to drop: a joined part's counter, or a gap and the next part's counter
    prev: re.Match[str] | None = None
    for m in found:
        k, n = int(m.group(2)), int(m.group(3))
        if prev is not None and 2 <= k <= n and int(prev.group(2)) == k - 1 and int(prev.group(3)) == n:
            line_end = buf.find("\n", prev.end())
            part = buf[prev.end():line_end]
            gap = buf[line_end:m.start(1)].split("\n")
            if (line_end >= 0 and len(part) >= _PART_CHARS and len(gap) - 1 <= _GAP_LINES
                    and all(len(line) <= _GAP_LINE_CHARS for line in gap)):
                if not cuts or cuts[-1][1] <= prev.start(1):
                    cuts.append(prev.span(1))  # (the first part's counter)
                cuts.append((line_end, m.end(1)))
        prev = m
    return cut_out(buf, cuts)
