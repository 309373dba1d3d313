"""Two per-character costs of the table and layout repair (issue 13), rows unchanged (bench/same.py on the shipped pages
and both bench corpora): a caption run on into a table's head (`TableReader._words_shapes`, asked of every sentence
that ends as a head does, and of each title run on before one) is tried only at the positions a label word may open at,
found by one scan of a class of their first characters, not by a look at each character in turn; and two lines are
split into a number box's entries (`Interleave._box_pair`) only where they hold as many spaces, told by a count first
(most lines asked are spaced-out lines of a paragraph, 全 市 生 产 总 值, one piece a character)."""

from __future__ import annotations

from stats.repair.interleave import Interleave
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor


class _Counted(str):
    """A text that counts how often it is indexed or sliced and split (`str` methods that a regex scan never calls)."""

    reads = 0
    splits = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def,override]
        _Counted.reads += 1
        return str.__getitem__(self, key)

    def split(self, *args, **kwargs):  # type: ignore[no-untyped-def,override]
        _Counted.splits += 1
        return str.split(self, *args, **kwargs)


def _interleave(ruleset: RuleSet) -> Interleave:
    lex = ruleset.lexicon
    return Interleave(number_before=lex.change_verbs, range_marks=(*lex.range_separators, *lex.dashes))


_TITLE = "全省经济社会发展主要目标完成情况"  # (no character of it opens a label word of the head's)


def _reads(extractor: Extractor, text: str) -> tuple[list, int]:
    """The readings of `text` as a title run on into a head, and how often it was indexed or sliced reading them."""
    _Counted.reads = 0
    got = list(extractor.tables._words_shapes(_Counted(text), 0))
    return got, _Counted.reads


def test_a_caption_is_tried_only_where_a_label_word_may_open(extractor: Extractor) -> None:
    """全省…完成情况 run on before 指标 总量 比上年增长（%）: the readings of the head are the same however the text is
    given, and it is looked at in Python only at the positions whose character opens a label word (指, 年, …), not at
    each of its characters: the title ten times over, none of whose characters opens one, costs no look more."""
    head = "2025年指标总量比上年增长（%）"
    short, long = _TITLE + head, _TITLE * 10 + head
    assert not any(ch in extractor.tables._label_firsts for ch in _TITLE)
    got, reads = _reads(extractor, short)
    assert got == list(extractor.tables._words_shapes(short, 0))
    assert got and [c.role for c in got[0][2]] == ["level", "change"]
    got_long, reads_long = _reads(extractor, long)
    assert [g[1:] for g in got_long] == [g[1:] for g in got]  # (the same readings, further on)
    assert [g[0] for g in got_long] == [g[0] + 9 * len(_TITLE) for g in got]
    assert reads_long == reads


def test_the_head_of_a_title_run_on_reads_as_before(extractor: Extractor) -> None:
    """The head the title runs into (`TableReader.head` through `_titled`): two columns, the title its caption; a
    sentence that ends in 指标增长 is none."""
    head, _ = extractor.tables.head(_TITLE + "指标总量比上年增长（%）")
    assert head is not None and [c.role for c in head.columns] == ["level", "change"]
    assert extractor.tables.head("全县各项主要经济社会发展指标增长。")[0] is None


def test_two_lines_of_unlike_spaces_are_no_box_and_are_not_split(ruleset: RuleSet) -> None:
    """A line spaced out a character a piece over a line of two words: no number box, told before either is split;
    a box's row of figures over its row of labels is one still."""
    il = _interleave(ruleset)
    _Counted.splits = 0
    assert not il._box_pair(_Counted("全 县 地 区 生 产 总 值 增 长"), _Counted("同比 增长"))
    assert _Counted.splits == 0
    assert il._box_pair("3486.2亿元 6.1% 2680.5亿元", "地区生产总值 地区生产总值增长 鞋服产业产值")
    assert not il._box_pair("3486.2亿元 6.1%", "地区生产总值 增长 产值")
