"""Write the tables as Parquet, atomically: a failed write leaves the old files in place.

Every temporary file or folder is named `.<target>.<pid>.<random>.tmp`, so the next
run can tell those of a killed run (its process is gone) from those of a run still
going, and removes the former (`clear_stale_tmp`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from stats.rules.prepared import compiled_regex
from stats.schema import arrow_schema

LONG_TEXT = ("text", "sentence")  # columns holding a whole article or sentence
COMPACT_TABLES = 256  # pending tables are joined into one past this many


FILE_MODE = 0o644  # like the databases: published tables are for every reader of the folder
_TMP_NAME = compiled_regex(r"^\..+?\.(?<pid>\d+)\.[A-Za-z0-9_]*\.?tmp$")
_UNOWNED_AGE = 24 * 3600  # a .tmp name without a process id (older stats): removed once a day old


def alive(pid: int) -> bool:
    """Whether a process with this id exists (signal 0 probes without sending)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def tmp_prefix(name: str) -> str:
    """The start of a temporary name for target `name`: `.<name>.<pid>.`."""
    return f".{name}.{os.getpid()}."


def mkstemp_beside(path: Path) -> str:
    """An empty temporary file beside `path`, named for this process, readable like the target will be."""
    fd, tmp = tempfile.mkstemp(prefix=tmp_prefix(path.name), suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.chmod(tmp, FILE_MODE & ~_umask())
    return tmp


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def clear_stale_tmp(folder: Path) -> list[Path]:
    """Remove the `.tmp` files and folders a killed run left in folder; return what was removed."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if not (entry.name.startswith(".") and entry.name.endswith(".tmp")):
            continue
        match = _TMP_NAME.match(entry.name)
        if match:
            if alive(int(match["pid"])):
                continue
        else:
            try:
                if now - entry.stat(follow_symlinks=False).st_mtime < _UNOWNED_AGE:
                    continue
            except OSError:
                continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def write_table(table: pa.Table, path: Path) -> None:
    """Write beside the target, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = mkstemp_beside(path)
    try:
        pq.write_table(table, tmp, compression="zstd", row_group_size=64_000)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class TableWriter:
    """One output table written as documents complete, in row groups, then renamed into place.

    Documents arrive a few hundred rows at a time; buffering them to `row_group_rows`
    (or `row_group_bytes`, since an article row carries a whole article) keeps Parquet
    row groups large (fast to scan) while memory stays bounded by one row group,
    whatever the size of the corpus.
    """

    def __init__(self, name: str, path: Path, row_group_rows: int = 64_000, row_group_bytes: int = 4_000_000) -> None:
        self.schema = arrow_schema(name)
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = mkstemp_beside(self.path)
        # long texts are all different: a dictionary for them only costs memory while writing
        coded = [f.name for f in self.schema if f.name not in LONG_TEXT]
        self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd", use_dictionary=coded)
        self.row_group_rows = row_group_rows
        self.row_group_bytes = row_group_bytes
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.pending_bytes = 0
        self.rows = 0

    def write(self, table: pa.Table) -> None:
        if table.schema != self.schema:
            raise ValueError(f"{self.path.name}: rows do not match the declared schema")
        self.pending.append(table)
        self.pending_rows += table.num_rows
        self.pending_bytes += table.nbytes
        self.rows += table.num_rows
        if self.pending_rows >= self.row_group_rows or self.pending_bytes >= self.row_group_bytes:
            self._flush()
        elif len(self.pending) >= COMPACT_TABLES:
            # every small table costs kilobytes of buffers and objects whatever its rows:
            # a documents table pending one row a file grew ~10 KB a file until the end
            self.pending = [pa.concat_tables(self.pending).combine_chunks()]

    def _flush(self) -> None:
        if self.pending:
            # (one chunk a column: the writer given a document's table after another, a chunk each, took ~2-8 times
            # the CPU for the same row group, ~0.1 s of a 1 MB bulletin corpus's ~3 s; the documents' tables are let
            # go before it is written, so what the copy adds is held only while it is made)
            group, rows = pa.concat_tables(self.pending).combine_chunks(), self.pending_rows
            self.pending, self.pending_rows, self.pending_bytes = [], 0, 0
            self.writer.write_table(group, row_group_size=max(rows, 1))

    def close(self) -> Path:
        self._flush()
        self.writer.close()
        os.replace(self.tmp, self.path)
        return self.path

    def abort(self) -> None:
        self.writer.close()
        Path(self.tmp).unlink(missing_ok=True)
