"""Mark a figure inside its sentence, for the HTML pages where a reader checks a figure.

The figure's offsets are into the repaired document text and the sentence's start
is too, so the figure's place in the sentence is a subtraction. The quote has its
spaces and line breaks removed, so it is only used to check that place, and to
find the figure when the offsets do not fit the sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex
from markupsafe import Markup, escape

_SPACE = regex.compile(r"\s+")


def locate(sentence: str, sentence_start: int | None, start: int, end: int, quote: str) -> tuple[int, int] | None:
    """The figure's (begin, end) within `sentence`, or None when it cannot be placed."""
    if sentence_start is not None:
        begin, stop = start - sentence_start, end - sentence_start
        if 0 <= begin < stop <= len(sentence) and _SPACE.sub("", sentence[begin:stop]) == quote:
            return begin, stop
    if quote:
        found = sentence.find(quote)
        if found >= 0:
            return found, found + len(quote)
    return None


def mark_figure(sentence: str, sentence_start: int | None, start: int, end: int, quote: str) -> Markup:
    """The sentence as HTML with the figure wrapped in `<mark>`; unmarked if it cannot be placed."""
    place = locate(sentence, sentence_start, start, end, quote)
    if place is None:
        return Markup(escape(sentence))
    begin, stop = place
    return Markup("{}<mark>{}</mark>{}").format(sentence[:begin], sentence[begin:stop], sentence[stop:])


def mark_figures(
    text: str, text_start: int | None, figures: Iterable[tuple[str, int, int, str]], href: Callable[[str], str]
) -> Markup:
    """`text` (a sentence or an article) as HTML with every figure in it marked and linked to its row.

    `figures` are (figure_id, start, end, quote) with offsets into the repaired document text,
    like `text_start`; a figure that overlaps the one before it, or cannot be placed, is left unmarked."""
    out = Markup("")
    last = 0
    for figure_id, start, end, quote in sorted(figures, key=lambda figure: figure[1]):
        place = locate(text, text_start, start, end, quote)
        if place is None or place[0] < last:
            continue
        begin, stop = place
        out += escape(text[last:begin])
        out += Markup('<a class="stats-figure" href="{}" title="{}"><mark>{}</mark></a>').format(
            href(figure_id), figure_id, text[begin:stop]
        )
        last = stop
    return out + escape(text[last:])
