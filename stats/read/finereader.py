"""A scanned page as ABBYY FineReader writes it in its own XML (FineReader Engine's and FineReader Server's export,
the namespace http://www.abbyy.com/FineReader_xml/FineReader10-schema-v1.xml, FineReader6-schema-v1 for older ones:
what an archive's or a bureau's scanning line keeps beside the page's image), read as the page's lines.

The page is a run of <block>s, each with its box (l, t, r, b) and its kind (blockType: Text, Table, Picture,
Barcode, Separator…); a text block holds <par>s of <line>s, each line its baseline and box, and in it a
<formatting> run (its language and font) of characters, each a <charParams> element of its own with its box, its
confidence and the flags of its word (l="280" t="316" r="342" b="380" charConfidence="97" wordStart="1"
wordNumeric="1"…), a space a charParams holding a space; a table block holds <row>s of <cell>s, each cell a text of
its own. Read with its tags dropped, the characters of a line stand on lines of their own (where the file breaks
its lines) or run into the page's every other line, and the boxes' and confidences' numbers are no figures only
as long as they stay in their attributes.

So, in a text that is such a page: each line's characters are joined as they stand (the XML's own line ends and
indentation between its elements dropped, a space kept where the engine read one), each line of a paragraph a line,
a paragraph's end a blank line; a table's cell before the next a tab and its row a line; a picture, a separator
or a barcode holds no text. The blocks are read in the order the engine wrote them (its reading order: a running
head or a page number it wrote first stays first). The character references in the text (&amp;) are read by the
HTML reading after this one. Any other text comes back as it is.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_ROOT = compiled_re(r"<(?:\w+:)?document\b[^<>]*\"http://www\.abbyy\.com/FineReader_xml/FineReader\d+-schema-v\d+\.xml\"")
_CHAR = compiled_re(r"<(?:\w+:)?charParams\b[^<>]*?(?:/>|>([^<]*)</(?:\w+:)?charParams>)")
_LAYOUT = compiled_re(r">[ \t\r]*\n\s*<")
_TAGS = compiled_re(r"<[^<>]*>")


def _line(inner: str) -> str:
    """A line's characters as the engine read them: its charParams' characters joined (a space one of them), or, in
    a file that keeps none, its formatting runs' text, the XML's layout between its elements dropped."""
    if "charParams" in inner:
        return "".join(m.group(1) or "" for m in _CHAR.finditer(inner))
    return _TAGS.sub("", _LAYOUT.sub("><", inner)).strip("\r\n\t")


_ROW = compiled_re(r"<(?:\w+:)?row\b[^<>]*>(.*?)</(?:\w+:)?row>", re.S)
_CELL = compiled_re(r"<(?:\w+:)?cell\b[^<>]*>(.*?)</(?:\w+:)?cell>", re.S)
_CELL_LINE = compiled_re(r"<(?:\w+:)?line\b[^<>]*>(.*?)</(?:\w+:)?line>", re.S)


def _table_rows(block: str) -> list[str]:
    """A table block's rows, a line each, each cell's lines joined and its cells apart by tabs."""
    return ["\t".join(" ".join(_line(ln.group(1)) for ln in _CELL_LINE.finditer(cell.group(1)))
                      for cell in _CELL.finditer(row.group(1)))
            for row in _ROW.finditer(block)]


_BLOCK = compiled_re(r"<(?:\w+:)?block\b([^<>]*?)(?:/>|>(.*?)</(?:\w+:)?block>)", re.S)
_KIND = compiled_re(r"\bblockType=\"(\w+)\"")
_LINE = compiled_re(r"<(?:\w+:)?line\b[^<>]*>(.*?)</(?:\w+:)?line>|(?P<par></(?:\w+:)?par>)", re.S)


def finereader_plain(text: str) -> str:
    """text read as its FineReader page's lines (see above), else text as it is."""
    if "abbyy.com/FineReader_xml" not in text:
        return text
    root = _ROOT.search(text)
    if root is None:
        return text
    lines: list[str] = []
    for block in _BLOCK.finditer(text, root.end()):
        kind = _KIND.search(block.group(1))
        inner = block.group(2) or ""
        if kind is not None and kind.group(1) == "Table":
            lines += _table_rows(inner) + [""]
            continue
        if kind is not None and kind.group(1) != "Text":
            continue
        for m in _LINE.finditer(inner):
            if m.group("par") is not None:
                if lines and lines[-1]:
                    lines.append("")
            elif (line := _line(m.group(1))).strip():
                lines.append(line)
        if lines and lines[-1]:
            lines.append("")
    if not any(lines):
        return text
    return "\n".join(lines).strip("\n") + "\n"
