"""An ASGI wrapper that starts a CSV response with a UTF-8 byte-order mark when asked.

Excel in a Chinese locale reads a CSV without a BOM as GBK and shows mojibake;
Datasette writes none. Adding `_bom=1` to any `.csv` URL (`_stream=on` included)
prefixes the three bytes, and everything else passes through untouched.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

BOM = "\ufeff".encode()
FLAG = "_bom"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def split_flag(query_string: bytes) -> tuple[bool, bytes]:
    """Whether `_bom` is set to a true value, and the query string without it."""
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    wanted = any(key == FLAG and value not in ("", "0", "off") for key, value in pairs)
    rest = [(key, value) for key, value in pairs if key != FLAG]
    return wanted, urlencode(rest).encode("latin-1")


def _is_csv(headers: list[tuple[bytes, bytes]]) -> bool:
    types = [value for key, value in headers if key.lower() == b"content-type"]
    return bool(types) and types[0].split(b";")[0].strip() in (b"text/csv", b"text/plain")


def with_bom(app: App) -> App:
    """Wrap `app` so `.csv` responses requested with `_bom=1` begin with a BOM."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("type") != "http" or not scope.get("path", "").endswith(".csv"):
            await app(scope, receive, send)
            return
        wanted, rest = split_flag(scope.get("query_string", b""))
        if not wanted:
            await app(scope, receive, send)
            return
        scope = dict(scope, query_string=rest)
        state = {"prefix": False}

        async def send_with_bom(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                state["prefix"] = message.get("status") == 200 and _is_csv(headers)
                if state["prefix"]:
                    headers = [
                        (
                            key,
                            str(int(value) + len(BOM)).encode() if key.lower() == b"content-length" else value,
                        )
                        for key, value in headers
                    ]
                    message = dict(message, headers=headers)
            elif message["type"] == "http.response.body" and state["prefix"]:
                message = dict(message, body=BOM + message.get("body", b""))
                state["prefix"] = False
            await send(message)

        await app(scope, receive, send_with_bom)

    return wrapped
