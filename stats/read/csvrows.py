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
# (_CSV_ROW takes two cells or more; a run is a table's only with three or more, `csv_cells_apart`)
_CSV_CELL = (r'(?:"[^"\n]*+"|[^\s,"\N{FULLWIDTH COMMA}\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH SEMICOLON}'
             r'\N{FULLWIDTH EXCLAMATION MARK}\N{FULLWIDTH QUESTION MARK}\N{IDEOGRAPHIC COMMA}]++)')
_CSV_ROW = compiled_re(f"(?m)^{_CSV_CELL}(?:,{_CSV_CELL})+(?=\\r?$)")
_CSV_CELLS = compiled_re(f",|{_CSV_CELL}")
_CSV_NUMBER = compiled_re(r'"?-?\d[\d,]*(?:\.\d+)?"?')
# … and where such rows stand, the export's lines of prose: a line of one field that holds a comma (a thousands mark:
# 医疗卫生机构床位3,862) stands in double quotes, the paragraph's next line maybe not. Its two quotes are the file's,
# not the text's: each written as a zero-width space, which prints nothing (the layout repair takes it out, and a line
# it opens is no indent), so the paragraph's lines join again and 3,862" | "张 reads 3,862张
_CSV_LONE = compiled_re(r'(?m)^"(?=[^"\n]*,)([^"\n]*+)"(?=\r?$)')
_UNQUOTED = "\u200b"
# … and a line of such an export whose text fills its first cell only, the rest of the sheet's width its empty cells
# (a title or a unit cell over the table, 某县2025年…统计表,,, | 单位：张,,,; a note row, 备注,…。,,): its trailing
# commas are no row's partings and no text's, yet left they glue the title to the table (a title line ending in
# commas is no caption, a unit line ending in them no unit line). Two commas or more at a line's end, after a cell's
# text, are written as spaces, one character for one. (One comma alone may end a line of prose cut in a paragraph.)
_EMPTY_TAIL = compiled_re(r"(?m)(?<=[^,\s]),{2,}(?=\r?$)")


def csv_cells_apart(buf: str) -> str:
    """buf with each run of CSV rows (see above) written as rows of tab-parted cells, and where there are such rows each
    quoted line of prose unquoted (`_CSV_LONE`) and, where they make a table, each line's empty cells at its end
    blank (`_EMPTY_TAIL`), one character for one."""
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
    tables = [len(run) >= 2 and _cell_count(run[0]) >= 3
              and any(_CSV_NUMBER.fullmatch(c.group()) for m in run for c in _CSV_CELLS.finditer(m.group()))
              for run in runs]
    parts, at = [], 0
    for run, table in zip(runs, tables, strict=True):
        # (in a text a table's rows show a CSV export, any other row of two cells or more is the export's too: a
        # byline's names and its date, 桃江县统计局,国家统计局桃江调查队,2026年4月10日, a caption's number and
        # title, 表8,2025年末…情况: its cells apart as a table's)
        if not table and not any(tables):
            continue
        for m in run:
            parts += [buf[at:m.start()], _row_apart(m.group())]
            at = m.end()
    if not parts:
        return buf
    out = "".join(parts) + buf[at:]
    if any(tables):
        out = _EMPTY_TAIL.sub(lambda m: " " * len(m.group()), out)
    return _CSV_LONE.sub(lambda m: _UNQUOTED + m.group(1) + _UNQUOTED, out)


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
