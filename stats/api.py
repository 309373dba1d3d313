"""`stats.load` and `stats.connect`: the published tables from Python, typed as declared.

Parquet keeps the types `stats.schema` declares; reading it with nullable pandas
dtypes keeps an integer column integer when a value is missing, and text as
`string` rather than `object`.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from stats.publish.atomic import data_dir as published_dir
from stats.publish.metadata import DATABASE

_PANDAS_TYPES: dict[pa.DataType, object] = {
    pa.string(): pd.StringDtype(),
    pa.large_string(): pd.StringDtype(),
    pa.int64(): pd.Int64Dtype(),
    pa.int32(): pd.Int32Dtype(),
    pa.float64(): pd.Float64Dtype(),
    pa.bool_(): pd.BooleanDtype(),
}


def _missing(path: Path, data_dir: Path) -> FileNotFoundError:
    return FileNotFoundError(f"{path} not found: run `stats build --out {data_dir}` first.")


def load(table: str, data_dir: str | Path = "data") -> pd.DataFrame:
    """One published table as a DataFrame with nullable dtypes (`figures`, `articles`, `metrics`…).

    Read from the generation `data_dir/current` points to when the call starts, so a build
    published meanwhile never mixes into it."""
    path = published_dir(Path(data_dir)) / f"{table}.parquet"
    if not path.exists():
        raise _missing(path, Path(data_dir))
    return pq.read_table(path).to_pandas(types_mapper=_PANDAS_TYPES.get)


def connect(data_dir: str | Path = "data") -> duckdb.DuckDBPyConnection:
    """A read-only DuckDB connection to the build in `data_dir`, tables and views included.

    Read-only, so any number of notebooks can hold it while `stats build` replaces
    the file; a directory with Parquet files but no database gets views over them. The
    connection stays on the generation current when it was opened (all old or all new).
    """
    data_dir = published_dir(Path(data_dir))
    database = data_dir / f"{DATABASE}.duckdb"
    if database.exists():
        return duckdb.connect(str(database), read_only=True)
    parquet = sorted(data_dir.glob("*.parquet"))
    if not parquet:
        raise _missing(database, data_dir)
    con = duckdb.connect()
    for path in parquet:
        source = path.as_posix().replace("'", "''")
        con.execute(f"CREATE VIEW \"{path.stem}\" AS SELECT * FROM read_parquet('{source}')")
    return con
