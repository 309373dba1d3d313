"""Views created in both the DuckDB and the SQLite file, written in SQL both dialects accept.

They answer the first questions people ask of the figures table without making
them write the joins: which article a figure comes from, what each metric ranges
over, which statistics the corpus states (each counted once however often it is
repeated) and how one metric runs over places and periods.
"""

from __future__ import annotations

# What makes two figures the same statistic: a headline and its body, or two articles, that give the
# same metric, value (and upper end of a range), unit, qualifier, place, period and role. 2-3个 is not 2个,
# and 60万人以上 is not 60万人: each is another statement.
FACT_KEY = ("metric", "value", "value_high", "unit", "qualifier", "place", "period", "role")

# The one more key of a fact of a catch-all metric (metrics.catch_all = 1): such a metric names a figure
# by its unit alone (every count in 个, every growth rate), so two figures of it with the same number are one
# statistic only when they count the same thing, as their subject says. The facts column holds the last
# SUBJECT_HEAD characters of the subject ('' where none was read) for a catch-all metric, null for a named
# one, whose name already says what.
CATCH_ALL_SUBJECT = "subject_head"

# A noun phrase ends in its head, and a headline and its body name one statistic with more or fewer words
# before it: 安顺市上半年接待游客 and 安顺市接待游客, 规上工业增加值 and 规模以上工业增加值 end alike, while the
# things a catch-all metric mixes (公园 and 学校, 十类 and 十项) do not. The whole subject kept 56 repeats of the
# build of every gold set apart (each a headline and its body, by reading); its last four characters join them
# and no two different statistics there; two characters would also join 一般公共预算收入 and 城乡居民人均可支配收入.
SUBJECT_HEAD = 4

_FACT_COLUMNS = ", ".join(f"f.{column}" for column in FACT_KEY)


def _period_case(parts: dict[str, str]) -> str:
    """A CASE over the period's written shape (stats.schema: 2023, 2013-2019, 2023Q1, 2023H1, 2023Q1-Q3,
    2023-03, 2023M01-M10) giving the SQL expression `parts[grain]` for each grain; null for another shape.
    Plain substr and length, so SQLite and DuckDB read it alike."""
    shapes = {
        "year": "length(period) = 4",
        "month": "length(period) = 7 and substr(period, 5, 1) = '-'",
        "quarter": "length(period) = 6 and substr(period, 5, 1) = 'Q'",
        "half": "length(period) = 6 and substr(period, 5, 1) = 'H'",
        "years": "length(period) = 9 and substr(period, 5, 1) = '-'",
        "quarters": "length(period) = 9 and substr(period, 5, 1) = 'Q'",
        "months": "length(period) = 11 and substr(period, 5, 1) = 'M'",
    }
    return "case " + " ".join(f"when {shapes[grain]} then {parts[grain]}" for grain in shapes) + " end"


def _month_of(digit: str, months: tuple[str, ...]) -> str:
    """The month (01…12) that a quarter's or half's number (the character `digit`) starts or ends."""
    return "case " + " ".join(f"when {digit} = '{n}' then '{m}'" for n, m in enumerate(months, 1)) + " end"


_YEAR = "substr(period, 1, 4)"
PERIOD_GRAIN = _period_case({grain: f"'{grain}'" for grain in
                             ("year", "month", "quarter", "half", "years", "quarters", "months")})
"""year, half, quarter, month, or years, quarters, months for a span: a chart puts one grain on its axis."""
PERIOD_START = _period_case({
    "year": f"{_YEAR} || '-01'",
    "month": "period",
    "quarter": f"{_YEAR} || '-' || {_month_of('substr(period, 6, 1)', ('01', '04', '07', '10'))}",
    "half": f"{_YEAR} || '-' || {_month_of('substr(period, 6, 1)', ('01', '07'))}",
    "years": f"{_YEAR} || '-01'",
    "quarters": f"{_YEAR} || '-' || {_month_of('substr(period, 6, 1)', ('01', '04', '07', '10'))}",
    "months": f"{_YEAR} || '-' || substr(period, 6, 2)",
})
"""The first month of the period, YYYY-MM: sorts in time order, where the period itself sorts 2023H1
after 2023-12 and 2023M01-M10 before 2023Q1."""
PERIOD_END = _period_case({
    "year": f"{_YEAR} || '-12'",
    "month": "period",
    "quarter": f"{_YEAR} || '-' || {_month_of('substr(period, 6, 1)', ('03', '06', '09', '12'))}",
    "half": f"{_YEAR} || '-' || {_month_of('substr(period, 6, 1)', ('06', '12'))}",
    "years": "substr(period, 6, 4) || '-12'",
    "quarters": f"{_YEAR} || '-' || {_month_of('substr(period, 9, 1)', ('03', '06', '09', '12'))}",
    "months": f"{_YEAR} || '-' || substr(period, 10, 2)",
})
"""The last month of the period, YYYY-MM."""

SERIES_POINT = ("metric", "place", "period", "role", "unit")
"""One point of a chart: a series holds one value there, or the metric joins different things."""

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
            {_FACT_COLUMNS}, f.{CATCH_ALL_SUBJECT},
            min(f.place_code) as place_code,
            count(*) as n_mentions,
            count(distinct f.article_id) as n_articles,
            count(distinct f.doc_id) as n_documents,
            min(f.quote) as quote,
            min(f.figure_id) as fact_id,
            group_concat(f.figure_id, ' ') as figure_ids
        from (
            select {_FACT_COLUMNS},
                case when m.catch_all = 1 then substr(coalesce(f.subject, ''), -{SUBJECT_HEAD}) end
                    as {CATCH_ALL_SUBJECT},
                f.place_code, f.article_id, f.doc_id, f.quote, f.figure_id
            from figures f
            left join metrics m on m.metric = f.metric
            where f.metric is not null and f.value is not null
        ) f
        group by {_FACT_COLUMNS}, f.{CATCH_ALL_SUBJECT}
    """,
    "series": f"""
        select
            f.metric, f.place, f.place_code, f.period,
            {PERIOD_GRAIN.replace("period", "f.period")} as period_grain,
            {PERIOD_START.replace("period", "f.period")} as period_start,
            {PERIOD_END.replace("period", "f.period")} as period_end,
            f.value, f.value_high, f.unit, f.qualifier, f.role,
            count(*) over (partition by {", ".join(f"f.{c}" for c in SERIES_POINT)}) as n_values,
            f.n_mentions, f.quote, f.fact_id
        from facts f
        left join metrics m on m.metric = f.metric
        where f.period is not null and coalesce(m.catch_all, 0) = 0
    """,
}
"""`facts` keys each statistic by FACT_KEY (GROUP BY treats a missing place or
period as one group, in SQLite and DuckDB alike), and a catch-all metric's by its subject's head too; its fact_id
is the id of the first figure that states it, so the id stays put when a later page repeats it.
`series` is the facts of named metrics that have a period: metric × place × period → value, role, with the
period's grain and months to sort and filter on, and n_values, the facts at the same point (over 1: not
one value to chart). A catch-all metric has no series: its values count different things."""

MATERIALISED: tuple[str, ...] = ("facts", "series")
"""Views the SQLite file holds as tables, with indexes: Datasette sorts and facets a view by
running it again for the page and once per facet, and a grouped view over every figure
(facts, three facets, sorted by mentions) took 1.8 s a page on 4,000 figures and would pass
Datasette's time limit on a corpus a hundred times that; series, a window over every fact, likewise.
Built after the tables, in VIEWS order, so series reads the facts table. DuckDB keeps them as views."""
