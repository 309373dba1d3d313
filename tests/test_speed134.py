"""speed134: word alternations searched in the standard `re` as tries (`precheck.words_source`: the time words of
`PeriodFinder`, the common short forms of places) and the exclusions' pair gates of several branches as their tree
(`precheck.runs_tree`, layout's since speed48, moved there). Every match and every gate's answer must stay the same.
Sentences invented."""

from __future__ import annotations

import re

import pytest

from stats.rules.precheck import words_source
from stats.run.pipeline import Extractor, _pair_gate

_SENTENCES = (
    "今年上半年，全市新增城镇就业1.2万人，同比增长3.5%。",
    "截至去年年底，全县累计建成农村公路860公里，比上年末增加45公里。",
    "前三季度，规模以上工业增加值增长6.1%，其中十月份增长5.8%。",
    "“十四五”以来，该区每年新增学位2000个左右，近五年共投入资金12亿元。",
    "本月以来，新华镇、和平乡分别完成造林3000亩和1800亩，明年计划再造林5000亩。",
    "一年四季游客不断，七上八下的股价让人担心，接二连三的好消息传来。",
    "2025年1-9月，全省实现旅游收入856亿元，第三季度环比增长12%。",
)


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_words_share_their_opening_characters_and_a_longer_word_comes_first() -> None:
    """增长, 增加, 增速 share 增; 上半年 goes on from 上半 (a word of its own), tried first."""
    assert words_source(["增长", "增加", "增速"]) == "增(?:加|速|长)"
    assert words_source(["上半", "上半年", "下半年"]) == "(?:上半(?:年|)|下半年)"
    assert words_source(["全年"]) == "全年"
    assert words_source([]) == ""
    assert words_source(["", "年"]) == "年|"  # an empty word matches everywhere: the alternation itself


def test_a_trie_of_words_finds_what_their_alternation_longest_first_finds() -> None:
    """At each place the longest word that starts there, as the alternation: made-up words, prefixes of each
    other, marks that `re` reads as its own (+, ., ?) among them."""
    words = ["上半年", "上半", "半年", "年", "年底", "年初", "上年", "上年同期", "同期", "a+b", "a.", "a?", "1-9月", "9月"]
    trie = re.compile(words_source(words))
    alternation = _alternation(words)
    texts = (*_SENTENCES, "上半年上年同期年底a+ba.a?1-9月上半上半年年年初", "a+ba+b", "aaa.?a")
    for text in texts:
        assert _spans(trie, text) == _spans(alternation, text), text
    assert _spans(trie, "上年同期上半年") == [(0, 4), (4, 7)]


def test_the_time_words_and_the_common_place_words_answer_as_their_alternations(extractor: Extractor) -> None:
    """The shipped time words (periods.yaml) and common short forms of places (places.yaml): every match the same
    as the alternation of the words longest first, on sentences holding several, nested (上半年, 年底, 以来)."""
    periods = extractor.situator.periods
    words = list(periods._words)
    assert periods._word_re.pattern == words_source(words) != _alternation(words).pattern
    gaz = extractor.situator.gazetteer
    common = list(gaz.common_short)
    assert gaz._common_gate.pattern == words_source(common)
    for text in _SENTENCES:
        assert _spans(periods._word_re, text) == _spans(_alternation(words), text), text
        assert _spans(gaz._common_gate, text) == _spans(_alternation(common), text), text


def test_a_pair_gate_of_several_branches_is_searched_as_their_tree() -> None:
    """Branches that open alike share those classes behind a look-ahead of the first ones; a branch that another opens
    with stands for both; a gate of one run, or of escaped words (`_words_gate`), is compiled as it is."""
    assert _pair_gate("[排][名]|[排][位]|[位][次]").pattern == "(?=[排位])(?:[排](?:[名]|[位])|[位][次])"
    assert _pair_gate("[七][折]|[七][折][八][扣]").pattern == "(?=[七])[七][折]"
    assert _pair_gate("[\\d][\\.][0]").pattern == "[\\d][\\.][0]"
    assert _pair_gate("民生实事|民生工程").pattern == "民生实事|民生工程"


@pytest.mark.parametrize("source", [
    "[接][二][连][三]|[七][折][八][扣]|[七][上][八][下]|[一][五][一][十]|[一][年][四][季]",
    "['‘’][\\d][\\d][\\s]*[年]|[\\d][\\d][\\s]*[年]",
    "[前后上][移升降][了]{0,1}[至到]{0,1}[\\d一二三]|[排][名]|[排][在]",
])
def test_a_gate_as_a_tree_holds_a_match_in_a_text_exactly_where_its_branches_do(source: str) -> None:
    """What a gate is asked (excluded_spans: `search(text) is None`): the same answer on every sentence and on the
    branches' own words run together, cut at every place."""
    old, new = re.compile(source), _pair_gate(source)
    assert new.pattern != source
    texts = [*_SENTENCES, "排名前移了至三位，' 25 年，99年，排在第一", "七上八一年四季"]
    texts += [t[:k] for t in texts[-2:] for k in range(len(t))]
    for text in texts:
        assert (old.search(text) is None) == (new.search(text) is None), text


@pytest.mark.slow  # (~0.4 s: some hundred sources compiled)
def test_the_shipped_exclusions_pair_gates_answer_as_before_on_sentences_of_our_own(extractor: Extractor) -> None:
    """Every exclusion's gate (the rules as shipped), its source against what `_pair_gate` searches, on the
    sentences above."""
    sources = {check[4] for check in extractor._exclusion_checks if check[4]}
    assert any(_pair_gate(s).pattern != s for s in sources)  # (some are branches of classes: the idioms', the ranks')
    for source in sources:
        old, new = re.compile(source), _pair_gate(source)
        for text in _SENTENCES:
            assert (old.search(text) is None) == (new.search(text) is None), (source, text)
