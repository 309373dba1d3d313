"""speed308 (issue 13): the steady state of `stats extract`, what the profile of both bench corpora showed.

- `Extractor.excluded_spans` searched a rule's pattern once to tell whether it finds anything at all (most find
  nothing), then, where it did, listed its matches by a finditer over the whole sentence again: the first match
  found twice. The search's match is now the list's first, and finditer goes on from its end; an empty first match
  (after which finditer steps on by its own rule) and a pattern read right to left still list from the start.

The spans are the same (bench/same.py on both bench corpora, /tmp/rowdiff.py on every gold set). Sentences invented.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
import regex

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
