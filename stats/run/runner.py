"""Extract a corpus: files in a stable order, on N processes, cached, streamed to Parquet.

Workers are separate processes (the extraction is pure Python, so threads would share
one core); each loads the rules once and receives batches of file paths, never text.
Results come back in submission order, so `--jobs 4` writes exactly the rows of
`--jobs 1`, in the same order. Only a bounded window of batches is in flight, and every
finished document goes straight to the Parquet writers: memory does not grow with the
corpus.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from stats.read.manifest import manifest_of
from stats.read.sources import SourceFile, find_sources
from stats.rules.prepared import compiled_regex
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor, Tables
from stats.schema import arrow_schema
from stats.tables.rows import DOC_TABLES, table_from_rows

from .cache import CACHE_DIR, DocCache
from .document import Outcome, bulk_extractor, extract_file
from .tables import TableWriter, alive, clear_stale_tmp

if TYPE_CHECKING:
    from concurrent.futures import Future

BATCH_BYTES = 256_000  # files are sent to a worker in batches of about this many bytes
BATCH_FILES = 64
TICK_SECONDS = 1.0  # how often progress is refreshed while waiting for a worker
_SCRATCH = compiled_regex(r"^scratch(?:-(?<pid>\d+))?$")

ProgressFn = Callable[["Totals"], None]


class Streamed:
    """Characters and bytes that large files in flight have handed to the pipeline so far.

    Shared with the worker processes (`share`, before they start), so a 200 MB file shows
    progress while it is extracted instead of only once it is done. A run in one process
    keeps plain numbers and never imports multiprocessing.
    """

    def __init__(self) -> None:
        self._own = [0, 0]
        self._chars: Any = None  # multiprocessing.Value once shared
        self._bytes: Any = None

    def share(self) -> None:
        """Move the counts into memory that worker processes started after this call update."""
        if self._chars is None:
            import multiprocessing

            self._chars = multiprocessing.Value("q", self._own[0])
            self._bytes = multiprocessing.Value("q", self._own[1])

    def add(self, chars: int, nbytes: int) -> None:
        if self._chars is None:
            self._own[0] += chars
            self._own[1] += nbytes
            return
        with self._chars.get_lock():
            self._chars.value += chars
            self._bytes.value += nbytes

    def read(self) -> tuple[int, int]:
        if self._chars is None:
            return self._own[0], self._own[1]
        with self._chars.get_lock():
            return self._chars.value, self._bytes.value


@dataclass
class Totals:
    """Running counts, for the progress display and the closing summary."""

    files: int = 0
    total_bytes: int = 0
    done: int = 0
    done_bytes: int = 0
    chars: int = 0
    extracted: int = 0
    cached: int = 0
    failed: int = 0  # files that could not be read or extracted at all
    figures: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)  # every `errors` row, in order
    streamed: Streamed = field(default_factory=Streamed)
    streamed_done: tuple[int, int] = (0, 0)  # chars and bytes of streamed files already done

    def progress(self) -> tuple[int, int]:
        """Characters and bytes done, with what the large files in flight have read so far."""
        chars, nbytes = self.streamed.read()
        return (self.chars + chars - self.streamed_done[0], self.done_bytes + nbytes - self.streamed_done[1])

    def error_summary(self, out_dir: Path) -> str:
        """'; 2 file(s) skipped, 1 problem(s) in extracted files, see …' or '' when all went well."""
        problems = len(self.errors) - self.failed
        parts = ([f"{self.failed} file(s) skipped"] if self.failed else []) + (
            [f"{problems} problem(s) in extracted files"] if problems else [])
        return f"; {', '.join(parts)}, see {Path(out_dir) / 'errors.parquet'}" if parts else ""


def lean_memory_pool() -> None:
    """Use jemalloc for Arrow buffers where the build has it.

    Extraction allocates and frees many short-lived batches; mimalloc (the default in
    the wheels) keeps more of that memory mapped. On a 50 MB page the peak RSS drops
    from about 430 MB to about 370 MB (bench: tests/test_memory.py's files).
    """
    try:
        pa.set_memory_pool(pa.jemalloc_memory_pool())
    except (NotImplementedError, AttributeError):  # pragma: no cover - a build without jemalloc
        pass


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _batches(files: list[SourceFile]) -> Iterator[list[SourceFile]]:
    batch: list[SourceFile] = []
    size = 0
    for item in files:
        batch.append(item)
        size += item.size
        if size >= BATCH_BYTES or len(batch) >= BATCH_FILES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


# -- worker process state: set once by the pool's initializer -------------------------

_WORKER: tuple[Extractor, DocCache | None, Path | None, Streamed] | None = None


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this worker when its parent dies (Linux prctl PR_SET_PDEATHSIG), and
    exit now if the parent is already gone: a killed `stats extract` leaves no orphans working on."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux: the watchdog below still runs
        pass
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:  # for systems without prctl, and a parent that dies between fork and prctl
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="stats-parent-watch", daemon=True).start()


_PR_SET_PDEATHSIG = 1


def _init_worker(rules_dir: str | None, cache_dir: str | None, digest: str, scratch: str | None,
                 streamed: Streamed, parent: int) -> None:
    global _WORKER
    die_with_parent(parent)
    lean_memory_pool()
    cache = DocCache(Path(cache_dir), digest) if cache_dir else None
    extractor = bulk_extractor(load_rules(Path(rules_dir) if rules_dir else None))
    _WORKER = (extractor, cache, Path(scratch) if scratch else None, streamed)


def _run_batch(paths: list[SourceFile]) -> list[Outcome]:
    assert _WORKER is not None, "worker not initialised"
    extractor, cache, scratch, streamed = _WORKER
    return [extract_file(extractor, p, cache, scratch, streamed.add) for p in paths]


def outcomes(
    paths: Iterable[Path],
    rules_dir: Path | None = None,
    jobs: int = 1,
    cache_dir: Path | None = None,
    totals: Totals | None = None,
    scratch: Path | None = None,
    tick: Callable[[], None] | None = None,
) -> Iterator[Outcome]:
    """Every file's outcome, in `find_files` order, whatever the number of processes.

    Large files come back as Parquet parts in the cache or, without one, in `scratch`.
    `tick` is called now and then while a large file is being extracted (progress).
    """
    totals = totals if totals is not None else Totals()
    tick = tick or (lambda: None)
    files = find_sources(Path(p) for p in paths)
    for folder in sorted({f.path.parent for f in files}):
        manifest_of(folder)  # a bad manifest line stops the run here, as file:line, before any extraction
    rules = load_rules(rules_dir)
    digest = rules.digest()
    cache = DocCache(cache_dir, digest) if cache_dir else None
    if cache is not None:
        cache.prepare()
    totals.files, totals.total_bytes = len(files), sum(f.size for f in files)
    streamed = totals.streamed
    if jobs <= 1 or len(files) <= 1:  # one file is read by one process: a pool would only cost its start
        extractor = bulk_extractor(rules)

        def on_read(chars: int, nbytes: int) -> None:
            streamed.add(chars, nbytes)
            tick()

        for item in files:
            yield extract_file(extractor, item, cache, scratch, on_read)
        return
    from concurrent.futures import ProcessPoolExecutor, wait

    bulk_extractor(rules)  # built (or loaded) once here: forked workers inherit it instead of each making one
    streamed.share()
    init = (str(rules_dir) if rules_dir else None, str(cache_dir) if cache_dir else None, digest,
            str(scratch) if scratch else None, streamed, os.getpid())
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=init) as pool:
        window: deque[Future[list[Outcome]]] = deque()

        def next_done() -> list[Outcome]:
            fut = window.popleft()
            while not wait([fut], timeout=TICK_SECONDS).done:
                tick()
            return fut.result()

        for batch in _batches(files):
            window.append(pool.submit(_run_batch, batch))
            if len(window) >= 3 * jobs:
                yield from next_done()
        while window:
            yield from next_done()


def _count(totals: Totals, out: Outcome) -> None:
    if out.streamed:
        totals.streamed_done = (totals.streamed_done[0] + out.chars, totals.streamed_done[1] + out.bytes)
    totals.done += 1
    totals.done_bytes += out.bytes
    totals.chars += out.chars
    if out.error:
        totals.errors.append(out.error)
        totals.failed += 1
    elif out.cached:
        totals.cached += 1
    else:
        totals.extracted += 1
    totals.figures += out.figures()
    totals.errors += out.error_rows()


def clear_stale(out_dir: Path) -> None:
    """Remove what a killed run left: `.tmp` files in out_dir and its cache, scratch folders of dead runs."""
    clear_stale_tmp(out_dir)
    root = out_dir / CACHE_DIR
    if not root.is_dir():
        return
    for entry in root.iterdir():
        match = _SCRATCH.match(entry.name)
        if entry.is_dir() and match and not (match["pid"] and alive(int(match["pid"]))):
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.is_dir():
            clear_stale_tmp(entry)


def extract_to(
    paths: Iterable[Path],
    out_dir: Path,
    rules_dir: Path | None = None,
    jobs: int = 1,
    cache: bool = True,
    progress: ProgressFn | None = None,
    cache_dir: Path | None = None,
) -> Totals:
    """Extract into out_dir/<table>.parquet, streaming; the old files stay until the new ones are complete.

    The cache (and the scratch space of large files) lives in cache_dir/.stats-cache,
    by default out_dir's: `stats build` extracts into a new generation folder each time
    but keeps one cache beside them.
    """
    lean_memory_pool()
    out_dir = Path(out_dir)
    cache_dir = Path(cache_dir) if cache_dir is not None else out_dir
    clear_stale(out_dir)
    if cache_dir != out_dir:
        clear_stale(cache_dir)
    totals = Totals()
    scratch = cache_dir / CACHE_DIR / f"scratch-{os.getpid()}"
    writers = {name: TableWriter(name, out_dir / f"{name}.parquet") for name in DOC_TABLES}
    try:
        tick = (lambda: progress(totals)) if progress else None
        for out in outcomes(paths, rules_dir, jobs, cache_dir if cache else None, totals, scratch, tick):
            _count(totals, out)
            for name in DOC_TABLES:
                for table in out.batches(name):
                    writers[name].write(table)
            out.release()
            if out.error:
                writers["errors"].write(table_from_rows([out.error], arrow_schema("errors")))
            if progress:
                progress(totals)
    except BaseException:
        for w in writers.values():
            w.abort()
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        root = cache_dir / CACHE_DIR
        if not cache and root.is_dir() and not any(root.iterdir()):
            root.rmdir()
    for w in writers.values():
        w.close()
    return totals


def collect(
    paths: Iterable[Path],
    rules_dir: Path | None = None,
    jobs: int = 1,
    progress: ProgressFn | None = None,
) -> Tables:
    """Every table in memory (tests, small corpora): the same rows `extract_to` writes."""
    parts: dict[str, list[pa.Table]] = {name: [] for name in DOC_TABLES}
    totals = Totals()
    with tempfile.TemporaryDirectory(prefix="stats-") as scratch:
        for out in outcomes(paths, rules_dir, jobs, None, totals, Path(scratch)):
            _count(totals, out)
            for name in DOC_TABLES:
                parts[name] += list(out.batches(name))
            out.release()
            if out.error:
                parts["errors"].append(table_from_rows([out.error], arrow_schema("errors")))
            if progress:
                progress(totals)

    def cat(name: str) -> pa.Table:
        schema = arrow_schema(name)
        return pa.concat_tables(parts[name]) if parts[name] else table_from_rows([], schema)

    return Tables(*(cat(n) for n in ("figures", "articles", "sentences", "documents", "errors")))


def extract_paths(
    paths: Iterable[Path],
    rules_dir: Path | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    jobs: int = 1,
) -> Tables:
    """Extract every file into tables in memory; a file that fails is an `errors` row, never stops the run."""
    def report(t) -> None:
        if progress:
            progress(t.done, t.files, "")

    return collect(paths, rules_dir, jobs, progress=report)
