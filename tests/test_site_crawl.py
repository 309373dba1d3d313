"""Every page a user can reach from the home page, followed link by link over the real server.

A reviewer clicks around: tables, rows, facets, foreign keys, canned queries,
charts, sort and pagination links, the CSV and JSON of each. Each must answer
200 without an error page, an HTML page must not print a raw float
(142400000000.0) or an exponent, and each CSV must start with the BOM and be
UTF-8. Facet links are followed one filter deep (filters stacked on filters
only repeat the same pages); the crawl is bounded. Slow (~15 minutes on two
shared cores), so `pytest -m slow` runs it.
"""

from __future__ import annotations

import urllib.parse
from collections import deque
from html.parser import HTMLParser

import pytest
import regex

from .browser import fetch

pytestmark = pytest.mark.slow

LIMIT = 2500
ERRORS = ("Traceback", "UndefinedError", "Internal Server Error", "\ufffd")
RAW_FLOAT = regex.compile(r">\s*(-?\d{5,}\.\d+|-?\d\.\d+e[+-]\d+)\s*<")


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.hrefs.append(value)


def key(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    query = sorted(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
    return parts.path + "?" + urllib.parse.urlencode(query)


def worth_following(url: str, host: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    if parts.netloc != host:
        return False
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    return len([k for k, _ in query if not k.startswith("_")]) <= 1 and len(query) <= 2


def test_every_reachable_page_answers_and_reads_right(server: str) -> None:
    host = urllib.parse.urlsplit(server).netloc
    queue, seen = deque([server + "/"]), {key(server + "/")}
    problems: list[str] = []
    crawled = 0
    while queue and crawled < LIMIT:
        url = queue.popleft()
        crawled += 1
        status, body, content_type = fetch(url)
        if status != 200:
            problems.append(f"{status} {url}")
            continue
        path = urllib.parse.urlsplit(url).path
        if path.endswith(".csv"):
            if not body.startswith(b"\xef\xbb\xbf"):
                problems.append(f"no BOM {url}")
            body.decode("utf-8")
            continue
        if "html" not in content_type:
            continue
        html = body.decode("utf-8")
        problems += [f"{error!r} in {url}" for error in ERRORS if error in html]
        if found := RAW_FLOAT.search(html):
            problems.append(f"raw number {found[1]} in {url}")
        parser = Links()
        parser.feed(html)
        for href in parser.hrefs:
            link = urllib.parse.urljoin(url, href.replace("&amp;", "&")).split("#")[0]
            if worth_following(link, host) and key(link) not in seen:
                seen.add(key(link))
                queue.append(link)
    print(f"crawled {crawled} pages, {len(queue)} links left unvisited, {len(problems)} problems")
    assert crawled > 500, "the crawl reached the tables, rows and queries"
    assert not problems, problems[:20]
