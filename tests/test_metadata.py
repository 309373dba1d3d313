"""metadata.yml documents every published table and column, and its canned queries answer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from stats.publish.metadata import METADATA_PATH, column_descriptions, load_metadata, table_metadata
from stats.publish.metadata_sync import synced
from stats.schema import TABLES

METADATA = load_metadata()


def published_columns(db: Path) -> dict[str, list[str]]:
    """Columns of every table and view Datasette shows (FTS shadow tables excluded)."""
    con = sqlite3.connect(db)
    names = [
        r[0]
        for r in con.execute("select name from sqlite_master where type in ('table', 'view') order by name")
        if "_fts" not in r[0] and not r[0].startswith("sqlite_")
    ]
    return {name: [r[1] for r in con.execute(f"pragma table_info([{name}])")] for name in names}


def test_top_level_says_what_the_data_is_and_its_license() -> None:
    for key in ("title", "description", "source", "license"):
        assert METADATA.get(key), key
    assert "MIT" in METADATA["license"] and "research" in METADATA["license"]
    assert "Chongqing" in METADATA["source"] and "2020" in METADATA["source"] and "2023" in METADATA["source"]


def shown_as_text(block: dict, where: str = "") -> list[tuple[str, str]]:
    """(where, text) of every description Datasette prints as plain text: a `description` without a
    `description_html` beside it, and every column description."""
    found = []
    if isinstance(block.get("description"), str) and "description_html" not in block:
        found.append((where, block["description"]))
    for column, text in (block.get("columns") or {}).items():
        found.append((f"{where}.{column}", text))
    for key in ("databases", "tables", "queries"):
        for name, child in (block.get(key) or {}).items():
            if isinstance(child, dict):
                found += shown_as_text(child, f"{where}/{name}")
    return found


def test_descriptions_shown_as_text_hold_no_markup() -> None:
    # the database page printed "One build of `stats build`" with its backticks, and the figures page
    # "the unit of the `unit` column": Datasette escapes a description, it renders no Markdown
    texts = shown_as_text(METADATA)
    assert len(texts) > 100
    marked = [(where, text) for where, text in texts if "`" in text or "<" in text and ">" in text]
    assert not marked, marked


@pytest.mark.parametrize("table", list(TABLES))
def test_schema_descriptions_are_copied_exactly(table: str) -> None:
    expected = {c.name: c.description for c in TABLES[table]}
    assert column_descriptions(METADATA, table) == expected


def test_metadata_yml_is_generated_from_the_schema() -> None:
    text = METADATA_PATH.read_text(encoding="utf-8")
    assert synced(text) == text, "run `python scripts/sync_metadata.py` after changing stats/schema.py"


def test_sync_rewrites_a_stale_description_and_keeps_the_rest() -> None:
    text = METADATA_PATH.read_text(encoding="utf-8")
    stale = text.replace(TABLES["figures"][0].description, "An old text.", 1)
    assert stale != text and synced(stale) == text


def test_every_published_column_has_a_description(corpus_build: Path) -> None:
    columns = published_columns(corpus_build / "stats.db")
    assert {"figures", "metrics", "units", "rules", "figures_in_context", "metric_summary"} <= set(columns)
    missing = [
        f"{table}.{column}"
        for table, names in columns.items()
        for column in names
        if not column_descriptions(METADATA, table).get(column)
    ]
    undescribed_tables = [t for t in columns if not table_metadata(METADATA, t).get("description")]
    stale = [
        f"{table}.{column}"
        for table in columns
        for column in column_descriptions(METADATA, table)
        if column not in columns[table]
    ]
    assert (missing, undescribed_tables, stale) == ([], [], [])


def test_facets_and_sorts_name_real_columns(corpus_build: Path) -> None:
    columns = published_columns(corpus_build / "stats.db")
    # what a user narrows figures by: what, where, when, and the figure's kind
    wanted = {"metric", "unit", "role", "place", "place_level", "period", "subject"}
    assert wanted <= set(table_metadata(METADATA, "figures")["facets"])
    for table in columns:
        block = table_metadata(METADATA, table)
        named = list(block.get("facets", [])) + [block[k] for k in ("sort", "sort_desc") if k in block]
        assert set(named) <= set(columns[table]), table


QUERIES = METADATA["databases"]["stats"]["queries"]


def run_query(db: Path, name: str, **params: str) -> list[dict]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    return [dict(r) for r in con.execute(QUERIES[name]["sql"], params)]


def test_canned_queries_on_the_sample(published: Path) -> None:
    db = published / "stats.db"
    beds = run_query(db, "bed_counts_over_time")
    assert sorted(r["quote"] for r in beds) == ["14.74万张", "23.19万张", "4.96张"]
    assert [r["quote"] for r in run_query(db, "job_targets")] == ["60万人以上"]
    yuan = run_query(db, "yuan_amounts_by_article")
    assert [(r["article_id"], r["yuan"]) for r in yuan] == [("page_2020/a02", 160000000.0)]
    biggest = run_query(db, "biggest_figures_per_metric")
    assert [(r["position"], r["value"]) for r in biggest if r["metric"] == "beds.total"] == [
        (1, 231900.0),
        (2, 147400.0),
    ]
    context = run_query(db, "figure_in_context", figure_id="page_2020:46-52")
    assert [(r["sentence_id"], r["article_id"], r["source_file"]) for r in context] == [
        ("page_2020/a02/s001", "page_2020/a02", "corpus/page_2020.txt")
    ]
    short = run_query(db, "sentences_containing", term="床位")
    assert [r["sentence_id"] for r in short] == ["page_2020/a01/s001", "page_2020/a01/s002"]
    assert run_query(db, "sentences_containing", term="") == []
