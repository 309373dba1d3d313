"""Write the DuckDB file: typed tables with enforced keys, column comments and the views.

DuckDB is the analyst's copy. Declaring the primary keys and the foreign keys the
extraction guarantees makes the build fail on a duplicate or dangling id instead
of publishing it, and the comments carry metadata.yml's descriptions into
`duckdb_columns()` so the file documents itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from stats.errors import StatsError

from .keys import PRIMARY_KEYS, foreign_keys_of
from .sqlite_db import ordered
from .views import VIEWS

try:  # the engine alone: see `_engine`
    import _duckdb as duckdb
except ImportError:  # a duckdb whose extension module has another name (before 1.4)
    import duckdb

MEMORY_LIMIT = "256MB"
"""DuckDB spills tables past this (a 200 MB corpus publishes in a 430 MB peak instead of 610 MB).
Its key indexes must fit in memory: a corpus whose indexes do not is written again without
the cap (`write_duckdb`), slower but never a failed build."""


OUT_OF_MEMORY_WORDS = ("could not allocate", "failed to pin block")
"""How DuckDB's commit says the cap was too small, when it says so by a TransactionException: "could not
allocate block" for a new block, and (DuckDB 2.0) "failed to pin block" for one it must load again, which
the dense bench tables of 10 MB met under a cap of 40 MB. Any other transaction error is no memory matter."""


class KeyViolation(StatsError, ValueError):
    """A table has a duplicate primary key or an id that points nowhere; nothing was published."""


_DUCKDB_TYPES: dict[str, str] = {
    "string": "VARCHAR",
    "large_string": "VARCHAR",
    "int64": "BIGINT",
    "int32": "INTEGER",
    "double": "DOUBLE",
}


def quote(identifier: str) -> str:
    """A double-quoted SQL identifier (`end` is a keyword and a column name)."""
    return '"' + identifier.replace('"', '""') + '"'


def literal(text: str) -> str:
    """A single-quoted SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def create_table_sql(name: str, schema: pa.Schema, present: set[str]) -> str:
    """CREATE TABLE with the column types, primary key and enforced foreign keys of `name`."""
    parts = []
    for field in schema:
        key = str(field.type)
        if key not in _DUCKDB_TYPES:
            raise TypeError(f"{name}.{field.name}: no DuckDB type for Arrow type {key}")
        parts.append(f"{quote(field.name)} {_DUCKDB_TYPES[key]}")
    if name in PRIMARY_KEYS:
        parts.append("PRIMARY KEY (" + ", ".join(quote(c) for c in PRIMARY_KEYS[name]) + ")")
    for fk in foreign_keys_of(name, enforced_only=True):
        if fk.other_table in present:
            target = f"{quote(fk.other_table)} ({quote(fk.other_column)})"
            parts.append(f"FOREIGN KEY ({quote(fk.column)}) REFERENCES {target}")
    return f"CREATE TABLE {quote(name)} (\n  " + ",\n  ".join(parts) + "\n)"


def _engine(tables: Mapping[str, pa.Table | Path]) -> None:
    """Load the whole `duckdb` package only when a table comes as Arrow.

    The build hands DuckDB Parquet files, which its engine (the `_duckdb` extension module)
    reads by itself. The `duckdb` package around it is ~35 modules of Python (the relational
    API, expressions, Arrow and Polars sources): importing it was ~230 M instructions, an
    eighth of what a 400 KB build spent beyond extraction. It is needed to scan an Arrow
    table (`register`), which it sets up on the same engine as it loads. The exceptions and
    connections are the engine's own classes either way."""
    if any(isinstance(source, pa.Table) for source in tables.values()):
        import duckdb as package  # noqa: F401  (sets up the engine's Arrow scans)


def _schema(source: pa.Table | Path) -> pa.Schema:
    return source.schema if isinstance(source, pa.Table) else pq.read_schema(source).remove_metadata()


def write_duckdb(
    tables: Mapping[str, pa.Table | Path],
    path: Path,
    descriptions: Mapping[str, str] | None = None,
    column_descriptions: Mapping[str, Mapping[str, str]] | None = None,
) -> None:
    """Create `path` (which must not exist) with every table, its comments and the views.

    A table given as a Parquet file is read by DuckDB itself, streaming, under
    `MEMORY_LIMIT`; should the keys need more, the file is written again without it."""
    try:
        _write(tables, path, descriptions, column_descriptions, MEMORY_LIMIT)
    except (duckdb.OutOfMemoryException, duckdb.TransactionException) as error:
        if not isinstance(error, duckdb.OutOfMemoryException) and not any(
                words in str(error) for words in OUT_OF_MEMORY_WORDS):
            raise
        Path(path).unlink(missing_ok=True)
        Path(f"{path}.wal").unlink(missing_ok=True)
        _write(tables, path, descriptions, column_descriptions, None)


def _write(
    tables: Mapping[str, pa.Table | Path],
    path: Path,
    descriptions: Mapping[str, str] | None,
    column_descriptions: Mapping[str, Mapping[str, str]] | None,
    memory_limit: str | None,
) -> None:
    config = {"threads": "1", **({"memory_limit": memory_limit} if memory_limit else {})}
    _engine(tables)
    schemas = {name: _schema(source) for name, source in tables.items()}  # a Parquet footer read once
    con = duckdb.connect(str(path), config=config)
    try:
        for name in ordered(tables):
            source = tables[name]
            con.execute(create_table_sql(name, schemas[name], set(tables)))
            if isinstance(source, pa.Table):
                con.register("_incoming", source)
                incoming = "_incoming"
            else:
                incoming = f"read_parquet({literal(str(source))})"
            try:
                con.execute(f"INSERT INTO {quote(name)} SELECT * FROM {incoming}")
            except duckdb.ConstraintException as error:
                raise KeyViolation(f"table {name!r} breaks a key declared in stats/publish/keys.py: {error}") from error
            if isinstance(source, pa.Table):
                con.unregister("_incoming")
        # views and comments in one transaction: each on its own was a commit, ~2 ms apiece
        con.execute("BEGIN")
        for name, sql in VIEWS.items():
            con.execute(f"CREATE VIEW {quote(name)} AS {sql}")
        for name, text in (descriptions or {}).items():
            kind = "VIEW" if name in VIEWS else "TABLE"
            if name in tables or name in VIEWS:
                con.execute(f"COMMENT ON {kind} {quote(name)} IS {literal(text)}")
        for name, columns in (column_descriptions or {}).items():
            if name not in tables:
                continue
            for column, text in columns.items():
                if column in schemas[name].names:
                    con.execute(f"COMMENT ON COLUMN {quote(name)}.{quote(column)} IS {literal(text)}")
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        con.close()
