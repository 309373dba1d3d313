"""speed94: four tests asked in C rather than one character or one mark at a time in Python.

`cp1252_mojibake` looks for the lead characters of double-encoded UTF-8 with one scan each (it hashed every
character of a file's sample), `_last_list_mark` finds a list mark's last place by `map`, the place scan's national
words' characters and a misreading's characters are looked for by `map`. The answers must be the ones the loops gave;
these tests hold each to what it decides, on short sentences of our own.
"""

from __future__ import annotations

import pytest

from stats.context.place import Gazetteer
from stats.read.decode import decode_bytes, plausible_chinese
from stats.read.transfer import _LEADS, cp1252_mojibake
from stats.repair.layout import _may_read
from stats.run.pipeline import Extractor

_NOTICE = "某县2025年城镇新增就业1748人，同比增长5.7%；全县实现地区生产总值286.4亿元，增长6.1%。" * 3


def _double_encoded(text: str) -> str:
    """UTF-8 text read as cp1252 (an undefined byte kept as its control) and saved again."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def test_double_encoded_chinese_is_told_by_its_leads() -> None:
    """Chinese read as cp1252 holds the lead characters (å, æ, è …) and is judged mojibake, wherever in the sample the
    first lead stands; the same text read right, or Latin text with accents beside Chinese, is not."""
    bad = _double_encoded(_NOTICE)
    assert not _LEADS.isdisjoint(bad)
    assert cp1252_mojibake(bad, plausible_chinese)
    assert cp1252_mojibake("Report 2025: " * 40 + bad, plausible_chinese)  # (the first lead far into the sample)
    assert not cp1252_mojibake(_NOTICE, plausible_chinese)
    assert not cp1252_mojibake(_NOTICE + "Café résumé", plausible_chinese)  # (a lead, but Han already: no cp1252)
    assert not cp1252_mojibake("", plausible_chinese)
    assert decode_bytes(bad.encode("utf-8"), "notice.txt").text == _NOTICE


@pytest.mark.parametrize(("text", "mark"), [
    ("主要预期目标是：地区生产总值增长6%左右，城镇新增就业1.2万人。", "是："),
    ("主要预期目标是:地区生产总值增长6%左右。", "是:"),  # (the ASCII colon of the marks too)
    ("一是稳就业：城镇新增就业1.2万人；二是稳投资：完成投资120亿元。", "资："),  # (the last of two)
    # a part mark after a total (其中：) with a figure after it gives way to the earlier mark of the sentence
    ("今年目标是：完成投资120亿元，其中：工业投资45亿元。", "是："),
    ("对准一个目标，胜利！", ""),
])
def test_a_lists_last_mark_is_found(extractor: Extractor, text: str, mark: str) -> None:
    """The last list mark (：or :) of a sentence, passing a part mark that parts a total the sentence gave."""
    at = text.index(mark) + 1 if mark else -1
    assert extractor.classifier._last_list_mark(text) == at


def test_a_list_opens_only_on_a_mark_before_figures(extractor: Extractor) -> None:
    """opens_list: a cue where the mark ends the sentence or a number follows it; none after a mark before words."""
    assert extractor.classifier.opens_list("2026年主要预期目标：")
    assert extractor.classifier.opens_list("主要预期目标是：地区生产总值增长6%左右。")
    assert not extractor.classifier.opens_list("对准一个目标：胜利！")


@pytest.fixture(scope="module")
def gaz(extractor: Extractor) -> Gazetteer:
    return extractor.situator.gazetteer


def test_a_national_dateline_speaks_for_the_country(gaz: Gazetteer) -> None:
    """新华社北京 (places.yaml national_dateline) is the whole country's; 北京市 alone, though it holds the characters
    every such word holds, names the city."""
    country = gaz.country
    found = gaz._mentions("新华社北京3月5日电 今年全国城镇新增就业1256万人。")
    assert [(m.word, m.areas) for m in found][:1] == [("新华社北京", (country,))]
    city = gaz._mentions("北京市今年城镇新增就业26.1万人。")
    assert city and city[0].word == "北京市" and country not in city[0].areas


def test_a_misreading_is_tried_only_on_a_page_holding_its_characters() -> None:
    """`_may_read`: a page holding one of the characters the pattern needs may hold a misreading; one holding none
    may not; a pattern that needs none is tried on every page."""
    read = (frozenset("甲乙"), None, "", None)
    assert _may_read(read, "第一行\n第二行乙\n")  # type: ignore[arg-type]
    assert not _may_read(read, "第一行\n第二行丙\n")  # type: ignore[arg-type]
    assert _may_read((frozenset(), None, "", None), "任何一页")  # type: ignore[arg-type]
