"""A table pasted from a sheet kept in a European locale: its numbers' point and comma read the Chinese way.

A sheet set to such a locale shows 132648.0 as 132.648,0 (a point between groups of three digits, a decimal comma)
and 3.4 as 3,4, and pasted as text its rows keep those forms, each cell after a tab. Read as written, 132.648,0 is a
number cut at its comma and 3,4 two numbers, or a thousands mark misplaced: no figure, or a wrong one.

Only a block of tab-parted rows that shows the locale for certain is read so: some cell is a number with a point
between groups of three digits and a decimal comma after them (132.648,0, -1.234,56: no other way of writing
numbers makes that), and no cell is one the Chinese way that the locale cannot make (12.5, a point before fewer or
more than three digits; 1,234, a comma before three digits and no point). In such a block each cell that is a
number of the locale (132.648,0; 3,4; 12.500, its thousands set apart) is written the Chinese way (132648.0; 3.4;
12500), padded with spaces to its width (no offset after it moves). Any other text is returned as it is.
"""

from __future__ import annotations

from stats.rules.prepared import compiled_re

_SURE = compiled_re(r"-?\d{1,3}(?:\.\d{3})+,\d+")  # 132.648,0: a point between groups and a decimal comma
_LOCALE = compiled_re(r"-?\d{1,3}(?:\.\d{3})*(?:,\d+)?|-?\d+,\d+")  # any number the locale writes (3,4; 12.500; 7)
_CHINESE = compiled_re(r"-?\d+\.(?:\d{1,2}|\d{4,})|-?\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # 12.5, 1,234: not the locale's
_CELL_SPLIT = compiled_re(r"(\t)")
MIN_ROWS = 2  # the fewest tab-parted rows one under the other that are a block


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


def _written(cell: str) -> str:
    """A cell of the locale written the Chinese way, padded with spaces to its width."""
    core = cell.strip()
    if not _LOCALE.fullmatch(core) or not any(ch in core for ch in ".,"):
        return cell
    plain = core.replace(".", "").replace(",", ".")
    at = cell.index(core)
    return cell[:at] + plain + cell[at + len(core):] + " " * (len(core) - len(plain))


def _block(lines: list[str]) -> list[str]:
    """A block's lines, each number of the locale written the Chinese way where the block shows the locale."""
    cells = [c for line in lines for c in _cells(line)]
    if not any(_SURE.fullmatch(c) for c in cells) or any(_CHINESE.fullmatch(c) for c in cells):
        return lines
    return ["".join(_written(p) if p != "\t" else p for p in _CELL_SPLIT.split(line)) for line in lines]


def decimal_commas(buf: str) -> str:
    """buf with each block of tab-parted rows that shows a European locale read the Chinese way (see above)."""
    if "\t" not in buf or "," not in buf:
        return buf
    lines = buf.split("\n")
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, None]:
        if line is not None and "\t" in line:
            run.append(line)
            continue
        out.extend(_block(run) if len(run) >= MIN_ROWS else run)
        run = []
        if line is not None:
            out.append(line)
    return "\n".join(out)

