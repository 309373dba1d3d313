"""One file in, its rows out as Arrow tables: the unit of work every engine schedules.

The local runner, its worker processes and Dask tasks all call `extract_file(path)`:
they send paths, not text, and each worker loads the rules once. A file that cannot
be read or extracted becomes an `errors` row instead of stopping the run.

A large file (over `LARGE_BYTES`) is never held whole: its text is decoded and
extracted a chunk at a time (`read.stream_source`), and its rows are written batch by
batch to Parquet parts (in the cache, or in a scratch folder) that the outcome names,
so memory does not grow with the size of a file.

Rule patterns run without timeouts (they cost more than the matching). Instead each
document gets a budget of CPU time (`cpu_budget`, far above what a document needs); a
document that overruns it, which only a runaway pattern does, is extracted again with
an extractor that times each exclusion pattern out per sentence and records it in the
`errors` table. A document that overruns that second budget too becomes an `errors` row.
Workers are processes, so the budget is a CPU timer signal on their main thread; where
there is no main thread to signal (threads of a Dask worker) the timed-out extractor
runs from the start. The budget counts the extracting thread's own CPU time only (the
process timer also counts other threads: a test runner's, a library's), begins once the
extractor that runs is ready (the timed-out one is built before its budget starts), and a
PDF's is set by its text's size, not by its compressed bytes.
"""

from __future__ import annotations

import gc
import hashlib
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

import pyarrow as pa
import pyarrow.parquet as pq

from stats.context.place import gazetteer_stamp
from stats.errors import InputError
from stats.read.decode import decode_bytes
from stats.read.manifest import meta_for
from stats.read.sources import ReadFn, Source, SourceFile, is_pdf, read_pdf, read_regular, source_file, stream_source
from stats.rules.prepared import prepared
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from stats.tables.rows import DOC_TABLES, column, table_from_rows

from .cache import DocCache
from .lean import settled
from .tables import TableWriter, tmp_prefix

LARGE_BYTES = 4_000_000
# CPU seconds a document may take before it is extracted again with pattern timeouts: a
# base plus a rate far below the slowest seen (about 3 CPU seconds per MB on dense text).
# The base is for a small page's worst: a 3.5 KB newspaper page of glued table rows (pages
# p107) takes 1.7-1.9 s in the row search (stats.repair.glued), which no pattern timeout
# bounds; at a base of 2 s it overran under load, overran again when extracted again, and
# was lost whole (flaky202).
BUDGET_BASE = 5.0
BUDGET_PER_MB = 30.0
# Multiplies every budget: a run under a profiler or valgrind (tens of times slower) would
# otherwise overrun it and measure the second, timed-out extraction instead of the first.
BUDGET_SCALE_ENV = "STATS_BUDGET_SCALE"


GUARD_TIMEOUT = 1.0  # seconds an exclusion pattern may take on one sentence, in the second run
REARM_MIN = 0.01  # CPU seconds of a budget left under which the document is over it
T = TypeVar("T")


_BULK: dict[int, tuple[RuleSet, Extractor]] = {}


def bulk_extractor(rules: RuleSet) -> Extractor:
    """The extractor of corpus runs (no pattern timeouts, only the verdicts that can win): one per
    rule set and process (forked workers inherit it), from the prepared-data cache when these
    rules and this code made one before: compiling its patterns (the quantity grammar, the
    gazetteer) was most of a start's CPU time."""
    extractor = prepared_extractor(rules)
    settled()  # the command line's start is over: the collector may sweep again (stats.run.lean)
    return extractor


def prepared_extractor(rules: RuleSet) -> Extractor:
    """`bulk_extractor` without ending the start (`settled`): the rule check runs its examples with it (`timed`
    with a limit), so that a cold start makes one extractor, not two."""
    hit = _BULK.get(id(rules))
    if hit is not None and hit[0] is rules:
        return hit[1]
    key = (str(rules.root.resolve()).encode(), rules.digest().encode(), gazetteer_stamp(),
           b"timeout=None all_verdicts=False")
    extractor = prepared("extractor", key, lambda: Extractor(rules, timeout=None, all_verdicts=False),
                         shared=rules.shared())
    _BULK[id(rules)] = (rules, extractor)
    return extractor


def document_budget(src: Source) -> float:
    """The CPU budget of one document: by its bytes, or for a PDF by its text's UTF-8 bytes where
    more (a PDF's streams are compressed: its bytes say little of how much text it holds)."""
    nbytes = src.size
    if src.encoding == "pdf":
        nbytes = max(nbytes, len(src.text.encode("utf-8", "surrogatepass")))
    return cpu_budget(nbytes)


def cpu_budget(nbytes: int) -> float:
    """CPU seconds a document of nbytes may take, times `$STATS_BUDGET_SCALE` where it is set
    (a positive number; for measuring under instrumentation, never needed otherwise)."""
    scale = float(os.environ.get(BUDGET_SCALE_ENV) or 1.0)
    if not scale > 0:
        raise InputError(f"{BUDGET_SCALE_ENV} must be a positive number, not {os.environ[BUDGET_SCALE_ENV]!r}")
    return scale * (BUDGET_BASE + BUDGET_PER_MB * nbytes / 1e6)


class OverBudget(BaseException):
    """Raised by the CPU timer inside a document's extraction (a BaseException, so no
    `except Exception` on the way swallows it)."""


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def _cpu_limit(seconds: float) -> Iterator[None]:
    """OverBudget once this (the main) thread has spent `seconds` more CPU time (user + system) on
    the document itself.

    The process's CPU timer (ITIMER_PROF) counts every thread of the process: when it fires before
    this thread has spent its own `seconds` (other threads ran beside it: a test runner's, a
    library's, under load), it is set again for what is left, and the document runs on. Sweeps of
    the cyclic garbage collector are not the document's either: a full one looks at every object
    the process holds (a test session's, a notebook's), so its time is left out too.
    The timer fires again every `seconds` after that: an exception raised while Python runs a
    `__del__` (regex frees its parser's objects so while compiling) is printed and dropped, and
    a one-shot timer lost that way let the document run on without a limit. A timer that fires as
    the document ends is over with it: the timer is always stopped and the handler put back."""
    main = threading.get_ident()
    start = time.thread_time()  # handlers run on the main thread: this is its clock
    swept = [0.0, 0.0, 0.0]  # the collector's seconds so far, when its running sweep began, 1.0 while one runs

    def sweep(phase: str, _info: dict) -> None:
        if threading.get_ident() == main:
            if phase == "start":
                swept[1] = time.thread_time()
                swept[2] = 1.0
            else:
                swept[0] += time.thread_time() - swept[1]
                swept[2] = 0.0

    def expire(_signum: int, _frame: object) -> None:
        # A timer that fires during a sweep is handled at the first step of Python after it, which may be the
        # sweep's own "stop" callback before it has counted that sweep: a running sweep is the collector's too.
        now = time.thread_time()
        running = now - swept[1] if swept[2] else 0.0
        left = seconds - (now - start - swept[0] - running)
        if left > REARM_MIN:
            signal.setitimer(signal.ITIMER_PROF, left, seconds)
            return
        raise OverBudget

    previous = signal.signal(signal.SIGPROF, expire)
    gc.callbacks.append(sweep)
    signal.setitimer(signal.ITIMER_PROF, seconds, seconds)
    try:
        yield
    finally:
        while True:
            try:
                signal.setitimer(signal.ITIMER_PROF, 0)
                signal.signal(signal.SIGPROF, previous)
                if sweep in gc.callbacks:
                    gc.callbacks.remove(sweep)
                break
            except OverBudget:  # fired as the document ended: its timer is stopped all the same
                continue


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
    streamed: bool = False  # its text was extracted a chunk at a time (its progress was reported)

    def batches(self, name: str) -> Iterator[pa.Table]:
        """The rows of one table, in order, a row group at a time (parts are written in bounded
        row groups; `iter_batches` would join them into batches of so many rows, however wide)."""
        if self.tables is not None:
            yield self.tables[name]
        elif self.parts is not None:
            part = pq.ParquetFile(self.parts[name])
            for i in range(part.num_row_groups):
                table = part.read_row_group(i)
                if name == "documents":  # a cached entry may have been made from another path
                    table = table.set_column(table.schema.get_field_index("path"), "path",
                                             column([self.path] * table.num_rows, pa.string()))
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


_GUARDED: dict[int, Extractor] = {}


def _guarded(extractor: Extractor) -> Extractor:
    """The same rules with a timeout on every exclusion pattern call, made once per extractor."""
    got = _GUARDED.get(id(extractor))
    if got is None or got.rules is not extractor.rules:
        got = _GUARDED[id(extractor)] = Extractor(extractor.rules, timeout=GUARD_TIMEOUT, all_verdicts=False)
    return got


def _within_budget(extractor: Extractor, src: Source, run: Callable[[Extractor], T]) -> tuple[T, dict | None]:
    """run(extractor) within the document's CPU budget; past it, run(the guarded extractor) within
    another (OverBudget escapes if that overruns too). The second value is an `errors` row
    saying the document was extracted again, or None."""
    if extractor.timeout is not None:
        return run(extractor), None
    if not _can_time():
        return run(_guarded(extractor)), None
    budget = document_budget(src)
    try:
        with _cpu_limit(budget):
            return run(extractor), None
    except OverBudget:
        pass
    guarded = _guarded(extractor)  # built (compiled) before its budget starts: the budget is the document's
    with _cpu_limit(budget):
        result = run(guarded)
    return result, {"path": src.path, "stage": "extract", "message": (
        f"took more than {budget:g} s of CPU, so it was extracted again with a {GUARD_TIMEOUT:g} s timeout on each "
        "exclusion pattern; none timed out (a slow pattern, or a very slow machine)")}


def _error(shown: str, stage: str, message: str) -> Outcome:
    return Outcome(shown, None, {"path": shown, "stage": stage, "message": message})


def _extract_large(extractor: Extractor, src: Source, folder: Path) -> tuple[dict[str, Path], int]:
    """Extract straight into one Parquet file per table under folder (written whole or not at all);
    returns the files and the document's length in characters."""
    tmp = folder.with_name(f"{tmp_prefix(folder.name)}part.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    writers = {name: TableWriter(name, tmp / f"{name}.parquet", row_group_rows=20_000) for name in DOC_TABLES}
    try:
        chars = 0

        def spill(name: str, table: pa.Table) -> None:
            nonlocal chars
            if name == "documents":
                chars += sum(table["chars"].to_pylist())
            writers[name].write(table)

        leftover = extractor.extract_tables(src, spill=spill)
        for name, table in leftover.items():
            if table.num_rows:
                spill(name, table)
        for w in writers.values():
            w.close()
    except BaseException:
        for w in writers.values():
            w.abort()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(folder, ignore_errors=True)
    os.replace(tmp, folder)
    return {name: folder / f"{name}.parquet" for name in DOC_TABLES}, chars


def _open(item: SourceFile, on_read: ReadFn | None = None) -> Source:
    """A small file read whole; a large one hashed and judged chunk by chunk, its text streamed later.
    The size is checked before any byte is read (`read_regular` reads no further than it).
    A PDF is read page by page into text in reading order."""
    if is_pdf(item.path):
        return read_pdf(item.path, item.doc_id)
    if item.size >= LARGE_BYTES:
        return stream_source(item.path, on_read=on_read, doc_id=item.doc_id)
    data = read_regular(item.path)
    if len(data) >= LARGE_BYTES:  # grew since it was listed: read it as the large file it now is
        return stream_source(item.path, on_read=on_read, doc_id=item.doc_id)
    sha = hashlib.sha256(data).hexdigest()
    decoded = decode_bytes(data, item.shown)
    return Source(item.doc_id, item.shown, decoded.text, decoded.encoding, sha, len(data), decoded.warnings)


def extract_file(extractor: Extractor, item: SourceFile | Path, cache: DocCache | None = None,
                 scratch: Path | None = None, on_read: ReadFn | None = None) -> Outcome:
    """Read, hash, look up the cache, extract on a miss; never raises for a bad file.

    The cache is looked up after decoding, so a file the cache knows is still judged
    (an unreadable file stays an error whatever the cache holds). on_read(chars) hears
    of a large file's characters and bytes as they are extracted (progress).
    """
    if not isinstance(item, SourceFile):
        item = source_file(Path(item))
    path = item.shown
    if item.problem:
        return _error(path, "read", item.problem)
    try:
        src = _open(item, on_read)
    except OSError as exc:
        return _error(path, "read", f"cannot read: {exc.strerror or exc}")
    except InputError as exc:
        return _error(path, "read", exc.reason + (f" ({exc.hint})" if exc.hint else ""))
    try:
        meta = meta_for(item.path)
    except InputError as exc:  # checked before the run starts (`runner.outcomes`); a file changed since
        return _error(path, "read", str(exc))
    src = replace(src, meta=meta)
    # the manifest's line is part of the input: a new date or place re-extracts the document
    key = DocCache.key(src.sha256, src.doc_id + ("|" + meta.key() if meta else ""))
    if cache is not None:
        hit = cache.get(key, src.doc_id, path)
        if isinstance(hit, dict):
            return Outcome(path, hit, None, hit["documents"]["chars"][0].as_py(), src.size, cached=True)
        if isinstance(hit, int):  # a large entry: its parts are read where they lie
            return Outcome(path, None, None, hit, src.size, cached=True, parts=cache.parts(key))
    try:
        if src.size >= LARGE_BYTES and (cache is not None or scratch is not None):
            folder = cache.entry_dir(key) if cache is not None else Path(scratch) / f"{key}-{os.getpid()}"
            (parts, chars), _ = _within_budget(extractor, src, lambda ex: _extract_large(ex, src, folder))
            return Outcome(path, None, None, chars, src.size, parts=parts, scratch=cache is None,
                           streamed=True)
        tables, note = _within_budget(extractor, src, lambda ex: ex.extract_tables(src))
        if note is not None and not tables["errors"].num_rows:  # slow, yet no pattern timed out: say so
            tables["errors"] = table_from_rows([note], tables["errors"].schema)
    except InputError as exc:
        return _error(path, "read", exc.reason + (f" ({exc.hint})" if exc.hint else ""))
    except OverBudget:
        return _error(path, "extract", f"took more than {document_budget(src):g} s of CPU twice, the second time "
                      f"with a {GUARD_TIMEOUT:g} s timeout on each exclusion pattern; nothing was extracted (a layout "
                      "or lexicon pattern backtracks without end on this file: please report it with this file)")
    except Exception as exc:  # noqa: BLE001 - one bad document must not lose the others
        print(f"stats: {path}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return _error(path, "extract", f"{type(exc).__name__}: {exc} (a bug in stats: please report it with this file)")
    if cache is not None:
        cache.put(key, tables)
    return Outcome(path, tables, None, tables["documents"]["chars"][0].as_py(), src.size,
                   streamed=src.stream is not None)
