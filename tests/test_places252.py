"""Autonomous areas written short (places252). Papers write an autonomous county, prefecture or banner by its short
form and its level's word (大通县 for 大通回族土族自治县, 黔东南州), which the rules read already (places.yaml
`abbreviated`), and just as often with its peoples dropped before the level's whole word (长阳自治县 for
长阳土家族自治县, 石柱自治县, 恩施自治州, 莫力达瓦自治旗), which was read as the bare short form (长阳) and placed nothing
where the paper names no province. Both forms are derived by rule from the gazetteer's names; a derived form two
divisions would share, or one another division bears as its full name, names neither (`Gazetteer.__init__`)."""

from __future__ import annotations

import pytest

from stats.context.place import Gazetteer, Mention, PlaceWords
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _places(extractor: Extractor, text: str, source: str, published: str = "2026-07-20") -> list[tuple]:
    return _got(_run(extractor, text, published, source=source), "place")


@pytest.mark.parametrize(("source", "text", "want"), [
    ("中国劳动保障报", "本报讯 长阳自治县今年城镇新增就业1200人。", [("1200人", "长阳土家族自治县")]),
    ("人民日报", "本报讯 今年以来，石柱自治县接待游客320万人次。", [("320万人次", "石柱土家族自治县")]),
    ("中国旅游报", "本报讯 琼中自治县一季度接待游客45万人次，保亭自治县接待游客38万人次。",
     [("45万人次", "琼中黎族苗族自治县"), ("38万人次", "保亭黎族苗族自治县")]),
    ("中国民族报", "本报讯 恩施自治州今年新增城镇就业4.2万人。", [("4.2万人", "恩施土家族苗族自治州")]),
    ("中国民族报", "本报讯 莫力达瓦自治旗今年新增城镇就业2100人。", [("2100人", "莫力达瓦达斡尔族自治旗")]),
    # the short form with the level's single word, read before (kept)
    ("中国劳动保障报", "本报讯 民和县今年城镇新增就业1800人。", [("1800人", "民和回族土族自治县")]),
])
def test_an_autonomous_area_written_with_its_peoples_dropped(extractor: Extractor, source: str, text: str,
                                                             want: list[tuple]) -> None:
    assert _places(extractor, text, source) == want


def _resolved(gaz: Gazetteer, text: str, ref=None) -> list[tuple[str, str]]:
    out = []
    for m in gaz.mentions(text):
        assert isinstance(m, Mention)
        area = gaz.resolve(m, ref)
        out.append((m.word, area.code if area is not None else ""))
    return out


def test_a_derived_short_form_two_divisions_would_share_names_neither(ruleset: RuleSet) -> None:
    """Two autonomous counties of one stem (invented: 青禾 in two provinces) leave 青禾县 and 青禾自治县 to neither;
    a third county whose 县 form is another county's full name (白柳县) leaves that name to the county bearing it."""
    words = PlaceWords.from_yaml(ruleset.lexicon.places)  # the shipped rules, over a table of invented rows
    rows = [("520000", "贵州省"), ("522600", "黔东南苗族侗族自治州"), ("522699", "青禾苗族自治县"),
            ("430000", "湖南省"), ("431200", "怀化市"), ("431299", "青禾侗族自治县"),
            ("431298", "白柳瑶族自治县"), ("522698", "白柳县"),
            ("431297", "金杏土家族自治县")]
    gaz = Gazetteer(words, rows)
    assert "青禾县" not in gaz.short and "青禾自治县" not in gaz.short
    assert [a.code for a in gaz.full["白柳县"]] == ["522698"]
    assert "白柳县" not in gaz.short
    # one division alone bears the stem: both forms are that county's, with its code
    assert [a.code for a in gaz.short["金杏县"]] == ["431297"]
    assert _resolved(gaz, "据了解，金杏自治县今年新增就业1200人。") == [("金杏自治县", "431297")]
    assert _resolved(gaz, "据了解，白柳县今年新增就业1200人。") == [("白柳县", "522698")]
