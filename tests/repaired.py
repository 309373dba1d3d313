"""Helpers for the page-layout tests: a page's paragraphs after layout repair, and columns printed a
row at a time as a loose extractor prints them. Shared so that each test reads its page the one way the
pipeline does."""

from __future__ import annotations

from stats.extract.layout import repair
from stats.rules.lexicon import Lexicon


def paragraphs(lex: Lexicon, page: str) -> list[str]:
    """The page's lines after layout repair, with the repair settings the lexicon gives."""
    return repair(page, lex.article_start, lex.sentence_end, closing=lex.closing, complete=lex.line_complete,
                  alone=lex.running_head, heading=lex.heading).text.split("\n")


def swept(columns: list[list[str]]) -> list[str]:
    """The columns' lines a row at a time, as pdfminer prints a loosely set page."""
    return [c[r] for r in range(max(map(len, columns))) for c in columns if r < len(c)]
