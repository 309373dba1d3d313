"""speed235 (issue 13): a stage run over all the sentences of an article at once, before the sentence loop, rather than
interleaved with the other stages sentence by sentence (the same calls cost about twice as much so: speed229's replay).
The quantities of each sentence and the exclusion rules run for them are found ahead (`Extractor.find_ahead`, kept in
the article's context for `candidates` to take once), and the place words of each sentence are read ahead into the
gazetteer's cache. The answers are the same; only the order of the calls moves. Sentences invented."""

from __future__ import annotations

from typing import Any

import pytest

from stats.run.pipeline import Extractor, _lone_sentence
from stats.split.segment import Sentence

ARTICLE = [
    "2025年，全市新增城镇就业1.26万人，同比增长3.5%。",
    "二、2026年主要目标",
    "会议强调，要抓好各项工作落实。",
    "全县共有养老机构12家，床位1800张，比上年增加120张。",
    "2025年，全市新增城镇就业1.26万人，同比增长3.5%。",  # (a sentence said twice: each reading finds its own)
    "截至9月末，全省各项贷款余额2.3万亿元。",
]


def _lone(text: str) -> Sentence:
    return _lone_sentence(text)


def _read(extractor: Extractor, ahead: bool) -> list[list[tuple[Any, ...]]]:
    context = extractor.new_context()
    if ahead:
        extractor.find_ahead(ARTICLE, context)
    out = []
    for text in ARTICLE:
        cands = extractor.candidates(text, 0, [], context, _lone(text))
        out.append([(c.q.quote, c.q.value, c.q.measure, c.excluded_by, c.role, c.rule_id) for c in cands])
    return out


def test_quantities_found_ahead_are_those_found_sentence_by_sentence(extractor: Extractor) -> None:
    one_by_one = _read(extractor, ahead=False)
    assert any(row for row in one_by_one) and not one_by_one[2]
    assert _read(extractor, ahead=True) == one_by_one


def test_a_sentence_found_ahead_is_not_searched_again(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    context = extractor.new_context()
    extractor.find_ahead(ARTICLE, context)
    # every sentence that may hold a quantity found once, the one said twice once, the one with no numeral not at all
    assert set(context.found_ahead) == {t for t in ARTICLE if extractor.finder.may_hold(t)}
    assert ARTICLE[2] not in context.found_ahead
    calls: list[str] = []
    find = extractor.finder.find
    monkeypatch.setattr(extractor.finder, "find", lambda text, blocked=None: calls.append(text) or find(text, blocked))
    for text in ARTICLE:
        extractor.candidates(text, 0, [], context, _lone(text))
    assert calls == [ARTICLE[4]]  # (the repeat: what was found ahead is taken once, its objects no one else's)
    assert not context.found_ahead


def test_an_exclusion_that_timed_out_ahead_is_told_to_its_sentence(extractor: Extractor,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule that timed out while the article's sentences were read ahead is named in the `timed_out` of the sentence
    it timed out on (it goes to the run's errors), as when it timed out reading that sentence."""
    spans = extractor.excluded_spans

    def slow(text: str, timed_out: list[str] | None = None) -> list:
        if timed_out is not None and "养老" in text:
            timed_out.append("a.slow.rule")
        return spans(text, timed_out)

    monkeypatch.setattr(extractor, "excluded_spans", slow)
    context = extractor.new_context()
    extractor.find_ahead(ARTICLE, context)
    told = {}
    for text in ARTICLE[:4]:
        timed_out: list[str] = []
        extractor.candidates(text, 0, timed_out, context, _lone(text))
        told[text] = timed_out
    assert told[ARTICLE[3]] == ["a.slow.rule"]
    assert told[ARTICLE[0]] == [] and told[ARTICLE[2]] == []


def test_an_articles_sentences_have_their_place_words_read_ahead(extractor: Extractor,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The place words of every sentence of the article are read before its first sentence is: the mention cache
    answers the sentence loop."""
    gaz = extractor.situator.gazetteer
    monkeypatch.setattr(gaz, "_seen", {})
    order: list[str] = []
    mentions, candidates = gaz._mentions, extractor.candidates

    def read(text: str) -> list:
        order.append(text)
        return mentions(text)

    def decided(text: str, *args: Any, **kwargs: Any) -> list:
        order.append("<candidates>")
        return candidates(text, *args, **kwargs)

    monkeypatch.setattr(gaz, "_mentions", read)
    monkeypatch.setattr(extractor, "candidates", decided)
    # (longer than the lead the article's own place is looked for in, `PlaceTracker.article_area`)
    long = ARTICLE + [f"{month}月份，全县新增市场主体{month * 37}户。" for month in range(1, 13)] \
        + [f"{month}月份，全县城乡居民人均可支配收入{month * 1100}元。" for month in range(1, 13)]
    extractor.extract_text("\n".join(long) + "\n", doc_id="ahead")
    first = order.index("<candidates>")
    said = {t for t in long if t[-1:] == "。"}
    assert said <= set(order[:first])
