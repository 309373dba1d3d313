"""An ASGI wrapper that makes every CSV the site serves safe to open in Excel.

Excel in a Chinese locale reads a CSV without a byte-order mark as GBK and shows
mojibake, and Datasette writes none. So every `.csv` response (table, canned
query, SQL, `_stream=on` included) starts with a UTF-8 BOM unless the URL says
`_bom=0`, which scripts that want plain UTF-8 add.

Excel also runs a cell that starts with `=`, `+`, `-` or `@` as a formula, and a
quote or sentence can start that way. Such cells get a leading apostrophe, which
Excel shows as text; plain numbers such as `-0.3` are left alone because Excel
reads them as numbers, not formulas. The body is rewritten record by record as it
streams, so a long `_stream=on` download is never held in memory.

Excel also changes some text as it opens the file: a period such as `2020-03`
becomes the date 2020-03-01, a code with leading zeros (`000000`, the code of
the whole country) loses them, and a digit string longer than 15 digits is
rounded. In the CSV for Excel (the one with the BOM) such cells are
written as `="2020-03"`, which Excel shows as that very text; the plain UTF-8
CSV (`_bom=0`) keeps them as they are, for scripts.

A cell holds at most 32,767 characters in Excel; a longer one (the text of a
very long article) is cut there in the Excel CSV, its end marked with an
ellipsis, rather than left for Excel to cut or spill into the rows below.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

import regex

BOM = "\ufeff".encode()
FLAG = "_bom"
STREAM, NEXT = "_stream", "_next"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What Excel (and LibreOffice) treat as the start of a formula or a control cell."""
EXCEL_REWRITES = regex.compile(
    r"[0-9]{1,4}[-/][0-9]{1,2}"  # a month (2020-03) or a day-month pair (3-12, 1/2) Excel turns into a date
    r"|0[0-9]+"  # a code with leading zeros (000000, 0501) Excel turns into a smaller number
    r"|[0-9]{16,}"  # more digits than Excel keeps
)
"""Text cells Excel would change on opening; a full date (2020-03-21) or a plain number it reads right."""
EXCEL_CELL_MAX = 32_767
"""The most characters an Excel cell holds."""
CUT_MARK = "\u2026"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def split_flag(query_string: bytes) -> tuple[bool, bytes]:
    """Whether a BOM is wanted (yes unless `_bom` is 0/off/false), and the query string without the flag.

    A streamed CSV (`_stream=on`) is every row of its filter, so a page's `_next` is dropped from it:
    Datasette answers 400 to the pair, and the CSV link and the "stream all rows" export of any page
    but a table's first carry the page's `_next`."""
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    refused = any(key == FLAG and value.lower() in ("0", "off", "false", "no") for key, value in pairs)
    streamed = bool(next((value for key, value in pairs if key == STREAM), ""))  # Datasette streams on any value
    rest = [(key, value) for key, value in pairs if key != FLAG and not (streamed and key == NEXT)]
    return not refused, urlencode(rest).encode("latin-1")


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def neutralise(cell: str) -> str:
    """The cell as Excel should show it: text that looks like a formula gets a leading apostrophe."""
    if cell.startswith(FORMULA_START) and not _is_number(cell):
        return "'" + cell
    return cell


def excel_text(cell: str) -> str:
    """The cell as the Excel CSV writes it: text Excel would turn into a date or a smaller number is
    wrapped as `="…"` (shown as the text itself); anything else is `neutralise`d."""
    if EXCEL_REWRITES.fullmatch(cell):
        return f'="{cell}"'
    cell = neutralise(cell)
    if len(cell) > EXCEL_CELL_MAX:
        cell = cell[:EXCEL_CELL_MAX - len(CUT_MARK)] + CUT_MARK
    return cell


def _complete_records(text: str) -> int:
    """Length of the prefix of `text` made of whole CSV records (ends after a newline outside quotes)."""
    in_quotes = False
    end = 0
    for index, char in enumerate(text):
        if char == '"':
            in_quotes = not in_quotes
        elif char == "\n" and not in_quotes:
            end = index + 1
    return end


def rewrite_records(text: str, excel: bool = False) -> str:
    """Whole CSV records with formula-looking cells neutralised, in Datasette's own dialect; with
    `excel`, cells Excel would change are kept as text too (`excel_text`)."""
    out = io.StringIO()
    writer = csv.writer(out)
    rewrite = excel_text if excel else neutralise
    for record in csv.reader(io.StringIO(text, newline="")):
        writer.writerow([rewrite(cell) for cell in record])
    return out.getvalue()


class CsvRewriter:
    """Feed the body chunk by chunk; get back whole, neutralised records (and the BOM first).

    With `bom` the CSV is the one for Excel: a BOM first and cells Excel would change kept as text."""

    def __init__(self, bom: bool) -> None:
        self.pending = b""
        self.prefix = BOM if bom else b""
        self.excel = bom

    def feed(self, chunk: bytes, final: bool) -> bytes:
        data = self.pending + chunk
        # a chunk may end inside a multi-byte character: keep the undecodable tail for later
        text = data.decode("utf-8", errors="ignore") if final else _decode_prefix(data)
        used = len(text.encode("utf-8"))
        cut = len(text) if final else _complete_records(text)
        self.pending = text[cut:].encode("utf-8") + data[used:]
        body = rewrite_records(text[:cut], self.excel).encode("utf-8") if cut else b""
        if body or final:
            body, self.prefix = self.prefix + body, b""
        return body


def _decode_prefix(data: bytes) -> str:
    """The longest decodable prefix of UTF-8 `data` (a split character waits for its next chunk)."""
    for trim in range(4):
        try:
            return data[: len(data) - trim].decode("utf-8")
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _is_csv(headers: list[tuple[bytes, bytes]]) -> bool:
    types = [value for key, value in headers if key.lower() == b"content-type"]
    return bool(types) and types[0].split(b";")[0].strip() in (b"text/csv", b"text/plain")


def with_bom(app: App) -> App:
    """Wrap `app` so `.csv` responses start with a BOM (unless `_bom=0`) and hold no live formulas."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("type") != "http" or not scope.get("path", "").endswith(".csv"):
            await app(scope, receive, send)
            return
        wanted, rest = split_flag(scope.get("query_string", b""))
        scope = dict(scope, query_string=rest)
        state: dict[str, Any] = {"rewriter": None}

        async def send_rewritten(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if message.get("status") == 200 and _is_csv(headers):
                    state["rewriter"] = CsvRewriter(wanted)
                    # the rewritten body has another length; let the server send it chunked
                    headers = [(key, value) for key, value in headers if key.lower() != b"content-length"]
                    message = dict(message, headers=headers)
            elif message["type"] == "http.response.body" and state["rewriter"] is not None:
                final = not message.get("more_body", False)
                message = dict(message, body=state["rewriter"].feed(message.get("body", b""), final))
            await send(message)

        await app(scope, receive, send_rewritten)

    return wrapped
