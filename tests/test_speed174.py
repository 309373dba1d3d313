"""speed174 (issue 13): named costs of the extraction path cut, every answer the same. Sentences invented."""

from __future__ import annotations

import random

import pytest
import regex

from stats.classify.roles import Context
from stats.rules.precheck import any_found, first_chars, split
from stats.rules.rulefile import RuleSet
from stats.run.pipeline import Extractor


def test_an_item_that_may_be_left_out_opens_with_its_own_or_the_rests_characters() -> None:
    """^[）)]?的…: a match opens with a closing bracket or, without one, with 的; each optional item in turn."""
    assert first_chars(r"^[）)]?的\s*(?:百分之)?[\d零一二三]") == frozenset("）)的")
    assert first_chars("a?b?c") == frozenset("abc") and first_chars("a*?b") == frozenset("ab")
    assert first_chars("(?:微信)?扫一扫") == frozenset("微扫")
    assert first_chars("(?:甲|乙)?(?:丙|丁)") == frozenset("甲乙丙丁")
    # where the rest may match nothing or opens unknown, no character opens every match: nothing told
    for unread in ("a?", "^a?$", "a?(?=b)", "(?:a?)?b", r"a?\p{Han}", "a?[^b]"):
        assert first_chars(unread) is None, unread


def test_a_match_at_a_place_opens_with_one_of_the_characters_told() -> None:
    """Every match of patterns with items that may be left out, at every place of random texts of their
    characters, opens with one of the characters `first_chars` tells (it is a gate: it may never refuse a match)."""
    rng = random.Random(174)
    for pattern in (r"^[）)]?的\s*[\d一二]", r"(?:的)?(?:前|头)[1-4一二]个?年", r"[ \t]*\n[ \t]*\d", "x?y?z+"):
        told = first_chars(pattern)
        assert told, pattern
        compiled = regex.compile(pattern)
        alphabet = "）)的 \t\n前头12一二个年xyz甲"
        for _ in range(300):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
            for at in range(len(text)):
                m = compiled.match(text, at)
                assert m is None or (m.end() > at and text[at] in told), (pattern, text, at)


class _Refused:
    """A pattern that fails the test if it is asked at all."""

    def match(self, *_: object) -> None:
        raise AssertionError("a goal-after pattern was asked of words it cannot open on")


def test_a_figure_followed_by_none_of_the_goal_words_openings_asks_no_pattern(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """roles.yaml target.goal_after (）的…, 达…): words after a figure that open with none of the patterns' first
    characters (，同比增长5%, most figures) are told no share of a goal before any pattern runs."""
    classifier = extractor.classifier
    assert classifier._goal_after_first is not None and "的" in classifier._goal_after_first
    monkeypatch.setattr(classifier.lex, "target_goal_after", [_Refused()] * len(classifier.lex.target_goal_after))
    for after in ("，同比增长5.2%", "万元，比上年增加", "", "人次"):
        assert classifier.goal_of_share(Context(0, 0, "全年计划新建", after)) == ""


def test_a_goal_share_is_still_read_where_the_words_open_on_one(extractor: Extractor) -> None:
    """The gate keeps every answer: for words after a figure that do open on one of the characters, each pattern is
    asked as before (the answer the same as the patterns' own, with no gate)."""
    classifier = extractor.classifier
    pats = classifier.lex.target_goal_after
    for before, after in (("完成年度目标", "的85%"), ("完成全年计划", "）的九成"), ("目标任务", "达98%"),
                          ("全年目标", "）。"), ("目标", "，同比增长")):
        ctx = Context(0, 0, before, after)
        plain = next((m.group(0) for p in classifier.lex.target_goal_before if (m := p.search(before))), "") \
            if any(p.match(after) for p in pats) else ""
        assert classifier.goal_of_share(ctx) == plain, (before, after)


class _Asked:
    """A stand-in for a pattern that records the lines it is asked and answers as the pattern would."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern, self.asked = pattern, []

    def match(self, line: str) -> regex.Match[str] | None:
        self.asked.append(line)
        return self.pattern.match(line)


def test_only_a_line_whose_first_character_stands_alone_is_asked_for_a_spine(monkeypatch: pytest.MonkeyPatch) -> None:
    """护薪行动 set upright down an item's left edge, one character a line: the lines whose character past the indent
    has a gap or nothing after it are asked the spine's pattern; a line of running text (本报讯 全市…) is not, and the
    spine is found as before."""
    from stats.repair import layout

    asked = _Asked(layout._SPINE_CHAR)
    monkeypatch.setattr(layout, "_SPINE_CHAR", asked)
    lines = ["护    本报讯 今年以来，全市人社部门", "      持续开展根治欠薪行动，", "薪    累计为农民工追回工资",
             "      1260万元，惠及劳动者", "行    3200余人。记者了解到，", "      全市新开工项目",
             "动    86个，同比增长12%。", "全市新增城镇就业5.2万人。"]
    found = layout._spines(lines, len(lines))
    assert asked.asked == [lines[k] for k in (0, 2, 4, 6)]
    monkeypatch.setattr(layout, "_SPINE_CHAR", asked.pattern)
    assert layout._spines(lines, len(lines)) == found and list(found) == [0]


def test_a_sentences_last_character_is_asked_whether_it_closes_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`noted_title` asks every sentence whether it ends on a closing bracket: each character is asked of the
    pattern once a process, the answers the pattern's (（单位：人） closes, 。 does not)."""
    from stats.find import tablerows

    asked = _Asked(tablerows._CLOSE)
    monkeypatch.setattr(tablerows, "_CLOSE", type("P", (), {"fullmatch": asked.match})())
    monkeypatch.setattr(tablerows, "_ENDS_CLOSING", {})
    answers = [tablerows._closing(ch) for ch in "）。）)。】"]
    assert answers == [True, False, True, True, False, True]
    assert asked.asked == ["）", "。", ")", "】"]


def test_what_matches_no_character_is_passed_over_to_the_first_that_does() -> None:
    """A look-around, or a choice of anchors and look-behinds ((?:^|(?<=[：；]))一是…), matches no character: the first
    character of a match is the next item's."""
    assert first_chars(r"(?:^|(?<=[：:；;。，,]\s{0,2}))(?:[一二三]是|其[一二][，,])") == frozenset("一二三其")
    assert first_chars("(?=a)b") == frozenset("b") and first_chars(r"\b(?!x)y") == frozenset("y")
    assert first_chars("(?:(?=a)|(?!b))c") == frozenset("c")
    for unread in ("(?=a)", "(?<=x)", "(?:^|a)b", "(?:^|)b"):  # nothing after it, or a choice that may take a character
        assert first_chars(unread) is None, unread


def test_a_sentence_opening_on_no_item_word_is_asked_no_item_pattern(extractor: Extractor) -> None:
    """periods.yaml item_opener (一是, 其一，, 第二，): a sentence opening on none of its first characters (全市…, most)
    is told no item's opening by one look-up; the answer is the pattern's own for every sentence."""
    from stats.context import situate

    opener = extractor.situator.period_words.item_opener
    first = situate._opening(opener)
    assert first is not None and {"一", "其", "第"} <= first and "全" not in first
    for text in ("一是2025年全市新增就业5.2万人。", "其一，新建学校3所。", "第二，完成投资80亿元。", "全市新增就业5.2万人。",
                 "二是培训后就业率不足60%", "2025年，全县实现增长6%。", "其中，医院12家。"):
        gated = opener.match(text) if text[:1] in first else None
        assert (gated is None) == (opener.match(text) is None), text


class _RefusedAt:
    """A pattern asked after a figure that fails the test if it is asked at all."""

    def match(self, *_: object) -> None:
        raise AssertionError("a pattern was asked after a figure at a character no match of it opens with")


def test_a_figure_followed_by_no_stock_or_base_word_asks_neither_pattern(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """roles.yaml level.stock_after (口 of 人口) and level.base_after (的基础上): after a figure whose next character
    opens none of their matches (，同比, 个, the sentence's end) no pattern is set up; where one does, the figure still
    reads as the base it is (在上年4.3万元的基础上增长6%: a level, its cue 的基础上)."""
    classifier = extractor.classifier
    base = [c for c in extractor.candidates("今年力争在上年4.3万元的基础上增长6%。") if c.q.value == 43000]
    assert base and base[0].role == "level" and "基础上" in base[0].role_cue
    monkeypatch.setattr(classifier, "_stock_after", tuple((_RefusedAt(), first) for _, first in classifier._stock_after))
    monkeypatch.setattr(classifier, "_base_after", tuple((_RefusedAt(), first) for _, first in classifier._base_after))
    cands = extractor.candidates("计划全年新建学校3所，新增学位2400个，投资增长5%。")
    assert [c.q.value for c in cands] == [3, 2400, 5]


def test_a_sentence_with_no_colon_is_no_lead_in_before_any_pattern(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """carry `_lead_in`: a sentence under a kept heading leads into rows only where it ends on a colon; one holding no
    colon at all (most) is told so by two `in` tests, the end-anchored pattern never searched."""
    from stats.context import carry
    from stats.run.pipeline import _lone_sentence

    class Refused:
        def search(self, *_: object) -> None:
            raise AssertionError("the colon pattern was searched in a sentence holding no colon")

    context = extractor.new_context()
    heading = _lone_sentence("各县区新增就业情况")
    context._quiet = (heading.paragraph, heading.text)
    asked = carry._COLON_END
    monkeypatch.setattr(carry, "_COLON_END", Refused())
    assert context._lead_in(_lone_sentence("全市新增城镇就业5.2万人。")) is False
    monkeypatch.setattr(carry, "_COLON_END", asked)
    assert context._lead_in(_lone_sentence("具体如下：")) is True  # (a line of its own ending on a colon: one)


def test_a_line_is_searched_for_a_han_character_only_where_its_length_leaves_it_open(
        ruleset: RuleSet, monkeypatch: pytest.MonkeyPatch) -> None:
    """`is_headline` measures a line of Latin script alone at half its length: a line no longer than the measure, or
    longer than twice it, is told by its length with no search; the answers are those of the length read after the
    search, for lines of Han characters, of letters and of both, at every length around the two bounds."""
    from stats.split import segment

    lex = ruleset.lexicon
    most = lex.headline_max

    def reference(par: str) -> bool:  # (the length read after the search, as before)
        longest = most if regex.search(r"\p{Han}", par) else 2 * most
        if len(par) > longest or any(map(par.__contains__, lex.sentence_end)):
            return False
        return not any_found(split(segment.not_headline_checks(lex)), par)

    lines = [("全市" * most)[:n] for n in range(1, 2 * most + 3)] + [("Jobs " * most)[:n] for n in range(1, 2 * most + 3)]
    lines += [("就业 Jobs " * most)[:n] for n in range(1, 2 * most + 3)]
    for par in lines:
        assert segment.is_headline(par, lex) == reference(par), par

    class Refused:
        def search(self, *_: object) -> None:
            raise AssertionError("a line its length tells was searched for a Han character")

    monkeypatch.setattr(segment, "_ANY_HAN", Refused())
    for par in ("全市就业", "x" * (2 * most + 1), "全" * (2 * most + 1)):
        segment.is_headline(par, lex)


def test_a_lines_figure_tail_is_looked_for_in_its_last_characters_only() -> None:
    """A headline's figure at its end (620张, 32.6亿元, 14.2%) holds three characters at most: searched from the line's
    last three, the answer is the whole line's."""
    from stats.repair import layout

    rng = random.Random(1740)
    for _ in range(2000):
        line = "".join(rng.choice("全市新增12.6万人%张 亿元a") for _ in range(rng.randint(0, 9)))
        tail = layout._FIGURE_END.search(line, max(0, len(line) - layout._FIGURE_TAIL_MOST))
        assert (tail is None) == (layout._FIGURE_END.search(line) is None), line
