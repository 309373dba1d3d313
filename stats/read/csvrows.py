"""A table a spreadsheet saved as CSV text, read as a table of cells apart.

Done where the text is read, so that every later stage (the layout repair, and the table reader that reads a
head's and a row's lines from the text as written) sees the cells apart; one character for one, so no offset
moves.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

# A table a spreadsheet saved as CSV text, a row a line (指标,单位,2025年,比上年增长（%） | 粮食总产量,吨,"68,420",2.1):
# its cells parted by commas, a cell that holds a comma (a thousands mark) in double quotes, an empty one as "". As
# written a row is one word to every reader (no gap parts its cells, and 68,420 stands between quotes), so a run of
# two such lines or more, each of three cells or more and all of one count, none with a space or a sentence's or a
# clause's full-width mark in a cell, a number cell in one of them at least, is written as a row of cells apart, one
# character for one: each parting comma a tab, each quote a space, an empty quoted cell a dash (a blank cell,
# tables.yaml blank_cells). A line of prose ends in a full stop, or has a clause's full-width comma: never a row.
_CSV_CELL = (r'(?:"[^"\n]*+"|[^\s,"\N{FULLWIDTH COMMA}\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH SEMICOLON}'
             r'\N{FULLWIDTH EXCLAMATION MARK}\N{FULLWIDTH QUESTION MARK}\N{IDEOGRAPHIC COMMA}]++)')
_CSV_ROW = compiled_re(f"(?m)^{_CSV_CELL}(?:,{_CSV_CELL}){{2,}}(?=\\r?$)")
_CSV_CELLS = compiled_re(f",|{_CSV_CELL}")
_CSV_NUMBER = compiled_re(r'"?-?\d[\d,]*(?:\.\d+)?"?')


def csv_cells_apart(buf: str) -> str:
    """buf with each run of CSV rows (see above) written as rows of tab-parted cells, one character for one."""
    if "," not in buf:
        return buf
    rows = list(_CSV_ROW.finditer(buf))
    if not rows:
        return buf
    runs: list[list[re.Match[str]]] = []
    for m in rows:  # (runs of rows on lines one under the other, each run's rows of one count of cells)
        last = runs[-1][-1] if runs else None
        if last is not None and buf.count("\n", last.end(), m.start()) == 1 and not buf[last.end():m.start()].strip() \
                and _cell_count(last) == _cell_count(m):
            runs[-1].append(m)
        else:
            runs.append([m])
    parts, at = [], 0
    for run in runs:
        if len(run) < 2 or not any(_CSV_NUMBER.fullmatch(c.group()) for m in run
                                   for c in _CSV_CELLS.finditer(m.group())):
            continue
        for m in run:
            parts += [buf[at:m.start()], _row_apart(m.group())]
            at = m.end()
    return "".join(parts) + buf[at:] if parts else buf


def _cell_count(m: re.Match[str]) -> int:
    """How many cells a CSV row holds (its parting commas and one)."""
    return sum(1 for c in _CSV_CELLS.finditer(m.group()) if c.group() == ",") + 1


def _row_apart(row: str) -> str:
    """A CSV row's cells apart, one character for one (see `csv_cells_apart`)."""
    out = []
    for c in _CSV_CELLS.finditer(row):
        cell = c.group()
        out.append("\t" if cell == "," else "\u2014 " if cell == '""' else cell.replace('"', " "))
    return "".join(out)
