"""Datasette queries are bounded: no huge value, no huge result, an answer within the time limit."""

from __future__ import annotations

import asyncio
import sqlite3
import time
import urllib.parse
from pathlib import Path

import pytest

from stats.publish import limits
from stats.publish.serve import SETTINGS, register_plugin


def query(published: Path, sql: str, time_limit_ms: int | None = None) -> tuple[int, dict, float]:
    """Status, JSON and seconds of one SQL query through Datasette with the stats plugins (`time_limit_ms`: in place
    of the site's, for a test of another bound that must not fail by the time a loaded machine takes)."""
    from datasette.app import Datasette

    register_plugin()
    settings = SETTINGS if time_limit_ms is None else {**SETTINGS, "sql_time_limit_ms": time_limit_ms}
    ds = Datasette(immutables=[str(published / "stats.db")], settings=settings)

    async def run():
        return await ds.client.get("/stats.json?" + urllib.parse.urlencode({"sql": sql, "_shape": "array"}))

    t0 = time.monotonic()
    response = asyncio.run(run())
    return response.status_code, response.json(), time.monotonic() - t0


@pytest.mark.parametrize("sql", [
    "select hex(zeroblob(450000000))",
    "select randomblob(1000000000)",
    "select length(replace(replace(replace(replace(hex(zeroblob(100000)), '0', '0000000000'), '0', '0000000000'),"
    " '0', '0000000000'), '0', '0000000000'))",
])
def test_a_huge_value_fails_at_once(published: Path, sql: str) -> None:
    status, body, seconds = query(published, sql)
    assert status == 400 and "string or blob too big" in body["error"]
    assert seconds < 3


@pytest.mark.parametrize("sql", [
    "select length(printf('%.*c', 1000000000, 'x')) as n",
    "select length(format('%999999999d', 1)) as n",
    "select length(printf('%s|%*.*f', 'a', 5, 1000000000, 1.5)) as n",
])
def test_printf_widths_are_capped(published: Path, sql: str) -> None:
    status, body, seconds = query(published, sql)
    assert status == 200 and body == [{"n": None}]  # what SQLite gives for a value over the limit
    assert seconds < 3


def test_printf_still_formats(published: Path) -> None:
    status, body, _ = query(published, "select printf('%5.1f%%|%-4s|%d', 12.345, 'ab', 7) as s")
    assert body == [{"s": " 12.3%|ab  |7"}]
    assert limits.widths_within("%.*c", (10, "x")) and not limits.widths_within("%.*c", (10**9, "x"))


def test_a_result_over_the_size_limit_is_refused_with_a_message(published: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "RESULT_BYTES", 200_000)
    ok, rows, _ = query(published, "select figure_id from figures limit 2")
    assert ok == 200 and len(rows) == 2
    many = "with recursive n(i) as (select 1 union all select i + 1 from n limit 5000) "
    status, body, _ = query(published, many + "select printf('%0100d', i) as wide from n")
    assert status == 400
    assert body["error"].startswith("this query's result is larger than 0.2 MB, the most this site returns")
    # (5000 rows took over the site's 3 s on a machine loaded twentyfold: a 400 of the time limit, not of the size)
    status, rows, _ = query(published, many + "select printf('%010d', i) as narrow from n", time_limit_ms=60_000)
    assert status == 200 and len(rows) == 5000, rows


def test_values_up_to_the_longest_article_still_read() -> None:
    con = sqlite3.connect(":memory:")
    limits.bound(con)
    article = "全" * 1_000_000  # the longest article stats writes, 3 MB of UTF-8
    con.execute("create table a (t text)")
    con.execute("insert into a values (?)", [article])
    assert con.execute("select length(t) from a").fetchone()[0] == 1_000_000
    assert con.execute("select t from a").fetchone()[0] == article
