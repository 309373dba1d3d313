"""An online document (飞书/Lark docx) as its open API returns its blocks: read as the document shows it.

The reply (documents/:id/blocks, saved from the API console or by a script) is one JSON object, {"code":0,"data":
{"has_more":false,"items":[…]}}, mostly on one line: each block an object with its block_id, block_type, parent_id
and children, the page's title and each paragraph's, heading's or list item's text as "elements": text_runs whose
"content" a style or a comment's anchor cuts wherever it falls, inside numbers too ({"content":"6"},{"content":
"42张"}: read as written, 6 and 42张 are two figures, neither the one written), each run followed by its
text_element_style. A table is a block of its own holding only its cells' ids and its size (row_size, column_size,
column_width [180,100,100]); each cell is a block whose child text block holds the cell's text, listed after the
table, so read as written a table's cells stand one a line among the blocks' ids, no row a row.

So a file whose head is such a reply (a JSON object whose head holds "block_id", "block_type" and an "elements"
list) is read out first, as RTF is: the blocks in the document's order from the page down through each block's
children (those no block names as a child after them, in the reply's order), each block's text its runs' contents
joined, a line each, a table's rows a line each with its cells' texts parted by tabs, as a sheet's rows pasted as
text are. The reply is read whole (it is a page of at most a few hundred blocks); one too large to hold
(`_MAX_BYTES`), or that is no such JSON after all, is read as it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from stats.read.transfer import held_whole

LARK_PREFIX = "lark-blocks/"  # a Decoding's encoding: a Lark document's blocks (this module), read out, in the one after it
_HEAD = 4096
_MAX_BYTES = 32 << 20
_KEYS = (b'"block_id"', b'"block_type"', b'"elements"')


def lark_blocks(head: bytes) -> bool:
    """The file whose first bytes are `head` is a Lark document's blocks as the open API returns them."""
    head = head[:_HEAD]
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and all(k in head for k in _KEYS)


def _blocks(obj: object) -> list[dict] | None:
    """The first list of blocks (objects with a block_id and a block_type) in the reply, depth first."""
    if isinstance(obj, list):
        if obj and all(isinstance(b, dict) and "block_id" in b and "block_type" in b for b in obj):
            return obj
        found = (_blocks(v) for v in obj)
    elif isinstance(obj, dict):
        found = (_blocks(v) for v in obj.values())
    else:
        return None
    return next((f for f in found if f is not None), None)


def _element_text(element: object) -> str:
    """An element's text: a run's content, an equation's, a mentioned document's title."""
    if not isinstance(element, dict):
        return ""
    for value in element.values():
        if isinstance(value, dict):
            for key in ("content", "title"):
                if isinstance(value.get(key), str):
                    return value[key]
    return ""


def _text(block: dict) -> str:
    """A block's own text: the elements of its body (its "text", "heading2", "bullet", "page" …) joined."""
    for value in block.values():
        if isinstance(value, dict) and isinstance(value.get("elements"), list):
            return "".join(map(_element_text, value["elements"]))
    return ""


class _Doc:
    def __init__(self, blocks: list[dict]) -> None:
        self.by_id = {b["block_id"]: b for b in blocks}
        self.blocks = blocks
        self.done: set[str] = set()
        self.lines: list[str] = []

    def _children(self, block: dict) -> list[dict]:
        kids = block.get("children")
        return [self.by_id[k] for k in kids if k in self.by_id] if isinstance(kids, list) else []

    def _inner(self, block: dict) -> str:
        """A cell's text: its blocks' texts, nested ones too, parted by a space."""
        self.done.add(block["block_id"])
        parts = [_text(block)] + [self._inner(k) for k in self._children(block) if k["block_id"] not in self.done]
        return " ".join(p for p in parts if p.strip())

    def _table(self, block: dict) -> bool:
        table = block.get("table")
        if not isinstance(table, dict):
            return False
        cells = table.get("cells") or block.get("children") or []
        size = table.get("property", {}).get("column_size") if isinstance(table.get("property"), dict) else None
        if not isinstance(size, int) or size < 1 or not isinstance(cells, list):
            return False
        texts = [self._inner(self.by_id[c]).replace("\t", " ").replace("\n", " ") if c in self.by_id else ""
                 for c in cells]
        self.lines.extend("\t".join(texts[i:i + size]) for i in range(0, len(texts), size))
        return True

    def walk(self, block: dict) -> None:
        if block["block_id"] in self.done:
            return
        self.done.add(block["block_id"])
        if self._table(block):
            return
        text = _text(block)
        if text.strip():
            self.lines.append(text)
        for kid in self._children(block):
            self.walk(kid)

    def read(self) -> str:
        named = {k for b in self.blocks for k in (b.get("children") or []) if isinstance(k, str)}
        for block in self.blocks:
            if block["block_id"] not in named:
                self.walk(block)
        for block in self.blocks:  # (a block named as a child of one the reply does not hold)
            self.walk(block)
        return "\n".join(self.lines) + "\n"


def unlark(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The UTF-8 bytes of the text a Lark document's blocks hold (see above); the bytes as they are where they are
    too many or no such reply."""
    data, rest = held_whole(chunks, _MAX_BYTES)
    if rest is not None:
        yield data
        yield from rest
        return
    try:
        blocks = _blocks(json.loads(data.decode("utf-8-sig")))
    except (UnicodeDecodeError, ValueError, RecursionError):
        blocks = None
    if not blocks:
        yield data
        return
    yield _Doc(blocks).read().encode("utf-8")
