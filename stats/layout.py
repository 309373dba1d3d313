"""Undo page-layout damage from PDF text extraction, keeping a map back to the source.

Narrow newspaper columns break lines mid-word and mid-number (`2023\\n年`), justification
spaces characters apart (`增 长 2.23 倍`), and digits come full-width (`１２`). The
repaired text joins lines within a paragraph, drops those spaces and folds full-width
digits, letters and number signs to ASCII. Paragraphs end up one per line.

Every character of the repaired text keeps the offset of the source character it came
from (`Repaired.offsets`), so a figure found in repaired text points at its exact place
in the file: the one provenance primitive the rest of the pipeline relies on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import regex

from .offsets import OffsetMap

# Full-width forms folded to ASCII: digits, Latin letters and the signs numbers use.
# Chinese punctuation (，。（）：；) stays as written: the rules read it.
_FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}
_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})
_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})
_FOLD.update({"％": "%", "．": ".", "＋": "+", "－": "-", "／": "/", "～": "~", "‰": "‰"})

_SPACES = " \t\u3000\u00a0\u2002\u2003\u2009\r\f\v"
# A paragraph whose last line ends like this is complete; otherwise a blank line after a
# full-width column line is a page or column break inside the sentence.
_CLOSERS = "。！？!?；;：:”’」』）)】》…"


@dataclass
class Repaired:
    text: str
    offsets: OffsetMap  # offsets[i] = source offset of text[i]; one extra entry: len(source)

    def src_span(self, start: int, end: int) -> tuple[int, int]:
        """Source [start, end) of the repaired span [start, end)."""
        if end <= start:
            s = self.offsets[start]
            return s, s
        return self.offsets[start], self.offsets[end - 1] + 1


_FOLD_TABLE = str.maketrans(_FOLD)
_SPACE_RUN = regex.compile(f"[{regex.escape(_SPACES)}]+")
_ASCII = regex.compile(r"[\x00-\x7f]")
# The line breaks str.splitlines() knows, so a page split here splits as it would there.
_BREAK = regex.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _is_ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _lines(source: str) -> Iterator[tuple[int, str]]:
    """(offset, line without its break) lazily: a list of every line would double a large page in memory."""
    pos = 0
    for m in _BREAK.finditer(source):
        yield pos, source[pos:m.end()].rstrip("\r\n")
        pos = m.end()
    if pos < len(source):
        yield pos, source[pos:]


def _width(line: str) -> float:
    """Printed width in Han characters: digits and Latin letters take about half a column."""
    if line.isascii():
        return 0.5 * len(line)
    n_ascii = _ASCII.subn("", line)[1]
    return (len(line) - n_ascii) + 0.5 * n_ascii


def _typical_width(lines: Iterable[tuple[int, str]]) -> float:
    widths: Counter[int] = Counter()
    for _, body in lines:
        stripped = body.strip(_SPACES)
        if len(stripped) >= 8:
            widths[round(_width(stripped))] += 1
    if not widths:
        return 10.0**9
    return float(widths.most_common(1)[0][0])


class _Text:
    """The repaired text as it grows: pieces joined in batches so no list holds one string per line for long."""

    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.pieces: list[str] = []
        self.offsets = OffsetMap()

    def add(self, piece: str, src: int) -> None:
        self.pieces.append(piece)
        self.offsets.add(src, len(piece))
        if len(self.pieces) >= 4096:
            self.chunks.append("".join(self.pieces))
            self.pieces = []

    def __bool__(self) -> bool:
        return len(self.offsets) > 0

    def done(self, end: int) -> Repaired:
        self.offsets.add(end)
        return Repaired("".join(self.chunks) + "".join(self.pieces), self.offsets)


def repair(source: str, starts: Sequence[regex.Pattern[str]] = ()) -> Repaired:
    """Join broken lines into paragraphs; a line matching one of `starts` opens a paragraph."""
    width = _typical_width(_lines(source))
    out = _Text()
    last_line = ""  # stripped text of the last non-blank line
    last_width = 0.0
    blank_since = False
    prev = ""  # last character written, "" at the start of a paragraph
    for start, body in _lines(source):
        stripped = body.strip(_SPACES)
        if not stripped:
            blank_since = True
            continue
        if out:
            indented = body[:1] in _SPACES
            full = last_line[-1:] not in _CLOSERS and (last_width >= width - 1.5 or _is_ascii_alnum(last_line[-1:]))
            new_paragraph = (indented or (blank_since and not full)
                             or any(p.match(stripped) for p in starts))
            if new_paragraph:
                out.add("\n", start)
                prev = ""
        blank_since = False
        prev = _append_line(body, start, out, prev)
        last_line, last_width = stripped, _width(stripped)
    return out.done(len(source))


def _append_line(body: str, start: int, out: _Text, prev: str) -> str:
    """Copy one line, folding full-width forms and dropping justification spaces; returns the last character."""
    folded = body.translate(_FOLD_TABLE)  # one character for one: offsets within the line hold
    n = len(body)
    pos = 0
    for m in _SPACE_RUN.finditer(body):
        i, j = m.span()
        if i > pos:
            out.add(folded[pos:i], start + pos)
            prev = folded[i - 1]
        # keep one space only between two Latin letters (Mobile World); justification
        # spaces digits apart too (1 085), so a space between digits is dropped
        nxt = folded[j] if j < n else ""
        if prev and nxt and _is_ascii_letter(prev) and _is_ascii_letter(nxt):
            out.add(" ", start + i)
            prev = " "
        pos = j
    if pos < n:
        out.add(folded[pos:], start + pos)
        prev = folded[-1]
    return prev
