"""One build: extract the corpus to Parquet, then publish Parquet, DuckDB and SQLite as one generation.

Extraction is the runner's (`stats.run.runner.extract_to`, the same streaming,
parallel, cached path as `stats extract`): it writes the tables straight into a new
generation folder. This module adds the rule catalog, checks every table against
`stats.schema`, builds the two databases from the Parquet files (never holding a
table in memory) and publishes the folder in one step (`atomic.generation`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from stats.run.runner import ProgressFn, Totals, extract_to
from stats.run.tables import write_table
from stats.schema import TABLES, arrow_schema

from . import duckdb_db, sqlite_db
from .atomic import generation
from .metadata import DATABASE, column_descriptions, load_metadata, table_metadata
from .pages import BOX_COLUMNS, write_page_images
from .views import VIEWS

CATALOG_TABLES = ("metrics", "units", "rules")


def check_schema(name: str, actual: pa.Schema) -> None:
    """A core table whose schema differs from `stats.schema` would publish columns nobody
    documented, so it stops the build here with the difference spelled out."""
    expected = arrow_schema(name)
    if not actual.remove_metadata().equals(expected):
        raise ValueError(f"table {name!r} does not match stats.schema:\n got {actual}\n want {expected}")


def published_tables(core: Mapping[str, pa.Table], catalog: Mapping[str, pa.Table]) -> dict[str, pa.Table]:
    """The extraction's tables and the rule catalog as one mapping, schemas checked."""
    tables: dict[str, pa.Table] = {}
    for name in TABLES:
        check_schema(name, core[name].schema)
        tables[name] = core[name]
    for name in CATALOG_TABLES:
        tables[name] = catalog[name]
    return tables


def write_databases(folder: Path, names: list[str], metadata: dict | None = None) -> None:
    """`stats.duckdb` and `stats.db` in folder, from the `<name>.parquet` files beside them."""
    metadata = load_metadata() if metadata is None else metadata
    sources = {name: folder / f"{name}.parquet" for name in names}
    for name in TABLES:
        if name in sources:
            check_schema(name, pq.read_schema(sources[name]))
    every = names + list(VIEWS)
    descriptions = {
        name: table_metadata(metadata, name)["description"]
        for name in every
        if table_metadata(metadata, name).get("description")
    }
    columns = {name: column_descriptions(metadata, name) for name in every}
    duckdb_db.write_duckdb(sources, folder / f"{DATABASE}.duckdb", descriptions, columns)
    sqlite_db.write_sqlite(sources, folder / f"{DATABASE}.db")


def publish(tables: Mapping[str, pa.Table], out_dir: Path, metadata: dict | None = None) -> list[Path]:
    """Publish tables already in memory (tests, small corpora) into `out_dir`, all or none."""
    out_dir = Path(out_dir)
    with generation(out_dir) as gen:
        for name, table in tables.items():
            if name in TABLES:
                check_schema(name, table.schema)
            write_table(table, gen / f"{name}.parquet")
        if "figures" in tables and "documents" in tables:
            write_page_images(tables["figures"], tables["documents"], gen)  # figures read from PDF
        write_databases(gen, list(tables), metadata)
        written = sorted(p.name for p in gen.iterdir())
    return [out_dir / name for name in written]


def build(paths: list[Path], out_dir: Path, rules_dir: Path | None = None, jobs: int = 1, cache: bool = True,
          progress: ProgressFn | None = None) -> Totals:
    """Extract `paths` into a new generation of `out_dir` and publish it; the run's totals.

    The cache of unchanged documents lives in `out_dir/.stats-cache`, shared by every
    generation."""
    from stats.rules.rulefile import load_rules

    out_dir = Path(out_dir)
    catalog = load_rules(rules_dir).catalog_tables()
    with generation(out_dir) as gen:
        totals = extract_to(paths, gen, rules_dir, jobs=jobs, cache=cache, progress=progress, cache_dir=out_dir)
        for name in CATALOG_TABLES:
            write_table(catalog[name], gen / f"{name}.parquet")
        boxes = pq.ParquetFile(gen / "figures.parquet").read(columns=list(BOX_COLUMNS))  # read_table imports pandas
        docs = pq.ParquetFile(gen / "documents.parquet").read(columns=["doc_id", "path"])
        write_page_images(boxes, docs, gen)  # the figures read from PDF pages
        write_databases(gen, list(TABLES) + list(CATALOG_TABLES))
    return totals


def row_counts(folder: Path, names: list[str]) -> dict[str, int]:
    """Rows of each published Parquet file, from its footer (nothing is read)."""
    return {name: pq.ParquetFile(folder / f"{name}.parquet").metadata.num_rows for name in names}
