"""Pages a crawl of the site reached that the page-by-page tests had not: over HTTP, no browser.

A reviewer goes on from the first screen: to page 2 of a table and its CSV link, or types a
two-character word (as most Chinese words are) into a table's search box.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import urllib.parse
from pathlib import Path

import pyarrow.parquet as pq

from .test_serve_http import get, printed_links


def test_page_twos_csv_link_streams_every_row(server: str, corpus_build: Path) -> None:
    # the printed link kept the page's _next beside _stream=on, and Datasette answers that pair with 400
    figures = pq.read_table(corpus_build / "figures.parquet").num_rows
    first = get(server + "/stats/figures?_size=20")[0].decode("utf-8")
    page_two = next(link for link in printed_links(first, "/stats/figures") if "_next=" in link)
    html = get(urllib.parse.urljoin(server + "/stats/figures", page_two))[0].decode("utf-8")
    links = printed_links(html, ".csv")
    assert len(links) == 1 and "_next=" in links[0] and "_stream=on" in links[0], links
    body, _ = get(urllib.parse.urljoin(server + "/stats/figures", links[0]))
    assert body.startswith(b"\xef\xbb\xbf")
    assert len(list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))) == figures > 20


def test_a_two_character_search_says_why_it_finds_nothing_and_where_to_look(server: str, corpus_build: Path) -> None:
    # the trigram index matches terms of three characters or more: "就业" gave "0 rows" without a word
    text = pq.read_table(corpus_build / "sentences.parquet", columns=["text"]).column("text")[0].as_py()
    term = text[2:4]
    html = get(server + "/stats/sentences?" + urllib.parse.urlencode({"_search": term}))[0].decode("utf-8")
    assert "0 rows" in html and "stats-short-search" in html
    # no row is left, so the facet must not claim its column "is empty in every row here"
    assert "none: no row here" in html and "is empty in every row" not in html
    link = next(link for link in printed_links(html, "/stats/sentences_containing") if "term=" in link)
    answer = get(urllib.parse.urljoin(server, link))[0].decode("utf-8")
    assert term in answer and "0 rows" not in answer
    longer = get(server + "/stats/sentences?" + urllib.parse.urlencode({"_search": text[2:5]}))[0].decode("utf-8")
    assert "stats-short-search" not in longer


def test_a_canned_querys_tab_reads_its_title_not_its_sql(server: str) -> None:
    html = get(server + "/stats/job_targets")[0].decode("utf-8")
    title = html.split("<title>")[1].split("</title>")[0]
    assert title == "stats: Job targets"
    sql = get(server + "/stats?" + urllib.parse.urlencode({"sql": "select 1 as one"}))[0].decode("utf-8")
    assert "<title>stats: select 1 as one</title>" in sql


def test_a_series_whose_points_all_hold_two_values_says_why_it_has_no_chart(server: str, corpus_build: Path) -> None:
    # the figure card links "The … series, with its chart"; where every point holds two values the page drew none
    with sqlite3.connect(corpus_build / "stats.db") as db:
        metric = db.execute("select metric from series where role = 'level' group by metric "
                            "having min(n_values) > 1 order by metric").fetchone()[0]
        drawn = db.execute("select metric from series where role = 'level' and n_values = 1 order by metric").fetchone()[0]
    for page in ("series", "metric_series"):
        html = get(f"{server}/stats/{page}?" + urllib.parse.urlencode({"metric": metric}))[0].decode("utf-8")
        assert 'class="stats-no-chart"' in html and "<svg" not in html, page
    html = get(f"{server}/stats/series?" + urllib.parse.urlencode({"metric": drawn}))[0].decode("utf-8")
    assert "<svg" in html and "stats-no-chart" not in html
