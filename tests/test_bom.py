"""The BOM wrapper on its own: only `.csv` with `_bom=1` changes, and only its first body chunk."""

from __future__ import annotations

import asyncio

from stats.publish.bom import BOM, split_flag, with_bom


def csv_app(headers: list[tuple[bytes, bytes]], status: int = 200):
    seen: dict = {}

    async def app(scope, receive, send):
        seen["query_string"] = scope["query_string"]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": b"a,b\r\n", "more_body": True})
        await send({"type": "http.response.body", "body": "床位,1\r\n".encode(), "more_body": False})

    return app, seen


def run(app, path: str, query: bytes) -> list[dict]:
    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request"}

    scope = {"type": "http", "path": path, "query_string": query}
    asyncio.run(app(scope, receive, send))
    return sent


def test_split_flag() -> None:
    assert split_flag(b"_stream=on&_bom=1") == (True, b"_stream=on")
    assert split_flag(b"_bom=0&_size=max") == (False, b"_size=max")
    assert split_flag(b"q=%E5%BA%8A") == (False, b"q=%E5%BA%8A")


def test_bom_prefixes_the_first_chunk_and_fixes_content_length() -> None:
    app, seen = csv_app([(b"content-type", b"text/csv; charset=utf-8"), (b"content-length", b"15")])
    sent = run(with_bom(app), "/stats/figures.csv", b"_stream=on&_bom=1")
    assert seen["query_string"] == b"_stream=on"
    assert dict(sent[0]["headers"])[b"content-length"] == b"18"
    assert sent[1]["body"] == BOM + b"a,b\r\n"
    assert sent[2]["body"] == "床位,1\r\n".encode()


def test_no_flag_or_no_csv_passes_through() -> None:
    app, seen = csv_app([(b"content-type", b"text/csv")])
    assert run(with_bom(app), "/stats/figures.csv", b"_stream=on")[1]["body"] == b"a,b\r\n"
    assert run(with_bom(app), "/stats/figures.json", b"_bom=1")[1]["body"] == b"a,b\r\n"
    assert seen["query_string"] == b"_bom=1"


def test_an_error_page_gets_no_bom() -> None:
    app, _ = csv_app([(b"content-type", b"text/html")], status=400)
    assert run(with_bom(app), "/stats/nope.csv", b"_bom=1")[1]["body"] == b"a,b\r\n"
