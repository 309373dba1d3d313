"""The Datasette plugin `stats serve` registers: marked figures, article links, CSV for Excel.

Datasette's row page shows raw ids and a bare sentence. A reader checking a
figure wants to see where in the sentence it stands and to open its article, so
the `sentence` and `article_id` cells of the figures table are rendered here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from .bom import App, with_bom
from .highlight import mark_figure

FIGURES = "figures"


@hookimpl
def render_cell(
    row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any
) -> Callable[[], Awaitable[Markup | None]] | None:
    """Mark the figure in `figures.sentence`; link `figures.article_id` to the article by title."""
    if table != FIGURES or not isinstance(value, str):
        return None
    if column == "sentence" and {"sentence_id", "start", "end", "quote"} <= set(row.keys()):
        return lambda: _marked_sentence(row, value, database, datasette)
    if column == "article_id":
        return lambda: _article_link(value, database, datasette)
    return None


def cell_value(cell: Any) -> Any:
    """The raw value of a cell as `render_cell` sees it.

    On the table page Datasette expands foreign-key cells (`sentence_id`,
    `article_id`) into ``{"value": ..., "label": ...}``; on the row page they stay
    plain. Binding the dict as a SQL parameter made the figures page answer 500.
    """
    if isinstance(cell, dict) and "value" in cell:
        return cell["value"]
    return cell


async def _marked_sentence(row: Any, sentence: str, database: str, datasette: Any) -> Markup:
    db = datasette.get_database(database)
    sentence_id = cell_value(row["sentence_id"])
    result = await db.execute("select start from sentences where sentence_id = ?", [sentence_id])
    first = result.first()
    start, end, quote = (cell_value(row[key]) for key in ("start", "end", "quote"))
    return Markup('<span class="stats-sentence">{}</span>').format(
        mark_figure(sentence, first[0] if first else None, start, end, quote)
    )


async def _article_link(article_id: str, database: str, datasette: Any) -> Markup:
    db = datasette.get_database(database)
    result = await db.execute("select title from articles where article_id = ?", [article_id])
    first = result.first()
    href = datasette.urls.row(database, "articles", tilde_encode(article_id))
    label = (first[0] if first else "") or article_id
    return Markup('<a class="stats-article" href="{}">{}</a> <em>{}</em>').format(href, label, escape(article_id))


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[App], App]:
    """Serve every `.csv` with a byte-order mark (not with `_bom=0`) and no live formulas, for Excel."""
    return with_bom
