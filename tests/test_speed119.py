"""speed119: what a sentence says of the place it names (`place._said`) read only where a whole-area word comes to
be weighed against it; a pair gate read through an alternation of words (`precheck._words_run`: a heading that ends
on 民生实事 or 民生工程 needs one of them, not only the 年 every bulletin line holds). Every answer must stay the
same. Sentences invented."""

from __future__ import annotations

import random
import re

import pytest
import regex

from stats.context import place
from stats.rules.precheck import pair_gate
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _places(extractor: Extractor, text: str, source: str) -> dict:
    return dict(_got(_run(extractor, text, "2026-08-20", source=source), "place"))


def test_a_sentence_naming_places_and_no_whole_area_word_reads_nothing_said(extractor: Extractor,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Two counties' figures and no 全市/全县 after them: what the sentence says of each is never asked."""
    calls: list[int] = []
    said = place._said
    monkeypatch.setattr(place, "_said", lambda text, at, openers=(): calls.append(at) or said(text, at, openers))
    got = _places(extractor, "本报讯 上半年，海宁市新增城镇就业6100人，桐乡市新增城镇就业5800人。", "嘉兴日报")
    assert got == {"6100人": "海宁市", "5800人": "桐乡市"}
    assert calls == []


def test_a_whole_city_word_is_still_weighed_against_what_the_county_level_city_said(extractor: Extractor) -> None:
    """海宁市新增城镇就业6100人；全市新增城镇就业4.8万人 in 嘉兴日报: the same words of another figure, so 全市 is the
    paper's city; another thing said of 全市 leaves it the county-level city's (as placeprobe89, sentences of our own)."""
    got = _places(extractor, "本报讯 上半年，海宁市新增城镇就业6100人；全市新增城镇就业4.8万人。", "嘉兴日报")
    assert got == {"6100人": "海宁市", "4.8万人": "嘉兴市"}
    got = _places(extractor, "本报讯 上半年，海宁市新增城镇就业6100人。全市新建充电桩320个。", "嘉兴日报")
    assert got == {"6100人": "海宁市", "320个": "海宁市"}


_HEADING = (r"^[^\s。！？!?，,；;：:、]{0,12}?(?:(?:19|20)\d{2}\s*年|今年)[^\s。！？!?，,；;：:、]{0,8}?"
            r"(?:民生实事|为民办实事|民生工程|实事项目)(?:项目|清单|任务)?$")


def test_a_pair_gate_reads_an_alternation_of_words_where_no_run_of_two_is_held() -> None:
    """The heading's only runs of two are inside alternations: the words' alternation is its gate, the one whose
    shortest word is longest (民生实事…, not 19|20 or 今年); a line holding 年 and none of the words is refused."""
    gate = pair_gate(_HEADING)
    assert gate == "[民][生][实][事]|[为][民][办][实][事]|[民][生][工][程]|[实][事][项][目]"
    found = re.compile(gate)
    assert found.search("2026年民生实事项目") and found.search("今年为民办实事清单")
    assert found.search("全年粮食产量增长2.1%，今年计划新建学校3所") is None
    assert pair_gate(r"(?:甲乙|丙)x") == "[丙乙][x]"  # (a run of its own still comes first)


def test_no_words_gate_where_a_branch_may_be_left_out_or_one_holds_no_run() -> None:
    """An optional alternation, one with an empty or a one-character branch, or one inside a look-ahead that must
    not hold: no gate rather than one a match may lack."""
    assert pair_gate(r"(?:甲乙丙|丁戊)?x") is None
    assert pair_gate(r"[^，]*(?:甲乙丙|丁)[^，]*") is None
    assert pair_gate(r"[^，]*(?:甲乙丙|)[^，]*") is None
    assert pair_gate(r"(?!甲乙丙|丁戊)x") is None


@pytest.mark.parametrize(("pattern", "words"), [
    (r"[^，]{0,3}(?:民生实事|为民办实事|民生工程)[^，]*", ["2026年", "今年", "民生", "实事", "为民办", "工程", "x", "，"]),
    (r"(?:排名|位次|[居列](?=全))[^，]{0,2}\d", ["排名", "位次", "居", "列", "全", "1", "2", "位", "名", "x"]),
    (r"[^，]{0,6}(?:(?:甲乙|丙丁)[^，]{0,3}(?:民生|实事)|工程项目)",
     ["甲乙", "丙丁", "民生", "实事", "工程", "项目", "x", "，"]),
    (r"(?:[^\s]{1,4}[ \t]{1,3})?-?[0-9]{1,3}(?:[ \t]{1,3}-?[0-9]{1,3}){2,4}",
     ["甲", "乙丙", " ", "12", " 4", "\t-5", "  6", "-", "x"]),
    (r"[^，]?(?:甲乙|丙丁(?:民生|工程))[^，]?", ["x", "甲乙", "丙丁", "民生", "工程", "丙", "甲", "，"]),
])
def test_a_words_or_a_repeats_gate_finds_every_text_its_pattern_does(pattern: str, words: list[str]) -> None:
    """Random strings of the patterns' words and pieces of them: wherever the pattern finds a match, its gate finds
    one too."""
    gate = pair_gate(pattern)
    assert gate is not None
    searched, gated = regex.compile(pattern), re.compile(gate)
    rng = random.Random(119)
    hits = 0
    for _ in range(4000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        if searched.search(text) is not None:
            hits += 1
            assert gated.search(text) is not None, text
    assert hits > 50


def test_a_group_repeated_once_at_least_lends_its_own_runs_to_the_gate() -> None:
    """A row of numbers after a label ((?:gap number){3,12}): each turn holds a gap then a digit, so the gate is that
    pair, not any space; a group that may repeat none ({0,3}) lends nothing, and the runs do not go on into it."""
    row = r"^(?:\p{Han}{1,4}[ \t\u3000]{1,4})?-?[0-9]{1,9}(?:\.[0-9]{1,4})?(?:[ \t\u3000]{1,4}-?[0-9]{1,9}){3,12}$"
    gate = pair_gate(row)
    assert gate is not None
    found = re.compile(gate)
    assert found.search("城镇 12 -3 45 6") and found.search("8.2\u3000\u30001.5\u30002.0\u30003.1")
    assert found.search("全 市 新 增 就 业") is None  # (spaced by a PDF, no figure: no longer let through)
    assert pair_gate(r"x(?:[ ][0-9]){0,3}y") is None
    assert pair_gate(r"(?:年份[ ]){2,}") == r"[年][份][\ ]"
