"""Figures of a text as a document of a manifest gives them: its publication date, paper and place.

The gold-set tests (news, reports, tables, place and period) judge periods and places, which hang on
the date and source a manifest line gives a document; a bare text has neither.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from stats.read.manifest import DocMeta
from stats.read.sources import source_from_text
from stats.run.pipeline import Extractor


def dated_figures(ex: Extractor, text: str, published: str = "", source: str = "", place: str = "") -> list[dict]:
    """The figure rows of `text` read as a document published on `published` by `source` (in `place`)."""
    src = dataclasses.replace(source_from_text(text), meta=DocMeta(published, source, place, "manifest.csv:2"))
    return ex.extract_source(src).figures


def valued(ex: Extractor, text: str, published: str) -> set[tuple[float, str, str, str]]:
    """Each figure of `text` (published on `published`) as its value, measure, role and period: what a damaged form
    must still give once read, whatever its offsets."""
    return {(f["value"], f["measure"], f["role"], f["period"]) for f in dated_figures(ex, text, published)}


def quoted(figs: list[dict], *keys: str) -> list[tuple]:
    """Each figure's quote with the columns asked for, in order."""
    return [tuple(f[k] for k in ("quote", *keys)) for f in figs]


def folder_figures(folder: Path, docs: Iterable[tuple[str, str, str, str]]) -> dict[str, list[dict]]:
    """The figure rows of texts written into `folder` with a manifest that dates and sources each (name, published,
    source, text; a name without a suffix gets .txt), read as `stats extract` reads a folder, by document id: the
    probes of place and period carried between sentences judge what a whole run gives, manifest included."""
    from stats.run.runner import extract_paths

    folder.mkdir(parents=True, exist_ok=True)
    rows = ["file,published,source"]
    for name, published, source, text in docs:
        file = name if Path(name).suffix else f"{name}.txt"
        (folder / file).write_text(text + "\n", encoding="utf-8")
        rows.append(f"{file},{published},{source}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    by_doc: dict[str, list[dict]] = {}
    for f in extract_paths([folder]).figures.to_pylist():
        by_doc.setdefault(f["doc_id"], []).append(f)
    return by_doc
