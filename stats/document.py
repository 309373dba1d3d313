"""One file in, its rows out as Arrow tables: the unit of work every engine schedules.

The local runner, its worker processes and Dask tasks all call `extract_file(path)`:
they send paths, not text, and each worker loads the rules once. A file that cannot
be read or extracted becomes an `errors` row instead of stopping the run.

A large file (over `LARGE_BYTES`) does not come back as tables in memory: its rows
are written batch by batch to Parquet parts (in the cache, or in a scratch folder) and
the outcome names those files, so memory does not grow with the size of a page.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .cache import DocCache
from .decode import decode_bytes
from .errors import InputError
from .pipeline import Extractor
from .read import Source, doc_id_of
from .rows import DOC_TABLES
from .tables import TableWriter

LARGE_BYTES = 4_000_000


@dataclass
class Outcome:
    """What became of one file: its tables (or Parquet parts), or an error row; `cached` when nothing was extracted."""

    path: str
    tables: dict[str, pa.Table] | None
    error: dict[str, str] | None
    chars: int = 0
    bytes: int = 0
    cached: bool = False
    parts: dict[str, Path] | None = None  # a large file's rows, one Parquet file per table
    scratch: bool = False  # parts are temporary: delete them once copied

    def batches(self, name: str, rows: int = 20_000) -> Iterator[pa.Table]:
        """The rows of one table, in order, a bounded batch at a time."""
        if self.tables is not None:
            yield self.tables[name]
        elif self.parts is not None:
            for batch in pq.ParquetFile(self.parts[name]).iter_batches(batch_size=rows):
                table = pa.Table.from_batches([batch])
                if name == "documents":  # a cached entry may have been made from another path
                    table = table.set_column(table.schema.get_field_index("path"), "path",
                                             pa.array([self.path] * table.num_rows, pa.string()))
                yield table

    def error_rows(self) -> list[dict[str, str]]:
        """The document's own `errors` rows (read warnings, rule timeouts); the file error is `error`."""
        return [row for t in self.batches("errors") for row in t.to_pylist()]

    def figures(self) -> int:
        if self.tables is not None:
            return self.tables["figures"].num_rows
        if self.parts is not None:
            return pq.ParquetFile(self.parts["figures"]).metadata.num_rows
        return 0

    def release(self) -> None:
        """Delete temporary parts (never cache entries)."""
        if self.parts and self.scratch:
            shutil.rmtree(next(iter(self.parts.values())).parent, ignore_errors=True)


def _error(path: Path, stage: str, message: str) -> Outcome:
    return Outcome(str(path), None, {"path": str(path), "stage": stage, "message": message})


def _extract_large(extractor: Extractor, src: Source, folder: Path) -> dict[str, Path]:
    """Extract straight into one Parquet file per table under folder (written whole or not at all)."""
    tmp = folder.with_name(f".{folder.name}.{os.getpid()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    writers = {name: TableWriter(name, tmp / f"{name}.parquet", row_group_rows=20_000) for name in DOC_TABLES}
    try:
        leftover = extractor.extract_tables(src, spill=lambda name, t: writers[name].write(t))
        for name, table in leftover.items():
            if table.num_rows:
                writers[name].write(table)
        for w in writers.values():
            w.close()
    except BaseException:
        for w in writers.values():
            w.abort()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(folder, ignore_errors=True)
    os.replace(tmp, folder)
    return {name: folder / f"{name}.parquet" for name in DOC_TABLES}


def extract_file(extractor: Extractor, path: Path, cache: DocCache | None = None,
                 scratch: Path | None = None) -> Outcome:
    """Read, hash, look up the cache, extract on a miss; never raises for a bad file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _error(path, "read", f"cannot read: {exc.strerror or exc}")
    sha = hashlib.sha256(data).hexdigest()
    doc_id = doc_id_of(path)
    size = len(data)
    key = DocCache.key(sha, doc_id)
    if cache is not None:
        hit = cache.get(key, doc_id, str(path))
        if isinstance(hit, dict):
            return Outcome(str(path), hit, None, hit["documents"]["chars"][0].as_py(), size, cached=True)
        if isinstance(hit, int):  # a large entry: its parts are read where they lie
            return Outcome(str(path), None, None, hit, size, cached=True, parts=cache.parts(key))
    try:
        decoded = decode_bytes(data, str(path))
        del data  # the decoded text is all extraction needs; a large file should not be held twice
        text = decoded.text
        src = Source(doc_id, str(path), text, decoded.encoding, sha, size, decoded.warnings)
        del decoded
        large = size >= LARGE_BYTES and (cache is not None or scratch is not None)
        if large:
            folder = cache.entry_dir(key) if cache is not None else Path(scratch) / f"{key}-{os.getpid()}"
            parts = _extract_large(extractor, src, folder)
            return Outcome(str(path), None, None, len(text), size, parts=parts, scratch=cache is None)
        tables = extractor.extract_tables(src)
    except InputError as exc:
        return _error(path, "read", exc.reason + (f" ({exc.hint})" if exc.hint else ""))
    except Exception as exc:  # noqa: BLE001 - one bad document must not lose the others
        print(f"stats: {path}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return _error(path, "extract", f"{type(exc).__name__}: {exc} (a bug in stats: please report it with this file)")
    if cache is not None:
        cache.put(key, tables)
    return Outcome(str(path), tables, None, len(text), size)
