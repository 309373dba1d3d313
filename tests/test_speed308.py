"""speed308 (issue 13): the steady state of `stats extract`, what the profile of both bench corpora showed.

- `Extractor.excluded_spans` searched a rule's pattern once to tell whether it finds anything at all (most find
  nothing), then, where it did, listed its matches by a finditer over the whole sentence again: the first match
  found twice. The search's match is now the list's first, and finditer goes on from its end; an empty first match
  (after which finditer steps on by its own rule) and a pattern read right to left still list from the start.
- `Classifier.review_year` and `reviews_so_far` ask an article's first sentence, its headline maybe glued to the text,
  at every length of its words up to the first mark (each a search whose lookahead reads the rest): each pattern is
  now asked only of a text holding a character of each set it needs (`precheck.needs` of the rule file's pattern).

The spans are the same (bench/same.py on both bench corpora, /tmp/rowdiff.py on every gold set). Sentences invented.
"""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace
from typing import Any

import pytest
import regex

from stats.classify.roles import Classifier
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor


class _Spy:
    """A compiled pattern whose calls (method, positional arguments past the text) are written down."""

    def __init__(self, pattern: str) -> None:
        self.p = regex.compile(pattern)
        self.flags = self.p.flags
        self.groupindex = self.p.groupindex
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def search(self, text: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        self.calls.append(("search", args))
        return self.p.search(text, *args, **kwargs)

    def finditer(self, text: str, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(("finditer", args))
        return self.p.finditer(text, *args, **kwargs)


def _alone(extractor: Extractor, monkeypatch: pytest.MonkeyPatch, pattern: str) -> _Spy:
    """The extractor's exclusion rules replaced by one rule of `pattern`, tried on every text."""
    spy = _Spy(pattern)
    rule = SimpleNamespace(id="test.spy", pattern=spy)
    monkeypatch.setattr(extractor, "_exclusion_checks", [(rule, None, (), 0, None)])
    monkeypatch.setattr(extractor, "_exclusion_always", 1)
    monkeypatch.setattr(extractor, "_exclusion_bits", {})
    monkeypatch.setattr(extractor, "_exclusion_chars", frozenset())
    return spy


@pytest.mark.parametrize("timeout", [None, 1.0])
def test_the_first_match_is_searched_once(extractor: Extractor, monkeypatch: pytest.MonkeyPatch,
                                          timeout: float | None) -> None:
    monkeypatch.setattr(extractor, "timeout", timeout)
    text = "根据第12号、第3号和第45号文件，全市新增就业3200人。"
    spy = _alone(extractor, monkeypatch, r"第\d+号")
    spans = [(s, e) for s, e, _ in extractor.excluded_spans(text)]
    assert spans == [m.span() for m in regex.finditer(r"第\d+号", text)] and len(spans) == 3
    first_end = text.index("号") + 1
    assert spy.calls == [("search", ()), ("finditer", (first_end,))]  # (not the whole text listed again)
    # a text the pattern finds nothing in: the search alone
    spy.calls.clear()
    assert extractor.excluded_spans("全市新增就业3200人。") == []
    assert spy.calls == [("search", ())]


def test_an_empty_first_match_lists_from_the_start(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "号号文件第3号"
    spy = _alone(extractor, monkeypatch, r"(?<=第\d)号|文*")  # (matches empty at the start, then 文件's 文)
    spans = [(s, e) for s, e, _ in extractor.excluded_spans(text)]
    assert spans == [m.span() for m in regex.finditer(r"(?<=第\d)号|文*", text)]
    assert spy.calls == [("search", ()), ("finditer", (0,))]  # (from the start)


class _Counted:
    """A compiled pattern whose searches are counted."""

    def __init__(self, p: regex.Pattern[str]) -> None:
        self.p, self.pattern, self.flags, self.searched = p, p.pattern, p.flags, 0

    def search(self, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        self.searched += 1
        return self.p.search(*args, **kwargs)


def test_a_glued_heading_lacking_a_review_word_asks_no_pattern(ruleset: RuleSet) -> None:
    """`review_year` and `reviews_so_far` ask the review patterns of an article's first sentence at every length of its
    words up to the first mark (a headline maybe glued to the text): where the words lack every character of a set
    one pattern needs (roles.yaml target.review: a year, 总结 or 回顾 …), none of its searches can match."""
    lex = ruleset.lexicon
    review = [_Counted(p) for p in lex.target_review]
    so_far = [_Counted(p) for p in lex.target_review_so_far]
    assert review and so_far
    classifier = Classifier(dataclasses.replace(lex, target_review=review, target_review_so_far=so_far))
    plain = "全县聚焦稳就业保民生持续发力多措并举拓宽渠道，新增城镇就业3200人。"
    assert classifier.review_year(plain, glued=True) == 0
    assert not classifier.reviews_so_far(plain, "2026-10-20", glued=True)
    assert sum(p.searched for p in review + so_far) == 0
    # a headline that is a review, glued to its first sentence: found at its own length, as before
    assert classifier.review_year("某县人社局2025年工作总结2025年，全县新增城镇就业3200人。", glued=True) == 2025
    assert classifier.reviews_so_far("某县2026年前三季度就业工作情况某县人社局2026年10月20日", "2026-10-20", glued=True)
    assert sum(p.searched for p in review + so_far) > 0
