"""Towns by county: the county-level division a town named as a document's own place lies in.

The table (towns.tsv beside this file, built by scripts/build_towns.py from the 民政部's township table as of
2025-12-31, CC BY 4.0: TOWNS-ATTRIBUTION.md) is read the first time a document asks, never at start-up: most
documents name a division and never reach it. A name maps to a county only where it is the one town of that name in
the country, or the one inside the places the caller gives; the caller decides which text counts as the document's
own (`stats.context.place`), this module only finds names and looks them up.
"""

from __future__ import annotations

import os
from array import array
from bisect import bisect_left
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


class Towns:
    """Town name → the six-digit codes of the county-level divisions holding a town of that name, held compactly:
    the names of each length sorted and run together in one string (a name found by halving, `bisect` over its
    slices), each name's counties an index into the table's codes (a name of several counties: into a list of
    them). A dict of its names, their codes' tuples and lists held 6 MB for the table; this holds under 1 MB."""

    __slots__ = ("_runs", "_counties", "_codes", "_shared")

    def __init__(self, named: dict[int, tuple[list[str], array[int]]], codes: list[str]) -> None:
        self._runs: dict[int, str] = {}  # name length → its names, sorted, run together
        self._counties: dict[int, array[int]] = {}  # … each one's code's index (-1 - j: the j-th of `_shared`)
        self._codes = [(code,) for code in codes]
        self._shared: list[tuple[str, ...]] = []
        for size in sorted(named):
            chunks, at = named.pop(size)  # (each length's names let go once run together: a low peak)
            table = "".join(chunks)
            del chunks
            order = sorted(range(len(at)), key=lambda i: table[i * size:i * size + size])  # (stable: codes in order)
            run: list[str] = []
            counties = array("i")
            group: list[str] = []  # (the codes of the name last put in the run, in the table's order)
            for i in [*order, -1]:
                name = table[i * size:i * size + size] if i >= 0 else ""
                if i >= 0 and run and run[-1] == name:
                    if codes[at[i]] not in group:
                        group.append(codes[at[i]])
                    continue
                if len(group) > 1:
                    self._shared.append(tuple(group))
                    counties[-1] = -len(self._shared)
                if i >= 0:
                    run.append(name)
                    counties.append(at[i])
                    group = [codes[at[i]]]
            self._runs[size] = "".join(run)
            self._counties[size] = counties

    def get(self, name: str) -> tuple[str, ...] | None:
        """The codes of the divisions holding a town `name`, or None."""
        size = len(name)
        run = self._runs.get(size)
        if run is None:
            return None
        at = bisect_left(range(len(run) // size), name, key=lambda i: run[i * size:i * size + size])
        if run[at * size:at * size + size] != name:
            return None
        county = self._counties[size][at]
        return self._codes[county] if county >= 0 else self._shared[-1 - county]

    def __getitem__(self, name: str) -> tuple[str, ...]:
        got = self.get(name)
        if got is None:
            raise KeyError(name)
        return got

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def __len__(self) -> int:
        return sum(len(c) for c in self._counties.values())


@lru_cache(maxsize=1)
def towns() -> tuple[Towns | None, int]:
    """The town table (`Towns`) and the longest name's length; read once per process, on first use, from the
    prepared-data cache (`stats.rules.prepared`, keyed by the table's path, size and modification time) where a
    process read the same table before. A missing or empty table maps no town (None: the places stay as before).

    Why: reading the table's ~30,000 names and sorting them into runs took ~55 ms of CPU in every process that met
    a town's ending (both bench corpora, every gold set: ~2% of a 1 MB run on one core, as much as unpickling the
    whole extractor); loading what an earlier process built takes ~1-2 ms, and is the same table (speed262)."""
    from stats.rules.prepared import prepared

    return prepared("towns", (table_stamp().encode(),), _read_table)


def _read_table() -> tuple[Towns | None, int]:
    """The town table read from its file (`towns`)."""
    named: dict[int, tuple[list[str], array[int]]] = {}
    codes: list[str] = []
    try:
        with open(TABLE, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                code, _province, _prefecture, _county, names = line.rstrip("\n").split("\t")
                codes.append(code)
                line_names: dict[int, list[str]] = {}
                for name in names.split(" "):
                    if name:
                        line_names.setdefault(len(name), []).append(name)
                for size, some in line_names.items():  # (a line's names of each length run together: few objects)
                    held = named.get(size)
                    if held is None:
                        held = named[size] = ([], array("i"))
                    held[0].append("".join(some))
                    held[1].extend([len(codes) - 1] * len(some))
    except OSError:
        return None, 0
    if not named:
        return None, 0
    longest = max(named)
    return Towns(named, codes), longest


def _han(ch: str) -> bool:
    """A Han character (the unified ideographs, extension A, the compatibility block and the planes beyond): told by
    its code point, so the engine holds no Han character."""
    c = ord(ch)
    return 0x3400 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF or 0x20000 <= c <= 0x3134F


def named_towns(text: str, endings: tuple[str, ...], after: tuple[str, ...],
                starts: Iterable[int] = (), heads: bool = False) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, county codes) of each town `text` names as its own: a name of the table ending in one of
    `endings`, starting the text, after a mark or a digit or at one of `starts` (where a division's name ends:
    昆山市周市镇), and ending the text or followed by a mark, a digit or one of `after` (人民政府). The longest
    such name at each end wins. Texts holding no ending cost no table. `heads`: a name heading a clause (after a
    mark, a space or the text's start) may be followed by anything (…，高兴镇工业园区新签约项目12个: the subject's head)."""
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
            if heads or end == len(text) or not _han(text[end]) or text.startswith(after, end):
                for size in range(min(longest, end), MIN_NAME - 1, -1):
                    start = end - size
                    if size <= len(ending):
                        continue
                    codes = table.get(text[start:end])
                    if codes is None:
                        continue
                    if start == 0 or not _han(text[start - 1]) or (start in open_at and not heads):
                        out.append((start, end, codes))
                        break
            at = text.find(ending, at + 1)
    return sorted(out)
