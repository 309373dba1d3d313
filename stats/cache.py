"""Per-document result cache for incremental builds: OUT/.stats-cache/<rules digest>/<sha256>.parquet.

A document's rows depend only on its bytes, its name (doc_id is in every id) and the
rule files. The cache folder is named by the rules' digest, so a changed rule file
finds an empty folder and everything is extracted again; an entry is named by the
file's SHA-256 and checked against the doc_id, so a renamed copy is extracted anew.
One entry holds the document's four tables, each as an Arrow IPC stream in one row
of a small Parquet file: one file per document, written atomically.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

CACHE_DIR = ".stats-cache"


def _to_ipc(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


class DocCache:
    def __init__(self, out_dir: Path, rules_digest: str) -> None:
        self.root = Path(out_dir) / CACHE_DIR
        self.dir = self.root / rules_digest

    def prepare(self) -> None:
        """Create this digest's folder and drop the folders of other rule versions (they can never hit)."""
        self.dir.mkdir(parents=True, exist_ok=True)
        for other in self.root.iterdir():
            if other.is_dir() and other != self.dir:
                shutil.rmtree(other, ignore_errors=True)

    def _path(self, sha256: str) -> Path:
        return self.dir / f"{sha256}.parquet"

    def get(self, sha256: str, doc_id: str, path: str) -> dict[str, pa.Table] | None:
        p = self._path(sha256)
        if not p.exists():
            return None
        try:
            entry = pq.read_table(p)
            tables = {name: pa.ipc.open_stream(blob.as_py()).read_all()
                      for name, blob in zip(entry["table"], entry["ipc"], strict=True)}
        except (OSError, pa.ArrowException, KeyError):
            return None  # a damaged entry is a miss; it is rewritten after extraction
        docs = tables.get("documents")
        if docs is None or docs.num_rows != 1 or docs["doc_id"][0].as_py() != doc_id:
            return None
        if docs["path"][0].as_py() != path:  # same file given by another path: only the path changes
            i = docs.schema.get_field_index("path")
            tables["documents"] = docs.set_column(i, "path", pc.cast(pa.array([path]), pa.string()))
        return tables

    def put(self, sha256: str, tables: dict[str, pa.Table]) -> None:
        names = list(tables)
        entry = pa.table({"table": names, "ipc": pa.array([_to_ipc(tables[n]) for n in names], pa.binary())})
        target = self._path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        try:
            pq.write_table(entry, tmp, compression="zstd")
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
