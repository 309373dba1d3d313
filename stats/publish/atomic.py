"""Publish a build in one step: a complete new generation folder, then one pointer switched.

A build writes every file (Parquet, DuckDB, SQLite) into a fresh folder
`OUT/.gen-<time>-<pid>/`, fsyncs them, and only then renames one symbolic link,
`OUT/current -> .gen-…`. A rename is atomic, so a reader that opens through
`current` sees every file of the old build or every file of the new one, never a
mix, whatever moment the build is killed or the disk fills. The documented paths
(`OUT/stats.db`, `OUT/figures.parquet`…) are symbolic links through `current`
(`stats.db -> current/stats.db`), made once, so they switch with it.

A folder published by an older stats holds plain files instead; the first build
moves them into a generation of their own (hard links, so nothing is copied) and
replaces each by its link, which then still shows the same bytes: readers see the
old build throughout, until the switch. Generations no longer pointed to are
removed, except the previous one (a reader may have just opened it) and those of
builds still running.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import regex

from stats.run.tables import alive

CURRENT = "current"
PREVIOUS = "previous"
GEN_PREFIX = ".gen-"
_GEN_NAME = regex.compile(r"^\.gen-(?<stamp>\d+)-(?<pid>\d+)$")
STAGING_PREFIX = ".stats-build-"  # what stats before generations staged into: removed when found
_STAGING_NAME = regex.compile(r"^\.stats-build-(?<pid>\d+)-")
_IN_PROGRESS: set[str] = set()  # generations this process is writing
LEGACY = (".parquet", ".duckdb", ".db")  # plain files of an older layout, moved into a generation


def current_dir(target: Path) -> Path | None:
    """The generation `target/current` points to (resolved, so a reader stays on it), or None."""
    link = Path(target) / CURRENT
    if not link.is_symlink():
        return None
    resolved = Path(os.path.realpath(link))
    return resolved if resolved.is_dir() else None


def data_dir(target: Path) -> Path:
    """Where a reader finds the files of the current build: its generation, or target itself (old layout)."""
    return current_dir(target) or Path(target)


def fsync_tree(folder: Path) -> None:
    """Flush every file of folder and the folder itself to disk, so the switch never points at data
    still in the page cache when the machine stops."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _link(target: Path, name: str, points_to: str) -> None:
    """target/name becomes a symbolic link to points_to, in one rename (never absent in between)."""
    tmp = target / f".{name}.{os.getpid()}.link.tmp"
    tmp.unlink(missing_ok=True)
    os.symlink(points_to, tmp)
    try:
        os.replace(tmp, target / name)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _stable(target: Path, name: str) -> bool:
    link = target / name
    return link.is_symlink() and os.readlink(link) == f"{CURRENT}/{name}"


def _adopt_legacy(target: Path) -> None:
    """Turn an older build's plain files into a generation `current` points to, then link them."""
    legacy = [p for p in sorted(target.iterdir())
              if p.suffix in LEGACY and p.is_file() and not p.is_symlink()]
    if not legacy:
        return
    if current_dir(target) is None:
        gen = _new_generation(target)
        for p in legacy:
            os.link(p, gen / p.name)
        fsync_tree(gen)
        _link(target, CURRENT, gen.name)
    for p in legacy:
        _link(target, p.name, f"{CURRENT}/{p.name}")


def _new_generation(target: Path) -> Path:
    gen = target / f"{GEN_PREFIX}{time.time_ns()}-{os.getpid()}"
    gen.mkdir()
    return gen


def switch(target: Path, gen: Path) -> None:
    """Make gen the published build: links for its file names first (through `current`, so they
    show the old build until the switch), then the one rename that publishes, then the flush."""
    _adopt_legacy(target)
    for path in sorted(gen.iterdir()):
        if (path.is_file() or path.is_dir()) and not _stable(target, path.name):  # pages/ (PDF pictures) too
            _link(target, path.name, f"{CURRENT}/{path.name}")
    old = current_dir(target)
    _link(target, CURRENT, gen.name)  # the commit: one atomic rename
    fsync_dir(target)
    if old is not None and old != gen.resolve():
        _link(target, PREVIOUS, old.name)


def clear_stale(target: Path) -> list[Path]:
    """Remove generations nobody reads any more and the staging folders of older stats; return them.

    Kept: the current and the previous generation, and those of builds still running."""
    keep = {p.name for p in (current_dir(target), _resolved(target / PREVIOUS)) if p is not None}
    removed = []
    for entry in sorted(target.iterdir()):
        if not entry.is_dir() or entry.is_symlink() or entry.name in keep or entry.name in _IN_PROGRESS:
            continue
        owner = _GEN_NAME.match(entry.name) or _STAGING_NAME.match(entry.name)
        if owner is None:
            continue
        pid = int(owner["pid"])
        if pid != os.getpid() and alive(pid):
            continue  # a build running in another process
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    for entry in target.glob(".*.link.tmp"):
        pid = entry.name.split(".")[-3]
        if pid.isdigit() and not alive(int(pid)):
            entry.unlink(missing_ok=True)
    return removed


def _resolved(link: Path) -> Path | None:
    if not link.is_symlink():
        return None
    p = Path(os.path.realpath(link))
    return p if p.is_dir() else None


@contextmanager
def generation(target: Path) -> Iterator[Path]:
    """Yield an empty generation folder; on clean exit publish it (see `switch`), else remove it."""
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    clear_stale(target)
    gen = _new_generation(target)
    _IN_PROGRESS.add(gen.name)
    try:
        yield gen
        fsync_tree(gen)
        switch(target, gen)
    except BaseException:
        if current_dir(target) != gen.resolve():
            shutil.rmtree(gen, ignore_errors=True)
        raise
    finally:
        _IN_PROGRESS.discard(gen.name)
    clear_stale(target)
