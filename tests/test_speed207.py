"""The glued-column search's cost (issue 13): `glued.width_cuts` judges each row's column width on the rows around it,
each trying the same widths; a row's cost at a width is worked out once per page, not once per window it falls in
(data/gold/pages p107 spent 1.7 s of CPU there, 0.17 s after); and the town table (stats/context/towns.py) held in
1.1 MB, not 5 MB."""

from __future__ import annotations

import pytest

from stats.repair import glued
from tests.test_pages183 import _LEAD
from tests.test_pagesfix193 import _SEAM


@pytest.mark.parametrize("lines", [_LEAD, _LEAD + _SEAM])
def test_a_row_is_cut_at_each_width_once_per_page(monkeypatch: pytest.MonkeyPatch, lines: list[str]) -> None:
    """Each row cut at each width tried once (under no row above it or under the one above it): the calls of
    `_pieces` stay within twice the rows times the widths tried, plus one per row cut at the width found; the cuts
    stay those of every window trying its rows anew (`_column_width` without `tried`)."""
    want = glued.width_cuts(lines, {}, 17.5, frozenset("。！？"))
    calls: list[tuple[str, float]] = []
    pieces = glued._pieces

    def counted(line: str, *args: object) -> object:
        calls.append((line, args[2]))  # type: ignore[arg-type]
        return pieces(line, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(glued, "_pieces", counted)
    got = glued.width_cuts(lines, {}, 17.5, frozenset("。！？"))
    assert got == want and got[0]
    widths = int((glued.HIGH - glued.LOW) * 17.5 / glued.STEP) + 2  # (the widths tried, `STEP` apart)
    rows = len({line for line, _ in calls})
    # (each row under no row above, the first of a window, or under the row above it; and once at the width found)
    assert len(calls) <= 2 * rows * widths + len(lines)


def test_the_width_found_is_that_of_the_rows_tried_anew() -> None:
    """`_column_width` with the costs kept across a page finds, for each row, the width it finds trying anew."""
    lines = _LEAD + _SEAM
    text = [k for k, ln in enumerate(lines) if ln.strip()]
    own = {k: glued._space_spans(lines[k]) for k in text}
    accs = {k: list(glued.accumulate(map(glued._em, lines[k]), initial=0.0)) for k in text}
    tried: dict = {}
    for n in range(len(text)):
        kept = glued._column_width(lines, text, own, accs, n, 17.5, frozenset("。！？"), tried)
        assert kept == glued._column_width(lines, text, own, accs, n, 17.5, frozenset("。！？"))
    assert tried


def test_the_town_table_is_held_compactly_and_reads_as_the_file() -> None:
    """The town table (stats/context/towns.tsv) held as a few strings and arrays, not a dict of 30 000 names and
    their tuples (5 MB): under 2 MB once read, each name giving the codes of its counties in the file's order."""
    import tracemalloc

    from stats.context import towns as towns_module

    towns_module.towns.cache_clear()
    tracemalloc.start()
    try:
        table, longest = towns_module.towns()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert table is not None and held < 2_000_000
    want: dict[str, list[str]] = {}
    with open(towns_module.TABLE, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            code, *_, names = line.rstrip("\n").split("\t")
            for name in names.split(" "):
                if code not in want.setdefault(name, []):
                    want[name].append(code)
    assert len(table) == len(want) and longest == max(map(len, want))
    assert all(table.get(name) == tuple(codes) for name, codes in want.items())
    assert table.get("x" * 3) is None and "x" * 3 not in table
