"""The real Datasette server, over HTTP: JSON API, a canned query, CSV download and the BOM."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyarrow.parquet as pq
import regex
import yaml
from datasette.utils import tilde_encode

from stats.publish.bom import excel_text, neutralise
from stats.publish.display import readable_number

from .conftest import ROOT


def get(url: str) -> tuple[bytes, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read(), response.headers.get("content-type", "")


def get_json(url: str) -> dict:
    return json.loads(get(url)[0])


def test_json_api_lists_every_published_table(server: str) -> None:
    tables = {t["name"]: t for t in get_json(server + "/stats.json")["tables"]}
    assert {"figures", "articles", "sentences", "documents", "errors", "metrics", "units", "rules"} <= set(tables)
    assert tables["figures"]["primary_keys"] == ["figure_id"]
    assert tables["sentences"]["fts_table"] == "sentences_fts"


def test_served_immutable_with_limits_and_the_plugin(server: str) -> None:
    databases = get_json(server + "/-/databases.json")
    assert [(d["name"], d["is_mutable"]) for d in databases] == [("stats", False)]
    settings = get_json(server + "/-/settings.json")
    assert (settings["sql_time_limit_ms"], settings["max_returned_rows"]) == (3000, 10000)
    assert "stats.publish.datasette_plugin" in {p["name"] for p in get_json(server + "/-/plugins.json")}
    metadata = get_json(server + "/-/metadata.json")
    served = metadata["databases"]["stats"]["tables"]["figures"]["facets"]
    declared = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))["databases"]["stats"]["tables"]
    assert served == declared["figures"]["facets"]
    assert {"metric", "place", "period"} <= set(served)


def test_json_row_of_a_figure(server: str, corpus_build: Path) -> None:
    figure_id = pq.read_table(corpus_build / "figures.parquet").column("figure_id")[0].as_py()
    data = get_json(f"{server}/stats/figures/{tilde_encode(figure_id)}.json?_shape=objects")
    assert [row["figure_id"] for row in data["rows"]] == [figure_id]


def test_canned_query_for_a_two_character_term(server: str, corpus_build: Path) -> None:
    term = urllib.parse.quote("床位")
    data = get_json(f"{server}/stats/sentences_containing.json?term={term}&_shape=objects")
    sentences = pq.read_table(corpus_build / "sentences.parquet").sort_by("sentence_id").to_pylist()
    expected = [s["text"] for s in sentences if "床位" in s["text"]]
    assert expected, "the corpus has sentences with 床位"
    assert [row["text"] for row in data["rows"]] == expected


def test_trigram_search_finds_three_characters(server: str) -> None:
    term = urllib.parse.quote("床位数")
    data = get_json(f"{server}/stats/sentences.json?_search={term}&_shape=objects")
    assert data["rows"] and all("床位数" in row["text"] for row in data["rows"])


def test_figures_csv_matches_parquet(server: str, corpus_build: Path) -> None:
    body, content_type = get(f"{server}/stats/figures.csv?_stream=on&_size=max&_bom=0")
    assert not body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    expected = pq.read_table(corpus_build / "figures.parquet").to_pylist()
    assert len(rows) == len(expected)
    by_id = {row["figure_id"]: row for row in rows}
    for want in expected:
        got = by_id[want["figure_id"]]
        assert (float(got["value"]) if got["value"] else None) == want["value"]
        assert (got["quote"], got["unit"], got["metric"]) == (neutralise(want["quote"]), want["unit"], want["metric"])
        assert int(got["start"]) == want["start"] and int(got["end"]) == want["end"]


def test_csv_with_bom_for_excel(server: str, corpus_build: Path) -> None:
    plain, _ = get(f"{server}/stats/figures.csv?_stream=on&_bom=0")
    body, content_type = get(f"{server}/stats/figures.csv?_stream=on&_dl=1")
    assert content_type.startswith("text/csv")
    assert body.startswith(b"\xef\xbb\xbf")
    # the same records; in the one for Excel, text Excel would turn into a date or number is kept text
    excel_rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))
    plain_rows = list(csv.reader(io.StringIO(plain.decode("utf-8"), newline="")))
    assert excel_rows == [[excel_text(cell) for cell in row] for row in plain_rows]
    periods = {row[plain_rows[0].index("period")] for row in plain_rows[1:]}
    assert "2020-03" in periods and '="2020-03"' in {row[excel_rows[0].index("period")] for row in excel_rows[1:]}
    first_quote = pq.read_table(corpus_build / "figures.parquet").column("quote")[0].as_py()
    assert first_quote in body.decode("utf-8-sig")


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_figures_table_page_with_facets_and_filters(server: str, corpus_build: Path) -> None:
    # the table page expands foreign keys into {"value", "label"} cells; the plugin must unwrap them
    metric = pq.read_table(corpus_build / "figures.parquet").column("metric")[0].as_py()
    for query in ("", "?_facet=metric&_facet=unit", f"?metric={urllib.parse.quote(metric)}", "?unit=CNY&_sort=value"):
        assert status(f"{server}/stats/figures{query}") == 200, query
    body, _ = get(f"{server}/stats/figures?metric={urllib.parse.quote(metric)}")
    assert body.count(b"<mark>") >= 1


def printed_links(html: str, suffix: str) -> list[str]:
    """The hrefs of a page that lead to `suffix` (".csv", ".json"), HTML entities undone."""
    hrefs = [href.replace("&amp;", "&") for href in regex.findall(r'href="([^"]+)"', html)]
    return [href for href in hrefs if suffix + "?" in href or href.endswith(suffix)]


def test_csv_links_printed_on_pages_give_a_bom(server: str) -> None:
    for page in ("/stats/figures?_facet=metric", "/stats/job_targets", "/stats?sql=select+1+as+one"):
        html = get(server + page)[0].decode("utf-8")
        links = printed_links(html, ".csv")
        assert links, page
        for link in links:
            body, content_type = get(urllib.parse.urljoin(server + page, link))
            # Datasette says text/plain unless _dl=1 asks for a download; either way the BOM comes first
            assert content_type.split(";")[0] in ("text/csv", "text/plain"), link
            assert body.startswith(b"\xef\xbb\xbf"), link


def test_a_table_pages_csv_link_streams_every_row_of_its_filter(server: str, corpus_build: Path) -> None:
    # Datasette's link asks for one page of _size=max, which stops at max_returned_rows (10,000) without
    # a word: a larger build's figures came out cut short. The printed link streams every row.
    figures = pq.read_table(corpus_build / "figures.parquet").to_pylist()
    for page, expected in (("/stats/figures", len(figures)),
                           ("/stats/figures?unit=CNY&_sort=value", sum(f["unit"] == "CNY" for f in figures))):
        links = printed_links(get(server + page)[0].decode("utf-8"), ".csv")
        assert len(links) == 1 and "_stream=on" in links[0], (page, links)
        body, _ = get(urllib.parse.urljoin(server + page, links[0]))
        assert body.startswith(b"\xef\xbb\xbf") and body.count(b"\xef\xbb\xbf") == 1
        rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))
        assert len(rows) == expected > 0, page
        assert len({row["figure_id"] for row in rows}) == expected


def test_facts_read_metric_and_unit_by_name_and_count_their_mentions(server: str, corpus_build: Path) -> None:
    # the facts table showed bare codes (percent.growth) where the figures table reads Growth rate; once
    # they were links, the n_mentions link was built from the {"value", "label"} cells and found nothing
    html = get(f"{server}/stats/facts?_sort_desc=n_mentions&_size=5")[0].decode("utf-8")
    facet = html.split('data-column="metric"')[1].split("</ul>")[0]
    labels = regex.findall(r'<a href="[^"]*metric=[^"]*">([^<]+)</a>', facet)
    assert labels and not any(regex.fullmatch(r"[a-z_]+\.[a-z_0-9]+", label) for label in labels), labels
    assert regex.search(r'<td class="col-unit[^"]*"><a href="/stats/units/', html)
    top = get_json(f"{server}/stats/facts.json?_sort_desc=n_mentions&_size=1&_shape=objects")["rows"][0]
    link = regex.search(r'<td class="col-n_mentions[^"]*"><a href="([^"]+)">', html)[1].replace("&amp;", "&")
    assert "%7B" not in link  # no dict in the URL
    found = get_json(server + link.replace("/stats/figures?", "/stats/figures.json?") + "&_size=1")
    assert found["filtered_table_rows_count"] == top["n_mentions"] >= 2


def test_ids_in_canned_queries_and_views_link_to_their_rows(server: str, corpus_build: Path) -> None:
    # a query's answer named its article and document by bare ids; a reader had to copy them into a filter
    figure_id = pq.read_table(corpus_build / "figures.parquet").column("figure_id")[0].as_py()
    pages = ("/stats/yuan_amounts_by_article", "/stats/figures_in_context",
             f"/stats/figure_in_context?figure_id={urllib.parse.quote(figure_id)}")
    for page in pages:
        html = get(server + page)[0].decode("utf-8")
        checked = 0
        for column, table in (("article_id", "articles"), ("doc_id", "documents"), ("sentence_id", "sentences")):
            cells = regex.findall(rf'<td class="col-{column}[^"]*">(.*?)</td>', html)
            if not cells:
                continue
            checked += 1
            links = [regex.match(rf'<a class="stats-id" href="(/stats/{table}/[^"]+)">', cell) for cell in cells]
            assert all(links), (page, column, cells[:2])
            assert status(server + links[0][1]) == 200, (page, column)
        assert checked, page


def test_pages_show_values_as_readable_numbers(server: str, corpus_build: Path) -> None:
    # SQLite gives back 142400000000.0; the page must print 142,400,000,000 (the JSON keeps the number)
    largest = max(v for v in pq.read_table(corpus_build / "figures.parquet").column("value").to_pylist() if v)
    html = get(f"{server}/stats/figures?_sort_desc=value")[0].decode("utf-8")
    assert f">{readable_number(largest)}<" in html
    assert f">{largest!r}<" not in html and not regex.search(r">\s*-?\d+\.\d+e[+-]\d+\s*<", html)
    summary = get(f"{server}/stats/metric_summary")[0].decode("utf-8")
    assert f">{readable_number(largest)}<" in summary
    data = get_json(f"{server}/stats/figures.json?_sort_desc=value&_size=1&_shape=objects")
    assert data["rows"][0]["value"] == largest


def test_figure_row_page_opens_with_its_card(server: str, corpus_build: Path) -> None:
    figures = pq.read_table(corpus_build / "figures.parquet").to_pylist()
    sentences = pq.read_table(corpus_build / "sentences.parquet").sort_by("start").to_pylist()
    documents = {d["doc_id"]: d for d in pq.read_table(corpus_build / "documents.parquet").to_pylist()}
    # a figure with a place and a period whose sentence has one before it in its article
    figure = next(f for f in figures if f["place"] and f["period"] and not f["sentence_id"].endswith("/s001"))
    own = next(s for s in sentences if s["sentence_id"] == figure["sentence_id"])
    before = [s for s in sentences if s["article_id"] == figure["article_id"] and s["start"] < own["start"]][-1]
    html = get(f"{server}/stats/figures/{tilde_encode(figure['figure_id'])}")[0].decode("utf-8")
    card = html.split('<section class="stats-card">')[1].split("</section>")[0]
    begin, end = figure["start"] - own["start"], figure["end"] - own["start"]
    assert f"{own['text'][:begin]}<mark>{own['text'][begin:end]}</mark>{own['text'][end:]}" in card
    assert before["text"] in card.split('<span class="stats-sentence">')[0]
    place, period = (urllib.parse.urlencode({k: figure[k]}) for k in ("place", "period"))
    assert f'href="/stats/figures?{place}"' in card and f'href="/stats/figures?{period}"' in card
    assert f">{readable_number(figure['value'])}<" in card
    assert f'href="/stats/articles/{tilde_encode(figure["article_id"])}"' in card
    published = documents[figure["doc_id"]]["published"]
    assert published and published in card
    assert "/stats/series?" in card and urllib.parse.urlencode({"metric": figure["metric"]}) in card
    # the raw row is still there below the card
    assert html.count('class="rows-and-columns"') == 1 and "Data license" in html


def test_every_row_page_shows_the_site_license(server: str) -> None:
    # Datasette fills the license in on a table page only, in place: a row page opened first had none
    for path in ("/stats/units/CNY", f"/stats/metrics/{tilde_encode('beds.total')}"):
        html = get(server + path)[0].decode("utf-8")
        assert "Data license" in html and "MIT" in html, path


def test_a_facet_with_no_values_says_so(server: str) -> None:
    html = get(f"{server}/stats/figures?_facet=value_high&value_high__isnull=1")[0].decode("utf-8")
    facet = html.split('data-column="value_high"')[1].split("</ul>")[0]
    assert 'class="facet-empty"' in facet and "value_high is empty" in facet


def test_a_metric_with_no_level_still_gets_a_chart(server: str, corpus_build: Path) -> None:
    # a jobs target (确保新增就业…) is the whole series of its metric: the chart draws the targets
    import duckdb

    con = duckdb.connect(str(corpus_build / "stats.duckdb"), read_only=True)
    metric, role = con.execute(
        "select metric, min(role) from series group by metric "
        "having count(distinct role) = 1 and min(role) != 'level' order by count(*) desc, metric limit 1"
    ).fetchone()
    # the chart draws one unit and one period grain, the most common, and no point that holds two values
    grain, points = con.execute(
        "select period_grain, count(*) filter (where n_values = 1) from series where metric = ? "
        "group by period_grain order by count(*) desc, period_grain limit 1", [metric]).fetchone()
    for page in ("series", "metric_series"):
        html = get(f"{server}/stats/{page}?{urllib.parse.urlencode({'metric': metric})}")[0].decode("utf-8")
        assert html.count('class="stats-point"') == points and f"{metric} ({role}, by {grain}" in html, page


def test_canned_query_pages_show_the_site_license(server: str) -> None:
    html = get(f"{server}/stats/job_targets")[0].decode("utf-8")
    assert "Job targets" in html and "Data license" in html


def test_metric_series_without_a_metric_offers_the_metrics(server: str, corpus_build: Path) -> None:
    import duckdb

    con = duckdb.connect(str(corpus_build / "stats.duckdb"), read_only=True)
    metrics = [m for (m,) in con.execute("select distinct metric from series order by metric").fetchall()]
    html = get(f"{server}/stats/metric_series")[0].decode("utf-8")
    offered = regex.findall(r'<li><a href="\?metric=([^"]+)">', html.split("stats-metric-choices")[1].split("</ul>")[0])
    assert sorted(offered) == metrics
    # each link opens the query with a chart
    chosen = get(f"{server}/stats/metric_series?metric={offered[0]}")[0].decode("utf-8")
    assert 'class="stats-chart"' in chosen and "stats-metric-choices" not in chosen


def test_a_qualified_figure_reads_at_least_or_about(server: str, corpus_build: Path) -> None:
    words = {"lower_bound": "at least", "upper_bound": "at most", "approx": "about"}
    figures = pq.read_table(corpus_build / "figures.parquet").to_pylist()
    qualified = [f for f in figures if f["qualifier"] in words and f["value"] is not None]
    assert qualified, "the corpus has 以上/左右 figures"
    for figure in qualified[:3]:
        html = get(f"{server}/stats/figures/{tilde_encode(figure['figure_id'])}")[0].decode("utf-8")
        card = html.split('<section class="stats-card">')[1].split("</section>")[0]
        assert f"{words[figure['qualifier']]} <strong>{readable_number(figure['value'])}" in card


def test_home_page_says_where_to_start_and_every_link_it_prints_answers(server: str) -> None:
    home = get(server + "/")[0].decode("utf-8")
    links = {href.replace("&amp;", "&") for href in regex.findall(r'href="(/[^"]*)"', home)}
    assert {"/stats/figures", "/stats/facts", "/stats/metric_series", "/stats/sentences_containing"} <= links
    database = get(server + "/stats")[0].decode("utf-8")
    links |= {href.replace("&amp;", "&") for href in regex.findall(r'href="(/[^"]*)"', database)}
    bad = {link: code for link in sorted(links) if (code := status(server + link)) != 200}
    assert not bad


def test_article_and_sentence_texts_mark_and_link_their_figures(server: str, corpus_build: Path) -> None:
    figures = pq.read_table(corpus_build / "figures.parquet").to_pylist()
    article_id = max({f["article_id"] for f in figures}, key=lambda a: sum(f["article_id"] == a for f in figures))
    own = sorted((f for f in figures if f["article_id"] == article_id), key=lambda f: f["start"])
    html = get(f"{server}/stats/articles/{tilde_encode(article_id)}")[0].decode("utf-8")
    text = html.split('<span class="stats-text">')[1].split("</span>")[0]
    marked = regex.findall(r'<a class="stats-figure" href="/stats/figures/([^"]+)" title="[^"]*"><mark>(.*?)</mark>', text)
    # every figure once, in reading order, the mark around its quote (spaces and breaks aside)
    assert [(fid, regex.sub(r"\s", "", quote)) for fid, quote in marked] == [
        (tilde_encode(f["figure_id"]), f["quote"]) for f in own
    ]
    sentence_id = own[0]["sentence_id"]
    html = get(f"{server}/stats/sentences/{tilde_encode(sentence_id)}")[0].decode("utf-8")
    assert html.count("<mark>") == sum(f["sentence_id"] == sentence_id for f in figures)


def test_a_facet_on_value_prints_readable_numbers(server: str, corpus_build: Path) -> None:
    values = [v for v in pq.read_table(corpus_build / "figures.parquet").column("value").to_pylist() if v]
    big = max(values)
    html = get(f"{server}/stats/figures?_facet=value&_facet_size=max")[0].decode("utf-8")
    facet = html.split('data-column="value"')[1].split("</ul>")[0]
    assert f">{readable_number(big)}</a>" in facet and f">{big!r}<" not in facet
