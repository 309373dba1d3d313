"""The SQLite copy is written with SQLite's largest pages (speed104), and holds the same rows as with its default.

The page size is a property of the file, chosen before its first table: moved after a
CREATE it is silently ignored, so the published file itself is asked. The rows, their
rowids and types, the search index, the materialised facts and series and the planner's
statistics must not depend on it: a file written with 4 KB pages is compared table by
table with the build's, over tables large enough to fill many pages of either size.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from stats.publish import sqlite_db
from stats.publish.build import publish

from .sample_tables import all_tables

IDS = ("doc_id", "article_id", "sentence_id", "figure_id")


def _many(tables: dict[str, pa.Table], copies: int) -> dict[str, pa.Table]:
    """The sample corpus `copies` times over, each copy's ids prefixed so that keys stay unique."""
    out = {}
    for name, table in tables.items():
        if "doc_id" not in table.column_names and "figure_id" not in table.column_names:
            out[name] = table  # the rule catalog, once
            continue
        parts = []
        for i in range(copies):
            columns = [pc.binary_join_element_wise(pa.scalar(f"c{i:04d}/"), column, "") if field.name in IDS
                       else column for field, column in zip(table.schema, table.columns, strict=True)]
            parts.append(pa.table(columns, schema=table.schema))
        out[name] = pa.concat_tables(parts)
    return out


def _dump(path: Path) -> dict[str, list[tuple]]:
    """Every table of the file (search index and statistics included) in rowid order, each value with its type."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: dict[str, list[tuple]] = {"schema": con.execute("select type, name, sql from sqlite_master "
                                                             "order by name").fetchall()}
        for (name,) in con.execute("select name from sqlite_master where type = 'table' order by name").fetchall():
            columns = [row[1] for row in con.execute(f"pragma table_info({sqlite_db.quote(name)})")]
            listed = ", ".join(f"{sqlite_db.quote(c)}, typeof({sqlite_db.quote(c)})" for c in columns)
            try:
                rows = con.execute(f"select rowid, {listed} from {sqlite_db.quote(name)} order by rowid").fetchall()
            except sqlite3.OperationalError:  # a table without rowid (FTS5's index)
                rows = sorted(con.execute(f"select {listed} from {sqlite_db.quote(name)}").fetchall())
            out[name] = rows
        return out
    finally:
        con.close()


def test_the_published_file_has_the_large_pages(tmp_path: Path) -> None:
    publish(all_tables(), tmp_path / "out")
    con = sqlite3.connect(tmp_path / "out" / "stats.db")
    try:
        assert con.execute("pragma page_size").fetchone()[0] == sqlite_db.PAGE_BYTES == 65536
        assert con.execute("select count(*) from figures").fetchone()[0] == 5
    finally:
        con.close()


def test_rows_are_those_of_sqlites_default_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tables = _many(all_tables(), 400)
    assert tables["figures"].num_rows == 2000 and tables["sentences"].num_rows == 1200
    sqlite_db.write_sqlite(tables, tmp_path / "large.db")
    monkeypatch.setattr(sqlite_db, "PAGE_BYTES", 4096)
    sqlite_db.write_sqlite(tables, tmp_path / "default.db")
    large, default = _dump(tmp_path / "large.db"), _dump(tmp_path / "default.db")
    assert large.keys() == default.keys()
    for name in large:
        assert large[name] == default[name], name
    with sqlite3.connect(tmp_path / "large.db") as con:
        # the copies state the same five statistics: five facts, each naming its 400 figures in table order
        facts = con.execute("select n_mentions, figure_ids from facts order by rowid").fetchall()
        assert [n for n, _ in facts] == [400] * 5
        assert all(ids.split(" ")[:2] == sorted(ids.split(" "))[:2] for _, ids in facts)
        assert con.execute("pragma page_count").fetchone()[0] > 10  # many pages even at 64 KB
        hits = con.execute("select count(*) from sentences_fts where sentences_fts match ?", ("床位数",)).fetchone()
        assert hits == (400,)


@pytest.mark.parametrize("message", [
    "TransactionContext Error: Failed to commit: failed to pin block of size 256.0 KiB (38.0 MiB/38.1 MiB used)",
    "TransactionContext Error: Failed to commit: could not allocate block of size 256.0 KiB (3.6 MiB/3.8 MiB used)",
])
def test_a_commit_out_of_memory_under_the_cap_is_written_again_without_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message: str) -> None:
    import duckdb

    from stats.publish import duckdb_db

    tried = []
    real = duckdb_db._write

    def write(tables, path, descriptions, columns, limit):
        tried.append(limit)
        if limit:  # the messages DuckDB 2.0's commit gave when the keys outgrew the cap (bench tables)
            raise duckdb.TransactionException(message)
        real(tables, path, descriptions, columns, limit)

    monkeypatch.setattr(duckdb_db, "_write", write)
    publish(all_tables(), tmp_path)
    assert tried == [duckdb_db.MEMORY_LIMIT, None]
    with duckdb.connect(str(tmp_path / "stats.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from figures").fetchone()[0] == 5


def test_another_commit_error_is_not_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import duckdb

    from stats.publish import duckdb_db

    tried = []

    def write(tables, path, descriptions, columns, limit):
        tried.append(limit)
        raise duckdb.TransactionException("TransactionContext Error: Catalog write-write conflict")

    monkeypatch.setattr(duckdb_db, "_write", write)
    with pytest.raises(duckdb.TransactionException, match="write-write conflict"):
        duckdb_db.write_duckdb(all_tables(), tmp_path / "x.duckdb")
    assert tried == [duckdb_db.MEMORY_LIMIT]
