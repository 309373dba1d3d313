"""speed272 (issue 13): two sentence-level answers worked out once where the sentence loop asked for them twice.

- `Extractor.candidates` took a sentence `find_ahead` had found from the article's context only after asking the
  grammar's cheap scan (`QuantityFinder.may_hold`) again; a text found ahead is one the scan passed, so it is taken
  first and the scan asked only of a text not found ahead.
- `Classifier.opens_list` (asked of every sentence after its figures, `ListScope.update`) looked for the sentence's
  last list mark again where its figures had found it already (`_sentence_marks`, kept for the sentence last asked).

The answers are the same (speed235's test holds the rows of an article read ahead to those read one by one).
Sentences invented."""

from __future__ import annotations

import pytest

from stats.run.pipeline import Extractor, _lone_sentence

ARTICLE = [
    "2025年，全县新增城镇就业8600人，同比增长2.5%。",
    "会议指出，要抓好各项工作落实。",
    "全县共有敬老院9家，床位760张。",
]


def test_a_sentence_found_ahead_is_not_scanned_again(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    context = extractor.new_context()
    extractor.find_ahead(ARTICLE, context)
    assert set(context.found_ahead) == {ARTICLE[0], ARTICLE[2]}  # (the sentence with no numeral: not found)
    scanned: list[str] = []
    may_hold = extractor.finder.may_hold
    monkeypatch.setattr(extractor.finder, "may_hold", lambda text: scanned.append(text) or may_hold(text))
    found = [[c.q.quote for c in extractor.candidates(text, 0, [], context, _lone_sentence(text)) if not c.excluded_by]
             for text in ARTICLE]
    assert scanned == [ARTICLE[1]]
    assert found == [["8600人", "2.5%"], [], ["9家", "760张"]]
    # a sentence read alone (no article read ahead) is scanned as before
    assert [c.q.quote for c in extractor.candidates(ARTICLE[2])] == ["9家", "760张"]
    assert scanned == [ARTICLE[1], ARTICLE[2]]


def test_the_last_list_mark_found_once_a_sentence(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    classifier = extractor.classifier
    text = "今年主要预期目标是：城镇新增就业1.2万人以上，城镇调查失业率5.5%左右。"
    fresh = classifier.opens_list(text)
    assert fresh
    classifier._marks_of = None  # (no sentence's marks kept: `opens_list` itself may ask for them)
    asked: list[str] = []
    last = classifier._last_list_mark
    monkeypatch.setattr(classifier, "_last_list_mark", lambda t: asked.append(t) or last(t))
    marks = classifier._sentence_marks(text)
    assert asked == [text] and marks[2] == text.index("：")
    assert classifier.opens_list(text) == fresh
    assert asked == [text]  # (taken from what the figures found)
    other = "全年目标：新增就业3000人。"
    assert classifier.opens_list(other) and asked[:2] == [text, other]  # (another sentence: looked for)
