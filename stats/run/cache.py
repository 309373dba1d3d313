"""Per-document result cache for incremental builds: OUT/.stats-cache/<rules digest>/<sha256>-<id>.parquet.

A document's rows depend only on its bytes, its name (doc_id is in every id), the
rule files and the stats code. The cache folder is named by the rules' digest and a
hash of the code, so a changed rule file (or a new stats) finds an empty folder and
everything is extracted again; an entry is named by the
file's SHA-256 and a short hash of its doc_id (every id in the rows contains the
doc_id, so two files with the same bytes under two names are two entries).
One entry holds the document's four tables, each as an Arrow IPC stream in one row
of a small Parquet file: one file per document, written atomically. A large document
is instead a folder `<sha256>-<id>/` with one Parquet file per table, written as it is
extracted and renamed into place when complete.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from stats.digest import engine_digest
from stats.tables.rows import DOC_TABLES, column

from .tables import clear_stale_tmp, mkstemp_beside

CACHE_DIR = ".stats-cache"


def _to_ipc(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def read_parquet(path: Path) -> pa.Table:
    """A whole Parquet file. `pq.read_table` goes through pyarrow.dataset, whose import pulls in
    pandas (0.6 s of CPU): a warm run that reads every document from here would pay it."""
    with pq.ParquetFile(path) as f:
        return f.read()


class DocCache:
    def __init__(self, out_dir: Path, rules_digest: str) -> None:
        self.root = Path(out_dir) / CACHE_DIR
        self.dir = self.root / f"{rules_digest[:48]}-{engine_digest()}"

    def prepare(self) -> None:
        """Create this digest's folder and drop the folders of other rule versions (they can never hit)."""
        self.dir.mkdir(parents=True, exist_ok=True)
        for other in self.root.iterdir():
            if other.is_dir() and other != self.dir and not other.name.startswith("scratch"):
                shutil.rmtree(other, ignore_errors=True)
        clear_stale_tmp(self.dir)

    @staticmethod
    def key(sha256: str, doc_id: str) -> str:
        return f"{sha256}-{hashlib.sha256(doc_id.encode('utf-8', 'backslashreplace')).hexdigest()[:12]}"

    def _path(self, key: str) -> Path:
        return self.dir / f"{key}.parquet"

    def entry_dir(self, key: str) -> Path:
        """Where a large document's parts go (see `document._extract_large`)."""
        return self.dir / key

    def parts(self, key: str) -> dict[str, Path]:
        folder = self.entry_dir(key)
        return {name: folder / f"{name}.parquet" for name in DOC_TABLES}

    def _large(self, key: str, doc_id: str) -> int | None:
        try:
            docs = read_parquet(self.parts(key)["documents"])
        except (OSError, pa.ArrowException):
            return None
        if docs.num_rows != 1 or docs["doc_id"][0].as_py() != doc_id:
            return None
        return int(docs["chars"][0].as_py())

    def get(self, key: str, doc_id: str, path: str) -> dict[str, pa.Table] | int | None:
        """The cached tables; for a large entry, its character count (read its `parts`); None on a miss."""
        if self.entry_dir(key).is_dir():
            return self._large(key, doc_id)
        p = self._path(key)
        if not p.exists():
            return None
        try:
            entry = read_parquet(p)
            tables = {name.as_py(): pa.ipc.open_stream(blob.as_py()).read_all()
                      for name, blob in zip(entry["table"], entry["ipc"], strict=True)}
        except (OSError, pa.ArrowException, KeyError):
            return None  # a damaged entry is a miss; it is rewritten after extraction
        docs = tables.get("documents")
        if docs is None or docs.num_rows != 1 or docs["doc_id"][0].as_py() != doc_id:
            return None
        if docs["path"][0].as_py() != path:  # same file given by another path: only the path changes
            i = docs.schema.get_field_index("path")
            tables["documents"] = docs.set_column(i, "path", column([path], pa.string()))
        return tables

    def put(self, key: str, tables: dict[str, pa.Table]) -> None:
        names = list(tables)
        # typed columns: a list of strings whose type pyarrow must infer imports pandas (0.6 s of CPU)
        entry = pa.Table.from_arrays([column(names, pa.string()),
                                      column([_to_ipc(tables[n]) for n in names], pa.binary())],
                                     names=["table", "ipc"])
        target = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = mkstemp_beside(target)
        try:
            pq.write_table(entry, tmp, compression="zstd")
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
