"""Write the SQLite copy that Datasette serves: keyed tables, links, trigram search, views.

Datasette reads SQLite only, so the published tables are copied here with the
standard library's sqlite3 (sqlite-utils, used before, imported pandas on the way:
half a second of every build). Foreign keys become links in Datasette; FTS5 with the
trigram tokenizer gives substring search over Chinese, which has no spaces to split
words on.

The file is written into a build's fresh generation folder and published only after
it is complete and flushed (`atomic.generation`), so it needs no journal of its own:
a build that stops half way leaves a folder nobody reads. Journal and sync are off
while it is written, and the indexes are made after the rows are in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .keys import INDEXES, PRIMARY_KEYS, TABLE_ORDER, foreign_keys_of
from .views import MATERIALISED, VIEWS

FULL_TEXT: dict[str, tuple[str, ...]] = {
    "sentences": ("text",),
    "articles": ("title",),
}
"""Columns indexed for `_search`; trigram matching needs terms of three characters or more.

An article's text is the text of its sentences, so it is searched through `sentences`
(each hit links to its article): indexing it a second time doubled the cost of the
index, the largest part of a build after extraction, for no row a reader could not find."""

FTS_HASH_BYTES = 32 << 20
"""Terms FTS5 gathers in memory before it writes them out as a segment (its `hashsize`,
1 MB by default). Every segment is merged into larger ones later; with 32 MB the
sentences of a 20 MB corpus were indexed in 4.6 s of CPU instead of 7.7 s."""

PAGE_BYTES = 1 << 16
"""The file's page size, SQLite's largest (4 KB by default). A build writes the whole file once,
every table and index in key order, and each page costs SQLite a cell-balancing pass and the
file a write and often a read back: with 64 KB pages the SQLite copy of a 10 MB dense corpus
(124 MB) was written in ~16% less CPU, user and system time alike, and the same rows read back
as fast (Datasette's look-ups by id and its facets over figures and facts). The rows and their
rowids do not depend on it; an empty corpus's file is larger (a page per table and index, ~3 MB)."""

_SQL_TYPES: dict[str, str] = {
    "string": "TEXT",
    "large_string": "TEXT",
    "int64": "INTEGER",
    "int32": "INTEGER",
    "double": "REAL",
}


DISPLAY_FIRST: dict[str, tuple[str, ...]] = {
    "figures": ("quote", "value", "unit", "metric", "place", "period", "role", "qualifier", "sentence"),
}
DISPLAY_LAST: dict[str, tuple[str, ...]] = {
    "figures": ("figure_id", "sentence_id", "article_id", "doc_id", "rule_id"),
}
"""Datasette shows columns in table order: a reader sees what was said first and the ids last.
Only the SQLite copy is reordered; Parquet and DuckDB keep `stats.schema`'s order."""


def quote(identifier: str) -> str:
    """A double-quoted SQL identifier (`end` is a keyword and a column name)."""
    return '"' + identifier.replace('"', '""') + '"'


def display_order(name: str, columns: list[str]) -> list[str]:
    """`columns` with the table's DISPLAY_FIRST ones first and DISPLAY_LAST ones last, the rest as declared."""
    first = [c for c in DISPLAY_FIRST.get(name, ()) if c in columns]
    last = [c for c in DISPLAY_LAST.get(name, ()) if c in columns]
    return first + [c for c in columns if c not in first and c not in last] + last


def sqlite_columns(schema: pa.Schema) -> dict[str, str]:
    """SQLite column types for an Arrow schema; unknown types fail loudly, not as TEXT."""
    columns: dict[str, str] = {}
    for field in schema:
        key = str(field.type)
        if key not in _SQL_TYPES:
            raise TypeError(f"column {field.name!r}: no SQLite type for Arrow type {key}")
        columns[field.name] = _SQL_TYPES[key]
    return columns


def ordered(tables: Mapping[str, object]) -> list[str]:
    """Table names in creation order: referenced tables first, unknown tables last."""
    known = [name for name in TABLE_ORDER if name in tables]
    return known + sorted(name for name in tables if name not in TABLE_ORDER)


def create_table_sql(name: str, schema: pa.Schema, present: set[str]) -> str:
    """CREATE TABLE in display order, with the primary key and the foreign keys Datasette turns into links."""
    types = sqlite_columns(schema)
    pk = PRIMARY_KEYS.get(name, ())
    links = {fk.column: fk for fk in foreign_keys_of(name) if fk.other_table in present}
    parts = []
    for column in display_order(name, list(types)):
        part = f"{quote(column)} {types[column]}"
        if len(pk) == 1 and column == pk[0]:
            part += " PRIMARY KEY"
        if column in links:
            part += f" REFERENCES {quote(links[column].other_table)}({quote(links[column].other_column)})"
        parts.append(part)
    if len(pk) > 1:
        parts.append("PRIMARY KEY (" + ", ".join(quote(c) for c in pk) + ")")
    return f"CREATE TABLE {quote(name)} (\n   " + ",\n   ".join(parts) + "\n)"


def write_full_text(con: sqlite3.Connection, name: str, columns: tuple[str, ...]) -> None:
    """The FTS5 table of `name` over `columns` (external content, as Datasette detects it), filled
    by one INSERT … SELECT inside SQLite."""
    listed = ", ".join(quote(c) for c in columns)
    fts = quote(f"{name}_fts")
    con.execute(f"CREATE VIRTUAL TABLE {fts} USING FTS5 (\n    {listed},\n    tokenize='trigram',\n"
                f"    content={quote(name)}\n)")
    try:
        con.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('hashsize', {FTS_HASH_BYTES})")
    except sqlite3.OperationalError:
        pass  # an SQLite without the setting builds the same index, only slower
    con.execute(f"INSERT INTO {fts} (rowid, {listed}) SELECT rowid, {listed} FROM {quote(name)}")


_AFFINITY_TYPES = {"INT": "INTEGER", "NUM": "NUMERIC", "REAL": "REAL", "TEXT": "TEXT"}
"""The column types `CREATE TABLE … AS` declares (affinity names), as the tables here write them."""
_VALUE_TYPES = {"integer": "INTEGER", "real": "REAL", "text": "TEXT"}


def write_materialised(con: sqlite3.Connection, name: str, sql: str, present: Collection[str] = ()) -> None:
    """The rows of view `sql` as table `name` (`views.MATERIALISED`), with its key
    (`keys.PRIMARY_KEYS`), its links into the `present` tables (`keys.FOREIGN_KEYS`) and indexes
    (`keys.INDEXES`).

    The query runs once, into a scratch table whose columns SQLite types by their affinity;
    a column of an aggregate (count, min of text) has none and takes the type of its first
    value. Asking the view itself for that would run its grouping once per column."""
    scratch = quote(f"_{name}_rows")
    con.execute(f"CREATE TEMP TABLE {scratch} AS {sql}")
    columns = []
    for row in con.execute(f"PRAGMA temp.table_info({scratch})").fetchall():
        column, declared = row[1], _AFFINITY_TYPES.get(row[2], "")
        if not declared:
            first = con.execute(f"SELECT typeof({quote(column)}) FROM temp.{scratch} "
                                f"WHERE {quote(column)} IS NOT NULL LIMIT 1").fetchone()
            declared = _VALUE_TYPES.get(first[0] if first else "", "")
        columns.append((column, declared))
    pk = PRIMARY_KEYS.get(name, ())
    links = {fk.column: fk for fk in foreign_keys_of(name) if fk.other_table in present}
    parts = [f"{quote(c)} {t}".rstrip() + (" PRIMARY KEY" if (c,) == tuple(pk) else "")
             + (f" REFERENCES {quote(links[c].other_table)}({quote(links[c].other_column)})" if c in links else "")
             for c, t in columns]
    con.execute(f"CREATE TABLE {quote(name)} (\n   " + ",\n   ".join(parts) + "\n)")
    listed = ", ".join(quote(c) for c, _ in columns)
    con.execute(f"INSERT INTO {quote(name)} ({listed}) SELECT {listed} FROM temp.{scratch}")
    con.execute(f"DROP TABLE temp.{scratch}")
    for column in INDEXES.get(name, ()):
        con.execute(f"CREATE INDEX {quote(f'idx_{name}_{column}')}\n    ON {quote(name)} ({quote(column)})")


_NULL_KEY = (type(None), sqlite3.PrepareProtocol)
_AS_NULL: Callable[[object], None] = {}.get
"""A callable of C that gives None for None: the adapter `nulls_bound_directly` registers."""


@contextmanager
def nulls_bound_directly() -> Iterator[None]:
    """While inside, a None parameter goes to SQLite as NULL without the adapter search.

    The sqlite3 module looks for an adapter for every parameter that is not an int, float,
    str or bytearray, None included: it builds a key, misses the registry, then asks the
    protocol for `__adapt__` and None for `__conform__`, and the failed type attribute look-up
    formats an AttributeError it then drops. That was ~3,300 instructions per None, a tenth
    of writing the SQLite file (the figures have ~10 null columns a row). An adapter
    registered for NoneType is found by the first look-up and returns None, which is bound as
    NULL as before. The registry is the module's, shared by the process: the entry is removed
    on the way out, and an adapter for None that a caller registered is left as it is."""
    before = sqlite3.adapters.get(_NULL_KEY)
    if before is None:
        sqlite3.adapters[_NULL_KEY] = _AS_NULL
    try:
        yield
    finally:
        if before is None:
            sqlite3.adapters.pop(_NULL_KEY, None)


def write_sqlite(tables: Mapping[str, pa.Table | Path], path: Path) -> None:
    """Create `path` (which must not exist) holding every table, its search index and the views."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute(f"PRAGMA page_size = {PAGE_BYTES}")  # before the first table: a new file's only chance
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute("BEGIN")
        with nulls_bound_directly():
            for name in ordered(tables):
                _write_table(con, name, tables[name], set(tables))
        for name, columns in FULL_TEXT.items():
            if name in tables:
                write_full_text(con, name, columns)
        for name, sql in VIEWS.items():
            if name in MATERIALISED:
                write_materialised(con, name, sql, set(tables))
            else:
                con.execute(f"CREATE VIEW {quote(name)} AS {sql}")
        con.execute("COMMIT")
        con.execute("ANALYZE")
    finally:
        con.close()


def _batches(source: pa.Table | Path, batch: int = 10_000) -> Iterator[pa.RecordBatch]:
    """The rows of a table or of a Parquet file, a batch at a time (a file is never read whole)."""
    if isinstance(source, pa.Table):
        yield from source.to_batches(batch)
    else:
        yield from pq.ParquetFile(source).iter_batches(batch_size=batch)


def _write_table(con: sqlite3.Connection, name: str, table: pa.Table | Path, present: set[str]) -> None:
    schema = table.schema if isinstance(table, pa.Table) else pq.read_schema(table)
    con.execute(create_table_sql(name, schema, present))
    # One executemany per batch of columns: a dict per row (sqlite-utils' insert_all) and SQL
    # per batch cost more than all of SQLite's own work on a large build.
    for part in _batches(table):
        columns = part.schema.names
        sql = (f"INSERT INTO {quote(name)} ({', '.join(quote(c) for c in columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})")
        con.executemany(sql, zip(*(part.column(c).to_pylist() for c in columns), strict=True))
    for column in INDEXES.get(name, ()):
        con.execute(f"CREATE INDEX {quote(f'idx_{name}_{column}')}\n    ON {quote(name)} ({quote(column)})")
