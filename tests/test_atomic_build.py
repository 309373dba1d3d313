"""A build that fails or is killed halfway leaves the previous build readable and unchanged."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from stats.publish.atomic import STAGING_PREFIX, clear_stale, commit_order
from stats.publish.build import publish
from stats.publish.duckdb_db import KeyViolation

from .sample_tables import all_tables

ROOT = Path(__file__).resolve().parents[1]


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file directly in `directory`, by name, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


def figure_counts(directory: Path) -> tuple[int, int, int]:
    """Figures as seen by the SQLite, DuckDB and Parquet copies."""
    with sqlite3.connect(f"file:{directory / 'stats.db'}?mode=ro", uri=True) as con:
        in_sqlite = con.execute("select count(*) from figures").fetchone()[0]
    with duckdb.connect(str(directory / "stats.duckdb"), read_only=True) as con:
        in_duckdb = con.execute("select count(*) from figures").fetchone()[0]
    return in_sqlite, in_duckdb, pq.read_table(directory / "figures.parquet").num_rows


def test_databases_are_committed_after_the_tables() -> None:
    names = ["stats.db", "figures.parquet", "stats.duckdb", "articles.parquet"]
    assert commit_order(names) == ["articles.parquet", "figures.parquet", "stats.duckdb", "stats.db"]


def test_a_failing_build_leaves_the_previous_one(tmp_path: Path) -> None:
    publish(all_tables(), tmp_path)
    before = snapshot(tmp_path)
    tables = all_tables()
    tables["figures"] = pa.concat_tables([tables["figures"], tables["figures"].slice(0, 1)])
    with pytest.raises(KeyViolation):
        publish(tables, tmp_path)  # fails in the DuckDB writer, after the Parquet files are staged
    assert snapshot(tmp_path) == before
    assert figure_counts(tmp_path) == (5, 5, 5)
    assert not list(tmp_path.glob(STAGING_PREFIX + "*")), "the failed build removed its staging directory"


KILLED_BUILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from tests.sample_tables import all_tables
from stats.publish import build

real_write_sqlite = build.sqlite_db.write_sqlite

def write_then_hang(tables, path):
    real_write_sqlite(tables, path)
    time.sleep(600)  # killed here: every file staged, none committed

build.sqlite_db.write_sqlite = write_then_hang
tables = all_tables()
tables["figures"] = tables["figures"].slice(0, 2)
build.publish(tables, Path(sys.argv[1]))
"""


def test_a_killed_build_leaves_the_previous_one(tmp_path: Path) -> None:
    publish(all_tables(), tmp_path)
    before = snapshot(tmp_path)
    process = subprocess.Popen([sys.executable, "-c", KILLED_BUILD, str(tmp_path), str(ROOT)])
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob(f"{STAGING_PREFIX}*/stats.db")):
            assert process.poll() is None, "the build ended before it could be killed"
            assert time.monotonic() < deadline, "no staged stats.db appeared"
            time.sleep(0.05)
        time.sleep(0.2)
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL
    staged = list(tmp_path.glob(STAGING_PREFIX + "*"))
    assert len(staged) == 1 and (staged[0] / "figures.parquet").exists()
    assert pq.read_table(staged[0] / "figures.parquet").num_rows == 2, "the new tables were staged"
    assert snapshot(tmp_path) == before
    assert figure_counts(tmp_path) == (5, 5, 5)

    assert clear_stale(tmp_path) == staged
    tables = all_tables()
    tables["figures"] = tables["figures"].slice(0, 2)
    publish(tables, tmp_path)
    assert figure_counts(tmp_path) == (2, 2, 2)
    assert not list(tmp_path.glob(STAGING_PREFIX + "*"))


def test_staging_of_a_live_build_is_not_cleared(tmp_path: Path) -> None:
    live = tmp_path / f"{STAGING_PREFIX}{os.getpid()}-abc"
    live.mkdir()
    assert clear_stale(tmp_path) == []
    assert live.exists()
