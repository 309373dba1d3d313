"""The context stage: what carries over from one clause or sentence to the next.

A figure's own clause often does not say what it counts. Reports write the subject
once and let the figures after it lean on it:

- a change right after a level (企业用工48万人，比上年同期增加1.1万人，增长2.4%);
- the share of a target done (城镇新增就业8.2万人，完成年度目标的41%);
- parts of a whole (床位900张，其中东院区600张、西院区300张), also across a sentence
  (新增贷款4.5亿元。其中，…);
- one verb for a list (分别提高2.1个、0.7个百分点);
- a goal passage whose list runs on past its sentence (主要预期目标是：…。…。).

`ArticleContext` is fed an article sentence by sentence, in the order the pipeline
reads it, and decides these carry-overs; the classifier and the metric rules see one
clause at a time and stay free of cross-sentence state. Each figure leaves with a
`subject` (the words naming what it counts, as written) and the reason it was chosen.
Place and period carry over through the same object: `carry_place` and `carry_period`
are the hooks their resolvers use (stats/context/place.py, period.py).

All words come from rules/lexicon (context.yaml, roles.yaml).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import regex

from stats.classify.roles import Classified, Classifier, Context
from stats.repair.layout import Paragraph
from stats.rules.lexicon import Lexicon
from stats.rules.precheck import first_chars
from stats.rules.prepared import compiled_re, compiled_regex
from stats.rules.rulefile import MetricRule
from stats.split.segment import Sentence, is_headline

if TYPE_CHECKING:
    from stats.find.quantities import QuantityFinder


PART = "a part of the figure before"
TOTAL = "the total the figure before adds to"
DONE = "what was done of the plan before it"
GROWTH = "the growth of the figure before, in a rule of its metric"
ITEM = "the next item of a list"
RESTATED = "the headline's figure it restates"
SHORTENED = "a change of the figure before, its subject shortened"
_DIGITS = compiled_regex(r"^\d+")  # what is left of a number before the subject
_EDGE = compiled_regex(r"^[\s\p{P}]+|[\s\p{P}]+$")  # marks and spaces at either end of a subject
_EDGE_CHAR = compiled_regex(r"[\s\p{P}]")
# a note in brackets right before the number (学校 (incl. kindergartens) 186所): the subject is the words before it
_TRAILING_NOTE = compiled_regex(r"\p{Ps}[^\p{Ps}\p{Pe}]*\p{Pe}\s*$")
_VERB = compiled_regex(r"^\p{Han}{2,4}$")  # a verb repeated after a done_repeat word (实际开发)
TRIM_CACHE = 20_000  # clause heads trimmed (`ArticleContext._trim`) kept per lexicon
_EDGE_SEEN: dict[str, bool] = {}  # character → is it a mark or a space (`_edge`, asked once per character)


def _is_edge(ch: str) -> bool:
    got = _EDGE_SEEN.get(ch)
    if got is None:
        got = _EDGE_SEEN[ch] = _EDGE_CHAR.match(ch) is not None
    return got


def _edge(s: str) -> str:
    """`_EDGE.sub("", s)`: the marks and spaces at either end dropped, read from the ends only."""
    i, j = 0, len(s)
    while i < j and _is_edge(s[i]):
        i += 1
    while j > i and _is_edge(s[j - 1]):
        j -= 1
    return s[i:j]


class Figure(Classified, Protocol):
    """What the context stage reads and writes on a decided quantity (pipeline.Candidate)."""

    rule_id: str
    metric: str
    topic: str
    subject: str
    subject_why: str
    follows: str
    place: str
    period: str


@dataclass
class Carried:
    """The figure whose subject the next clauses may lean on."""

    figure: Figure
    rule: MetricRule
    paragraph: Paragraph | None
    sentence: str  # the text of its sentence: offsets compare only within one sentence
    # the unit of the figure a change with no subject of its own measures (失业率为2.38%，比一季度末下降
    # 0.12个百分点): a bound after the change (控制在3.5%以内) holds that figure, of that unit
    measured_unit: str = ""
    # taken as a part of a whole before it (其中天津生源毕业生7350人): the next item named as it is is a part too
    part: bool = False
    # the level a change with no subject of its own measures (户籍人口111.6万人，比上年末增加0.4万人): a part 其中 lists
    # after the change is a part of that level, no larger than it
    level: Figure | None = None


def _names_whole(rule: MetricRule, subject: str) -> bool:
    """Does the amount's subject name the whole a rule that lends nothing is of (one of its cues, and of its
    `requires` if any)? 其中，城镇零售额…亿元，增长4.9%: the amount of a part shares the whole's metric, but its growth
    is no growth of the whole."""
    return any(c in subject for c in rule.cues) and (not rule.requires or any(w in subject for w in rule.requires))


@functools.cache
def _compiled(pattern: str) -> regex.Pattern[str]:
    """A pattern the context of every article asks for, compiled once per process: a hit in the regex
    module's own cache still runs its Python `_compile` (the cache key, the locale look-up), which a
    page of many short items (145 articles in bench/corpus.py's news) paid at each article."""
    return compiled_regex(pattern)


_PATTERNS: dict[int, tuple[Lexicon, tuple]] = {}


def _subject_patterns(lex: Lexicon) -> tuple:
    """The subject patterns of a lexicon, compiled once (a context is made for every article)."""
    hit = _PATTERNS.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    carry = lex.carry
    part_of = compiled_regex("|".join(map(regex.escape, carry.part_of))) if carry.part_of else None
    lead = tuple(w for w in carry.subject_lead if w)  # in order: the first that heads the words goes
    # punctuation ends a subject, except the marks that link list items (A、B分别…)
    links = "".join(regex.escape(w) for w in lex.list_links if len(w) == 1)
    marks = compiled_regex(rf"[^\P{{P}}{links}]" if links else r"\p{P}", regex.REVERSE)  # searched from the end
    # longest first: the first that ends the words is the one a right-anchored alternation takes
    trail = tuple(w for w in sorted({*carry.subject_trail, *lex.change_verbs}, key=len, reverse=True) if w)
    found = (part_of, _Affixes(lead, first_listed=True), marks, _Affixes(trail, first_listed=False), {})
    _PATTERNS[id(lex)] = (lex, found)
    return found


_CHANGES: dict[int, tuple[dict[str, MetricRule], dict[str, list[MetricRule]]]] = {}


def _changes_by_metric(rules_by_id: dict[str, MetricRule]) -> dict[str, list[MetricRule]]:
    """Per metric, its rules of changes that have cues, built once per rule set: a context is made for every
    article (a news page holds dozens) and this was a walk over every metric rule each time."""
    hit = _CHANGES.get(id(rules_by_id))
    if hit is not None and hit[0] is rules_by_id:
        return hit[1]
    changes: dict[str, list[MetricRule]] = {}
    for r in rules_by_id.values():
        if "change" in r.roles and r.cues:
            changes.setdefault(r.metric, []).append(r)
    _CHANGES[id(rules_by_id)] = (rules_by_id, changes)
    return changes


_HEADING_CHECKS: dict[int, tuple[Lexicon, tuple]] = {}


def _heading_checks(lex: Lexicon) -> tuple:
    """What `ListScope` tells a heading by, from the lexicon, once per lexicon (a `ListScope` is made for every
    article: its patterns were compiled and read again each time): a table's caption (表1 …, no heading); the
    heading levels numbered in brackets (the first level that opens on one), each with the characters it opens
    with; a line ending in a bare number or one a qualifier follows (6左右: tables.yaml cell_qualifiers), a table's
    row read as a line; the clause marks short of one that completes a line (a comma: 根据工作需要，…招聘…25名，: a
    sentence a column broke off, no heading)."""
    hit = _HEADING_CHECKS.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    caption = lex.tables.get("caption") if lex.tables else None
    tails = sorted(lex.tables.get("cell_qualifiers", []) if lex.tables else [], key=len, reverse=True)
    # a sentence's text may run on after a bracketed level; a plan's chapters (第三章) and the report's 一、 rank above
    levels = lex.target_section_levels
    bracketed = next(([p] for p in levels if p.pattern.startswith("^[") and "(" in p.pattern[2:4]), [])
    found = (_compiled(str(caption)) if caption else None, bracketed, tuple((p, _opening(p)) for p in bracketed),
             _compiled(r"\d(?:{})?$".format("|".join(map(regex.escape, tails))) if tails else r"\d$"),
             frozenset(lex.clause_end) - frozenset(lex.line_complete))
    _HEADING_CHECKS[id(lex)] = (lex, found)
    return found


class _Affixes:
    """Words to strip from one end of a subject, and which of them a text starts (or ends) with.

    One look-up per length of the words (a handful) instead of a test per word (about eighty):
    of several that fit, the first listed (`first_listed`, the lead words' order in the rule
    file) or the longest (the trailing words)."""

    def __init__(self, words: tuple[str, ...], first_listed: bool) -> None:
        self.words = words
        self.rank: dict[str, int] = {}
        for i, w in enumerate(words):
            self.rank.setdefault(w, i)
        self.lengths = sorted({len(w) for w in words}, reverse=not first_listed)
        self.first_listed = first_listed

    def __bool__(self) -> bool:
        return bool(self.words)

    def head(self, s: str) -> str:
        """The word s starts with ('' for none)."""
        if not s.startswith(self.words):
            return ""
        rank = self.rank
        best = min((rank[s[:n]], s[:n]) for n in self.lengths if s[:n] in rank)
        return best[1]

    def tail(self, s: str) -> str:
        """The longest word s ends with ('' for none)."""
        if not s.endswith(self.words):
            return ""
        rank = self.rank
        return next(s[-n:] for n in self.lengths if s[-n:] in rank)


class ArticleContext:
    """Cross-clause state of one article: open target list, the last named subject, place and period.

    Per sentence the pipeline calls, in order: `list_cue` (before the roles), `share_roles`
    (after the roles), `carry_subjects` (after the metric rules) and `close` (after the
    sentence). One object per article: nothing carries into the next article.
    """

    def __init__(self, classifier: Classifier, finder: QuantityFinder, rules_by_id: dict[str, MetricRule],
                 named_in_full: Callable[[str], str] | None = None) -> None:
        self.classifier = classifier
        # the clause with the place it opens on written out in full (天津为 → 天津市为), '' where it opens on none (the
        # gazetteer's, `Gazetteer.named_in_full`): a list's next item named by its short form is an item still
        self._in_full = named_in_full
        self.finder = finder
        self.lex: Lexicon = classifier.lex
        # rates, points and multiples (units.yaml kinds rate, point, multiple): a change in one of these after a level
        # of a rule that covers no changes is a growth of something else as often as a change of the level
        # (占一般公共预算支出的21.3%，同比增长6.8%: the spending grew)
        self._rates = self.lex.rated_units
        self.rules_by_id = rules_by_id
        # per metric, its rules of changes (percent.growth_of_business_revenue for money.business_revenue): a bare
        # growth rate after an amount whose own rule covers no changes takes the rule of its metric that fits it
        # (the same for every article of a rule set: built once, `_changes_by_metric`; read, never changed)
        self._changes_of: dict[str, list[MetricRule]] = _changes_by_metric(rules_by_id)
        self.lists = ListScope(classifier)
        self.last: Carried | None = None  # the last named figure of the paragraph so far
        # the unit of a growth rate stated right after `self.last` (which it leaves the last figure): a 其中 list of
        # rates after it (分别增长2.1%、3.4%) lists the growths of parts of that figure, no parts of an older whole
        self._grown_unit = ""
        # the headline's last figure where this paragraph is its deck (副题: a headline line right under the headline
        # line): a deck naming nothing of its own (完成年度目标任务的112.4%) is the share done of that figure
        self._deck: Carried | None = None
        # per unit, the last figure a rule with cues named that was no part of another, in this paragraph and in the
        # one before: a paragraph that opens its breakdown with 其中 (分地区看，…。其中，兰州市4.32万人、天水市1.86万人)
        # lists parts of the whole the paragraph before gave (全省城镇新增就业17.6万人), though figures of other units
        # stood between
        self._wholes: dict[str, Carried] = {}
        self._wholes_before: dict[str, Carried] = {}
        # the figures of the article's headline lines that a rule with cues named, by (value, unit, measure): a body
        # figure that names nothing counted and restates one (headline 门源县新增城镇就业1860人; body 今年前三季度，该县
        # 已完成1860人) counts what the headline's counts
        self._headlined: dict[tuple, Carried] = {}
        # per sentence text of the article, its quantities found ahead of the sentence loop, with the exclusion spans
        # found for them (None where none were asked for) and the ids of the exclusion rules that timed out then
        # (`Extractor.find_ahead`): one stage run over all the sentences of an article costs less than the same calls
        # made sentence by sentence between the other stages (speed229, speed235); taken once by `Extractor.candidates`
        self.found_ahead: dict[str, tuple[list, list | None, list[str]]] = {}
        # Hooks for place and period resolution (stats/context/place.py, period.py): the value
        # in force after the last figure, carried to a figure whose clause names none.
        self.place = ""
        self.period = ""
        self._part_of, self._lead, self._last_mark, self._trail, self._trimmed = _subject_patterns(self.lex)
        # the words `_part_of` alternates (其中), plain: a match at a position is a `startswith` of one of them, in C
        self._part_words = tuple(self.lex.carry.part_of)
        self._part_view = self.lex.carry.part_view  # a sentence opening on a view over parts lists them as 其中 does
        # whether the sentence in hand opens on a place and the verb of the count before it, in its paragraph
        # (context.yaml part_row: 全地区新增城镇就业860人。噶尔县新增320人): a part of that count (`_opens_part`)
        self._row_opens = False
        # whether the sentence in hand opens on a view over parts, then a place and at most a verb right before its
        # first figure, which no rule names by a cue of its own (context.yaml part_view: 分设区市看，南宁市8.9万人): parts
        # of the figure before (`_opens_part`); 分市看，甲市城镇新增就业15.7万人，乙市新增4.1万人 is a list of its own kind
        self._view_parts = False
        self._quiet: tuple[Paragraph, str] | None = None  # the sentence before, if it held no figure (`close`)
        self._leaned = False  # a figure of this sentence read `_quiet` (`named_before`)
        # (the lead-in's words, the unit of its figures) of a list of places whose rows the sentence before ended on
        # (各县区新增床位情况：甲区260张。): a row set a sentence of its own after it (乙县180张。) reads them; the
        # pipeline sets `rows_next` for the next sentence, `close` hands it on, a sentence that sets none ends the list
        self.rows: tuple[str, str] | None = None
        self.rows_next: tuple[str, str] | None = None

    # -- target lists -----------------------------------------------------------------

    @property
    def past_year(self) -> int:
        """The document's year (0 if unknown): a year before it names the past."""
        year = self.lists.published.split("-")[0]
        return int(year) if year.isdigit() else 0

    def list_cue(self, sent: Sentence) -> str:
        """The cue of a target list an earlier sentence opened, in force for this one."""
        return self.lists.cue(sent)

    def list_span(self) -> tuple[int, int]:
        """Where in the sentence `list_cue` last asked of the cue takes hold, and where it stops (-1: at its end): all
        of it, or the clauses after those of the past it opens with (去年…，今年力争…) up to one of the past again."""
        return self.lists.resume_at, self.lists.resume_end

    def share_roles(self, text: str, cands: list[Figure]) -> None:
        """分别提高2.1个、0.7个百分点: a verb written once governs the whole list after it."""
        live = [c for c in cands if not c.excluded_by]
        for prev, cur in zip(live, live[1:], strict=False):
            if prev.role == "change" and cur.role == "level" and self.finder.linked(text, prev.q.end, cur.q.start):
                cur.role, cur.role_cue, cur.changed = "change", prev.role_cue, True

    # -- subjects ---------------------------------------------------------------------

    def carry_subjects(self, sent: Sentence, named: list[tuple[Figure, Context]]) -> None:
        """Give every named figure of the sentence its subject, carried over where its clause names none.

        named: (figure, clause context) of the figures a rule named, in sentence order."""
        text = sent.text
        if self.last is not None and self.last.paragraph is not sent.paragraph:
            self._deck = self.last if self._under_headline(sent, self.last) else None
            self.last = None  # a new paragraph starts afresh
            self._grown_unit = ""
            self._wholes_before, self._wholes = self._wholes, {}
        # a sentence opening with 其中 lists parts of the figure before it: each part leans on that figure
        self._row_opens = self.last is not None and bool(named) and self._heads_row(text, *named[0])
        view = self._part_view.match(text) if self._part_view is not None and named else None
        self._view_parts = view is not None and view.end() == named[0][0].q.start and \
            not self.rules_by_id[named[0][0].rule_id].cues
        opens_part = self._opens_part(text)
        parent = self.last if opens_part else None
        grown = self._grown_unit if opens_part else ""  # (the growth's unit after that figure, if any)
        head: Carried | None = None  # the figure of this sentence a 其中 list inside it is of
        cued: Carried | None = None  # the last figure of this sentence that a rule with cues named
        line = text.strip()
        headline = line == sent.paragraph.text.strip() and is_headline(line, self.lex)
        for i, (cur, ctx) in enumerate(named):
            rule = self.rules_by_id[cur.rule_id]
            paired = self._respective(text, cur, ctx, i, named)
            lent = self.rules_by_id[paired.rule_id] if paired is not None else rule
            grows = self._growth_of(cur, lent, paired.subject) \
                if paired is not None and lent.cues and not lent.covers_changes else None
            if paired is not None:
                # (its metric too where the level's rule covers its changes and names it better than its own: a rate
                # paired with a count of another unit too, as a bare growth right after the count is named by it:
                # 城镇新增就业2.1万人，农村劳动力转移就业18.6万人，分别增长5.2%和3.1%: 5.2% the new jobs', not the transfers;
                # a share done of a respective list too, 分别完成年度目标的108.7%和107.5%, as after its count alone)
                if lent.cues and lent.covers_changes and \
                        (not lent.units or cur.q.unit in lent.units or cur.q.unit != paired.q.unit) \
                        and not (rule.cues and rule.priority >= lent.priority):
                    cur.rule_id, cur.metric, cur.topic = lent.id, lent.metric, lent.topic
                elif grows is not None and not (rule.cues and rule.priority >= grows.priority):
                    # 接待游客830万人次，旅游总收入82.4亿元，分别增长15.3%和17.8%: each rate is its level's growth,
                    # named by the rule of the level's metric that takes rates, as a bare growth after it is
                    lent = grows
                    cur.rule_id, cur.metric, cur.topic = lent.id, lent.metric, lent.topic
                elif lent.cues and cur.q.unit == paired.q.unit and cur.q.unit not in self._rates and \
                        cur.q.measure == paired.q.measure and (not lent.units or cur.q.unit in lent.units) and \
                        not (rule.cues and rule.priority >= lent.priority):
                    # 参保人数分别为10.68亿人、2.46亿人，同比分别增加1680万人、820万人: a change in its level's own measure
                    # counts what the level counts, as one right after its level does
                    cur.rule_id, cur.metric, cur.topic = lent.id, lent.metric, lent.topic
                else:
                    lent = rule
                if lent is not rule and lent.unit and cur.q.measure == paired.q.measure and \
                        (not lent.measures or cur.q.measure in lent.measures):
                    # (每千人口医师3.11人，每千人口护士3.74人，比上年分别增加0.12人和0.16人: per thousand people too)
                    cur.unit = lent.unit
                cur.follows, cur.subject = paired.q.quote, paired.subject
                cur.subject_why = f"the change a respective list pairs with «{paired.q.quote}»: carried from it"
                self.last = Carried(cur, lent, sent.paragraph, text, paired.q.unit)
                if lent.cues:
                    cued = self.last
                continue
            before = parent or self.last or self._deck
            how = ""
            if parent is not None and self.last is not None and self.last is not parent and \
                    self.last.sentence is text:
                # 其中，甲、乙两市城镇新增就业分别为…，分别完成年度任务的27.3%和26.1%: a figure that leans on one
                # before it in its own sentence (a share done, the second of a pair, a change) is of that figure,
                # not a part of the whole the 其中 sentence opened on, though that whole is a percent too
                how = self._carry(text, cur, rule, ctx, self.last)
                if how == PART:
                    how = ""
                else:
                    before = self.last if how else before
            if not how:
                how = self._carry(text, cur, rule, ctx, before) if before is not None else ""
            if not how and before is not None and before is not cued and cued is not None and \
                    not before.rule.cues and before.figure.q.unit != cur.q.unit == cued.figure.q.unit:
                # 输送务工人员1260人，其中包车输送8批次、560人: a count of another kind no rule names (8批次) stands
                # between the part and the whole of its unit, which still names it
                how = self._carry(text, cur, rule, ctx, cued)
                if how != PART:  # (a list's next item, a change: only of the figure right before)
                    how = ""
                before = cued if how else before
            whole = self._wholes.get(cur.q.unit)
            if not how and before is not None and whole is not None and whole is not before and \
                    whole.sentence is text and before.sentence is text and before.figure.q.unit != cur.q.unit:
                # 数量最多的是制造业，共提供1520个，占36.2%；其次是商贸服务业，为980个: the next item of a list leans on the
                # last item of its unit in the sentence, past a share (of another unit) said of that item
                how = self._carry(text, cur, rule, ctx, whole)
                if how != ITEM:
                    how = ""
                before = whole if how else before
            if not how and cur.role == "change" and before is not None and whole is not None and \
                    whole is not before and whole.sentence is text and before.sentence is text and \
                    before.figure.role == "level" and before.figure.q.unit in self._rates and \
                    cur.q.unit not in self._rates and cur.q.measure == whole.figure.q.measure and \
                    whole.figure.role == "level" and whole.figure.q.end <= before.figure.q.start and \
                    whole.rule.lends and (not whole.rule.units or cur.q.unit in whole.rule.units) and \
                    self.classifier.bare_change(text, cur.q, ctx, before.figure.q.end):
                # 转移就业人数3.5万人，占劳动力总数的62%，比上年增加2000人: a change in the count's own measure after
                # a share (a rate) said of the count counts what the count counts, not the share
                before, how = whole, "a change with no subject of its own, past the share said of the figure before"
            if not how and parent is not None and self.last is not None and self.last is not parent:
                before = self.last  # items of one 其中 list are of one kind: the best-named sibling names them
                how = self._carry(text, cur, rule, ctx, before)
            if not how and head is not None and head is not before and \
                    self._in_part_list(text, ctx.clause_start, self._bare_part(text, cur, ctx, head)):
                # 其中：医院3.62万张（占83.2%），基层医疗卫生机构0.58万张: a share between two parts is no
                # kin of theirs; the figure the list is of names the next part
                how = self._carry(text, cur, rule, ctx, head)
                before = head if how else before
            if not how and opens_part and not rule.cues and (parent is None or parent.figure.q.unit != cur.q.unit) \
                    and grown != cur.q.unit:
                whole = self._wholes.get(cur.q.unit) or self._wholes_before.get(cur.q.unit)
                if whole is not None and whole is not before and self._carry(text, cur, rule, ctx, whole) == PART:
                    # 全省城镇新增就业17.6万人…下降0.3个百分点。分地区看，…。其中，兰州市4.32万人: a bare part, which
                    # no rule names (a part a rule names, 其中，银行贷款余额增长12亿元, keeps its own), leans on the
                    # last whole of its unit, past figures of other units and one paragraph break
                    before, how = whole, PART
            if not how and not headline and not rule.cues and cur.role != "change" and not opens_part:
                said = self._headlined.get((cur.q.value, cur.q.unit, cur.q.measure))
                if said is not None and said.paragraph is not sent.paragraph:
                    before, how = said, RESTATED
            if not how and cur.changed and rule.cues:
                whole = self._wholes.get(cur.q.unit)
                if whole is not None and self._shortened(text, cur, rule, ctx, whole):
                    # 发放稳岗返还资金2350万元，…，返还资金较去年增加410万元: the change of the amount, named again by
                    # the tail of its subject, counts what that amount counts, not what its tail's own cue names
                    before, how = whole, SHORTENED
            if how == PART and head is None and before is not None and before.sentence is text:
                head = before
            # the named figures before cur in its own clause, nearest first (分别增长8%和8.5%)
            same_clause = list(_same_clause(named, i))
            own, own_why = self._own_subject(text, rule, ctx, cur, same_clause)
            if before is not None and how:
                lent = before.rule
                if how == GROWTH:
                    lent = self._growth_rule(cur, before) or lent
                if how == TOTAL and lent.running_total in self.rules_by_id:
                    lent = self.rules_by_id[lent.running_total]  # 新增床位310张，累计达到1080张: all beds
                if how == DONE and lent.roles and "level" not in lent.roles and lent.done_as in self.rules_by_id:
                    lent = self.rules_by_id[lent.done_as]  # 计划新增床位300张，实际新增326张: beds added
                if how == TOTAL or (lent.unit and cur.q.measure == before.figure.q.measure
                                    and (not lent.measures or cur.q.measure in lent.measures)):
                    # 新增床位310张，累计达到1080张; 养老服务床位2046张，较上年底增加120张: the figure counts what the
                    # figure before counts, in its measure: beds, not things
                    cur.unit = lent.unit or cur.unit
                cur.rule_id, cur.metric, cur.topic = lent.id, lent.metric, lent.topic
                cur.follows = before.figure.q.quote
                # 其中，高校毕业生贷款2.2亿元 names its own kind (a cue word); 其中东院区600张 only a part
                named_kind = own and (_cue_of(rule, own) or _cue_of(before.rule, own))
                rule = lent
                if how == PART and named_kind:
                    cur.subject, cur.subject_why = own, f"{own_why}; {how}, metric carried from «{cur.follows}»"
                else:
                    cur.subject = before.figure.subject
                    cur.subject_why = f"{how}: carried from «{before.figure.q.quote}»"
            elif before is not None and before.sentence is text and self._names_nothing(text, cur, ctx, before):
                # 参保人数598万人，比上年增加15万人: the change counts what the figure before counts,
                # though that figure's rule does not cover its changes
                cur.subject = before.figure.subject
                cur.subject_why = f"no subject of its own: carried from «{before.figure.q.quote}»"
            else:
                cur.subject, cur.subject_why = own, own_why
            if how == GROWTH and before is not None:
                self._grown_unit = cur.q.unit
                # the amount stays the figure the next ones lean on: a share after the growth (增长5.6%，占地区
                # 生产总值的比重为55.0%) is no growth of the amount, nor a part of it
                continue
            measured, level = "", None
            if how and before is not None and cur.role == "change" and before.sentence is text:
                measured = before.measured_unit or before.figure.q.unit
                level = before.figure if before.figure.role == "level" else before.level
            self.last = Carried(cur, rule, sent.paragraph, text, measured, how == PART, level)
            self._grown_unit = ""
            if headline and rule.cues and rule.lends and how != PART and cur.role != "change":
                self._headlined.setdefault((cur.q.value, cur.q.unit, cur.q.measure), self.last)
            if rule.cues:
                cued = self.last
                if how != PART and cur.role != "change":
                    self._wholes[cur.q.unit] = self.last

    def _respective(self, text: str, cur: Figure, ctx: Context, i: int,
                    named: list[tuple[Figure, Context]]) -> Figure | None:
        """The level a change of a respective list pairs with (每千人口床位9.18张，每千人口执业（助理）医师4.13人，分别比上年
        增加0.31张和0.16人: 0.31张 the beds' change, 0.16人 the doctors'), else None: the clause opens with a respective
        word (context.yaml respective) and holds changes only, two at least, as many as the levels right before it in
        the sentence, of their units in their order."""
        words = self.lex.carry.respective
        if not words:
            return None
        clause = [j for j, (_, c) in enumerate(named) if c.clause_start == ctx.clause_start]
        if len(clause) < 2:
            return None
        opening = text[ctx.clause_start:named[clause[0]][0].q.start].strip()
        # (同比分别增长…: the base of the comparison may come first)
        base = next((w for w in self.lex.carry.respective_base if opening.startswith(w)), "")
        if not opening[len(base):].lstrip().startswith(words):
            return None
        if any(named[j][0].role != "change" for j in clause) and not self._shares_done(text, opening, clause, named):
            return None
        levels = [j for j in range(clause[0]) if named[j][0].role != "change"
                  and named[j][1].clause_start < ctx.clause_start][-len(clause):]
        # (接待游客830万人次，旅游总收入82.4亿元，分别增长15.3%和17.8%: growth rates in percent pair with levels of any
        # unit but a percent one, in their order, each the growth of its level)
        rates = all(named[j][0].q.unit == "percent" for j in clause) and \
            not any(named[j][0].q.unit in self._rates for j in levels)
        if len(levels) != len(clause) or any(k not in levels for k in range(levels[0], clause[0])) \
                or not rates and any(named[a][0].q.unit != named[b][0].q.unit
                                     for a, b in zip(levels, clause, strict=True)):
            return None
        return named[levels[clause.index(i)]][0]

    def _shares_done(self, text: str, opening: str, clause: list[int], named: list[tuple[Figure, Context]]) -> bool:
        """Is the clause a respective list of shares of targets done (分别完成年度目标的108.7%、107.5%和106.7%): levels in
        percent only, after a respective word and the words of a share done (context.yaml share_done)? Each share is of
        the count in its place in the list before, as a change of a respective list is."""
        share = self.lex.carry.share_done
        if share is None or any(named[j][0].role != "level" or named[j][0].q.unit != "percent" for j in clause):
            return False
        if any((r := self.rules_by_id.get(named[j][0].chosen)) is not None and r.cues for j in clause):
            return False  # (分别占全省的19.0%和18.1%: a share of the whole a rule's cue names keeps its own reading)
        words = next(w for w in self.lex.carry.respective if w in opening)
        return share.search(opening[opening.index(words) + len(words):]) is not None

    def _opens_part(self, text: str) -> bool:
        """Does the sentence list parts of the figure before it: it opens with 其中 (context.yaml part_of), or with a
        view over the parts of what was counted (part_view: 全区城镇新增就业45.6万人。分设区市看，南宁市8.9万人, where
        南宁市's count names nothing of its own and is a part of the region's, as after 其中), or with a row of places
        (part_row); the last two are judged once a sentence (`carry_subjects`: `_view_parts`, `_row_opens`)."""
        if self._part_of is None:
            return False
        return text.startswith(self._part_words) or self._row_opens or self._view_parts

    def _heads_row(self, text: str, first: Figure, ctx: Context) -> bool:
        """Does the sentence open on a row of a list of places: its first figure's clause is its first and holds
        nothing but a place and a verb of doing (context.yaml part_row: 噶尔县新增320人 after 全地区新增城镇就业860人)?
        What the row counts is what the count before it counted; a clause naming a kind of its own (某县新增贫困人口
        320人) is no row."""
        row = self.lex.carry.part_row
        return row is not None and not text[:ctx.clause_start].strip() and \
            row.search(text[ctx.clause_start:first.q.start].strip()) is not None

    def _carry(self, text: str, cur: Figure, rule: MetricRule, ctx: Context, before: Carried) -> str:
        """Why cur leans on the figure before it ('' where it names its own subject): only a part
        (其中…) leans on a figure of an earlier sentence."""
        prev = before.rule
        if not prev.cues or not prev.lends:
            # (固定资产投资增长8%，其中工业投资增长10%: a rule that lends nothing names the whole's own rate only)
            return ""
        # its own rule names it less well: a fallback, or a rule of lower priority (贷款 money, 创业担保贷款 jobs;
        # 其中高校毕业生就业2万人 under 城镇新增就业: the catch-all jobs.other)
        own = not rule.cues or rule.priority < prev.priority
        # (其中，甲县新增床位260张；乙县建成区域医疗次中心2个: a count after beds in 张 is no part of them, though the
        # rule of beds takes 个 too: where the whole's rule made its count a unit of its own, a part is in its measure)
        # (每千人口床位数5.62张；其中医院床位2018张: a count larger than the level 其中 follows, in its measure, is no part
        # of it; a sibling before it, 其中医院3.62万张，卫生院0.58万张, says nothing of the size, nor does a rate's
        # whole, 病床使用率76.2%，其中三级医院88.5%)
        # (…养老床位约31张，比去年提高3张。其中，某院床位由60张增加到100张: nor one larger than the level the change
        # 其中 follows measures; 户籍人口111.6万人，比上年末增加0.4万人。其中，藏族人口91.3万人 is a part of that level)
        whole = before.figure if before.figure.role == "level" else before.level
        larger = not before.part and whole is not None and cur.q.measure == whole.q.measure and \
            cur.q.unit not in self._rates and cur.q.value > whole.q.value and self._part_of is not None and (
                before.sentence is not text or self._part_of.search(text, before.figure.q.end, cur.q.start) is not None)
        if self._part_of is not None and own and not larger and (not prev.units or cur.q.unit in prev.units) and \
                (not prev.measures or cur.q.measure in prev.measures) and \
                (before.figure.unit == before.figure.q.unit or cur.q.measure == before.figure.q.measure) and (
                text.startswith(self._part_words, ctx.clause_start) or self._opens_part(text)
                # 床位4.35万张，其中：医院3.62万张，基层医疗卫生机构0.58万张: the list 其中 opens runs on past its
                # colon and commas, for a part no cue rule names (其中…培训1.86万人次，新增取得证书1.4万人 names its own),
                # or one the rule names that named the part before it, taken as a part (帮扶高校毕业生就业1.2万人，其中
                # 本地生源毕业生7350人，外地生源毕业生4650人: the second graduates' count is a part as the first is)
                or (before.sentence is text and (not rule.cues or (
                    before.part and cur.q.measure == before.figure.q.measure
                    and bool(_cue_of(rule, before.figure.subject)))) and
                    self._in_part_list(text, ctx.clause_start, self._bare_part(text, cur, ctx, before)))):
            return PART
        if before.sentence is not text:
            share = self.lex.carry.share_done_back or self.lex.carry.share_done
            if own and before is self._deck and cur.role != "change" and share is not None \
                    and share.search(text[ctx.clause_start:cur.q.start]):
                return "the share of a target done, under its headline"
            if own and cur.role != "change" and before.paragraph is not None and self._shared_back(text, ctx, cur):
                return "the share of a target done, of the places the sentence before counted"
            return ""
        item = self.lex.carry.list_item
        # (the unit of the figure a change before it measures counts too: 失业率5.1%，比全国同期低0.1个百分点；全国同期为
        # 5.2%, the base's rate is a rate of what the 5.1% counts, past the change in points between)
        # (a measure word the rule before does not take is no next item of its list: 新增护理型床位5000张；改造城镇老旧
        # 小区1200个 counts estates, whose clause only looks like a place's name, not beds)
        if own and item is not None and cur.q.unit in (before.figure.q.unit, before.measured_unit) \
                and (not prev.units or cur.q.unit in prev.units) \
                and (not prev.measures or cur.q.measure in prev.measures) \
                and (item.match(clause := _edge(text[ctx.clause_start:cur.q.start])) or self._place_item(clause)):
            return ITEM
        if own and before.figure.follows and cur.q.unit == before.figure.q.unit and \
                before.figure.q.end >= ctx.clause_start and \
                text[before.figure.q.end:cur.q.start].strip() in self.lex.carry.pair_links:
            # 分别完成年度任务的92.4%和101.4%: the first of the pair leaned on the figure before it, and so
            # does the second; a first named by its own words (教育…就业…卫生支出分别增长3.1%、5.6%) lends nothing
            return "the second of a pair"
        if own and cur.role != "change" and (
                (cur.q.unit == before.figure.q.unit and (not prev.units or cur.q.unit in prev.units))
                or self._grown_to(cur, before)) and before.figure.q.end <= ctx.clause_start and \
                self._total_head(text[ctx.clause_start:cur.q.start].strip()) and not ctx.after.strip():
            # (参保人数52.4万人，累计为3850名失能人员提供服务: the noun after it names what it counts)
            return TOTAL
        if own and cur.role == "level" and before.figure.role == "target" and cur.q.unit == before.figure.q.unit and \
                (not prev.units or cur.q.unit in prev.units) and \
                (not prev.roles or "level" in prev.roles or prev.done_as in self.rules_by_id) and \
                before.figure.q.end <= ctx.clause_start and not ctx.after.strip() and \
                self._done_clause(text, _edge(text[ctx.clause_start:cur.q.start]), before.figure.q.start):
            # 城镇新增就业计划2.2万人，实际完成2.46万人: what was done of the plan before it, of the plan's kind
            return DONE
        if not prev.covers_changes:
            # 实现营业收入12亿元，增长8.5%: the growth rate of the amount, named by the rule of its metric that
            # takes rates (its topic is the rate's: percent)
            if own and cur.changed and self._growth_rule(cur, before) is not None and \
                    self.classifier.bare_change(text, cur.q, ctx, before.figure.q.end):
                return GROWTH
            if own and cur.changed and cur.q.unit == before.figure.q.unit and cur.q.unit not in self._rates and \
                    cur.q.measure == before.figure.q.measure and (not prev.units or cur.q.unit in prev.units) and \
                    self.classifier.bare_change(text, cur.q, ctx, before.figure.q.end):
                # 参保人数24.36万人，比上年净增1.12万人: a change in the level's own measure counts what the level counts,
                # though its rule covers no changes in general (a growth in percent, a share done, stay percent figures)
                return "a change with no subject of its own"
            return ""
        after = before.figure.q.end
        if own and self._share_done(text, cur, ctx, before):
            return "the share of a target done"
        if own and self.classifier.gap(text, cur.q, ctx) and (cur.role == "change" or cur.q.unit == before.figure.q.unit):
            # (超过年度目标任务240万人 after 达到245.6万人: the goal's own value in the gap's place, of the same count)
            return "a gap to a target"
        if own and cur.compared:
            return "the goal the figure before is compared with"  # 失业率2.8%，低于3.5%的控制目标
        if own and cur.q.unit in (before.figure.q.unit, before.measured_unit) and \
                before.figure.q.end <= ctx.clause_start and \
                self._bound_only(text[ctx.clause_start:cur.q.start].strip()):
            return "a bound the figure before is held to"  # 失业率为3.64%，控制在4.5%以内
        if cur.changed and (not rule.cues or (own and cur.q.measure == before.figure.q.measure)) and \
                self.classifier.bare_change(text, cur.q, ctx, after):
            # (每千人口床位数7.19张，比上年增加0.20张: a rule of lower priority that names the change only by the
            # sentence's subject, beds, names it less well than the level of the same measure right before it)
            return "a change with no subject of its own"
        return ""

    def _shortened(self, text: str, cur: Figure, rule: MetricRule, ctx: Context, whole: Carried) -> bool:
        """Is cur a change whose clause names, before its comparison, nothing but the tail of the subject of `whole`
        (a figure of its unit and measure before it in the paragraph, named by a rule of higher priority that lends),
        a tail longer than the cue of cur's own rule it holds (返还资金较去年增加410万元 after 稳岗返还资金2350万元; not
        资金增加… alone, nor 专项资金…, which the amount's subject does not end with)?"""
        prev = whole.rule
        if not prev.cues or not prev.lends or rule.priority >= prev.priority or \
                cur.q.measure != whole.figure.q.measure or not whole.figure.subject:
            return False
        start = ctx.clause_start
        for k in range(start + 1, cur.q.start):
            noun = _edge(text[start:k])
            if noun and self.classifier.bare_change(text, cur.q, ctx, k):
                cue = _cue_of(rule, noun)
                return bool(cue) and len(noun) > len(cue) and whole.figure.subject.endswith(noun)
        return False

    def _place_item(self, clause: str) -> bool:
        """Does the clause open on a place the gazetteer names and say nothing else a list's next item would not
        (北京城镇调查失业率为4.1%，天津为4.8%: the short form written out, 天津市为, as list_item reads it;
        天津力争新增35万人: a word of planning and the list's verb, context.yaml place_item)?"""
        if self._in_full is None:
            return False
        named = self._in_full(clause)
        item, planned = self.lex.carry.list_item, self.lex.carry.place_item
        return bool(named) and ((named != clause and item is not None and item.match(named) is not None)
                                or (planned is not None and planned.match(named) is not None))

    def _bound_only(self, clause: str) -> bool:
        """Is the clause before a figure nothing but the bound or the goal it holds the figure before to (控制在;
        规划目标为2025年达到, the year it is due written in: 床位数5.10张，规划目标为2025年达到5.5张)?"""
        goal = self.lex.carry.bound_goal
        return clause in self.lex.carry.bound_only or (goal is not None and goal.fullmatch(clause) is not None)

    def _shared_back(self, text: str, ctx: Context, cur: Figure) -> bool:
        """Does the sentence open on the figure's clause and say nothing but the places the sentence before counted,
        taken together (context.yaml share_back_head: 两地, 两县分别), and a share of a target done (…。两地分别完成
        年度目标的87.7%和83.6%)? Then the share is of what that sentence counted."""
        head_words = self.lex.carry.share_back_head
        share = self.lex.carry.share_done
        if head_words is None or share is None or text[:ctx.clause_start].strip():
            return False
        words = text[ctx.clause_start:cur.q.start].strip()
        m = share.search(words)
        return m is not None and head_words.match(words[:m.start()]) is not None

    def _under_headline(self, sent: Sentence, last: Carried) -> bool:
        """Whether sent is a headline's deck: a headline line alone right under the paragraph of the last figure, a
        headline line alone too (今年全市城镇新增就业2.36万人 | 完成年度目标任务的112.4%)."""
        line = sent.text.strip()
        head = last.paragraph.text.strip()
        return (line == sent.paragraph.text.strip() and head == last.sentence.strip()
                and is_headline(line, self.lex) and is_headline(head, self.lex))

    def _total_head(self, head: str) -> bool:
        """Is the clause before the figure nothing but a total's verb (context.yaml total_only), maybe after
        a time or a goal's lead that names nothing counted (total_lead: 新院区全部启用后将提高到6.9张)?"""
        words = self.lex.carry.total_only
        if head in words or self._timed_total(head):
            return True
        lead = self.lex.carry.total_lead
        m = lead.match(head) if lead is not None and head else None
        return m is not None and 0 < m.end() < len(head) and (head[m.end():] in words or self._timed_total(head[m.end():]))

    def _timed_total(self, head: str) -> bool:
        """Is the clause before the figure a total's verb and nothing but the time it names the figure at (context.yaml
        total_time: 全县养老床位从2021年的860张，增加到目前的1520张, a from-to pair a pause parts)?"""
        when = self.lex.carry.total_time
        return when is not None and any(head.startswith(w) and when.fullmatch(head[len(w):]) is not None
                                        for w in self.lex.carry.total_only)

    def _grown_to(self, cur: Figure, before: Carried) -> bool:
        """Is cur the level a growth rate before it brings a stock to (床位数增长1.5倍，达到300张)? The rate's
        rule names the rule of the stock (`running_total`), whose unit and measure filters cur must pass:
        the rate's own unit (倍, %) is not the level's."""
        total = self.rules_by_id.get(before.rule.running_total) if before.rule.running_total else None
        return total is not None and before.figure.role == "change" and cur.q.unit != before.figure.q.unit and \
            (not total.units or cur.q.unit in total.units) and (not total.measures or cur.q.measure in total.measures)

    def _growth_rule(self, cur: Figure, before: Carried) -> MetricRule | None:
        """The rule of changes of the metric of the figure before that takes cur's unit, if any."""
        return self._growth_of(cur, before.rule, before.figure.subject)

    def _growth_of(self, cur: Figure, level: MetricRule, subject: str) -> MetricRule | None:
        """The rule of changes of `level`'s metric that takes cur's unit, if any: one that lends nothing only where
        the level's subject names its whole (其中，城镇零售额…: a part's amount shares the metric, not its growth)."""
        if level.roles and "change" in level.roles:
            return None
        return next((r for r in self._changes_of.get(level.metric, ()) if r is not level
                     and (not r.units or cur.q.unit in r.units) and (r.lends or _names_whole(r, subject))), None)

    def _done_clause(self, text: str, words: str, plan_at: int) -> bool:
        """Do `words` (a clause's text before its figure) say what was done of the plan whose figure starts at
        plan_at (context.yaml done_only: 实际完成; done_repeat: 实际开发 after 计划开发公益性岗位1200个, the plan's verb
        repeated)? A verb the plan's clause does not hold (实际走访120个) names something else. A time of the year
        may open the words (全年实际新增1.62万人, context.yaml done_lead): it names nothing counted."""
        lead_time = self.lex.carry.done_lead.match(words) if self.lex.carry.done_lead is not None else None
        if lead_time is not None and lead_time.end() < len(words):
            words = words[lead_time.end():]
        if words in self.lex.carry.done_only:
            return True
        lead = next((w for w in self.lex.carry.done_repeat if words.startswith(w)), None)
        verb = words[len(lead):] if lead is not None else ""
        if _VERB.match(verb) is None:
            return False
        start = max((text.rfind(m, 0, plan_at) for m in self.lex.carry.done_repeat_marks), default=-1) + 1
        return verb in text[start:plan_at]

    def _in_part_list(self, text: str, clause_start: int, past_ends: bool = False) -> bool:
        """Whether a clause goes on a list that 其中 opened earlier in its sentence, no list end between; or,
        for a bare part (`_bare_part`), past list ends too: 床位1.93万张，其中医院1.42万张，占73.6%；基层医疗卫生机构
        4623张 (a share between parts closes its item, not the list)."""
        assert self._part_of is not None
        found = next(reversed(list(self._part_of.finditer(text, 0, clause_start))), None)
        if found is None:
            # 床位中，医院床位3.05万张，基层医疗卫生机构0.93万张: an opening that names the whole opens the list
            head = self.lex.carry.part_head
            found = head.match(text, 0, clause_start) if head is not None else None
        if found is None:
            return False
        ends = self.lex.carry.part_list_ends
        between = text[found.end():clause_start]
        last_end = max(between.rfind(ch) for ch in ends) if ends else -1
        # past an end, only the clause right after it (基层医疗卫生机构4623张; not a clause after a new item's)
        return last_end < 0 or (past_ends and not between[last_end + 1:].strip())

    def _bare_part(self, text: str, cur: Figure, ctx: Context, whole: Carried) -> bool:
        """Is cur written as one more part of `whole` could be, past the end of the item before: in its measure, no
        change, after an item closed by its share, after words that open with no scope, time or verb word
        (基层医疗卫生机构4623张; not 发放宣传资料2000张 nor 全市救护车120辆, new items)?"""
        if cur.q.measure != whole.figure.q.measure or cur.role == "change" or whole.figure.role == "change":
            return False  # (其中税收占比81.6%；工业增加值增长7.9%: a growth is no part of anything)
        # the item before the end closed on its share of the whole (…1.42万张，占73.6%；): parts with their shares
        # (其中乡村公益性岗位620个；建成零工市场1个 starts a new item)
        closed = self.last is not None and self.last.sentence is text and self.last.figure.q.unit == "percent" \
            and bool(self.last.figure.follows)
        words = _edge(text[ctx.clause_start:cur.q.start])
        return closed and bool(words) and not (self._lead and self._lead.head(words))

    def _names_nothing(self, text: str, cur: Figure, ctx: Context, before: Carried) -> bool:
        """A change, gap or share of a target done right after the figure before it, whose clause
        holds no words of its own."""
        after = before.figure.q.end
        return (cur.changed and self.classifier.bare_change(text, cur.q, ctx, after)) or (
            cur.role == "change" and bool(self.classifier.gap(text, cur.q, ctx))) or self._share_done(text, cur, ctx, before)

    def _share_done(self, text: str, cur: Figure, ctx: Context, before: Carried) -> bool:
        """Whether cur is the share of a target done (or the goal itself) that the figure before measures:
        the words since that figure say so, or, where that figure is the goal written in cur's own
        clause (完成全年目标任务1.5万人的62.4%), the clause's words with it."""
        share = self.lex.carry.share_done_back or self.lex.carry.share_done  # (a match anywhere: see CarryWords)
        if share is None:
            return False
        prev = before.figure.q
        if share.search(text[max(prev.end, ctx.clause_start):cur.q.start]) or (
                prev.start >= ctx.clause_start and share.search(text[ctx.clause_start:cur.q.start])):
            return True
        # (唐山市今年新增养老床位3100张，迁安占13.5%: the area named by its short form, written out as the pattern reads
        # it, 迁安市占, as 其中迁安市占 is)
        clause = text[ctx.clause_start:cur.q.start].strip()
        named = self._in_full(clause) if self._in_full is not None and prev.end <= ctx.clause_start else ""
        return bool(named) and named != clause and share.search(named) is not None

    def _own_subject(self, text: str, rule: MetricRule, ctx: Context, cur: Figure,
                     same_clause: list[Figure]) -> tuple[str, str]:
        """The words before the figure in its clause, trimmed of scope, time and linking words;
        or, where the rule's cue stands after the number (设有60个重症监护床位), the words after it."""
        after_cue = _cue_after(rule, ctx)
        if after_cue:
            return self._trim(after_cue), f"the noun after the number (cue '{_cue_of(rule, after_cue)}')"
        head = ctx.before
        # only the words after the last figure of the clause: 分别增长8%和8.5% → the list's subject
        if same_clause:
            head = text[same_clause[0].q.end:cur.q.start]
        subject = self._trim(head)
        if not subject:
            subject = next((other.subject for other in same_clause if other.subject), "")
            return subject, "the subject of the list it belongs to" if subject else "no subject written"
        cue = _cue_of(rule, subject)
        return subject, f"the words before the number (cue '{cue}')" if cue else "the words before the number"

    def _trim(self, words: str) -> str:
        """Strip time, scope and linking words from both ends; keep the words nearest the number.

        A function of the words and the lexicon alone, and the same clause heads (比上年增长,
        其中，第一产业增加值) come back figure after figure: each is trimmed once per lexicon."""
        got = self._trimmed.get(words)
        if got is None:
            if len(self._trimmed) >= TRIM_CACHE:
                self._trimmed.clear()  # a page of ever new words: keep the cache bounded
            got = self._trimmed[words] = self._trim_words(words)
        return got

    def _trim_words(self, words: str) -> str:
        m = self._last_mark.search(words)  # the words after the last mark: 医院（原…）编制床位 → 编制床位
        s = words[m.end():] if m is not None else words
        if m is not None and not _edge(s):
            # nothing after the mark but a bracketed note that ends the words: what the note qualifies names the
            # figure (各级各类学校（含幼儿园）186所 → 各级各类学校), no words after it being left to take
            bare = _TRAILING_NOTE.sub("", words)
            if bare != words:
                m = self._last_mark.search(bare)
                s = bare[m.end():] if m is not None else bare
        s = self.lex.year.sub("", s)
        s = _edge(_DIGITS.sub("", s))
        while s:
            t = s
            if self._trail:
                s = _edge(s[:len(s) - len(self._trail.tail(s))])
            if self._lead:
                s = _edge(s[len(self._lead.head(s)):])
            if s == t:
                break
        return s[-self.lex.carry.subject_max:] if s else ""

    # -- place and period ---------------------------------------------------------------

    def carry_place(self, found: str) -> str:
        """The place of a figure: `found` in its own clause, else the one in force (hook for place.py)."""
        if found:
            self.place = found
        return self.place

    def carry_period(self, found: str) -> str:
        """The period of a figure: `found` in its own clause, else the one in force (hook for period.py)."""
        if found:
            self.period = found
        return self.period

    # -- end of sentence ----------------------------------------------------------------

    def close(self, sent: Sentence, cands: list[Figure], listed: str) -> None:
        """After the sentence: the target list may end or a new one open; a sentence with no figure is kept,
        for the clauses of times alone of the next (`named_before`)."""
        self.lists.update(sent, cands, listed)
        self.rows, self.rows_next = self.rows_next, None
        quiet = not any(not getattr(c, "excluded_by", "") for c in cands)
        if quiet and self._lead_in(sent):
            pass  # (二、各设区市城镇新增就业完成情况 / 按完成比例排序： / 1.甲市完成…: the heading still names the rows)
        elif quiet:
            self._quiet = (sent.paragraph, sent.text)
        elif not self._leaned:
            self._quiet = None  # (a sentence that leaned on it keeps it: 7月份为5.3%…。前三季度平均为5.2%)
        self._leaned = False

    def named_before(self, sent: Sentence, ctx: Context) -> str:
        """The sentence right before, in the same paragraph, that named what is counted but held no figure, where
        the figure's clause says nothing but a time and a verb (全市城镇调查失业率保持在合理区间。7月份为5.3%): the
        words the metric rules may read before the clause; else ''."""
        pattern = self.lex.carry.time_only
        if self._quiet is None or pattern is None:
            return ""
        if self._quiet[0] is not sent.paragraph or not pattern.match(_edge(ctx.before)):
            if not self._heads_rows(sent):
                return ""
        self._leaned = True
        return self._quiet[1]


    def _lead_in(self, sent: Sentence) -> bool:
        """Is the sentence a line of its own ending on a colon that leads into the rows, right under a heading kept
        as the quiet sentence (`_heads_rows`)? Then the heading, not the lead-in, is what the rows count."""
        text = sent.text
        # (a colon in the sentence first, one `re` search of a class in C: most sentences hold none, and the pattern,
        # anchored at the end, is set up and tried at every place of a sentence it is searched)
        if self._quiet is None or _COLON.search(text) is None or _COLON_END.search(text) is None:
            return False
        quiet_par, quiet = self._quiet
        return sent.paragraph.text.strip() == sent.text.strip() and quiet_par.text.strip() == quiet.strip() \
            and is_headline(quiet, self.lex)

    def _heads_rows(self, sent: Sentence) -> bool:
        """Is the sentence a row of a list of places (context.yaml place_row: 甲县：4126人，完成率82.5%) and the quiet
        sentence before it a heading, a line of its own with no sentence end, that names what the rows count? A row
        names its place alone: the heading over the rows is what its figures count, though another paragraph."""
        row = self.lex.carry.place_row
        if row is None or self._quiet is None or row.match(sent.text) is None:
            return False
        quiet_par, quiet = self._quiet
        return quiet_par.text.strip() == quiet.strip() and is_headline(quiet, self.lex)


_COLON_END = regex.compile(r"[:\uff1a]\s*$")  # a line that leads into what follows ends on a colon
_COLON = compiled_re(r"[:\uff1a]")  # (the colons, one of which each match of it holds)


def _same_clause(named: list[tuple[Figure, Context]], i: int) -> Iterator[Figure]:
    """The named figures before named[i] in its clause, nearest first."""
    cur, ctx = named[i]
    for j in range(i - 1, -1, -1):
        other, octx = named[j]
        if octx.clause_start != ctx.clause_start:
            return
        if other.q.end <= cur.q.start:
            yield other


def _cue_after(rule: MetricRule, ctx: Context) -> str:
    """The words after the figure up to the rule's cue, when the cue stands there and not before it."""
    if not rule.cues or any(w in ctx.before for w in rule.cues):
        return ""
    best = -1
    for w in rule.cues:
        pos = ctx.after.find(w)
        if pos >= 0 and (best < 0 or pos + len(w) < best):
            best = pos + len(w)
    return ctx.after[:best] if best > 0 else ""


_LONGEST_FIRST: dict[tuple[str, ...], tuple[str, ...]] = {}


def _cue_of(rule: MetricRule, words: str) -> str:
    """The longest cue of the rule that stands in `words` ('' if none)."""
    cues = _LONGEST_FIRST.get(rule.cues)
    if cues is None:
        cues = _LONGEST_FIRST[rule.cues] = tuple(sorted(rule.cues, key=len, reverse=True))
    return next((w for w in cues if w in words), "")


class ListScope:
    """A target list running on past the sentence that opens it (今年主要预期目标是：…。…。).

    The list covers the next sentences of the paragraph, however many, up to one that speaks
    of the past from its first clause (target.list_end); a cue sentence that ends its
    paragraph (主要预期目标：) hands the list to the next paragraph. One scope per article:
    a list never crosses into another.

    A plan section (target.section: a heading such as 二、2024年重点工作) reaches further: its
    figures are targets paragraph after paragraph, whatever their sentences say, up to the next
    heading of its rank or a higher one. A work report writes its tasks for the year under such a
    heading without a plan word in each sentence (全年实施工业项目28个以上，完成工业投资25亿元).
    """

    def __init__(self, classifier: Classifier) -> None:
        self.classifier = classifier
        self.listed = ""  # the cue of the open list
        self.ahead = False  # the sentence that opened it names a year after the document's (到2030年，主要目标是：)
        # where in the sentence the cue `cue` gave it takes hold, and where it stops: past a first clause of the past,
        # up to the next clause that turns to the past again (…，今年力争…；去年新开工…72个，今年确保…)
        self.resume_at, self.resume_end = 0, -1
        self.paragraph: Paragraph | None = None  # where the list runs
        self.pending: Paragraph | None = None  # the list starts in the paragraph after this one
        # the numbering (target.section_levels) of the paragraph the list was handed to, -1 none: the paragraphs after it
        # numbered alike are items of the same list (`_item_level`)
        self._item = -1
        self.section = ""  # the cue of the plan section in force (its heading's words)
        self.section_rank = 0  # the rank of its heading (0: unnumbered, ended by any heading)
        # a section a lead opened (重点抓好以下工作：): -1 none; 0 open, no numbered heading met yet; else the rank
        # of the first one, whose headings (一、… 二、…) and those below them are its tasks
        self.lead_rank = -1
        self._in_plan = False  # the sentence before this one stood under a plan (a list, a section) or opened one
        self.published = ""  # the document's date (YYYY-MM-DD), which tells a headline of plans (`title_plan`)
        # an earlier article of the page opened a plan (by its headline or a section): a block's heading that is a
        # part of one (● 资金保障) is this page's plan's (set by the pipeline, `planned` after each article)
        self.page_plan = False
        self.title = ""  # the cue of a headline naming the year's programme of works, the whole article through
        self.title_year = 0  # the year it names
        # the rank of a numbered heading under the headline's plan that describes the body whose plan it is (一、部门基本
        # 情况: roles.yaml target.title_pause), whose section holds no goal of the headline's, or one naming the
        # review of a year before the headline's (一、2026年工作回顾 under …2027年工作要点); -1 none
        self.title_pause_rank = -1
        # the rank of the heading naming the review of a year before the document's that the text stands under (0: the
        # headline, 某委2025年工作总结; -1 none): a plan cue of target.cancel with `past` (争取) reads as done there
        self.review_rank = -1
        # the headline names how a part of the document's own year went so far (某县2026年前三季度就业工作情况): its
        # heading of key work (二、重点工作) names what was done, no plan (`key_work_reviewed`)
        self.review_so_far = False
        # the sentence before this one spoke of a year before the headline's (2025年，全市…完成): a sentence that
        # breaks it down (其中，新增学位2.1万个) speaks of that past too, no goal of the headline's year
        self._past_before = False
        # the paragraph and the cue of the sentence before this one where its last figure was a goal (…预计全年
        # 进厂原料蔗在200万吨至220万吨之间。同时，建设3至5个…: a sentence carrying on from it, roles.yaml
        # target.carry_on, is the plan's)
        self._goal_before: tuple[Paragraph | None, str] = (None, "")
        self._opening = True  # no sentence of the article seen yet: a heading now is its headline
        self._judged: tuple[Sentence, tuple[int, str]] | None = None  # `_section_heading`'s last answer
        self._finished = False  # the sentence before this one ends a sentence (a heading after it stands alone)
        # (what the lexicon tells of headings, the same for every article: made once, `_heading_checks`)
        self._caption, self._bracketed, self._bracketed_open, self._row_end, self._cut_marks = \
            _heading_checks(classifier.lex)

    def cue(self, sent: Sentence) -> str:
        """The list cue in force for this sentence (once per sentence: it may close the list)."""
        self._heading(sent)
        past_before, self._past_before = self._past_before, False
        tail = sent.text.rstrip()
        self._finished = bool(tail) and tail[-1] in self.classifier.lex.sentence_end
        if self.pending is not None and sent.paragraph is not self.pending:
            self.paragraph, self.pending = sent.paragraph, None
            self._item = self._item_level(sent)
        elif self.listed and self.paragraph is not None and sent.paragraph is not self.paragraph and \
                self._item >= 0 and self._item_level(sent) == self._item:
            # 主要预期目标是： / （一）地区生产总值增长5.5%左右； / （二）城镇新增就业3.4万人以上；: the list handed to the
            # paragraph after its lead runs on over the paragraphs numbered as that one is, each an item of it
            self.paragraph = sent.paragraph
        self.resume_at, self.resume_end = 0, -1
        if self.listed and sent.paragraph is self.paragraph:
            if not self.classifier.ends_list(sent.text, self.ahead):
                if not self._names_past(sent.text):
                    # (…规模以上工业企业达到260户，2025年为198户: a later clause that opens on a year past is a base value)
                    self.resume_end = self._year_past_clause(sent.text)
                    return self.listed
                # 2025年全市接待游客…，今年力争…: a year before the document's speaks of the past, as 去年 does, though
                # the list goes on after it; the clauses from the turn back to the plan's year are its items again
                resumed = self.classifier.plan_resumed(sent.text)
                if resumed >= 0:
                    self.resume_at, self.resume_end = resumed, self._past_again(sent.text, resumed)
                    return self.listed
                return ""
            self.listed = ""  # 去年，…: the list is over
        if self.section:
            if not self.classifier.ends_list(sent.text) and not self._names_past(sent.text):
                return self.section  # (2025年，全市…: a year before the document's speaks of the past, under a plan too)
            # 去年…，今年力争…；开展…: the clauses from the turn back to the plan's year are its tasks again
            resumed = self.classifier.plan_resumed(sent.text)
            if resumed >= 0:
                self.resume_at, self.resume_end = resumed, self._past_again(sent.text, resumed)
                return self.section
        if self.title and self.title_pause_rank < 0:
            if self.classifier.ends_list(sent.text):
                # (截至2025年12月31日，本部门共有车辆3辆。其中执法执勤用车2辆: the part of a figure of the past is of it too)
                self._past_before = True
            else:
                past = self.classifier.names_year_before(sent.text, self.title_year) or (
                    past_before and sent.text.lstrip().startswith(self.classifier.lex.carry.part_of))
                self._past_before = past
                if not past:
                    return self.title
        paragraph, goal = self._goal_before
        if goal and paragraph is sent.paragraph and self.classifier.carries_on(sent.text) and \
                not self.classifier.ends_list(sent.text) and not self._names_past(sent.text):
            return goal
        return ""

    def _item_level(self, sent: Sentence) -> int:
        """The numbering (roles.yaml target.section_levels, by its index) that the paragraph of `sent` opens on, where
        `sent` is its first sentence and the paragraph goes on past the number (an item: （二）城镇新增就业3.4万人以上；);
        -1 for any other."""
        par = sent.paragraph
        if par.text[:sent.start - par.start].strip():
            return -1
        line = par.text.strip()
        levels = self.classifier.lex.target_section_levels
        # (a plan's goals set out as ——经济发展。… / ——民生福祉。…: a mark of items that ranks no heading, after the ranks)
        marks = [*levels, *self.classifier.lex.target_list_items]
        return next((i for i, p in enumerate(marks) if (m := p.search(line)) is not None and line[m.end():].strip()),
                    -1)

    @property
    def planned(self) -> bool:
        """Whether a plan is in force now (its headline's or a section's): the page goes on with a plan, and a block
        of it set as an article of its own after this one (● 资金保障) is that plan's (`page_plan`)."""
        return bool(self.title or self.section)

    def numbered_heading(self, sent: Sentence) -> bool:
        """Is the sentence a numbered heading of its own paragraph (四、审计整改情况, （二）社会保险), or a
        sentence that opens on a bracketed number with the text run on after it ((四)做强旅游消费。暑期…,
        as policies set out their measures): a new section, which speaks of the document's area again,
        whatever the last one named."""
        if self._section_heading(sent)[0] > 0:
            return True
        text = sent.text
        # (a sentence opening on none of the characters the pattern opens with, most, is asked no match: its first
        # character told without a copy of the sentence stripped, which only a sentence opening on a space needs)
        head = text.lstrip()[:1] if text[:1].isspace() else text[:1]
        return any(p.match(text.lstrip()) for p, first in self._bracketed_open if first is None or head in first)

    def _section_heading(self, sent: Sentence) -> tuple[int, str]:
        """The rank and plan cue of a heading (a paragraph of one short line without a sentence end),
        (-1, "") for any other sentence; kept for the sentence last asked, as `cue` and the place
        stage both ask it of every sentence."""
        if self._judged is not None and self._judged[0] is sent:
            return self._judged[1]
        line = sent.text.strip()
        lex = self.classifier.lex
        # too long for a headline is told before the paragraph's whole text is stripped for every sentence
        # (a line ending in a bare number is a table's row read as a line, no heading: the rows of a table
        # of goals under 二、主要预期目标 end no section; nor does its caption, 表1 主要指标, which heads the table)
        if len(line) > lex.headline_max or line != sent.paragraph.text.strip() or line[-1:] in self._cut_marks \
                or not is_headline(line, lex) or self._row_end.search(line) is not None \
                or (self._caption is not None and self._caption.match(line) is not None) \
                or self.classifier.running_head(line):
            # (nor is a page's foot or head left in the text, 第 2 页 共 3 页: the section runs on past it)
            found = (-1, "")
        else:
            found = self.classifier.section_heading(line)
        self._judged = (sent, found)
        return found

    def _heading(self, sent: Sentence) -> None:
        """A heading ends the plan section of its rank or a lower one, and may open one."""
        rank, cue = self._section_heading(sent)
        if cue and rank > 0 and (self.review_rank == 0 or self.review_so_far) \
                and self.classifier.key_work_reviewed(sent.text):
            # (二、重点工作 under 某县2025年就业工作总结 or 某县2026年前三季度就业工作情况: the key work reviewed, done)
            cue = ""
        opening, self._opening = self._opening, False
        if opening and rank <= 0:
            self.review_so_far = self.classifier.reviews_so_far(sent.text, self.published, glued=rank < 0)
        if rank >= 0 or opening:
            self._review(sent.text, rank, opening, cue)
        if rank == 0 and opening:  # the article's headline (乌审旗2026年十项民生实事): a plan of the year?
            self.title, self.title_year = self.classifier.title_plan(sent.text, self.published, self.page_plan)
            if not self.title:  # … or a heading that opens a plan section (某县2024年公开招聘社区工作者公告) set as the
                self._open_unnumbered(sent)  # headline: its section runs to the next heading
            return
        block = self.classifier.lex.block_dateline
        if rank == 0 and not self.title and block is not None and block.match(sent.text.lstrip()[:1]):
            # the first block of a page of 一图读懂 (● 重点任务), under the page's headline in the same article: a block
            # heading as any other block's, which opens an article of its own (layout.yaml block_dateline)
            self.title, self.title_year = self.classifier.title_plan(sent.text, self.published, self.page_plan)
            if self.title:
                return
        if opening and rank < 0:  # the headline glued to the first sentence (乌审旗2026年十项民生实事为切实解决…)?
            self.title, self.title_year = self.classifier.glued_title_plan(sent.text, self.published)
        if rank < 0:
            # a heading line the layout ran on from the paragraph before it (…比上年增加17天。/ 2025年主要预期目标 /
            # 　　地区生产总值…): the last sentence of its paragraph, short and unpunctuated
            line = sent.text.strip()
            if self._finished and sent.end == sent.paragraph.end and line != sent.paragraph.text.strip() \
                    and is_headline(line, self.classifier.lex):
                self._open_unnumbered(sent)
            return
        if self.title and rank > 0:
            # 一、部门基本情况 under 某局2026年部门预算: no plan up to the next heading of its rank or a higher one
            if 0 < self.title_pause_rank and rank <= self.title_pause_rank:
                self.title_pause_rank = -1
            # (… or, under 某县农业农村局2027年工作要点, the review of a year before the headline's, 一、2026年工作回顾:
            # what was done then, levels of that year, as roles.yaml target.review names it)
            year = self.classifier.review_year(sent.text)
            if self.classifier.title_paused(sent.text) or 0 < year < self.title_year:
                self.title_pause_rank = rank
        if self.section and self.lead_rank >= 0 and rank > 0 and (self.lead_rank == 0 or rank >= self.lead_rank) \
                and not self._names_past(sent.text):
            self.lead_rank = self.lead_rank or rank  # a task of the lead's list (一、全力扩大有效投资): it goes on
            return
        if self.section and (rank == 0 or self.section_rank == 0 or rank <= self.section_rank):
            self.section, self.lead_rank = "", -1
        if cue and rank and not self._names_past(sent.text):
            # numbered: a headline (…提出今年主要预期目标) names an article, not a section; a heading of a year
            # before the document's (三、2025年民生实事 in a report of 2026) names what was done
            self.section, self.section_rank, self.lead_rank = cue, rank, -1
        elif rank == 0 and self._finished:
            self._open_unnumbered(sent)

    def _review(self, line: str, rank: int, opening: bool, plan: str) -> None:
        """A headline or numbered heading naming the review of a year before the document's opens a review; a
        numbered heading of its rank or a higher one, or one that names a plan, ends it."""
        year = self.classifier.review_year(line, glued=opening and rank < 0)
        pub = self.published.split("-")[0]
        past = bool(year) and pub.isdigit() and year < int(pub)
        if past and (opening or rank > 0):
            self.review_rank = 0 if opening else rank
        elif rank > 0 and (0 < self.review_rank and rank <= self.review_rank or plan):
            self.review_rank = -1

    @property
    def in_review(self) -> bool:
        """Whether the text stands under the review of a past year (`_review`)."""
        return self.review_rank >= 0

    def _open_unnumbered(self, sent: Sentence) -> None:
        """An unnumbered heading after a finished sentence opens a plan section where it names the plan of a
        year (roles.yaml target.section_unnumbered); any other unnumbered line may be a running head, a
        headline glued to the text or a line cut off mid-sentence, and opens none."""
        cue = self.classifier.unnumbered_plan(sent.text, self.published)
        if cue:
            self.section, self.section_rank, self.lead_rank = cue, 0, -1

    def _past_again(self, text: str, start: int) -> int:
        """Where the first clause after `start` that speaks of the past opens (a list_end word or a year before the
        document's in it: …，今年力争突破1000亿元；去年新开工…), -1 where none does."""
        marks = self.classifier.lex.clause_end
        for k in range(start, len(text)):
            if text[k] in marks and (self.classifier.ends_list(text[k + 1:]) or self._names_past(text[k + 1:])):
                return k + 1
        return -1

    def _year_past_clause(self, text: str) -> int:
        """Where the first clause after the first that opens on a year before the document's stands (…达到260户，2025年
        为198户: the value of the base year a goal is set against, a level of the past), -1 where none does. A year
        inside a clause (比2025年提高0.6个百分点) is the base of a change of the goal's, no time of its own."""
        year = self.published.split("-")[0]
        if not year.isdigit():
            return -1
        marks, pattern = self.classifier.lex.clause_end, self.classifier.lex.year
        for k in range(len(text)):
            if text[k] in marks and (m := pattern.match(text, k + 1)) is not None and int(m.group("y1")) < int(year):
                return k + 1
        return -1

    def _names_past(self, line: str) -> bool:
        """Does a heading name a year before the document's (一、2025年工作回顾): no task of this year's list."""
        year = self.published.split("-")[0]
        return year.isdigit() and self.classifier.names_year_before(line, int(year))

    def update(self, sent: Sentence, cands: list[Figure], listed: str) -> None:
        """After the sentence: `listed` is what `cue` gave it; a new list may open."""
        opened = self.classifier.opens_list(sent.text)
        live = [c for c in cands if not getattr(c, "excluded_by", "")]
        last = live[-1] if live else None
        # (a goal named after its figure or compared with, 低于3.5%的年度控制目标, closes a sentence of results: no plan
        # goes on from it)
        self._goal_before = (sent.paragraph, last.role_cue) if last is not None and last.role == "target" and \
            last.role_cue and not getattr(last, "compared", False) and \
            last.role_cue not in self.classifier.lex.target_after else (None, "")
        # 重点抓好以下工作： ending its paragraph: the tasks under the headings after it are the year's, a section
        # that numbered headings do not end (a numbered plan section in force already reaches them)
        # (the goals listed just before it, 主要预期目标是：…, put it under a plan as a section does)
        if sent.end == sent.paragraph.end and not (self.section and self.section_rank > 0):
            lead = self.classifier.plan_lead(sent.text, self.published, bool(self.section) or self._in_plan)
            if lead:
                self.section, self.section_rank, self.lead_rank = lead, 0, 0
        self._in_plan = bool(listed or opened or self.section)
        if opened:
            self.listed = opened
            year = self.published.split("-")[0]
            self.ahead = year.isdigit() and any(
                int(y.group("y1")) > int(year) for y in self.classifier.lex.year.finditer(sent.text))
            # (a lead whose items stand in its own sentence, closed by its stop, 主要预期目标是：地区生产总值增长5%左右；…
            # 粮食产量稳定在770亿斤以上。, hands no list to the paragraph after it: that one speaks for itself, and on a
            # page read out of column order it is another column's, 创新动能持续增强，…增加到2025年的1.52万家)
            ends_paragraph = sent.end == sent.paragraph.end and not (
                live and sent.text.rstrip()[-1:] in self.classifier.lex.sentence_end)
            self.paragraph = None if ends_paragraph else sent.paragraph
            self.pending = sent.paragraph if ends_paragraph else None


@functools.lru_cache(maxsize=16)
def _opening(pattern: regex.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of the pattern opens with (`precheck.first_chars`), None where unknown:
    kept per pattern, as every sentence asks."""
    return first_chars(pattern.pattern, pattern.flags)
