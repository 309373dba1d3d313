"""A web page as a reader tool (an HTML-to-Markdown converter) gives it: the Markdown's marks taken out where the
text is read, so that the words and figures they wrap read as the page showed them.

The figures of such a page stand in bold (增长**7.6**%, 增加**138张**): the marks part a number from its unit or a
word of change from its number. Its links are written [text](address) and its pictures ![alt](address): the
addresses hold dates and ids (t20260114_1946218.html) and keep a line of the page's chrome (上一篇：…, a line of its
own once the link is its text) from being known as one. A list's bullet (*   ) opens such a line too, and a numbered
list's point is escaped (1\\. ). So: a picture is dropped, a link is its text, bold and italic marks around words
are dropped, a line's bullet is a space and an escaped list point is a point.

A shared document's revision exported as Markdown keeps each corrected number's draft struck through right before the
correction (床位~~1862~~1886张, 增长~~5.2%~~5.6%, 投资~~2.1亿元~~2.36亿元). The marks taken out, the two numbers
run into one (18621886张), a value no one wrote; kept, the draft stands between the figure and the words that name it
(增加~~96~~120张 is no longer a change). The struck draft is dropped, as the revised page reads: only a number struck
alone (its magnitude and unit with it) with a digit right after it, so a pair of tildes a chat writes for a wave
(好消息~~新增就业2300人~~) drops no words.
"""

from __future__ import annotations

from stats.rules.prepared import compiled_re

_IMAGE = compiled_re(r"!\[[^\]\n]{0,300}\]\([^)\s]{1,1000}(?:[ \t]+\"[^\"\n]{0,200}\")?\)")
_LINK = compiled_re(r"\[([^\]\n]{1,300})\]\((?:[a-z]{2,10}:|/|\.{1,2}/|#)[^)\s]{0,1000}(?:[ \t]+\"[^\"\n]{0,200}\")?\)")
# bold or italic marks around a run of one line, neither mark against a space (so 2 ** 10 and a lone * stay)
_EMPHASIS = compiled_re(r"(\*\*|__)(?=[^\s*_])([^\n*]{1,300}?)(?<=[^\s*_])\1")
_BULLET = compiled_re(r"(?m)^([ \t]*)\*(?=[ \t])")
_LIST_POINT = compiled_re(r"(?m)^([ \t]*\d{1,3})\\(?=\.)")
# a struck draft right before its correction (~~1862~~1886张): a number alone, its magnitude and unit maybe (a few
# characters, no digit, space or tilde), and a digit right after the marks
_STRUCK_DRAFT = compiled_re(r"~~[-+]?\d[\d.,]{0,20}[^\d\s~]{0,4}~~(?=\d)")


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
    if "~~" in buf:
        buf = _STRUCK_DRAFT.sub("", buf)
    return buf
