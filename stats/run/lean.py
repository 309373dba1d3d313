"""A lean start for the command line: pyarrow imported without numpy where the command needs none.

pyarrow imports numpy as it loads when numpy is installed (it is: pandas needs it), and
numpy was the largest single cost of starting `stats extract`: about 0.2 s of CPU of a
0.6 s start, for a command that never hands pyarrow a numpy array. pyarrow works without
numpy (an optional dependency since pyarrow 16): `pa.array`, Parquet and IPC all do.
Where pyarrow loaded without numpy, a later call that would need it (`to_numpy`,
`to_pandas`) raises pyarrow's own ImportError ("… if NumPy is not present") rather than
misbehaving; nothing on the extraction path makes one (tests/test_startup.py runs it).

The same commands start with the cyclic garbage collector held off (`hold_gc`): loading the
modules and the prepared rules makes some hundred thousand long-lived objects, and the
collector swept them over and over while they were made (about a twentieth of a start's
instructions); once the extractor is ready (`settled`) they are frozen out of every later
sweep (`gc.freeze`), so the sweeps during extraction look at the figures' short-lived
objects only. Nothing is decided differently: reference counting frees the same objects.

Only the program's own process does this (`python -m stats`, the `stats` script), only for
the commands listed, and only when nothing has imported pyarrow or numpy yet: a Python
session that calls `stats.cli.cli([...])` or the library keeps pyarrow as it always is,
since it may use pandas afterwards.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

# commands whose process reads and writes Arrow and Parquet but never converts to numpy or
# pandas (`build` writes DuckDB from the Parquet files by SQL and SQLite from Python values);
# `serve` (Datasette) is left alone, and so is the Dask engine
LEAN_COMMANDS = ("extract", "build", "explain", "rules", "evaluate")
# commands that make an extractor and then run it over a corpus: the collector waits for it
GC_HELD_COMMANDS = ("extract", "build")
_held = False  # this process turned the collector off in `hold_gc` and has not turned it on again


def lean_command(argv: Sequence[str]) -> bool:
    """Whether the command line `argv` (without the program name) may start lean."""
    args = list(argv)
    dask = "--engine=dask" in args or any(a == "--engine" and b == "dask" for a, b in zip(args, args[1:], strict=False))
    return bool(args) and args[0] in LEAN_COMMANDS and not dask


def import_arrow_without_numpy() -> bool:
    """Import pyarrow with numpy hidden from it; numpy itself stays importable afterwards.
    False (and nothing done) when pyarrow or numpy is already imported."""
    if "pyarrow" in sys.modules or "numpy" in sys.modules:
        return False
    sys.modules["numpy"] = None  # type: ignore[assignment] - an import of it now raises ImportError
    try:
        import pyarrow  # noqa: F401
    finally:
        if sys.modules.get("numpy", 0) is None:
            del sys.modules["numpy"]
    return True


def hold_gc() -> None:
    """No cyclic garbage collection until `settled()`: the start makes objects that live as long
    as the process, and sweeping them while they are made finds nothing to free."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def settled() -> None:
    """The long-lived objects (modules, rules, extractor) are made: freeze them out of the
    collector's sweeps and turn it on again. Does nothing unless `hold_gc` turned it off."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


def lean_start(argv: Sequence[str]) -> None:
    """Called by the program's entry points before the command line is parsed."""
    if lean_command(argv):
        if argv[0] in GC_HELD_COMMANDS:
            hold_gc()
        import_arrow_without_numpy()
