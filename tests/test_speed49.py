"""speed49: the items and rows of a list of places that are common words asked for only where a common short form
stands (`Gazetteer._common_gate` before `_listed_common`).

The gate may only skip a text to which `_listed_common` adds nothing: these tests hold it to that over every line and
clause of the shipped and gold texts, and over short sentences of our own."""

from __future__ import annotations

import pytest

from stats.context.place import Gazetteer, Mention
from stats.run.pipeline import Extractor
from tests.pagetext import WHOLE, every_piece


@pytest.fixture(scope="module")
def gaz(extractor: Extractor) -> Gazetteer:
    return extractor.situator.gazetteer


@pytest.fixture(scope="module", params=WHOLE)
def pieces(request: pytest.FixtureRequest) -> list[str]:
    """Every line of the shipped and gold texts (a sample of the gold sets in the default suite, every one in the slow
    job), and each line's sentences cut at the sentence marks."""
    return every_piece(request.param)


def test_the_gate_holds_every_common_short_form(gaz: Gazetteer) -> None:
    """Each short form that is a common word (the only names a row of `_common_rows` can take) opens a gate match."""
    assert gaz.common_short and gaz._common_gate is not None
    for word in gaz.common_short:
        assert gaz._common_gate.search(f"xx{word}yy") is not None


def test_nothing_is_added_where_the_gate_is_shut(gaz: Gazetteer, pieces: list[str]) -> None:
    """Over every line and sentence stats may meet: where `_listed_common` adds an item or a row (`_common_rows`) the
    gate lets the text through, so the skip changes no answer; and it shuts most texts that name a place (its use)."""
    assert gaz._common_gate is not None
    named = shut = 0
    for text in pieces:
        out = gaz._mentions(text)
        if not out:
            continue
        named += 1
        if gaz._common_gate.search(text) is None:
            shut += 1
            assert gaz._common_rows(text, out, None) == [], text
            assert gaz._listed_common(text, out) is out, text
    assert named > 1000 and shut > named // 2


def test_a_row_of_a_list_of_places_is_still_found(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    """其中太原5.2万人，大同2.1万人: the common word 大同 heading its clause after a city's row is a mention, and so is
    one listed after a city (太原、大同两市); a sentence with no common short form never asks for either."""
    found = [m for m in gaz._mentions("全省城镇新增就业24.6万人，其中太原5.2万人，大同2.1万人。") if m.word == "大同"]
    assert [(m.start, m.areas[0].name) for m in found] == [(25, "大同市")]
    found = [m for m in gaz._mentions("太原、大同两市新建养老床位1200张。") if m.word == "大同"]
    assert [(m.start, m.areas[0].name) for m in found] == [(3, "大同市")]

    def refuse(*_: object) -> list[Mention]:
        raise AssertionError("asked")

    monkeypatch.setattr(Gazetteer, "_common_rows", refuse)
    monkeypatch.setattr(Gazetteer, "_listed_common", refuse)
    assert [m.word for m in gaz._mentions("其中太原5.2万人，晋中2.1万人。")] == ["太原", "晋中"]
