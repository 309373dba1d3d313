"""Rows of one document on their way to Arrow: in batches, so a huge page holds few Python dicts at once.

Extraction produces a dict per sentence and per figure. For an ordinary page that is
a few hundred dicts; for a 50 MB page it would be hundreds of thousands, each costing
far more than its text. `RowSink` turns every `batch_rows` rows of a table into an
Arrow table straight away, so memory follows the Arrow data, not the dicts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
            batch = pa.Table.from_pylist(self.rows[table], schema=arrow_schema(table))
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
                pa.concat_tables(parts) if parts else arrow_schema(name).empty_table())
        return out
