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

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import regex

from .lexicon import PATTERN_TIMEOUT
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
_FOLDABLE = re.compile("[" + "".join(re.escape(c) for c in _FOLD) + "]")
_SPACE_RUN = regex.compile(f"[{regex.escape(_SPACES)}]+")
# Simple classes scan faster with the standard library's engine; these two run once per line.
_HAS_SPACE = re.compile(f"[{re.escape(_SPACES)}]")
# The line breaks str.splitlines() knows, so a page split here splits as it would there.
_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_ASCII_BYTES = bytes(range(128))


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _is_ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _lines(source: str) -> Iterator[tuple[int, str]]:
    """(offset, line without its \r/\n break) lazily, as str.splitlines(keepends=True) and rstrip would give.

    A list of every line would hold a large page twice over in small string objects.
    """
    pos = 0
    for m in _BREAK.finditer(source):
        yield pos, source[pos:m.start() if m.group()[0] in "\r\n" else m.end()]
        pos = m.end()
    if pos < len(source):
        yield pos, source[pos:]


def _width(line: str) -> float:
    """Printed width in Han characters: digits and Latin letters take about half a column."""
    if line.isascii():
        return 0.5 * len(line)
    data = line.encode("utf-8", "surrogatepass")
    n_ascii = len(data) - len(data.translate(None, _ASCII_BYTES))
    return (len(line) - n_ascii) + 0.5 * n_ascii


def _typical_width(source: str) -> float:
    widths: Counter[int] = Counter()
    for _, body in _lines(source):
        stripped = body.strip(_SPACES)
        if len(stripped) >= 8:
            widths[round(_width(stripped))] += 1
    if not widths:
        return 10.0**9
    return float(widths.most_common(1)[0][0])


@functools.lru_cache(maxsize=8)
def _opener(starts: tuple[regex.Pattern[str], ...]) -> Callable[[str], bool]:
    """Does a line open a paragraph: one alternation tried once instead of each pattern in turn.

    Only for match/no-match, so the patterns combine safely unless one refers back to a
    group by number or name; then, or if they do not compile together, each is tried.
    """
    pats = list(starts)
    if not pats:
        return lambda _line: False
    refers_back = any(regex.search(r"\\[1-9]|\(\?P=|\\g<", p.pattern) for p in pats)
    if len({p.flags for p in pats}) == 1 and not refers_back:
        try:
            combined = regex.compile("|".join(f"(?:{p.pattern})" for p in pats), pats[0].flags)
            return lambda line: combined.match(line, timeout=PATTERN_TIMEOUT) is not None
        except regex.error:
            pass
    return lambda line: any(p.match(line, timeout=PATTERN_TIMEOUT) for p in pats)


def repair(source: str, starts: Sequence[regex.Pattern[str]] = ()) -> Repaired:
    """Join broken lines into paragraphs; a line matching one of `starts` opens a paragraph."""
    width = _typical_width(source)
    opens = _opener(tuple(starts))  # compiled once per rule set, not once per page
    # one character for one, so offsets hold; most pages have nothing to fold
    folded = source.translate(_FOLD_TABLE) if _FOLDABLE.search(source) else source
    chunks: list[str] = []
    pieces: list[str] = []
    offsets = OffsetMap()
    last_line = ""  # stripped text of the last non-blank line
    blank_since = False
    prev = ""  # last character written, "" at the start of a paragraph
    for start, body in _lines(source):
        stripped = body.strip(_SPACES)
        if not stripped:
            blank_since = True
            continue
        if len(offsets):
            if (body[0] in _SPACES  # indented
                    or (blank_since and not _full(last_line, width))
                    or opens(stripped)):
                pieces.append("\n")
                offsets.add(start)
                prev = ""
        blank_since = False
        end = start + len(body)
        if _HAS_SPACE.search(body) is None:
            pieces.append(folded[start:end])
            offsets.add(start, end - start)
            prev = folded[end - 1]
        else:
            prev = _append_line(folded[start:end], start, pieces, offsets, prev)
        last_line = stripped
        if len(pieces) >= 4096:  # join as we go: no list of one string per line for long
            chunks.append("".join(pieces))
            pieces = []
    offsets.add(len(source))
    chunks.append("".join(pieces))
    return Repaired("".join(chunks), offsets)


def _full(line: str, width: float) -> bool:
    """A line that fills its column and ends mid-sentence: a blank line after it is a column break."""
    return line[-1:] not in _CLOSERS and (_width(line) >= width - 1.5 or _is_ascii_alnum(line[-1:]))


def _append_line(folded: str, start: int, pieces: list[str], offsets: OffsetMap, prev: str) -> str:
    """Copy one (folded) line, dropping justification spaces; returns the last character written."""
    n = len(folded)
    pos = 0
    for m in _SPACE_RUN.finditer(folded):
        i, j = m.span()
        if i > pos:
            pieces.append(folded[pos:i])
            offsets.add(start + pos, i - pos)
            prev = folded[i - 1]
        # keep one space only between two Latin letters (Mobile World); justification
        # spaces digits apart too (1 085), so a space between digits is dropped
        nxt = folded[j] if j < n else ""
        if prev and nxt and _is_ascii_letter(prev) and _is_ascii_letter(nxt):
            pieces.append(" ")
            offsets.add(start + i)
            prev = " "
        pos = j
    if pos < n:
        pieces.append(folded[pos:])
        offsets.add(start + pos, n - pos)
        prev = folded[-1]
    return prev
