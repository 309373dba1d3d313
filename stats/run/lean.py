"""A lean start for the command line: pyarrow imported without numpy where the command needs none.

pyarrow imports numpy as it loads when numpy is installed (it is: pandas needs it), and
numpy was the largest single cost of starting `stats extract`: about 0.2 s of CPU of a
0.6 s start, for a command that never hands pyarrow a numpy array. pyarrow works without
numpy (an optional dependency since pyarrow 16): `pa.array`, Parquet and IPC all do.
Where pyarrow loaded without numpy, a later call that would need it (`to_numpy`,
`to_pandas`) raises pyarrow's own ImportError ("… if NumPy is not present") rather than
misbehaving; nothing on the extraction path makes one (tests/test_startup.py runs it).
cloudpickle, where installed (the Dask extra), is hidden from pyarrow the same way
(`hide_while_importing_arrow`).

The same commands start with the cyclic garbage collector held off (`hold_gc`): loading the
modules and the prepared rules makes some hundred thousand long-lived objects, and the
collector swept them over and over while they were made (about a twentieth of a start's
instructions); once the extractor is ready (`settled`) they are frozen out of every later
sweep (`gc.freeze`), so the sweeps during extraction look at the figures' short-lived
objects only. Nothing is decided differently: reference counting frees the same objects.

The generated methods of dataclasses are kept compiled (`keep_generated_code`): `dataclasses`
writes each class's `__init__`, `__repr__`, `__eq__`… as source text and compiles it with `exec`,
at every start (~190 functions, ~100 K characters of source for the stats modules, a fifth of a
warm start's instructions in the parser and compiler). The same text compiles to the same code,
so the code objects are kept in the cache folder by their text, as Python keeps a module's
bytecode in its .pyc, and a later start executes them without parsing: same classes, same methods.

Only the program's own process does this (`python -m stats`, the `stats` script), only for
the commands listed, and only when nothing has imported pyarrow or numpy yet: a Python
session that calls `stats.cli.cli([...])` or the library keeps pyarrow as it always is,
since it may use pandas afterwards.
"""

from __future__ import annotations

import atexit
import gc
import marshal
import os
import sys
import tempfile
import types
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# commands whose process reads and writes Arrow and Parquet but never converts to numpy or
# pandas (`build` writes DuckDB from the Parquet files by SQL and SQLite from Python values);
# `serve` (Datasette) is left alone, and so is the Dask engine
LEAN_COMMANDS = ("extract", "build", "explain", "rules", "evaluate")
# commands that make an extractor and then run it over a corpus: the collector waits for it
GC_HELD_COMMANDS = ("extract", "build")
_held = False  # this process turned the collector off in `hold_gc` and has not turned it on again
# objects made (less those freed) between two sweeps of the youngest generation once the start is over; Python's
# default is 700. Why more: extraction makes and drops objects by the million and leaves no cycles for the collector
# to free (0 collected over a 1 MB news or dense run, speed126), so each sweep is a cost that buys nothing; at 700 a
# dense 1 MB run swept 99 times (and 8 of the older generation), at this 8 times. Reference counting frees every
# object as before; a cycle some input makes waits at most this many allocations longer.
YOUNG_SWEEP_AFTER = 10_000


def lean_command(argv: Sequence[str]) -> bool:
    """Whether the command line `argv` (without the program name) may start lean."""
    args = list(argv)
    dask = "--engine=dask" in args or any(a == "--engine" and b == "dask" for a, b in zip(args, args[1:], strict=False))
    return bool(args) and args[0] in LEAN_COMMANDS and not dask


def import_arrow_without_numpy(files: bool = False) -> bool:
    """Import pyarrow with numpy hidden from it; numpy itself stays importable afterwards.
    files: pyarrow.fs too (a command that writes Parquet: pyarrow.parquet imports it), without the
    remote file systems. False (and nothing done) when pyarrow or numpy is already imported."""
    if "pyarrow" in sys.modules or "numpy" in sys.modules:
        return False
    hidden = [name for name in hide_while_importing_arrow() if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment] - an import of it now raises ImportError
    stand_in = _ssl_stand_in() if files and "ssl" not in sys.modules else None
    try:
        import pyarrow  # noqa: F401

        if files:
            if stand_in is not None:
                sys.modules["ssl"] = stand_in
            import pyarrow.fs  # noqa: F401 - as pyarrow.parquet would, with the remote file systems hidden
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
        if stand_in is not None and sys.modules.get("ssl") is stand_in:
            del sys.modules["ssl"]  # (a later `import ssl` loads the real module)
    return True


def _ssl_stand_in() -> types.ModuleType:
    """What pyarrow.fs asks of `ssl` as it loads on Linux, without loading OpenSSL: it reads
    `ssl.get_default_verify_paths()` once, to tell the remote file systems' HTTP client (libcurl)
    where the certificate authorities are, and nothing else. Loading `ssl` links OpenSSL's two
    libraries and resolves their symbols: ~20 ms of wall time and ~50 M instructions of a ~970 M
    warm start, for the remote file systems the lean commands hide (`hide_while_importing_arrow`)
    and never use. The stand-in answers with the paths the environment names (SSL_CERT_FILE,
    SSL_CERT_DIR) where they exist, else none (libcurl's own defaults); it is in `sys.modules`
    only while pyarrow.fs loads, so any later `import ssl` gets the real module."""
    module = types.ModuleType("ssl", "a stand-in for ssl while pyarrow.fs loads (stats.run.lean)")

    def get_default_verify_paths() -> types.SimpleNamespace:
        cafile, capath = os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")
        return types.SimpleNamespace(cafile=cafile if cafile and os.path.isfile(cafile) else None,
                                     capath=capath if capath and os.path.isdir(capath) else None)

    module.get_default_verify_paths = get_default_verify_paths  # type: ignore[attr-defined]
    return module


def hide_while_importing_arrow() -> tuple[str, ...]:
    """Modules hidden from pyarrow while it loads: numpy (see above); cloudpickle, which pyarrow
    takes as its pickler when it is installed (the Dask extra brings it) and whose import pulls in
    logging and traceback, ~25 ms of a start; pyarrow falls back to the standard pickle module,
    and the lean commands pickle nothing through pyarrow. And the remote file systems pyarrow.fs
    loads when it is built with them (S3, GCS, Azure, HDFS: four extension modules, ~7 M
    instructions of a ~780 M start): the lean commands read and write local files only, and
    pyarrow.fs then lists them as not built (its own ImportError on use)."""
    return ("numpy", "cloudpickle", "pyarrow._s3fs", "pyarrow._gcsfs", "pyarrow._azurefs", "pyarrow._hdfs")


def hold_gc() -> None:
    """No cyclic garbage collection until `settled()`: the start makes objects that live as long
    as the process, and sweeping them while they are made finds nothing to free."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def settled() -> None:
    """The long-lived objects (modules, rules, extractor) are made: freeze them out of the
    collector's sweeps and turn it on again, its youngest generation swept less often (`YOUNG_SWEEP_AFTER`).
    Does nothing unless `hold_gc` turned it off."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.set_threshold(max(gc.get_threshold()[0], YOUNG_SWEEP_AFTER), *gc.get_threshold()[1:])
        gc.enable()


@contextmanager
def collecting() -> Iterator[None]:
    """The collector on for a block of the start that makes and drops objects by the thousand, some in cycles
    (the rule check's run of every example on a rule set not checked before): held off there, their cycles stayed
    until `settled()` froze them for the life of the process (a cold start's peak RSS ~50 MB higher, speed250).
    The block's cycles are swept at its end and the collector held off again; does nothing unless `hold_gc` held it."""
    if not _held:
        yield
        return
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], YOUNG_SWEEP_AFTER), *threshold[1:])
    gc.enable()
    try:
        yield
    finally:
        gc.collect()
        gc.disable()
        gc.set_threshold(*threshold)


class _KeptCode:
    """`exec` for the dataclasses module: a source text it compiled before (in this process or an
    earlier start, from the cache file) runs from its kept code; a new one is compiled exactly as
    `exec` compiles it (file name "<string>", no flags inherited) and kept. The code is kept
    marshalled, each text's apart, and read only when its text comes: the file holds the methods
    of every command's classes, and reading all of them would cost a third of what it saves."""

    def __init__(self, path: Path, codes: dict[str, bytes]) -> None:
        self.path, self.codes, self.new = path, codes, 0

    def __call__(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if isinstance(source, str):
            code = self._kept(source)
            if code is None:
                code = compile(source, "<string>", "exec", dont_inherit=True)
                self.codes[source] = marshal.dumps(code)
                self.new += 1
            source = code
        exec(source, globals, locals)

    def _kept(self, source: str) -> types.CodeType | None:
        """The kept code of a source text, None when there is none or it does not read as code."""
        kept = self.codes.get(source)
        if kept is None:
            return None
        try:
            code = marshal.loads(kept)
        except (EOFError, ValueError, TypeError):
            return None
        return code if isinstance(code, types.CodeType) else None

    def save(self) -> None:
        """Write the kept code when this process compiled any (at exit); a cache that cannot be
        written only costs the next start its compiling. Past KEEP_CODE texts it starts afresh."""
        if not self.new:
            return
        codes = self.codes if len(self.codes) <= KEEP_CODE else {}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(codes, fh)
            os.replace(tmp, self.path)
        except (OSError, ValueError):
            pass


KEEP_CODE = 2000  # source texts kept at most (the stats modules make ~200; other versions' add up)


def _code_file() -> Path:
    """The kept code's file: per bytecode version and optimisation level, in the cache folder."""
    from importlib.util import MAGIC_NUMBER

    from stats.digest import cache_root

    return cache_root() / "code" / f"dataclasses-{MAGIC_NUMBER.hex()}-O{sys.flags.optimize}.marshal"


def _read_codes(path: Path) -> dict[str, bytes]:
    """The kept code (marshalled) by source text; empty when there are none, or the file is not this
    user's own (running code read from a folder others may write to is no way in) or is damaged."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
                return {}
            codes = marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(codes, dict):
        return {}
    return {k: v for k, v in codes.items() if isinstance(k, str) and isinstance(v, bytes)}


def keep_generated_code() -> bool:
    """Let the dataclasses module run the code it generates from the kept code objects (`_KeptCode`).
    False (and nothing done) when a stats module that defines dataclasses is already imported
    (a Python session: its classes exist, and the library leaves `dataclasses` as it is)."""
    import dataclasses

    if "stats.rules.lexicon" in sys.modules or isinstance(getattr(dataclasses, "exec", None), _KeptCode):
        return False
    path = _code_file()
    kept = _KeptCode(path, _read_codes(path))
    dataclasses.exec = kept  # type: ignore[attr-defined] - a module global is found before the builtin
    atexit.register(kept.save)
    return True


def lean_start(argv: Sequence[str]) -> None:
    """Called by the program's entry points before the command line is parsed."""
    if lean_command(argv):
        if argv[0] in GC_HELD_COMMANDS:
            hold_gc()
        import_arrow_without_numpy(files=argv[0] in GC_HELD_COMMANDS)
        keep_generated_code()
