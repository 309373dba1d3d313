"""The CSV wrapper on its own: a BOM on every `.csv` unless `_bom=0`, formulas neutralised, other paths untouched."""

from __future__ import annotations

import asyncio
import csv
import io

from stats.publish.bom import BOM, EXCEL_CELL_MAX, CsvRewriter, excel_text, neutralise, split_flag, with_bom


def csv_app(headers: list[tuple[bytes, bytes]], chunks: list[bytes], status: int = 200):
    seen: dict = {}

    async def app(scope, receive, send):
        seen["query_string"] = scope["query_string"]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        for index, chunk in enumerate(chunks):
            await send({"type": "http.response.body", "body": chunk, "more_body": index < len(chunks) - 1})

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


def body(sent: list[dict]) -> bytes:
    return b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


CSV_HEADERS = [(b"content-type", b"text/csv; charset=utf-8"), (b"content-length", b"15")]
CHUNKS = [b"a,b\r\n", "床位,1\r\n".encode()]


def test_split_flag() -> None:
    assert split_flag(b"_stream=on&_bom=1") == (True, b"_stream=on")
    assert split_flag(b"_bom=0&_size=max") == (False, b"_size=max")
    assert split_flag(b"q=%E5%BA%8A") == (True, b"q=%E5%BA%8A")


def test_bom_by_default_and_no_stale_content_length() -> None:
    app, seen = csv_app(CSV_HEADERS, CHUNKS)
    sent = run(with_bom(app), "/stats/figures.csv", b"_stream=on")
    assert seen["query_string"] == b"_stream=on"
    assert b"content-length" not in dict(sent[0]["headers"])
    assert body(sent) == BOM + "a,b\r\n床位,1\r\n".encode()


def test_bom_0_gives_plain_utf8() -> None:
    app, seen = csv_app(CSV_HEADERS, CHUNKS)
    sent = run(with_bom(app), "/stats/figures.csv", b"_bom=0&_size=max")
    assert seen["query_string"] == b"_size=max"
    assert body(sent) == "a,b\r\n床位,1\r\n".encode()


def test_json_and_error_pages_pass_through() -> None:
    app, seen = csv_app([(b"content-type", b"application/json")], [b"=1"])
    assert body(run(with_bom(app), "/stats/figures.json", b"_bom=1")) == b"=1"
    assert seen["query_string"] == b"_bom=1"
    app, _ = csv_app([(b"content-type", b"text/html")], [b"=oops"], status=400)
    assert body(run(with_bom(app), "/stats/nope.csv", b"")) == b"=oops"


def test_formula_cells_are_neutralised_numbers_are_not() -> None:
    assert neutralise("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert neutralise("+增长8.5%") == "'+增长8.5%"
    assert neutralise("-0.3个百分点") == "'-0.3个百分点"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("-0.3") == "-0.3"
    assert neutralise("全年新增就业1.2万人") == "全年新增就业1.2万人"


def test_records_split_across_chunks_and_characters() -> None:
    # a quoted sentence with a line break and a comma, cut mid-record and mid-character
    text = 'quote,sentence\r\n=1+2,"收入增长6%，\n支出=2"\r\n-5,"@某某"\r\n'
    raw = text.encode()
    cut = raw.index("增".encode()) + 1
    rewriter = CsvRewriter(bom=True)
    out = rewriter.feed(raw[:cut], final=False) + rewriter.feed(raw[cut:], final=True)
    assert out.startswith(BOM)
    rows = list(csv.reader(io.StringIO(out[len(BOM):].decode("utf-8"), newline="")))
    assert rows == [["quote", "sentence"], ["'=1+2", "收入增长6%，\n支出=2"], ["-5", "'@某某"]]


def test_cells_excel_would_change_stay_text_in_the_excel_csv() -> None:
    # a month would become a date, a code would lose its zeros, a long id its last digits
    assert excel_text("2020-03") == '="2020-03"'
    assert excel_text("3/12") == '="3/12"'
    assert excel_text("000000") == '="000000"'
    assert excel_text("1234567890123456789") == '="1234567890123456789"'
    # what Excel reads right is left alone; formulas are still neutralised
    for cell in ("2020-03-21", "2013-2019", "2023Q1", "500116", "0.5", "0", "-0.3", "147400.0", "60万人以上"):
        assert excel_text(cell) == cell, cell
    assert excel_text("=1+2") == "'=1+2"


def test_excel_rewrites_only_with_the_bom() -> None:
    raw = b"period,place_code,value\r\n2020-03,000000,5.5\r\n"
    excel = CsvRewriter(bom=True).feed(raw, final=True)
    plain = CsvRewriter(bom=False).feed(raw, final=True)
    assert excel == BOM + b'period,place_code,value\r\n"=""2020-03""","=""000000""",5.5\r\n'
    assert plain == raw


def test_a_cell_too_long_for_excel_is_cut_in_the_excel_csv_only() -> None:
    article = "全市新增就业1.2万人。" * 4000  # 48,000 characters: one article of a page without datelines
    raw = ("article_id,text\r\n" + f"d/a001,{article}\r\n").encode("utf-8")
    excel = CsvRewriter(bom=True).feed(raw, final=True)
    rows = list(csv.reader(io.StringIO(excel[len(BOM):].decode("utf-8"), newline="")))
    assert len(rows) == 2 and rows[1][0] == "d/a001"
    assert len(rows[1][1]) == EXCEL_CELL_MAX and rows[1][1].endswith("\u2026")
    assert article.startswith(rows[1][1][:-1])
    assert CsvRewriter(bom=False).feed(raw, final=True) == raw  # scripts get the whole text


def test_a_streamed_csv_drops_the_pages_next() -> None:
    # page 2's CSV link (and its "stream all rows" export) carried _next, which Datasette refuses with a stream: 400
    assert split_flag(b"_next=50&_size=max&_stream=on") == (True, b"_size=max&_stream=on")
    assert split_flag(b"_next=50&_size=max") == (True, b"_next=50&_size=max")
    app, seen = csv_app([(b"content-type", b"text/csv")], [b"a\n"])
    run(with_bom(app), "/stats/figures.csv", b"_stream=1&_next=a%2Cb&_bom=0")
    assert seen["query_string"] == b"_stream=1"
