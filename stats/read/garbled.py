"""A line decoded with the wrong encoding (a UTF-8 part read as GBK, a GBK part read as UTF-8, then saved): unread.

Its Han text is other characters (mojibake), its marks gone, with a replacement character (U+FFFD) wherever a byte
fitted no character of the wrong encoding; its digits and its % are ASCII and come through as they were. A number
there stands among words no reader can read back for certain (the losses cannot be undone), so a 3.2% of it would be
a figure of no known thing. Such a line is two replacement characters or more and none of the marks that a Chinese
line of that length holds (their bytes are what the wrong decoding turned to other characters): each of its
characters but spaces is made U+FFFD, one for one, as the layout marks what it cannot read. A line with a bad byte
or two but its marks (a character GBK lacks, a cut download) is read as it is.
"""

from __future__ import annotations

from stats.rules.prepared import compiled_re

_BAD = "\ufffd"
_BAD_MIN = 2  # the fewest replacement characters of a wrongly decoded line
_LINE_MIN = 12  # the shortest line told so (a short line may hold no mark at all)
# the marks a Chinese line holds: the ideographic comma and full stop, the full-width comma, semicolon, colon,
# brackets, question and exclamation marks
_MARKS = compiled_re(r"[\N{IDEOGRAPHIC COMMA}\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH COMMA}\N{FULLWIDTH SEMICOLON}"
                     r"\N{FULLWIDTH COLON}\N{FULLWIDTH LEFT PARENTHESIS}\N{FULLWIDTH RIGHT PARENTHESIS}"
                     r"\N{FULLWIDTH QUESTION MARK}\N{FULLWIDTH EXCLAMATION MARK}]")
_SPACE = " \t\r\u3000"


def garbled_blank(buf: str) -> str:
    """buf with each wrongly decoded line (see above) made replacement characters, its spaces and length kept."""
    if buf.count(_BAD) < _BAD_MIN:
        return buf
    lines = buf.split("\n")
    for i, line in enumerate(lines):
        if line.count(_BAD) >= _BAD_MIN and len(line.strip(_SPACE)) >= _LINE_MIN and _MARKS.search(line) is None:
            lines[i] = "".join(c if c in _SPACE else _BAD for c in line)
    return "\n".join(lines)
