"""A gold set of data/gold scored as the floor tests score it: one way, shared, so that every set's floor is
measured by the same run of stats over its texts.

A run that loses a whole document (a file that became an `errors` row instead of its rows: unreadable, or over
its CPU budget twice) fails at once, naming the rows, instead of as a recall short of its floor with no reason
given; every `errors` row of the runs a test made is kept in `ERRORS` and shown beside its failure (conftest)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from stats.evaluate import evaluate, read_gold

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
ERRORS: list[dict] = []  # the `errors` rows of the gold-set runs of the test running now


def describe(rows: Sequence[dict]) -> str:
    return "\n".join(f"{Path(r['path']).name}: {r['stage']}: {r['message']}" for r in rows)


# The runs over data/gold made in this process, by the paths run over: a gold set's floor tests (the pages set has
# a dozen) each read the rows of one run of stats over its texts, not one run each (the slow job runs in one
# process). No test writes under data/gold; runs over other folders (a test's own files) are made each time.
_RUNS: dict[tuple[Path, ...], object] = {}


def extracted(*paths: Path):
    """stats run over paths (folders or files), its tables; fails naming the `errors` rows of any document lost.
    A second call with the same paths of data/gold in this process hands back the first call's tables (the same
    rows)."""
    from stats.run.runner import extract_paths  # imported where used: collecting the quick suite stays light

    key = tuple(Path(p).resolve() for p in paths)
    gold = all(p.is_relative_to(GOLD.resolve()) for p in key)
    tables = _RUNS.get(key) if gold else None
    if tables is None:
        tables = extract_paths(list(paths))
        if gold:
            _RUNS[key] = tables
    rows = tables.errors.to_pylist()
    ERRORS.extend(rows)
    kept = set(tables.documents.column("path").to_pylist())
    lost = [r for r in rows if r["path"] not in kept]
    assert not lost, f"{len(lost)} document(s) lost, all their figures missing:\n{describe(lost)}"
    return tables


def scored(name: str) -> dict:
    """The summary of a run of stats over the texts of data/gold/NAME, scored against its gold."""
    folder = GOLD / name
    return evaluate(read_gold([folder]), extracted(folder / "texts").figures.to_pylist()).summary
