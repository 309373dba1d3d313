"""speed48: the layout's line tests sieved by each pattern's own gate (`layout._sieve`), pair gates read through a
lookbehind's body (`precheck._runs`)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import regex

from stats.repair import layout
from stats.rules.precheck import opening_run, pair_gate, runs_tree
from stats.run.pipeline import Extractor
from tests.pagetext import WHOLE, decoded, shipped_paths

ROOT = Path(__file__).resolve().parent.parent



@pytest.fixture(scope="module", params=WHOLE)
def lines(request: pytest.FixtureRequest) -> list[str]:
    """Every line of the shipped and gold texts (a sample of the gold sets in the default suite, every one in the slow
    job: tests.pagetext.WHOLE), stripped as the layout asks them, and lines written to open a paragraph, to head a
    part or to be a page's running head or note."""
    out = [line.strip() for path in shipped_paths(request.param) for line in decoded(path).splitlines()]
    return out + ["2026年重点工作", "今年工作安排", "一、2025年工作回顾", "主要预期目标", "下一步主要任务",
                  "本报讯（记者 王明）", "新华社北京3月5日电", "（下转第3版）", "城市日报 2024年5月16日 星期四 A3",
                  "第 2 页 共 3 页", "责任编辑：李华", "2025年民生实事项目出炉", "图为新建成的学校。", "",
                  "收入 9.86 10.24 11.05 12.3", "■ 6.8% 地区生产总值增长", "重点工作任务", "工作计划"]


def test_a_lookbehind_gives_its_body_to_the_pair_gate() -> None:
    """The text before a lookbehind is one its body matches: its characters side by side are a gate, its last ones
    run on into what follows; what came before the lookbehind is that same text, no run on into the body."""
    # (since speed50 an alternation of words of as many characters each runs on through them, a class a place)
    assert pair_gate(r"^[^\s。]{4,18}+$(?<=工作(?:安排|计划))") == "[工][作][安计][排划]"
    assert pair_gate(r"^[^\s。]{4,18}+$(?<=(?:主要|预期|奋斗|五年)目标)") == "[主预奋五][要期斗年][目][标]"
    assert pair_gate(r"a(?<=xa)b") == "[x][a][b]"
    assert pair_gate(r"(?<=[一二])[十百]") == "[一二][十百]"  # (one class, as before)
    assert pair_gate(r"(?<!ab)cd") == "[c][d]"  # a negative one holds nothing
    for text in ("2026年工作安排", "今年工作计划", "xab"):
        assert any(re.search(pair_gate(p), text) for p in (r"^[^\s。]{4,18}+$(?<=工作(?:安排|计划))", r"a(?<=xa)b"))


def test_a_space_stands_in_a_run() -> None:
    """`re`'s \\s holds every character `regex`'s does: a space, maybe, is read in a run of characters side by side (and
    a match's opening), never in a negated class (which would refuse the four characters only `re` calls spaces)."""
    assert pair_gate(r"(?<![\d.])\d{2}\s*年(?=出生|毕业)") == r"[\d][\d][\s]*[年][出毕]"
    assert pair_gate(r"a[^\s]b") is None
    every = "".join(map(chr, range(sys.maxunicode + 1)))  # (one search over every character, not a match each)
    spaces = regex.findall(r"\s", every)
    assert spaces and all(re.match(r"\s", c) for c in spaces)


def test_a_match_opens_with_its_opening_run() -> None:
    """The characters a match opens with, anchored at the text's start: classes and repeats of a class, looks around
    and groups passed through, optional ones at the end left off; None where a match may open with anything."""
    assert opening_run(r"^\d{1,2}[.．、]\s*\p{Han}{1,10}?(?:市|县)") == r"^[\d][\d]{0,1}[\.．、]"
    assert opening_run(r"^(?P<x>[（(]?记者)") == r"^[（\(]{0,1}[记][者]"
    assert opening_run(r"^(?=\d)\d+(?:\.\d+)?%") == r"^[\d]"
    for pattern in (r"^(?:上接|接)\s*\d+版", r"^[^\s。]{4,18}+$", r"(?i)ab", r"^\p{Han}{2,8}日报", r"^a?"):
        assert opening_run(pattern) is None, pattern
    for text, pattern in (("12．新建学校", r"^\d{1,2}[.．、]\s*\p{Han}"), ("（记者 王明", r"^(?P<x>[（(]?记者)")):
        assert regex.match(pattern, text) and re.match(opening_run(pattern), text)  # type: ignore[arg-type]


def test_the_sieve_lets_through_every_line_a_pattern_matches(extractor: Extractor, lines: list[str]) -> None:
    """For each set of line patterns the layout and the segmenter ask, a line one of them matches at its start is
    let through by its part's class and sieve; the gated test, one line at a time and a page at once, answers as
    the patterns do. The sieve is finer than the class: it keeps fewer of the lines the class lets through."""
    lex = extractor.rules.lexicon
    sets = [*layout.line_pattern_sets(lex.article_start, lex.running_head, lex.heading), lex.article_start,
            lex.article_end, [*lex.article_start, *lex.running_head, *lex.heading, *lex.article_end, *lex.page_note,
                              *lex.photo_caption]]
    sieved = kept = passed = 0
    for pats in sets:
        pats = tuple(pats)
        parts = layout._GATES.get(tuple((p.pattern, p.flags) for p in pats)) or layout._gate(list(pats))
        assert parts is not None
        plain = [p.match for p in pats]
        matched = [line for line in lines if any(m(line) for m in plain)]
        assert matched, pats  # (the lines hold a match of every set)
        for gate, anchored, sieve, alternation in parts:
            if sieve is None:
                continue
            sieved += 1
            test = gate.match if anchored else gate.search  # type: ignore[union-attr]
            for line in matched:
                if alternation.match(line):
                    assert test(line) and sieve.search(line), line
            through = [line for line in lines if test(line)]
            passed += len(through)
            kept += sum(1 for line in through if sieve.search(line))
        asked = layout.starts_with_any(pats)
        want = [k for k, line in enumerate(lines) if any(m(line) for m in plain)]
        assert [k for k, line in enumerate(lines) if asked(line)] == want
        assert layout._looking(asked, lines, range(len(lines))) == want
    assert sieved >= 3
    assert kept < passed
    # lines holding a character a heading's pattern needs (点, 任, 作: the class lets them through), none of them the
    # heading's words side by side: the sieve turns them away before the alternation is tried
    pats = (*lex.article_start, *lex.running_head, *lex.heading, *lex.article_end, *lex.page_note, *lex.photo_caption)
    gate, _, sieve, _ = layout._gate(list(pats))[-1]  # type: ignore[index]
    for line in ("重点推进老旧小区改造", "全面完成各项任务", "做好就业工作", "主要指标完成情况"):
        assert gate.search(line) and not sieve.search(line), line  # type: ignore[union-attr]


def test_the_runs_tree_finds_where_one_of_its_gates_does(lines: list[str]) -> None:
    """The gates as a tree (first classes behind one look-ahead, runs that open alike shared, a run that opens with a
    shorter one left out) find in a line exactly where one of them finds, over every shipped and gold line and
    their pieces of 13 characters (as a narrow column cuts them)."""
    gates = [r"[\d][\d][\d][\d][\s]*[年]", r"[\d][\d][\d][\d][\s]*[年][第]", r"[\d][\.．、]", r"[工][作][安计]",
             r"[今年]", r"[今]", r"[\s][\s][\s]*[\-–—第－]", r"[报网][讯]|[会委][消][息]", r"[^。][年]", r"[a-z]+"]
    tree = re.compile(runs_tree(gates))
    each = [re.compile(g) for g in gates]
    pieces = [line[k:k + 13] for line in lines for k in range(0, len(line), 13)]
    for line in [*lines, *pieces, "2025 年第3期", "工作安排", "  —", "市委消息：", "ab"]:
        assert bool(tree.search(line)) == any(g.search(line) for g in each), line
    assert "[\\d](?:" in tree.pattern and "[今年]" in tree.pattern and "[今]" in tree.pattern
