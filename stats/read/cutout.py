"""Spans taken out of a text read whole: the joins of messages cut apart (an SMS's parts, a chat's runs of one
sender) drop what stood between the pieces (heads, counters, line breaks), and every such reader drops its spans the
same way, in order, once."""

from __future__ import annotations

from collections.abc import Sequence


def cut_out(buf: str, cuts: Sequence[tuple[int, int]]) -> str:
    """`buf` without the spans `cuts` (sorted, not overlapping): one join, so a long backup is copied once."""
    if not cuts:
        return buf
    out, at = [], 0
    for start, end in cuts:
        out.append(buf[at:start])
        at = end
    out.append(buf[at:])
    return "".join(out)
