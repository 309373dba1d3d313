"""A shared document downloaded as plain text with its reviewers' comments (Google Docs' File → Download → .txt):
each comment's mark left where its range ended, a letter in brackets ([a], [b], … [z], [aa]), and the comments'
texts after the document, each line opening on its mark ([a]王磊 2026-01-20：已与国库月报核对).

A range ends wherever the reviewer let go of it: right after a figure (3.86亿元[a]), between a number and its
magnitude (2.41[b]亿元: the reviewer marked the number alone) or between a word of change and its number (同比增长[c]5.8%).
Read as written, the mark parts the number from its unit (2.41 reads as no money) or the change from its word, and the
comments' texts, a reviewer's words and dates, read as the document's last lines.

So where a text's lines open on such marks after the last place the same marks stand inside a line (the comments
after the document), each mark inside a line is dropped, as the document reads without its comments, and so is each
comment's line. A footnote's mark ([1]) is the document's own and stays; a letter in brackets whose comment is not
there (a list's [a] item, a note's [b]) stays as it is.
"""

from __future__ import annotations

from stats.rules.prepared import compiled_re

_COMMENT_LINE = compiled_re(r"(?m)^\[([a-z]{1,2})\][^\n]*\n?")
_MARK = compiled_re(r"(?<!^)(?<!\n)\[([a-z]{1,2})\]")


def comment_marks_out(buf: str) -> str:
    """buf, if it is a document with its comments after it (see above), without the comments' marks and texts; any
    other text as it is."""
    if "[a]" not in buf:
        return buf
    lines = list(_COMMENT_LINE.finditer(buf))
    marks = {m.group(1) for m in lines}
    if "a" not in marks:
        return buf
    inline = [m for m in _MARK.finditer(buf) if m.group(1) in marks]
    after = [m.start() for m in lines if inline and m.start() > inline[-1].start()]
    if not after:
        return buf
    used = {m.group(1) for m in inline}
    head, tail = buf[:after[0]], buf[after[0]:]
    return (_MARK.sub(lambda m: "" if m.group(1) in used else m.group(), head)
            + _COMMENT_LINE.sub(lambda m: "" if m.group(1) in used else m.group(), tail))
