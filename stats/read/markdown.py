"""A web page as a reader tool (an HTML-to-Markdown converter) gives it: the Markdown's marks taken out where the
text is read, so that the words and figures they wrap read as the page showed them.

The figures of such a page stand in bold (增长**7.6**%, 增加**138张**): the marks part a number from its unit or a
word of change from its number. Its links are written [text](address) and its pictures ![alt](address): the
addresses hold dates and ids (t20260114_1946218.html) and keep a line of the page's chrome (上一篇：…, a line of its
own once the link is its text) from being known as one. A list's bullet (*   ) opens such a line too, and a numbered
list's point is escaped (1\\. ). So: a picture is dropped, a link is its text, bold and italic marks around words
are dropped, a line's bullet is a space and an escaped list point is a point.
"""

from __future__ import annotations

from stats.rules.prepared import compiled_re

_IMAGE = compiled_re(r"!\[[^\]\n]{0,300}\]\([^)\s]{1,1000}(?:[ \t]+\"[^\"\n]{0,200}\")?\)")
_LINK = compiled_re(r"\[([^\]\n]{1,300})\]\((?:[a-z]{2,10}:|/|\.{1,2}/|#)[^)\s]{0,1000}(?:[ \t]+\"[^\"\n]{0,200}\")?\)")
# bold or italic marks around a run of one line, neither mark against a space (so 2 ** 10 and a lone * stay)
_EMPHASIS = compiled_re(r"(\*\*|__)(?=[^\s*_])([^\n*]{1,300}?)(?<=[^\s*_])\1")
_BULLET = compiled_re(r"(?m)^([ \t]*)\*(?=[ \t])")
_LIST_POINT = compiled_re(r"(?m)^([ \t]*\d{1,3})\\(?=\.)")


def markdown_plain(buf: str) -> str:
    """buf with the Markdown marks taken out (see above); text holding none of them is returned as it is."""
    if "](" in buf:
        buf = _LINK.sub(r"\1", _IMAGE.sub("", buf))
    if "**" in buf or "__" in buf:
        buf = _EMPHASIS.sub(r"\2", buf)
    if "* " in buf or "*\t" in buf:
        buf = _BULLET.sub(r"\1 ", buf)
    if "\\." in buf:
        buf = _LIST_POINT.sub(r"\1", buf)
    return buf
