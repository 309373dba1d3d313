"""Views created in both the DuckDB and the SQLite file, written in SQL both dialects accept.

They answer the first questions people ask of the figures table without making
them write the joins: which article a figure comes from, what each metric ranges
over, which statistics the corpus states (each counted once however often it is
repeated) and how one metric runs over places and periods.
"""

from __future__ import annotations

FACT_KEY = ("metric", "value", "unit", "place", "period", "role")
"""What makes two figures the same statistic: a headline and its body, or two
articles, that give the same metric, value, unit, place, period and role."""

_FACT_COLUMNS = ", ".join(f"f.{column}" for column in FACT_KEY)

VIEWS: dict[str, str] = {
    "figures_in_context": """
        select
            f.quote, f.value, f.value_high, f.unit, f.metric, f.place, f.period,
            f.role, f.qualifier, f.measure, f.topic, f.sentence,
            a.title as article_title, f.figure_id, f.article_id, f.doc_id, f.rule_id
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
    "facts": f"""
        select
            {_FACT_COLUMNS},
            count(*) as n_mentions,
            count(distinct f.article_id) as n_articles,
            count(distinct f.doc_id) as n_documents,
            min(f.quote) as quote,
            min(f.figure_id) as fact_id,
            group_concat(f.figure_id, ' ') as figure_ids
        from figures f
        where f.metric is not null and f.value is not null
        group by {_FACT_COLUMNS}
    """,
    "series": """
        select metric, place, period, value, unit, role, n_mentions, quote, fact_id
        from facts
        where period is not null
    """,
}
"""`facts` keys each statistic by FACT_KEY (GROUP BY treats a missing place or
period as one group, in SQLite and DuckDB alike); its fact_id is the id of the
first figure that states it, so the id stays put when a later page repeats it.
`series` is the facts that have a period: metric × place × period → value, role."""

MATERIALISED: tuple[str, ...] = ("facts",)
"""Views the SQLite file holds as tables, with indexes: Datasette sorts and facets a view by
running it again for the page and once per facet, and a grouped view over every figure
(facts, three facets, sorted by mentions) took 1.8 s a page on 4,000 figures and would pass
Datasette's time limit on a corpus a hundred times that. Built after the tables, in VIEWS
order, so a view over it (series) reads the table. DuckDB keeps them as views."""
