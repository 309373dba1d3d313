"""One build: extract the corpus, then publish Parquet, DuckDB and SQLite together.

Extraction belongs to the core (`stats.extract.pipeline`, `stats.rules.rulefile`); this module
only gathers its tables with the rule catalog, checks them against
`stats.schema`, and hands them to the writers inside one atomic commit.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa

from stats.run.tables import write_table
from stats.schema import TABLES, arrow_schema

from . import duckdb_db, sqlite_db
from .atomic import staged
from .metadata import DATABASE, column_descriptions, load_metadata, table_metadata
from .pages import write_page_images
from .views import VIEWS

CATALOG_TABLES = ("metrics", "units", "rules")


def published_tables(core: Mapping[str, pa.Table], catalog: Mapping[str, pa.Table]) -> dict[str, pa.Table]:
    """The extraction's tables and the rule catalog as one mapping, schemas checked.

    A core table whose schema differs from `stats.schema` would publish columns
    nobody documented, so it stops the build here with the difference spelled out.
    """
    tables: dict[str, pa.Table] = {}
    for name in TABLES:
        expected = arrow_schema(name)
        actual = core[name].schema.remove_metadata()
        if not actual.equals(expected):
            raise ValueError(f"table {name!r} does not match stats.schema:\n got {actual}\n want {expected}")
        tables[name] = core[name]
    for name in CATALOG_TABLES:
        tables[name] = catalog[name]
    return tables


def publish(tables: Mapping[str, pa.Table], out_dir: Path, metadata: dict | None = None) -> list[Path]:
    """Write `<table>.parquet`, `stats.duckdb` and `stats.db` into `out_dir`, all or none."""
    metadata = load_metadata() if metadata is None else metadata
    names = list(tables) + list(VIEWS)
    descriptions = {
        name: table_metadata(metadata, name)["description"]
        for name in names
        if table_metadata(metadata, name).get("description")
    }
    columns = {name: column_descriptions(metadata, name) for name in names}
    with staged(out_dir) as staging:
        for name, table in tables.items():
            write_table(table, staging / f"{name}.parquet")
        if "figures" in tables and "documents" in tables:
            write_page_images(tables["figures"], tables["documents"], staging)  # figures read from PDF
        duckdb_db.write_duckdb(tables, staging / f"{DATABASE}.duckdb", descriptions, columns)
        sqlite_db.write_sqlite(tables, staging / f"{DATABASE}.db")
        written = sorted(p.name for p in staging.iterdir())
    return [out_dir / name for name in written]


def build(paths: list[Path], out_dir: Path, rules_dir: Path | None = None) -> dict[str, pa.Table]:
    """Extract `paths` with the rules and publish the result into `out_dir`; return the tables."""
    from stats.rules.rulefile import load_rules
    from stats.run.runner import extract_paths

    extracted = extract_paths(paths, rules_dir)
    tables = published_tables(extracted.as_dict(), load_rules(rules_dir).catalog_tables())
    publish(tables, out_dir)
    return tables
