"""Rows of one document on their way to Arrow: in batches, so a huge page holds few Python dicts at once.

Extraction produces a dict per sentence and per figure. For an ordinary page that is
a few hundred dicts; for a 50 MB page it would be hundreds of thousands, each costing
far more than its text. `RowSink` turns every `batch_rows` rows of a table into an
Arrow table straight away, so memory follows the Arrow data, not the dicts.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

import numpy as np
import pyarrow as pa

from stats.schema import arrow_schema

# errors: a document's own warnings (damage repaired while reading, a rule timed out)
DOC_TABLES = ("figures", "articles", "sentences", "documents", "errors")
# Rows per batch: an article row carries the whole article's text, a figure row its
# sentence, so wide rows go in smaller batches to keep a batch of about the same bytes.
BATCH_SHARE = {"figures": 4, "articles": 40, "sentences": 1, "documents": 1, "errors": 1}
# ... and a batch is also cut once its rows hold this many characters of text: an article
# of a page without paragraph marks can be megabytes long.
BATCH_CHARS = 1_000_000


def _validity(values: list[Any], nulls: int) -> pa.Buffer | None:
    """Arrow's validity bitmap for values, or None when every value is present."""
    if not nulls:
        return None
    present = np.fromiter((v is not None for v in values), dtype=bool, count=len(values))
    return pa.py_buffer(np.packbits(present, bitorder="little").tobytes())


def column(values: list[Any], typ: pa.DataType) -> pa.Array:
    """One Arrow column from Python values, built from its buffers.

    `pa.array` on a Python list asks pyarrow's pandas shim whether the list is
    array-like, which imports pandas (about 0.6 s of CPU at start-up) although no
    pandas object is anywhere near; building the buffers directly never does. It costs
    about 0.1 s more per million characters extracted than pyarrow's conversion, so
    it is the cheaper of the two for any run below some 5 million characters per
    process, and a few per cent above. Types other than string, int64 and float64
    (none in `stats.schema` today) go through `pa.array`.
    """
    n = len(values)
    nulls = values.count(None)
    validity = _validity(values, nulls)
    if typ == pa.string():
        data = [b"" if v is None else v.encode("utf-8") for v in values] if nulls else [v.encode("utf-8") for v in values]
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
    return pa.Table.from_arrays([column(_values(rows, f.name), f.type) for f in schema], schema=schema)


def _values(rows: list[dict[str, Any]], name: str) -> list[Any]:
    try:
        return list(map(itemgetter(name), rows))  # every row has every column: the common case, in C
    except KeyError:
        return [r.get(name) for r in rows]


class RowSink:
    """Collects a document's rows; batch_rows=None keeps them as dicts (`extract_text`, `explain`).

    With `spill`, every finished batch is handed over (to a Parquet writer) instead of
    kept: a page of any size then costs one batch of rows.
    """

    def __init__(self, batch_rows: int | None = 20_000,
                 spill: Callable[[str, pa.Table], None] | None = None) -> None:
        self.batch_rows = batch_rows
        self.spill = spill
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in DOC_TABLES}
        self.batches: dict[str, list[pa.Table]] = {name: [] for name in DOC_TABLES}
        self.counts: dict[str, int] = dict.fromkeys(DOC_TABLES, 0)
        self.chars: dict[str, int] = dict.fromkeys(DOC_TABLES, 0)  # text held in each table's unflushed rows

    def add(self, table: str, row: dict[str, Any]) -> None:
        rows = self.rows[table]
        rows.append(row)
        self.counts[table] += 1
        if self.batch_rows:
            self.chars[table] += sum(len(v) for v in row.values() if type(v) is str)
            if len(rows) * BATCH_SHARE[table] >= self.batch_rows or self.chars[table] >= BATCH_CHARS:
                self._flush(table)

    def _flush(self, table: str) -> None:
        if self.rows[table]:
            batch = table_from_rows(self.rows[table], arrow_schema(table))
            self.rows[table] = []
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
                pa.concat_tables(parts) if parts else table_from_rows([], arrow_schema(name)))
        return out
