"""One writer of a Chinese numeral's four-digit section, shared by the number generators of
the property tests (each test keeps its own styles and choices around it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def write_section(v: int, digits: Sequence[str], places: Sequence[str], two: str, head: bool,
                  drop_one: Callable[[], bool] = lambda: True) -> str:
    """0 < v < 10000: 三千零二十, 零 for each gap. places: the characters of 十, 百, 千 in that
    order; two: the 2 written before 百 and 千 (两, 二, 贰); at the head of a numeral, 十五 drops
    its 一 where drop_one() says so (asked only there)."""
    out: list[str] = []
    gap = False
    for value, place in ((1000, places[2]), (100, places[1]), (10, places[0]), (1, "")):
        d = v // value % 10
        if d == 0:
            gap = bool(out)
            continue
        if gap:
            out.append(digits[0])
            gap = False
        char = two if d == 2 and value >= 100 else digits[d]
        if d == 1 and value == 10 and head and not out and drop_one():
            char = ""
        out.append(char + place)
    return "".join(out)
