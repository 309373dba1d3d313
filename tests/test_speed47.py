"""speed47: exclusions gated by the strings their matches open with (`precheck.openings`), the per-article
checks of the context stage made once per rule set, and the bar charts' line tests asked of a page at once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stats.context.carry import ArticleContext, ListScope
from stats.repair import bars
from stats.rules.precheck import openings
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor
from tests.pagetext import WHOLE, decoded, shipped_paths

ROOT = Path(__file__).resolve().parent.parent



@pytest.fixture(scope="module", params=WHOLE)
def texts(request: pytest.FixtureRequest) -> list[str]:
    """The shipped and gold texts: a sample of the gold sets in the default suite, every one in the slow job."""
    return list(map(decoded, shipped_paths(request.param)))


def test_openings_reads_the_strings_a_match_opens_with() -> None:
    assert openings(r"(?:民国|光绪|宣统)(?P<x>\d{1,2}|[一二]+)\s*年") == {"民国", "光绪", "宣统"}
    assert openings(r"[一二]、") == {"一、", "二、"}
    # a look around or an anchor consumes nothing: passed over
    assert openings(r"(?<![\d.])(?:号码|电话)\s*\d") == {"号码", "电话"}
    assert openings(r"^(?=拨)拨打") == {"拨打"}
    # a whole match shorter than the size is one of them as it is
    assert openings(r"(?<![\d.])ab|c") == {"ab", "c"}
    # a repeat past its first pass is not followed: the first pass must give the whole size
    assert openings(r"[一两]千+") == {"一千", "两千"}
    assert openings(r"\d+年") is None  # (a category, not characters one by one)
    for unread in (r"a?b", r"a|", r"(?i)ab", r"\L<words>年", r"(?:^|[\n。])\s*x"):
        assert openings(unread) is None
    assert openings("".join(f"[{a}{b}{c}]" for a, b, c in ("甲乙丙", "丁戊己", "庚辛壬", "子丑寅")), size=4) is None


def test_every_exclusion_match_holds_its_gate(extractor: Extractor, texts: list[str]) -> None:
    """Wherever an exclusion's pattern finds (its examples, the shipped and gold texts), its gate finds too, and
    the gate opens where the match does: the rows are the extraction's without the gate."""
    gated = {r.id: pair for r, _, _, _, pair in extractor._exclusion_checks if pair}
    opened = {r.id for r in extractor.exclusions if openings(r.pattern.pattern, r.pattern.flags)}
    assert {"exclude.reign_year", "exclude.phone"} <= opened & set(gated)
    found = 0
    for rule in extractor.exclusions:
        gate = gated.get(rule.id)
        if gate is None:
            continue
        samples = [*texts, *(e.text for e in (*rule.examples, *rule.negatives))]
        for text in samples:
            for m in rule.pattern.finditer(text):
                found += 1
                assert re.search(gate, text), (rule.id, m.group())
                if rule.id in opened:
                    assert any(m.group().startswith(o) for o in openings(rule.pattern.pattern, rule.pattern.flags))
    assert found > 1000


def test_reign_years_are_still_dates(extractor: Extractor) -> None:
    """The era's gate lets the era's year through and keeps the other sentences from the pattern."""
    got = [(c.q.quote, c.excluded_by) for c in extractor.candidates("光绪二十六年修建的石桥，今年新建桥梁3座")]
    assert ("3座", "") in got
    assert all(ex == "exclude.reign_year" for quote, ex in got if "二十六" in quote)
    assert "exclude.reign_year" not in {r.id for _, _, r in extractor.excluded_spans("2025年全市新增就业1.2万人")}


def test_article_checks_are_made_once_and_read_as_before(ruleset: RuleSet, extractor: Extractor) -> None:
    """Two articles' contexts share the rule set's checks (nothing carries between them: none is written), and
    the checks are what the lexicon and the rules give."""
    a, b = extractor.new_context(), extractor.new_context()
    assert a._changes_of is b._changes_of and a.lists._row_end is b.lists._row_end
    want: dict[str, list[str]] = {}
    for r in ruleset.metrics:
        if "change" in r.roles and r.cues:
            want.setdefault(r.metric, []).append(r.id)
    assert {m: [r.id for r in rs] for m, rs in a._changes_of.items()} == want
    lists = ListScope(extractor.classifier)
    assert lists._cut_marks == frozenset(ruleset.lexicon.clause_end) - frozenset(ruleset.lexicon.line_complete)
    assert lists._row_end.search("年末全市户籍人口 125.6") and not lists._row_end.search("全市户籍人口增加")
    assert isinstance(a, ArticleContext)


# lines a chart's text layer gives, beside prose (the label line's cells a gap apart; a line a bar)
CHART_PAGE = (
    "全市各县区新增就业人数\n"
    "  1.5    2.1    3.2\n"
    "甲县   乙县\t丙县\n"
    "单位：万人\n"
    "新增就业（万人）\n"
    "12\n"
    " 8.5 \n"
    "甲县\n"
    "4\n"
    "乙县\n"
    "\u3000\u300016\u3000\n"
    "丙县\n"
    "全年城镇新增就业 1.2 万人，同比增长 3%。\n"
)


def test_the_page_tests_find_the_lines_the_line_tests_do(texts: list[str]) -> None:
    """`_lines_of` with the page patterns gives the lines `_TWO_GAPS` finds in and `_lone_number` holds, over every
    shipped and gold text and a page of invented chart lines (every kind of space as a gap)."""
    spaces = [c for c in map(chr, range(0x110000)) if c.isspace() and c != "\n"]
    built = "\n".join([f"甲{g}{g}乙{g}丙" for g in spaces] + [f"{g}12{g}" for g in spaces] + [f"12{g}3" for g in spaces])
    pages = [*texts, CHART_PAGE, built, "", "\n", "5", "甲  乙  丙"]
    for page in pages:
        lines = page.split("\n")
        assert bars._lines_of(page, bars._TWO_GAPS_IN_LINE) == [
            k for k, line in enumerate(lines) if bars._TWO_GAPS.search(line) is not None]
        assert bars._lines_of(page, bars._LONE_LINE) == [k for k, line in enumerate(lines) if bars._lone_number(line)]
    assert bars._lines_of(CHART_PAGE, bars._LONE_LINE) == [5, 6, 8, 10]
    assert bars._lines_of(CHART_PAGE, bars._TWO_GAPS_IN_LINE) == [1, 2]


def test_the_ratio_word_is_taken_off_where_it_ends_a_head(extractor: Extractor) -> None:
    """The ratio column's word asked of a text before its pattern: still taken off a head's last column (with the
    unit notes after it), left in running text where more follows it, and a text without it is as it was."""
    tables = extractor.tables
    assert tables.unsigned("学校类别 学校数 在校生 专任教师 生师比") == "学校类别 学校数 在校生 专任教师 "
    assert tables.unsigned("学校数 生师比（%）") == "学校数 （%）"
    assert tables.unsigned("全区小学生师比为13.8:1。") == "全区小学生师比为13.8:1。"
    assert tables.unsigned("全区小学专任教师612人。") == "全区小学专任教师612人。"
