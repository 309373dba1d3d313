"""`stats.load` and `stats.connect`, as a notebook user calls them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import stats


def test_import_stats_stays_light() -> None:
    code = "import sys, stats; print('pandas' in sys.modules, 'duckdb' in sys.modules); stats.load"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_load_gives_declared_dtypes(published: Path) -> None:
    figures = stats.load("figures", data_dir=published)
    assert len(figures) == 5
    assert figures["value"].dtype == pd.Float64Dtype()
    assert figures["start"].dtype == pd.Int64Dtype()
    assert figures["quote"].dtype == pd.StringDtype()
    assert figures["value_high"].isna().all()
    assert figures.loc[figures["quote"] == "约1.6亿元", "value"].item() == 160_000_000
    metrics = stats.load("metrics", data_dir=str(published))
    assert "beds.total" in set(metrics["metric"])


def test_load_of_a_missing_build_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="run `stats build --out"):
        stats.load("figures", data_dir=tmp_path)


def test_connect_reads_the_duckdb_file(published: Path) -> None:
    con = stats.connect(data_dir=published)
    rows = con.execute("select metric, n_figures from metric_summary where metric = 'beds.total'").fetchall()
    assert rows == [("beds.total", 2)]
    with pytest.raises(Exception, match="read-only"):
        con.execute("delete from figures")


def test_connect_falls_back_to_views_over_parquet(published: Path, tmp_path: Path) -> None:
    for path in published.glob("*.parquet"):
        shutil.copy(path, tmp_path / path.name)
    con = stats.connect(data_dir=tmp_path)
    joined = con.execute(
        "select a.seq, count(*) from figures f join articles a using (article_id) group by a.seq order by a.seq"
    ).fetchall()
    assert joined == [(1, 3), (2, 2)]


def test_load_and_connect_are_listed_before_first_use() -> None:
    import subprocess
    import sys

    # a fresh interpreter: nothing has imported stats.api yet, so only __dir__ can list them
    code = "import stats, sys; print('stats.api' in sys.modules, 'load' in dir(stats), 'connect' in dir(stats))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True", "True"]
