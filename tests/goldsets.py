"""A gold set of data/gold scored as the floor tests score it: one way, shared, so that every set's floor is
measured by the same run of stats over its texts."""

from __future__ import annotations

from pathlib import Path

from stats.evaluate import evaluate, read_gold

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"


def scored(name: str) -> dict:
    """The summary of a run of stats over the texts of data/gold/NAME, scored against its gold."""
    from stats.run.runner import extract_paths  # imported where used: collecting the quick suite stays light

    folder = GOLD / name
    return evaluate(read_gold([folder]), extract_paths([folder / "texts"]).figures.to_pylist()).summary
