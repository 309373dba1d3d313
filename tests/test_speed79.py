"""speed79: the costs a document paid for being a document, cut without changing an answer.

- `compiled_re` / `compiled_regex` give the pattern this process made before for the same text and flags
  (the layout repair builds its line classes from the rule words for every document);
- `starts_with_any` keeps the line tests of every set a document asks (about eleven; it kept eight, so each
  document made them again and `_GATED` grew by them);
- a document's opening is read for its first place only when an article asks (`DocSituation.first_place`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stats.context.place import gaz_deepest
from stats.read.manifest import DocMeta
from stats.repair import layout
from stats.rules import prepared as prep
from stats.run.pipeline import Extractor
from stats.run.runner import extract_to


def test_the_same_pattern_text_gives_the_same_pattern_object_and_the_same_answers(monkeypatch) -> None:
    monkeypatch.setattr(prep, "_MADE", {})
    a = prep.compiled_re(r"(?P<y>\d{4})年", re.M)
    b = prep.compiled_re(r"(?P<y>\d{4})年", re.M)
    other_flags = prep.compiled_re(r"(?P<y>\d{4})年", 0)
    assert a is b and a is not other_flags and a == re.compile(r"(?P<y>\d{4})年", re.M)
    assert a.search("截至2025年末").group("y") == "2025"
    r1 = prep.compiled_regex(r"\p{Han}+(?=\d)")
    r2 = prep.compiled_regex(r"\p{Han}+(?=\d)")
    assert r1 is r2 and r1.search("全市新增就业1.2万人").group() == "全市新增就业"
    # a `re` pattern and a `regex` one of one text are two patterns: neither stands in for the other
    assert prep.compiled_re("a+") is not prep.compiled_regex("a+")


def test_the_patterns_kept_are_bounded(monkeypatch) -> None:
    """Patterns built from ever new texts (rule files being edited in one session) keep no more than MADE_KEPT."""
    monkeypatch.setattr(prep, "_MADE", {})
    monkeypatch.setattr(prep, "MADE_KEPT", 5)
    made = [prep.compiled_re(f"x{{{n}}}") for n in range(1, 13)]
    assert len(prep._MADE) <= 5
    assert [bool(p.fullmatch("x" * n)) for n, p in enumerate(made, 1)] == [True] * 12
    assert prep.compiled_re("x{12}") is made[-1]  # the last ones are still kept


def test_a_document_after_the_first_makes_no_line_test_again(tmp_path: Path) -> None:
    """Every set of line patterns a document's layout repair and segmentation ask is kept: a later document
    with the same rules finds them all, so the registry of gated tests (`layout._GATED`) stops growing."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(4):
        (folder / f"p{n}.txt").write_text(f"本报讯 今年全市新增城镇就业{n + 1}.2万人。\n\n城镇调查失业率5.{n}%。\n",
                                          encoding="utf-8")
    files = sorted(folder.glob("*.txt"))
    extract_to(files[:1], tmp_path / "a", jobs=1, cache=False)
    gated = len(layout._GATED)
    extract_to(files, tmp_path / "b", jobs=1, cache=False)
    assert len(layout._GATED) == gated
    info = layout.starts_with_any.cache_info()
    assert info.currsize < info.maxsize  # room for every set: none swept out between documents


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
