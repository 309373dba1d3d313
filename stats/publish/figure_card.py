"""The head of a figure's row page: the figure read as a person checks it, before the raw columns.

Datasette's row page is one wide table of 29 columns, the sentence squeezed
between ids and the place and period off the right of the screen. Someone
checking a figure wants it the other way round: the sentence with the figure
marked (and the sentences around it, since place and period are often carried
over from them), then what was read — value and unit, metric, place, period,
role — each linked to the other figures that share it, then where it comes from
(article, page, date, source), and a way on to the figure's series and to every
mention of the same statistic. The raw row stays below for anyone who wants it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from .display import readable_number
from .highlight import mark_figure
from .pages import PAGES_DIR, image_name
from .views import CATCH_ALL_SUBJECT, FACT_KEY, SUBJECT_HEAD

FIGURES = "figures"
NOT_STATED = Markup('<span class="stats-none">not stated</span>')
QUALIFIER_WORDS = {"approx": "about", "lower_bound": "at least", "upper_bound": "at most"}
"""How a qualified value reads before its number (the qualifier's code is shown beside it too)."""

_FIGURE_SQL = """
    select f.*, s.start as sentence_start,
        a.title as article_title, a.dateline, a.byline,
        d.published, d.source, d.path as source_path,
        m.label_en as metric_en, m.label_zh as metric_zh, m.catch_all,
        u.label_en as unit_en, u.label_zh as unit_zh
    from figures f
    left join sentences s on s.sentence_id = f.sentence_id
    left join articles a on a.article_id = f.article_id
    left join documents d on d.doc_id = f.doc_id
    left join metrics m on m.metric = f.metric
    left join units u on u.unit = f.unit
    where f.figure_id = ?
"""
_NEIGHBOUR_SQL = """
    select text from sentences where article_id = ? and start {op} ? order by start {order} limit 1
"""
_MENTIONS_SQL = ("select count(*) from figures where " + " and ".join(f"{key} is ?" for key in FACT_KEY)
                 + f" and (? is null or substr(coalesce(subject, ''), -{SUBJECT_HEAD}) = ?)")
"""The figures that state the fact; the last two parameters are the subject's head of a catch-all metric's
fact (views.CATCH_ALL_SUBJECT), null for a named metric's."""


@dataclass
class FigureCard:
    """What the row page shows above the raw row: the marked sentence between its neighbours, and
    (label, HTML) pairs for what was read and where it comes from."""

    before: str = ""
    sentence: Markup = Markup("")
    after: str = ""
    read: list[tuple[str, Markup]] = field(default_factory=list)
    source: list[tuple[str, Markup]] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    picture: str = ""
    """The URL of the page picture of a figure read from a PDF (`pages.write_page_images`), shown under the
    card: in the raw row it sat in the src_page cell, off the right of the screen, so a reader never saw it."""


def mentions_url(fact: Mapping[str, Any], database: str, datasette: Any) -> str:
    """The figures table filtered to the figures that state this fact (a missing part must be missing)."""
    params = [(key, str(fact[key])) if fact[key] is not None else (f"{key}__isnull", "1") for key in FACT_KEY]
    subject = fact.get(CATCH_ALL_SUBJECT)
    if subject is not None:  # a catch-all metric's fact: only the figures that count the same thing
        params.append(("subject__endswith", subject) if subject else ("subject__isnull", "1"))
    return datasette.urls.table(database, FIGURES) + "?" + urlencode(params)


def _link(href: str, text: Any) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, text)


def _filtered(datasette: Any, database: str, table: str, **where: Any) -> str:
    return datasette.urls.table(database, table) + "?" + urlencode(where)


def _value_text(row: dict[str, Any]) -> Markup:
    """147,400 bed (张); a range as 2 – 3; the qualifier when the figure is not exact."""
    if row["value"] is None:
        return NOT_STATED
    text = readable_number(row["value"])
    if row["value_high"] is not None:
        text += " – " + readable_number(row["value_high"])
    unit = row["unit_en"] or row["unit"] or ""
    out = Markup("<strong>{}</strong> {}").format(text, unit)
    if row["qualifier"] in QUALIFIER_WORDS:
        out = Markup("{} ").format(QUALIFIER_WORDS[row["qualifier"]]) + out
    if row["unit_zh"]:
        out += Markup(" ({})").format(row["unit_zh"])
    if row["qualifier"] and row["qualifier"] != "exact":
        out += Markup(' <span class="stats-qualifier">{}</span>').format(row["qualifier"])
    return out


async def figure_card(datasette: Any, database: str, figure_id: str) -> FigureCard | None:
    """The card of one figure, or None if the id names no figure (Datasette then answers 404 itself)."""
    db = datasette.get_database(database)
    found = (await db.execute(_FIGURE_SQL, [figure_id])).first()
    if found is None:
        return None
    row = dict(found)
    card = FigureCard(sentence=mark_figure(row["sentence"] or "", row["sentence_start"], row["start"], row["end"],
                                           row["quote"] or ""))
    if row["sentence_start"] is not None:
        for op, order, attr in (("<", "desc", "before"), (">", "asc", "after")):
            near = (await db.execute(_NEIGHBOUR_SQL.format(op=op, order=order),
                                     [row["article_id"], row["sentence_start"]])).first()
            setattr(card, attr, near[0] if near else "")

    def by(column: str, shown: Any = None) -> Markup:
        if row[column] is None or row[column] == "":
            return NOT_STATED
        return _link(_filtered(datasette, database, FIGURES, **{column: row[column]}), shown or row[column])

    metric = NOT_STATED
    if row["metric"]:
        metric = _link(datasette.urls.row(database, "metrics", tilde_encode(row["metric"])), row["metric"])
        label = " / ".join(label for label in (row["metric_en"], row["metric_zh"]) if label)
        if label:
            metric += Markup(" {}").format(label)
    place = by("place")
    if row["place"] and row["place_level"]:
        place += Markup(" ({}, {})").format(row["place_level"], row["place_code"] or "")
    card.read = [
        ("Figure", Markup('<strong class="stats-quote">{}</strong>').format(row["quote"])),
        ("Value", _value_text(row)),
        ("Metric", metric),
        ("Counts", escape(row["subject"]) if row["subject"] else NOT_STATED),
        ("Place", place),
        ("Period", by("period")),
        ("Role", by("role")),
    ]
    article = _link(datasette.urls.row(database, "articles", tilde_encode(row["article_id"])),
                    row["article_title"] or row["article_id"])
    credit = " ".join(part for part in (row["dateline"], row["byline"]) if part)
    if credit:
        article += Markup(" <span>{}</span>").format(credit)
    document = _link(datasette.urls.row(database, "documents", tilde_encode(row["doc_id"])), row["doc_id"])
    details = ", ".join(part for part in (row["source"], row["published"]) if part)
    if details:
        document += Markup(" ({})").format(details)
    card.source = [("Article", article), ("Document", document)]
    if row["src_page"] is not None:
        card.picture = f"/{PAGES_DIR}/{image_name(row['figure_id'])}"
        card.source.append(("PDF page", _link(card.picture, str(row["src_page"]))))
    card.source.append(("Rule", by("rule_id")))

    if row["metric"] and row["value"] is not None:
        fact = {key: row[key] for key in FACT_KEY}
        fact[CATCH_ALL_SUBJECT] = (row["subject"] or "")[-SUBJECT_HEAD:] if row["catch_all"] == 1 else None
        subject = fact[CATCH_ALL_SUBJECT]
        mentions = (await db.execute(_MENTIONS_SQL, [*(row[key] for key in FACT_KEY), subject, subject])).first()[0]
        if mentions > 1:
            card.links.append((f"The same statistic, stated {mentions} times", mentions_url(fact, database, datasette)))
        if row["period"]:
            card.links.append((f"The {row['metric']} series, with its chart",
                               _filtered(datasette, database, "series", metric=row["metric"], role=row["role"])))
    card.links.append(("Every figure of this sentence", _filtered(datasette, database, FIGURES,
                                                                  sentence_id=row["sentence_id"])))
    return card
