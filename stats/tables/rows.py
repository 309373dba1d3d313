"""Rows of one document on their way to Arrow: by column, in batches, so a huge page holds few rows at once.

Extraction produces a dict per sentence and per figure. For an ordinary page that is
a few hundred; for a 50 MB page it would be hundreds of thousands, each costing far
more than its text. `RowSink` keeps each row as a tuple of its values in the table's
column order (one C call per row) and turns every `batch_rows` of them into an Arrow
table straight away, transposed into columns in one pass: memory follows the Arrow
data, not the dicts, and no per-row Python loop runs over the columns.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

import pyarrow as pa

from stats.schema import TABLES, arrow_schema

# errors: a document's own warnings (damage repaired while reading, a rule timed out)
DOC_TABLES = ("figures", "articles", "sentences", "documents", "errors")
# Rows per batch: an article row carries the whole article's text, a figure row its
# sentence, so wide rows go in smaller batches to keep a batch of about the same bytes.
BATCH_SHARE = {"figures": 4, "articles": 40, "sentences": 1, "documents": 1, "errors": 1}
# ... and a batch is also cut once its rows hold this many characters of text: an article
# of a page without paragraph marks can be megabytes long.
BATCH_CHARS = 1_000_000
# the column of each table that holds long text (the others hold words, ids and numbers):
# only it is counted towards BATCH_CHARS
LONG_TEXT = {"figures": "sentence", "articles": "text", "sentences": "text"}

_SCHEMAS = {name: arrow_schema(name) for name in DOC_TABLES}
_NAMES = {name: tuple(c.name for c in TABLES[name]) for name in DOC_TABLES}
COLUMNS = _NAMES  # each table's column names in order: the order `RowSink.add_values` takes a row's values in
_LONG_AT = {name: _NAMES[name].index(col) for name, col in LONG_TEXT.items()}
def _row_getter(names: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A row's values as a tuple in the order of names, read in C (KeyError when one is missing)."""
    if len(names) == 1:
        only = names[0]
        return lambda row: (row[only],)
    return itemgetter(*names)


_GETTERS = {name: _row_getter(names) for name, names in _NAMES.items()}


def _arrow_has_numpy() -> bool:
    """Whether pyarrow was imported with numpy: `python -m stats extract` imports it without
    (`stats.run.lean`), where `pa.array` is the quickest conversion and safe."""
    return getattr(pa.lib, "np", None) is not None


def _validity(values: list[Any] | tuple[Any, ...], nulls: int) -> pa.Buffer | None:
    """Arrow's validity bitmap for values, or None when every value is present."""
    if not nulls:
        return None
    import numpy as np  # pyarrow imported it already (see `column`)

    present = np.fromiter((v is not None for v in values), dtype=bool, count=len(values))
    return pa.py_buffer(np.packbits(present, bitorder="little").tobytes())


def column(values: list[Any] | tuple[Any, ...], typ: pa.DataType) -> pa.Array:
    """One Arrow column from Python values.

    Where pyarrow runs without numpy, its own conversion (`pa.array`): the quickest.
    Where it has numpy, `pa.array` on a Python sequence asks pyarrow's pandas shim whether
    the sequence is array-like, which imports pandas (about 0.6 s of CPU) although no pandas
    object is anywhere near; there the column is built from its buffers, which never does.
    That costs about 0.1 s more per million characters extracted than pyarrow's conversion.
    Types other than string, binary, int64 and float64 (none in `stats.schema` today) go through
    `pa.array`.
    """
    if not _arrow_has_numpy():
        return pa.array(values, typ)
    import numpy as np

    n = len(values)
    nulls = values.count(None)
    validity = _validity(values, nulls)
    if typ == pa.string() or typ == pa.binary():
        if typ == pa.binary():
            data = [b"" if v is None else v for v in values] if nulls else values
        else:
            # (a column with no null, most, is encoded by `map` in C: no Python step per value)
            data = ([b"" if v is None else v.encode("utf-8") for v in values] if nulls
                    else list(map(str.encode, values)))
        offsets = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, data), dtype=np.int64, count=n), out=offsets[1:])
        buffers = [validity, pa.py_buffer(offsets.astype(np.int32)), pa.py_buffer(b"".join(data))]
        return pa.Array.from_buffers(typ, n, buffers, null_count=nulls)
    if typ in (pa.int64(), pa.float64()):
        dtype = np.int64 if typ == pa.int64() else np.float64
        filled = [(0 if v is None else v) for v in values] if nulls else values
        return pa.Array.from_buffers(typ, n, [validity, pa.py_buffer(np.array(filled, dtype=dtype))], null_count=nulls)
    return pa.array(values, typ)


def table_from_rows(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """The rows (dicts keyed by column name; a missing key is null) as one Arrow table, column by column."""
    names = tuple(schema.names)
    getter = _row_getter(names)
    return table_from_tuples([_tuple(getter, names, r) for r in rows], schema)


def table_from_tuples(rows: list[tuple[Any, ...]], schema: pa.Schema) -> pa.Table:
    """Rows given as tuples in the schema's column order, as one Arrow table: transposed in one pass."""
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema]
    return pa.Table.from_arrays([column(c, f.type) for c, f in zip(columns, schema, strict=True)], schema=schema)


def _tuple(getter: Callable[[dict[str, Any]], tuple[Any, ...]], names: tuple[str, ...],
           row: dict[str, Any]) -> tuple[Any, ...]:
    try:
        return getter(row)  # every row has every column: the common case, in C
    except KeyError:
        return tuple(row.get(n) for n in names)


class RowSink:
    """Collects a document's rows; batch_rows=None keeps them as dicts (`extract_text`, `explain`).

    Otherwise each row is kept as the tuple of its values and every `batch_rows` rows
    (fewer for wide tables, see BATCH_SHARE) become an Arrow table. With `spill`, every
    finished batch is handed over (to a Parquet writer) instead of kept: a page of any
    size then costs one batch of rows.
    """

    def __init__(self, batch_rows: int | None = 20_000,
                 spill: Callable[[str, pa.Table], None] | None = None) -> None:
        self.batch_rows = batch_rows
        self.spill = spill
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in DOC_TABLES}  # batch_rows=None only
        self.pending: dict[str, list[tuple[Any, ...]]] = {name: [] for name in DOC_TABLES}
        self.batches: dict[str, list[pa.Table]] = {name: [] for name in DOC_TABLES}
        self.counts: dict[str, int] = dict.fromkeys(DOC_TABLES, 0)
        self.chars: dict[str, int] = dict.fromkeys(DOC_TABLES, 0)  # long text held in each table's pending rows
        self._limit = {name: -(-batch_rows // BATCH_SHARE[name]) if batch_rows else 0 for name in DOC_TABLES}

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.counts[table] += 1
        if not self.batch_rows:
            self.rows[table].append(row)
            return
        pending = self.pending[table]
        pending.append(_tuple(_GETTERS[table], _NAMES[table], row))
        long = LONG_TEXT.get(table)
        if long is not None:
            self.chars[table] += len(row.get(long) or "")
        if len(pending) >= self._limit[table] or self.chars[table] >= BATCH_CHARS:
            self._flush(table)

    def add_values(self, table: str, values: tuple[Any, ...]) -> None:
        """A row given as its values in the table's column order (`COLUMNS`, every column): what
        `add` keeps of a dict, without the dict (a page's sentences and figures, thousands of each)."""
        if not self.batch_rows:
            self.add(table, dict(zip(COLUMNS[table], values, strict=True)))
            return
        self.counts[table] += 1
        pending = self.pending[table]
        pending.append(values)
        at = _LONG_AT.get(table)
        if at is not None:
            self.chars[table] += len(values[at] or "")
        if len(pending) >= self._limit[table] or self.chars[table] >= BATCH_CHARS:
            self._flush(table)

    def _flush(self, table: str) -> None:
        if self.pending[table]:
            batch = table_from_tuples(self.pending[table], _SCHEMAS[table])
            self.pending[table] = []
            self.chars[table] = 0
            if self.spill is not None:
                self.spill(table, batch)
            else:
                self.batches[table].append(batch)

    def tables(self) -> dict[str, pa.Table]:
        """Every table as Arrow, in the order the rows were added (empty where rows were spilled)."""
        out = {}
        for name in DOC_TABLES:
            self._flush(name)
            parts = self.batches[name]
            out[name] = parts[0] if len(parts) == 1 else (
                pa.concat_tables(parts) if parts else table_from_tuples([], _SCHEMAS[name]))
        return out
