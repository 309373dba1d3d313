"""A page of items set side by side in columns and read by an extractor that gives each line a box of its own: the
columns' lines swept across, row by row (pdfminer at a tight line margin). Shared by the tests of its repairs."""

from __future__ import annotations


def wrap(text: str, width: int, digit: float) -> list[str]:
    """A paragraph set in a column `width` characters wide, its first line set in by two (the indent the extractor
    drops), a digit `digit` of a character wide (a font's own, not the half the reader counts)."""
    lines, line, room = [], "", width - 2.0
    for ch in text:
        if sum(digit if c.isascii() else 1.0 for c in line + ch) > room:
            lines.append(line)
            line, room = "", float(width)
        line += ch
    return [*lines, line]


def swept(heads: list[str], columns: list[list[str]]) -> list[str]:
    """The items' headlines, then the first line of each column, the second of each …, each a box of its own."""
    out = list(heads)
    for k in range(max(map(len, columns))):
        out += [c[k] for c in columns if k < len(c)]
    return out
