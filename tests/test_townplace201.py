"""A town named as a document's own place gives its county (GUIDE.md: place is the most specific area, county level at
most): a 镇人民政府's work report, a 街道's notice, whose heading and source name the town and no division. The town
table (stats/context/towns.tsv, built by scripts/build_towns.py from the 民政部's towns as of 2025-12-31, CC BY 4.0)
maps a town to its county only where the name is the one town so named in the country, or the one inside a province,
prefecture or county the document names; many towns share a name (城关镇 in 86 counties) and no guess is made. A
division the text names stays the place (太仓市周市镇: 太仓市, not the 周市镇 of 昆山市), and a town inside a sentence
of a county's document keeps the county. Sentences invented, in the style of town governments' reports."""

from __future__ import annotations

import pytest

from stats.context.towns import named_towns, towns
from stats.run.pipeline import Extractor
from tests.dated import dated_figures as _run
from tests.dated import quoted as _got


def _places(extractor: Extractor, text: str, source: str = "", published: str = "2026-02-12") -> list[tuple]:
    return _got(_run(extractor, text, published, source=source), "place")


BODY = "\n\n一年来，全镇实现地区生产总值约40.2亿元，增长5.6%。"
REPORT = "{town}人民政府工作报告" + BODY


@pytest.mark.parametrize(("source", "heading", "want"), [
    # a name the country's one town bears (周市镇 of 昆山市), in the source and the heading, or in either alone
    ("周市镇人民政府", "周市镇人民政府工作报告", "昆山市"),
    ("", "周市镇人民政府工作报告", "昆山市"),
    ("周市镇人民政府", "关于2025年工作情况的报告", "昆山市"),
    # a prefecture named before it narrows nothing away and places the town's county (the most specific place)
    ("", "苏州市周市镇人民政府工作报告", "昆山市"),
    # a 街道 too
    ("", "碧溪街道办事处工作报告", "常熟市"),
])
def test_a_town_of_one_name_gives_its_county(extractor: Extractor, source: str, heading: str, want: str) -> None:
    assert _places(extractor, heading + BODY, source) == [("约40.2亿元", want), ("5.6%", want)]


def test_a_town_many_bear_is_no_place_until_a_named_area_narrows_it(extractor: Extractor) -> None:
    """城关镇 stands in 86 counties: alone it places nothing (no guess); under 亳州市, where only 利辛县 has one, the town
    is 利辛县's, named in the heading or in an opening sentence; under 安徽省, which holds more than one, it stays the
    province, the place the text names."""
    assert _places(extractor, REPORT.format(town="城关镇"), "城关镇人民政府") == [("约40.2亿元", None), ("5.6%", None)]
    assert _places(extractor, REPORT.format(town="亳州市城关镇")) == [("约40.2亿元", "利辛县"), ("5.6%", "利辛县")]
    body = "城关镇人民政府工作报告\n\n城关镇是亳州市的人口大镇。\n\n一年来，全镇实现地区生产总值约40.2亿元，增长5.6%。"
    assert _places(extractor, body, "城关镇人民政府") == [("约40.2亿元", "利辛县"), ("5.6%", "利辛县")]
    assert _places(extractor, REPORT.format(town="安徽省城关镇")) == [("约40.2亿元", "安徽省"), ("5.6%", "安徽省")]


def test_a_town_under_a_county_not_its_own_keeps_the_county(extractor: Extractor) -> None:
    """太仓市周市镇: the county the text names is the place, not the county the one 周市镇 of the table lies in; 无锡市周市镇
    likewise stays the prefecture named (no 周市镇 inside it)."""
    assert _places(extractor, REPORT.format(town="太仓市周市镇")) == [("约40.2亿元", "太仓市"), ("5.6%", "太仓市")]
    assert _places(extractor, REPORT.format(town="无锡市周市镇")) == [("约40.2亿元", "无锡市"), ("5.6%", "无锡市")]


@pytest.mark.parametrize(("source", "text", "want"), [
    # a town of the county's own, a town many bear, and a town of another county (the one 周市镇, 昆山市's): the
    # county's document keeps the county
    ("昆山市人民政府", "昆山市政府工作报告\n\n全年，周市镇新增就业3850人。", "昆山市"),
    ("太仓市人民政府", "太仓市政府工作报告\n\n全年，城关镇新增就业3850人。", "太仓市"),
    ("太仓市人民政府", "太仓市政府工作报告\n\n全年，周市镇新增就业3850人。", "太仓市"),
])
def test_a_town_inside_a_sentence_of_a_county_keeps_the_county(extractor: Extractor, source: str, text: str,
                                                                 want: str) -> None:
    assert _places(extractor, text, source) == [("3850人", want)]


def test_names_are_found_only_where_they_stand_as_a_place() -> None:
    """The scan: a name of the table at the text's start, after a mark or a division's name, ending the text or before
    a mark, a digit or a word of its own (人民政府); 新城镇化 (a town 新城镇 exists) and a name inside a word are none."""
    endings, after = ("镇", "乡", "苏木", "街道"), ("人民政府",)
    assert towns()[0]["周市镇"] == ("320583",)
    assert [t[:2] for t in named_towns("周市镇人民政府", endings, after)] == [(0, 3)]
    assert [t[:2] for t in named_towns("关于周市镇", endings, after)] == []
    assert [t[:2] for t in named_towns("昆山市周市镇", endings, after, (3,))] == [(3, 6)]
    assert named_towns("推进新城镇化建设", endings, after) == []
    assert named_towns("全市城镇新增就业", endings, after) == []


@pytest.mark.parametrize(("source", "town", "want"), [
    ("苏州日报", "周市镇", "昆山市"),  # the one 周市镇 lies in the paper's city: its county
    ("亳州日报", "城关镇", "利辛县"),  # of the 86 城关镇, one lies in 亳州市
    ("苏州日报", "城关镇", "苏州市"),  # none in 苏州市: the paper's city, as before
])
def test_a_town_inside_the_paper_s_area_gives_its_county(extractor: Extractor, source: str, town: str,
                                                         want: str) -> None:
    """A city paper's item headed by a town's report: the town of that name inside the paper's city is the item's, and
    its county the place; a town the city does not hold leaves the paper's city."""
    text = f"{town}人民政府工作报告\n\n本报讯 一年来，全镇实现地区生产总值约40.2亿元，增长5.6%。"
    assert _places(extractor, text, source) == [("约40.2亿元", want), ("5.6%", want)]
