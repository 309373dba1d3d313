"""speed79: the costs a document paid for being a document, cut without changing an answer.

- `compiled_re` / `compiled_regex` give the pattern this process made before for the same text and flags
  (the layout repair builds its line classes from the rule words for every document);
- `starts_with_any` keeps the line tests of every set a document asks (about eleven; it kept eight, so each
  document made them again and `_GATED` grew by them);
- a document's opening is read for its first place only when an article asks (`DocSituation.first_place`).
"""

from __future__ import annotations

import pytest

from stats.context.place import gaz_deepest
from stats.read.manifest import DocMeta
from stats.run.pipeline import Extractor


@pytest.fixture(scope="module")
def situator(ruleset):  # noqa: ANN001, ANN201 - the session's rule set (conftest)
    return Extractor(ruleset).situator


def test_the_openings_place_is_read_only_when_an_article_names_none(situator) -> None:  # noqa: ANN001
    head = "贵州省毕节市七星关区2025年就业工作会议召开\n会议指出，全区新增城镇就业1.2万人。"
    doc = situator.document(DocMeta("2026-01-10", "", "", "manifest.csv:2"), head)
    own = situator.article(doc, "", ("遵义市新增就业8000人",), ["遵义市今年新增城镇就业8000人。"])
    assert own.places.home is not None and own.places.home.name == "遵义市"
    assert "first_place" not in vars(doc)  # the article named its own: the opening was not read
    none = situator.article(doc, "", (), ["今年新增城镇就业1.2万人。"])
    assert "first_place" in vars(doc)
    assert doc.first_place == gaz_deepest(situator.gazetteer, head, None)
    assert doc.first_place is not None and doc.first_place.name == "七星关区"
    assert none.places.home == doc.first_place


def test_a_document_without_an_opening_has_no_first_place(situator) -> None:  # noqa: ANN001
    doc = situator.document(DocMeta("2026-01-10", "", "", "manifest.csv:3"))
    art = situator.article(doc, "", (), ["今年新增城镇就业1.2万人。"])
    assert doc.first_place is None and art.places.home is None
