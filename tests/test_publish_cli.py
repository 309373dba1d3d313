"""The `build` and `serve` commands as a user meets them: arguments, defaults and errors."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
from click.testing import CliRunner

from stats.cli import cli
from stats.publish.serve import datasette_argv
from stats.rules.rulefile import load_rules

ROOT = Path(__file__).resolve().parents[1]


def test_serve_without_a_build_says_what_to_run(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", str(tmp_path)])
    assert result.exit_code == 2
    assert f"stats: error: {tmp_path}/stats.db not found: run `stats build --out {tmp_path}` first." in result.output


def test_datasette_is_told_immutable_loopback_and_limits(tmp_path: Path) -> None:
    argv = datasette_argv(tmp_path, port=9000)
    assert argv[:3] == ["serve", "-i", str(tmp_path / "stats.db")]
    assert argv[argv.index("--host") + 1] == "127.0.0.1" and argv[argv.index("--port") + 1] == "9000"
    settings = {argv[i + 1]: argv[i + 2] for i, a in enumerate(argv) if a == "--setting"}
    assert {"sql_time_limit_ms", "max_returned_rows"} <= set(settings)
    assert Path(argv[argv.index("--metadata") + 1]).name == "metadata.yml"


def test_stats_build_publishes_the_extraction(corpus_build: Path, corpus_tables) -> None:
    for name, table in corpus_tables.as_dict().items():
        assert pq.read_table(corpus_build / f"{name}.parquet").equals(table), name
    with duckdb.connect(str(corpus_build / "stats.duckdb"), read_only=True) as con:
        counts = {name: con.execute(f"select count(*) from {name}").fetchone()[0] for name in ("figures", "rules")}
    with sqlite3.connect(corpus_build / "stats.db") as con:
        in_sqlite = con.execute("select count(*) from figures").fetchone()[0]
    assert counts["figures"] == in_sqlite == corpus_tables.figures.num_rows > 0
    assert counts["rules"] == load_rules().catalog_tables()["rules"].num_rows
    assert not list(corpus_build.glob(".stats-build-*")) and len(list(corpus_build.glob(".gen-*"))) == 1


def test_build_and_serve_are_stats_commands() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert "build" in result.output and "serve" in result.output
    assert "--out" in CliRunner().invoke(cli, ["build", "--help"]).output


def test_build_with_a_broken_rule_file_publishes_nothing(published: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "metrics" / "broken.yaml").write_text("rules:\n  - id: broken.one\n    pattern: x\n", encoding="utf-8")
    out = tmp_path / "data"
    shutil.copytree(published, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    result = CliRunner().invoke(cli, ["build", str(ROOT / "data" / "corpus"), "--rules", str(rules), "--out", str(out)])
    assert result.exit_code == 2
    assert "broken.yaml" in result.output and "nothing was published" in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_build_into_a_folder_that_cannot_be_made_is_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    out = tmp_path / "file" / "data"
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("全市新增床位1200张。", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 2
    assert result.output.splitlines()[-2:] == [
        f"stats: error: {out}: cannot write the output folder: Not a directory (pick another --out)",
        f"stats: nothing was published; {out} is as it was."]
