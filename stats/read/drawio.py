"""A diagram as draw.io (diagrams.net) saves it, read as its boxes' texts: what a bureau's 一图读懂 or a flow chart of
a procedure drawn there is kept as (.drawio, .xml: an <mxfile> of <diagram> pages, each an <mxGraphModel> whose
<root> holds the cells).

Each shape or connector is an <mxCell> (or a <UserObject>/<object> around one, its text in a label attribute), its
text in its value attribute and its place in an <mxGeometry> (x="540" y="330" width="220" height="150"); its style
says html=1 where the text is HTML: then the value is the HTML escaped once more (&lt;br&gt;, &lt;font
style=&quot;font-size: 36px;&quot;&gt;), a big number in a font tag of its own and its unit after a line break
(新增就业岗位&lt;br&gt;…96…&lt;/font&gt;&lt;br&gt;个). A page saved compressed (the default of older versions)
holds its model as base64 of the deflated, URL-encoded XML. Read as written, the styles' and the geometries'
numbers stand among the texts (fontSize=14, width="220"), the labels run into the attributes beside them, and a
label's lines are no lines.

So, in a text that is such a diagram: each page's cells are read in the order the file writes them (the order they
were drawn in, which a page's layout follows), each cell with a text a paragraph of its own (a blank line after it),
its HTML's line breaks and blocks (<br>, a <div>'s, a <p>'s or an <li>'s start and end) line ends and its other
tags dropped, its character references read; a compressed page is inflated first. The layout repair after this
joins a label's lines where a line ends inside a sentence or between a number and its unit. Any other text comes
back as it is.
"""

from __future__ import annotations

import base64
import html
import re
import zlib
from urllib.parse import unquote

from stats.rules.prepared import compiled_re

_PROLOGUE = r"\A\ufeff?\s*(?:<\?xml[^<>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^<>]*>\s*)?(?:<!--.*?-->\s*)*"
_ROOT = compiled_re(_PROLOGUE + r"<(?:mxfile|mxGraphModel)[\s>]", re.S)
_DIAGRAM = compiled_re(r"<diagram\b[^<>]*>(.*?)</diagram>", re.S)
_CELL = compiled_re(r"<(mxCell|UserObject|object)\b([^<>]*)>")
_ATTR = compiled_re(r"\s(value|label|style)=\"([^\"]*)\"")
_BREAK = compiled_re(r"<br\s*/?>|</?(?:div|p|li|tr|h[1-6])\b[^<>]*>", re.I)
_TAG = compiled_re(r"<[^<>]*>")


def drawio_plain(text: str) -> str:
    """text, if it is a draw.io diagram (see above), as its cells' texts; any other text as it is."""
    if "mx" not in text or _ROOT.match(text) is None:
        return text
    pages = [m.group(1) for m in _DIAGRAM.finditer(text)] or [text]
    parts: list[str] = []
    for page in pages:
        if "<mxCell" not in page and "<mxGraphModel" not in page:
            page = _inflated(page.strip())
        parts += _cells(page)
    return "\n\n".join(parts) + "\n" if parts else text


def _inflated(page: str) -> str:
    """A compressed page's model: base64 of the raw-deflated, URL-encoded XML ('' where it is none)."""
    try:
        return unquote(zlib.decompress(base64.b64decode(page, validate=True), -15).decode("utf-8"))
    except (ValueError, zlib.error, UnicodeDecodeError):
        return ""


def _cells(model: str) -> list[str]:
    """The texts of a model's cells, in the file's order; a UserObject's label stands for the cell inside it."""
    parts: list[str] = []
    for m in _CELL.finditer(model):
        attrs = {k: v for k, v in _ATTR.findall(m.group(2))}
        raw = attrs.get("label" if m.group(1) != "mxCell" else "value", "")
        if not raw.strip():
            continue
        value = html.unescape(raw)
        if "html=1" in attrs.get("style", "html=1") or m.group(1) != "mxCell":
            value = html.unescape(_TAG.sub("", _BREAK.sub("\n", value)))
        lines = [ln.strip() for ln in value.replace("\xa0", " ").splitlines()]
        text = "\n".join(ln for ln in lines if ln)
        if text:
            parts.append(text)
    return parts
