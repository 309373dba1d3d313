"""A build that fails or is killed at any step leaves the previous build readable and unchanged.

The commit is one rename (of the `current` link). These tests make every rename and
link the build performs fail in turn, or kill the process there, and read the folder
through its documented paths after each: all three copies (Parquet, DuckDB, SQLite)
must show the old build or all three the new one.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import stats
from stats.publish import atomic
from stats.publish.atomic import CURRENT, GEN_PREFIX, STAGING_PREFIX, clear_stale, current_dir
from stats.publish.build import publish
from stats.publish.duckdb_db import KeyViolation

from .sample_tables import all_tables

ROOT = Path(__file__).resolve().parents[1]
OLD, NEW = 5, 2  # figures in the first build and in the one replacing it


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every published file as a reader opens it (through the links), by name, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file() and not p.name.startswith(".")}


def figure_counts(directory: Path) -> tuple[int, int, int]:
    """Figures as seen by the SQLite, DuckDB and Parquet copies, through the documented paths."""
    with sqlite3.connect(f"file:{directory / 'stats.db'}?mode=ro", uri=True) as con:
        in_sqlite = con.execute("select count(*) from figures").fetchone()[0]
    with duckdb.connect(str(directory / "stats.duckdb"), read_only=True) as con:
        in_duckdb = con.execute("select count(*) from figures").fetchone()[0]
    return in_sqlite, in_duckdb, pq.read_table(directory / "figures.parquet").num_rows


def new_tables() -> dict[str, pa.Table]:
    tables = all_tables()
    tables["figures"] = tables["figures"].slice(0, NEW)
    return tables


def generations(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.glob(GEN_PREFIX + "*"))


def test_the_documented_paths_are_links_through_current(tmp_path: Path) -> None:
    publish(all_tables(), tmp_path)
    assert os.readlink(tmp_path / "stats.db") == f"{CURRENT}/stats.db"
    assert os.readlink(tmp_path / "figures.parquet") == f"{CURRENT}/figures.parquet"
    first = current_dir(tmp_path)
    publish(new_tables(), tmp_path)
    assert current_dir(tmp_path) != first
    assert figure_counts(tmp_path) == (NEW, NEW, NEW)
    assert stats.load("figures", tmp_path).shape[0] == NEW


def test_old_generations_are_removed_but_the_previous_one(tmp_path: Path) -> None:
    for _ in range(4):
        publish(all_tables(), tmp_path)
    assert len(generations(tmp_path)) == 2  # current and previous
    assert current_dir(tmp_path).name in generations(tmp_path)


def test_a_failing_build_leaves_the_previous_one(tmp_path: Path) -> None:
    publish(all_tables(), tmp_path)
    before = snapshot(tmp_path)
    gens = generations(tmp_path)
    tables = all_tables()
    tables["figures"] = pa.concat_tables([tables["figures"], tables["figures"].slice(0, 1)])
    with pytest.raises(KeyViolation):
        publish(tables, tmp_path)  # fails in the DuckDB writer, after the Parquet files are written
    assert snapshot(tmp_path) == before
    assert figure_counts(tmp_path) == (OLD, OLD, OLD)
    assert generations(tmp_path) == gens, "the failed build removed its generation"


def _prepare(folder: Path, base: Path) -> None:
    """folder holds a copy of the first build (base), links kept as links."""
    shutil.copytree(base, folder, symlinks=True)


def _base(tmp_path: Path, layout: str) -> Path:
    """The first build, in the layout of this stats or, as an older stats wrote it, as plain files."""
    base = tmp_path / "base"
    publish(all_tables(), base)
    if layout == "generations":
        return base
    legacy = tmp_path / "legacy"
    legacy.mkdir()
    for p in base.iterdir():
        if p.is_file() and not p.name.startswith("."):
            (legacy / p.name).write_bytes(p.read_bytes())
    return legacy


def _in(folder: Path, args: tuple) -> bool:
    """Whether a rename or link lands in folder itself (what readers see), not inside a generation."""
    return Path(args[1]).parent == folder


def _calls_of_a_publish(folder: Path, base: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many renames and links into the folder a second publish makes (each is a point to fail at)."""
    _prepare(folder, base)
    calls = []
    real_replace, real_symlink = os.replace, os.symlink
    monkeypatch.setattr(os, "replace", lambda *a, **k: (calls.append(1) if _in(folder, a) else None)
                        or real_replace(*a, **k))
    monkeypatch.setattr(os, "symlink", lambda *a, **k: (calls.append(1) if _in(folder, a) else None)
                        or real_symlink(*a, **k))
    publish(new_tables(), folder)
    monkeypatch.undo()
    return len(calls)


class Fault(Exception):
    pass


def _failing(real, folder: Path, at: int, made: list[int]):
    """real, raising Fault instead at the at-th rename or link into folder (counted in made)."""
    def call(*args, **kwargs):
        made[0] += _in(folder, args)
        if made[0] == at and _in(folder, args):
            raise Fault(f"injected at call {at}")
        return real(*args, **kwargs)
    return call


@pytest.mark.slow  # a build per rename: ~25 s
@pytest.mark.parametrize("layout", ["generations", "older stats (plain files)"])
def test_a_fault_at_any_rename_leaves_all_old_or_all_new(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          layout: str) -> None:
    base = _base(tmp_path, layout)
    count = _calls_of_a_publish(tmp_path / "count", base, monkeypatch)
    assert count >= 4
    seen = set()
    points = range(count + 1) if count < 8 else sorted({0, 1, 2, count // 2, count - 4, count - 3, count - 2,
                                                        count - 1, count})
    for k in points:
        folder = tmp_path / f"fault{k}"
        _prepare(folder, base)
        before = snapshot(folder)
        made = [0]
        monkeypatch.setattr(os, "replace", _failing(os.replace, folder, k + 1, made))
        monkeypatch.setattr(os, "symlink", _failing(os.symlink, folder, k + 1, made))
        try:
            publish(new_tables(), folder)
            failed = False
        except Fault:
            failed = True
        finally:
            monkeypatch.undo()
        counts = figure_counts(folder)
        assert counts in ((OLD, OLD, OLD), (NEW, NEW, NEW)), (k, counts)
        if counts[0] == OLD:
            assert failed and snapshot(folder) == before, k
        seen.add(counts[0])
        if k in (0, count // 2, count - 1):
            publish(new_tables(), folder)  # the next build repairs whatever the fault left
            assert figure_counts(folder) == (NEW, NEW, NEW)
    assert seen == {OLD, NEW}, "faults both before and after the commit were tried"


KILLED_BUILD = """
import os, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from tests.test_atomic_build import new_tables
from stats.publish import build

k = int(sys.argv[3])
made = [0]
real_replace, real_symlink = os.replace, os.symlink

def killing(real):
    def call(*args, **kwargs):
        made[0] += Path(args[1]).parent == Path(sys.argv[1])
        if made[0] == k:
            os.kill(os.getpid(), 9)
        return real(*args, **kwargs)
    return call

os.replace, os.symlink = killing(real_replace), killing(real_symlink)
build.publish(new_tables(), Path(sys.argv[1]))
"""


@pytest.mark.slow  # a killed build per rename: ~18 s
def test_a_build_killed_at_any_rename_leaves_all_old_or_all_new(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    base = _base(tmp_path, "generations")
    count = _calls_of_a_publish(tmp_path / "count", base, monkeypatch)
    seen = set()
    for k in range(1, count + 1):
        folder = tmp_path / f"kill{k}"
        _prepare(folder, base)
        run = subprocess.run([sys.executable, "-c", KILLED_BUILD, str(folder), str(ROOT), str(k)],
                             capture_output=True, timeout=120)
        assert run.returncode == -9, run.stderr
        counts = figure_counts(folder)
        assert counts in ((OLD, OLD, OLD), (NEW, NEW, NEW)), (k, counts)
        seen.add(counts[0])
        assert len(generations(folder)) == 2, "the killed build's generation is left behind"
    publish(all_tables(), folder)  # the next build clears what the killed one left
    assert figure_counts(folder) == (OLD, OLD, OLD)
    assert len(generations(folder)) == 2
    assert not list(folder.glob(".*.tmp"))
    assert seen == {OLD, NEW}


def test_staging_of_a_live_build_is_not_cleared(tmp_path: Path) -> None:
    live = tmp_path / f"{STAGING_PREFIX}{os.getppid()}-abc"
    live_gen = tmp_path / f"{GEN_PREFIX}1-{os.getppid()}"
    dead_gen = tmp_path / f"{GEN_PREFIX}1-{2**22 + 7}"  # above the usual pid_max: no such process
    for p in (live, live_gen, dead_gen):
        p.mkdir()
    assert clear_stale(tmp_path) == [dead_gen]
    assert live.exists() and live_gen.exists()


def test_atomic_is_the_module_that_switches(tmp_path: Path) -> None:
    """Readers resolve `current` once: a connection opened before a switch stays on its build."""
    publish(all_tables(), tmp_path)
    con = stats.connect(tmp_path)
    publish(new_tables(), tmp_path)
    assert con.execute("select count(*) from figures").fetchone()[0] == OLD
    assert stats.connect(tmp_path).execute("select count(*) from figures").fetchone()[0] == NEW
    assert atomic.data_dir(tmp_path) == current_dir(tmp_path)
