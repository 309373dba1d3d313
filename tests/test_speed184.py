"""speed184 (issue 13): word lists asked a word at a time in Python asked first in one call in C (`startswith` and
`endswith` take a tuple), the loop left for the places where one of the words stands; every answer the same.
Sentences invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from stats.context.place import PlaceTracker
from stats.context.situate import ArticleSituation
from stats.find import tablerows
from stats.find.quantities import QuantityFinder
from stats.run.pipeline import Extractor


class _Walked(tuple):
    """A word tuple that counts how often Python walks it word by word (a `startswith` in C reads it directly)."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        type(self).walks += 1
        return super().__iter__()


class _Replaced(str):
    """A sentence that counts the `replace` calls asked of it."""

    calls = 0

    def replace(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        type(self).calls += 1
        return str(self).replace(*args, **kwargs)


def _together(words: tuple[str, ...]) -> SimpleNamespace:
    return SimpleNamespace(gaz=SimpleNamespace(words=SimpleNamespace(together=words)))


def test_a_figure_whose_sentence_opens_on_no_together_word_walks_no_word() -> None:
    """全市城镇新增就业5.2万人: the sentence opens on none of 两市, 三县, 合计 …, told without a word at a time."""
    _Walked.walks = 0
    fake = _together(_Walked(("两市", "三县", "合计")))
    text = "全市城镇新增就业5.2万人，同比增长3.1%。"
    assert PlaceTracker._together_lead(fake, text, 0, text.index("5")) is False
    assert _Walked.walks == 0


def test_a_together_word_still_reads_its_row() -> None:
    """两市合计 52,604 3.1: the total row after a together word (only numbers between it and the cell)."""
    fake = _together(("两市", "三县", "合计"))
    text = "两市 52604 3.1 13800"
    assert PlaceTracker._together_lead(fake, text, 10, text.index("3.1"))
    assert PlaceTracker._together_lead(fake, "两市合计完成投资12亿元。", 0, 8)
    assert not PlaceTracker._together_lead(fake, "全市新增两市5", 0, 6)


def test_a_sentence_with_no_filler_is_not_taken_apart(extractor: Extractor) -> None:
    """基层服务网络也在加密。: no filler word (嗯, 好的, 我汇报一下) in it, so none is taken out of it."""
    situation = extractor.situator
    _Replaced.calls = 0
    assert ArticleSituation._filler(SimpleNamespace(s=situation), _Replaced("基层服务网络也在加密。")) is False
    assert _Replaced.calls == 0
    assert ArticleSituation._filler(SimpleNamespace(s=situation), "嗯，好的。我汇报一下。")
    assert not ArticleSituation._filler(SimpleNamespace(s=situation), "好的，全县新增就业5120人。")


def test_a_number_after_no_measure_word_walks_none(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """新增床位1200张: 位 ends no measure word written before a number (人次, 人口, 游客), so the list is not walked;
    接待游客人次1.3亿 still reads 人次 before the number."""
    finder = extractor.finder
    walked: list[str] = []

    class Listed(dict):
        def items(self):  # type: ignore[no-untyped-def]
            walked.append("items")
            return super().items()

    listed = Listed(finder.lex.measure_before)
    fake = SimpleNamespace(_before_ends=frozenset(w[-1] for w in listed if w) | {"位"},
                           _before_links=finder._before_links, _before_words=tuple(listed),
                           lex=SimpleNamespace(measure_before=listed), _candidate=finder._candidate,
                           _signed_before=finder._signed_before)
    text = "全市新增床位1200张。"
    assert QuantityFinder._measure_before(fake, text.index("1"), text) is None
    assert walked == []
    text = "全年接待游客人次1.3亿。"
    got = QuantityFinder._measure_before(fake, text.index("1"), text)
    assert got is not None and got is finder.lex.measure_before[next(w for w in listed if text.endswith(w, 0, 8))]


@pytest.mark.parametrize("text", ["利润-人民币500万元", "亏损-RMB 500万元", "增速为-约3%", "收入为人民币500万元",
                                  "全市新增就业5120人", "约人民币200万元", "不到¥100", "投资-(500万元)"])
def test_sign_and_bound_before_a_currency_word_read_as_before(extractor: Extractor, text: str) -> None:
    """The currency words and bounds before a number asked in one call first: the same answers as a word at a time
    (a sign before the currency word: no figure; a bound before it: the amount's)."""
    finder = extractor.finder
    at = next(i for i, ch in enumerate(text) if ch.isdigit())

    def walked_signed(num_start: int) -> bool:
        head = num_start
        while head and text[head - 1].isspace():
            head -= 1
        if not head or text[head - 1] not in finder._signable_ends:
            return False
        bound = next((w for w in (*finder._signable_bounds, *finder.lex.minus_brackets)
                      if text.endswith(w, 0, head)), None)
        if bound is not None and finder._signed_before(head - len(bound), text):
            return True
        for link in finder._currency_links:
            if link and not text.endswith(link, 0, head):
                continue
            word = next((w for w in finder._signable if text.endswith(w, 0, head - len(link))), None)
            if word is not None:
                return finder._signed_before(head - len(link) - len(word), text)
        return False

    assert finder._signed_word(at, text) == walked_signed(at)


def test_table_words_asked_in_one_call() -> None:
    """项目 本年 上年 增长（%）: a head's column words are asked of each place as one tuple first (made once a list);
    the head reads as before."""
    reader = tablerows.TableReader.__new__(tablerows.TableReader)

    class Started(str):
        """A text that counts the words asked of it one at a time."""

        words = 0

        def startswith(self, prefix, *args):  # type: ignore[no-untyped-def]
            type(self).words += isinstance(prefix, str)
            return str.startswith(self, prefix, *args)

    assert reader._starts(Started("全市新增就业"), 4, ["新增", "全市"]) == ""
    assert Started.words == 0
    assert reader._starts("全市新增就业", 0, ["新增", "全市"]) == "全市"
    assert reader._starts("全市新增就业", 2, ["新增", "全市"]) == "新增"
    assert reader._starts("全市新增就业", 4, ["新增", "全市"]) == ""


def test_pair_words_made_once_a_list() -> None:
    """The column words of (word, role) pairs: one tuple, made once for each list."""
    words = tablerows._pair_words
    pairs = [("本年", "level"), ("增长", "change")]
    assert words(pairs) == ("本年", "增长") and words(pairs) is words(pairs)


def test_a_head_is_read_with_the_tuple_gate(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """指标 单位 2025年 2024年 增长（%）: the column words are asked through `_pair_words`, and the head reads its three
    columns as before."""
    asked: list[int] = []
    words = tablerows._pair_words
    monkeypatch.setattr(tablerows, "_pair_words", lambda pairs: asked.append(id(pairs)) or words(pairs))
    head, _ = extractor.tables.head("指标 本年 上年 比上年增长（%）", "")
    assert head is not None and len(head.columns) == 3
    assert asked
