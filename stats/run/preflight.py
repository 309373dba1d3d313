"""Checks before a run and the account after it: bad paths fail fast, problems are counted.

A typo in a path or an output folder that cannot be written should cost a second, not
a whole extraction; and at the end the user must see how many files were skipped and
how many were extracted with a problem, not just "it finished".
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from stats.errors import InputError
from stats.read.sources import find_sources, readable


def check_inputs(paths: Iterable[Path]) -> None:
    """InputError for a missing path, or a folder with no *.txt or *.pdf file below it.

    A dangling link or a FIFO named here exists: it is listed, and becomes an `errors` row."""
    for p in map(Path, paths):
        if not os.path.lexists(p):
            raise InputError(readable(p), "no such file or folder", "check the path")
        if p.is_dir() and not find_sources([p]):
            raise InputError(readable(p), "no *.txt or *.pdf file in this folder",
                             "stats reads files ending in .txt or .pdf; rename them or pass files by name")


def check_out_dir(out_dir: Path) -> None:
    """InputError unless the output folder exists or can be made, and accepts a file."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(str(out_dir), "--out names a file, not a folder", "pick another --out")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".stats-probe-", dir=out_dir)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise InputError(str(out_dir), f"cannot write the output folder: {exc.strerror or exc}",
                         "pick another --out") from exc


FREE_FLOOR = 16 << 20  # below this much free space no build can finish


def check_free_space(out_dir: Path, paths: Iterable[Path]) -> None:
    """InputError when the output folder's disk cannot hold even the text to be extracted:
    a full disk is reported before the extraction, not after it."""
    try:
        st = os.statvfs(out_dir)
    except OSError:
        return
    free = st.f_bavail * st.f_frsize
    need = FREE_FLOOR + sum(f.size for f in find_sources(map(Path, paths)))
    if free < need:
        raise InputError(readable(out_dir), f"not enough free space: {free >> 20} MB free, the build needs "
                         f"at least {need >> 20} MB", "free space or pick another --out")


def error_summary(tables, out_dir: Path) -> str:
    """'; 2 file(s) skipped, 1 problem(s) in extracted files, see …' or '' when all went well."""
    rows = tables.errors.to_pylist()
    if not rows:
        return ""
    read = set(tables.documents.column("path").to_pylist())
    skipped = {r["path"] for r in rows if r["path"] not in read}
    damaged = [r for r in rows if r["path"] in read]
    parts = []
    if skipped:
        parts.append(f"{len(skipped)} file(s) skipped")
    if damaged:
        parts.append(f"{len(damaged)} problem(s) in extracted files")
    return f"; {', '.join(parts)}, see {Path(out_dir) / 'errors.parquet'}"
