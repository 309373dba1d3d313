"""Figures of a text as a document of a manifest gives them: its publication date, paper and place.

The gold-set tests (news, reports, tables, place and period) judge periods and places, which hang on
the date and source a manifest line gives a document; a bare text has neither.
"""

from __future__ import annotations

import dataclasses

from stats.read.manifest import DocMeta
from stats.read.sources import source_from_text
from stats.run.pipeline import Extractor


def dated_figures(ex: Extractor, text: str, published: str = "", source: str = "", place: str = "") -> list[dict]:
    """The figure rows of `text` read as a document published on `published` by `source` (in `place`)."""
    src = dataclasses.replace(source_from_text(text), meta=DocMeta(published, source, place, "manifest.csv:2"))
    return ex.extract_source(src).figures


def quoted(figs: list[dict], *keys: str) -> list[tuple]:
    """Each figure's quote with the columns asked for, in order."""
    return [tuple(f[k] for k in ("quote", *keys)) for f in figs]
