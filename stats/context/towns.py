"""Towns by county: the county-level division a town named as a document's own place lies in.

The table (towns.tsv beside this file, built by scripts/build_towns.py from the 民政部's township table as of
2025-12-31, CC BY 4.0: TOWNS-ATTRIBUTION.md) is read the first time a document asks, never at start-up: most
documents name a division and never reach it. A name maps to a county only where it is the one town of that name in
the country, or the one inside the places the caller gives; the caller decides which text counts as the document's
own (`stats.context.place`), this module only finds names and looks them up.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache

TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "towns.tsv")
MIN_NAME = 3  # a town's name of two characters (a one-character stem and its ending) is too often a word


def table_stamp() -> str:
    """Path, size and modification time of the table: part of the key of anything cached from places."""
    try:
        st = os.stat(TABLE)
    except OSError:
        return f"{TABLE}:-1:-1"
    return f"{TABLE}:{st.st_size}:{st.st_mtime_ns}"


@lru_cache(maxsize=1)
def towns() -> tuple[dict[str, tuple[str, ...]], int]:
    """Town name → the six-digit codes of the county-level divisions holding a town of that name, and the longest
    name's length; read once per process, on first use. A missing table maps no town (the places stay as before)."""
    found: dict[str, list[str]] = {}
    try:
        with open(TABLE, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                code, _province, _prefecture, _county, names = line.rstrip("\n").split("\t")
                for name in names.split(" "):
                    codes = found.setdefault(name, [])
                    if code not in codes:
                        codes.append(code)
    except OSError:
        return {}, 0
    return {name: tuple(codes) for name, codes in found.items()}, max(map(len, found), default=0)


def _han(ch: str) -> bool:
    """A Han character (the unified ideographs, extension A, the compatibility block and the planes beyond): told by
    its code point, so the engine holds no Han character."""
    c = ord(ch)
    return 0x3400 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF or 0x20000 <= c <= 0x3134F


def named_towns(text: str, endings: tuple[str, ...], after: tuple[str, ...],
                starts: Iterable[int] = ()) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, county codes) of each town `text` names as its own: a name of the table ending in one of
    `endings`, starting the text, after a mark or a digit or at one of `starts` (where a division's name ends:
    昆山市周市镇), and ending the text or followed by a mark, a digit or one of `after` (人民政府). The longest
    such name at each end wins. Texts holding no ending cost no table."""
    if not text or not endings or not any(e in text for e in endings):
        return []
    table, longest = towns()
    if not table:
        return []
    open_at = set(starts)
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for ending in endings:
        at = text.find(ending)
        while at >= 0:
            end = at + len(ending)
            if end == len(text) or not _han(text[end]) or text.startswith(after, end):
                for size in range(min(longest, end), MIN_NAME - 1, -1):
                    start = end - size
                    if size <= len(ending) or text[start:end] not in table:
                        continue
                    if start == 0 or not _han(text[start - 1]) or start in open_at:
                        out.append((start, end, table[text[start:end]]))
                        break
            at = text.find(ending, at + 1)
    return sorted(out)
