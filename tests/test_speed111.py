"""speed111: the lines a number box's glued entries may stand on are found by one scan of the page
(`layout._glued_candidates`) instead of a strip and a match of every line; the quantity grammar's long word lists are
written as tries (`quantities._tries`) and its rarer number forms tried behind look-aheads. Every match must stay the
same."""

from __future__ import annotations

import random

import pytest
import regex

from stats.find import quantities
from stats.find.quantities import QuantityFinder, _forward_lists, _trie
from stats.repair.layout import _GLUED_FIGURE, _SPACES, _glued_candidates
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor
from tests.dated import dated_figures, quoted

_BOX = ("98.6亿元地区生产总值\n"
        "7.4%规上工业增加值增长\n"
        "41.3亿元社会消费品零售总额\n")
_NEXT = "横店：影视产业再提速\n本报讯（通讯员 王芳）今年，横店镇新增影视企业86家。\n"


def _glued_by_line(lines: list[str]) -> set[int]:
    """The lines whose text past their spaces opens on a glued figure, asked a line at a time (as before the scan)."""
    return {k for k, line in enumerate(lines) if _GLUED_FIGURE.match(line.strip(_SPACES))}


def test_the_scan_finds_lines_opening_on_a_figure_past_any_spaces_the_first_line_too() -> None:
    """A page's first line, and lines indented by ideographic, no-break or zero-width spaces or a carriage return's
    leftover, open on a figure (or its sign) all the same; lines of words and a year's heading inside a line do not."""
    lines = ["8.2%规上工业增加值增长", "全市实现地区生产总值98.6亿元", "\u3000\u300072.6亿元社会消费品零售总额",
             "", "\u00a0+6.1%出口总额增长", "\u200b\r41.3亿元一般公共预算收入", "数读·前三季度", "\uff0b5.0%进口增长"]
    found = _glued_candidates(lines, "\n".join(lines))
    assert found == [0, 2, 4, 5, 7]
    assert _glued_by_line(lines) <= set(found)


def test_a_line_holding_a_newline_of_its_own_leaves_every_line_to_be_asked() -> None:
    """Where a line holds a newline, the page's lines are not the lines given: no line is passed over."""
    lines = ["数读", "98.6亿元地区\n生产总值", "7.4%规上工业增加值增长"]
    assert _glued_candidates(lines, "\n".join(lines)) == [0, 1, 2]


def test_the_scan_never_passes_over_a_line_the_line_by_line_test_takes() -> None:
    """Random pages of spaces, signs, digits, marks and letters (a fixed seed): every line the figure test takes a
    line at a time is among the scan's, which are in order, each once."""
    rng = random.Random(111)
    alphabet = list(" \t\u3000\u00a0\u200b\r\f+\uff0b\u2212-0123456789.%\u2030万亿元增长年a\u0661\uff11")
    for _ in range(5_000):
        lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(1, 6))]
        found = _glued_candidates(lines, "\n".join(lines))
        assert _glued_by_line(lines) <= set(found), lines
        assert found == sorted(set(found)) and all(0 <= k < len(lines) for k in found)


def test_a_glued_box_on_a_page_s_first_lines_reads_each_entry_alone(extractor: Extractor) -> None:
    """A box printed an entry a line, figure glued to label, that opens the page (its first entry on line 0): each
    entry alone, so the growth label of 7.4% does not run into 41.3亿元 and make it a change."""
    figs = quoted(dated_figures(extractor, _BOX + _NEXT, "2026-10-30"), "role")
    assert figs[:3] == [("98.6亿元", "level"), ("7.4%", "change"), ("41.3亿元", "level")]


# -- the quantity grammar: long word lists as tries, look-aheads before the rarer number forms -------------------


def test_a_trie_tries_the_words_matching_at_a_place_longest_first_and_gives_the_shorter_back() -> None:
    """A word list and its trie match the same text and, where what follows fails, fall back to the same shorter
    word: 元/吨公里 then 元/吨 (公里 after it), then 元."""
    words = ["元/吨公里", "元", "吨", "元/吨", "元/人·月", "公里", "元/人"]
    listed = regex.compile(r"(?P<m>\L<w>)(?P<rest>公里|/公里|·年)?", w=words)
    tried = regex.compile(rf"(?P<m>(?:{_trie(words)}))(?P<rest>公里|/公里|·年)?")
    for text in ("元/吨公里", "元/吨/公里", "元/人·月", "元/人·年", "吨公里", "元/", "公里", "元/人次", "人"):
        for pattern_end in ("", "$"):
            a = regex.match(listed.pattern + pattern_end, text, w=words)
            b = regex.match(tried.pattern + pattern_end, text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text
    assert tried.fullmatch("元/吨公里")["m"] == "元/吨公里"
    assert regex.fullmatch(rf"(?P<m>(?:{_trie(words)}))公里", "元/吨公里")["m"] == "元/吨"


def test_only_lists_read_forwards_are_found_not_those_in_a_look_behind_or_a_class() -> None:
    """A look-behind is read backwards, and a class's \\L is no list: both are left as written."""
    pattern = r"(?<=\L<a>)(?:\L<b>)[\L<c>\]](?<!x(?:\L<d>|y))(?=\L<e>)(?P<g>\L<f>)\\L<h>"
    assert [name for _, _, name in _forward_lists(pattern)] == ["b", "e", "f"]


@pytest.fixture(scope="module")
def finder() -> QuantityFinder:
    return QuantityFinder(load_rules().lexicon)


def test_the_grammar_with_tries_matches_as_the_grammar_with_lists(finder: QuantityFinder,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The finder's grammar, its long lists as tries, against the same grammar with the lists named: every start of
    every sentence (measure words that hold shorter ones, a magnitude and a unit, bounds before and after, ranges,
    a counter and a half), the same match and groups."""
    tried = finder.pattern
    monkeypatch.setattr(quantities, "_tries", lambda pattern, lists: (pattern, lists))
    listed = QuantityFinder(finder.lex).pattern
    assert tried.pattern != listed.pattern
    sentences = ["运价0.5元/吨公里，补贴3000元/月/人，人均住房面积42.6平方米。",
                 "全年完成投资约2407亿元，增长7.3%，其中民间投资超过1200亿元。",
                 "新建道路5千米，改造管网12.5公里，装机容量达到300万千瓦时以上。",
                 "招商引资3亿元到5亿元，引进企业10余家，培训3万至5万人次。",
                 "休假一个半月，工期两个半小时，用时1小时30分钟，每斤三块五。",
                 "粮食产量达到五十万吨左右，同比下降负2.5%，亩产600多公斤。"]
    for text in sentences:
        for at in range(len(text)):
            a, b = listed.match(text, at), tried.match(text, at)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, at)


def test_numbers_in_the_forms_behind_the_grammar_s_look_aheads_read_as_before(finder: QuantityFinder) -> None:
    """The forms a look-ahead now lets the grammar try only where they can stand: a tail after 亿 or 万 (3亿零5万,
    2万3000, 15万8千), a sign of times or an e (1.2×10⁴, 1.2e5), a Chinese decimal point between digits (3点5万);
    the plain numbers before them (2407亿元, 2.1%) as ever."""
    expected = {"全年投资3亿零5万元": 300050000.0, "新增就业2万3000人": 23000.0, "人均收入15万8千元": 158000.0,
                "总投资4亿5000万元": 450000000.0, "检出菌落1.2×10⁴个": 12000.0, "产量1.2e5吨": 120000.0,
                "覆盖3点5万人": 35000.0, "完成2407亿元": 240700000000.0, "增长2.1%": 2.1}
    for text, value in expected.items():
        assert [q.value for q in finder.find(text)] == [value], text
