"""speed308 (issue 13): the steady state of `stats extract`, what the profile of both bench corpora showed.

- `Classifier.review_year` and `reviews_so_far` ask an article's first sentence, its headline maybe glued to the text,
  at every length of its words up to the first mark (each a search whose lookahead reads the rest): each pattern is
  now asked only of a text holding a character of each set it needs (`precheck.needs` of the rule file's pattern).

The rows are the same (bench/same.py on both bench corpora, /tmp/rowdiff.py on the gold sets). Tried and dropped:
`Extractor.excluded_spans` taking the search's match as its finditer's first (finditer from its end, not the sentence
listed again): the same number of calls and no CPU time a replay of both corpora's sentences could tell apart.
Sentences invented.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import regex

from stats.classify.roles import Classifier
from stats.rules.rulefile import RuleSet


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
