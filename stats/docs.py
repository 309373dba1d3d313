"""Text for README.md and docs/ computed from a build, so the numbers there cannot go stale.

The docs hold `cog` blocks (cogapp, MIT) that call these functions; `scripts/docs.sh`
regenerates them from a fresh build of data/corpus and tests/test_docs_generated.py
fails when a checked-in number differs from what the build says. The build
directory is $STATS_DOCS_BUILD (default `data`, where `stats build` writes).
The module sits beside the CLI, above every layer it reads: a build, the metadata
and the evaluator.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet as pq
import regex

from stats.publish.build import CATALOG_TABLES
from stats.publish.metadata import load_metadata
from stats.schema import TABLES

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold"


def build_dir() -> Path:
    """The build the docs describe: $STATS_DOCS_BUILD, else data/."""
    return Path(os.environ.get("STATS_DOCS_BUILD", ROOT / "data"))


def table_counts(build: Path | None = None) -> str:
    """A Markdown table: each published table and how many rows the build has."""
    build = build or build_dir()
    lines = ["| table | rows |", "|---|---:|"]
    for name in [*TABLES, *CATALOG_TABLES]:
        lines.append(f"| `{name}` | {pq.read_metadata(build / f'{name}.parquet').num_rows:,} |")
    return "\n".join(lines)


def evaluation(build: Path | None = None, gold: Path = GOLD) -> str:
    """The summary line `stats evaluate data/gold --pred data/figures.parquet` prints for the build."""
    from stats.evaluate import evaluate, read_gold

    build = build or build_dir()
    report = evaluate(read_gold([gold]), pq.read_table(build / "figures.parquet").to_pylist())
    return " ".join(f"{key}={value}" for key, value in report.summary.items())


def gold_size(gold: Path = GOLD) -> str:
    """'N figures (M must) in K documents' for the shipped gold file."""
    from stats.evaluate import read_gold

    rows = read_gold([gold])
    must = sum(row.get("tier") == "must" for row in rows)
    return f"{len(rows)} figures ({must} must) in {len({row['doc'] for row in rows})} documents"


def canned_queries() -> str:
    """A Markdown table of the canned queries in metadata.yml: name (with parameters) and title."""
    queries = load_metadata()["databases"]["stats"]["queries"]
    lines = ["| query | what it answers |", "|---|---|"]
    for name, query in queries.items():
        params = sorted(set(regex.findall(r":(\w+)", query["sql"])))
        args = "?" + "&".join(f"{p}=…" for p in params) if params else ""
        lines.append(f"| `{name}{args}` | {query['title']} |")
    return "\n".join(lines)


def facts_summary(build: Path | None = None) -> str:
    """One sentence: figures, facts and series points in the build (from its DuckDB file)."""
    import duckdb

    build = build or build_dir()
    with duckdb.connect(str(build / "stats.duckdb"), read_only=True) as con:
        figures, facts, repeated, series = con.execute(
            "select (select count(*) from figures), (select count(*) from facts),"
            " (select count(*) from facts where n_mentions > 1), (select count(*) from series)"
        ).fetchone()
    return (
        f"The shipped corpus gives {figures:,} figures; they state {facts:,} facts "
        f"({repeated:,} of them said more than once); {series:,} facts of named metrics have a period and make "
        f"the series (a catch-all metric's, such as quantity.items or percent.growth, make none)."
    )
