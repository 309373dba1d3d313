"""The Datasette plugin `stats serve` registers: marked figures, links between ids, charts, CSV for Excel.

Datasette's pages show raw ids and a bare sentence. A reader checking a figure
wants to see where in the sentence it stands and to open its article, so the
`sentence` and `article_id` cells of the figures table are rendered here; a
`figure_id` or `fact_id` in a view or canned query links to the figure's row, a
fact's mentions link to the figures that state it, and a series gets a chart.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from markupsafe import Markup, escape

from .bom import App, with_bom
from .chart import one_axis, series_svg
from .display import readable_number
from .figure_card import figure_card, mentions_url
from .highlight import mark_figure, mark_figures
from .views import CATCH_ALL_SUBJECT, FACT_KEY, MATERIALISED, VIEWS

FIGURES = "figures"
FIGURE_LINKS = ("figure_id", "fact_id")
"""Columns of views and canned queries whose value is a figure id (a fact's id is its first figure's)."""
ID_LINKS = {"article_id": "articles", "sentence_id": "sentences", "doc_id": "documents"}
"""Id columns a canned query or a view shows bare (a table's foreign keys Datasette links itself): each links
to its row, so that a reader goes from a query's answer to the article or document it came from."""
TEXT_TABLES = {"sentences": "sentence_id", "articles": "article_id"}
"""Tables whose `text` is shown with its figures marked, and the column that finds the figures in it."""
SERIES_QUERY = "metric_series"
CHART_ROLE = "level"
"""A chart draws levels unless the URL asks for another role: a change and a level share no axis."""


def cell_value(cell: Any) -> Any:
    """The raw value of a cell as `render_cell` sees it.

    On the table page Datasette expands foreign-key cells (`sentence_id`,
    `article_id`, a fact's `metric` and `unit`) into ``{"value": ..., "label": ...}``; on the row page they stay
    plain. Binding the dict as a SQL parameter made the figures page answer 500.
    """
    if isinstance(cell, dict) and "value" in cell:
        return cell["value"]
    return cell


@hookimpl
def render_cell(
    row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any
) -> Callable[[], Awaitable[Markup | None]] | Markup | None:
    """Mark the figure in its sentence, mark every figure of a sentence's or article's text, link
    article titles, and link figure ids wherever they appear."""
    if table == FIGURES and isinstance(value, str):
        if column == "sentence" and {"sentence_id", "start", "end", "quote"} <= set(row.keys()):
            return lambda: _marked_sentence(row, value, database, datasette)
        if column == "article_id":
            return lambda: _article_link(value, database, datasette)
        return None
    if table in TEXT_TABLES and column == "text" and isinstance(value, str) and {TEXT_TABLES[table], "start"} <= set(
        row.keys()
    ):
        return lambda: _marked_text(row, value, TEXT_TABLES[table], database, datasette)
    if column in FIGURE_LINKS and isinstance(value, str) and value:
        return _figure_link(value, database, datasette)
    if column in ID_LINKS and isinstance(value, str) and value and (table is None or _plain_view(table)):
        href = datasette.urls.row(database, ID_LINKS[column], tilde_encode(value))
        return Markup('<a class="stats-id" href="{}">{}</a>').format(href, value)
    if column == "figure_ids" and isinstance(value, str):
        return Markup(" ").join(_figure_link(figure_id, database, datasette) for figure_id in value.split())
    if table == "facts" and column == "n_mentions" and set(FACT_KEY) <= set(row.keys()):
        fact = {key: cell_value(row[key]) for key in FACT_KEY}  # metric and unit are links, {"value", "label"}
        if CATCH_ALL_SUBJECT in row.keys():
            fact[CATCH_ALL_SUBJECT] = cell_value(row[CATCH_ALL_SUBJECT])
        return Markup('<a href="{}">{}</a>').format(mentions_url(fact, database, datasette), value)
    if isinstance(value, float):  # SQLite gives 142400000000.0; a reader wants 142,400,000,000
        return Markup('<span class="stats-number" title="{}">{}</span>').format(repr(value), readable_number(value))
    return None


def _plain_view(table: str) -> bool:
    """A view SQLite keeps as a view: no keys, so Datasette links none of its ids."""
    return table in VIEWS and table not in MATERIALISED


def _figure_link(figure_id: str, database: str, datasette: Any) -> Markup:
    href = datasette.urls.row(database, FIGURES, tilde_encode(figure_id))
    return Markup('<a class="stats-figure" href="{}">{}</a>').format(href, figure_id)


async def _marked_sentence(row: Any, sentence: str, database: str, datasette: Any) -> Markup:
    db = datasette.get_database(database)
    sentence_id = cell_value(row["sentence_id"])
    result = await db.execute("select start from sentences where sentence_id = ?", [sentence_id])
    first = result.first()
    start, end, quote = (cell_value(row[key]) for key in ("start", "end", "quote"))
    return Markup('<span class="stats-sentence">{}</span>').format(
        mark_figure(sentence, first[0] if first else None, start, end, quote)
    )


async def _marked_text(row: Any, text: str, key: str, database: str, datasette: Any) -> Markup:
    """A sentence's or an article's text with each of its figures marked, each mark a link to its row."""
    db = datasette.get_database(database)
    result = await db.execute(f"select figure_id, start, end, quote from figures where {key} = ?", [cell_value(row[key])])
    figures = [(r[0], r[1], r[2], r[3] or "") for r in result.rows]

    def href(figure_id: str) -> str:
        return datasette.urls.row(database, FIGURES, tilde_encode(figure_id))

    return Markup('<span class="stats-text">{}</span>').format(mark_figures(text, cell_value(row["start"]), figures, href))


async def _article_link(article_id: str, database: str, datasette: Any) -> Markup:
    db = datasette.get_database(database)
    result = await db.execute("select title from articles where article_id = ?", [article_id])
    first = result.first()
    href = datasette.urls.row(database, "articles", tilde_encode(article_id))
    label = (first[0] if first else "") or article_id
    return Markup('<a class="stats-article" href="{}">{}</a> <em>{}</em>').format(href, label, escape(article_id))


async def series_chart(datasette: Any, database: str, metric: str, role: str | None = None,
                       grain: str | None = None) -> Markup:
    """The chart of one metric's series in one role, in the unit and period grain most of its values have
    (`chart.one_axis`: 2023 and 2023-06 are not two steps of one axis), its title saying which.

    Without a role it draws the levels, or, for a metric stated only as targets or changes
    (a jobs target), the role most of its values have: the page had shown no chart at all."""
    db = datasette.get_database(database)
    if not role:
        roles = await db.execute(
            "select role from series where metric = ? group by role order by role = ? desc, count(*) desc, role",
            [metric, CHART_ROLE],
        )
        first = roles.first()
        role = first[0] if first else CHART_ROLE
    result = await db.execute(
        "select place, period, period_start, period_grain, value, unit, n_values from series "
        "where metric = ? and role = ? order by place, period_start, period",
        [metric, role],
    )
    rows, unit, grain, doubtful = one_axis([dict(row) for row in result.rows], grain)
    if not rows and doubtful:  # the page had no chart and no word of why: the figure card's link promised one
        return Markup('<p class="stats-no-chart">No chart of {} ({}, by {}): each of its {} points holds two '
                      "or more values (n_values over 1), and a line through them would be a guess.</p>"
                      ).format(metric, role, grain or "period", doubtful)
    if not rows:
        return Markup("")
    title = f"{metric} ({role}, by {grain or 'period'})"
    if doubtful:
        title += f"; {doubtful} point{'s' if doubtful > 1 else ''} with two values left out"
    return series_svg(rows, title=title, unit=unit)


def inherited(datasette: Any, metadata: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a page's metadata with the site's license and source filled in.

    Datasette 0.65 fills them in on a table page only, by updating the table's
    metadata in place, so a row page showed the license only after its table page
    had been opened since the server started, and a canned query never did."""
    metadata = dict(metadata)
    datasette.update_with_inherited_metadata(metadata)
    return metadata


def row_metadata(datasette: Any, database: str, table: str) -> dict[str, Any]:
    """The table's metadata with the site's license and source, for a row page."""
    return inherited(datasette, datasette.table_metadata(database, table))


async def series_metrics(datasette: Any, database: str) -> list[tuple[str, str, int]]:
    """Each metric that has a series, with its English label and number of values, most values first:
    the metric_series page opened without a metric offers them as links instead of "0 results"."""
    db = datasette.get_database(database)
    result = await db.execute(
        "select s.metric, coalesce(m.label_en, ''), count(*) as n from series s "
        "left join metrics m on m.metric = s.metric group by s.metric, m.label_en order by n desc, s.metric"
    )
    return [(row[0], row[1], row[2]) for row in result.rows]


@hookimpl
def extra_template_vars(
    template: str, database: str | None, table: str | None, view_name: str, request: Any, datasette: Any
) -> Callable[[], Awaitable[dict[str, Any]]]:
    """`stats_chart`: the series chart on the series table page and the metric_series query, given ?metric=;
    `stats_figure`: the card at the head of a figure's row page (`figure_card`); on every row page, the
    `metadata` with the site's license (`row_metadata`)."""

    async def inner() -> dict[str, Any]:
        if request is None or not database:
            return {"stats_chart": ""}
        if view_name == "row" and table:
            extra: dict[str, Any] = {"stats_chart": "", "metadata": row_metadata(datasette, database, table)}
            if table == FIGURES:
                extra["stats_figure"] = await figure_card(datasette, database, tilde_decode(request.url_vars["pks"]))
            return extra
        name = table or (request.url_vars or {}).get("table")
        extra = {"stats_chart": ""}
        if name and template.startswith("query"):
            canned = await datasette.get_canned_query(database, name, request.actor)
            if canned:  # Datasette gives a canned query's page its own metadata only, without the license
                extra["metadata"] = inherited(datasette, canned)
        metric = request.args.get("metric")
        if name in ("series", SERIES_QUERY) and metric:
            extra["stats_chart"] = await series_chart(datasette, database, metric, request.args.get("role"),
                                                      request.args.get("period_grain"))
        elif name == SERIES_QUERY:
            extra["stats_metrics"] = await series_metrics(datasette, database)
        return extra

    return inner


def number_filter(value: Any) -> Any:
    """Jinja filter `stats_number`: a float as `readable_number` shows it, anything else as it is."""
    return readable_number(value) if isinstance(value, float) else value


@hookimpl
def prepare_jinja2_environment(env: Any) -> None:
    """`stats_number` for the facet list, whose values (a facet on value) were printed as 20000000.0."""
    env.filters["stats_number"] = number_filter


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[App], App]:
    """Serve every `.csv` with a byte-order mark (not with `_bom=0`) and no live formulas, for Excel."""
    return with_bom
