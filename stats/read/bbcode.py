"""A forum post (Discuz, phpBB and the like: a county's BBS, a 贴吧 repost) copied with its BBCode: the tags taken out
where the text is read, so that the words and figures they wrap read as the forum showed them.

A poster marks the figures of a bulletin they repost in colour and bold, often around the number alone
([color=Red][b]68.42[/b][/color]亿元, 增长[b]5.3%[/b], 增长[color=Red]12.3[/color]%): left in, the tags' letters stand
between a number and its unit or between a word of change and its number, so the unit or the change is lost. A
picture's tag holds the picture's address, whose path is dated and numbered (…/forum/202603/28/091532x8k2.jpg), and
an attachment's or a video's tag an id: those are dropped with their tags. A link's tag ([url=…]text[/url]) is its
text; a heading's size and a quote's tags are dropped, their text kept.

Only the tags forums write are read, each a known name in square brackets, closed or opening with an optional
=value; a bracketed word of another kind ([1], [注], [b1]) is text and stays. A text with no closing tag ("[/") is
returned as it is.
"""

from __future__ import annotations

import re

from stats.rules.prepared import compiled_re

# the tags whose content is an address or an id, dropped whole
_MEDIA = compiled_re(r"\[(img|attach|attachimg|media|flash|audio)(?:=[^\[\]\n]{0,200})?\][^\[\]\n]{0,1000}\[/\1\]",
                     re.IGNORECASE)
# the tags that set or link their text: dropped, their text kept
_TAG = compiled_re(r"\[/?(?:b|i|u|s|strike|color|size|font|align|backcolor|bgcolor|url|email|quote|code|list|indent"
                   r"|p|table|tr|td|hr|sup|sub|center|left|right|float|hide|highlight|\*)(?:=[^\[\]\n]{0,200})?\]",
                   re.IGNORECASE)
BBCODE_MAX = 1100  # the longest tag or picture the patterns take: a piece's tail this long may hold one cut in two


def bbcode_plain(buf: str) -> str:
    """buf with the forum's BBCode taken out (see above); text with no closing tag is returned as it is."""
    if "[/" not in buf:
        return buf
    return _TAG.sub("", _MEDIA.sub("", buf))


def bbcode_cut(buf: str) -> int:
    """Where a tag or a picture the end of `buf` may cut in two starts (-1: none), so that the piece waits for the
    next: the first [ of the unfinished last line (at most `BBCODE_MAX` characters of it), as a tag and a picture
    never run over a line's end."""
    return buf.find("[", max(buf.rfind("\n") + 1, len(buf) - BBCODE_MAX))
