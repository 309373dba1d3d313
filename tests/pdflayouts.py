"""The page layouts the PDF tests typeset: columns, articles side by side, wide spacing, headlines across columns."""

from __future__ import annotations

from .pdfpages import Article, Region
from .pdftexts import ELDERLY, HEALTH, HEALTH_DECK, JOBS

ALL = Article(ELDERLY.headline, ELDERLY.paragraphs + JOBS.paragraphs + HEALTH.paragraphs)


def layouts() -> dict[str, list[list[Region]]]:
    """name → pages, each a list of regions (an article and where it is set)."""
    return {
        # one article under a headline across three, four and five justified columns
        "columns3": [[Region(ALL, 40, 555, 60, 400, 3)]],
        "columns4": [[Region(ALL, 40, 555, 60, 400, 4)]],
        "columns5": [[Region(ALL, 40, 555, 60, 400, 5, size=8.0)]],
        # two articles side by side, each in two columns, a third across the page below them,
        # its headline with a subtitle
        "side": [[Region(ELDERLY, 40, 290, 60, 300, 2), Region(JOBS, 305, 555, 60, 300, 2),
                  Region(HEALTH_DECK, 40, 555, 330, 440, 3)]],
        # wide line spacing, two articles on two pages
        "wide": [[Region(ELDERLY, 40, 555, 60, 260, 3, leading=2.4)],
                 [Region(JOBS, 40, 555, 60, 260, 2, leading=2.2), Region(HEALTH, 40, 555, 400, 600, 2, leading=2.2)]],
    }
