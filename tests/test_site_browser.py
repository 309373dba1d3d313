"""Every page of the site as a browser shows it: headless Chromium over the shipped corpus's build.

One `stats serve` and one Chromium serve the whole module. Each page must answer
200, load without a JavaScript exception and show what it is for; a screenshot
of each is saved under $STATS_TEST_ARTIFACTS (default tests/artifacts/, git-ignored)
for a person to look at. CSV and JSON are fetched from the links the pages print.
"""

from __future__ import annotations

import json
import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from datasette.utils import tilde_encode

from stats.publish.metadata import load_metadata, table_metadata
from stats.schema import TABLES

from .browser import CHROMIUM, Browser, fetch
from .conftest import ON_CI

# a real browser over every page of a built site (~15 s): in the slow job, so the quick suite keeps its 3 minutes
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None and not ON_CI, reason="no chromium binary; run scripts/install-system.sh")]

ROOT = Path(__file__).resolve().parent
ARTIFACTS = Path(os.environ.get("STATS_TEST_ARTIFACTS", ROOT / "artifacts"))
METADATA = load_metadata()
QUERIES = METADATA["databases"]["stats"]["queries"]
BOM = b"\xef\xbb\xbf"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    chromium = Browser()
    try:
        yield chromium
    finally:
        chromium.close()


@pytest.fixture(scope="module")
def db(corpus_build: Path) -> sqlite3.Connection:
    return sqlite3.connect(corpus_build / "stats.db")


def visit(browser: Browser, url: str, shot: str | None) -> str:
    """Open the page in the browser, check it answered 200, save a screenshot and return its DOM."""
    dom = browser.open(url)
    assert browser.status == 200, f"{url}: {browser.status}\n{dom[:1000]}"
    if shot:
        browser.screenshot(ARTIFACTS / f"{shot}.png")
    return dom


def tables_and_views(db: sqlite3.Connection) -> list[str]:
    return [
        name
        for (name,) in db.execute("select name from sqlite_master where type in ('table', 'view') order by name")
        if "_fts" not in name and not name.startswith("sqlite_")
    ]


def test_home_and_database_pages(browser: Browser, server: str, db: sqlite3.Connection) -> None:
    home = visit(browser, server + "/", "home")
    assert 'href="/stats"' in home and METADATA["title"] in home
    database = visit(browser, server + "/stats", "database")
    for name in tables_and_views(db):
        assert f'href="/stats/{name}"' in database, name
    for name, query in QUERIES.items():
        assert f'href="/stats/{name}"' in database and query["title"] in database, name


def _table_page_with_its_facets(browser: Browser, server: str, db: sqlite3.Connection, name: str) -> None:
    facets = table_metadata(METADATA, name).get("facets", [])
    dom = visit(browser, f"{server}/stats/{name}", f"table-{name}")
    assert browser.evaluate("document.querySelectorAll('table.rows-and-columns').length") <= 1
    for facet in facets:
        assert f'data-column="{facet}"' in dom, (name, facet)
    # follow the first value of the first facet the page offers: a filter, as a user clicks it
    filters = browser.evaluate("[...document.querySelectorAll('.facet-info li a')].map(a => a.href)")
    if db.execute(f"select count(*) from [{name}]").fetchone()[0] and facets:
        assert filters, name
        filtered = visit(browser, filters[0], "table-figures-filtered" if name == "figures" else None)
        assert "where" in filtered.split("rows-and-columns")[0], name


def test_the_figures_page_with_its_facets_and_a_facet_filter(
    browser: Browser, server: str, db: sqlite3.Connection
) -> None:
    _table_page_with_its_facets(browser, server, db, "figures")


@pytest.mark.slow  # every table and view, each with a facet filter: ~20 s
def test_every_other_table_page_with_its_facets_and_a_facet_filter(
    browser: Browser, server: str, db: sqlite3.Connection
) -> None:
    others = [name for name in tables_and_views(db) if name != "figures"]
    assert others
    for name in others:
        _table_page_with_its_facets(browser, server, db, name)


def test_figures_page_reads_quote_first_ids_last_with_folded_descriptions(browser: Browser, server: str) -> None:
    browser.open(f"{server}/stats/figures")
    headers = browser.evaluate("[...document.querySelectorAll('table.rows-and-columns th')].map(th => th.dataset.column)")
    # Datasette puts the primary key first as the row link; the other columns read quote first, ids last
    assert headers[0] == "figure_id"
    rest = headers[1:]
    assert rest[:6] == ["quote", "value", "unit", "metric", "place", "period"]
    assert rest[-4:] == ["sentence_id", "article_id", "doc_id", "rule_id"]
    folded = browser.evaluate("document.querySelector('details.stats-columns').open")
    described = browser.evaluate("[...document.querySelectorAll('details.stats-columns dt')].map(dt => dt.textContent)")
    hidden = browser.evaluate(
        "[...document.querySelectorAll('dl.column-descriptions:not(.stats-folded)')]"
        ".map(dl => getComputedStyle(dl).display)"
    )
    assert folded is False and hidden == ["none"]
    assert sorted(described) == sorted(c.name for c in TABLES["figures"])
    browser.evaluate("document.querySelector('details.stats-columns').open = true")
    browser.screenshot(ARTIFACTS / "figures-columns-unfolded.png", max_height=1200)


def test_row_page_marks_the_figure_and_links_its_article(browser: Browser, server: str, corpus_build: Path) -> None:
    figures = pq.read_table(corpus_build / "figures.parquet").to_pylist()
    sentences = {s["sentence_id"]: s for s in pq.read_table(corpus_build / "sentences.parquet").to_pylist()}
    # a figure that is not the first number of its sentence, so the offsets matter
    figure = next(f for f in figures if f["start"] > sentences[f["sentence_id"]]["start"] + 10)
    offset = sentences[figure["sentence_id"]]["start"]
    sentence = figure["sentence"]
    begin, end = figure["start"] - offset, figure["end"] - offset
    expected = f"{sentence[:begin]}<mark>{sentence[begin:end]}</mark>{sentence[end:]}"

    dom = visit(browser, f"{server}/stats/figures/{tilde_encode(figure['figure_id'])}", None)
    browser.screenshot(ARTIFACTS / "row-figure.png", max_height=1400)

    assert expected in dom
    # once in the card at the head of the page, once in the stored row below it
    assert dom.count("<mark>") == 2
    assert f'href="/stats/articles/{tilde_encode(figure["article_id"])}"' in dom
    # the card, the marked figure in it and what was read are on the first screen
    first_screen = browser.evaluate(
        "[...document.querySelectorAll('section.stats-card mark, section.stats-card dl.stats-read dd')]"
        ".map(e => (r => r.bottom > 0 && r.top < innerHeight && r.width > 0)(e.getBoundingClientRect()))"
    )
    assert len(first_screen) == 8 and all(first_screen)
    labels = browser.evaluate("[...document.querySelectorAll('section.stats-card dt')].map(dt => dt.textContent)")
    assert {"Value", "Place", "Period", "Article", "Document"} <= set(labels)


def query_arguments(db: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """Arguments a user would give the parameterised queries, taken from the build."""
    figure_id = db.execute("select figure_id from figures order by figure_id limit 1").fetchone()[0]
    metric = db.execute(
        "select metric from series where role = 'level' group by metric order by count(distinct period) desc, metric"
    ).fetchone()[0]
    return {
        "figure_in_context": {"figure_id": figure_id},
        "sentences_containing": {"term": db.execute("select substr(text, 3, 2) from sentences").fetchone()[0]},
        "metric_series": {"metric": metric},
    }


@pytest.mark.parametrize("name", list(QUERIES))
def test_canned_query_pages_link_figures_to_their_rows(
    browser: Browser, server: str, db: sqlite3.Connection, name: str
) -> None:
    arguments = query_arguments(db).get(name, {})
    dom = visit(browser, f"{server}/stats/{name}?{urllib.parse.urlencode(arguments)}", f"query-{name}")
    assert "rows-and-columns" in dom, name
    cells = browser.evaluate(
        "[...document.querySelectorAll('td.col-figure_id, td.col-fact_id')].map(td => td.querySelector('a')?.href)"
    )
    for href in cells:
        assert href and "/stats/figures/" in href, (name, href)
    if "figure_id" in QUERIES[name]["sql"].split("from")[0] and cells:
        status, body, _ = fetch(cells[0])
        assert status == 200 and b"<mark>" in body


def test_series_chart_on_the_series_page(browser: Browser, server: str, db: sqlite3.Connection) -> None:
    metric = query_arguments(db)["metric_series"]["metric"]
    # the chart draws the grain most levels have, without the points that hold two values (chart.one_axis)
    points = db.execute("select sum(n_values = 1) from series where metric = ? and role = 'level' "
                        "group by period_grain order by count(*) desc, period_grain limit 1", [metric]).fetchone()[0]
    visit(browser, f"{server}/stats/series?metric={urllib.parse.quote(metric)}", "series-chart")
    drawn = browser.evaluate("document.querySelectorAll('svg.stats-chart .stats-point').length")
    size = browser.evaluate("(r => [r.width, r.height])(document.querySelector('svg.stats-chart').getBoundingClientRect())")
    assert drawn == points > 0
    assert size[0] > 300 and size[1] > 150


@pytest.mark.parametrize("page", ["/stats/figures?_facet=metric", "/stats/facts", "/stats/job_targets"])
def test_csv_and_json_links_as_the_page_prints_them(browser: Browser, server: str, page: str) -> None:
    browser.open(server + page)
    links = browser.links()
    csv_links = [link for link in links if urllib.parse.urlsplit(link).path.endswith(".csv")]
    json_links = [link for link in links if urllib.parse.urlsplit(link).path.endswith(".json")]
    assert csv_links and json_links, page
    for link in csv_links:
        status, body, content_type = fetch(link)
        assert status == 200 and body.startswith(BOM), link
        assert content_type.split(";")[0] in ("text/csv", "text/plain")
        body.decode("utf-8-sig")
    for link in json_links:
        status, body, _ = fetch(link)
        assert status == 200, link
        # the advanced export offers newline-delimited JSON (_nl=on): one object a line
        lines = body.decode("utf-8").splitlines() if "_nl=on" in link else [body.decode("utf-8")]
        assert all(isinstance(json.loads(line), dict | list) for line in lines if line), link


def test_pages_fit_a_phone_screen(browser: Browser, server: str, db: sqlite3.Connection) -> None:
    # at 390 px Datasette shows rows as cards; a sentence cell's 28em minimum, the canned query's SQL
    # and the 640 px chart made the query and series pages scroll sideways (the table pages clip them)
    metric = query_arguments(db)["metric_series"]["metric"]
    pages = [f"/stats/series?metric={urllib.parse.quote(metric)}", "/stats/job_targets", "/stats/biggest_figures_per_metric",
             "/stats/figures"]
    browser.send("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=1, mobile=True)
    try:
        for page in pages:
            visit(browser, server + page, None)
            widths = browser.evaluate(
                "[document.documentElement.scrollWidth, innerWidth, "
                "Math.max(...[...document.querySelectorAll('td.col-sentence, svg.stats-chart')]"
                ".map(e => e.getBoundingClientRect().right))]"
            )
            assert widths[0] == widths[1] == 390 and widths[2] <= 390, (page, widths)
        browser.screenshot(ARTIFACTS / "phone-figures.png")
    finally:
        browser.send("Emulation.clearDeviceMetricsOverride")


def test_phone_row_cards_wrap_a_cell_with_no_space(browser: Browser, server: str) -> None:
    # a cell with no space to break at (a document's sha256, a metric's unit list "km,m,cm,mm,…") ran off
    # its row card on a phone, cut off at the card's right edge
    browser.send("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=1, mobile=True)
    try:
        for page in ("/stats/documents", "/stats/metrics"):
            visit(browser, server + page, None)
            clipped = browser.evaluate("[...document.querySelectorAll('table.rows-and-columns td')]"
                                       ".filter(td => td.scrollWidth > td.clientWidth + 1).map(td => td.className)")
            assert not clipped, (page, clipped[:3])
    finally:
        browser.send("Emulation.clearDeviceMetricsOverride")


def test_facet_values_wrap_at_word_ends(browser: Browser, server: str) -> None:
    # Datasette breaks facet values at any letter (break-all): a metric's label read "people witho / ut
    # work", and the sentence saying a facet is empty "in every ro / w here"
    for page in ("/stats/documents", "/stats/facts"):
        visit(browser, server + page, None)
        styles = browser.evaluate(
            "[...document.querySelectorAll('.facet-info li')].map(li => getComputedStyle(li).wordBreak)"
        )
        assert styles and set(styles) == {"normal"}, (page, set(styles))
    visit(browser, server + "/stats/documents", None)
    assert "every row here" in browser.evaluate("document.querySelector('li.facet-empty').textContent")
