"""One document through the pipeline: read → repair layout → segment → quantities → rules.

`Extractor` compiles the rule set once; `extract_source` turns one text into rows for
every table; `stats.run.runner` runs a corpus and keeps going past a bad file, recording
it in the `errors` table.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import pyarrow as pa
import regex

from stats.classify.roles import Classifier, Context
from stats.context.carry import ArticleContext
from stats.context.period import PeriodState, within, year_before
from stats.context.place import Area, Gazetteer, Placed, PlaceTracker
from stats.context.situate import CARRIED, DATE_DEFAULT, UNDATED, Situator
from stats.find.quantities import Quantity, QuantityFinder
from stats.find.tablerows import CURRENT, Cell, Chart, Head, TableReader, apart
from stats.metrics.match import RuleIndex, Verdict, choose
from stats.read.sources import Source, source_from_text
from stats.repair.bars import Bar, BarChart, bar_charts, stacked_charts, with_bars
from stats.repair.layout import (
    Paragraph,
    alternations,
    barred_head,
    keep_alternations,
    keep_line_gates,
    keep_mark_classes,
    keep_ocr_readings,
    line_gates,
    line_pattern_sets,
    mark_class,
    ocr_readings,
    repair_stream,
    starts_with_any,
    untitled_marks,
)
from stats.repair.offsets import OffsetMap
from stats.repair.transpose import transposed
from stats.rules.precheck import Needs, branches, first_chars, may_match, needs, none_of, openings, pair_gate, runs_tree
from stats.rules.prepared import compiled_re, compiled_regex
from stats.rules.rulefile import ExclusionRule, MetricRule, RuleSet
from stats.split.segment import (
    Sentence,
    is_headline,
    iter_sentences,
    keep_not_headline,
    not_headline_checks,
    segment,
)
from stats.tables.rows import RowSink

MIN_GLUED_LINE = 6  # characters: a place's name and a figure at the least
HEADLINE_SHARE = 2  # a line set into a paragraph is a headline where the line before is this many times as long
# a mark other than a quote (punctuation or a space): a headline set into a paragraph holds none
_MARK_NOT_QUOTE = compiled_regex(r"(?V1)[[\p{P}\p{Z}]--[\p{Pi}\p{Pf}]]")
HEADLINE_REACH = 12  # body sentences in which a headline's figure is looked for again
CAPTION_LINES = 3  # a table's caption set above its head a line apiece (表1 / 2024年收支情况 / 单位：万元) …
CAPTION_CHARS = 40  # … each no longer than this: a sentence of a paragraph is no caption


@dataclass(slots=True)
class Candidate:
    """A quantity with everything decided about it; `explain` prints these. Slotted: thousands
    are made per page, each set and read field by field through every stage."""

    q: Quantity
    sentence_start: int
    excluded_by: str = ""
    qualifier: str = "exact"
    role: str = "level"
    role_cue: str = ""
    changed: bool = False  # a change verb governs it, whatever its role (增长6%以上 as a target)
    compared: bool = False  # a goal another figure is compared with (低于3.5%的控制目标)
    period: str = ""
    period_why: str = ""  # how the period was found (`explain`)
    place: str = ""
    place_code: str = ""
    place_level: str = ""
    place_why: str = ""
    rule_id: str = ""
    metric: str = ""
    topic: str = ""
    unit: str = ""
    verdicts: list[Verdict] = field(default_factory=list)
    follows: str = ""  # the figure whose subject and metric this one took (context stage)
    chosen: str = ""  # the rule its own clause chose, before the context stage carried another over
    subject: str = ""  # the words naming what it counts, as written (context stage)
    subject_why: str = ""  # how the subject was chosen, for `explain`
    place: str = ""  # hook for place resolution (stats/context/place.py via ArticleContext.carry_place)


@dataclass
class RowParents:
    """What a table's part rows count (`Extractor.table_candidates`): the rule that named each column's cell, and its
    measure, in the last row that is a whole (no part label); and whether the last row was a part, so that the row
    after it that names no count of its own (其中：医院, then 基层医疗卫生机构) is one too."""

    rules: dict[int, tuple[MetricRule, str]] = field(default_factory=dict)
    parts: bool = False
    # each column's rules that the whole rows' own words named (and their measures; None for a row whose words name
    # no count), for a total's row at the end (合计) whose label names no count: the one count all the rows above it
    # name is what it counts
    wholes: dict[int, dict[tuple[str, str], MetricRule | None]] = field(default_factory=dict)


@dataclass
class DocResult:
    figures: list[dict[str, Any]]
    articles: list[dict[str, Any]]
    sentences: list[dict[str, Any]]
    document: dict[str, Any]
    errors: list[dict[str, str]] = field(default_factory=list)  # `errors` rows, path filled in by the caller


@dataclass
class Tables:
    figures: pa.Table
    articles: pa.Table
    sentences: pa.Table
    documents: pa.Table
    errors: pa.Table

    def as_dict(self) -> dict[str, pa.Table]:
        return {"figures": self.figures, "articles": self.articles, "sentences": self.sentences,
                "documents": self.documents, "errors": self.errors}


_MEASURED_CELL = 12  # a number and its measure word set as a table's cell hold no more characters than this


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Extractor:
    def __init__(self, rules: RuleSet, timeout: float | None = 1.0, all_verdicts: bool = True) -> None:
        """all_verdicts=False judges only the rules a quantity's unit and measure admit (bulk runs):
        the same figures, but `explain` wants every verdict.

        timeout: seconds one exclusion pattern may spend on one sentence. None (bulk runs)
        calls the patterns without one, which costs less than half: the runner's CPU budget
        per document then catches a runaway pattern and extracts that document again with
        a timeout (`stats.run.document`)."""
        self.rules = rules
        self.timeout = timeout
        index = RuleIndex(rules.metrics)
        self._choose = (lambda q, roles, ctx: choose(rules.metrics, q, roles, ctx)) if all_verdicts else index.choose
        self.finder = QuantityFinder(rules.lexicon)
        # units of time (units.yaml kind duration): a cell of a number and one of these (2025年, 3月) is a column's head,
        # no value (`_measured_cell`)
        self._durations = rules.lexicon.durations
        self.classifier = Classifier(rules.lexicon)
        self.situator = Situator(rules.lexicon, self.classifier)
        self.tables = TableReader(rules.lexicon.tables, self.finder)
        self.exclusions = [r for r in rules.exclusions if r.status != "experimental"]
        self._rules_by_id = {r.id: r for r in rules.metrics}
        # (the pair gate as its source: `_pair_gate` compiles it once a process from the kept code)
        # (or, where it has no pair gate, the class of the characters a match opens with: `_first_gate`)
        # (but first the words of its `sentence_requires`, where the rule gives them: `_words_gate`)
        self._exclusion_checks = [(r, frozenset(r.requires) if r.requires else None, more, r.pattern.groupindex.get("x", 0),
                                   _words_gate(r) or pair_gate(r.pattern.pattern, r.pattern.flags, r.pattern.named_lists)
                                   or _first_gate(r, more))
                                  for r in self.exclusions for more in (_more_needs(r),)]
        # the rules by the characters of their `requires` (bit k: rule k; rules with none always on):
        # a sentence's characters pick the rules to try in one set intersection, not a test per rule
        self._exclusion_always, self._exclusion_bits = _rule_bits([check[1] for check in self._exclusion_checks])
        self._exclusion_chars = frozenset(self._exclusion_bits)
        # the alternations layout and segment try lines against, compiled here so that the prepared
        # (pickled) extractor carries them (stats.repair.layout, _ALTERNATIONS)
        lex = rules.lexicon
        line_sets = [*line_pattern_sets(lex.article_start, lex.running_head, lex.heading),
                     lex.article_start, lex.article_end, lex.page_note, lex.photo_caption,
                     [*lex.article_start, *lex.running_head, *lex.heading, *lex.article_end, *lex.page_note,
                      *lex.photo_caption]]
        self.alternations = alternations(line_sets)
        self.line_gates = line_gates(line_sets)  # the characters a line needs before they are tried (carried too)
        # the marks no headline line holds, as the class `title_lines` searches (carried compiled too)
        marks = untitled_marks(lex.sentence_end, lex.clause_end, lex.closing, lex.line_complete)
        self.mark_classes = {marks: cls} if (cls := mark_class(marks)) is not None else {}
        # the OCR and misread patterns, each read for what a page needs and compiled (carried too)
        self.ocr_readings = ocr_readings([*lex.misreads, *lex.ocr_reads, *([lex.ocr_one] if lex.ocr_one else [])])
        # what each not_headline pattern needs in a line (`segment.is_headline`), carried as the alternations are
        self.not_headline_needs = tuple(n for _, n in not_headline_checks(lex))
        # the magnitudes and measure words a line cut between 万 and 人 is told by (layout `_unit_runs_on`)
        self._magnitudes = frozenset(m.word for m in lex.magnitudes)
        self._measures = frozenset(lex.measures)
        self._numerals = frozenset(lex.digits) | frozenset(lex.units)  # (a point between two is a number's: layout)
        # a class of characters one of which every match of an item's label or a list's lead-in holds (their colon):
        # a sentence without one is asked neither pattern (`_item_labels`); None where a branch tells nothing it needs
        self._label_class = none_of([needs(b, p.flags) for p in (lex.carry.item_label, lex.carry.list_lead)
                                     if p is not None for b in branches(p.pattern, p.flags) or (p.pattern,)])

    def timed(self, timeout: float | None) -> Extractor:
        """This extractor with another time limit on each exclusion pattern call (`timeout`), its parts shared, not
        made again: the rule check runs the examples (with a limit) on the bulk extractor's grammar, gazetteer, rule
        index and their caches (`stats.check.rulecheck.check_rules`). Why: making an extractor compiles the quantity
        grammar and the gazetteer's and layout's patterns (~1.3 s of CPU), which a cold start paid twice (the check's
        extractor, then the bulk one). Only `excluded_spans` reads `timeout`; every part answers the same whatever
        the limit, so the figures are those of a freshly made one."""
        if timeout == self.timeout:
            return self
        other = Extractor.__new__(Extractor)
        other.__dict__.update(self.__dict__)
        other.timeout = timeout
        return other

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Unpickled (the prepared extractor): its alternations go where `starts_with_any` finds them."""
        self.__dict__.update(state)
        keep_alternations(self.alternations)
        keep_line_gates(self.line_gates)
        keep_mark_classes(self.mark_classes)
        keep_ocr_readings(self.ocr_readings)
        keep_not_headline(self.rules.lexicon, self.not_headline_needs)

    def excluded_spans(self, text: str, timed_out: list[str] | None = None) -> list[tuple[int, int, ExclusionRule]]:
        """Spans the exclusion rules claim. A pattern that backtracks past the timeout is
        skipped for this sentence only (its id appended to `timed_out`), so one bad rule
        cannot hang a run."""
        spans = []
        live, bits, checks = self._exclusion_always, self._exclusion_bits, self._exclusion_checks
        for ch in self._exclusion_chars.intersection(text):
            live |= bits[ch]  # cheap pre-check: a rule stays off where none of the characters every match holds is
        while live:  # the rules on, in their order (lowest bit first)
            low = live & -live
            live ^= low
            rule, _, more, x, pair = checks[low.bit_length() - 1]
            if more and not may_match(more, text):
                continue  # what the pattern itself says it needs beyond `requires` (0 and 年 of 05年)
            if pair and (_PAIR_GATES.get(pair) or _pair_gate(pair)).search(text) is None:
                continue  # characters a match holds side by side (十5, 万万, 年出) that the text does not
            try:
                # most rules tried find nothing: a search tells so for less than a list of finditer
                if (rule.pattern.search(text) if self.timeout is None
                        else rule.pattern.search(text, timeout=self.timeout)) is None:
                    continue
                matches = list(rule.pattern.finditer(text) if self.timeout is None
                               else rule.pattern.finditer(text, timeout=self.timeout))
            except TimeoutError:
                if timed_out is not None:
                    timed_out.append(rule.id)
                continue
            for m in matches:
                s, e = m.span(x)  # the group x where the rule has it and it took part, else the whole match
                spans.append((s, e, rule) if s >= 0 else (m.start(), m.end(), rule))
        return spans

    def read_ahead(self, texts: list[str], context: ArticleContext) -> None:
        """Stages run over all the sentences of an article at once, before they are read one by one: their quantities
        and exclusions (`find_ahead`), and their place words (`Gazetteer.mentions`, whose cache then answers the
        sentence loop). The same calls with the same answers, in another order (speed235)."""
        self.find_ahead(texts, context)
        mentions = self.situator.gazetteer.mentions
        for text in texts:
            mentions(text)

    def find_ahead(self, texts: Iterable[str], context: ArticleContext) -> None:
        """The quantities of each text (an article's sentences) found and the exclusion rules run where `candidates`
        would run them, all in one go before the sentence loop, kept in `context.found_ahead` for `candidates` to
        take: the same calls with the same answers, made stage by stage over the article rather than interleaved with
        the other stages sentence by sentence, which costs them about twice as much (bench/stages.py --replay)."""
        found, may_hold, find = context.found_ahead, self.finder.may_hold, self.finder.find
        for text in texts:
            if text in found or not may_hold(text):
                continue
            excluded: list[tuple[int, int, ExclusionRule]] | None = None
            timed: list[str] = []

            def blocked(q: Quantity) -> bool:
                nonlocal excluded
                if excluded is None:
                    excluded = self.excluded_spans(text, timed)  # noqa: B023 (called within this pass only)
                s0, e0 = q.num_start, q.num_end
                return any(s < e0 and s0 < e for s, e, _ in excluded)

            quantities = find(text, blocked=blocked)
            if quantities and excluded is None:  # `candidates` asks for them for every quantity
                excluded = self.excluded_spans(text, timed)
            found[text] = (quantities, excluded, timed)

    def candidates(self, text: str, sentence_start: int = 0, timed_out: list[str] | None = None,
                   context: ArticleContext | None = None, sent: Sentence | None = None) -> list[Candidate]:
        """Every quantity of one sentence, decided; excluded ones are kept, marked.

        context: the article's context stage (carry-over between clauses and sentences);
        without one (a rule example, a lone sentence) a fresh one sees this sentence alone."""
        if context is None or sent is None:
            context, sent = self.new_context(), _lone_sentence(text)
        listed = context.list_cue(sent)
        listed_from, listed_to = context.list_span()
        # (a text `find_ahead` found is one `may_hold` passed: it is not asked again)
        ahead = context.found_ahead.pop(text, None) if context.found_ahead else None
        if ahead is None and not self.finder.may_hold(text):
            context.close(sent, [], listed)  # a heading (主要预期目标：) opens a list, 会议强调 ends one
            return []
        excluded: list[tuple[int, int, ExclusionRule]] | None = None

        def excluded_by(q: Quantity) -> ExclusionRule | None:
            nonlocal excluded
            if excluded is None:  # only a sentence that holds a quantity runs the exclusion rules
                excluded = self.excluded_spans(text, timed_out)
            s0, e0 = q.num_start, q.num_end
            return next((r for s, e, r in excluded if s < e0 and s0 < e), None)

        if ahead is not None:  # found with the article's other sentences (`find_ahead`): the same calls, grouped
            quantities, excluded, timed = ahead
            if timed and timed_out is not None:
                timed_out.extend(timed)
        else:
            quantities = self.finder.find(text, blocked=lambda q: excluded_by(q) is not None)
        out, contexts = [], []
        for q in quantities:
            c = Candidate(q, sentence_start)
            out.append(c)
            hit = excluded_by(q)
            if hit is not None:
                c.excluded_by = hit.id
                continue
            ctx = self.classifier.context(text, q)
            contexts.append((c, ctx))
            c.qualifier = self.classifier.qualifier(text, q, ctx, quantities)
            held = listed_from <= q.start and (listed_to < 0 or q.start < listed_to)
            c.role, c.role_cue = self.classifier.role(text, q, ctx, listed if held else "")
            if c.role == "target" and c.role_cue and self.classifier.done_in_past(
                    text, c.role_cue, q.num_start, context.past_year, context.lists.in_review,
                    context.lists.published, bool(held and listed)):
                # 2025年争取新增政府债券资金18.6亿元 in a report of 2026: in a year past the money sought was obtained
                # (…，比上年增加2.1亿元: the growth of what was obtained, a change)
                verb = self.classifier.change_verb(text, q)
                c.role, c.role_cue = ("change", verb) if verb else ("level", c.role_cue + " (of a year past)")
            elif c.role == "target" and c.role_cue and self.classifier.horizon_past(
                    text, c.role_cue, q.num_start, context.past_year):
                # 到2025年末，全市森林覆盖率达到12.4% in a report of 2027: the goal's time is over, what it reached
                c.role, c.role_cue = "level", c.role_cue + " (a horizon past)"
            elif c.role == "target" and c.role_cue and not (held and c.role_cue == listed) and \
                    self.classifier.done_clause(text, c.role_cue, q.num_start, ctx, context.lists.in_review,
                                                context.past_year):
                # 年初计划新开工项目800个，全年新开工862个 under 一、2025年工作回顾: what the year did beside its goal
                c.role, c.role_cue = "level", c.role_cue + " (done, under a review)"
            elif c.role == "target" and c.role_cue and self.classifier.past_clause(
                    text, c.role_cue, q.num_start, ctx, context.past_year):
                # 到2030年，…达到500家，2025年为360家: the base year's value the goal is set against (去年增长6.7%: its
                # change)
                verb = self.classifier.change_verb(text, q)
                c.role, c.role_cue = ("change", verb) if verb else ("level", c.role_cue + " (a time past)")
            if c.role == "level" and not c.role_cue and self.classifier.month_ahead(
                    text, q.num_start, context.lists.published):
                # 全市到9月底建成5G基站1200个 in a June item: the month's end is still ahead, the works a goal
                c.role, c.role_cue = "target", "month ahead"
            if c.role == "level" and not c.role_cue and held and listed and not self.classifier.pair_from(ctx) and \
                    self.classifier.months_ahead(text, q.num_start, listed, context.lists.published):
                # 全年计划实施项目86个，1-6月开工建设项目60个以上 under 二、2027年工作计划 in January 2027: the months are
                # still to come, the plan's milestone, not a result of months over as the reset read them
                c.role, c.role_cue = "target", listed
            if c.role == "target" and self.classifier.compared_goal(text, q, c.role_cue, ctx):
                # 低于3.5%的控制目标: the goal is 3.5%, the bound another figure's (高于6%左右的预期目标: about 6 %)
                c.qualifier = self.classifier.own_bound(text, q)
                c.compared = True
            elif c.role == "target" and self.classifier.compared_far(q, c.role_cue, ctx):
                c.compared = True  # 低于年初确定的5.5%以内的调控目标: the goal the figure before is compared with
            elif c.role == "target" and self.classifier.compared_before(c.role_cue, ctx):
                c.compared = True  # 高于年度目标值62%达10.4个百分点: the goal the figure before is compared with
            # a level is one `role` found no change verb for: only a target asks again (增长6%以上 as a target)
            c.changed = c.role == "change" or (c.role != "level" and bool(self.classifier.change_verb(text, q)))
        restated = self.classifier.lex.change_restated
        if restated and len(contexts) > 1:
            for (prev, _), (c, _) in itertools.pairwise(contexts):
                if c.role == "level" and not c.role_cue and prev.role == "change" and \
                        any(p.fullmatch(text, prev.q.end, c.q.start) for p in restated):
                    # 增长5.2%（上年为3.1%）: the bracket restates the change before it, of the year before
                    c.role, c.role_cue, c.changed = "change", prev.role_cue + " (restated)", True
        gap_goal = self.classifier.lex.change_gap_goal
        if gap_goal and len(contexts) > 1:
            scope_end = self.classifier.lex.target_scope_end
            for i, ((prev, _), (c, _)) in enumerate(itertools.pairwise(contexts)):
                if c.role == "change" and any(p.fullmatch(text, prev.q.end, c.q.start) for p in gap_goal) and \
                        _result_passed(text, [x for x, _ in contexts[:i + 1]], c, scope_end,
                                       self.classifier.lex.change_gap_goal_share):
                    # 达到245.6万人，超过年度目标任务240万人: a "gap" as large as the result itself would leave a goal
                    # too small to be one; the number is the goal's own value, which the result passed
                    c.role, c.role_cue, c.changed = "target", c.role_cue + " (the goal's value)", False
        context.share_roles(text, out)
        labels = self._item_labels(text) if contexts else []
        units: dict[int, str] = {}  # per lead-in, the unit of the figures that read it
        stops: dict[int, int] = {}  # per lead-in, where a row that names its own measure ended its list
        row = self.classifier.lex.carry.list_row
        if contexts and context.rows is not None and row is not None and row.match(text):
            # 各县区新增床位情况：甲区260张。/ 乙县180张。: a row of the list the sentence before led into
            units[len(labels)] = context.rows[1]
            labels.append((0, len(text), context.rows[0], True))
        for c, ctx in contexts:
            roles = {c.role, "change"} if c.changed else {c.role}
            rule, c.verdicts = self._choose(c.q, roles, ctx)
            item = self._own_item(text, c, ctx, contexts) if rule is not None and rule.cues and any(
                p.chosen == rule.id for p, _ in contexts if ctx.clause_start <= p.q.start < c.q.start) else None
            if item is not None and not any(w in item.before or w in ctx.after[:rule.cue_window_after + len(w)]
                                            for w in rule.cues):
                # 城镇新增就业3.26万人、失业人员再就业0.86万人: the item after the figure's pause names what the next
                # figure counts (再就业), not the first item's words still in the clause (新增就业), where those words
                # named a figure before it already and the rule's cue stands in no word of the figure's own item; a
                # word heading the list stays with every item that names the rule's cue (新增社区养老服务设施42个、养老
                # 床位860张: 床位 in its item, 新增 before, beds added)
                kin, verdicts = self._choose(c.q, roles, item)
                # (nor where the item's rule counts in another unit: 每千常住人口执业（助理）医师3.18人、注册护士4.06人, the
                # scale the first item writes holds for the list, nurses per thousand, no head count)
                # (nor where it names a count of another topic: 招聘中小学教师214名、幼儿园教师86名, teachers hired)
                if kin is not None and kin.cues and kin is not rule and kin.topic == rule.topic and \
                        (kin.unit or c.q.unit) == (rule.unit or c.q.unit):
                    rule, c.verdicts = kin, verdicts
            if rule is not None:
                c.rule_id, c.metric, c.topic, c.unit = rule.id, rule.metric, rule.topic, rule.unit or c.q.unit
                c.chosen = rule.id
            if (rule is None or not rule.cues) and (named := context.named_before(sent, ctx)):
                # 全市城镇调查失业率保持在合理区间。7月份为5.3%: a clause of a time alone reads the quiet sentence before
                lent = replace(ctx, before=named + ctx.before, sentence_before=named + ctx.sentence_before)
                kin, verdicts = self._choose(c.q, roles, lent)
                if kin is not None and kin.cues:
                    c.rule_id, c.metric, c.topic, c.unit = kin.id, kin.metric, kin.topic, kin.unit or c.q.unit
                    c.chosen, c.verdicts = kin.id, verdicts
            hit = next((k for k, (at, stop, _, _) in enumerate(labels) if at <= c.q.start < stops.get(k, stop)), -1)
            label, lead = labels[hit][2:] if hit >= 0 else ("", False)
            if label and (rule is None or not rule.cues) and c.rule_id == (rule.id if rule else None):
                # 8．城镇新增就业：计划1.6万人: the list item's label names what a figure after its colon counts
                lent = replace(ctx, before=label + ctx.before, sentence_before=label + ctx.sentence_before)
                kin, verdicts = self._choose(c.q, roles, lent)
                if kin is not None and kin.cues:
                    c.rule_id, c.metric, c.topic, c.unit = kin.id, kin.metric, kin.topic, kin.unit or c.q.unit
                    c.chosen, c.verdicts = kin.id, verdicts
                    if lead:
                        units.setdefault(hit, c.q.unit)
            elif lead and rule is not None and rule.cues and units.get(hit) == c.q.unit:
                # 丙县5510人，失业人员再就业1230人；丁县…: a row that names its own measure of the list's unit ends the list
                stops[hit] = c.q.end
        # the list a lead-in opened runs on to the rows of places set a sentence each after this one (`rows`)
        context.rows_next = next(((w, units[k]) for k, (_, stop, w, lead) in enumerate(labels)
                                  if lead and k in units and k not in stops and stop == len(text)), None)
        context.carry_subjects(sent, [(c, ctx) for c, ctx in contexts if c.rule_id])
        context.close(sent, out, listed)
        return out

    def _own_item(self, text: str, c: Candidate, ctx: Context,
                  contexts: list[tuple[Candidate, Context]]) -> Context | None:
        """The context of the figure read from its own item of a list only: where the nearest figure before it in
        its clause ends its item with a mark of context.yaml item_links (3.26万人、失业人员再就业0.86万人), the words
        after that mark and before the figure, where any stand; else None."""
        links = self.classifier.lex.carry.item_links
        if not links:
            return None
        prev = next((p for p, _ in reversed(contexts) if ctx.clause_start <= p.q.end <= c.q.start), None)
        if prev is None:
            return None
        between = text[prev.q.end:c.q.start]
        gap = len(between) - len(between.lstrip())
        link = next((w for w in links if between.startswith(w, gap)), "")
        if not link or not between[gap + len(link):].strip():
            return None
        return replace(ctx, before=between[gap + len(link):])

    def _item_labels(self, text: str) -> list[tuple[int, int, str, bool]]:
        """(where its colon ends, where its item ends, the label) of each numbered list item of the sentence that
        names what its figures count before a colon (lexicon context.yaml item_label; an item runs to the next
        mark of part_list_ends: （一）床位数：现状值5.6张，目标值7张；（二）…), then of each lead-in of a list
        (context.yaml list_lead: 各县城镇新增就业情况如下：…), which runs to the sentence's end, each with whether it is
        a lead-in (True), whose list a row naming its own measure ends. Empty for most sentences."""
        if self._label_class is not None and self._label_class.search(text) is None:
            return []  # (most sentences: no colon, so no label nor lead-in)
        pattern = self.classifier.lex.carry.item_label
        out = []
        if pattern is not None:
            ends = self.classifier.lex.carry.part_list_ends
            for m in pattern.finditer(text):
                stop = min((i for i in (text.find(e, m.end()) for e in ends) if i >= 0), default=len(text))
                out.append((m.end(), stop, m.group("label"), False))
        lead = self.classifier.lex.carry.list_lead
        if lead is not None:
            # 各县城镇新增就业情况如下：甲县5120人；乙县4860人: a lead-in's words name what the whole list after its colon
            # counts, to the sentence's end; after the items' own labels, which name their items better
            out.extend((m.end(), len(text), m.group("label"), True) for m in lead.finditer(text))
        return out

    def _read_before(self, sent: Sentence, cell: Cell, role: str, word: str) -> tuple[MetricRule, Any] | None:
        """The rule, with cues, that names a table's cell with `word` read right before it, as a sentence would write
        it (床位2318张), and its verdicts; None where only a fallback by unit reads it."""
        n, at = len(word), cell.q.start
        q = replace(cell.q, start=at + n, end=cell.q.end + n, num_start=cell.q.num_start + n,
                    num_end=cell.q.num_end + n)
        rule, verdicts = self._choose(q, {role}, self.classifier.context(sent.text[:at] + word + sent.text[at:], q))
        return (rule, verdicts) if rule is not None and rule.cues else None

    def _joined_title(self, sent: Sentence, cell: Cell, role: str) -> tuple[MetricRule, Any] | None:
        """What a cell under a caption's title of two kinds joined counts (`Cell.joined`), where its row's words name
        nothing: the one kind whose count the cell's measure fits (床位数和卫生技术人员数: 医院 2318 张 counts beds, 1620 人
        its staff); and where that kind's count word is what the kinds share (医疗卫生和养老床位: 医疗卫生 names none
        alone), that word only, the kinds' common count, not the last kind's own (医院 2318 is no care home's beds).
        None where no kind or more than one fits: which the row counts the title does not say."""
        kinds = [k for k in regex.split("|".join(map(regex.escape, self.tables.title_joins)), cell.title) if k]
        fits = [(k, read) for k in kinds if (read := self._read_before(sent, cell, role, k)) is not None]
        if len(kinds) < 2 or len(fits) != 1:
            return None
        kind, best = fits[0]
        others = [k for k in kinds if k != kind]
        for n in range(1, len(kind)):
            shared = self._read_before(sent, cell, role, kind[-n:])
            if shared is None:
                continue
            if shared[0].topic == best[0].topic and all(
                    (read := self._read_before(sent, cell, role, other + kind[-n:])) is not None
                    and read[0].metric == shared[0].metric for other in others):
                return shared
            break
        return best

    def table_candidates(self, sent: Sentence, cells: list[Cell], context: ArticleContext,
                         published: str = "", parents: RowParents | None = None, rest: str = "") -> list[Candidate]:
        """The figures of a table row (`stats.find.tablerows`): role, unit and subject come from the
        table's head and the row's label, the metric from the rules as for any figure. The context
        stage sees the row as it sees a sentence without figures: nothing carries over from a cell.
        A year column after the document's year (published, YYYY-MM-DD) holds goals, not results.
        parents: the rule that named each column's cell (and its measure) in the last row of the table that opens
        with no part label, which a row that opens with one (其中：) is a part of, and so is each row after it that
        names no count of its own (其中：医院 / 基层医疗卫生机构 under 医疗卫生机构床位); kept up to date here.
        rest: the line under the row where it may be the rest of the row's label, run on to a line of its own
        (每千常住人口医疗 张 4.36 / 卫生机构床位): a level cell whose row's own words name no count is read with it
        before the cell, as a sentence would write the label whole; a rest that names nothing either leaves the
        cell as its own words read it."""
        context.close(sent, [], context.list_cue(sent))
        out: list[Candidate] = []
        left: MetricRule | None = None  # the rule that named the cell on the left
        # the nearest level cell on the left and its rule (a change cell may stand between: 本期 增长% 上年同期)
        level: tuple[Candidate, MetricRule | None] | None = None
        opened = sent.text.lstrip().startswith(self.tables.part_labels)
        part = opened or parents is not None and parents.parts
        named = False  # a cell of the row whose own words name what it counts
        total = bool(cells) and self.tables.total_label(cells[0].label)  # (合计: the rows' total)
        labelled = False  # a cell of the row whose label alone, no column's word, named its count
        overruled: MetricRule | None = None  # the rule the row's words named, set aside for the caption's title's
        for k, cell in enumerate(cells):
            ahead = bool(cell.year) and published[:4].isdigit() and cell.year > published[:4]
            role = "target" if ahead else cell.role
            c = Candidate(cell.q, sent.start, role=role, qualifier=cell.q.qualifier,  # 6左右: the cell's own
                          role_cue="a year column after the document's" if ahead else "the table's column head",
                          changed=cell.role == "change", subject=cell.label, subject_why="the row's label (a table)")
            if cell.name:  # a head set cell over cell names what its column holds: the rules read it before the
                # cell, in place of the row's place and the cells before it
                ctx = replace(self.classifier.context(sent.text, cell.q), before=cell.name,
                              sentence_before=cell.name)
                rule, c.verdicts = self._choose(cell.q, {c.role}, ctx)
            else:
                # (a column that names what it counts, 床位数（张）: the rules read its word right before the cell,
                # as they would read 床位3682张 in a sentence)
                n, at = len(cell.head), cell.q.start
                q = replace(cell.q, start=at + n, end=cell.q.end + n, num_start=cell.q.num_start + n,
                            num_end=cell.q.num_end + n) if n else cell.q
                text = sent.text[:at] + cell.head + sent.text[at:] if n else sent.text
                rule, c.verdicts = self._choose(q, {c.role}, self.classifier.context(text, q))
            if rest and cell.role != "change" and not cell.name and (rule is None or not rule.cues):
                n, at = len(rest), cell.q.start
                q = replace(cell.q, start=at + n, end=cell.q.end + n, num_start=cell.q.num_start + n,
                            num_end=cell.q.num_end + n)
                whole, verdicts = self._choose(q, {c.role}, self.classifier.context(
                    sent.text[:at] + rest + sent.text[at:], q))
                if whole is not None and whole.cues:
                    rule, c.verdicts = whole, verdicts
            if cell.joined:  # (a row whose own words named its count in a cell on the left: that count, below)
                if not named and (rule is None or not rule.cues) \
                        and (read := self._joined_title(sent, cell, c.role)) is not None:
                    rule, c.verdicts = read
            elif cell.title and (rule is None or not rule.cues) and not (labelled and cell.when):
                # a percent column whose word names nothing it is a share of (完成年度任务（%）), or a count column whose
                # word names nothing it counts (人数), in a row whose words name nothing either (三元区): the caption's
                # title says (城镇新增就业), read before the column's word, as a sentence would write it (城镇新增就业
                # 完成年度任务61.2%, 城镇新增就业人数15864); a fallback by unit only gives way. Not in a column whose word
                # names only when (本期, 上年同期, 2024年) of a row whose label alone named a cell's count on the left
                # (失业人员再就业 2310 2260 2.2 under 城镇新增就业: 2260 is that count's a year before, never the title's
                # other count); a column naming a metric of its own (比重, 收入, 支出) reads the title as before
                n, at = len(cell.title), cell.q.start
                q = replace(cell.q, start=at + n, end=cell.q.end + n, num_start=cell.q.num_start + n,
                            num_end=cell.q.num_end + n)
                titled, verdicts = self._choose(q, {c.role}, self.classifier.context(
                    sent.text[:at] + cell.title + sent.text[at:], q))
                if titled is not None and titled.cues:
                    rule, c.verdicts = titled, verdicts
            if cell.caption and cell.role != "change" and not cell.name and rule is not None and rule.cues:
                # where the row's words name a class of what the caption's title counts (a budget's 社会保障和就业 under
                # 2025年一般公共预算支出): the title's rule, above the row's word's in priority as it is in a sentence
                # (社会保障和就业支出96842万元), names the cell, where the row's word alone named another topic's figure
                n, at = len(cell.caption), cell.q.start
                q = replace(cell.q, start=at + n, end=cell.q.end + n, num_start=cell.q.num_start + n,
                            num_end=cell.q.num_end + n)
                titled, verdicts = self._choose(q, {c.role}, self.classifier.context(
                    sent.text[:at] + cell.caption + sent.text[at:], q))
                if titled is not None and titled.cues and titled.topic != rule.topic \
                        and titled.priority > rule.priority and cell.caption.endswith(tuple(titled.cues)):
                    # (only a title that ends on its rule's cue, what it counts: 就业和社会保障主要指标 names no class
                    # of anything its rows are, and 城市最低生活保障人数 under it keeps its own count)
                    overruled, rule, c.verdicts = rule, titled, verdicts
            if cell.role == "change" and overruled is not None and rule is not None and rule.id == overruled.id:
                # (its change beside it, 社会保障和就业 96842 6.1, is that spending's growth, no figure of the topic the
                # row's word alone names: read as the cell alone, no row's word before it)
                alone = replace(cell.q, start=0, end=cell.q.end - cell.q.start,
                                num_start=cell.q.num_start - cell.q.start, num_end=cell.q.num_end - cell.q.start)
                rule, c.verdicts = self._choose(alone, {c.role}, self.classifier.context(
                    sent.text[cell.q.start:], alone))
            unit = (rule.unit if rule is not None else "") or cell.q.unit
            borrowed = False  # the rule is the cell on the left's, not one the row's own words name
            # (… or a growth in percent right after the amount the same count grew by, 床位数（张） 比上年增加（张）
            # 增长（%）: 2486 132 5.6, as 床位2486张，比上年增加132张，增长5.6% would be in a sentence; the amount is
            # in the level's measure and of the level's rule, the growth in a unit of its own)
            grown = bool(out) and out[-1].role == "change" and level is not None and level[1] is left \
                and out[-1].q.measure == level[0].q.measure and cell.q.unit != out[-1].q.unit
            if cell.role == "change" and left is not None and left.cues and left.covers_changes and out \
                    and (out[-1].role != "change" or cell.base or grown) \
                    and (rule is None or not rule.cues or not cell.head and not cell.name
                         and rule.topic == left.topic and rule.priority < left.priority):
                # a change column whose word names no subject (城镇新增就业（人） 比上年增长（%）): the change of the column
                # on its left, as 城镇新增就业38620人，比上年增长3.4% would be in a sentence; so too where the row's label
                # read before the change alone finds only a looser rule of the same topic, one that takes a percent
                # (jobs.other for 城镇新增就业 … 3.1, where the count's own rule counts people); and the year before's
                # growth right after the year's (本期 上年同期 同比增长% 上年增长%: 3.8 4.4), the same count's a year earlier
                rule, borrowed = left, True
            elif (not cell.head or cell.base and cell.head in self.tables.base_words
                  or cell.head.endswith(self.tables.kind_column_ends) and out and cell.role == "level"
                  and level is not None and level[0] is out[-1]) and not cell.name \
                    and cell.role != "change" and (rule is None or not rule.cues) \
                    and level is not None and (prev := level[1]) is not None and prev.cues and level[0].role == role \
                    and level[0].q.measure == cell.q.measure and unit in prev.units:
                # 实有床位数 张 1,586 1,524: a second year's cell of a row whose columns name no count of their own is
                # the same count as the cell on its left (the row's label names it for both), which the rules read
                # with the label next to it; read alone, the label behind the first cell, it is a bare count. So too
                # with the first year's growth between them (养老机构床位 张 19,642 4.6 18,778: 2025年 数量 增长%, then
                # 2024年 数量): the level cell on the left, past the change. So too a base column whose word names
                # only when (县区 医疗卫生机构床位（张） 上年末（张）: 上年末 names no count, the beds on its left are its),
                # and a level column whose word names a kind of what the level cell on its left counts, no count of
                # its own (tables.yaml kind_column_ends: 养老机构床位 over 总数（张） and 护理型（张）, the head read
                # 养老机构床位总数（张） 护理型（张）: 护理型 counts beds; 产量（万吨） 销量（万吨）: 销量 not the output)
                rule, borrowed = prev, True
                unit = prev.unit or unit
            # (a rule borrowed from the left names no count of the row's own: a part's row, 基层医疗卫生机构 张 7642 7426
            # 216 under 其中：医院, whose later cells take its first cell's rule, leaves the parts going on)
            own = rule is not None and bool(rule.cues) and not borrowed
            named = named or own
            labelled = labelled or own and not cell.head and not cell.name
            if part and parents is not None and not named and (up := parents.rules.get(k)) is not None \
                    and up[0].cues and up[1] == cell.q.measure and cell.role == "level":
                # 床位数 张 1862 / 其中：医院 张 1286: a part of the row above, in its measure, counts what that row
                # counts (医院 alone names no count: read alone the cell is a bare count of items); not a row whose own
                # words named its count in a cell on the left (养老机构床位 1862 1746 after the parts: 1746 is its too)
                rule = up[0]
                unit = rule.unit or unit
            if total and not own and parents is not None and cell.role == "level" \
                    and len(seen := parents.wholes.get(k, {})) == 1 \
                    and (up := next(iter(seen.items())))[0][1] == cell.q.measure and up[1] is not None \
                    and up[1].cues:
                # 医院床位 张 1680 / 卫生院床位 张 1120 / 合计 张 2800: the total of rows that each name one count, beds,
                # counts it too (read alone, 合计 names nothing: a bare count of items)
                rule = up[1]
                unit = rule.unit or unit
            if parents is not None and (not part or own and not opened):
                # (a row after the parts that names its own count, 养老机构床位, is a whole again)
                parents.rules.pop(k, None)
                if rule is not None:
                    parents.rules[k] = (rule, cell.q.measure)
                if own and rule is not None:
                    parents.wholes.setdefault(k, {})[(rule.id, cell.q.measure)] = rule
                elif not part and not total:
                    # (教育 152300 under 社会保障和就业 98600: a row that names no count leaves the total's unsaid)
                    parents.wholes.setdefault(k, {})[("", cell.q.measure)] = None
            if rule is not None:
                c.rule_id, c.metric, c.topic, c.unit = rule.id, rule.metric, rule.topic, unit
                c.chosen = rule.id
            left = rule
            if cell.role != "change":
                level = (c, rule)
            out.append(c)
        if parents is not None:
            # the parts go on past a part label (其中：医院, then 基层医疗卫生机构) while no row names its own count, as a
            # part's unit does (tables.yaml part_labels)
            parents.parts = opened or part and not named
        return out

    def _measured_cell(self, text: str) -> bool:
        """Whether text is one number and its measure word, nothing else, and no time (8650人, 3.2万人, not 2025年, a
        unit of units.yaml's kind duration): a value column's cell (`repair.transpose`)."""
        if len(text) > _MEASURED_CELL or not text[:1].isdigit():
            return False
        found = self.finder.find(text)
        return len(found) == 1 and found[0].start == 0 and found[0].end == len(text) and found[0].unit not in self._durations

    def _chart_years(self, text: str) -> tuple[str, ...]:
        """The years of the bars of the chart whose caption text is (图3 2021—2025年…: 2021 to 2025), none where it is
        no caption (`repair.transpose`: a chart printed a line a box, its caption under it)."""
        chart = self.tables.chart(text)
        return chart.years if chart is not None else ()

    def _reads_head(self, text: str) -> bool:
        """Whether text is a table's head the table reader reads (`repair.transpose`: a column-major table's)."""
        return self.tables.head(text)[0] is not None

    def new_context(self) -> ArticleContext:
        """The context stage for one article: what carries over between its clauses and sentences."""
        return ArticleContext(self.classifier, self.finder, self._rules_by_id,
                              named_in_full=self.situator.gazetteer.named_in_full)

    def dropped(self, text: str, cands: list[Candidate]) -> list[tuple[str, str]]:
        """(number, why) for every number of the sentence that yields no figure (`explain`)."""
        kept = [(c.q.num_start, c.q.num_end) for c in cands]  # an excluded candidate says so itself
        excluded = self.excluded_spans(text)
        out = []
        for m in self.finder.pattern.finditer(text):
            span = (m.start(), m.end())
            if any(_overlaps(span, k) for k in kept):
                continue
            rule = next((r for s, e, r in excluded if _overlaps((s, e), span)), None)
            why = f"excluded by {rule.id} ({rule.why})" if rule else "no measure word (or one its neighbours refuse)"
            out.append((m.group(0), why))
        return out

    def extract_source(self, src: Source) -> DocResult:
        """Rows as dicts: for one text (examples, `explain`, tests)."""
        sink = RowSink(batch_rows=None)
        self.extract_into(src, sink)
        errors = [{k: v for k, v in e.items() if k != "path"} for e in sink.rows["errors"]]  # the caller's path
        return DocResult(sink.rows["figures"], sink.rows["articles"], sink.rows["sentences"],
                         sink.rows["documents"][0], errors)

    def extract_tables(self, src: Source, spill: Callable[[str, pa.Table], None] | None = None) -> dict[str, pa.Table]:
        """Rows as Arrow tables, built in batches (or handed to `spill` batch by batch): for corpora."""
        sink = RowSink(spill=spill)
        self.extract_into(src, sink)
        return sink.tables()

    def extract_into(self, src: Source, sink: RowSink,
                     trace: list[tuple[Sentence, list[Candidate]]] | None = None,
                     layout_notes: list[str] | None = None) -> None:
        """Every row of one document into sink, an article at a time: the text streams through
        layout repair and segmentation, so a page of any size holds one article's text.
        `trace` collects every sentence with its decided candidates, `layout_notes` what the
        layout repair would not join and why (`explain`)."""
        lex = self.rules.lexicon
        chars = 0

        def counted(pieces: Iterable[str]) -> Iterator[str]:
            nonlocal chars
            for piece in pieces:
                chars += len(piece)
                yield piece

        for warning in src.warnings:
            sink.add("errors", {"path": src.path, "stage": "read", "message": warning})
        n_articles = 0
        page_plan = False  # an article of the page opened a plan (`ListScope.planned`), which later blocks may go on
        # an item broke off inside a number (…其中护理型床位73, then 本报讯 opens the next): the text's lines
        # are out of order (two items' blocks interleaved), and the next number joined across a line break
        # may be that head's tail set after another item's head (…转移就业18 | 80张…): no figure from it
        cut_head = False
        # … and where it broke off, the next item may open a line with that number's tail, the extractor having read
        # the rest of the cut item's column after the next item's first (…稳定在1. | 本报讯… | 8万亩，带动…): no figure
        # from the first number opening a line of the next item (`_opening_tail`)
        cut_open = False
        # a head set cell over cell is told by its tabs (`TableReader.stacked_head`): a text with none asks for none
        tabbed = "\t" in src.text
        doc = self.situator.document(src.meta, src.head())
        for message in doc.errors:
            sink.add("errors", {"path": src.path, "stage": "read", "message": message})
        paragraphs = repair_stream(counted(src.pieces()), lex.article_start, lex.sentence_end,
                                   closing=lex.closing, complete=lex.line_complete, notes=layout_notes,
                                   alone=lex.running_head, heading=lex.heading, tables=self.tables,
                                   ends=lex.article_end, jump_in=lex.jump_in, clause_end=lex.clause_end,
                                   page_note=lex.page_note, photo_caption=lex.photo_caption,
                                   lead_after_figure=lex.lead_after_figure, dateline_glued=lex.dateline_glued,
                                   unit_whole=lex.unit_whole,
                                   unit_open=lex.unit_open, ocr_one=lex.ocr_one,
                                   ocr_reads=lex.ocr_reads, misreads=lex.misreads,
                                   page_foot=lex.page_foot, footnote=lex.footnote, footnote_rule=lex.footnote_rule,
                                   footnote_unruled=lex.footnote_unruled,
                                   web_page=lex.web_page, web_chrome=lex.web_chrome,
                                   number_after=lex.number_after, number_words=lex.number_words,
                                   bounds=frozenset(lex.qual_prefix.items()), byline=lex.byline,
                                   word_cuts=lex.word_cuts, magnitudes=self._magnitudes, measures=self._measures,
                                   numerals=self._numerals, labels=lex.neighbour_unsure_labels,
                                   label_not=lex.neighbour_label_not,
                                   number_before=[*lex.change_verbs, *lex.number_lead],
                                   range_marks=(*lex.range_separators, *lex.dashes))
        # a table printed a column at a time (pdfminer's text boxes) read a row a paragraph (`repair.transpose`)
        paragraphs = transposed(paragraphs, src.text, self.tables.row_label, self._reads_head, lex.sentence_end,
                                layout_notes, starts_with_any(tuple(lex.heading)), self._measured_cell,
                                self.tables.unit_word, self.tables.unit_head, self._chart_years,
                                self.tables.unit_note_line, self.tables.caption_line, self.tables.note_line,
                                self.tables.year_column, self.tables.total_label,
                                lambda label: label.lstrip().startswith(self.tables.part_labels),
                                self.tables.continued_line)
        # a bar chart a layout-keeping extractor printed as set (values over their labels), or one printed a line a
        # bar (each value over its label, as drawn): a paragraph a bar
        bar_rows: dict[int, tuple[Paragraph, BarChart, Bar]] = {}
        charts = (bar_charts(src.text, self.tables.row_label, self.tables.bar_unit, tuple(self.tables.notes))
                  + stacked_charts(src.text, self.tables.row_label, self.tables.bar_unit,
                                   tuple(self.tables.notes))) if src.text else []
        bar_texts = {f"{bar.label} {bar.value}" for chart in charts for bar in chart.bars}
        if charts:
            paragraphs = with_bars(paragraphs, charts, bar_rows)
            if layout_notes is not None:
                layout_notes.extend(f"bar chart: {len(c.bars)} bars read by where they stand at source {c.caption_start}"
                                    for c in charts)
        opens_at = src.layout.article_starts if src.layout is not None else frozenset()
        titles_at = src.layout.title_starts if src.layout is not None else frozenset()
        # the lines of an article that was nothing but its headline (上半年各县（市、区）城镇新增就业): a page sets a table's
        # caption as it sets a headline, and the table's head then opens the next article; its caption, as `above`
        headline_caption: list[str] = []
        # the figures of another item's headline set into the article before (`Paragraph.aside`: a row of two items'
        # headlines printed side by side) that name no time of their own, and that article's rows held with them: the
        # item that headline heads opens next, and its body may restate them (`_aside_times`)
        waiting: list[tuple[Candidate, dict[str, Any]]] = []
        waiting_rows: list[dict[str, Any]] = []
        # the last title under a unit note (…就业情况（单位：人）) no table has read since: an extractor may print a table's
        # title at its height and its head and rows only after the item set beside it (and the page's foot)
        parted: str | None = None
        text = src.text
        one_line = (lambda a, b: 0 <= a < b <= len(text) and "\n" not in text[a:b]) if text else None
        for art in segment(src.doc_id, paragraphs, lex, opens_at=opens_at, titles_at=titles_at, one_line=one_line):
            n_articles += 1
            n_art = 0
            context = self.new_context()
            context.lists.published = doc.published or ""
            context.lists.page_plan = page_plan
            if n_articles == 1:
                self.situator.date_from_header(doc, art.text)
            # a chart's bars (寿光市 1286.5) are set short, as headlines are, but name no article: each bar's label is
            # its own area, not the article's
            art_titles = [t for t in art.titles if t not in bar_texts] if bar_texts else art.titles
            # (a paragraph set aside, another item's headline read in passing, names no area of this article's)
            where_when = self.situator.article(doc, art.dateline, art_titles,
                                               (s.text for s in iter_sentences(art, lex) if not s.paragraph.aside))
            head: Head | None = None  # the head of the table whose rows come next, if any
            label_over = ""  # the sentence before: a label alone under a row, maybe the next row's first line
            head_place: Placed | None = None  # the area the head's caption names (2024年全市主要经济指标), if any
            # the time in force before the head of the table now read: its caption's year and its columns' years (指标
            # 2025年 2024年, 年末数 上年数) date its rows, and once the table ends the text goes on in that time again
            table_time: PeriodState | None = None
            noted_table = False  # the sentence before was a note under a table, read in the table's year
            top_time: PeriodState | None = None  # … and before the top line of a head set over two lines
            # … and the place in force then (carried, its word): rows labelled by places (全市 / 梁园区 / … / 永城市) each
            # take their own; the note under the table (注：…按年末常住人口768.52万人计算) is of the text's place again
            table_place: tuple[Any, str] | None = None
            head_last = False  # the sentence before was a table's head
            # the head just read and the caption's lines under it so far, no row yet (a head over its caption)
            caption_run: list[str] | None = None
            parents = RowParents()  # each column's rule in the table's last row that is no part
            row_area: Area | None = None  # the area the table's last row is labelled by, if any
            last_head: Head | None = None  # the last table's head: a head repeated under 续表 goes on with it
            above: list[str] = headline_caption  # the short sentences since the last long one: a caption set above a head
            only_titles = True  # every sentence of the article one of its headlines (`headline_caption`)
            titles = set(art_titles)
            # the figure rows held while a headline's figures wait for the body that may restate them (a
            # headline's own sentences, then HEADLINE_REACH body sentences at most): candidate, in a title
            rows: list[tuple[Candidate, bool, dict[str, Any]]] = []
            held = bool(titles) or bool(waiting_rows)
            asides: set[int] = set()  # the held rows (by id) of a headline of another item set aside in this one
            # a headline left in place inside the article (a subheading: an item's headline the page ran under the
            # first item's, 五大连池市城镇新增就业1620人 over 2025年，五大连池市城镇新增就业1620人…): its paragraph, the
            # paragraph after it once reached, its figures that name no time with their rows, the figures of that
            # next paragraph, and the rows held meanwhile that no headline of the article holds (`_subhead_done`)
            sub: SubHead | None = None
            body = 0
            last: tuple[str, bool] = ("", False)  # the article's last sentence, and whether a table row
            before: Sentence | None = None  # the sentence before: the top line of a head set over two lines
            earlier: Sentence | None = None  # … and the one before it: the top line of a head set over three lines
            # a table's rows broken by a page: its number (— 3 —) seen, its running head may follow, then the rows
            # go on under the same head (1: the page number was the last sentence)
            turned = 0
            paragraph = None  # the paragraph of the sentence before: a sentence of another opens its own
            chart: Chart | None = None  # the chart whose caption and lines were the last sentences (图1 2021-2025年…)
            # the unit note (单位：万元) of the lines since the last sentence that ended on its mark: what it begins with
            noted: str | None = None
            sents = list(iter_sentences(art, lex))  # (a head looks ahead for the note under its table: `_note_under`)
            self.read_ahead([s.text for s in sents], context)
            for at, (sent, following) in enumerate(_with_next(sents)):
                first, paragraph = sent.paragraph is not paragraph, sent.paragraph
                if sub is not None and first and sub.next is not None:
                    sub = _subhead_done(sub, sink)  # (the paragraph after the subheading read whole: None)
                elif sub is not None and first:
                    sub.next = paragraph
                sink.add_values("sentences", (sent.sentence_id, art.article_id, src.doc_id, sent.text, sent.start,
                                              sent.end))  # (the columns in the order of `_SENTENCE_COLUMNS`)
                timed_out: list[str] = []
                if head is not None and not head.decimals:  # two decimals run together: where do this row's part?
                    head = self.tables.learned(sent.text, head, following.text if following is not None else "")
                # (the sentence under a row may be its label's rest, 床位数（张）, whose unit its cells take)
                bar = bar_rows.get(id(sent.paragraph))
                if bar is not None:  # a bar of a chart read by where its value stands (`repair.bars`)
                    cells = self.tables.bar_cells(sent.text, bar[2].label, bar[2].value, bar[1].caption, bar[1].unit)
                else:
                    cells = self.tables.row(sent.text, head, following.text if following is not None else "") \
                        if head is not None else None
                if cells is not None and not apart(src.text, [sent.paragraph.src_span(
                        sent.start + c.q.start, sent.start + c.q.end) for c in cells], cells):
                    cells = None
                if cells is not None and head is not None and bar is None:  # a row whose gaps may mark thousands:
                    head = self.tables.after(sent.text, head, cells)  # so may the next rows'; its unit for its parts
                if cells is None and chart is not None:  # a line of a chart's values, read as written (gaps kept)
                    c0, c1 = sent.paragraph.src_span(sent.start, sent.end)
                    read = self.tables.chart_row(chart, sent.text, src.text[c0:c1])
                    if read is not None:
                        cells, chart = read
                over, label_over = label_over, ""
                if cells is None and head is not None and over and following is not None \
                        and _wrapped_label(following.text, lex.sentence_end + lex.clause_end) \
                        and self.tables.row(following.text, head) is None:
                    # a row's cells alone on their line between the two lines its label is set over (中等职业教育在校生 /
                    # 3.12 万人 2.4 / （不含技工学校）: a cell centred in a two-line row), the first line read as a label
                    # run on under the row above: the row, its label the two lines joined
                    cells = self.tables.labelled_row(over + following.text, sent.text, head)
                    if cells is not None and not apart(src.text, [sent.paragraph.src_span(
                            sent.start + c.q.start, sent.start + c.q.end) for c in cells], cells):
                        cells = None
                turned, paged = (0, False) if cells is not None or head is None else _page_turn(
                    sent.text, turned, lex.running_head, lex.sentence_end + lex.clause_end)
                if not paged and cells is None and head is not None and _wrapped_label(
                        sent.text, lex.sentence_end + lex.clause_end) and (last[1] or head_last and following is not None
                                                                           and self.tables.row(following.text, head)):
                    # a row's label run on under its cells (社区卫生服务 3 88 / 中心), or the first row's over them right
                    # under the head, a row under it (诊所、卫生所、医务室 / 和护理站 862 — —; not the head's units on a
                    # line of their own, （个） （张）): the head holds
                    paged = True
                    label_over = sent.text if last[1] else ""  # (… or the first line of the next row's: `labelled_row`)
                if not paged and cells is None and head is not None and self.tables.bare_row(sent.text, head):
                    paged = True  # a row's numbers whose label the extractor set apart: none read, the head holds
                if not paged and cells is None and head is not None and following is not None \
                        and self.tables.continued_line(sent.text) and self.tables.row(following.text, head) is not None:
                    # a caption's mark alone between two rows (续表9, where a page cut the table and its head is not set
                    # again): the head holds where the row under the mark holds a cell for each of its columns
                    paged = True
                if not paged and cells is None and head is not None and self.tables.unread_row(
                        _laid_out(src.text, sent), head):
                    # a row that gives no figure, its cells set apart as the head's (居民消费价格指数 | 上年同期=100 |
                    # 99.8 | —, an index whose unit cell names its base): none read, the head holds for the rows under it
                    paged = True
                caption_under = None
                if not paged and cells is None and head is not None and caption_run is not None \
                        and len(sent.text) <= CAPTION_CHARS and sent.text[-1:] not in lex.sentence_end \
                        and self.tables.caption_line(sent.text) == (len(caption_run) == 1) \
                        and self.tables.head(sent.text, "")[0] is None:
                    # a head printed over its own caption, no row between (pdfminer's boxes taken in another order:
                    # 指标 单位 一季度 … / 表1 / 2025年分季度就业情况 / 城镇新增就业 人 …): the head read again under the
                    # caption's lines, which date and measure it as ones set above it would, and the rows under it read
                    again, _ = self.tables.head(caption_run[0], "".join(caption_run[1:]) + sent.text)
                    if again is not None:
                        head = last_head = again
                        caption_run.append(sent.text)
                        m = self.tables.caption.match(sent.text) if self.tables.caption else None
                        caption_under = m.span() if m is not None else None
                        paged = True
                if cells is not None or not paged:
                    caption_run = None
                head_last = False
                if cells is not None:
                    # (a row with no label of its own, 亿元 12.6 12.8 whose label a reader set on the line above, has no
                    # label the line under runs on: that line opens the next row, 税收收入 / 亿元 8.2 7.9)
                    rest = following.text if head is not None and bar is None and following is not None \
                        and any(c.label.strip() for c in cells) \
                        and _wrapped_label(following.text, lex.sentence_end + lex.clause_end) \
                        and self.tables.row(following.text, head) is None else ""  # (a chart's bar has no head)
                    cands = self.table_candidates(sent, cells, context, doc.published or "", parents, rest)
                elif paged:  # a page's number or running head between two rows of a table: the head holds
                    cands, number = self.candidates(sent.text, sent.start, timed_out, context, sent), None
                    for c in cands if caption_under is not None else ():  # (表1 under its head: no figure either)
                        if c.q.num_start < caption_under[1] and caption_under[0] < c.q.num_end:
                            c.excluded_by = "tables.caption"
                else:
                    if table_time is not None and last_head is not None and last_head.year.isdigit() \
                            and not last_head.span and not any(c.span or c.within for c in last_head.columns) \
                            and not noted_table and self.tables.note_line(sent.text):
                        # (a note right under a table of one whole year, 注：城镇新增就业中，…新增820人: of the caption's
                        # year, as its rows; a table of a part of the year, 2025年1—9月, leaves its note the text's time;
                        # the time before the table comes back after it; its place is the text's again)
                        where_when.settle()
                        where_when.periods = _of_year(table_time, int(last_head.year))
                        noted_table = True
                    elif table_time is not None:  # the table ended: its head's times carry no further (the
                        where_when.settle()  # sentences held back read first, as if each had been read as it came)
                        where_when.periods, table_time, noted_table = table_time, None, False
                    if table_place is not None and (table_time is None or noted_table):
                        where_when.places.carried, where_when.places.carried_word = table_place
                        table_place = None
                    cands = self.candidates(sent.text, sent.start, timed_out, context, sent)
                    head, number = self.tables.head(sent.text, caption_of=partial(_from_caption, above,
                                                                                  self.tables.caption_line))
                    if head is None and self.tables.place_column_labels \
                            and sent.text.startswith(self.tables.place_column_labels):
                        # (指标 潞州区 上党区 …, its gaps folded away in the sentence: its places apart as laid out)
                        head = self.tables.place_columns(_laid_out(src.text, sent))
                    if head is not None and (laid := _laid_out(src.text, sent)).count("\n") >= 1:
                        # a head over two lines run into one sentence with its caption maybe (表1 … / 机构类别
                        # 床位数（张） 卫生技术人员（人） / 本年 上年 本年 上年): where the top words each span a group of
                        # the pieces under them, that reading, not the words run together (more columns than the rows)
                        lines = laid.split("\n")
                        caption = "".join("".join(line.split()) for line in lines[:-2]) \
                            or _from_caption(above, self.tables.caption_line)
                        grouped = self.tables.grouped_head(lines[-2], lines[-1], caption)
                        if grouped is not None and len(grouped.columns) != len(head.columns):
                            head = grouped  # (its caption still the sentence's: the table number no figure)
                    top = None
                    if head is None and following is not None and len(sent.text) <= HEAD_CHARS \
                            and following.text[-1:] in self.tables.head_ends \
                            and sent.text[-1:] not in lex.sentence_end and _head_top(self.tables, src.text, sent,
                                                                                        following) \
                            and self.tables.head(following.text, "")[0] is None:
                        # the top line of a head whose words run over two lines (指标 2025年 2024年 比上年 / 增长（%）):
                        # the time in force is the one before its years are read
                        where_when.settle()
                        top = top_time = where_when.periods.snapshot()
                    if head is None and above and before is not None and above[-1] == before.text \
                            and sent.text[-1:] in self.tables.head_ends:
                        # a head whose top words each span a group of the line under (床位数（张） 卫生技术人员（人） /
                        # 本年 上年 本年 上年): read from the lines as written, before the words run together are
                        head = self.tables.grouped_head(_laid_out(src.text, before), _laid_out(src.text, sent),
                                                        _from_caption(above[:-1], self.tables.caption_line))
                    if head is None and above and before is not None and above[-1] == before.text \
                            and sent.text[-1:] in self.tables.head_ends \
                            and barred_head((tops := _laid_out(src.text, before).split("\n"))[-1],
                                            _laid_out(src.text, sent)):
                        # a head between bars over two lines, a merged cell's top left empty (指标名称 | 单位 | 2026年 |
                        # | 2027年 / |  | 计划 | 完成 | 预期目标): each column's words between its bars, before the words
                        # run together are (the top alone, run into its caption, read as a head of two years)
                        head, _ = self.tables.under_head(
                            tops[-1], _laid_out(src.text, sent),
                            "".join("".join(line.split()) for line in tops[:-1])
                            or _from_caption(above[:-1], self.tables.caption_line))
                    if head is None and above and sent.text[-1:] in self.tables.head_ends:
                        # a head whose words run over two lines (指标 产量 比上年 / 增长): one head sentence
                        head, _ = self.tables.head(above[-1] + sent.text,
                                                   _from_caption(above[:-1], self.tables.caption_line))
                    if head is None and len(sent.text) <= HEAD_CHARS and sent.text[-1:] not in lex.sentence_end:
                        # a label over a group of rows run on from the head's line (指标 绝对数（亿元） 比上年增长% /
                        # 城乡居民基本医疗保险 / 基金收入 8.56 4.1): the head without it, the rows under it read
                        c0, c1 = sent.paragraph.src_span(sent.start, sent.end)
                        group = _group_label(src.text[c0:c1], sent.text, lex.sentence_end + lex.clause_end)
                        if group:
                            head, number = self.tables.head(sent.text[:-group],
                                                            _from_caption(above, self.tables.caption_line))
                            if head is not None and not head.note_percent \
                                    and (laid := _laid_out(src.text, sent)).count("\n") >= 1:
                                # … unless that label is the rest of the head's words under them (项目 2025年 2024年
                                # 增减 / 完成数 完成数 幅度（%）): the change column read alone took the note's unit
                                # (万元) where the line under it says percent: the two lines read as laid out
                                lines = laid.split("\n")
                                under, _ = self.tables.under_head(
                                    lines[-2], lines[-1], "".join("".join(line.split()) for line in lines[:-2])
                                    or _from_caption(above, self.tables.caption_line))
                                if under is not None and len(under.columns) == len(head.columns) and any(
                                        u.percent and not c.percent for u, c in zip(under.columns, head.columns,
                                                                                    strict=True)):
                                    head = under
                        if head is None and above:
                            # a head whose columns' words and units run over two lines (项目 年末参保人数 比上年末 /
                            # （万人） 增减（万人）), a group's label maybe under them: each column's rest under its word
                            head, number = self.tables.split_head(above[-1], sent.text[:-group] if group else sent.text,
                                                                  "".join(above[:-1]))
                        if head is None and above and before is not None and above[-1] == before.text and not group:
                            # … or each column's rest standing under its words as the page lays them out (项目 基金收入
                            # 比上年 基金支出 年末滚存 / 增长（%） 结余): read from the lines as written
                            head, number = self.tables.under_head(_laid_out(src.text, before), _laid_out(src.text, sent),
                                                                  "".join(above[:-1]))
                        if head is None and len(above) >= 2 and earlier is not None and before is not None \
                                and above[-1] == before.text and above[-2] == earlier.text and not group:
                            # … or over three lines, each column's words wrapped under its top word and its unit under
                            # them (县市区 医疗卫生 卫生技术 / 机构床位 人员 / （张） （人）): read from the lines as written
                            head, number = self.tables.under_three(
                                _laid_out(src.text, earlier), _laid_out(src.text, before), _laid_out(src.text, sent),
                                "".join(above[:-2]))
                        if head is None and (laid := _laid_out(src.text, sent)).count("\n") == 1:
                            # … or the two lines run into one sentence, the label's head on the bottom one (2025年
                            # 2024年 增减 / 机构类别 床位数 床位数 （+、-）): read from its lines as written
                            # (the caption over it, from its line on, dates and measures it: no sentence before)
                            k = next((k for k in range(len(above) - 1, -1, -1) if self.tables.caption_line(above[k])), 0)
                            head, number = self.tables.under_head(*laid.split("\n"), "".join(above[k:]))
                        elif head is None and laid.count("\n") > 1:
                            # … or the caption's lines run on into them too (表1 … / 指标 单位 2025年 比上年 / 绝对数
                            # 增长（%）, flush left): the last two lines the head, the lines over them its caption
                            lines = laid.split("\n")
                            # (a line over the head that names the columns itself is no caption's: a reader that
                            # printed the head's top line twice, at the edge of what it read at a time, 县（市区） 城镇…
                            # over 县（市、区） 城镇新增就业 … / 1—9月 第三季度 …: the caption ends before it)
                            tops = [k for k in range(1, len(lines) - 2) if self.tables.head_columns(lines[k])]
                            caption = "".join("".join(line.split()) for line in lines[:tops[0] if tops else -2])
                            if not self.tables.caption_line(lines[0]):  # (… or on the sentences over it)
                                k = next((k for k in range(len(above) - 1, -1, -1)
                                          if self.tables.caption_line(above[k])), len(above))
                                caption = "".join(above[k:]) + caption
                            head, _ = self.tables.under_head(lines[-2], lines[-1], caption)
                            m = self.tables.caption.match(caption) if head is not None and self.tables.caption else None
                            number = m.span() if m is not None and sent.text.startswith(caption) else None
                    if head is None and before is not None and tabbed and sent.text[-1:] in self.tables.head_ends:
                        # … or set cell over cell with tabs (地区 床位数 … / 合计 其中：医院 …): read from the lines
                        # as written, whose tabs line the cells up (the top line may run on from its caption's)
                        b0, b1 = sent.paragraph.src_span(sent.start, sent.end)
                        if "\t" in src.text[b0:b1]:
                            t0, t1 = before.paragraph.src_span(before.start, before.end)
                            caption = "".join(above[:-1] if above and above[-1] == before.text else above)
                            head = self.tables.stacked_head(src.text[t0:t1], src.text[b0:b1], caption)
                    if parted is not None and (head is None or not head.note_unit and not any(
                            c.unit or c.percent for c in head.columns)) and sent.text[-1:] in self.tables.head_ends \
                            and self.tables.names_label(sent.text, parted):
                        # a head under no unit of its own whose title the extractor printed apart (pdftotext's order:
                        # the title at its height, the item set beside the table, the page's foot, then the head and
                        # its rows): that title's note, where the title names what the head's label column lists
                        # (部分县（市）…（单位：人） over 县（市） 城镇新增就业 转移就业)
                        again, _ = self.tables.head(sent.text, parted)
                        if again is not None and again.note_unit:
                            head, number = again, None
                    if head is not None:
                        parted = None  # (a table read: a title before it is its own or spent)
                    elif self.tables.noted_title(sent.text):
                        parted = sent.text
                    if head is not None and any(self.tables.continues(a, sent.text, head, last_head)
                                                for a in above[-2:] or [""]):
                        # 续表: the first head's caption's year and unit date and measure the rest (续表 over a head
                        # whose words run over two lines: the line above its top)
                        head = last_head
                    if head is not None and (note := _note_under(sents, at, self.tables, lex.sentence_end)):
                        # a head whose caption and columns name no unit, over rows with no unit cell: the note under
                        # the table may name it (注：表中数据单位为万人。)
                        head = self.tables.noted_below(head, note) or head
                    if head is not None:  # the time in force: every sentence before the head read (a heading's year)
                        head_last = True
                        caption_run = [sent.text] if number is None else None
                        parents = RowParents()  # (a new table: no row above its first)
                        where_when.settle()
                        table_time, last_head = top_time or where_when.periods.snapshot(), head
                        table_place = (where_when.places.carried, where_when.places.carried_word)
                    if top is None:
                        top_time = None
                    for c in cands:  # 表7 人口: the table's number is no figure (7人)
                        if number is not None and c.q.num_start < number[1] and number[0] < c.q.num_end:
                            c.excluded_by = "tables.caption"
                    if cut_head and _joined_tail(src.text, sent, cands):
                        cut_head = False
                    if cut_open and _opening_tail(src.text, sent, cands):
                        cut_open = False
                    if chart is not None:  # its unit note or its line of years go on with it; any other line ends it
                        c0, c1 = sent.paragraph.src_span(sent.start, sent.end)
                        chart = self.tables.chart_line(chart, sent.text, src.text[c0:c1])
                    chart = self.tables.chart(sent.text) or chart
                if cells is None:
                    _label_units_alone(src.text, sent, cands, lex.clause_end + lex.sentence_end)
                    _unit_cells_apart(src.text, sent, cands)
                loose: list[Candidate] = []
                if cells is None:
                    here = self.tables.note_at(sent.text)
                    if noted is not None or here is not None:
                        loose = _under_note(noted, here, cands)
                    noted = here[1] if here is not None else noted
                if sent.text[-1:] in lex.sentence_end:  # a sentence of the text: no table's line comes under the note
                    noted = None
                last = (sent.text, cells is not None)
                earlier, before = before, sent
                # (a table's row is no caption: the next table's caption opens its own lines, 表3 2025年… after 医院 12 34)
                # (… nor is a long sentence, but one that names a table's columns, its caption run on before them,
                # whose units may stand on the line under it: 表1 2024年末…情况 机构类别 机构数 … / （个） …)
                # (… nor a sentence of the text that holds a figure: 力争到2027年，全县床位数达到3500张。 over 指标 单位 数量
                # dates no table with its goal's year)
                said = sent.text[-1:] in lex.sentence_end and any(not c.excluded_by for c in cands)
                above = [*above[-(CAPTION_LINES - 1):], sent.text] if cells is None and not said and (
                    len(sent.text) <= CAPTION_CHARS or sent.text[-1:] in self.tables.head_ends
                    and self.tables.head_columns(sent.text) > 0) \
                    else []
                if context.lists.numbered_heading(sent):
                    where_when.new_section(sent.text)
                # (a head just read: its columns' words, 本年 上年同期, are no time of the text's: `TableReader.untimed`)
                timed = self.tables.untimed(sent.text, head) if head_last and head is not None else sent.text
                where_when.sentence(timed, cands, _whole_lines(sent, cands) + _headline_lines(src.text, sent, cands),
                                    aside=sent.paragraph.aside,
                                    after=following.text if following is not None
                                    and following.paragraph is sent.paragraph else "",
                                    opens=_once(partial(_opens_line, src.text, sent)), first=first)
                for c in loose:  # a cell whose column is not told: no time, rather than the last year the head named
                    c.period, c.period_why = "", "a table's cell whose column is not told"
                # (a row that names its own place, 樊城区 5320 …, under a caption that names the city, 表1 2025年1—9月
                # 襄阳市各县（市、区）…, or under the bulletin's title set right over the caption: its figures are the
                # place's the row names, not the caption's; the caption's area is that of rows that name none)
                row_place = bool(cells) and head_place is not None and bool(
                    where_when.settled_places().gaz.mentions(sent.text[:cells[0].q.start]))
                if cells:
                    # a row labelled by a short form that is a common word alone (山南 31.2 under 拉萨 / 日喀则): under
                    # rows labelled by places it is the one division of their level and province it names
                    gaz = where_when.settled_places().gaz
                    label = sent.text[:cells[0].q.start]
                    common = _common_row_area(gaz, label, row_area)
                    why = "a table's row labelled by a short form, under rows labelled by places"
                    if common is None and (bar is not None or head is not None and (head.places or head.listed)) \
                            and (common := _common_row_within(gaz, label, cands)) is not None:
                        why = "a table's row labelled by a short form, the one division of the row's area it names"
                    if common is not None:
                        row_place = True
                        for c in cands:
                            c.place, c.place_code, c.place_level = common.name, common.code, common.level
                            c.place_why = why
                    row_area = common or _row_label_area(gaz, sent.text[:cells[0].q.end], len(label.rstrip()))
                else:
                    row_area = None
                for cell, c in zip(cells or (), cands, strict=False):
                    if cell.span and (own := where_when.column_period(cell.span, cell.year or c.period)):
                        # 一季度 二季度 …: the column's part of the year, in the year its caption or the text gives
                        c.period, c.period_why = own, f"the table's column head {cell.span}"
                    elif monthly := _monthly_period(cell, c.period, c.period_why):
                        # 本月 本年累计 上年同期 (a monthly report's): the month the text's time ends in, or the year up
                        # to it, or that a year before
                        c.period, c.period_why = monthly, "a monthly report's column, in the text's time"
                    elif cell.year:  # a year column: the cell's own time, whatever the text around says
                        c.period, c.period_why = cell.year, "the table's column head"
                    elif cell.base:
                        # 上年 上年同期 under a caption that names no year (表1 基金收支情况 in a report on 2025): the
                        # same span a year before the time the text gives the row; none if unsure (not where the text
                        # names no time: the document's date is its publishing, no table's)
                        c.period = year_before(c.period) if c.period_why != DATE_DEFAULT else ""
                        c.period_why = "the table's column of the same span a year before" if c.period else \
                            "a table's column of the year before, the text's time unsure"
                    if cell.place:
                        # a table whose columns are places (指标 | 潞州区 | 上党区): the cell's column names its place; a
                        # head the gazetteer reads as none (城区, a common word) leaves it unknown, not the article's
                        area = _column_area(where_when.settled_places().gaz, cell.place, c.place_code)
                        c.place, c.place_code, c.place_level = (area.name, area.code, area.level) if area is not None \
                            else ("", "", "")
                        c.place_why = f"the table's column head {cell.place}"
                    elif head_place is not None and head_place.area is not None and not row_place:
                        area = head_place.area
                        c.place, c.place_code, c.place_level, c.place_why = area.name, area.code, area.level, \
                            head_place.why
                if cells is None and not paged:
                    head_place = _caption_place(where_when.settled_places(), _before_place_head(
                        self.tables.unranked(sent.text, head), self.tables.place_labels - self.tables.lone_places.keys())) \
                        if head is not None else None
                if trace is not None:
                    trace.append((sent, cands))
                for rid in timed_out:
                    sink.add("errors", {"path": src.path,
                                        **_timeout_error(rid, self.timeout, sent.sentence_id, sent.text)})
                # (a bar of a chart under its caption is no headline, however short: its time is the caption's)
                in_title = sent.paragraph.text in titles and bar is None
                only_titles = only_titles and in_title
                if held and not in_title:
                    body += 1
                    if body > HEADLINE_REACH:
                        held = False
                        sub = _subhead_done(sub, sink)
                        for row in _aside_times(waiting, waiting_rows, rows):
                            sink.add("figures", row)
                        waiting, waiting_rows = [], []
                        for row in _headline_roles(rows):
                            sink.add("figures", row)
                        rows = []
                if first and not in_title and cells is None and not sent.paragraph.aside and cands \
                        and len(sent.text) == len(sent.paragraph.text) and is_headline(sent.text, lex):
                    _subhead_done(sub, sink)
                    sub = SubHead(sent.paragraph)
                for c in cands:
                    if c.excluded_by or not c.rule_id:
                        continue
                    start, end = sent.start + c.q.start, sent.start + c.q.end
                    s0, s1 = sent.paragraph.src_span(start, end)
                    box = src.layout.span(s0, s1) if src.layout is not None else None
                    # the columns in the order of `_FIGURE_COLUMNS`
                    values = (f"{src.doc_id}:{start}-{end}", src.doc_id, art.article_id, sent.sentence_id,
                              c.metric, c.topic, c.q.value, c.q.value_high, c.unit, c.q.measure, c.qualifier, c.role,
                              c.period or None, c.place or None, c.place_code or None, c.place_level or None,
                              c.subject or None, c.q.quote, sent.text, start, end, s0, s1, c.rule_id,
                              *_box_values(box))
                    if held:  # kept as a dict: `_headline_roles` may change its role and period
                        rows.append((c, in_title, dict(zip(_FIGURE_COLUMNS, values, strict=True))))
                        if sent.paragraph.aside:
                            asides.add(id(rows[-1][2]))
                        if sub is not None:
                            sub.add(c, rows[-1][2], sent.paragraph, None)
                    elif sub is not None:
                        sub.add(c, dict(zip(_FIGURE_COLUMNS, values, strict=True)), sent.paragraph, sink)
                    else:
                        sink.add_values("figures", values)
                    n_art += 1
            sub = _subhead_done(sub, sink)
            for row in _aside_times(waiting, waiting_rows, rows):
                sink.add("figures", row)
            waiting = [(c, row) for c, title, row in rows if not title and id(row) in asides and (
                c.period_why in (DATE_DEFAULT, UNDATED) or c.period_why.startswith(CARRIED))]
            waiting_rows = list(_headline_roles(rows))
            if not waiting:
                for row in waiting_rows:
                    sink.add("figures", row)
                waiting_rows = []
            page_plan = page_plan or context.lists.planned
            headline_caption = above if only_titles else []
            # (a running head's page number, 县域经济 2, is no item broken off inside a number)
            cut = not art.running_head and not last[1] and _CUT_HEAD.search(last[0]) is not None \
                and not _page_note(last[0], lex.page_note)
            cut_head = cut_head or cut
            cut_open = cut  # (the item right after the cut one only)
            a0, a1 = art.src_span()
            sink.add("articles", {
                "article_id": art.article_id, "doc_id": src.doc_id, "seq": art.seq,
                "title": " / ".join(art.titles), "byline": art.byline, "dateline": art.dateline,
                "text": art.text, "start": art.start, "end": art.end, "src_start": a0, "src_end": a1,
                "n_figures": n_art,
            })
        for row in waiting_rows:
            sink.add("figures", row)
        sink.add("documents", {
            "doc_id": src.doc_id, "path": src.path, "encoding": src.encoding, "sha256": src.sha256,
            "bytes": src.size, "chars": chars, "n_articles": n_articles,
            "published": doc.published or None, "source": doc.source or None,
            "place": doc.place.name if doc.place else None, "place_code": doc.place.code if doc.place else None,
            "n_figures": sink.counts["figures"]})

    def extract_text(self, text: str, doc_id: str = "text") -> DocResult:
        return self.extract_source(source_from_text(text, doc_id))


GROUP_LABEL = 20  # a label over a group of a table's rows, on a line of its own, holds no more characters than this
WRAP_LABEL = 12  # a row's label run on to a line under the row's cells holds no more characters than this


def _of_year(state: PeriodState, year: int) -> PeriodState:
    """`state` with `year` in force as a sentence naming it alone would leave it (2026年，…): the time of a note under a
    table whose caption names that year."""
    from stats.context.period import Time
    return replace(state.snapshot(), carried=Time(0, 0, year, year), year=year, whole_year=year, named=True)


def _result_passed(text: str, before: list[Candidate], gap: Candidate, scope_end: str, share: float) -> bool:
    """Whether a result before `gap` (the nearest first, back to a mark that ends a cue's reach, roles.yaml
    target.scope_end) makes `gap` the goal's own value (`_goal_not_gap`). Why not the nearest alone: a yearly average or
    another figure of the same clause run may stand between the result and the goal it passed (累计新增就业15.8万人，年均
    3.16万人，超额完成规划目标任务15万人: the goal 15万 is below the total 15.8万, not a lead over the average)."""
    for r in reversed(before):
        if scope_end and any(m in text[r.q.end:gap.q.start] for m in scope_end):
            return False
        if _goal_not_gap(r, gap, share):
            return True
    return False


def _goal_not_gap(result: Candidate, gap: Candidate, share: float) -> bool:
    """Whether `gap`, read as the lead of `result` over a goal, is rather the goal itself: of the same measure, below
    the result and at least `share` of it (roles.change.gap_goal_share in the rules). Why: a lead that large would
    leave a goal no larger than the lead (达到245.6万人，超过年度目标任务240万人: the goal 240万, not 5.6万); a lead of
    292万 on 3312万 or 1600人 on 4.12万人 stays a gap."""
    r, g = result.q, gap.q
    return result.role == "level" and r.measure == g.measure and r.unit == g.unit and r.value_high is None and \
        g.value_high is None and share * r.value <= g.value < r.value


def _wrapped_label(text: str, marks: str) -> bool:
    """Whether a sentence right under a table's row may be the rest of that row's label, run on to a line of its
    own (社区卫生服务 3 88 / 中心): short, no digit and no mark of a sentence. It gives no figure and the rows
    under it go on under the same head; a row's label is no surer for it (the row's figures keep their own)."""
    return len(text) <= WRAP_LABEL and not any(ch.isdigit() or ch in marks for ch in text)


def _head_top(tables: TableReader, source: str, sent: Sentence, following: Sentence) -> bool:
    """Is the sentence the top line of a table's head whose words run on into the next (指标 2025年 2024年 比上年 /
    增长（%）; 机构数 床位数 床位数比上年 / （个） （张） 增长（%））? (The caller asks that the next is no head alone:
    表1 主要指标 over 指标名称 单位 绝对数 比上年增长(%) is a caption over its head.)"""
    return tables.head_columns(sent.text + following.text) > 0 or tables.head_columns(
        _laid_out(source, sent) + "\n" + _laid_out(source, following)) > 0


def _laid_out(source: str, sent: Sentence) -> str:
    """The sentence as the page lays it out: its text in the source from the start of its line, the spaces it is set
    in by and its gaps kept (a head's words over two lines line up by where they stand: `TableReader.under_head`)."""
    s0, s1 = sent.paragraph.src_span(sent.start, sent.end)
    return source[source.rfind("\n", 0, s0) + 1:s1]


HEAD_CHARS = 100  # a table's head with its caption and a group label run on to it is no longer than this


def _group_label(written: str, text: str, marks: str) -> int:
    """How many characters at the end of a sentence (`text`; `written` as in the source) are a label over a group of a
    table's rows, run on to it from the line under it (职工基本医疗保险（含生育保险）): its last line, short, with no
    digit and no mark of a sentence; 0 where none, nor where the line opens with a bracket (（个） 增长（%） （张）: the
    units of the head's columns on the line under their words, no label)."""
    cut = written.rstrip().rfind("\n")
    if cut < 0:
        return 0
    label = "".join(written[cut:].split())
    if not label or len(label) > GROUP_LABEL or any(ch.isdigit() or ch in marks for ch in label) \
            or not text.endswith(label) or len(label) >= len(text) or unicodedata.category(label[0]) == "Ps":
        return 0
    return len(label)


def _page_turn(text: str, turned: int, page_lines: Iterable[regex.Pattern[str]], marks: str) -> tuple[int, bool]:
    """Whether a sentence under a table's rows is the page's foot or head between two of them (— 3 —, then
    the document's title repeated: 某市2025年卫生健康事业发展统计公报), and the state after it: a page number
    (layout.yaml running_head) turns the page, and one short line with no mark of a sentence may follow it
    (the next page's running head). Anything else ends the table as before."""
    if any(p.match(text) for p in page_lines):
        return 1, True
    if turned and len(text) <= CAPTION_CHARS and not any(ch in marks for ch in text):
        return 0, True
    return 0, False


# An item's last sentence that breaks off inside a number: a word, then digits (a decimal point maybe, 稳定在1.), and
# no mark after them
_CUT_HEAD = compiled_regex(r"\p{Han}\d+\.?\Z")


# a page's number set after the editors' names at its foot (…校对：王敏  2, …  A3)
_PAGE_NUMBER_END = compiled_re(r"\s*[A-Za-z]?\d{1,3}\s*\Z")


def _page_note(text: str, notes: Sequence[regex.Pattern[str]]) -> bool:
    """Whether the sentence is the editors' names at a page's foot (layout.yaml page_note) with the page's number
    after them: the item it ends broke off inside no number (its digits are the page's), so the next items' numbers
    joined across a line break stand."""
    body = _PAGE_NUMBER_END.sub("", text)
    return body != text and any(p.search(body) for p in notes)


def _joined_tail(source: str, sent: Sentence, cands: list[Candidate]) -> bool:
    """Whether one of the sentence's figures has a number the layout joined across a line break (18 | 80张),
    which is then excluded: after an item broke off inside a number, such a tail may be that item's. A text
    not held whole (`source` empty) cannot be checked: none is joined."""
    for c in cands:
        if c.excluded_by or not source:
            continue
        s0, s1 = sent.paragraph.src_span(sent.start + c.q.num_start, sent.start + c.q.num_end)
        if "\n" in source[s0:s1]:
            c.excluded_by = "layout.cut_number"
            return True
    return False


def _under_note(noted: str | None, here: tuple[int, str] | None, cands: list[Candidate]) -> list[Candidate]:
    """Exclude the figures of a line under a table's unit note (单位：万元), no row the table reader read, whose
    unit a word before the number implies (收入126850 read in 元: `how` measure_before) where the note's unit is
    another (万元 is not 元): the cell is in the note's unit, and read in the implied one its value is 10⁴ too small,
    a wrong value. Under 单位：元 the implied 元 is the note's own and stands, but which column the cell is in is not
    told: those figures are returned, to be given no time (not the last year the head's columns named). `noted`: what
    the note of the lines above begins with (None: no note); `here`: where the sentence's own note ends and what it
    begins with (the layout may run the note and the rows after it into one sentence)."""
    kept = []
    for c in cands:
        if c.excluded_by or c.q.how != "measure_before" or not c.q.measure:
            continue
        note = here[1] if here is not None and c.q.start >= here[0] else noted
        if note is None:
            continue
        if note.startswith(c.q.measure):
            kept.append(c)
        else:
            c.excluded_by = "tables.unit_note"
    return kept


# a line that opens with one label, its unit in brackets and a colon (营业收入（万元）：), or with such labels each with
# its bare number and a comma or semicolon after it before the last (营业收入（万元）：12345，利润（万元）：):
# `_label_units_alone`
_LABEL_COLON = r"\p{Han}[\p{Han}\w]{0,20}\p{Ps}[^\p{Ps}\p{Pe}\d\s]{1,4}\p{Pe}[ \t]?[:\uff1a][ \t]?"
_LABEL_COLON_LINE = compiled_regex(rf"[ \t\u3000]*(?:{_LABEL_COLON}\d[\d,.]*[ \t]?[,;\uff0c\uff1b][ \t]?){{0,6}}"
                                   rf"{_LABEL_COLON}")

def _label_units_alone(source: str, sent: Sentence, cands: list[Candidate], marks: str = "") -> None:
    """Figures read in the unit of the label in brackets before them (城镇新增就业（万人） | 21.4: `how` label_unit)
    stand only where the number is one cell as written, alone on its line: no gap and no line break inside it in the
    source (the layout joins 1200 1300 or 2024 | 2025 under a head's unit into one number, a wrong value), nothing
    before it on its line (a row 茶叶（吨） 536 2.6 牛奶（吨） 1260 is the table reader's to read, or to leave) and
    nothing but the line's end after it; or the value of a label on its own line, after the label's colon
    (营业收入（万元）：12345), where a clause or sentence mark (`marks`, or an ASCII comma or semicolon before no digit)
    may end it too; labels with their values before it on the line, a comma or a semicolon after each, leave it a
    label's value (营业收入（万元）：12345，利润（万元）：2345). Others are excluded; a text not held whole (`source`
    empty) cannot be checked."""
    for c in cands:
        if c.excluded_by or c.q.how != "label_unit":
            continue
        s0, s1 = sent.paragraph.src_span(sent.start + c.q.num_start, sent.start + c.q.num_end) if source else (0, 0)
        written = source[s0:s1]
        rest = source[s1:s1 + 80].lstrip(" \t\u3000")
        lead = source[max(0, s0 - 240):s0].rpartition("\n")[2]
        labelled = _LABEL_COLON_LINE.fullmatch(lead) is not None
        if not written or any(ch.isspace() for ch in written) or lead.strip() and not labelled \
                or rest[:1] not in ("", "\n", "\r") and not (labelled and (
                    rest[:1] in marks or rest[:1] in ",;" and not rest[1:2].isdigit())):
            c.excluded_by = "tables.label_unit"


# what follows a unit cell on its line: a gap and the next cell's number (个 4,786), or nothing, then only a bare number
# on the next line that holds any (%, then 3.12)
_SPACED_OUT = compiled_regex(r"(?:\p{Han}[ \u3000]){2}\Z")
_CELL_AFTER_UNIT = compiled_re(r"[ \t\u3000]+[-+]?\d|[ \t\u3000]*\r?\n(?:[ \t\u3000]*\r?\n)*[ \t\u3000]*-?\d[\d,.]*"
                               r"[ \t\u3000]*(?:\r?\n|\Z)")


def _unit_cells_apart(source: str, sent: Sentence, cands: list[Candidate]) -> None:
    """Exclude a figure whose number ends a line of the source and whose unit opens a later line as a table's unit
    cell does: right before a gap and the next cell's number (单位 2021 | 个 4,786, a unit column printed beside the
    first value column, a column at a time: not 2021个), or alone on its line over a line of a bare number (人 6,846 |
    % | 3.12: not 6,846%). The layout ran the lines into one sentence; the unit is the row's, of the number after it,
    and read after the number before it the figure is a wrong value. A sentence's unit opening a line goes on with
    its sentence's words (…共有医院1,280 | 个，…). A text not held whole (`source` empty) cannot be checked."""
    if not source:
        return
    for c in cands:
        if c.excluded_by or not c.q.measure:
            continue
        s0, s1 = sent.paragraph.src_span(sent.start + c.q.start, sent.start + c.q.end)
        written = source[s0:s1]
        unit = written.rpartition("\n")[2].strip(" \t\u3000")
        if "\n" not in written or any(ch.isdigit() or ch in " \t\u3000" for ch in unit):
            continue
        # (text spaced out a character at a time, 共 7 | 批 次 5 5 9 人, has a gap after every word: no cells)
        if _SPACED_OUT.search(source, max(0, s0 - 8), s0) is not None:
            continue
        if _CELL_AFTER_UNIT.match(source, s1) is not None:
            c.excluded_by = "tables.unit_cell"


def _opening_tail(source: str, sent: Sentence, cands: list[Candidate]) -> bool:
    """Whether one of the sentence's figures has a number that opens a block of the source (the first line
    under a blank one: 8万亩，带动…), which is then excluded: right after an item broke off inside a number
    (…稳定在1.), such a line is that number's tail, the extractor having read the rest of the cut item's column
    after the next item's first. A text not held whole (`source` empty) cannot be checked: none opens one."""
    if not source:
        return False
    for c in cands:
        if c.excluded_by:
            continue
        s0, _ = sent.paragraph.src_span(sent.start + c.q.num_start, sent.start + c.q.num_end)
        if not source[s0:s0 + 1].isdigit():
            continue
        before, _, lead = source[max(0, s0 - 200):s0].rpartition("\n")
        if lead.strip() or before.rpartition("\n")[2].strip() or "\n" not in before:
            continue
        c.excluded_by = "layout.cut_number"
        return True
    return False


def _from_caption(above: list[str], caption_line: Callable[[str], bool]) -> str:
    """The short sentences over a table's head that are its caption: from the last one that opens with a table's
    number on (表1 2025年…, then 单位：万元), a short sentence of the text before it (…下降8.6%。) no part of it; all of
    them where none opens so (2025年全市主要经济指标 / 单位：亿元)."""
    k = next((k for k in range(len(above) - 1, -1, -1) if caption_line(above[k])), 0)
    return "".join(above[k:])


def _before_place_head(text: str, heads: Iterable[str]) -> str:
    """A head sentence up to the first word that heads a column of places (县（市、区）, 地区: tables.yaml place_heads):
    the caption's words, which may name the table's area; what follows is the head's words, which name none (a head's
    top line printed twice, 县（市区） …, is no area's 市区), and the rows under them name their own."""
    cut = min((k for w in heads if (k := text.find(w)) >= 0), default=len(text))
    return text[:cut]


def _caption_place(places: PlaceTracker, text: str) -> Placed | None:
    """The area a table's head sentence names in its caption (2024年全市主要经济指标 / 指标 总量 …), as a figure
    at its end would take it: its rows name none, and the item the page set above the table (a county's
    brief) is not theirs. None where the caption names no place."""
    placed = places.sentence(text)
    if not placed:
        return None
    where = places.place(text, placed, len(text), 0, (), len(text))
    return Placed(where.area, f"the table's caption: {where.why}") if where.area is not None else None


def _headline_roles(rows: list[tuple[Candidate, bool, dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    """An article's figure rows, a headline's figure that restates a target of the body made a target, and
    one that names no time given the time of the body's figure it restates.

    A headline drops the plan word its body writes (headline: the city adds 2000 beds this year;
    body: the city plans to add 2000 beds): its figure, of the same value and unit as a target of
    the body and with no role word of its own, is that target. Where the body states the same figure
    as a level too (参保率稳定在95%以上 …, 确保全年参保率不低于95%), the headline's is that level; so too where
    the headline writes a floor (突破3000人) that a result of its metric in the body has passed (达到3126人)."""
    targets = {(c.q.value, c.q.value_high, c.unit, c.q.measure) for c, title, _ in rows
               if not title and c.role == "target"}
    targets -= {(c.q.value, c.q.value_high, c.unit, c.q.measure) for c, title, _ in rows
                if not title and c.role == "level"}
    # a headline that names no time of its own (全省每千人口床位数达到7.6张: the document's date, or a time
    # carried over from the lines before it) takes the time of the body's figure it restates
    # (截至2023年底…达到7.6张), where the body's figures of that value agree on one
    times: dict[tuple, set[str]] = {}
    for c, title, _ in rows:
        if not title and c.period:
            times.setdefault((c.q.value, c.q.value_high, c.unit, c.q.measure), set()).add(c.period)
    for c, title, row in rows:
        key = (c.q.value, c.q.value_high, c.unit, c.q.measure)
        if title and targets and c.role == "level" and not c.role_cue and not c.changed and key in targets and \
                not (c.qualifier == "lower_bound" and _rounded_in_body(c, rows)):
            # (返乡创业人员突破3000人 over 累计达到3126人 and 预计全年带动就业3000人以上: a floor the body's result of its
            # metric has passed restates that result, though a goal of the same floor stands in the body too)
            c.role, c.role_cue = "target", "a target of the article's body that its headline restates"
            row["role"] = c.role
        if title and (c.period_why in (DATE_DEFAULT, UNDATED) or c.period_why.startswith(CARRIED)):
            body = times.get(key, ()) or _rounded_in_body(c, rows)
            if len(body) == 1:
                c.period = row["period"] = next(iter(body))
                c.period_why = "the time of the body's figure that its headline restates"
        yield row


@dataclass
class SubHead:
    """A headline left in place inside an article (a subheading) whose figures wait for the paragraph after it."""

    para: Paragraph
    next: Paragraph | None = None
    waiting: list[tuple[Candidate, dict[str, Any]]] = field(default_factory=list)
    body: list[Candidate] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)

    def add(self, c: Candidate, row: dict[str, Any], par: Paragraph, sink: RowSink | None) -> None:
        """A figure row read while the subheading waits: held here unless `sink` is None (a headline holds it)."""
        if sink is not None:
            self.rows.append(row)
        if par is self.para and (c.period_why in (DATE_DEFAULT, UNDATED) or c.period_why.startswith(CARRIED)) \
                and c.q.measure and c.q.measure in c.q.quote:
            # (a figure written with its measure, as a headline states it: not a row's bare cell under its label's
            # unit, 城镇登记失业率（%）3.1, in force under its box's caption, whatever the paragraph after restates)
            self.waiting.append((c, row))
        elif par is self.next:
            self.body.append(c)


def _subhead_done(sub: SubHead | None, sink: RowSink) -> SubHead | None:
    """The subheading's figures that name no time (`SubHead.waiting`) given the time of the figure of the same value
    and unit that the paragraph after it restates, where those agree on one, as a headline's over its body
    (`_headline_roles`: 五大连池市城镇新增就业1620人 over 2025年，五大连池市城镇新增就业1620人… is of 2025, not of the
    document's date); then the rows held meanwhile written, in order. None: no subheading waits any more."""
    if sub is None:
        return None
    times: dict[tuple, set[str]] = {}
    for c in sub.body:
        if c.period:
            times.setdefault((c.q.value, c.q.value_high, c.unit, c.q.measure), set()).add(c.period)
    for c, row in sub.waiting:
        body = times.get((c.q.value, c.q.value_high, c.unit, c.q.measure), ())
        if len(body) == 1:
            c.period = row["period"] = next(iter(body))
            c.period_why = "the time of the figure that the paragraph under its subheading restates"
    for row in sub.rows:
        sink.add("figures", row)
    return None


def _aside_times(waiting: list[tuple[Candidate, dict[str, Any]]], held: list[dict[str, Any]],
                 rows: list[tuple[Candidate, bool, dict[str, Any]]]) -> list[dict[str, Any]]:
    """The rows of the article before (`held`), its figures of another item's headline set aside in it (`waiting`:
    a row of two items' headlines printed side by side, 全省城镇新增就业52.6万人 | 全省每千人口医疗机构床位达7.6张, the
    second item's body read next) given the time of the figure of the same value and unit that the body of the article
    after it (`rows`, its figures so far) restates, where those agree on one (截至2025年底…床位数7.6张): the headline
    the next item opens under names no time of its own, no more than one over its own body does."""
    if not waiting:
        return held
    times: dict[tuple, set[str]] = {}
    for c, title, _ in rows:
        if not title and c.period:
            times.setdefault((c.q.value, c.q.value_high, c.unit, c.q.measure), set()).add(c.period)
    for c, row in waiting:
        body = times.get((c.q.value, c.q.value_high, c.unit, c.q.measure), ())
        if len(body) == 1:
            c.period = row["period"] = next(iter(body))
            c.period_why = "the time of the figure of the next item's body that its headline, set aside, restates"
    return held


ROUNDED_ABOVE = 1.5  # 突破3万元 over 31200元: a floor a headline rounds the body's figure down to, within this ratio
ROUNDED_NEAR = 0.1  # 约3万元 over 31200元: a headline's round figure within this share of the body's


def _rounded_in_body(c: Candidate, rows: list[tuple[Candidate, bool, dict[str, Any]]]) -> set[str]:
    """The times of the body's figures that a headline's round figure restates (headline: income passes
    30,000 yuan; body: in 2024 it reached 31,200 yuan): of its metric, unit and measure, above a floor
    it writes (突破, 超过) by less than ROUNDED_ABOVE times, or near a value it writes as approximate; a
    headline's level restates a result, not the goal the body sets beside it (力争今年接待游客1350万人次)."""
    v = c.q.value
    if v is None or v <= 0 or c.q.value_high is not None or not c.metric or c.qualifier not in ("lower_bound", "approx"):
        return set()
    out = set()
    for b, title, _ in rows:
        bv = b.q.value
        if title or not b.period or bv is None or (b.metric, b.unit, b.q.measure) != (c.metric, c.unit, c.q.measure):
            continue
        if b.role == "target" and c.role != "target":
            continue  # (接待游客超1200万人次 over 2025年…1286.5万人次 and 今年…力争…1350万人次: a level restates a result)
        if (c.qualifier == "lower_bound" and v <= bv < v * ROUNDED_ABOVE) or \
                (c.qualifier == "approx" and abs(bv - v) <= v * ROUNDED_NEAR):
            out.add(b.period)
    return out


def _row_label_area(gaz: Gazetteer, row: str, label_end: int) -> Area | None:
    """The one area a table row's label names as a whole (日喀则 of 日喀则 96.4 93.8), if it names one: the rows
    after it may name theirs by a short form that is a common word elsewhere (`_common_row_area`). Asked of the row
    up to its first cell's end (`row`), the label its first `label_end` characters: a county's short form is a place
    only before what it says (丰台 alone is no mention, 丰台 640 is 丰台区's)."""
    found = gaz.mentions(row) if label_end else []
    found = [m for m in found if m.start < label_end]
    if len(found) != 1 or found[0].start != 0 or found[0].end != label_end or len(found[0].areas) != 1:
        return None
    return found[0].areas[0]


def _column_area(gaz: Gazetteer, name: str, code: str | None) -> Area | None:
    """The area a table's column head names as a whole (潞州区 over its column in a table whose columns are places), read
    in the area its cell's figure takes otherwise (`code`, the article's: which of two divisions of one name); None where
    the head is no one place."""
    found = gaz.mentions(name)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(name) or found[0].levels:
        return None
    return gaz.resolve(found[0], gaz.by_code.get(code or ""))


def _common_row_within(gaz: Gazetteer, label: str, cands: list[Candidate]) -> Area | None:
    """The area a table row's or a chart bar's label names by a short form that is a common word alone (东城 of 东城 58
    3260 in a 北京 paper), where it is the short form of exactly one division inside the area the row's figures take
    otherwise (北京市, the article's): a province's or a prefecture's table of its parts. Asked only of a table under a
    place head (区, 县（市）) and of a chart's bars, whose labels are places (a row 新建 under 类别 is no 新建区). A label
    naming no division inside that area stays no place (朝阳 in a 上海 paper)."""
    text = label.strip()
    area = gaz.by_code.get(cands[0].place_code or "") if cands and text else None
    if area is None or area.level not in ("province", "prefecture") or gaz.mentions(text):
        return None
    areas = [a for a in gaz.common_short.get(text, ()) if a != area and a.within(area)]
    return areas[0] if len(areas) == 1 else None


def _common_row_area(gaz: Gazetteer, label: str, above: Area | None) -> Area | None:
    """The area a table row's label names by a short form that is a common word alone (山南 of 山南 31.2 94.1), where
    the row above was labelled by a place (日喀则): a column of places of one level, so the label is the one division
    of that level and province it is the short form of. A label no row of places stands over stays no place, as such
    a word does in a sentence (山南水北)."""
    text = label.strip()
    if above is None or not text or gaz.mentions(text):
        return None
    areas = [a for a in gaz.common_short.get(text, ())
             if a.level == above.level and a.code[:2] == above.code[:2] and a != above]
    return areas[0] if len(areas) == 1 else None


def _monthly_period(cell: Cell, period: str, why: str) -> str:
    """The time of a monthly report's column (本月, 本年累计, 上年同期 beside it: `Cell.within`) in the text's time for
    its table (`period`, given for `why`): its last month, or the year up to it, a year back for the base; "" where the
    text gives no month, only the publishing date does, or its year is not the caption's (then as any column)."""
    if cell.within == CURRENT:
        # (本年 上年 增减 under no caption's year: the year of the day it was published on, the year before it, the
        # change over it; under a text's time the column is as any other)
        if why != DATE_DEFAULT or not period[:4].isdigit():
            return ""
        own = period[:4]
        return year_before(own) if cell.base else own
    if not cell.within or why == DATE_DEFAULT:
        return ""
    own = within(period, cell.within)
    year = str(int(cell.year) + 1) if cell.base and cell.year[:4].isdigit() else cell.year
    if not own or year and own[:4] != year:
        return ""
    return year_before(own) if cell.base else own


def _once(ask: Callable[[], bool]) -> Callable[[], bool]:
    """The answer of a question asked of one sentence, kept after its first asking: the place and period
    stage asks whether the sentence opens a line up to six times (`Situator.sentence`), the answer the same."""
    kept: list[bool] = []

    def answer() -> bool:
        if not kept:
            kept.append(ask())
        return kept[0]
    return answer


def _opens_line(source: str, sent: Sentence) -> bool:
    """Does the sentence open a line of the source? The layout repair may join a report's paragraphs,
    each a line of its own, into one; the line's lead (民生实事全面完成。) still opens a part of it."""
    text = sent.text.lstrip()
    if not text:
        return False
    lead = sent.start + len(sent.text) - len(text)
    if not source:
        # a large file streamed through (its text never held whole): the paragraph's map of source offsets tells
        # instead, a gap before the lead where the repair dropped the line's end (or the spaces before it)
        i, offsets = lead - sent.paragraph.start, sent.paragraph.offsets
        return i <= 0 or i >= len(offsets) or offsets[i] - offsets[i - 1] > 1
    # (the source offset of the lead itself: `src_span(lead, lead + 1)`'s start, one look-up instead of two; the
    # line's start found in place instead of in a copy of the 200 characters before it)
    b = sent.paragraph.offsets[lead - sent.paragraph.start]
    lo = max(0, b - 200)
    cut = source.rfind("\n", lo, b)
    return not source[cut + 1 if cut >= 0 else lo:b].strip()


def _whole_lines(sent: Sentence, cands: list[Candidate]) -> tuple[tuple[int, int], ...]:
    """[start, end) of the source lines inside the sentence that end right after one of its figures and
    hold no mark, with the text running on across both their ends: a line ending on a figure whose
    sentence goes on in the next line, with no mark between (…560名 / 27枚), after a line that broke
    off mid-sentence or at the sentence's own start. Such a line may be an item the page glued in;
    the place stage tells by its first words."""
    if not cands:
        return ()  # most sentences: no figure, so no line ends on one
    text, par = sent.text, sent.paragraph
    base = sent.start - par.start
    n = len(text)
    out: list[tuple[int, int]] = []

    def broken(k: int) -> bool:  # a line break dropped right before text[k]
        i = base + k
        if i == 0:
            return True
        if not 0 < i < par.offsets.size:
            return False
        a, b = par.offsets.pair(i)
        return b - a > 1

    numbers: set[int] | None = None  # a figure's own 8.3% holds no mark; built once a line ends on a figure

    def mark(k: int) -> bool:
        nonlocal numbers
        if numbers is None:
            numbers = {k for c in cands for k in range(c.q.start, c.q.end)}
        return k not in numbers and _is_mark(text[k])

    for c in cands:
        e = c.q.end
        if c.excluded_by or e >= n or not broken(e) or (mark(e) and not _opens_quote(text[e])):
            # the line break first: most figures have none (歙县…增长12.6% / “我们将力争…”: a quotation opening
            # the next line runs the text on as much as a word does)
            continue
        b = e - 1
        while b > 0 and not broken(b) and not mark(b):
            b -= 1
        if mark(b) or not broken(b) or e - b < MIN_GLUED_LINE or (b > 0 and mark(b - 1)):
            continue
        if not out or out[-1] != (b, e):
            out.append((b, e))
    return tuple(out)


def _headline_lines(source: str, sent: Sentence, cands: list[Candidate]) -> tuple[tuple[int, int], ...]:
    """[start, end) of the source lines inside the sentence, the text running on across both their ends, that
    hold no figure and no mark but quotes and are much shorter than the line before them: the headline of
    another item that the page set into the middle of a paragraph (…物资折 / 船山区多措并举保障农民工返岗 /
    价5400万元…). A line of running text mid-paragraph is as long as the one before it. The place stage
    keeps such a line's place, where it opens with one, from the sentence around it."""
    if not cands or "\n" not in source:
        return ()
    text, par = sent.text, sent.paragraph
    base, offs, n = sent.start - par.start, par.offsets, len(text)

    size = offs.size

    def src_at(k: int) -> int:  # the source offset of the paragraph's character k
        return offs[k] if k < size else offs[size - 1] + 1

    def breaks_before(k: int) -> bool:  # a source line break right before the paragraph's character k
        if not 0 < k < size:
            return False
        a, b = offs.pair(k)  # (src_at(k - 1), src_at(k)), in one search
        return "\n" in source[a + 1:b]

    # (a break lies between two runs of the map: only their starts are asked, not every character)
    starts = [k for k in offs.jumps(base + 1, base + n) if breaks_before(k)]
    if len(starts) < 2:
        return ()
    figures = [(c.q.start, c.q.end) for c in cands if not c.excluded_by]
    out: list[tuple[int, int]] = []
    for i, (b, e) in enumerate(zip(starts, starts[1:], strict=False)):
        lo, hi = b - base, e - base
        if hi - lo < MIN_GLUED_LINE or _MARK_NOT_QUOTE.search(text, lo, hi) is not None \
                or any(lo <= s < hi for s, _ in figures):
            continue
        # (the line before starts at the break before: within the sentence the one listed before this one)
        prev = starts[i - 1] if i else next((k for k in reversed(offs.jumps(1, b)) if breaks_before(k)), 0)
        if prev <= 0 and not source[max(0, src_at(0) - 1):src_at(0)].endswith("\n"):
            continue  # the line before opens no line of the page: its width is unknown
        if (hi - lo) * HEADLINE_SHARE <= b - prev:
            out.append((lo, hi))
    return tuple(out)


def _opens_quote(ch: str) -> bool:
    return unicodedata.category(ch) == "Pi"


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith(("P", "Z"))


def _rule_bits(required: list[frozenset[str] | None]) -> tuple[int, dict[str, int]]:
    """(the rules needing no character, each character's rules needing it), as bit masks (bit k: rule k)."""
    always, bits = 0, {}
    for k, chars in enumerate(required):
        if chars is None:
            always |= 1 << k
        for ch in chars or ():
            bits[ch] = bits.get(ch, 0) | 1 << k
    return always, bits


_PAIR_GATES: dict[str, re.Pattern[str]] = {}


def _pair_gate(source: str) -> re.Pattern[str]:
    """An exclusion's pair gate (`precheck.pair_gate`) compiled, once a process; one of several branches as their tree
    (`precheck.runs_tree`: the branches that open alike share those classes, a branch another opens with stands for
    both, the first classes behind one look-ahead).

    Why: a gate is asked only whether the text holds a match somewhere, and the tree holds one exactly where one
    of the branches does; `re` tries the branches one by one at every place their first classes allow. The idioms'
    gate (exclusions.yaml idiom_numbers, some 70 idioms) cost ~9 us a news sentence holding one of their numerals,
    ~1 us as a tree (replayed over the 1 MB corpus: 8.9 -> 1.0 ms). A gate of one run is compiled as it is: the
    look-ahead in front would only hide its first class from `re`'s scan."""
    found = _PAIR_GATES[source] = compiled_re(runs_tree([source]) if "|" in source else source)
    return found


def _words_gate(rule: ExclusionRule) -> str | None:
    """The gate of an exclusion's `sentence_requires`: one of its words somewhere in the sentence, as a `re`
    alternation's source (searched where a pair gate would be), None for a rule without them.

    Why: a rule whose branches read their offer's word behind the match (a lookbehind) must keep a common
    character in `requires`, the only one such a match holds (元 of a sum), so the rule was on for every sentence
    with a sum and its `regex` search, ~20-200 µs, found nothing in nearly all of them; its words' `re` search
    costs ~1-2 µs. Rows are the same: a sentence holding none of the words holds no match (tests/test_speed52.py
    holds every shipped list to that over the shipped and gold texts)."""
    words = sorted(set(rule.sentence_requires), key=lambda w: (-len(w), w))
    if not words or "" in words:
        return None
    return "|".join(re.escape(w) for w in words)


def _first_gate(rule: ExclusionRule, more: Needs) -> str | None:
    """The source of a `re` pattern of the strings every match of an exclusion's pattern opens with
    (`precheck.openings`: 民国, 光绪, 万历 of the era names before a year's numeral) or, where they are not known, the
    class of its first characters (`precheck.first_chars`); None where neither is known or the class tells no
    more than `requires` and `more` (a text holding one of those holds one of its characters).

    Why: such a pattern's characters are too many for `needs` (whose sets of more than `MOST_CHARS` cost more
    `in` tests than they save), no two of them a run `pair_gate` reads, and its `requires` (年) is in most
    sentences of a bulletin: the `regex` search ran on them all and found nothing. A `re` search tells first.
    Rows are the same: a text holding none of the strings holds no match."""
    pattern, flags = rule.pattern.pattern, rule.pattern.flags
    opens = openings(pattern, flags)
    if opens and all(len(o) == 2 for o in opens):
        return "|".join(re.escape(o) for o in sorted(opens))
    chars = first_chars(pattern, flags)
    if not chars or any(have <= chars for have in (frozenset(rule.requires), *more) if have):
        return None
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def _more_needs(rule: ExclusionRule) -> Needs:
    """The characters an exclusion's pattern needs (`stats.rules.precheck`) that its `requires`
    does not already tell: a set holding every character of `requires` adds nothing."""
    have = frozenset(rule.requires)
    return tuple(s for s in needs(rule.pattern.pattern, rule.pattern.flags) if not (have and have <= s))


def _lone_sentence(text: str) -> Sentence:
    """A sentence standing alone, for `candidates` called without its article."""
    offsets = OffsetMap()
    offsets.add(0, len(text) + 1)
    return Sentence(sentence_id="", text=text, start=0, end=len(text),
                    paragraph=Paragraph(start=0, text=text, offsets=offsets, opened_at=0))


def _box_values(box: tuple[int, float, float, float, float] | None) -> tuple[Any, ...]:
    """src_page and the quote's box on it (a PDF source), in the order of `_BOX_NAMES`; all null for text."""
    if box is None:
        return _NO_BOX
    if len(box) != len(_BOX_NAMES):
        raise ValueError(f"a box is {len(_BOX_NAMES)} values, not {len(box)}: {box!r}")
    return tuple(box)


_BOX_NAMES = ("src_page", "src_x0", "src_y0", "src_x1", "src_y1")
_NO_BOX: tuple[None, ...] = (None,) * len(_BOX_NAMES)
# the columns of the figures and sentences tables in the order `extract_into` writes their values
# (`RowSink.add_values`); tests/test_startup.py holds them to the schema's order
_FIGURE_COLUMNS = ("figure_id", "doc_id", "article_id", "sentence_id", "metric", "topic", "value", "value_high",
                   "unit", "measure", "qualifier", "role", "period", "place", "place_code", "place_level",
                   "subject", "quote", "sentence", "start", "end", "src_start", "src_end", "rule_id", *_BOX_NAMES)
_SENTENCE_COLUMNS = ("sentence_id", "article_id", "doc_id", "text", "start", "end")


def _timeout_error(rule_id: str, timeout: float, sentence_id: str, sentence: str) -> dict[str, str]:
    shown = sentence if len(sentence) <= 80 else sentence[:80] + "…"
    return {"stage": "rules", "message": (
        f"rule '{rule_id}' timed out after {timeout:g} s on sentence {sentence_id} «{shown}»; the rule was skipped "
        "in that sentence, the rest was extracted (simplify the pattern: nested or overlapping repeats such as "
        "(a|aa)+ backtrack without end)")}


NOTE_REACH = 40  # the most sentences between a table's head and the note under it (its rows, a page's foot and head)


def _note_under(sents: list[Sentence], at: int, tables: TableReader, ends: str) -> str:
    """The note under the table whose head is sents[at] (注：…: tables.yaml table_notes), the first sentence after the
    head that opens as one; "" where a sentence of the text (ending on its mark) or another table's caption comes
    first: the note is then no note of this table."""
    for s in sents[at + 1:at + 1 + NOTE_REACH]:
        if tables.note_line(s.text):
            return s.text
        if s.text[-1:] in ends or tables.caption_line(s.text):
            return ""
    return ""


def _with_next(items: Iterable[Sentence]) -> Iterator[tuple[Sentence, Sentence | None]]:
    """Each sentence with the one after it (None at the end): a quotation's speaker is named after it
    (“…。”市人社局负责人说), and the quotation is the speaker's."""
    it = iter(items)
    cur = next(it, None)
    while cur is not None:
        nxt = next(it, None)
        yield cur, nxt
        cur = nxt
