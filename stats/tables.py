"""Write the tables as Parquet, atomically: a failed write leaves the old files in place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .schema import arrow_schema


def write_table(table: pa.Table, path: Path) -> None:
    """Write beside the target, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd", row_group_size=64_000)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_parquet(tables, out_dir: Path) -> dict[str, Path]:
    """Every table of a `pipeline.Tables` as `<name>.parquet` under out_dir."""
    out_dir = Path(out_dir)
    written = {}
    for name, table in tables.as_dict().items():
        if table.schema != arrow_schema(name):
            raise ValueError(f"table {name} does not match its declared schema")
        path = out_dir / f"{name}.parquet"
        write_table(table, path)
        written[name] = path
    return written
