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
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_ROOT = compiled_re(r"\A\ufeff?\s*(?:<\?xml[^<>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^<>]*>\s*)?(?:<!--.*?-->\s*)*"
                    r"<opml[\s>]", re.S)
# (a later piece of the file, read a piece at a time: it opens on an outline's tag, its own or its end)
_PIECE = compiled_re(r"\A\s*</?outline[\s>/]")
_OUTLINE = compiled_re(r"<outline\b([^<>]*)>")
_TEXT = compiled_re(r"""\stext\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_NOTE = compiled_re(r"""\s_note\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_NOTE_BREAK = compiled_re(r"&#(?:10|x0*[aA]|13|x0*[dD]);|\r?\n")


def opml_plain(buf: str) -> str:
    """buf, if it is an OPML outline (see above), read as its items and notes, a line each; any other text as it
    is."""
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
