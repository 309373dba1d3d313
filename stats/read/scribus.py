"""A page laid out in Scribus (its .sla document, as a county paper, a bulletin or a leaflet is set in it and the file
handed on), read as its text frames show their stories.

A .sla file is XML (<SCRIBUSUTF8NEW Version="1.5.8">, <SCRIBUSUTF8 for older versions) whose elements hold nothing
but attributes: the document's size, margins, colours, styles and PDF settings, each page's place, and each item
on a page a <PAGEOBJECT> whose attributes are its place, size, frame path and name (XPOS="142.52", WIDTH="556.85",
path="M0 0 L556.85 0 …", ANNAME="二条标题"). A text frame's story is a run of <ITEXT> elements, each a run of one
font and size whose characters are its CH attribute (Scribus 1.5 inside a <StoryText>, 1.4 right in the frame): a
change of font cuts a number from its unit and a number in two (a Latin font for the digits: CH="52" CH="16"
CH="人，"), and the story's breaks are elements of their own between them: <para/> a paragraph's end, <breakline/> a
line broken inside one, <tab/>, <nbspace/>, <nbhyphen/>, a frame's or a column's break (<breakframe/>,
<breakcol/>), a page number's variable (<var name="pgno"/>). Read with its tags dropped, there is no text at all;
read as the text in its attributes, the frames' names and the document's numbers stand among the stories.

So, in a text that is a Scribus document: each frame's story is read, frame by frame in the order the file keeps
them (its own order of items), a frame's end a blank line: the runs' characters joined, a paragraph's end a line's
end, a line broken inside a paragraph no character (the page's lines are one sentence), a tab a tab, a space that
breaks no line a space and a hyphen that breaks none a hyphen; the rest of the document (its settings, its pages,
its pictures, the frames' own attributes) is dropped. The character references in the runs (&amp;, &quot;, &#x0A;)
are read by the HTML reading after this one. Any other text comes back as it is.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

_ROOT = compiled_re(r"<SCRIBUSUTF8(?:NEW)?\s[^<>]*Version=\"")
_FRAME = compiled_re(r"<PAGEOBJECT\b[^<>]*?(?:/>|>(.*?)</PAGEOBJECT>)", re.S)
_STORY = compiled_re(r"<ITEXT\b[^<>]*?\bCH=\"([^\"]*)\"[^<>]*/?>"
                     r"|<(para|breakline|tab|nbspace|nbhyphen|breakframe|breakcol)\b[^<>]*/>")
_SHOWN = {"para": "\n", "breakline": "", "tab": "\t", "nbspace": " ", "nbhyphen": "-", "breakframe": "",
          "breakcol": ""}


def _story(frame: str) -> str:
    """A text frame's story as it shows it (see above): its runs' characters and its breaks."""
    out: list[str] = []
    for m in _STORY.finditer(frame):
        out.append(m.group(1) if m.group(1) is not None else _SHOWN[m.group(2)])
    return "".join(out).strip("\n")


def scribus_plain(text: str) -> str:
    """text read as its Scribus document's text frames show their stories (see above), else text as it is."""
    if "<SCRIBUSUTF8" not in text or "ITEXT" not in text:
        return text
    root = _ROOT.search(text)
    if root is None:
        return text
    stories = [story for m in _FRAME.finditer(text, root.end()) if m.group(1) and (story := _story(m.group(1)))]
    if not stories:
        return text
    return "\n\n".join(stories) + "\n"
