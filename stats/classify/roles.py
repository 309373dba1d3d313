"""What kind of figure a quantity is: its role and a qualifier standing apart (its period: period.py).

All cue words come from rules/lexicon (roles.yaml, qualifiers.yaml, periods.yaml).
Scopes follow how Chinese reports are written: a target cue (确保, 力争, 计划, or a pattern
such as 到2025年…达到) governs the rest of its sentence, across commas, colons and
semicolons (主要预期目标是：…；…；…), unless a word in its own clause cancels it
(将 used like 把: 将120家企业纳入…); followed by a colon it opens a list that the next
sentences continue (the sentence loop carries it, `opens_list`); a change verb (增长, 提高) governs
only the number right after it; a qualifier verb (约占, 不低于) governs the next number
in its clause.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Protocol

import regex

from stats.find.quantities import Quantity
from stats.rules.lexicon import Lexicon
from stats.rules.precheck import Gate, any_found, first_chars, may_match, needs, none_of, split, stands_alone, window_closed
from stats.rules.prepared import compiled_regex

# digits glued to Latin letters (5G, 4K, H7N9) belong to a name, no figure stands there
_NAMED_DIGITS = regex.compile(r"\d+(?=[A-Za-z])|(?<=[A-Za-z])\d+")
_HAN2 = compiled_regex(r"\p{Han}{2}")  # two characters that may name what a number counts (岗位)
_CUE_YEARS = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # the years a plan's cue names (its heading's words)
_SHARE_UNITS = frozenset({"percent", "permille"})  # the units of a share (5%, 3‰), which governing_share bounds
_YEAR_END_MONTH = 12  # the last month of a year: a deadline of the year's end written with no month is due in it


class Classified(Protocol):
    """What this stage decides of a figure (pipeline.Candidate), as the stages after it read it: named
    here, not imported, since the pipeline imports them all."""

    q: Quantity
    excluded_by: str
    role: str
    role_cue: str
    changed: bool
    compared: bool


@dataclass(frozen=True)
class Context:
    """Where a quantity stands in its sentence, precomputed once per quantity."""

    clause_start: int
    clause_end: int
    before: str  # clause text before the quantity
    after: str  # clause text after the quantity
    sentence_before: str = ""  # sentence text before the quantity (rules with `scope: sentence`), windowed
    sentence_after: str = ""  # sentence text after the quantity, windowed
    lead: str = ""  # the clause before the quantity's own in its sentence (rules with `scope: lead`), windowed

    def __init__(self, clause_start: int, clause_end: int, before: str, after: str, sentence_before: str = "",
                 sentence_after: str = "", lead: str = "") -> None:
        """The generated one, fields and defaults as declared above, but the instance's dict filled directly.

        Why: a frozen dataclass's generated `__init__` sets each field through `object.__setattr__` (speed40 measured
        about 1,800 instructions a field under callgrind); a context is built for every figure classified. Still
        frozen: setting a field afterwards raises as before. (tests/test_frozen_inits.py holds this signature to
        the fields.)"""
        d = self.__dict__
        d["clause_start"] = clause_start
        d["clause_end"] = clause_end
        d["before"] = before
        d["after"] = after
        d["sentence_before"] = sentence_before
        d["sentence_after"] = sentence_after
        d["lead"] = lead


def clause_bounds(marks: list[int], start: int, end: int, length: int) -> tuple[int, int]:
    """The clause around text[start:end] of a sentence `length` long whose clause marks stand at
    `marks` (`Classifier.clause_marks`): from after the last mark before it to the first mark at
    or after its end. Every stage that speaks of "the figure's clause" means these bounds."""
    i = bisect_left(marks, start)  # the last mark before the figure ends the clause before it
    j = bisect_left(marks, end, i)
    return (marks[i - 1] + 1 if i else 0), (marks[j] if j < len(marks) else length)


WORDS_CACHE = 20_000  # entries of each of the classifier's caches of answers by words
# a clause this short (with its mark) heading the one a plan word stands in is read with it for the words that cancel
# the cue: 近年来，我委争取中央资金2.38亿元 (how long the span, 2024年以来，), money secured, not sought
# (占比57.1%；今年计划新建…: a clause with a figure of its own is none, nor one ended by a semicolon)
_LEAD_CLAUSE = 9
_ASIDE_CHARS = 16  # the longest aside in brackets read past (past_aside): a restated value, no clause
# The goal's own value written right after its word, a number and its unit (为规划目标340亿元的104.8%: the share after
# it is of that goal, a result, as 为年度计划的108.3% is): read past to the word of `right_after` it runs into
_GOAL_VALUE = compiled_regex(r"\s*\d+(?:\.\d+)?")
_GLUED_OPENINGS = ("Ps", "Pi")  # the kinds of mark a headline glued to its body's first sentence may meet it on (“, （)


def _remember(cache: dict[str, str], words: str, answer: str) -> str:
    """answer, kept in cache under words (emptied when full: a page of ever new words stays bounded)."""
    if len(cache) >= WORDS_CACHE:
        cache.clear()
    cache[words] = answer
    return answer


class Classifier:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        ends = regex.escape(lex.clause_end + lex.sentence_end)
        self._clause_end = compiled_regex(f"[{ends}]")
        # the commas among the clause marks (layout.yaml clause_end): one ends a clause heading the cue's (近年来，)
        self._lead_marks = tuple(c for c in lex.clause_end if "COMMA" in unicodedata.name(c, ""))
        # the headline patterns without their end: where one ends inside a first sentence, a headline glued to it
        self._title_open = [regex.compile(p.pattern[:-1], p.flags) for p in lex.target_title
                            if p.pattern.endswith("$") and not p.pattern.endswith("\\$")]
        words = self._words(lex.target_before)
        alts = [f"(?:{p.pattern})" for p in lex.target_patterns] + ([words.pattern] if words else [])
        self._target = compiled_regex("|".join(alts), regex.MULTILINE) if alts else None
        # the same alternatives searched one after another for `_found_in`: one opening on a digit
        # (9月底前) makes the whole alternation be tried at every digit, each alone skips ahead
        self._target_gate: Gate = tuple((branch := compiled_regex(alt, regex.MULTILINE), needs(branch.pattern, branch.flags))
                                        for alt in alts)
        # (and searched one after another for the cue matches before a figure, `_cue_matches`, where each may be)
        self._target_alone = bool(alts) and all(stands_alone(alt, regex.MULTILINE) for alt in alts)
        # (those that need characters behind one class of them: most sentences hold none, told by one search in C)
        self._target_split = split(self._target_gate)
        self._target_not = self._words(lex.target_not)
        self._reset = self._words(lex.level_reset)
        if self._reset is not None and lex.level_reset_not:  # 实际使用外资 is a metric's name, no 实际 result
            masked = "|".join(map(regex.escape, lex.level_reset_not))
            self._reset = compiled_regex(f"(?!{masked})(?:{self._reset.pattern})")
        if self._reset is not None and lex.level_reset_not_after:  # 三年累计新增…: a plan's total over its years
            after = "|".join(p.pattern for p in lex.level_reset_not_after)
            self._reset = compiled_regex(f"(?<!{after})(?:{self._reset.pattern})")
        if lex.level_reset_patterns:  # (…；1—11月，…: a clause of the months so far reports results)
            alts = ([self._reset.pattern] if self._reset is not None else []) + \
                [f"(?:{p.pattern})" for p in lex.level_reset_patterns]
            self._reset = compiled_regex("|".join(alts))
        # a horizon a cumulative goal is due by (到2027年底): 累计 after it and a clause mark is the goal's total
        self._horizon = compiled_regex("|".join(f"(?:{p.pattern})" for p in lex.level_cumulative_horizon)) \
            if lex.level_cumulative_horizon else None
        self._list_end = self._words(lex.target_list_end)
        self._list_end_ahead = self._words([w for w in lex.target_list_end if w not in lex.target_list_end_ahead_not])
        self._bare = self._words(lex.change_bare)
        self._governing = self._words(list(lex.qual_governing))
        # a bound word heading its clause (仅, 只, 还 at most before it), then the whole a share is of, ending on 的
        # (qualifiers.yaml governing_share)
        share_words = "|".join(regex.escape(w) for w in sorted(lex.qual_governing_share, key=len, reverse=True))
        leads = "|".join(regex.escape(w) for w in lex.qual_governing_share_leads)
        self._share_bound = compiled_regex(
            rf"\s*(?:{leads})?(?P<word>{share_words})[^\d\p{{P}}]{{1,16}}?(?:{lex.qual_governing_share_of})\s*") \
            if share_words and leads and lex.qual_governing_share_of else None
        heads = "|".join(map(regex.escape, lex.qual_shared_after))
        self._shared_head = compiled_regex(f"(?:{heads})(?:{lex.qual_shared_between})$") \
            if heads and lex.qual_shared_between else None
        links = "|".join(map(regex.escape, sorted(lex.change_links, key=len, reverse=True)))
        verbs = "|".join(map(regex.escape, sorted(lex.change_verbs, key=len, reverse=True)))
        self._change = compiled_regex(rf"(?:{verbs})(?:{links})?$") if verbs else None
        not_words = "|".join(map(regex.escape, lex.change_not))
        self._change_not = compiled_regex(rf"(?:{not_words})(?:{links})?\x00") if not_words else None
        self._base = tuple(lex.comparison_base)
        self._gap = lex.change_gap
        # the characters each needs, of the patterns asked of every figure that most figures' words lack: a set of
        # them none of whose characters the text holds is told by `in` tests, not a `regex` call set up per figure
        # (standard rates 每张补助, 按每人; goals due by a date after the figure, 年底前建成; gaps to a goal)
        self._target_after = tuple(lex.target_after)
        self._gap_needs = tuple((p, needs(p.pattern, p.flags)) for p in lex.change_gap)
        self._standard = tuple((p, needs(p.pattern, p.flags)) for p in lex.level_standard)
        self._after_clause = tuple((p, needs(p.pattern, p.flags)) for p in lex.target_after_clause)
        # (each with the characters its match opens with, `precheck.first_chars`: the character right after a figure,
        # one look-up, tells most figures no pattern can match there before a match is set up for each)
        self._stock_after = tuple((p, first_chars(p.pattern, p.flags)) for p in lex.level_stock_after)
        self._base_value = tuple((p, needs(p.pattern, p.flags)) for p in lex.level_base_value)
        self._past_clause = tuple(lex.level_past_clause)
        self._done_clause = tuple(lex.level_done_clause)
        self._base_after = tuple((p, first_chars(p.pattern, p.flags)) for p in lex.level_base_after)
        # one class of characters each standard pattern needs one of: a figure's words before it holding none (most)
        # ask no pattern; the after-clause patterns a sentence may hold a match of, told once for all its figures
        self._standard_gate = none_of([sets for _, sets in self._standard])
        self._after_of: str | None = None  # the sentence `_after_live` belongs to
        self._after_live: tuple[regex.Pattern[str], ...] = ()
        self._scope_end = compiled_regex(f"[{regex.escape(lex.target_scope_end)}]") if lex.target_scope_end else None
        self._clause_only = frozenset(lex.target_clause_only)
        self._clause_parts = tuple(lex.target_clause_parts)
        # a number with its magnitudes (numerals.yaml), what stands before its measure word: the measure of a planned
        # total and of a part after it told apart (`_same_measure`)
        mags = "|".join(regex.escape(m.word) for m in sorted(lex.magnitudes, key=lambda m: -len(m.word)))
        points = regex.escape("".join(lex.decimal_points))
        self._number_run = compiled_regex(rf"\d[\d{points}]*\s*(?:(?:{mags})\s*)*" if mags else rf"\d[\d{points}]*\s*")
        self._subject_bound = frozenset(lex.target_subject_bound)
        self._subject_free = tuple(lex.target_subject_free)
        self._head_leads = frozenset(lex.target_head_leads)
        self._subject_verbs = tuple(lex.target_subject_verbs)
        self._subject_held = tuple(lex.target_subject_held)
        self._event_not = tuple(lex.target_event_not)
        self._lead_words = tuple(lex.carry.subject_lead)
        self._ends_of: str | None = None  # the sentence `_ends` belong to
        self._ends: list[int] = []
        self._marks_of: str | None = None  # the sentence `_marks` belong to
        self._marks: tuple[int, str, int] = (0, "", -1)
        # answers that depend on a few words before a figure alone, which recur figure after figure
        # (增长, 比上年下降): `gap` by the clause before it, `change_verb` by the window before it
        self._gaps: dict[str, str] = {}
        self._verbs: dict[str, str] = {}
        self._bare_heads: dict[str, bool] = {}  # `bare_change` by the words before the verb
        # the announcement patterns with the characters each needs (most sentences announce nothing)
        self._announce = tuple((p, needs(p.pattern, p.flags)) for p in lex.target_announce)
        # the patterns of a review's heading with the characters each needs: a heading glued to its article's first
        # sentence is asked at every length down from its longest, and a line lacking them all asks none of them
        self._review = tuple((p, needs(p.pattern, p.flags)) for p in lex.target_review)
        self._review_so_far = tuple((p, needs(p.pattern, p.flags)) for p in lex.target_review_so_far)
        # asked of every figure: a speaker's headline goal (the characters each pattern needs, a sentence holding
        # none of one asks it nothing), a goal after the figure whose share is done (the characters its first one is
        # one of: the words right after most figures open with none; None where a pattern does not tell them)
        self._headline_needs = tuple((p, needs(p.pattern, p.flags)) for p in lex.target_headline_goal)
        # a page's running head (layout.yaml running_head), asked of headings and of short sentences with a time: each
        # pattern behind what it needs (most lines hold no 第…页, no weekday)
        self._running_heads = split([(p, needs(p.pattern, p.flags)) for p in lex.running_head])
        # a change whose verb follows the number (roles.yaml change.after), each with what it needs in the words after
        self._change_after = tuple((p, needs(p.pattern, p.flags)) for p in lex.change_after)
        # (and one class of characters each of them needs one of: the words after most figures hold none, and one
        # search in C tells so for the list, where each pattern's sets were asked in turn, figure after figure)
        self._change_after_gate = none_of([sets for _, sets in self._change_after])
        # (roles.yaml target.event_clause, each with what it needs: a text where none can match anywhere has no cue of
        # an event but those of _subject_bound, so most figures after a goal word are spared the cues' search)
        self._event_clause = split([(p, needs(p.pattern, p.flags)) for p in lex.target_event_clause])
        firsts = [first_chars(p.pattern, p.flags) for p in lex.target_goal_after]
        self._goal_after_first: frozenset[str] | None = frozenset().union(*firsts) \
            if firsts and None not in firsts else None
        # the patterns that `_found_in` may ask once of a whole sentence: none of them looks past a match
        # (precheck.window_closed), so a sentence they find nothing in is one no window of it holds a match
        # (by name, not by object: a pickled classifier comes back with new pattern objects)
        self._closed = frozenset(name for name, p in (("target", self._target), ("governing", self._governing))
                                 if p is not None and window_closed(p.pattern))
        self._found_of: str | None = None  # the sentence `_found` belongs to
        self._found: dict[str, bool] = {}

    @staticmethod
    def _words(words: list[str]) -> regex.Pattern[str] | None:
        if not words:
            return None
        return compiled_regex("|".join(map(regex.escape, sorted(words, key=len, reverse=True))))

    def _found_in(self, name: str, pattern: regex.Pattern[str], text: str) -> bool:
        """May the pattern match in some window of the sentence? False only where it finds nothing in
        the whole (asked once per sentence; a pattern that is not window-closed is always tried)."""
        if name not in self._closed:
            return True
        if text is not self._found_of:
            self._found_of, self._found = text, {}
        got = self._found.get(name)
        if got is None:
            got = self._found[name] = ((not self._target_gate or any_found(self._target_split, text)) if name == "target"
                                       else pattern.search(text) is not None)
        return got

    def clause_marks(self, text: str) -> list[int]:
        """Where the clause marks of the sentence stand, found once per sentence (not per figure);
        the place and period stage cuts its clauses by them too (`clause_bounds`)."""
        if text is not self._ends_of:
            self._ends_of, self._ends = text, [m.start() for m in self._clause_end.finditer(text)]
        return self._ends

    def context(self, text: str, q: Quantity) -> Context:
        marks = self.clause_marks(text)
        start, end = clause_bounds(marks, q.start, q.end, len(text))
        lean = self.lex.carry.lean_back
        if lean and start and text.startswith(lean, start) and text[start - 1] in self.lex.carry.lean_back_after:
            # 床位数居前三位的是A、B和C，分别为75.2万张、…: the clause says only "respectively";
            # what it counts is named in the clause before (for the rules; place and period keep
            # the figure's own clause)
            i = bisect_left(marks, start - 1)
            start = marks[i - 1] + 1 if i else 0
        elif start and start == q.start and text[start - 1] in self.lex.carry.label_marks:
            # 新增床位：320张 (a list of figures, a label and a colon each): the figure opens its clause, and what
            # it counts is the label before the colon (for the rules; place and period keep its own clause)
            i = bisect_left(marks, start - 1)
            start = marks[i - 1] + 1 if i else 0
        elif start and start == q.start and not text[q.end:end].strip() \
                and text[start - 1] in self.lex.carry.lean_back_after and self._bare_label(text, marks, start):
            # 全县城镇新增就业，4216人 (a subtitle's clause cut between two cues, between its label and its number, run
            # on with a comma): the figure is its clause whole, and the clause before names what it counts and holds
            # no figure of its own, so the rules read it too (place and period keep the figure's own clause)
            i = bisect_left(marks, start - 1)
            start = marks[i - 1] + 1 if i else 0
        else:
            start = self._past_leader(text, marks, start)
        w = self.lex.carry.sentence_window  # bounded: a page without sentence ends is one huge sentence
        i = bisect_left(marks, start - 1) if start else 0
        lead = text[max(marks[i - 1] + 1 if i else 0, start - w):start] if start else ""
        return Context(start, end, text[start:q.start], text[q.end:end],
                       text[max(0, q.start - w):q.start], text[q.end:q.end + w], lead)

    @staticmethod
    def _bare_label(text: str, marks: list[int], start: int) -> bool:
        """Is the clause before the one starting at `start` a label with no number in it (words that name, no
        figure of their own and no year): a figure standing alone after it is that label's?"""
        i = bisect_left(marks, start - 1)
        label = text[marks[i - 1] + 1 if i else 0:start - 1]
        return bool(label.strip()) and not any(c.isdigit() for c in label)

    def _past_leader(self, text: str, marks: list[int], start: int) -> int:
        """Where the rules' clause of a figure starts when the clause before it, across a comma, names the item that
        leads a list and nothing counted (context.yaml leader_lead: 新增就业最多的是甲镇，达到420人): at that clause,
        or at the view heading it (view_lead: 从岗位看，数量最多的是制造业，共提供1520个). What the figure counts is
        named there, not in its own clause (达到420人); start as it was where no such clause stands before it."""
        carry = self.lex.carry
        leader = carry.leader_lead
        if leader is None or not start or text[start - 1] not in carry.lean_back_after:
            return start
        i = bisect_left(marks, start - 1)
        lead_start = marks[i - 1] + 1 if i else 0
        if leader.search(text[lead_start:start - 1].strip()) is None:
            return start
        view = carry.view_lead
        if view is not None and lead_start and text[lead_start - 1] in carry.lean_back_after:
            j = bisect_left(marks, lead_start - 1)
            view_start = marks[j - 1] + 1 if j else 0
            if view.search(text[view_start:lead_start - 1].strip()) is not None:
                return view_start
        return lead_start

    def bare_change(self, text: str, q: Quantity, ctx: Context, after: int) -> bool:
        """Is q a change whose clause, from `after` (the figure before it) or the clause start,
        holds only its verb, a year and comparison words (比上年下降…): a change that names no
        subject of its own?"""
        verb = self.change_verb(text, q)
        if not verb:
            return False
        marks = self.clause_marks(text)  # the clause marks between: counted among the sentence's, found once
        first, last = bisect_left(marks, after), bisect_left(marks, q.start)
        if last - first > 1 and not all(  # (受…影响，: clauses that say only why stand between, roles.yaml change.cause)
                any(p.fullmatch(text[marks[k] + 1:marks[k + 1]].strip()) for p in self.lex.change_cause)
                for k in range(first, last - 1)):
            return False
        head = text[max(after, ctx.clause_start):q.start]
        if head.endswith(verb):
            head = head[:len(head) - len(verb)]
        else:
            # the verb runs into the figure's own prefix qualifier (较“十三五”末增加约900张: 约 is the quote's)
            upto = text[max(after, ctx.clause_start):q.num_start]
            if q.num_start > q.start and upto.endswith(verb):
                head = upto[:len(upto) - len(verb)]
        got = self._bare_heads.get(head)
        if got is None:  # a function of the words alone, and 比上年下降 recurs figure after figure
            if any(p.fullmatch(head.strip(" " + self.lex.clause_end)) for p in self.lex.change_base):
                got = True  # a comparison's base and nothing else (roles.yaml change.base)
            else:
                rest = self.lex.year.sub("", head)
                if self._bare is not None:
                    rest = self._bare.sub("", rest)
                got = not rest.strip(" " + self.lex.clause_end)
            if len(self._bare_heads) >= WORDS_CACHE:
                self._bare_heads.clear()
            self._bare_heads[head] = got
        return got

    def shared_bound(self, text: str, q: Quantity, others: list[Quantity]) -> str:
        """The bound of the list q ends: 分别超过300万千瓦和260万千瓦 writes 超过 once for both figures, so
        an exact figure joined by a list link alone to the figure before it takes that figure's prefix
        bound where 分别 (qualifiers.yaml shared_after) stands right before the bound."""
        links, heads = self.lex.list_links, self.lex.qual_shared_after
        if not heads or not any(h in text for h in heads):
            return ""  # (the bound is shared only after a head word, 分别, which most sentences lack)
        cur = q
        while True:
            prev = max((o for o in others if o.end <= cur.start and o is not cur), key=lambda o: o.end, default=None)
            if prev is None or text[prev.end:cur.start].strip() not in links:
                return ""
            if prev.num_start > prev.start:  # a prefix bound of its own: the list's head
                break
            cur = prev
        if prev.qualifier == "exact":
            return ""
        if not any(text.endswith(w, 0, prev.start) for w in heads) and \
                (self._shared_head is None or self._shared_head.search(text, max(0, prev.start - 16), prev.start) is None):
            return ""
        return prev.qualifier

    def qualifier(self, text: str, q: Quantity, ctx: Context, others: list[Quantity]) -> str:
        """A governing qualifier verb earlier in the clause, if no other number stands between."""
        if q.qualifier == "exact" and q.num_start == q.start:
            shared = self.shared_bound(text, q, others)
            if shared:
                return shared
        if q.qualifier == "exact" and self._share_bound is not None and q.unit in _SHARE_UNITS:
            head = self._share_bound.match(text, ctx.clause_start, q.start)
            if head is not None and head.end() == q.start:
                # (不到全县老年人的5%: the bound heading the clause, the whole between, bounds the share)
                return self.lex.qual_governing_share[head.group("word")]
        if q.qualifier != "exact" or self._governing is None or not self._found_in("governing", self._governing, text):
            return q.qualifier  # (most sentences hold no governing word at all: one search tells)
        best = None
        not_after = self.lex.qual_prefix_not_after
        for m in self._governing.finditer(text, ctx.clause_start, q.start):
            # a verb whose first character ends another word (签约合作率: 签约, then 合作) governs nothing,
            # as that character before a number is no prefix (qualifiers.yaml prefix_not_after)
            if m.start() > 0 and text[m.start() - 1] in not_after.get(m.group(0)[0], ()):
                continue
            best = m
        if best is None:
            return q.qualifier
        if any(best.end() <= o.start < q.start for o in others if o is not q):
            return q.qualifier
        return self.lex.qual_governing[best.group(0)]

    def role(self, text: str, q: Quantity, ctx: Context, listed: str = "") -> tuple[str, str]:
        """(role, cue): target beats change beats level; the cue says why, for `explain`.

        listed: the cue of a list opened in an earlier sentence (see `opens_list`)."""
        # a goal word right after the figure (低于全年4%以内的控制目标) makes it the goal's own value, which the bound
        # word opening its clause compares the figure before with: no gap (see `compared_far`)
        gap = "" if self._target_after and ctx.after.startswith(self._target_after) else self.gap(text, q, ctx)
        if gap:
            # a gap to an average or a wider area under a goal word (力争增速继续高于全省平均水平2个百分点以上)
            # is the goal; a gap to the goal itself (低于控制目标1.34个百分点, 计划改造4000户，超额完成600户: the quota is
            # the base, whatever plan word stands before it) stays a change
            cue = "" if any(w in gap for w in self.lex.target_before) or any(
                w in gap for w in self.lex.change_gap_to_goal) else self._target_cue(text, q.num_start)
            return ("target", cue) if cue else ("change", gap)
        goal = self.goal_of_share(ctx)
        if goal:
            return "target", goal
        before = ctx.before
        standard = next((m for p, sets in self._standard
                         if may_match(sets, before) and (m := p.search(before)) is not None), None) \
            if self._standard_gate is None or self._standard_gate.search(before) is not None else None
        if standard is not None:
            # 每张补助5000元 under a plan: the rate it pays, a standard set, no amount planned (the only level
            # with a cue: no time ahead makes it a goal either)
            return "level", standard.group(0)
        follow = text[q.end:q.end + 1]
        stock = next((m for p, first in self._stock_after
                      if (first is None or follow in first) and (m := p.match(text, q.end)) is not None), None)
        if stock is not None:
            # 可满足全县96万人口的住院需求 under a plan: the people a place holds, whom the plan serves, not a number
            # it sets
            return "level", stock.group(0)
        base = next((m for p, sets in self._base_value if may_match(sets, before) and (m := p.search(before))), None)
        if base is None:
            base = next((m for p, first in self._base_after
                         if (first is None or follow in first) and (m := p.match(text, q.end)) is not None), None)
        if base is not None:
            # 达到3.2人，比2025年的2.6人提高0.6人, 在上年4.3万元的基础上增长6% under a plan: the base the goal is measured
            # from or builds on, how things stood then
            return "level", base.group(0)
        headline = self._headline_goal(text, q)
        if headline:
            return "target", headline
        # up to the number, past its bound word: a goal may be written as a floor (全年…不低于700亿元)
        cue = self._target_cue(text, q.num_start)
        if not cue:
            owned = self.event_property(text, q.num_start)
            if owned:
                # 新院区预计明年投用，…，总投资2.65亿元: the project's cost, a level, whatever year the event names (a
                # level with its cue: the time ahead in its sentence makes no goal of it)
                return "level", owned
        if cue:
            # 建成后编制床位将由150张增加到300张: under a plan word the pair's to end is the goal, its from end the
            # level the plan starts from (as under a list in force)
            return ("level", "") if self.pair_from(ctx) else ("target", cue)
        if ctx.after.startswith(self._target_after):  # (one test in C first: most figures have none after them)
            for word in self.lex.target_after:
                if ctx.after.startswith(word):
                    return "target", word
        if text is not self._after_of:
            self._after_of, self._after_live = text, tuple(p for p, sets in self._after_clause if may_match(sets, text))
        # (总投资3.2亿元，计划于2027年建成投用: the clause names the project's cost, set whenever it is finished, a level
        # as under a cue of an event; the completion to come makes targets of what the project is to give, not of it)
        costed = bool(self._after_live) and any(map(ctx.before.__contains__, self._event_not))
        for p in () if costed else self._after_live:
            m = p.match(text, q.end)
            if m is not None:
                return "target", m.group(0).strip(self.lex.clause_end + " ")
        announced = self._announced(text, q.start)
        if announced:
            return "target", announced
        if listed and not self._reset_before(text, q.start) and not self.pair_from(ctx):
            return "target", listed
        verb = self.change_verb(text, q) or self.change_after(ctx)
        if verb:
            return "change", verb
        return "level", ""

    def pair_from(self, ctx: Context) -> bool:
        """Is the figure the from end of a from–to pair in its clause (由6.9张提高到7.8张, 由每人每月860元、每人每年
        8760元提高到…; periods.yaml span_from, span_reach)? Under a plan a list or a section set in force the
        pair's to end is the goal, its from end the level the plan starts from."""
        words = self.lex.periods.get("span_from") or []
        reach = self.lex.periods.get("span_reach") or []
        if not words or not reach or not any(map(ctx.before.__contains__, words)):
            return False
        k = min((i for w in reach if (i := ctx.after.find(w)) >= 0), default=-1)
        return k >= 0 and any(map(str.isdigit, ctx.after[k:])) and \
            not any(map(ctx.before[max(map(ctx.before.rfind, words)):].__contains__, reach))

    def goal_of_share(self, ctx: Context) -> str:
        """The goal a share done is taken of, written between the goal word and the share (roles.yaml
        target.goal_before, goal_after): the share after it is a result, the figure itself the plan,
        though the goal word that a verb of completion cancels as a cue names it."""
        lex = self.lex
        if not lex.target_goal_after or self._goal_after_first is not None and \
                ctx.after[:1] not in self._goal_after_first or not any(p.match(ctx.after) for p in lex.target_goal_after):
            return ""
        return next((m.group(0) for p in lex.target_goal_before if (m := p.search(ctx.before))), "")

    def change_after(self, ctx: Context) -> str:
        """A change whose verb follows the number as the size of a step (pensions raised by a rate of
        2%, roles.yaml change.after): the number is how much the thing moved, no verb before it."""
        after = ctx.after
        if self._change_after_gate is not None and self._change_after_gate.search(after) is None:
            return ""
        return next((m.group(0) for p, sets in self._change_after if may_match(sets, after) and (m := p.match(after))),
                    "")

    def compared_goal(self, text: str, q: Quantity, cue: str, ctx: Context) -> bool:
        """低于3.5%的控制目标: a goal named by a word after it (roles.yaml target.after), with a bound
        word before it that compares another figure with the goal (target.after_compared); the
        goal itself is exact, the bound belongs to the comparison. The goal word must stand after the
        figure: a list opened by one (主要目标是：…，两大产业产值均超过300亿元) lends the figure its cue,
        and there the bound word is the figure's own."""
        return cue in self.lex.target_after and q.qualifier != "exact" and ctx.after.startswith(cue) and \
            text[q.start:q.num_start] in self.lex.target_after_compared

    def compared_before(self, cue: str, ctx: Context) -> bool:
        """高于年度目标值62%达10.4个百分点: a goal named by the goal word before it (target.goal_before) that opens on a
        bound word comparing the figure before with the goal (target.after_compared), as 低于3.5%的控制目标 names one
        after it: the goal is of that figure's time and kind."""
        return bool(cue) and cue.startswith(tuple(self.lex.target_after_compared)) and cue == self.goal_of_share(ctx)

    def own_bound(self, text: str, q: Quantity) -> str:
        """The qualifier a goal compared with keeps of its own: 高于6%左右的预期目标 compares the figure before with a goal
        of about 6 %, the bound word before it is the comparison's but 左右 after it is the goal's (qualifiers.yaml
        suffix, or an infix, 高于1万余人的目标); `exact` where it holds none."""
        lex = self.lex
        num, tail = text[q.num_start:q.num_end], text[q.num_end:q.end]
        for word in sorted(lex.qual_infix, key=len, reverse=True):
            if num.endswith(word) and word not in lex.qual_infix_after_place:  # (the number's end holds the infix)
                return lex.qual_infix[word]
        return next((lex.qual_suffix[w] for w in sorted(lex.qual_suffix, key=len, reverse=True) if tail.endswith(w)),
                    "exact")

    def compared_far(self, q: Quantity, cue: str, ctx: Context) -> bool:
        """低于年初确定的5.5%以内的调控目标: a goal named by a word after it, in a clause that opens with a
        bound word comparing the figure before with it, words but no number between: the goal keeps
        the bound it states itself (以内)."""
        head = ctx.before.lstrip()
        return cue in self.lex.target_after and bool(self.lex.target_after_compared) and \
            head.startswith(tuple(self.lex.target_after_compared)) and not any(map(str.isdigit, head))

    def gap(self, text: str, q: Quantity, ctx: Context) -> str:
        """低于控制目标1.34个百分点, 超年度目标121.76万人: a gap to a target, right before the number."""
        head = self._before_aside(ctx.before)
        if head is not ctx.before and not head:
            return ""
        if head is ctx.before and any(head.endswith(pair[0]) and ctx.after.startswith(pair[1])
                                      for pair in self.lex.restate_brackets):
            return ""  # 高于全省平均水平（6.1张）: the base's own value, alone in brackets after its name
        got = self._gaps.get(head)
        if got is None:
            got = _remember(self._gaps, head, next((m.group(0) for p, sets in self._gap_needs
                                                         if may_match(sets, head) and (m := p.search(head))), ""))
        if got and any(p.match(ctx.after) for p in self.lex.change_gap_not_after):
            return ""  # 低于全省7.6张的平均水平: the number is the base's own value, not the gap to it
        return got

    def _before_aside(self, before: str) -> str:
        """The words before a figure without a short aside in brackets they end on (低于全省平均水平（4.8%）0.2个
        百分点: the gap is to the base named before the aside, which only restates its value), else `before` itself."""
        for pair in self.lex.restate_brackets:
            if before.endswith(pair[1]):
                open_at = before.rfind(pair[0], max(0, len(before) - _ASIDE_CHARS))
                if open_at >= 0 and pair[1] not in before[open_at:-1]:
                    return before[:open_at]
        return before

    def change_verb(self, text: str, q: Quantity) -> str:
        """The change verb right before the number, if any: a target can be a growth too."""
        if self._change is None:
            return ""
        head = text[max(0, q.start - self.lex.change_window):q.num_start]
        got = self._verbs.get(head)
        if got is None:
            m = self._change.search(head)
            got = _remember(self._verbs, head, "" if m is None or (
                self._change_not and self._change_not.search(head[:m.end()] + "\x00")) else m.group(0))
        if not got and q.unit == "percent" and self.lex.change_rate:
            # 全球经济增长约为3.2%: growth named as a noun before a rate, no value it grew from (由…增长为: a level)
            wide = text[max(0, q.start - 3 * self.lex.change_window):q.num_start]
            got = next((m.group(0) for p in self.lex.change_rate if (m := p.search(wide))), "")
        return got

    def opens_list(self, text: str) -> str:
        """The cue of a target list this sentence opens (目标是：…), which the next sentences continue.

        Only a list of figures: the mark ends the sentence (a heading, 主要预期目标：) or a number
        follows it (目标是：地区生产总值增长6%左右。…); 对准一个目标：胜利！ opens none."""
        if not self.lex.target_list:
            return ""
        # (the sentence's figures asked for it already, where they were weighed: `_sentence_marks`)
        mark = self._marks[2] if text is self._marks_of else self._last_list_mark(text)
        if mark <= 0:
            return ""
        rest = text[mark + 1:]
        if rest.strip(self.lex.sentence_end + " \n") and not any(
                ch.isdigit() or ch in self.lex.digits for ch in rest):
            return ""
        if self._done_list(text, mark):
            return ""
        return self._target_cue(text, mark)

    def _last_list_mark(self, text: str) -> int:
        """The last list mark of a sentence that may open a list (-1 if none). A mark right after a part word (roles.yaml
        target.list_part: …共计1200万元，其中：基本支出预算400万元…) with a figure after it in the sentence parts a total the
        sentence gave: its items end with the sentence, so the next sentences (全年实际支出…。其中：…) are no items of a
        plan; an earlier mark of the sentence (主要目标是：…，其中：…) may still open a list, and a part mark ending its
        sentence (计划实施项目60个，其中：) may lead the lines after it."""
        end = len(text)
        while True:
            # (each mark's last place found by `map` in C: no generator frame for every sentence a list may open)
            mark = max(map(text.rfind, self.lex.target_list, repeat(0), repeat(end)), default=-1)
            if mark <= 0 or not any(p.search(text, 0, mark) for p in self.lex.target_list_part) or \
                    not any(ch.isdigit() or ch in self.lex.digits for ch in text[mark + 1:]):
                return mark
            end = mark

    def _done_list(self, text: str, mark: int) -> bool:
        """Does the lead of the list whose mark is at `mark` name how its goals went (roles.yaml target.list_done:
        2025年主要预期目标完成情况是：…)? Its items are results set beside their goals, each goal with a cue of its own
        (预期增长6%，实际增长5.4%): the lead makes no list of goals, in its sentence nor in the sentences after it."""
        return mark > 0 and any(p.search(text, 0, mark) for p in self.lex.target_list_done)

    def section_heading(self, text: str) -> tuple[int, str]:
        """(rank, cue) of a heading: its rank by its numbering (roles.yaml target.section_levels,
        1 the highest; 0 for a heading numbered in none of them) and the words that make it open a
        plan section (二、2024年重点工作), else ''. The caller knows the text is a heading."""
        heading = text.strip()
        rank = next((i + 1 for i, p in enumerate(self.lex.target_section_levels) if p.search(heading)), 0)
        m = next((m for p in self.lex.target_section if (m := p.search(heading)) is not None), None)
        return rank, (m.group(0) if m is not None else "")

    def key_work_reviewed(self, heading: str) -> bool:
        """Does a numbered heading that names a plan word but no year nor next steps (roles.yaml
        target.section_in_review_not: 二、重点工作) name the key work of a year under review, where a headline reviews
        a past year? Under a plan's headline the same words name the plan's tasks: the caller knows which."""
        return any(p.search(heading.strip()) is not None for p in self.lex.target_section_in_review_not)

    def reviews_so_far(self, line: str, published: str, glued: bool = False) -> bool:
        """Does a headline name how a part of the document's own year went so far (roles.yaml target.review_so_far:
        某县2026年前三季度就业工作情况, no year or the document's, `published` YYYY-MM-DD)? Its numbered heading of key work
        (二、重点工作) names what was done in those months, as under the review of a year before. glued: as for
        `review_year` (the headline run on into the lines after it, 某县…工作情况某县人社局2026-10-20)."""
        pub = published.split("-")[0]
        for head in self._glued_heads(line, glued):
            for p, sets in self._review_so_far:
                found = p.search(head.strip()) if may_match(sets, head) else None
                if found is not None:
                    year = found.group("year")
                    return not year or year == pub
        return False

    def _glued_heads(self, line: str, glued: bool) -> list[str]:
        """The line, and where it is glued (the article's first sentence, its headline maybe run on into the text
        after it), the words up to its first mark, each length down from the longest."""
        heads = [line]
        if glued:
            m = self._clause_end.search(line)
            head = line[:m.start() if m is not None else len(line)].strip()[:self.lex.headline_max]
            heads += [head[:k] for k in range(len(head) - 1, 3, -1)]
        return heads

    def unnumbered_plan(self, line: str, published: str) -> str:
        """The cue of an unnumbered heading naming the plan of a year not before the document's
        (roles.yaml target.section_unnumbered: 2025年主要预期目标), else ''. A year of the past names
        what was done under it; a relative word (今年) names the document's own year."""
        return self._year_cue(self.lex.target_section_unnumbered, line, published, True)

    def plan_lead(self, text: str, published: str, in_plan: bool) -> str:
        """The cue of a sentence leading into the tasks of the year (roles.yaml target.section_lead: 重点抓好以下
        工作：), else ''. Words alone do not tell the year's work from a review of the last (一年来重点抓好以下工作
        is rare but written): the lead counts under a plan already in force (2026年主要预期目标 above it), or
        where it names the year it plans itself (group `year` not before the document's, or group `now`)."""
        return self._year_cue(self.lex.target_section_lead, text, published, in_plan)

    @staticmethod
    def _year_cue(patterns: Sequence[regex.Pattern[str]], text: str, published: str, in_force: bool) -> str:
        """The first match of `patterns` in text whose group `year` (if any) is not before the document's year,
        and that holds in force, a year or group `now`; '' if none."""
        pub = published.split("-")[0]
        for p in patterns:
            m = p.search(text.strip())
            if m is None:
                continue
            year = m.group("year") if "year" in p.groupindex else None
            if year and (not pub.isdigit() or int(year) < int(pub)):
                continue
            if in_force or year or ("now" in p.groupindex and m.group("now")):
                return m.group(0)
        return ""

    def title_plan(self, line: str, published: str, in_plan: bool = False) -> tuple[str, int]:
        """(cue, year) of an article's headline naming the programme of works a place sets itself for a
        year (roles.yaml target.title), else ("", 0): of a year after the document's, or of its own year
        in a document of its first months (title_months); the year a relative word names is the document's.
        in_plan: the page has shown a plan before this headline, and a block's heading that is a part of one
        (target.title_in_plan: ● 资金保障) is the plan's, of the document's year."""
        bits = published.split("-")
        if not (self.lex.target_title or self.lex.target_title_in_plan) or not bits[0].isdigit():
            return "", 0
        pub_year, pub_month = int(bits[0]), int(bits[1]) if len(bits) > 1 and bits[1].isdigit() else 13
        for p in self.lex.target_title:
            m = p.search(line.strip())
            if m is None:
                continue
            year = int(m.group("year")) if "year" in p.groupindex and m.group("year") else pub_year
            if year > pub_year or (year == pub_year and pub_month <= self.lex.target_title_months):
                return m.group(0), year
        if in_plan:
            m = next((m for p in self.lex.target_title_in_plan if (m := p.search(line.strip())) is not None), None)
            if m is not None:
                return m.group(0), pub_year
        return "", 0

    def title_paused(self, heading: str) -> bool:
        """Does a numbered heading under a headline of a plan describe the body whose plan it is (roles.yaml
        target.title_pause: 一、部门基本情况)? What its section counts is how the body stands, no plan."""
        line = heading.strip()
        return any(p.search(line) for p in self.lex.target_title_pause)

    def glued_title_plan(self, text: str, published: str) -> tuple[str, int]:
        """`title_plan` of a headline an extractor glued to the article's first sentence, no break between them
        (乌审旗2026年十项民生实事为切实解决…): the sentence's words up to its first mark, where a headline pattern
        ends inside them on words that follow (the headline is told by its own words: each pattern is asked of
        the words up to where it ends there, as of a line of its own). ("", 0) where none does."""
        m = self._clause_end.search(text)
        head = text[:m.start() if m is not None else len(text)].strip()[:self.lex.headline_max]
        for p in self._title_open:
            found = p.search(head)
            if found is not None and found.end() < len(head):
                cue, year = self.title_plan(head[:found.end()], published)
                if cue:
                    return cue, year
        return "", 0

    def review_year(self, line: str, glued: bool = False) -> int:
        """The year a heading names the review of (roles.yaml target.review: 某委2025年工作总结), else 0.

        glued: the line is the article's first sentence, which may open on its headline with no break after it
        (某委2025年工作总结2025年，全市…): the words up to its first mark are asked, each length down from the
        longest (once an article, a headline's few characters)."""
        if not self.lex.target_review:
            return 0
        for head in self._glued_heads(line, glued):
            for p, sets in self._review:
                found = p.search(head) if may_match(sets, head) else None
                if found is not None:
                    return int(found.group("year"))
        return 0

    def done_in_past(self, text: str, cue: str, at: int, year: int, review: bool, published: str = "",
                     listed: bool = False) -> bool:
        """Does the plan cue `cue` (one of target.cancel with `past`: 争取) before `at` read as done: under the review
        of a year before the document's (`review`), or where its clause names such a year before it (2025年争取新增
        政府债券资金18.6亿元 in a report of 2026), or its sentence opens on the year just over in a document of the
        year's first months (`published`, YYYY-MM-DD), no plan list in force (`listed`)? In a year already past the
        money sought is the money obtained."""
        cancel = self.lex.target_cancel.get(cue)
        if cancel is None or not cancel.past:
            return False
        if review:
            return True
        i = text.rfind(cue, 0, at)
        if i < 0 or not year:
            return False
        start = 0
        for e in self._clause_end.finditer(text, 0, i):
            start = e.end()
        if any(int(y.group("y1")) < year for y in self.lex.year.finditer(text, start, i)):
            return True
        if self._closing_done(text, cue, i, start, year, published, cancel.closing):
            return True
        # (2025年，全市卫生健康支出5.86亿元…；争取中央和省级补助资金1.72亿元 in a report of 2026: a sentence whose first
        # clause is a time past and nothing else, as level.past_clause reads one, dates each clause after it, up to
        # another year named)
        first = self._clause_end.search(text, 0, i)
        if first is not None and self.lex.year.search(text, first.end(), i) is None:
            opening = len(text) - len(text.lstrip())
            for p in self._past_clause:
                m = p.match(text, opening, first.start())
                if m is not None and not text[m.end():first.start()].strip() and \
                        m.groupdict().get("year") is not None and int(m.group("year")) < year:
                    return True  # (a year written: an opening 去年， may be followed by 今年争取…, a goal)
            if any(self._span_end(m) < year for p in self.lex.target_past_span
                   if (m := p.fullmatch(text, opening, first.start())) is not None):
                return True  # (“十四五”期间，…争取… in a report of 2026: the plan's years are over)
        if self._past_clause_before(text, i, year):
            return True
        if self._months_over(text, start, i, year, published):
            return True
        # (上年全市争取新增政府债券资金168.5亿元 in a report of January: a clause opening on a word of a year past,
        # level.past_clause, as on the year written out)
        lead = start + len(text[start:i]) - len(text[start:i].lstrip())
        for p in self._past_clause:
            m = p.match(text, lead, i)
            if m is not None and (m.groupdict().get("year") is None or int(m.group("year")) < year):
                return True
        # (全年卫生健康支出4.36亿元，同比增长6.8%；争取中央和省级补助资金1.72亿元 in a report of January: the sentence
        # speaks of the year just over from its first word, as the period of its figures does)
        return not listed and self.closing_open(text, i, published)

    def _months_over(self, text: str, start: int, i: int, year: int, published: str) -> bool:
        """Does the cue's clause (from `start`) or its sentence open on months from January (roles.yaml
        target.months_ahead: 上半年, 1-6月) that ended before the document's month (`published`, YYYY-MM-DD), of the
        document's year (`year`; no year written before them), no closing_not word between them and the cue at `i`?
        上半年争取新增政府债券资金6.4亿元 in an August report: the money the months over brought in, a level; the same
        words in May are the half's plan, and 下半年争取… stays one."""
        bits = published.split("-")
        if not self.lex.target_months_ahead or len(bits) < 2 or not bits[0].isdigit() or not bits[1].isdigit() \
                or int(bits[0]) != year:
            return False
        month = int(bits[1])
        leads = (len(text) - len(text.lstrip()), start + len(text[start:i]) - len(text[start:i].lstrip()))
        for lead in dict.fromkeys(leads):
            for p in self.lex.target_months_ahead:
                m = p.match(text, lead, i)
                if m is None:
                    continue
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                written = groups.get("month")
                ends = int(written) if written else next(
                    (int(k[1:]) for k in groups if k[:1] == "m" and k[1:].isdigit()), 0)
                if 0 < ends < month and not any(w in text[m.end():i] for w in self.lex.target_closing_not) \
                        and not any(int(y.group("y1")) >= year for y in self.lex.year.finditer(text, 0, i)):
                    return True
        return False

    def _past_clause_before(self, text: str, i: int, year: int) -> bool:
        """Is the last year written before `i` (the cue's place) a clause of its own before the cue's, a time past and
        nothing else (level.past_clause: 2025年，), no year after it up to the cue? Captions run on as one sentence
        (…提升，记者…获悉，2025年，全县卫生健康支出3.12亿元，同比增长6.1%，争取中央和省级补助资金8460万元): such a
        clause dates each clause after it as the first one of a sentence does."""
        years = list(self.lex.year.finditer(text, 0, i))
        if not years:
            return False
        last = years[-1]
        start = 0
        for e in self._clause_end.finditer(text, 0, last.start()):
            start = e.end()
        end = self._clause_end.search(text, last.end(), i)
        if end is None or start == 0:  # (the sentence's first clause is asked above; the cue's own clause below)
            return False
        lead = start + len(text[start:end.start()]) - len(text[start:end.start()].lstrip())
        for p in self._past_clause:
            m = p.match(text, lead, end.start())
            if m is not None and not text[m.end():end.start()].strip() and \
                    m.groupdict().get("year") is not None and int(m.group("year")) < year:
                return True
        return False

    def _span_end(self, m: regex.Match[str]) -> int:
        """The last year of a span roles.yaml target.past_span matched: written (group `y2`), or the last of the
        five-year plan named (group `plan`, periods.yaml plans); 9999 where the plan is unknown (never over); 0 for a
        count of years looking back to now (group `back`), always over."""
        if m.groupdict().get("back") is not None:
            return 0  # (a count of years looking back to now, 两年多来: those years are behind the document)
        written = m.groupdict().get("y2")
        if written:
            return int(written)
        span = str((self.lex.periods.get("plans") or {}).get(m.groupdict().get("plan") or "", ""))
        last = span.rsplit("-", 1)[-1]
        return int(last) if last.isdigit() else 9999

    def closing_open(self, text: str, i: int, published: str) -> bool:
        """Does the sentence open on a word of the year just over (roles.yaml target.closing_open: 全年…) in a
        document of the year's first closing_open_months months (`published`, YYYY-MM-DD), with no plan cue in its
        words before i? Such a word names the year the report closes (periods.yaml closing_years reads it so); a
        plan's sentence of the same months (全年地区生产总值预期增长6%左右，争取…) names its own cue before."""
        bits = published.split("-")
        if not self.lex.target_closing_open or len(bits) < 2 or not bits[1].isdigit() or \
                int(bits[1]) > self.lex.target_closing_open_months:
            return False
        if not any(p.match(text) is not None for p in self.lex.target_closing_open):
            return False
        return self._target is None or self._target.search(text, 0, i) is None

    def horizon_past(self, text: str, cue: str, at: int, year: int) -> bool:
        """Does the plan cue `cue` before `at` name a horizon (roles.yaml target.past_horizon: 到2025年末…达到) before the
        document's year `year`? A goal whose time is over is reported as reached by a text written after it: a level.
        The patterns are matched where the cue stands in the sentence, so that they may ask what comes before it (a
        plan that 提出到2025年… states its goal, whatever the year now)."""
        if not year or not self.lex.target_past_horizon:
            return False
        i = text.rfind(cue, 0, at)
        if i < 0:
            return False
        for p in self.lex.target_past_horizon:
            m = p.match(text, i)
            if m is not None and int(m.group("year")) < year:
                return True
        return False

    def _closing_done(self, text: str, cue: str, i: int, start: int, year: int, published: str,
                      words: tuple[str, ...]) -> bool:
        """Does the cue `cue` at `i` (its clause from `start`) read as done in a document of the year's last
        target.closing_months months, one of its `closing` words after it in its sentence (今年全市争取…，比上年增加…
        in December), no year after the document's and no closing_not word in its clause before it?"""
        bits = published.split("-")
        months = self.lex.target_closing_months
        if not words or not months or len(bits) < 2 or not bits[0].isdigit() or not bits[1].isdigit() or \
                int(bits[0]) != year or int(bits[1]) <= 12 - months:
            return False
        if not any(w in text[i + len(cue):] for w in words):
            return False
        if any(int(y.group("y1")) > year for y in self.lex.year.finditer(text, start, i)):
            return False
        return not any(w in text[start:i] for w in self.lex.target_closing_not)

    def month_ahead(self, text: str, at: int, published: str) -> bool:
        """Does the sentence before the figure at `at` set a month's end as the deadline of its works (roles.yaml
        target.month_ahead: 全市到9月底建成5G基站1200个), that month after the one the document was published in
        (`published`, YYYY-MM-DD)? The month is of the document's year where no year is written: in a June item the
        works are still to come, a goal; once the month is over the same words report what was done. A year written
        (group `year`: 到2026年底，全县新增城镇就业2800人以上 in a plan of March 2026) says which: a later year's end
        is ahead, the document's own year's end ahead until December, an earlier one over. The figure must follow the
        match with no other number between (the deadline's own digits aside), so that the deadline is its own."""
        bits = published.split("-")
        if not self.lex.target_month_ahead or len(bits) < 2 or not bits[1].isdigit() or not bits[0].isdigit():
            return False
        year, month = int(bits[0]), int(bits[1])
        for p in self.lex.target_month_ahead:
            for m in p.finditer(text, 0, at):
                # (a digit in a name, 5G基站, 4K, is no number: only one set apart from Latin letters counts)
                between = _NAMED_DIGITS.sub("", text[m.end():at])
                groups = m.groupdict()
                written, due_year = groups.get("month"), groups.get("year")
                # (the year's end written alone, no month: ahead from the end of the months in which a report still
                # reviews the year just over, up to December)
                due = int(written) if written else _YEAR_END_MONTH
                if due_year is not None:
                    ahead = int(due_year) > year or (int(due_year) == year and due > month)
                else:
                    ahead = due > month and bool(written or month > self.lex.target_closing_open_months)
                if ahead and (not any(ch.isdigit() for ch in between) or self._month_ahead_reach(text, m.end(), at)):
                    return True
        return False

    def months_ahead(self, text: str, at: int, cue: str, published: str) -> bool:
        """Do the months from January that the figure's clause opens on (roles.yaml target.months_ahead: 1-6月开工建设
        项目60个以上) end after the document's month (`published`, YYYY-MM-DD) in the year of the plan whose cue `cue`
        is in force, or is the plan for a year after the document's? The months are still to come, not over as a
        reset reads them. A plan of a year before the document's is none."""
        bits = published.split("-")
        if not self.lex.target_months_ahead or len(bits) < 2 or not bits[0].isdigit() or not bits[1].isdigit():
            return False
        year, month = int(bits[0]), int(bits[1])
        named = [int(y) for y in _CUE_YEARS.findall(cue)]
        plan = max(named) if named else year
        if plan < year:
            return False
        last = None
        for p in self.lex.target_months_ahead:
            for m in p.finditer(text, 0, at):
                if last is None or m.start() > last.start():
                    last = m
        # (its own item only: a scope mark between, 1-6月完成投资12亿元；新建…, ends the months' reach)
        if last is None or self._scope_end is not None and self._scope_end.search(text, last.end(), at) is not None:
            return False
        groups = {k: v for k, v in last.groupdict().items() if v is not None}
        written = groups.get("month")
        ends = int(written) if written else next((int(k[1:]) for k in groups if k[:1] == "m" and k[1:].isdigit()), 0)
        return ends > 0 and (plan > year or ends > month)

    def _month_ahead_reach(self, text: str, start: int, at: int) -> bool:
        """Does a deadline ending at `start` reach a figure at `at` past a figure of its own (roles.yaml
        target.month_ahead_reach: 年底前新建示范型服务站300个，服务站规范化建设达标率达到95%以上)? No scope mark and no
        reset word (level.reset) between, and the words of the figure's own clause, from its opening to the number, one
        of the patterns matched whole."""
        if not self.lex.target_month_ahead_reach or \
                (self._scope_end is not None and self._scope_end.search(text, start, at) is not None):
            return False
        # (a clause between that reports, 目前已建成260个，建成率达到86.7%: the rate is of what was done)
        if self._reset is not None and self._reset.search(text, start, at) is not None:
            return False
        opening = max((e.end() for e in self._clause_end.finditer(text, start, at)), default=-1)
        if opening < 0:
            return False
        return any(p.fullmatch(text, opening, at) is not None for p in self.lex.target_month_ahead_reach)

    def past_clause(self, text: str, cue: str, at: int, ctx: Context, year: int) -> bool:
        """Does the clause of a figure at `at`, a goal by its cue `cue`, open on a time past (roles.yaml
        level.past_clause: …达到500家，2025年为360家 in a report of 2026; 今年力争增长8%以上，去年为6.7%), the cue standing
        before that clause? The value of the base year the goal is set against: how things stood, no goal. A year
        written must be before the document's year `year` (unknown, 0: only the words of a time past count)."""
        if not self._past_clause or not ctx.clause_start or text.rfind(cue, 0, at) >= ctx.clause_start:
            return False
        for p in self._past_clause:
            m = p.match(text, ctx.clause_start, at)
            if m is None:
                continue
            written = m.groupdict().get("year")
            if written is None or (year and int(written) < year):
                return True
        return False

    def done_clause(self, text: str, cue: str, at: int, ctx: Context, review: bool, year: int) -> bool:
        """Under the review of a year past (`review`), does the clause of a figure at `at`, a goal by its cue `cue` written
        in its sentence in a clause before, open on what the year did (roles.yaml level.done_clause: 年初计划新开工项目
        800个，全年新开工862个; 计划改造老旧小区1200个，完成1265个; the cue holding one of level.done_cues, a goal's word,
        not the lead of a list of works, 重点抓好以下工作：)? The result set beside the goal, a level. A plan's
        clause of the same words (2026年计划实施项目100个，完成投资150亿元: a year not before the document's `year`
        before it in the sentence) is still the goal's, and so is an item of a list a lead opened (the caller)."""
        if not review or not self._done_clause or not ctx.clause_start or \
                not any(w in cue for w in self.lex.level_done_cues):
            return False
        i = text.rfind(cue, 0, at)
        if i < 0 or i >= ctx.clause_start:
            return False
        if year and any(int(y.group("y1")) >= year for y in self.lex.year.finditer(text, 0, at)):
            return False
        return any(p.match(text, ctx.clause_start, at) for p in self._done_clause)

    def result_after(self, text: str, at: int) -> bool:
        """Does a clause after `at`, up to the next semicolon, open on what the year did (roles.yaml level.done_clause:
        年初计划新开工项目800个，全年新开工862个)? The goal before it is set beside its result: a goal of the year
        reviewed."""
        if not self._done_clause:
            return False
        end = self._scope_end.search(text, at) if self._scope_end is not None else None
        stop = end.start() if end is not None else len(text)
        return any(any(p.match(text, e.end(), stop) for p in self._done_clause)
                   for e in self._clause_end.finditer(text, at, stop))

    def names_year_before(self, text: str, year: int) -> bool:
        """Does the sentence's first clause name a year before `year` (2025年，全旗民生支出… under a plan for
        2026): it speaks of the past, whatever plan is in force around it."""
        m = self._clause_end.search(text)
        return any(int(y.group("y1")) < year for y in self.lex.year.finditer(text, 0, m.start() if m else len(text)))

    def plan_resumed(self, text: str) -> int:
        """Where a clause after the first turns back to the plan's year (roles.yaml target.resume: 去年…，今年力争…),
        -1 where none does."""
        m = self._clause_end.search(text)
        if m is None:
            return -1
        return min((r.start() for p in self.lex.target_resume if (r := p.search(text, m.end())) is not None), default=-1)

    def carries_on(self, text: str) -> bool:
        """Does the sentence open on a word going on with what the sentence before it said (roles.yaml
        target.carry_on: 同时，…), so that a plan whose goal ended that sentence reaches it?"""
        head = text.lstrip()
        return any(p.match(head) for p in self.lex.target_carry_on)

    def ends_list(self, text: str, ahead: bool = False) -> bool:
        """Does the sentence speak of the past from its first clause (去年，…), ending a list?

        ahead: the list's lead names a year to come (到2030年，主要目标是：), whose items may total the plan's years
        (五年累计新增城镇就业3万人以上): the words of roles.yaml target.list_end_ahead_not end none of it."""
        words = self._list_end_ahead if ahead else self._list_end
        if words is None:
            return False
        m = self._clause_end.search(text)
        if m is not None and text[:m.start()].strip() in self._head_leads:
            # (答：去年全县新增…，总数达到…；…: an interview's answer mark, or a lead that only says what an estimate rests
            # on, is no clause of its own; the clause after it is the sentence's first, as `_heads` reads it)
            m = self._clause_end.search(text, m.end())
        return words.search(text, 0, m.start() if m else len(text)) is not None

    def target_in_force(self, text: str, end: int) -> bool:
        """Whether a target cue is in force at `end` (`_target_cue`): the from end of a pair after it (将由…提高到…) is
        the level a plan starts from."""
        return bool(self._target_cue(text, end))

    def running_head(self, line: str) -> bool:
        """Does one of the running head's patterns (layout.yaml running_head) find a match in the line?"""
        return any_found(self._running_heads, line)

    def _headline_goal(self, text: str, q: Quantity) -> str:
        """The words of a speaker's headline that make its figure a goal (roles.yaml target.headline_goal: 张明：今年新增
        城镇就业8000人以上, a figure of the year with a bound in what a speaker says in a headline), or "": one matches
        the sentence from its start, no further than a headline runs, the figure in its group `goal`, and the match
        ends the sentence or a headline glued to the body's opening quote (…8000人以上“今年，…). The same words in
        the body of an interview (王立新答：今年全市新增…。) report results, and end on a sentence's mark."""
        if not self.lex.target_headline_goal or q.num_start >= self.lex.headline_max:
            return ""
        for p, sets in self._headline_needs:
            if not may_match(sets, text):
                continue  # (what a match needs lies before headline_max, so in the sentence)
            m = p.match(text, 0, self.lex.headline_max)
            if m is None or not m.start("goal") <= q.num_start < m.end():
                continue
            e = m.end()
            if e == len(text) or text[e].isspace() or unicodedata.category(text[e]) in _GLUED_OPENINGS:
                return m.group("goal")[:q.num_start - m.start("goal")]
        return ""

    def _target_cue(self, text: str, end: int) -> str:
        """The cue in force at `end`: the last one before it, unless masked, cancelled or reset."""
        if self._target is None or not self._found_in("target", self._target, text):
            return ""  # no cue anywhere in the sentence (most): neither pattern runs per figure
        masked = set()
        if self._target_not is not None:
            for m in self._target_not.finditer(text, 0, end):
                masked.update(range(m.start(), m.end()))
        last = None
        for m in self._cue_matches(text, end):
            if m.start() not in masked and not self._cancelled(text, m) and self._reaches(text, m, end):
                last = m
        if last is None:
            return ""
        # from the cue's start: a pattern cue (到2025年…达到) spans words, a reset among them counts;
        # a cumulative word (累计) after the cue counts only where a clause mark or a number stands
        # between (计划投资8亿元，累计完成6亿元), not in the goal's own words (力争实现城镇新增就业累计65万人)
        if self._reset is not None:
            for reset in self._reset.finditer(text, last.start(), end):
                if reset.group(0) in self.lex.level_cumulative and (self._horizon_total(text, reset.start()) or any(
                        p.search(text, 0, reset.start()) is not None for p in self.lex.level_cumulative_ahead)):
                    continue
                if reset.group(0) not in self.lex.level_cumulative or reset.start() < last.end() or \
                        self._clause_end.search(text, last.end(), reset.start()) is not None or \
                        any(ch.isdigit() for ch in text[last.end():reset.start()]):
                    return ""
        # (a clause that repeats the goal's verb, 计划新增…6000张，新增6380张, reports the result: read on past the figure,
        # whose unit and clause mark the pattern needs, but only a clause that opens before it counts)
        for p in self.lex.level_repeat_done:
            m = p.search(text, last.start())
            if m is not None and m.start() < end:
                return ""
        return last.group(0)

    def _reset_before(self, text: str, end: int) -> bool:
        """Does a reset word (level.reset) stand in the sentence before `end`, ending a list's or a section's cue there?
        A cumulative word that totals a goal due by a horizon before it (二、重点任务 … 每年培训…不少于1500人次，到2028年累计
        培训5000人次以上；开发公益性岗位260个: the total the plan sets by then, `_horizon_total`) reports no result, and the
        tasks after it stay the plan's; 截至2025年底累计…, 已…, stay resets."""
        if self._reset is None:
            return False
        return any(m.group(0) not in self.lex.level_cumulative or not self._horizon_total(text, m.start())
                   for m in self._reset.finditer(text, 0, end))

    def _horizon_total(self, text: str, at: int) -> bool:
        """Is the cumulative word at `at` the total of a goal due by a horizon before it (力争到2027年底，基本完成改造
        任务，累计新增停车泊位5000个)? Only where no figure stands between the horizon and it: the years written there
        (2000年底前建成的小区) are dates, a number is a figure, whose plan the total after it reports progress on, unless
        the word sits inside its own clause right before its figure (level.cumulative_own)."""
        if self._horizon is None:
            return False
        ends = [m.end() for m in self._horizon.finditer(text, 0, at)]
        if not ends:
            return False
        between = self.lex.year.sub("", text[ends[-1]:at])
        if not any(ch.isdigit() for ch in between):
            return True
        # (… though a figure stands between where the word sits inside its own clause's words, right before its
        # figure: 到2027年底，…达到860个，建成高标准农田累计42万亩 is the next goal's total; 累计完成6亿元 opening its
        # clause reports progress)
        return any(p.match(text, at) is not None for p in self.lex.level_cumulative_own)

    def _cue_matches(self, text: str, end: int) -> list[regex.Match[str]]:
        """The matches of `self._target.finditer(text, 0, end)`, found by its alternatives searched one after another.

        The alternation opens in ~30 different ways (a digit, a lookbehind, a word), so `regex` tries all of it at
        every position (~100 µs a sentence); each alternative alone skips ahead to where it may match. The whole
        pattern's next match is at the leftmost position any alternative matches at, and there it is the match of
        the first alternative (in the pattern's order) that matches there: the one whose own leftmost match from the
        same position is at that position. An alternative's leftmost match found from an earlier position that
        starts at or after the next one to search from is still its leftmost from there, so it is kept, not searched
        again. An empty match (none of the shipped alternatives can make one) is left to the whole pattern."""
        if not self._target_alone:
            return list(self._target.finditer(text, 0, end))
        gate = self._target_gate
        nxt: list[regex.Match[str] | None] = [b.search(text, 0, end) for b, _ in gate]
        out: list[regex.Match[str]] = []
        while True:
            best = None
            for m in nxt:
                if m is not None and (best is None or m.start() < best.start()):
                    best = m  # (the first of the leftmost: `<` keeps an earlier alternative on a tie)
            if best is None:
                return out
            if best.end() == best.start():
                return list(self._target.finditer(text, 0, end))
            out.append(best)
            pos = best.end()
            for k, m in enumerate(nxt):
                if m is not None and m.start() < pos:
                    nxt[k] = gate[k][0].search(text, pos, end)

    def _sentence_marks(self, text: str) -> tuple[int, str, int]:
        """(end of the first announcement, its words, last list mark) of a sentence, worked out once
        per sentence: a sentence with thousands of figures must not be scanned once per figure."""
        if text is not self._marks_of:
            first, words = len(text) + 1, ""
            for p, sets in self._announce:
                m = p.search(text) if may_match(sets, text) else None
                if m is not None and m.end() < first:
                    first, words = m.end(), m.group(0)
            last = self._last_list_mark(text)
            self._marks_of, self._marks = text, (first, words, last)
        return self._marks

    def _announced(self, text: str, end: int) -> str:
        """《规划》明确，…: a plan announcing its goals before `end` in the sentence."""
        first, words, _ = self._sentence_marks(text)
        return words if first <= end else ""

    def _reaches(self, text: str, m: regex.Match[str], end: int) -> bool:
        """Does the cue at m govern a figure at `end`? A cue that a list mark follows in its
        sentence (目标是：…；…) reaches the sentence's end; a noun cue (规划床位) the end of its
        clause; a cue that heads its sentence (力争2023年底，…；…；…) the sentence's end; any
        other the next scope mark (…，超年度目标…，参保率98%；…), as a deadline heading its
        sentence does (roles.yaml target.scope_bounded)."""
        last = self._sentence_marks(text)[2]
        if last >= m.end() and not self._done_list(text, last):
            return True
        if m.group(0) in self._clause_only:
            e = self._clause_end.search(text, m.end(), end)
            if e is None:
                return True
            # 规划床位1200张，其中新增床位800张，重症医学科床位不少于60张: the parts of the planned total the next
            # clause opens are planned too, up to the next scope mark
            own = text[m.end():e.start()]  # the cue's own clause holds the total it plans, right after it
            if any(ch.isdigit() for ch in own) and any(p.match(text, e.end()) for p in self.lex.target_clause_revised):
                # 年初预算12.6亿元，经县人大常委会批准调整为13.1亿元，全年实际完成…: the next clause revises the amount
                # the cue's own plans, a plan still; the clauses after it are not the cue's
                return self._clause_end.search(text, e.end(), end) is None
            return bool(self._clause_parts) and text.startswith(self._clause_parts, e.end()) and \
                len(own) <= 16 and any(ch.isdigit() for ch in own) and not any(ch.isspace() for ch in own) and \
                (self._scope_end is None or self._scope_end.search(text, m.end(), end) is None) and \
                self._same_measure(text, m.end(), end)
        if m.group(0) in self._subject_bound and self._figure_verb(text, m.end()) and \
                not self._reaches_bare(text, m, end):
            return False
        if self._earlier_part(text, m, end):
            return False
        if self._event_property(text, m, end):
            return False
        if self._scope_end is None:
            return True
        # a deadline heading its sentence (2025年底前，…；…) still ends at the scope mark: what is due
        # by it, not the standards the clauses after it set
        if self._heads(text, m.start()) and \
                not any(p.fullmatch(m.group(0)) for p in self.lex.target_scope_bounded):
            return True
        # a clause after the mark that goes on with the same plan (…预计10月建成投用；另对8所敬老院进行改造) is still
        # in its reach (roles.yaml target.scope_continue)
        return all(any(p.match(text, e.end()) for p in self.lex.target_scope_continue)
                   for e in self._scope_end.finditer(text, m.end(), end))

    def _earlier_part(self, text: str, m: regex.Match[str], end: int) -> bool:
        """Does the figure at `end` stand in a part's clause (其中…: roles.yaml target.clause_parts) after the cue's
        own that breaks down a count the sentence gave before the cue, not the cue's plan? So it does where the part's
        clause names the two characters right before that earlier number (公开招聘岗位1280个，计划招聘2150人，其中
        面向高校毕业生的岗位占比68%: the posts' share, 岗位, a level) and the cue's own clause names them nowhere
        (规划床位1200张，其中新增床位800张: the parts of the planned total, 床位 in the cue's clause, planned too)."""
        if not self._clause_parts:
            return False
        marks = [e for e in self._clause_end.finditer(text, m.end(), end)]
        if not marks or not text.startswith(self._clause_parts, marks[-1].end()):
            return False
        part = text[marks[-1].end():end]
        own = text[m.end():marks[0].start()]
        for run in self._number_run.finditer(text, 0, m.start()):
            word = text[max(0, run.start() - 2):run.start()]
            if _HAN2.fullmatch(word) is not None and word in part and word not in own:
                return True
        return False

    def _same_measure(self, text: str, total: int, part: int) -> bool:
        """Are the first number after `total` (a planned total's, 规划床位1200张) and the number at `part` counted in the
        same measure word (其中新增床位800张)? A part breaks its total down in the total's measure; one counted in
        another (计划总投资612亿元，其中重大产业项目14个) breaks down an earlier count, the projects brought in, and is
        none of the plan's."""
        first = next((i for i in range(total, part) if text[i].isdigit()), None)
        if first is None:
            return True
        a, b = self._number_run.match(text, first), self._number_run.match(text, part)
        if a is None or b is None:
            return True
        return text[a.end():a.end() + 1] == text[b.end():b.end() + 1]

    def _heads(self, text: str, at: int) -> bool:
        """Does a cue at `at` head its sentence? So it does with no clause mark before it, or after clauses that only
        say what an estimate rests on (roles.yaml target.head_leads: 综合判断，预计全年…；…；…): they name no figure
        nor subject of their own, and the list of estimates after them is the cue's as where it opens the sentence."""
        marks = [e.start() for e in self._clause_end.finditer(text, 0, at)]
        if not marks:
            return True
        if not self._head_leads:
            return False
        clauses = self._clause_end.split(text[:marks[-1]])
        return all(c.strip() in self._head_leads for c in clauses)

    def _event_property(self, text: str, m: regex.Match[str], end: int) -> str:
        """The word (roles.yaml target.event_not) opening the clause of a figure at `end` after a cue of an event at m
        (新院区预计明年投用，…，总投资2.65亿元): what the project is, its cost set whenever it opens, which the cue does not
        reach (it reaches what the event will bring, 可新增…岗位260个); "" where none does."""
        if not self._event_not or not self._event_cue(text, m):
            return ""
        opens = max((e.end() for e in self._clause_end.finditer(text, m.end(), end)), default=-1)
        rest = text[opens:end].lstrip() if opens >= 0 else ""
        return next((w for w in self._event_not if rest.startswith(w)), "")

    def _event_cue(self, text: str, m: regex.Match[str]) -> bool:
        """Is the cue at m one of an event? An estimate's word (预计) not followed by the verb of a figure (预计明年投用),
        or any cue whose own clause names nothing but a completion to come (roles.yaml target.event_clause: 该中心计划
        明年投用，总投资5亿元): what it plans is the opening, not a figure of its clause."""
        if m.group(0) in self._subject_bound and not self._figure_verb(text, m.end()):
            return True
        return any(p.match(text, m.end()) for p in self.lex.target_event_clause)

    def _figure_verb(self, text: str, at: int) -> bool:
        """Does the figure of an estimate's cue (target.subject_bound) follow it at `at`: one of its verbs (roles.yaml
        subject_verbs: 产量预计达到…), or the number itself with no verb between (roles.yaml subject_number: 粮食总产量
        预计38.5亿斤, the estimate of its subject as 预计达到 is, not a cue of an event to come; not a time, 预计6月投用)?"""
        return text.startswith(self._subject_verbs, at) or any(p.match(text, at) for p in self.lex.target_subject_number)

    def event_property(self, text: str, end: int) -> str:
        """The word of `_event_property` for a figure at `end` after the last event cue before it, else "" (a noun's
        cue between, 规划床位300张, makes a target of its own clause only)."""
        if self._target is None or not self._event_not or not self._found_in("target", self._target, text):
            return ""
        # only a cue of `_subject_bound` counts below, its word then whole before `end`, or a cue an event clause follows
        # (one of which then matches somewhere in the text): a text that holds neither (most that hold a target cue at
        # all) is spared the cues' search, asked again for each figure
        head = text[:end]
        if not any(map(head.__contains__, self._subject_bound)) and not any_found(self._event_clause, text):
            return ""
        last = None
        for m in self._target.finditer(text, 0, end):
            if self._event_cue(text, m):
                last = m
        return self._event_property(text, last, end) if last is not None else ""

    def _reaches_bare(self, text: str, m: regex.Match[str], end: int) -> bool:
        """For a cue of target.subject_bound, a verb of its figure right after it (roles.yaml subject_verbs): written
        after the subject of its own clause (干毛茶产量预计达到1.05万吨),
        it governs that clause, and a later one only where that names nothing but a change of the figure (，同比增长
        6.5%左右; not ，涉茶从业人员约5.8万人, a level of its own). Heading its clause (今年预计…) it reaches on as
        any cue does."""
        marks = self.clause_marks(text)
        k = bisect_left(marks, m.start())
        start = marks[k - 1] + 1 if k else 0
        words = self.lex.year.sub("", text[start:m.start()]).rstrip()
        while True:  # scope and time words right before it (本报讯 今年全县预计…) name no subject
            tail = next((w for w in self._lead_words if words.endswith(w)), "")
            if not tail:
                break
            words = words[:len(words) - len(tail)].rstrip()
        if len(words) < 2 or not words[-2:].isalpha() or words.endswith(self._subject_free):
            return True
        j = bisect_left(marks, end)
        own = marks[j - 1] + 1 if j else 0
        if own <= m.start():
            return True  # its own clause
        head = text[own:end].strip()
        if self._subject_held and head.endswith(self._subject_held):
            return True  # (预计…，失业率控制在5.5%左右: a bound the estimate holds the rate at, a goal of its own kind)
        verb = self._change.search(head) if self._change is not None else None
        if verb is None:
            return False
        head = head[:verb.start()].strip(" " + self.lex.clause_end)
        if any(p.fullmatch(head) for p in self.lex.change_base):
            return True
        rest = self.lex.year.sub("", head)
        if self._bare is not None:
            rest = self._bare.sub("", rest)
        return not rest.strip(" " + self.lex.clause_end)

    def _cancelled(self, text: str, m: regex.Match[str]) -> bool:
        """将120家企业纳入…, 完成全年目标任务: a word in the cue's clause shows it is no cue (or, for a word of
        `later`, anywhere after it in its sentence: 争取…资金…，比上年同期增加…, money secured so far)."""
        cancel = self.lex.target_cancel.get(m.group(0))
        if cancel is None:
            return False
        start = lead = 0
        for e in self._clause_end.finditer(text, 0, m.start()):
            lead, start = start, e.end()
        head = text[lead:start]
        if start - lead > _LEAD_CLAUSE or not head.endswith(self._lead_marks) or any(
                ch.isdigit() for ch in self.lex.year.sub("", head)):
            lead = start  # a short clause heading the cue's own (近年来，我委争取…) is read with it; not a figure's
        e = self._clause_end.search(text, m.end())
        end = e.start() if e else len(text)
        past = self.past_aside(text, m.end())  # 为年度计划（7.9亿元）的109.1%: the plan's value restated in brackets
        before = text[lead:m.start()]
        for w in cancel.preceded_not:  # (床位占比预计…: 占 inside the share's own noun)
            before = before.replace(w, " ")
        return ((cancel.before_number and self._numeral_at(text, m.end()))
                or any(w in before for w in cancel.preceded_by)
                or any(self._word_then_number(text, at, w)
                       for w in cancel.right_after for at in {m.end(), past, *self._goal_value_ends(text, m.end())})
                or any(w in text[m.end():end] for w in cancel.followed_by)
                or any(w in text[m.end():] for w in cancel.later))

    def _word_then_number(self, text: str, at: int, word: str) -> bool:
        """Does word stand at at with a number right after it? The goal's value restated in brackets may stand
        inside the word, after its noun and before its 的 (为年度目标任务（1000人）的108.6%: 任务的 of 目标, read past
        the aside), as it may right after the cue (past_aside)."""
        if text.startswith(word, at):
            return self._numeral_at(text, at + len(word))
        for k in range(1, len(word)):
            if not text.startswith(word[:k], at):
                return False
            on = self.past_aside(text, at + k)
            if on > at + k and text.startswith(word[k:], on):
                return self._numeral_at(text, on + len(word) - k)
        return False

    @staticmethod
    def _goal_value_ends(text: str, i: int) -> range:
        """Where a goal's value written right after its word at i may end, its unit one to three characters long
        (340亿元 of 目标340亿元的: after 340亿, 340亿元, 340亿元的); the word of `right_after` tells which. None where no
        number follows."""
        m = _GOAL_VALUE.match(text, i)
        return range(m.end() + 1, m.end() + 4) if m is not None else range(0)

    def past_aside(self, text: str, i: int) -> int:
        """Where the text goes on after a short aside in brackets that opens at i (numerals.yaml
        restate_brackets: 年度计划（7.9亿元）的, 全省平均水平（4.8%）), else i itself: the words around such an
        aside read as if it were not there, and the figure in it restates the value of the noun before it."""
        for pair in self.lex.restate_brackets:
            if text.startswith(pair[0], i):
                close = text.find(pair[1], i + 1, i + _ASIDE_CHARS)
                if close > 0 and pair[0] not in text[i + 1:close]:
                    return close + 1
        return i

    def _numeral_at(self, text: str, i: int) -> bool:
        """Does a number start at i? A digit that also stands alone inside common words (numerals.yaml
        word_digits) starts one only with another numeral character after it: a cue followed by such a word
        (a future 将 before an adverb whose first character is a financial digit) has no number for its object."""
        if i >= len(text):
            return False
        ch = text[i]
        if ch in self.lex.word_digits:
            nxt = text[i + 1:i + 2]
            return bool(nxt) and (nxt in self.lex.digits or nxt in self.lex.units or nxt in self.lex.sections)
        return ch.isdigit() or ch in self.lex.digits
