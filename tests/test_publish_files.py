"""The files a build writes: typed, keyed DuckDB and SQLite copies of the same tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from stats.publish.build import published_tables
from stats.publish.duckdb_db import KeyViolation
from stats.publish.views import MATERIALISED, VIEWS

from .sample_tables import DOC_TEXT, all_tables, catalog_tables, core_tables


def test_sample_offsets_point_at_the_quotes() -> None:
    figures = core_tables()["figures"].to_pylist()
    assert [DOC_TEXT[f["start"] : f["end"]] for f in figures] == [f["quote"] for f in figures]
    for s in core_tables()["sentences"].to_pylist():
        assert DOC_TEXT[s["start"] : s["end"]] == s["text"]


def test_build_writes_every_table_as_parquet(published: Path) -> None:
    for name, table in all_tables().items():
        assert pq.read_table(published / f"{name}.parquet").equals(table), name


def test_duckdb_types_keys_and_comments(published: Path) -> None:
    con = duckdb.connect(str(published / "stats.duckdb"), read_only=True)
    types = dict(con.execute("select column_name, data_type from duckdb_columns() where table_name = 'figures'").fetchall())
    assert (types["value"], types["start"], types["quote"]) == ("DOUBLE", "BIGINT", "VARCHAR")
    keys = con.execute(
        "select table_name, constraint_column_names from duckdb_constraints() "
        "where constraint_type = 'PRIMARY KEY' order by table_name"
    ).fetchall()
    assert dict(keys)["figures"] == ["figure_id"]
    assert dict(keys)["sentences"] == ["sentence_id"]
    comment = con.execute(
        "select comment from duckdb_columns() where table_name = 'figures' and column_name = 'value'"
    ).fetchone()[0]
    assert comment.startswith("The number in base units")
    assert (
        con.execute("select count(*) from figures_in_context where article_title = '全市医疗资源持续增长'").fetchone()[0]
        == 3
    )


def test_sqlite_keys_links_and_views(published: Path) -> None:
    con = sqlite3.connect(published / "stats.db")
    links = {(row[3], row[2], row[4]) for row in con.execute("pragma foreign_key_list(figures)")}
    assert ("article_id", "articles", "article_id") in links
    assert ("metric", "metrics", "metric") in links
    columns = {row[1]: (row[2], row[5]) for row in con.execute("pragma table_info(figures)")}
    assert columns["figure_id"] == ("TEXT", 1)
    assert columns["value"][0] == "REAL" and columns["start"][0] == "INTEGER"
    views = {row[0] for row in con.execute("select name from sqlite_master where type = 'view'")}
    assert views == set(VIEWS) - set(MATERIALISED)
    summary = dict(con.execute("select metric, max_value from metric_summary").fetchall())
    assert summary["beds.total"] == 231900.0


def test_sqlite_trigram_search(published: Path) -> None:
    con = sqlite3.connect(published / "stats.db")
    search = (
        "select s.sentence_id from sentences s join sentences_fts f on f.rowid = s.rowid "
        "where sentences_fts match ? order by s.sentence_id"
    )
    assert [r[0] for r in con.execute(search, ['"床位数"'])] == ["page_2020/a01/s001"]
    assert [r[0] for r in con.execute(search, ['"亿元"'])] == [], "trigram needs three characters"
    titles = "select a.article_id from articles a join articles_fts f on f.rowid = a.rowid where articles_fts match ?"
    assert [r[0] for r in con.execute(titles, ['"医疗资源"'])] == ["page_2020/a01"]


def test_a_table_off_schema_is_refused() -> None:
    core = core_tables()
    core["figures"] = core["figures"].drop_columns(["rule_id"])
    with pytest.raises(ValueError, match="figures.*does not match stats.schema"):
        published_tables(core, catalog_tables())


def test_schema_check_passes_the_sample() -> None:
    assert set(published_tables(core_tables(), catalog_tables())) == set(all_tables())


def _with_duplicate_figure() -> dict[str, pa.Table]:
    tables = all_tables()
    figures = tables["figures"]
    tables["figures"] = pa.concat_tables([figures, figures.slice(0, 1)])
    return tables


def test_duckdb_refuses_a_duplicate_figure_id(tmp_path: Path) -> None:
    from stats.publish.build import publish

    with pytest.raises(KeyViolation, match="'figures'.*duplicate key \"page_2020:7-14\""):
        publish(_with_duplicate_figure(), tmp_path)


def test_duckdb_refuses_a_figure_in_no_known_article(tmp_path: Path) -> None:
    from stats.publish.build import publish

    tables = all_tables()
    figures = tables["figures"].to_pylist()
    figures[0]["article_id"] = "page_2020/a99"
    tables["figures"] = pa.Table.from_pylist(figures, schema=tables["figures"].schema)
    with pytest.raises(KeyViolation, match="'figures'.*foreign key"):
        publish(tables, tmp_path)


def test_facts_are_a_keyed_indexed_table_in_sqlite_holding_what_the_view_gives(published: Path) -> None:
    """Datasette facets a view by running it again per facet: SQLite holds facts as a table, its
    rows those of the facts query, keyed by fact_id and indexed on what the site facets on."""
    con = sqlite3.connect(published / "stats.db")
    columns = {row[1]: (row[2], row[5]) for row in con.execute("pragma table_info(facts)")}
    assert columns["fact_id"] == ("TEXT", 1)
    assert columns["n_mentions"][0] == "INTEGER" and columns["value"][0] == "REAL"
    indexes = [idx[1] for idx in con.execute("pragma index_list(facts)")]
    indexed = {row[2] for name in indexes for row in con.execute(f"pragma index_info('{name}')")}
    assert {"metric", "role", "period"} <= indexed
    table = sorted(con.execute("select * from facts").fetchall(), key=repr)
    query = sorted(con.execute(f"select {', '.join(columns)} from ({VIEWS['facts']})").fetchall(), key=repr)
    assert table == query and len(table) >= 3
    series = con.execute("select count(*) from series").fetchone()[0]
    assert series == con.execute("select count(*) from facts where period is not null").fetchone()[0]


def test_sqlite_nulls_stay_null_and_the_adapter_registry_is_left_as_found(tmp_path: Path) -> None:
    from stats.publish.sqlite_db import nulls_bound_directly, write_sqlite

    key = (type(None), sqlite3.PrepareProtocol)
    before = dict(sqlite3.adapters)
    write_sqlite(all_tables(), tmp_path / "stats.db")
    assert sqlite3.adapters == before
    con = sqlite3.connect(tmp_path / "stats.db")
    nulls = con.execute("select count(*) from figures where value_high is null").fetchone()[0]
    assert nulls == sum(f["value_high"] is None for f in core_tables()["figures"].to_pylist()) > 0
    assert con.execute("select count(*) from figures where typeof(value_high) = 'null'").fetchone()[0] == nulls
    con.close()
    own = {}.get  # a caller's own adapter for None stays registered after a write
    sqlite3.adapters[key] = own
    try:
        with nulls_bound_directly():
            assert sqlite3.adapters[key] is own
        assert sqlite3.adapters[key] is own
    finally:
        sqlite3.adapters.pop(key, None)
