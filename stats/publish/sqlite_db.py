"""Write the SQLite copy that Datasette serves: keyed tables, links, trigram search, views.

Datasette reads SQLite only, so the published tables are copied here with
sqlite-utils. Foreign keys become links in Datasette; FTS5 with the trigram
tokenizer gives substring search over Chinese, which has no spaces to split words on.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import sqlite_utils

from .keys import INDEXES, PRIMARY_KEYS, TABLE_ORDER, foreign_keys_of
from .views import VIEWS

FULL_TEXT: dict[str, tuple[str, ...]] = {
    "sentences": ("text",),
    "articles": ("title", "text"),
}
"""Columns indexed for `_search`; trigram matching needs terms of three characters or more."""

_PYTHON_TYPES: dict[str, type] = {
    "string": str,
    "large_string": str,
    "int64": int,
    "int32": int,
    "double": float,
}


DISPLAY_FIRST: dict[str, tuple[str, ...]] = {
    "figures": ("quote", "value", "unit", "metric", "place", "period", "role", "qualifier", "sentence"),
}
DISPLAY_LAST: dict[str, tuple[str, ...]] = {
    "figures": ("figure_id", "sentence_id", "article_id", "doc_id", "rule_id"),
}
"""Datasette shows columns in table order: a reader sees what was said first and the ids last.
Only the SQLite copy is reordered; Parquet and DuckDB keep `stats.schema`'s order."""


def display_order(name: str, columns: list[str]) -> list[str]:
    """`columns` with the table's DISPLAY_FIRST ones first and DISPLAY_LAST ones last, the rest as declared."""
    first = [c for c in DISPLAY_FIRST.get(name, ()) if c in columns]
    last = [c for c in DISPLAY_LAST.get(name, ()) if c in columns]
    return first + [c for c in columns if c not in first and c not in last] + last


def sqlite_columns(schema: pa.Schema) -> dict[str, type]:
    """sqlite-utils column types for an Arrow schema; unknown types fail loudly, not as TEXT."""
    columns: dict[str, type] = {}
    for field in schema:
        key = str(field.type)
        if key not in _PYTHON_TYPES:
            raise TypeError(f"column {field.name!r}: no SQLite type for Arrow type {key}")
        columns[field.name] = _PYTHON_TYPES[key]
    return columns


def ordered(tables: Mapping[str, pa.Table]) -> list[str]:
    """Table names in creation order: referenced tables first, unknown tables last."""
    known = [name for name in TABLE_ORDER if name in tables]
    return known + sorted(name for name in tables if name not in TABLE_ORDER)


def write_sqlite(tables: Mapping[str, pa.Table | Path], path: Path) -> None:
    """Create `path` (which must not exist) holding every table, its search index and the views."""
    db = sqlite_utils.Database(path)
    try:
        for name in ordered(tables):
            _write_table(db, name, tables[name], set(tables))
        for name, columns in FULL_TEXT.items():
            if name in tables:
                db[name].enable_fts(list(columns), tokenize="trigram")
        for name, sql in VIEWS.items():
            db.create_view(name, sql)
        db.analyze()
    finally:
        db.close()


def _rows(source: pa.Table | Path, batch: int = 1000) -> Iterator[dict]:
    """The rows of a table or of a Parquet file, a batch at a time (a file is never read whole)."""
    if isinstance(source, pa.Table):
        for part in source.to_batches(batch):
            yield from part.to_pylist()
        return
    for part in pq.ParquetFile(source).iter_batches(batch_size=batch):
        yield from part.to_pylist()


def _write_table(db: sqlite_utils.Database, name: str, table: pa.Table | Path, present: set[str]) -> None:
    pk = PRIMARY_KEYS.get(name)
    foreign_keys = [
        (fk.column, fk.other_table, fk.other_column) for fk in foreign_keys_of(name) if fk.other_table in present
    ]
    schema = table.schema if isinstance(table, pa.Table) else pq.read_schema(table)
    types = sqlite_columns(schema)
    db[name].create(
        {column: types[column] for column in display_order(name, list(types))},
        pk=(pk[0] if pk and len(pk) == 1 else pk),
        foreign_keys=foreign_keys,
    )
    db[name].insert_all(_rows(table), batch_size=1000)
    for column in INDEXES.get(name, ()):
        db[name].create_index([column])
