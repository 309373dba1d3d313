"""The characters a pattern needs (`stats.rules.precheck`): a pre-check that may skip a search
only where the pattern cannot match, so the periods found are the same with it and without."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import regex

from stats.rules.precheck import branches, first_chars, gate, gate_open, may_match, needs, stands_alone
from stats.run.pipeline import Extractor

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


def _chars(pattern: str, flags: int = 0) -> list[str]:
    return ["".join(sorted(s)) for s in needs(pattern, flags)]


def test_needs_reads_literals_branches_and_lookarounds() -> None:
    assert _chars(r"(?<![\d.])(?P<m1>1[0-2]|0?[1-9])\s*月") == ["月"]
    assert _chars(r"(?:未来|今后)(?P<n>\d+)年") == ["年", "今未"]
    assert _chars(r"(?P<y>\d{4})(?=\s*年)") == ["年"]  # a lookahead that must hold reads the text
    assert _chars(r"过去(?P<n>\d)年|(?P<n>\d)年来") == ["年过"]  # a name used twice: one of each branch
    assert _chars(r"a?b*c{0,2}") == []  # what may be missing is needed by no match


def test_needs_gives_up_where_the_standard_parser_reads_otherwise() -> None:
    assert needs(r"[\p{Han}\d]年") == (frozenset("年"),)  # a property is a class, the literal stays needed
    assert needs(r"(?P<x>\L<digits>{4})年") == (frozenset("年"),)  # a named list: no character, the literal stays
    assert needs(r"\L<digits>|年") == ()  # a branch of a named list alone needs nothing the reading knows
    assert needs(r"(?|(年)|(月))") == ()  # regex-only syntax the standard parser refuses
    assert needs(r"(?:年份){e<=1}") == ()  # fuzzy matching: the braces are no literals
    assert needs(r"[[:digit:]]月") == ()
    assert needs("年", regex.IGNORECASE) == ()
    assert needs("(?i)年") == ()


def test_may_match_lets_the_pattern_run_where_it_matches() -> None:
    sets = needs(r"(?<![\d.])(?P<m1>1[0-2]|0?[1-9])\s*月")
    assert may_match(sets, "一季度增长5%，3 月份回升")  # 月 there: the pattern must run
    assert not may_match(sets, "全年增长5%")
    assert may_match((), "anything")  # nothing known: always run


def test_periods_found_are_the_same_with_the_precheck_and_without(extractor: Extractor) -> None:
    finder = extractor.situator.periods
    lines = [line for path in sorted(CORPUS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]
    lines += ["近三年来，过去五年，未来3年，前10个月，2023年1—9月，今年以来", "3月"]
    blind = replace(extractor.situator.period_words)  # the same words, a finder without needs
    unchecked = type(finder)(blind, finder.year, list(finder.base), finder.base_window)
    unchecked._needs = dict.fromkeys(finder._needs, ())
    unchecked._gate = ()  # closed_years searched whole, as before it was cut into its branches
    assert any(finder._needs.values()) and finder._gate
    for published in ("2024-01-15", ""):
        for line in lines:
            assert finder.times(line, published) == unchecked.times(line, published), line


def test_a_gutter_of_ideographic_or_mixed_spaces_is_still_seen() -> None:
    from stats.repair.columns import Columns

    cols = Columns()
    assert cols.passes("全 市 生 产 总 值")  # single spaces only: no gutter, told without the pattern
    for gap in ("  ", "\u3000\u3000", " \u3000", "\u3000 "):
        assert not cols.passes(f"左栏文字{gap}右栏文字"), repr(gap)  # the pattern must run and find it


def test_a_headline_check_skips_only_patterns_that_cannot_match(ruleset) -> None:  # noqa: ANN001
    from stats.split.segment import is_headline, not_headline_checks

    lex = ruleset.lexicon
    assert any(n for _, n in not_headline_checks(lex))  # some pattern of layout.yaml is checked first
    assert is_headline("全市经济运行稳中向好", lex)
    for line in ("记者 王明 摄", "（新华社北京发）", "见第3版"):  # their characters are there: the patterns run
        assert not is_headline(line, lex) or not any(
            may_match(n, line) and p.search(line) for p, n in not_headline_checks(lex)), line
        assert is_headline(line, lex) == (not any(p.search(line) for p in lex.not_headline)), line


def test_exclusions_claim_the_same_spans_with_their_patterns_needs(extractor: Extractor, ruleset) -> None:  # noqa: ANN001
    """What an exclusion's pattern needs beyond its `requires`, and the characters it needs side by side (its
    pair gate), only skip sentences it cannot match in."""
    assert any(more for _, _, more, _, _ in extractor._exclusion_checks)
    assert any(pair for *_, pair in extractor._exclusion_checks)
    texts = [ex.text for r in [*ruleset.exclusions, *ruleset.metrics] for ex in (*r.examples, *r.negatives)]
    texts += ["公元2020年", "05年", "“十四五”规划", "2019款", "二〇二三年", "2019-2020年"]  # the needed characters there
    plain = Extractor.__new__(Extractor)
    plain.__dict__.update(extractor.__dict__)
    plain._exclusion_checks = [(r, req, (), x, None) for r, req, _, x, _ in extractor._exclusion_checks]
    for text in texts:
        assert extractor.excluded_spans(text) == plain.excluded_spans(text), text


def test_exclusions_picked_by_their_characters_claim_what_every_rule_tried_claims(extractor: Extractor, ruleset) -> None:  # noqa: ANN001
    """The rules a sentence's characters switch on (`requires`, as bit masks) claim the same spans, in the
    same order, as every exclusion tried on every sentence."""
    texts = [ex.text for r in [*ruleset.exclusions, *ruleset.metrics] for ex in (*r.examples, *r.negatives)]
    texts += ["公元2020年", "05年", "二〇二三年", "千千万万个家庭", "百姓", ""]
    every = Extractor.__new__(Extractor)
    every.__dict__.update(extractor.__dict__)
    every._exclusion_checks = [(r, None, (), x, None) for r, _, _, x, _ in extractor._exclusion_checks]
    every._exclusion_always, every._exclusion_bits = (1 << len(every._exclusion_checks)) - 1, {}
    every._exclusion_chars = frozenset()
    for text in texts:
        assert extractor.excluded_spans(text) == every.excluded_spans(text), text


def test_pair_gates_read_what_a_match_holds_side_by_side() -> None:
    """A pair gate is a `re` pattern every text the rule's pattern matches in holds a match of."""
    from stats.rules.precheck import pair_gate

    assert pair_gate(r"(?P<x>(?<=[一二])[十百][0-9]|\L<d>0)", lists={"d": {"一", "二"}}) == \
        "[一二][十百][0-9]|[一二][0]"
    assert pair_gate(r"(?<![\d一])(?P<x>(?P<p>[十百])(?P=p)[一二]*)") == "[十百][十百]"
    # (a space, maybe, stands in the run: `re`'s \s holds every space `regex`'s does)
    assert pair_gate(r"(?<![\d.])(?P<x>\d{2})\s*年(?=出生|毕业)") == r"[\d][\d][\s]*[年][出毕]"
    # (a repeat goes on in the run, its rest written as its own: a a, maybe a third, b then maybe more, c or d, e)
    assert pair_gate(r"a{2,3}b+(?:c|d)e") == "[a][a][a]{0,1}[b][b]*[cd][e]"
    assert pair_gate(r"a{6,}b") == "[a][b]"  # (many in a row: the last stands before b)
    # a duration in two units (3小时15分钟, 1年零3个月): a unit's last character, maybe 零, a number, maybe 个, a unit's
    # first (个? before a unit: 个 or the unit's own first character); the number's leading repeat left off
    assert pair_gate(r"(?<![\d])[\d]+(?:个月|个?(?:年|天|小时))零?[\d]+个?(?:个月|天|小时|分)") == \
        r"[天年时月][零]{0,1}[\d][\d]*[个]{0,1}[个分天小]"
    assert pair_gate(r"[0-9]+[年月]") == "[0-9][年月]"
    assert pair_gate(r"(?:数|(?<![十拾])几|若干)(?![百千]分之)(?P<x>[十百])") == "[几干数][十百]"  # last characters
    assert pair_gate(r"x(?:ab|c)") == "[x][ac]"  # first characters
    assert pair_gate(r"(?<![一二])[一二]{3,}") == "[一二][一二][一二]"
    assert pair_gate(r"ab?c") == "[a][b]{0,1}[c]"  # (a maybe between: the run goes on through it)
    for pattern in (r"(?i)ab", r"a\p{Han}b", r"\L<w>0", r"a|bc"):
        assert pair_gate(pattern, lists={"w": {"一万", "二"}}) is None, pattern
    for text in ("二十5万元", "二0万元", "千千万万", "98年出生"):
        assert re.search(pair_gate(r"(?<=[一二])[十百千万][0-9]|[一二]0|(?P<p>[千万])(?P=p)|年(?=出生)"), text)


def test_window_closed_patterns() -> None:
    from stats.rules.precheck import window_closed

    assert window_closed("约占|不低于|(?<=比)上年")  # nothing looks past a match's end
    assert not window_closed("目标(?=是)")  # a look ahead may see past a window's end
    assert not window_closed("年$")
    assert not window_closed(r"\bGDP")


def test_roles_and_qualifiers_are_the_same_with_the_sentence_asked_once(extractor: Extractor) -> None:
    """A sentence without a target cue or a governing word anywhere skips those patterns per figure;
    one with them (确保…, 不低于) still runs them and gets the same answers as with no skipping."""
    from copy import copy

    cl = extractor.classifier
    assert cl._closed == {"target", "governing"}
    plain = copy(cl)
    plain._closed = frozenset()
    lines = [line for path in sorted(CORPUS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]
    lines += ["确保城镇新增就业不低于1.2万人，全市地区生产总值增长5%。", "全市地区生产总值增长5%。"]
    checked = 0
    for line in lines:
        for q in extractor.finder.find(line):
            ctx = cl.context(line, q)
            assert cl.role(line, q, ctx) == plain.role(line, q, ctx), line
            assert cl.qualifier(line, q, ctx, []) == plain.qualifier(line, q, ctx, []), line
            checked += 1
    cue = lines[-2]
    first = extractor.finder.find(cue)[0]
    assert cl.role(cue, first, cl.context(cue, first))[0] == "target"  # the cue's patterns ran
    assert checked > 100


def test_branches_are_cut_at_top_level_bars_only() -> None:
    assert branches(r"过去(?P<n>\d|[一二])年|(?<![\d近])(?P<n>\d)年(?:来|以来)") == (
        r"过去(?P<n>\d|[一二])年", r"(?<![\d近])(?P<n>\d)年(?:来|以来)")
    assert branches("[|]年|月") == ("[|]年", "月")  # a bar inside a class stands for itself
    assert branches(r"[]|]|\|") == ("[]|]", r"\|")  # a class opening with ], an escaped bar
    assert branches(r"a\|b") == ()  # an escaped bar alone: one branch
    assert branches("(?:年|月)份") == ()  # the bars inside a group
    assert branches("年|月|日|时|分") == ()  # too many: a list of words searched whole
    assert branches("(?i)gdp|cpi") == () and branches("(?P<a>年)|(?P=a)") == ()  # meaning would change
    assert branches("年|") == () and branches(r"(?x)年 | 月") == ()


def test_a_gate_opens_just_where_the_whole_pattern_finds(extractor: Extractor) -> None:
    import re

    closed = extractor.situator.period_words.closed_years  # the shipped pattern
    assert closed is not None
    patterns = [regex.compile(r"过去(?P<n>\d{1,2}|[一二三五])年|(?<![\d一二三五近])(?P<n>\d{1,2}|[一二三五])年(?:来|以来)"),
                re.compile("增长[0-9.]+%|下降"), closed]
    texts = ["过去五年，全市经济稳步增长", "五年来全市经济增长", "近五年来", "2023年以来", "五年以来增长5%",
             "同比下降", "全年增长5.2%", "全市经济稳步向好", ""]
    for p in patterns:
        g = gate(p)
        assert len(g) == 2
        for text in texts:
            assert gate_open(g, text) == (p.search(text) is not None), (p.pattern, text)
    assert gate_open((), "anything")  # a pattern not cut: the whole search decides


def test_first_chars_of_a_match() -> None:
    assert first_chars(r"^(?P<level>[市县])[\p{Han}]{1,10}?局") == frozenset("市县")  # an anchor matches no character
    assert first_chars("(?:未来|今后)年") == frozenset("未今") and first_chars("x+y") == frozenset("x")
    assert first_chars("a?b") == frozenset("ab")  # (an item that may be left out: its characters or the rest's)
    assert first_chars("(?=a)a") == frozenset("a")  # (a look-around matches no character)
    for unread in ("a?", "[^a]年", r"\p{Han}年", "(?i)a", "(?=a)", "a|", ""):
        assert first_chars(unread) is None, unread  # not followed, or a match may open otherwise


def test_an_office_speaking_is_found_with_its_first_character_checked_first(extractor: Extractor) -> None:
    """A sentence opening with none of the office pattern's first characters is told without it;
    one opening with one still runs it (市医保局负责人表示 …)."""
    w = extractor.situator.gazetteer.words
    assert w.office_speaker is not None and w.office_first is not None and "市" in w.office_first
    for text, speaks in (("市医保局负责人表示，全市参保率稳定在95%以上。", True),
                         ("县教育局局长介绍，全县新建学校3所。", True),
                         ("同心县为4.2万名困难群众代缴养老保险费。", False), ("全市地区生产总值增长5%。", False)):
        assert (w.office_speaker.match(text) is not None) == speaks, text
        assert (text[:1] in w.office_first) == speaks, text  # the two told apart by the first character


def test_line_openers_answer_the_same_behind_their_gate(extractor: Extractor) -> None:
    """`layout.starts_with_any` asks its alternation only of a line holding a character some pattern
    needs: every line of the shipped pages (and a few written to open) is told alike with the gate
    and without it, for each set of line patterns the layout and the segmenter ask; so by a page's lines at once
    (`_looking`: each part of the gate, the patterns told by their first character and the others, mapped in C)."""
    from stats.repair.layout import _GATES, _looking, line_pattern_sets, starts_with_any

    lex = extractor.rules.lexicon
    lines = [line.strip() for path in sorted(CORPUS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8-sig").splitlines()]
    lines += ["本报讯（记者 王明）", "新华社北京3月5日电", "（下转第3版）", "二、主要目标", "",
              "城市日报 2024年5月16日 星期四 A3", "■ 6.8% 地区生产总值增长", "第三章 主要任务", "2026年重点工作",
              "收入 9.86 10.24 11.05 12.3", "　　2025年全县生产总值增长5.1%。"]
    sets = [*line_pattern_sets(lex.article_start, lex.running_head, lex.heading), lex.article_start, lex.article_end,
            [*lex.article_start, *lex.running_head, *lex.heading, *lex.article_end, *lex.page_note,
             *lex.photo_caption]]  # (`looks`)
    gated = 0
    for pats in sets:
        asked = starts_with_any(tuple(pats))
        plain = [p.match for p in pats]
        gated += _GATES.get(tuple((p.pattern, p.flags) for p in pats)) is not None
        for line in lines:
            assert bool(asked(line)) == any(m(line) for m in plain), line
        assert _looking(asked, lines, range(len(lines))) == [k for k, line in enumerate(lines)
                                                              if any(m(line) for m in plain)]
    assert gated == len(sets)  # every shipped set has a gate


def test_patterns_asked_per_sentence_are_skipped_only_where_they_cannot_match(extractor: Extractor) -> None:
    """The checks put before patterns every sentence or figure asks (a running head, a chart's caption, a speaker's
    headline goal, a change named after the number, a sentence opening on 其中, a national dateline, a notice's
    addressees, quoted names, the whole area again, a unit named by its level letter) never turn away a text the
    pattern matches: every line and clause of the shipped pages, and a few written to match, are told alike."""
    lex = extractor.rules.lexicon
    cls, gaz, tables = extractor.classifier, extractor.situator.gazetteer, extractor.tables
    context = extractor.new_context()
    texts = [piece.strip() for path in sorted(CORPUS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8-sig").splitlines() for piece in re.split("[，。；]", line)]
    texts += ["城市日报 2024年5月16日 星期四 A3", "第 2 页 共 3 页", "图1 2021-2025年全市地区生产总值及其增长速度",
              "李明：今年新增城镇就业8000人以上", "的比例上调", "全市规模以上工业增加值同比增长", "其中高校毕业生1.2万人",
              "新华社北京3月5日电", "各县（区）民政局：", "“技能兴市”行动", "■ 主要预期目标", "市人民医院新增床位300张"]
    w = gaz.words
    for text in filter(None, texts):
        assert cls.running_head(text) == any(p.search(text) for p in lex.running_head), text
        if tables._chart is not None and tables._chart.fullmatch(text) is not None:
            assert tables._chart_first is None or text[:1] in tables._chart_first, text
        for p, sets in cls._headline_needs:
            assert p.match(text, 0, lex.headline_max) is None or may_match(sets, text), text
        for p, sets in cls._change_after:
            assert p.match(text) is None or may_match(sets, text), text
        assert (context._part_of is not None and context._part_of.match(text) is not None) == \
            text.startswith(context._part_words), text
        if gaz._national is not None and gaz._national.search(text) is not None:
            assert all(ch in text for ch in gaz._national_holds), text
        if w.addressee is not None and w.addressee.search(text) is not None:
            assert may_match(gaz._addressee_needs, text), text
        if gaz._name_re is not None and gaz._name_re.search(text) is not None:
            assert may_match(gaz._name_needs, text), text
        if w.whole_again is not None and w.whole_again.match(text) is not None:
            assert may_match(gaz.whole_again_needs, text), text
        if w.level_unit is not None and w.level_unit.match(text) is not None:
            assert gaz.level_unit_first is None or text[:1] in gaz.level_unit_first, text
    # the written examples do meet the patterns they were written for: the test is not vacuous
    assert cls.running_head("第 2 页 共 3 页") and context._part_of is not None
    assert tables.chart("图1 2021-2025年全市地区生产总值及其增长速度") is not None
    assert cls.change_after(replace(extractor.classifier.context("增长5%的比例上调", extractor.finder.find(
        "增长5%的比例上调")[0]), after="的比例上调")) != ""


def test_the_share_done_read_right_to_left_matches_just_where_it_matches_left_to_right(extractor: Extractor) -> None:
    """`carry` asks only whether lexicon/context.yaml share_done matches the words before a figure, and asks it of the
    right-to-left copy (`CarryWords.share_done_back`, quicker on a pattern that says how a text ends): every opening
    of every clause of the shipped pages, and a few written to end as a share done does, are told alike both ways;
    a carry word list made anew by `replace` takes its copy from its own pattern."""
    carry = extractor.rules.lexicon.carry
    fwd, back = carry.share_done, carry.share_done_back
    assert fwd is not None and back is not None and back.pattern == fwd.pattern
    clauses = [piece for path in sorted(CORPUS.glob("*.txt"))
               for line in path.read_text(encoding="utf-8-sig").splitlines() for piece in re.split("[，。；]", line)]
    texts = [clause[:k] for clause in clauses for k in range(len(clause) + 1)]
    written = ["完成全年目标任务的", "占全市总量的比重为", "占", "已完成", "超额完成", "目标任务完成率达到",
               "完成年度计划（3万人）的"]
    for text in [*texts, *written, *(t + "\n" for t in written)]:
        assert (back.search(text) is None) == (fwd.search(text) is None), text
    assert all(back.search(text) is not None for text in written)  # (the written ones do end so: not vacuous)
    assert replace(carry, share_done=None).share_done_back is None
    assert replace(carry, share_done=regex.compile("占$")).share_done_back.search("占") is not None


def test_the_cue_matches_before_a_figure_are_those_of_the_whole_target_pattern(extractor: Extractor) -> None:
    """`Classifier._target_cue` reads the target cues before a figure from the alternatives of roles.yaml's target
    searched one after another (`_cue_matches`), not the whole alternation tried at every position: at every fifth
    end of every line of the shipped pages, and of a few written sentences holding cues of several alternatives
    (a deadline, a plan word, a word list's cue) side by side, the matches are those of `finditer(text, 0, end)`,
    span for span; an alternative that leans on another (a reference to its group) keeps the whole pattern."""
    c = extractor.classifier
    assert c._target_alone
    lines = [line for path in sorted(CORPUS.glob("*.txt")) for line in path.read_text(encoding="utf-8-sig").splitlines()]
    written = ["力争到2025年全市城镇新增就业达到5万人，2024年底前建成床位800张",
               "计划投资8亿元，预计完成6亿元，确保9月底前投用",
               "规划建设养老床位1200张，目标是每千人拥有床位35张"]
    found = 0
    for text in [*lines, *written]:
        for end in [*range(0, len(text), 5), len(text)]:
            want = [(m.span(), m.group(0)) for m in c._target.finditer(text, 0, end)]
            assert [(m.span(), m.group(0)) for m in c._cue_matches(text, end)] == want, (text, end)
            found += len(want)
    assert found and [m.group(0) for m in c._cue_matches(written[0], len(written[0]))] == ["力争", "2024年底前"]
    assert not stands_alone(r"(a)b\1") and not stands_alone("(?i)ab") and stands_alone("(?<=计划)建设")


def test_every_line_note_pattern_has_characters_the_line_gate_reads() -> None:
    """A page's lines are asked the page-note and caption patterns behind one class search of the characters each
    match must hold (`layout._gate_chars`); one pattern with no such set (a look-ahead of more than `MOST_CHARS`
    characters, as the stamp pattern first had) leaves every line of every page to the whole alternation, a cost
    paid on text that holds no stamp at all (news2 +2.3% of its instructions)."""
    import yaml

    lexicon = yaml.safe_load((Path(__file__).resolve().parents[1] / "rules" / "lexicon" / "layout.yaml").read_text("utf-8"))
    for key in ("page_note", "photo_caption"):
        for pattern in lexicon[key]:
            assert first_chars(pattern, regex.V0) or needs(pattern, regex.V0), (key, pattern)
    assert not needs(r"^(?=.*?[料存考稿样密传阅])x", regex.V0)[1:]  # (eight characters: too many to be one)
