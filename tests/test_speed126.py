"""speed126: named costs of issue 13 cut, every answer the same. Areas compared only where the cheap tests before
them leave the answer open (`PlaceTracker._office_speaks` asks first whether the sentence opens with a national
body); the patterns of a change whose verb follows its number (roles.yaml change.after) asked behind one class of
the characters they need. Sentences invented."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest

from stats.classify import roles
from stats.context import place
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def test_an_office_speaks_test_compares_no_areas_where_no_national_body_opens(extractor: Extractor,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A county's sentence after a city's: the place carried is compared with the country only where the sentence
    opens with a national body (国家卫生健康委表示，…), which neither does; the places stay as they were."""
    calls: list[str] = []
    eq = place.Area.__eq__

    def counted(self: place.Area, other: object) -> bool:
        calls.append(sys._getframe(1).f_code.co_name)
        return eq(self, other)

    monkeypatch.setattr(place.Area, "__eq__", counted)
    text = "本报讯 上半年，海宁市新增城镇就业6100人。全市新建充电桩320个。"
    got = dict(_got(_run(extractor, text, "2026-08-20", source="嘉兴日报"), "place"))
    assert got == {"6100人": "海宁市", "320个": "海宁市"}
    assert "_office_speaks" not in calls


def test_a_change_after_its_number_is_still_read_and_plain_words_after_ask_no_pattern(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """按2%的比例上调: the verb after the number names the change; words after a figure holding none of the
    characters the patterns need (人，其中女性占六成) ask none of them."""
    calls: list[str] = []
    may_match = roles.may_match
    monkeypatch.setattr(roles, "may_match", lambda sets, text: calls.append(text) or may_match(sets, text))
    classifier = extractor.classifier
    assert classifier.change_after(SimpleNamespace(after="的比例上调")) == "的比例上调"
    calls.clear()
    assert classifier.change_after(SimpleNamespace(after="人，其中女性占六成")) == ""
    assert calls == []
    got = _got(_run(extractor, "本报讯 今年全市城乡居民基本养老金按2%的比例上调。", "2026-08-20", source="嘉兴日报"),
               "role")
    assert got == [("2%", "change")]
