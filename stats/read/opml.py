"""An outline as an outliner exports it in OPML (幕布/Mubu's, XMind's, Workflowy's, Dynalist's export; a meeting's
outline, a report's draft in points): each item read as the outliner shows it, a line, its note under it.

OPML is XML: an <opml> root, a <head> (the file's title, dates, the window's place and size, 1: no figure of the
outline), a <body> of nested <outline> elements, each item's words in its text attribute (character references for
quotes and marks, 坚持&quot;三保&quot;), its note in a _note attribute (&#10; at each of its line's ends). 幕布 adds
its own copies of both as rich text, URL-encoded (_mubu_text="%3Cspan%3E%E4%BA%89…资金27.6%E4%BA%BF…"), and other
tools add attributes of their own (created="1768812345", _status, colour numbers). Read with its tags dropped there
is no word at all; read as written, every attribute's numbers stand beside the item's and the URL-encoded copies' hex
digits stand against the figures' digits (%E9%87%9127.6%E4).

So a text whose root is <opml> (after an XML declaration, comments and a doctype) is read as its body's items, in
order, each item's text a line (its references read by the HTML reading after this one) and its note's lines after
it; the head, every other attribute and the tags are dropped. A later piece of the file (read a piece at a time,
a piece opening on an outline's tag or its end tag: no other text holds <outline>) is read the same way; any other
text comes back as it is.

A FreeMind (or Freeplane) mind map (.mm: a <map version="…"> root) is XML of the same kind: nested <node> elements,
each item's words in its TEXT attribute (FreeMind writes every non-ASCII character as a hexadecimal reference,
&#x901a;&#x6e2d;…), its ID, CREATED and MODIFIED times (ID_1543295057, 1732581239284) and a POSITION beside them, a
note (or a node's own rich text) as a small HTML page in a <richcontent> element. Read as written, every node's
words stand inside its tag between those numbers, and a branch's items run into one sentence (每千人口床位数提高到6.5张
| 卫生健康系统公开招聘专业技术人员150名: the people hired counted per thousand). So a map is read as its nodes in
order, each a paragraph of its own, an item (a node with no node inside it) ending on a full stop where it ends no
clause of its own (as an XMind map's topics are read, `stats.read.appjson`), a node's note on the lines after its
text; every attribute but the text, and the tags, dropped.
"""

from __future__ import annotations

import html
import re
import unicodedata

from stats.rules.prepared import compiled_re

_ROOT = compiled_re(r"\A\ufeff?\s*(?:<\?xml[^<>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^<>]*>\s*)?(?:<!--.*?-->\s*)*"
                    r"<opml[\s>]", re.S)
# (a later piece of the file, read a piece at a time: it opens on an outline's tag, its own or its end)
_PIECE = compiled_re(r"\A\s*</?outline[\s>/]")
_OUTLINE = compiled_re(r"<outline\b([^<>]*)>")
_TEXT = compiled_re(r"""\stext\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_NOTE = compiled_re(r"""\s_note\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_NOTE_BREAK = compiled_re(r"&#(?:10|x0*[aA]|13|x0*[dD]);|\r?\n")

# FreeMind's and Freeplane's mind map (.mm): a <map> root, nested <node> elements
_MAP_ROOT = compiled_re(r"\A\ufeff?\s*(?:<\?xml[^<>]*\?>\s*)?(?:<!--.*?-->\s*)*<map\s+version=\"[^\"]*\"\s*>", re.S)
_MAP_MARK = compiled_re(r"<node\b(?P<attrs>[^<>]*?)(?P<closed>/?)>|(?P<end></node>)"
                        r"|<richcontent\b[^<>]*?\bTYPE=\"(?P<kind>NODE|NOTE|DETAILS)\"[^<>]*>(?P<html>.*?)</richcontent>",
                        re.S)
_MAP_TEXT = compiled_re(r"""\sTEXT\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_HTML_BLOCK = compiled_re(r"</?(?:p|div|br|li|tr|h[1-6])\b[^<>]*>")
_HTML_TAG = compiled_re(r"<[^<>]*>")
_CLAUSE_ENDS = frozenset(",;:!?" + "".join(map(unicodedata.lookup, (
    "FULLWIDTH COMMA", "IDEOGRAPHIC COMMA", "IDEOGRAPHIC FULL STOP", "FULLWIDTH SEMICOLON", "FULLWIDTH COLON",
    "FULLWIDTH EXCLAMATION MARK", "FULLWIDTH QUESTION MARK", "HORIZONTAL ELLIPSIS"))))
_STOP = unicodedata.lookup("IDEOGRAPHIC FULL STOP")


def opml_plain(buf: str) -> str:
    """buf, if it is an OPML outline or a FreeMind map (see above), read as its items and notes, a line each; any
    other text as it is."""
    if "<map" in buf[:2000] and "<node" in buf and _MAP_ROOT.match(buf) is not None:
        return _mind_map(buf)
    if ("<opml" not in buf[:2000] or _ROOT.match(buf) is None) and _PIECE.match(buf) is None:
        return buf
    out: list[str] = []
    for m in _OUTLINE.finditer(buf):
        attrs = m.group(1)
        text = _TEXT.search(attrs)
        if text is not None:
            out.append(_value(text).strip())
        note = _NOTE.search(attrs)
        if note is not None:
            out += [line.strip() for line in _NOTE_BREAK.split(_value(note)) if line.strip()]
    return "\n".join(out) + "\n" if out else ""


def _value(m: re.Match[str]) -> str:
    """An attribute's value, between double quotes or single ones."""
    return m.group(1) if m.group(1) is not None else m.group(2)


def _mind_map(buf: str) -> str:
    """A FreeMind map's nodes in order, each a paragraph of its own (a blank line after it), a node with no children
    (an item, not a branch's heading) ending on a full stop where it ends no clause of its own; a node's note (or
    its details) on the lines right after its text."""
    nodes: list[dict] = []  # (in the order they open: text, notes, whether another node opens inside)
    open_nodes: list[dict] = []
    for m in _MAP_MARK.finditer(buf):
        if m.group("end") is not None:
            if open_nodes:
                open_nodes.pop()
            continue
        if m.group("kind") is not None:  # (a node's rich text, or its note)
            words = [html.unescape(line.strip()) for line in
                     _HTML_TAG.sub("", _HTML_BLOCK.sub("\n", m.group("html"))).splitlines() if line.strip()]
            if open_nodes and words:
                if m.group("kind") == "NODE":
                    open_nodes[-1]["text"] = " ".join(words)
                else:
                    open_nodes[-1]["notes"] += words
            continue
        text = _MAP_TEXT.search(m.group("attrs"))
        node = {"text": html.unescape(_value(text)).strip() if text else "", "notes": [], "kids": False}
        if open_nodes:
            open_nodes[-1]["kids"] = True
        nodes.append(node)
        if not m.group("closed"):
            open_nodes.append(node)
    out: list[str] = []
    for node in nodes:
        item = node["text"]
        if item:
            out.append(item if node["kids"] or item[-1] in _CLAUSE_ENDS else item + _STOP)
        out += node["notes"]
    return "\n\n".join(out) + "\n" if out else buf
