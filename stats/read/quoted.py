"""A mail forwarded or replied to as text: the quote marks (> ) at the start of each of its lines set blank.

Done where the text is read, one character for one (so no offset moves), so that every later stage sees the
quoted lines as they were written: a table's rows of tab-parted cells start at their first cell again (a row read
as `> 就业<tab>城镇新增就业…` has a first cell no table head names), and a line's first word is a word.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

# A quoted line: one mark or more (>, >>, > >), each mark run followed by one space, or a bare mark run alone on its
# line (a quoted blank line). A mark glued to a digit (>5%, a bound in a table's cell) is no quote mark, so a mark
# run must end in a space or the line's end.
_MARKS = r"(?:>+ )+|>+(?=\r?$)"
_QUOTED = compiled_re(f"(?m)^(?:{_MARKS})")
_RUN_MIN = 2  # the fewest quoted lines one under the other that are a quote (one such line may be anything)


def quote_marks_blank(buf: str) -> str:
    """buf with the marks of each run of `_RUN_MIN` or more quoted lines (see above) written as spaces."""
    if ">" not in buf:
        return buf
    marks = list(_QUOTED.finditer(buf))
    if len(marks) < _RUN_MIN:
        return buf
    runs: list[list[re.Match[str]]] = []
    for m in marks:  # (runs of quoted lines each right under the one before)
        last = runs[-1][-1] if runs else None
        if last is not None and buf.count("\n", last.end(), m.start()) == 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    parts, at = [], 0
    for run in runs:
        if len(run) < _RUN_MIN:
            continue
        for m in run:
            parts += [buf[at:m.start()], " " * (m.end() - m.start())]
            at = m.end()
    return "".join(parts) + buf[at:] if parts else buf
