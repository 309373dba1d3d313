"""Bounds on what one Datasette query may cost: no huge value, no huge result, within the time limit.

Datasette stops a query after `sql_time_limit_ms` with SQLite's progress handler,
which is called between virtual-machine steps; one step that builds a huge value
(`zeroblob(450000000)`, `randomblob(1e9)`, `printf('%.*c', 1e9, 'x')`, `replace`
nested until it grows without end) runs for tens of seconds and gigabytes first.
So every connection gets SQLite's own length limit: no string or blob longer than
`VALUE_BYTES` can be made, and a query that tries fails at once with "string or blob
too big". The longest value stats stores is an article of at most 1,000,000
characters (see docs/FAULTS.md, huge files), well below it.

SQLite's `printf` keeps formatting a huge width or precision (`%.*c` with 1e9) for
seconds after it knows the result is too big, so `printf` and `format` are replaced
by a version that gives NULL (what SQLite gives for a value over the limit) when a
width or precision passes `WIDTH_LIMIT`, and otherwise calls SQLite's own.

Many medium values can still add up (`select zeroblob(7e6) from sentences`): rows
are counted as Datasette fetches them, and past `RESULT_BYTES` the query stops with
a message saying so, before the response is built.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Callable
from typing import Any

import regex
from datasette import hookimpl

VALUE_BYTES = 8_000_000
WIDTH_LIMIT = 100_000
_SPEC = regex.compile(r"%(?P<flags>[-+ 0#,!]*)(?P<width>\*|\d+)?(?:\.(?P<precision>\*|\d+))?(?P<kind>l{0,2}[a-zA-Z%])")
RESULT_BYTES = 32_000_000
TOO_LARGE = ("this query's result is larger than {limit} MB, the most this site returns at once; "
             "add a LIMIT, select fewer or shorter columns, or download the Parquet files")


class ResultTooLarge(sqlite3.DatabaseError):
    """Raised while rows are fetched; Datasette shows it as the query's error."""


def _size(value: Any) -> int:
    if isinstance(value, (str, bytes)):
        return len(value)
    return 8


def counting_rows(inner: Callable[[sqlite3.Cursor, tuple], Any] | None,
                  limit: int) -> Callable[[sqlite3.Cursor, tuple], Any]:
    """A row factory that passes rows to inner and stops a cursor past limit bytes of values."""
    used: weakref.WeakKeyDictionary[sqlite3.Cursor, int] = weakref.WeakKeyDictionary()

    def factory(cursor: sqlite3.Cursor, row: tuple) -> Any:
        total = used.get(cursor, 0) + sum(map(_size, row))
        if total > limit:
            raise ResultTooLarge(TOO_LARGE.format(limit=round(limit / 1e6, 1)))
        used[cursor] = total
        return inner(cursor, row) if inner is not None else row

    return factory


def widths_within(fmt: Any, args: tuple[Any, ...], limit: int = WIDTH_LIMIT) -> bool:
    """Whether every width and precision of a printf format (given or taken from args by `*`) is at most limit."""
    if not isinstance(fmt, str):
        return True
    i = 0
    for spec in _SPEC.finditer(fmt):
        if spec["kind"] == "%":
            continue
        for part in (spec["width"], spec["precision"]):
            if part == "*":
                given = args[i] if i < len(args) else 0
                i += 1
                try:
                    if abs(int(given)) > limit:
                        return False
                except (TypeError, ValueError, OverflowError):
                    continue
            elif part and int(part) > limit:
                return False
        i += 1
    return True


def capped_printf(conn: sqlite3.Connection, value_bytes: int) -> Callable[..., Any]:
    """printf that refuses huge widths, else SQLite's own printf on a private connection."""
    own = sqlite3.connect(":memory:", check_same_thread=False)
    own.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, value_bytes)

    def printf(fmt: Any = None, *args: Any) -> Any:
        if not widths_within(fmt, args):
            return None
        marks = ", ".join("?" * (len(args) + 1))
        return own.execute(f"select printf({marks})", (fmt, *args)).fetchone()[0]

    return printf


def bound(conn: sqlite3.Connection, value_bytes: int = VALUE_BYTES, result_bytes: int = RESULT_BYTES) -> None:
    """Cap the values and the result size of every query on conn."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, value_bytes)
    printf = capped_printf(conn, value_bytes)
    for name in ("printf", "format"):
        conn.create_function(name, -1, printf, deterministic=True)
    conn.row_factory = counting_rows(conn.row_factory, result_bytes)


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    """Every connection Datasette opens (each thread's, each database's) is bounded."""
    bound(conn, VALUE_BYTES, RESULT_BYTES)
