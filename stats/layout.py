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
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .lexicon import PATTERN_TIMEOUT

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
    offsets: list[int]  # offsets[i] = source offset of text[i]; one extra entry: len(source)

    def src_span(self, start: int, end: int) -> tuple[int, int]:
        """Source [start, end) of the repaired span [start, end)."""
        if end <= start:
            s = self.offsets[start]
            return s, s
        return self.offsets[start], self.offsets[end - 1] + 1


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _is_ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _lines(source: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in source.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append((pos, body))
        pos += len(line)
    return out


def _width(line: str) -> float:
    """Printed width in Han characters: digits and Latin letters take about half a column."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in line)


def _typical_width(lines: list[tuple[int, str]]) -> float:
    widths = Counter(round(_width(body.strip(_SPACES))) for _, body in lines if len(body.strip(_SPACES)) >= 8)
    if not widths:
        return 10.0**9
    return float(widths.most_common(1)[0][0])


def repair(source: str, starts: Sequence[regex.Pattern[str]] = ()) -> Repaired:
    """Join broken lines into paragraphs; a line matching one of `starts` opens a paragraph."""
    lines = _lines(source)
    width = _typical_width(lines)
    chars: list[str] = []
    offsets: list[int] = []
    last_line = ""  # stripped text of the last non-blank line
    blank_since = False
    for start, body in lines:
        stripped = body.strip(_SPACES)
        if not stripped:
            blank_since = True
            continue
        indented = body[:1] in _SPACES
        if chars:
            full = last_line[-1:] not in _CLOSERS and (
                _width(last_line) >= width - 1.5 or _is_ascii_alnum(last_line[-1:])
            )
            opens = any(p.match(stripped, timeout=PATTERN_TIMEOUT) for p in starts)
            new_paragraph = indented or opens or (blank_since and not full)
            if new_paragraph:
                chars.append("\n")
                offsets.append(start)
        blank_since = False
        _append_line(body, start, chars, offsets)
        last_line = stripped
    offsets.append(len(source))
    return Repaired("".join(chars), offsets)


def _append_line(body: str, start: int, chars: list[str], offsets: list[int]) -> None:
    """Copy one line, folding full-width forms and dropping justification spaces."""
    n = len(body)
    i = 0
    while i < n:
        ch = body[i]
        if ch in _SPACES:
            # keep one space only between two Latin letters (Mobile World); justification
            # spaces digits apart too (1 085), so a space between digits is dropped
            j = i
            while j < n and body[j] in _SPACES:
                j += 1
            prev = chars[-1] if chars and chars[-1] != "\n" else ""
            nxt = _FOLD.get(body[j], body[j]) if j < n else ""
            if prev and nxt and _is_ascii_letter(prev) and _is_ascii_letter(nxt):
                chars.append(" ")
                offsets.append(start + i)
            i = j
            continue
        chars.append(_FOLD.get(ch, ch))
        offsets.append(start + i)
        i += 1
