"""Replace a directory's published files all-or-nothing, so a failed build never half-publishes.

Every file is first written into a staging directory inside the target (same file
system, so `os.replace` is an atomic rename). Only when all of them are complete
are they moved over the old ones; a build that raises removes its staging
directory, and one that is killed leaves it for the next build to clear.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import regex

STAGING_PREFIX = ".stats-build-"
_STAGING_NAME = regex.compile(r"^\.stats-build-(?<pid>\d+)-")

COMMIT_LAST = ("stats.duckdb", "stats.db")
"""Moved after the Parquet files: a reader that sees the new database sees the new tables too."""


def _alive(pid: int) -> bool:
    """Whether a process with this id exists (signal 0 probes without sending)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clear_stale(target: Path) -> list[Path]:
    """Remove staging directories left by builds that were killed; return what was removed."""
    removed = []
    for entry in target.glob(STAGING_PREFIX + "*"):
        match = _STAGING_NAME.match(entry.name)
        if entry.is_dir() and match and not _alive(int(match["pid"])):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def commit_order(names: list[str]) -> list[str]:
    """File names in the order they are moved into place: tables first, databases last."""
    return sorted(names, key=lambda name: (COMMIT_LAST.index(name) + 1 if name in COMMIT_LAST else 0, name))


@contextmanager
def staged(target: Path) -> Iterator[Path]:
    """Yield an empty staging directory; on clean exit move its files into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    clear_stale(target)
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=target))
    try:
        yield staging
        for name in commit_order([p.name for p in staging.iterdir()]):
            if (staging / name).is_dir() and (target / name).is_dir():
                shutil.rmtree(target / name)  # a folder (page pictures) is replaced whole
            os.replace(staging / name, target / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
