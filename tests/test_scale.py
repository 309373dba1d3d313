"""`--engine dask`: the same figures as a local run, written as hive-partitioned Parquet."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from stats.run.runner import collect

from .conftest import CORPUS

distributed = pytest.importorskip("distributed")


def _key(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: r["figure_id"])


def test_a_dask_cluster_finds_the_figures_of_a_local_run(tmp_path: Path) -> None:
    from stats.run.scale import extract_dask, read_figures

    corpus = tmp_path / "pages"
    shutil.copytree(CORPUS, corpus)
    (corpus / "broken.txt").write_bytes(b"\x00binary")
    local = collect([corpus]).figures.to_pylist()
    with distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        totals = extract_dask([corpus], tmp_path / "out", client=client)
    assert totals.done == 6 and len(totals.errors) == 1 and totals.figures == len(local)

    figures = read_figures(tmp_path / "out")
    assert figures.schema.field("year").type == "int32"
    rows = figures.to_pylist()
    assert {r["source"] for r in rows} == {"pages"}
    for r in rows:  # the partition year is the figure's own period where it has one
        if r["period"]:
            assert r["year"] == int(r["period"][:4])
    assert _key([{k: v for k, v in r.items() if k not in ("source", "year")} for r in rows]) == _key(local)

    parts = sorted(p.relative_to(tmp_path / "out").parts[:3] for p in (tmp_path / "out" / "figures").rglob("*.parquet"))
    assert all(p[1] == "source=pages" and p[2].startswith("year=") for p in parts)
    n = duckdb.sql(f"""SELECT count(*) FROM read_parquet('{tmp_path}/out/figures/**/*.parquet',
                       hive_partitioning = true, hive_types = {{'year': INTEGER}})""").fetchall()[0][0]
    assert n == len(local)


def test_the_cli_runs_the_dask_engine_without_a_scheduler(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from stats.cli import cli

    res = CliRunner().invoke(cli, ["extract", str(CORPUS), "--engine", "dask", "--out", str(tmp_path), "-q"])
    assert res.exit_code == 0, res.output
    assert "5 documents" in res.output
    assert list((tmp_path / "figures" / f"source={CORPUS.name}").glob("year=*/part-*.parquet"))
