"""Primary and foreign keys of the published tables, declared once for DuckDB and SQLite.

`stats.schema` says what each column is; this module says how the tables join, so
the DuckDB file enforces the keys a statistician relies on and Datasette can turn
an id into a link to its row.
"""

from __future__ import annotations

from dataclasses import dataclass

PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "articles": ("article_id",),
    "sentences": ("sentence_id",),
    "figures": ("figure_id",),
    "units": ("unit",),
    "metrics": ("metric",),
    "rules": ("rule_id",),
    "facts": ("fact_id",),  # a view in DuckDB, a table in SQLite (views.MATERIALISED)
    "series": ("fact_id",),  # one row per fact that has a period, likewise
}
"""Tables absent here (errors) have no natural key: SQLite gives them a rowid."""


@dataclass(frozen=True)
class ForeignKey:
    table: str
    column: str
    other_table: str
    other_column: str
    enforced: bool
    """True where the extraction guarantees the target row exists (checked by DuckDB).

    References into the rule catalog are links only: a figure may name a metric or
    unit that a rule file declares inline, and a build must not fail over that.
    """


FOREIGN_KEYS: tuple[ForeignKey, ...] = (
    ForeignKey("articles", "doc_id", "documents", "doc_id", True),
    ForeignKey("sentences", "article_id", "articles", "article_id", True),
    ForeignKey("sentences", "doc_id", "documents", "doc_id", True),
    ForeignKey("figures", "doc_id", "documents", "doc_id", True),
    ForeignKey("figures", "article_id", "articles", "article_id", True),
    ForeignKey("figures", "sentence_id", "sentences", "sentence_id", True),
    ForeignKey("figures", "metric", "metrics", "metric", False),
    ForeignKey("figures", "unit", "units", "unit", False),
    ForeignKey("figures", "rule_id", "rules", "rule_id", False),
    ForeignKey("rules", "metric", "metrics", "metric", False),
    # facts is a view in DuckDB (no keys there) and a table in SQLite: links only, so that its metric and
    # unit read as the figures' do (Growth rate, percent), facet and cell alike, not as bare codes
    ForeignKey("facts", "metric", "metrics", "metric", False),
    ForeignKey("facts", "unit", "units", "unit", False),
    ForeignKey("series", "metric", "metrics", "metric", False),
    ForeignKey("series", "unit", "units", "unit", False),
)
"""metrics.unit is no key: a metric given in several units lists them comma-separated."""

TABLE_ORDER: tuple[str, ...] = (
    "documents",
    "articles",
    "sentences",
    "units",
    "metrics",
    "rules",
    "figures",
    "errors",
)
"""Creation order: every table after the tables its foreign keys point to."""

INDEXES: dict[str, tuple[str, ...]] = {
    "figures": ("metric", "unit", "role", "article_id", "sentence_id", "doc_id"),
    "sentences": ("article_id", "doc_id"),
    "articles": ("doc_id",),
    "facts": ("metric", "role", "period", "place", "n_mentions"),
    "series": ("metric", "role", "place", "period_grain"),
}
"""Columns faceted on or joined by, indexed so Datasette stays within its time limit."""


def foreign_keys_of(table: str, enforced_only: bool = False) -> list[ForeignKey]:
    """The foreign keys declared on `table`, in declaration order."""
    return [fk for fk in FOREIGN_KEYS if fk.table == table and (fk.enforced or not enforced_only)]
