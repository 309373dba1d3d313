"""speed52: an exclusion's `sentence_requires`, words of which every sentence it matches in holds one.

`exclude.offer_price` must keep 元 in its `requires` (a sum after 到手价, read by a lookbehind, holds no other character
of its words), so it was searched in every sentence with a sum in yuan and found nothing in nearly all of them. Its
`sentence_requires` (its price words, 满, 起, 再减 …) lets it be searched only where one of them stands in the sentence.
A skip may only fall on a sentence where the pattern finds nothing: these tests hold every shipped `sentence_requires`
to that over every line and clause of the shipped and gold texts and every rule example, and show the check catching a
list that is too narrow."""

from __future__ import annotations

import dataclasses
import re

import pytest

from stats.rules.rulefile import ExclusionRule, RuleSet
from stats.run.pipeline import Extractor, _words_gate
from tests.pagetext import WHOLE, every_piece


@pytest.fixture(scope="module", params=WHOLE)
def texts(ruleset: RuleSet, request: pytest.FixtureRequest) -> list[str]:
    """Every line and clause of the shipped and gold texts (a sample of the gold sets in the default suite, every one
    in the slow job), and every rule example's and counter-example's text."""
    rules = [*ruleset.exclusions, *ruleset.metrics]
    return [*every_piece(request.param), *(ex.text for r in rules for ex in (*r.examples, *r.negatives))]


def _offer(ruleset: RuleSet) -> ExclusionRule:
    return next(r for r in ruleset.exclusions if r.id == "exclude.offer_price")


def _unfounded(rule: ExclusionRule, texts: list[str]) -> list[str]:
    """The texts the pattern matches in that hold none of the rule's `sentence_requires`."""
    return [t for t in texts if rule.pattern.search(t) is not None and not any(w in t for w in rule.sentence_requires)]


def test_every_sentence_requires_holds_where_the_pattern_matches(ruleset: RuleSet, texts: list[str]) -> None:
    """No shipped rule's `sentence_requires` leaves out a text its pattern matches in; offer_price has one, and its
    pattern matches in some of the texts (the check is not empty)."""
    ruled = [r for r in ruleset.exclusions if r.sentence_requires]
    assert "exclude.offer_price" in {r.id for r in ruled}
    for rule in ruled:
        assert _unfounded(rule, texts) == [], rule.id
    assert sum(_offer(ruleset).pattern.search(t) is not None for t in texts) >= 5


def test_a_list_too_narrow_is_caught(ruleset: RuleSet, texts: list[str]) -> None:
    """The same check fails a list that drops a word a branch needs (起 of 298元起, 满 of 满300元减50元)."""
    offer = _offer(ruleset)
    for word in ("起", "满"):
        narrow = dataclasses.replace(offer, sentence_requires=tuple(w for w in offer.sentence_requires if w != word))
        assert _unfounded(narrow, [*texts, "体检套餐298元起", "凭券满300元减50元"]) != [], word


def test_the_gate_shuts_sums_without_an_offer(ruleset: RuleSet, extractor: Extractor) -> None:
    """The extractor asks offer_price's words before its pattern: a sum in yuan with none of them (下降, 减少 and 价格
    hold their characters but none of the words) is not searched; one after 到手价, a spend with 满, or a sum before
    起 is."""
    source = _words_gate(_offer(ruleset))
    check = next(c for c in extractor._exclusion_checks if c[0].id == "exclude.offer_price")
    assert source is not None and check[4] == source
    gate = re.compile(source)
    for text in ("全县完成固定资产投资12.5亿元，比上年下降3%", "居民消费价格上涨2%，人均支出减少300元"):
        assert gate.search(text) is None, text
    for text in ("洗衣机到手价1899元，以旧换新最高补贴500元", "体检套餐298元起", "凭券满300元减50元"):
        assert gate.search(text) is not None, text
    assert _words_gate(next(r for r in ruleset.exclusions if not r.sentence_requires)) is None


def test_offers_are_still_dropped_and_sums_kept(extractor: Extractor) -> None:
    """Behaviour unchanged: the prices of an offer (after 到手价, the spend of 满…减, a price 起) give no figure; a
    sum in yuan in a sentence without an offer's word is a figure."""
    def kept(text: str) -> list[str]:
        return [c.q.quote for c in extractor.candidates(text) if not c.excluded_by]

    assert kept("冰箱到手价2599元，以旧换新再补贴300元，全县新建学校4所") == ["4所"]
    assert kept("凭券满200元减30元，全县新建学校4所") == ["4所"]
    assert kept("洗车套餐68元起，全县新建学校4所") == ["4所"]
    assert kept("全县完成固定资产投资12.5亿元，新建学校4所") == ["12.5亿元", "4所"]
