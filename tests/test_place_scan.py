"""The fast place scan and time search find what a plain scan finds.

`Gazetteer._scan` looks only at the positions a pattern of the names' first and second
characters lets through, and `mentions` keeps its answers for sentences asked again;
`PeriodFinder.times` runs a pattern's matches only behind a search that finds one. These
tests hold them to a plain scan that tries every position at every length, over every name
of the gazetteer and over generated text; the sentences are short inventions.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stats.context.place import Gazetteer, _any_word
from stats.run.pipeline import Extractor
from tests.pagetext import WHOLE


@pytest.fixture(scope="module")
def gaz(extractor: Extractor) -> Gazetteer:
    return extractor.situator.gazetteer


@functools.cache
def _names(g: Gazetteer) -> tuple[str, ...]:
    # (the names abroad too: the scan finds them, and 东京 or 罗马 is written with the characters of the pieces below)
    return tuple(sorted({*g.full, *g.short, *g.words.area_words, *g.abroad}))


@functools.cache
def _name_set(g: Gazetteer) -> tuple[frozenset[str], int]:
    return frozenset(_names(g)), max(map(len, _names(g)))


def plain_scan(g: Gazetteer, text: str) -> list[tuple[int, int]]:
    """Every position left to right, every length longest first (a short form opened by a link word yielding to a
    full name that starts one character on and runs past it): the reference."""
    names, longest = _name_set(g)
    out, i = [], 0
    while i < len(text) - 1:
        for size in range(min(longest, len(text) - i), 1, -1):
            if text[i:i + size] in names:
                if text[i:i + size] not in g.full and text[i] in g._link_heads and any(
                        text[i + 1:i + 1 + k] in g.full for k in range(size, min(longest, len(text) - i - 1) + 1)):
                    i += 1  # a short form yields to a full name from the next character (和康 before 康乐县)
                    break
                out.append((i, i + size))
                i += size
                break
        else:
            i += 1
    return out


def test_the_prefilter_lets_every_name_of_the_gazetteer_through(gaz: Gazetteer) -> None:
    names = _names(gaz)
    assert len(names) > 5000  # the whole table, not a stub
    missed = [n for n in names if gaz._scan(f"据悉{n}，") != plain_scan(gaz, f"据悉{n}，")]
    assert missed == []
    # and each name is found where it stands (a name inside a longer one yields to it)
    assert all(gaz._scan(f"，{n}。") and gaz._scan(f"，{n}。")[0][0] == 1 for n in names)


_PIECES = st.text(alphabet="新市区县省北京山东重庆江中华全我，。（）、0123 位于医院", max_size=4)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_fast_scan_finds_what_the_plain_scan_finds(gaz: Gazetteer, data: st.DataObject) -> None:
    names = _names(gaz)
    parts = data.draw(st.lists(st.one_of(st.sampled_from(names), _PIECES), max_size=10))
    text = "".join(parts)
    assert gaz._scan(text) == plain_scan(gaz, text)


def test_mentions_asked_again_are_the_same_and_a_caller_cannot_spoil_them(gaz: Gazetteer) -> None:
    text = "万州区新增养老床位1200张（含璧山区），该项目位于涪陵区。"
    first = gaz.mentions(text)
    expected = [(m.word, m.aside, m.located) for m in first]
    assert expected == [("万州区", "", False), ("璧山区", "bracket", False), ("涪陵区", "", True)]
    first.clear()
    assert [(m.word, m.aside, m.located) for m in gaz.mentions(text)] == expected


def test_a_unit_word_in_the_run_of_characters_after_a_name_makes_it_a_units_head(gaz: Gazetteer) -> None:
    (unit,) = gaz.mentions("云南省第一人民医院新增床位300张。")
    (plain,) = gaz.mentions("云南省，第一人民医院新增床位300张。")  # the mark ends the name's run
    assert (unit.word, unit.unit) == ("云南省", True)
    assert (plain.word, plain.unit) == ("云南省", False)


def test_times_of_every_kind_are_found_behind_their_search(extractor: Extractor) -> None:
    finder = extractor.situator.periods
    assert finder.times("全市新增养老床位1200张。", "2023-10-15") == []
    text = "2023年前三季度，全市新增就业3万人，未来3年再增9万人，目前已有12万人。"
    got = [t.label(2023) for t in finder.times(text, "2023-10-15")]
    assert got == ["2023Q1-Q3", "2023-2025", "2023-10"]


def test_a_pickled_gazetteer_finds_the_same_and_carries_no_sentences(gaz: Gazetteer) -> None:
    import pickle

    text = "重庆市万州区新增养老床位1200张。"
    words = [m.word for m in gaz.mentions(text)]
    copy = pickle.loads(pickle.dumps(gaz))
    assert copy._seen == {}
    assert [m.word for m in copy.mentions(text)] == words == ["重庆市", "万州区"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(alphabet="到挂职来自.|*()[]", max_size=3), max_size=4),
       text=st.text(alphabet="到石阡县挂职来自.|*()[]", max_size=12))
def test_one_search_for_any_of_the_words_finds_what_in_finds(words: list[str], text: str) -> None:
    """The hosted and origin words are asked as one pattern (`_any_word`): it holds where one of them stands in the
    text, as `in` tells, an empty word and the pattern's own marks included; no words give no pattern."""
    pattern = _any_word(words)
    if not words:
        assert pattern is None
    else:
        assert (pattern is not None and pattern.search(text) is not None) == any(w in text for w in words)


def test_a_mention_is_built_from_its_fields_as_declared_and_stays_frozen() -> None:
    """`Mention.__init__` is written out (the generated one of a frozen dataclass costs more than twice as much):
    its parameters are the fields in their order with their defaults, and it sets each of them."""
    import dataclasses
    import inspect

    from stats.context.place import Area, Mention

    params = list(inspect.signature(Mention.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Mention)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
                                           for f in fields]
    area = Area("万州区", "500101", "county")
    values = dict(start=3, end=6, word="万州区", areas=(area,), short=True, levels=("county",), aside="base",
                  unit=True, located=True, origin=True, hosted=True, seat=True)
    m = Mention(**values)
    assert {f.name: getattr(m, f.name) for f in fields} == values
    assert dataclasses.replace(m, aside="") == Mention(**{**values, "aside": ""})
    assert hash(Mention(**values)) == hash(m) and Mention(**values) == m
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.aside = ""  # type: ignore[misc]


def _shipped_sentences(every: bool) -> list[str]:
    """The sentences of data/corpus and the gold texts (of a sample of the gold sets unless every: tests.pagetext)."""
    from stats.read.decode import decode_bytes
    from tests.pagetext import shipped_paths

    out: list[str] = []
    for path in shipped_paths(every):
        try:
            text = decode_bytes(path.read_bytes(), str(path)).text
        except ValueError:
            continue  # (a damaged set's page that is no text)
        for line in text.splitlines():
            out.extend(s for s in line.split("。") if s)
    return out


@pytest.mark.parametrize("every", WHOLE)
def test_the_gates_before_a_name_and_before_a_unit_word_change_no_mention(gaz: Gazetteer, every: bool) -> None:
    """`_mentions` tries the words read right before a name (比, 向, 位于, …) only after a character one of them
    ends with, and looks for a unit's head only where a unit word stands within the window: with both gates
    off it finds the same mentions, over every shipped page and over sentences that put each of those words
    right before a name, and each unit word after one."""
    import copy

    w = gaz.words
    open_ = copy.copy(gaz)
    open_._aside_lasts, open_._unit_any = None, None
    before = (*w.base_before, *w.list_links, *w.destination_before, *w.source_before, *w.origin_before,
              *w.away_before, *w.sender_before, *w.beneficiary_before, *w.location_before, *w.venue_before)
    afters = ("新增就业3万人", "召开。", *w.builder_after, *w.receiver_after, *w.origin_after, *w.away_after,
              *w.sender_after, *(f"第一{u}" for u in w.unit_words), *(f"今年{u}" for u in w.unit_words))
    written = [f"{b}{name}{a}" for b in before for name in ("万州区", "重庆", "全市") for a in afters]
    written += [f"据悉，{b}重庆市{a}。" for b in ("", *before[:6]) for a in afters]
    texts = [*_shipped_sentences(every), *written]
    assert len(texts) > 10000
    differ = [t for t in texts if gaz._mentions(t) != open_._mentions(t)]
    assert differ == []
    # and the gate is no formality: shut for every character, the written sentences find fewer asides and places
    shut = copy.copy(gaz)
    shut._aside_lasts = frozenset()
    assert any(shut._mentions(t) != gaz._mentions(t) for t in written)
