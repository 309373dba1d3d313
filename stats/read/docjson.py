"""Two JSON forms a document's structure is kept in, read as a reader shows the document:

- Pandoc's JSON AST (`pandoc -t json`, what a filter, a static site generator or a conversion service hands on:
  an object of "pandoc-api-version", "meta" and "blocks"). Every word is a node of its own ({"t":"Str","c":"…"}),
  a space a {"t":"Space"} node, the source's line end a SoftBreak, bold a Strong node around its words: a number
  the source spaced (2 146人) or broke across its lines (11.3 | 万人) stands in two strings among the keys, a
  footnote's text inside the sentence that refers to it. Read as written, the keys and the brackets stand between
  the pieces, and the header's level and the lists' numbering are bare numbers.
- A Google Docs document as its API returns it (documents.get: an object with a "documentId" and a "body" whose
  "content" is a list of structural elements: paragraphs of "elements", each a "textRun" with its "content" and
  style, tables of rows of cells, a section break). A run ends at every change of style, so a bold number or a
  number a reviewer edited stands in runs of its own (16 | 8 | 0人), and the indices, the font sizes and the page's
  margins are numbers among them; in suggestion mode (SUGGESTIONS_INLINE, what an editor gets) a suggested
  deletion's text stands beside the suggested insertion that replaces it (16 | 5 | 8 | 0人).

So, in a text that is one such JSON document: Pandoc's document is read as its blocks: a header, a paragraph, a
list's item, a line block's line, a table's row (its cells apart by tabs, its caption a line before it) a line
each and a blank line after each block; its inlines joined as the writer shows them (a Space a space, a SoftBreak a
space only between two Latin letters or digits, none beside a Han character, a LineBreak a line's end; a picture
no text, a link its text, a raw piece its text for the readings after this one); a footnote's paragraphs after
the block that refers to it; the metadata's title, subtitle, authors and date lines before it. A Google Doc is
read as its body's paragraphs, each paragraph's runs joined and a line (its vertical tab, the editor's line break,
a line's end), a blank line after it, a table's row a line of tab-parted cells; a suggested deletion is no text
(the text reads as the suggestions accepted would make it), a table of contents none (its headings stand in the
body), the footnotes after the paragraph that refers to them; the document's name (its file's, not its text) is
not read. A document of tabs (includeTabsContent) is read tab by tab. Any other text, and JSON of another shape,
comes back as it is; the whole text must be one JSON document.
"""

from __future__ import annotations

import json
from typing import Any

_INLINE_WRAPPERS = {"Emph", "Strong", "Strikeout", "Superscript", "Subscript", "SmallCaps", "Underline"}


def doc_json_plain(buf: str) -> str:
    """buf, if it is a Pandoc JSON AST or a Google Docs API document (see above), read as its text; any other text
    as it is."""
    head = buf.lstrip("\ufeff \t\r\n")[:1]
    if head != "{" or not ('"pandoc-api-version"' in buf[:200] or ('"documentId"' in buf and '"body"' in buf)
                           or ('"documentId"' in buf and '"tabs"' in buf)):
        return buf
    try:
        doc = json.loads(buf.lstrip("\ufeff"))
    except ValueError:
        return buf
    if not isinstance(doc, dict):
        return buf
    if "pandoc-api-version" in doc and isinstance(doc.get("blocks"), list):
        parts = _pandoc(doc)
    elif "documentId" in doc:
        parts = _google_doc(doc)
    else:
        return buf
    parts = [p for p in parts if p.strip()]
    return "\n\n".join(parts) + "\n" if parts else buf


# Pandoc's AST

def _pandoc(doc: dict) -> list[str]:
    """A Pandoc document's paragraphs: the metadata's title lines, then its blocks, each note after its block."""
    meta = doc.get("meta") if isinstance(doc.get("meta"), dict) else {}
    head = [_meta_text(meta.get(k)) for k in ("title", "subtitle", "author", "date")]
    parts = ["\n".join(h for h in head if h.strip())]
    for block in doc["blocks"]:
        notes: list[str] = []
        parts.append(_block(block, notes))
        parts += notes
    return parts


def _meta_text(value: Any) -> str:
    """A metadata value's text: its inlines joined, a list's items a line each."""
    if not isinstance(value, dict):
        return ""
    kind, content = value.get("t"), value.get("c")
    if kind == "MetaString" and isinstance(content, str):
        return content
    if kind == "MetaInlines":
        return _inlines(content, [])
    if kind == "MetaBlocks":
        return "\n".join(_block(b, []) for b in content or [])
    if kind == "MetaList":
        return "\n".join(t for t in (_meta_text(v) for v in content or []) if t)
    return ""


def _blocks(blocks: Any, notes: list[str]) -> str:
    return "\n".join(t for t in (_block(b, notes) for b in blocks or []) if t.strip())


def _block(block: Any, notes: list[str]) -> str:
    """A block's text, its lines apart by line ends; its footnotes' texts added to notes."""
    if not isinstance(block, dict):
        return ""
    kind, c = block.get("t"), block.get("c")
    if kind in ("Para", "Plain"):
        return _inlines(c, notes)
    if kind == "Header":
        return _inlines(c[2], notes) if isinstance(c, list) and len(c) == 3 else ""
    if kind == "LineBlock":
        return "\n".join(_inlines(line, notes) for line in c or [])
    if kind in ("CodeBlock", "RawBlock"):
        return c[1] if isinstance(c, list) and len(c) == 2 and isinstance(c[1], str) else ""
    if kind == "BlockQuote":
        return _blocks(c, notes)
    if kind == "BulletList":
        return "\n".join(_blocks(item, notes) for item in c or [])
    if kind == "OrderedList":
        return "\n".join(_blocks(item, notes) for item in (c[1] if isinstance(c, list) and len(c) == 2 else []))
    if kind == "DefinitionList":
        return "\n".join(_inlines(term, notes) + "\n" + "\n".join(_blocks(d, notes) for d in defs)
                         for term, defs in c or [])
    if kind == "Div":
        return _blocks(c[1], notes) if isinstance(c, list) and len(c) == 2 else ""
    if kind == "Figure":
        return _blocks(c[2], notes) if isinstance(c, list) and len(c) == 3 else ""
    if kind == "Table":
        return _table(c, notes)
    return ""  # (a HorizontalRule, a Null)


def _table(c: Any, notes: list[str]) -> str:
    """A table (pandoc 2.10 on: attr, caption, column specs, head, bodies, foot) as its caption and its rows."""
    if not isinstance(c, list) or len(c) != 6:
        return ""
    _, caption, _, head, bodies, foot = c
    rows: list[Any] = list(head[1]) if isinstance(head, list) and len(head) == 2 else []
    for body in bodies or []:
        if isinstance(body, list) and len(body) == 4:
            rows += list(body[2]) + list(body[3])
    rows += list(foot[1]) if isinstance(foot, list) and len(foot) == 2 else []
    lines = [_blocks(caption[1], notes)] if isinstance(caption, list) and len(caption) == 2 else []
    for row in rows:
        cells = row[1] if isinstance(row, list) and len(row) == 2 else []
        lines.append("\t".join(_blocks(cell[4], notes).replace("\n", " ")
                               for cell in cells if isinstance(cell, list) and len(cell) == 5))
    return "\n".join(ln for ln in lines if ln.strip())


def _inlines(inlines: Any, notes: list[str]) -> str:
    """Inlines as the writer shows them (see above); a note's paragraphs added to notes."""
    out: list[str] = []
    for node in inlines or []:
        if not isinstance(node, dict):
            continue
        kind, c = node.get("t"), node.get("c")
        if kind == "Str" and isinstance(c, str):
            out.append(c)
        elif kind == "Space":
            out.append(" ")
        elif kind == "SoftBreak":
            out.append("\0")  # (decided below, once both neighbours are known)
        elif kind == "LineBreak":
            out.append("\n")
        elif kind in _INLINE_WRAPPERS:
            out.append(_inlines(c, notes))
        elif kind == "Quoted" and isinstance(c, list) and len(c) == 2:
            double = isinstance(c[0], dict) and c[0].get("t") == "DoubleQuote"
            mark = '"' if double else "'"  # (plain marks: the engine holds no typographic ones; a quote ends nothing)
            out.append(mark + _inlines(c[1], notes) + mark)
        elif kind in ("Cite", "Span", "Link") and isinstance(c, list) and len(c) >= 2:
            out.append(_inlines(c[1], notes))
        elif kind in ("Code", "Math", "RawInline") and isinstance(c, list) and len(c) == 2 and isinstance(c[1], str):
            out.append(c[1])
        elif kind == "Note":
            notes.append(_blocks(c, notes))
    text = "".join(out)
    pieces = text.split("\0")
    joined = pieces[0]
    for piece in pieces[1:]:
        latin = joined[-1:].isascii() and joined[-1:].isalnum() and piece[:1].isascii() and piece[:1].isalnum()
        joined += (" " if latin else "") + piece
    return joined


# Google Docs

def _google_doc(doc: dict) -> list[str]:
    """A Google Doc's paragraphs (its body's, or each tab's body in turn), each footnote after its paragraph."""
    footnotes = doc.get("footnotes") if isinstance(doc.get("footnotes"), dict) else {}
    bodies = [doc["body"]] if isinstance(doc.get("body"), dict) else []
    stack = list(doc.get("tabs") or []) if not bodies else []
    while stack:  # (tabs in order, each tab's child tabs after it)
        tab = stack.pop(0)
        if not isinstance(tab, dict):
            continue
        body = (tab.get("documentTab") or {}).get("body") if isinstance(tab.get("documentTab"), dict) else None
        if isinstance(body, dict):
            bodies.append(body)
        footnotes = {**footnotes, **((tab.get("documentTab") or {}).get("footnotes") or {})}
        stack[:0] = list(tab.get("childTabs") or [])
    parts: list[str] = []
    for body in bodies:
        parts += _content(body.get("content"), footnotes)
    return parts


def _content(content: Any, footnotes: dict) -> list[str]:
    """Structural elements' texts, a paragraph or a table each, the footnotes a paragraph refers to after it."""
    parts: list[str] = []
    for element in content or []:
        if not isinstance(element, dict):
            continue
        if isinstance(element.get("paragraph"), dict):
            refs: list[str] = []
            parts.append(_paragraph(element["paragraph"], refs))
            for ref in refs:
                note = footnotes.get(ref)
                if isinstance(note, dict):
                    parts += _content(note.get("content"), {})
        elif isinstance(element.get("table"), dict):
            rows = []
            for row in element["table"].get("tableRows") or []:
                cells = [" ".join(p.strip() for p in _content(cell.get("content"), footnotes) if p.strip())
                         for cell in (row.get("tableCells") or []) if isinstance(cell, dict)]
                rows.append("\t".join(cells))
            parts.append("\n".join(rows))
    return parts


def _paragraph(paragraph: dict, refs: list[str]) -> str:
    """A paragraph's runs joined (a suggested deletion none), its vertical tabs line ends; its footnotes' ids to
    refs."""
    text = ""
    for element in paragraph.get("elements") or []:
        if not isinstance(element, dict):
            continue
        run = element.get("textRun")
        if isinstance(run, dict) and isinstance(run.get("content"), str):
            if not run.get("suggestedDeletionIds"):
                text += run["content"]
        elif isinstance(element.get("footnoteReference"), dict):
            ref = element["footnoteReference"].get("footnoteId")
            if isinstance(ref, str):
                refs.append(ref)
        elif isinstance(element.get("richLink"), dict):
            title = (element["richLink"].get("richLinkProperties") or {}).get("title")
            text += title if isinstance(title, str) else ""
    return text.replace("\u000b", "\n").strip("\n")
