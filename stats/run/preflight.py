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
from stats.extract.read import find_files


def check_inputs(paths: Iterable[Path]) -> None:
    """InputError for a missing path, or a folder with no *.txt or *.pdf file below it."""
    for p in map(Path, paths):
        if not p.exists():
            raise InputError(str(p), "no such file or folder", "check the path")
        if p.is_dir() and next(find_files([p]), None) is None:
            raise InputError(str(p), "no *.txt or *.pdf file in this folder",
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
