"""Views created in both the DuckDB and the SQLite file, written in SQL both dialects accept.

They answer the first questions people ask of the figures table without making
them write the joins: which article a figure comes from, and what each metric
ranges over.
"""

from __future__ import annotations

VIEWS: dict[str, str] = {
    "figures_in_context": """
        select
            f.figure_id, f.doc_id, f.article_id, a.title as article_title,
            f.metric, f.topic, f.value, f.value_high, f.unit, f.measure,
            f.qualifier, f.role, f.period, f.quote, f.sentence, f.rule_id
        from figures f
        left join articles a on a.article_id = f.article_id
    """,
    "metric_summary": """
        select
            metric, unit,
            count(*) as n_figures,
            count(distinct doc_id) as n_documents,
            min(value) as min_value,
            max(value) as max_value
        from figures
        group by metric, unit
    """,
}
