"""Name what a figure measures: pick the metric rule that fits best (rules/metrics/*.yaml).

A rule fits a quantity when its unit and measure filters admit it, its role filter
admits one of the figure's roles (a targeted growth is both a target and a change),
one of its `requires` words stands in the clause and one of its `cues` stands in the
clause before the figure (or just after it). Overlap policy, stated once:
the highest `priority` wins, then the cue nearest the figure, then file order. Rules
without cues are the fallbacks that still record every counted quantity.
"""

from __future__ import annotations

from dataclasses import dataclass

from stats.classify.roles import Context
from stats.find.quantities import Quantity
from stats.rules.rulefile import MetricRule


@dataclass(frozen=True)
class Verdict:
    rule: MetricRule
    fits: bool
    reason: str
    score: tuple[int, int, int] = (0, 0, 0)


_LONGEST: dict[tuple[str, ...], int] = {}  # the longest word's length, by word list


def _cue_distance(words: tuple[str, ...], before: str, after: str, window: int) -> tuple[int, str] | None:
    """(distance, word) of the cue nearest the figure: before it in its clause, or within `window`
    characters after it (3万人目标, 1000张床位; lexicon layout.yaml cue_window_after); None when none is."""
    if not words:
        return None
    return _distance(words, before, after, window)


def _distance(words: tuple[str, ...], before: str, after: str, window: int) -> tuple[int, str] | None:
    """`_cue_distance` of a word list that is not empty.

    Most rules judged have no word here: a containment test per word (in C, mapped) says so before the
    word-by-word search. An alternation of the words searched once was about 0.5 µs quicker a call, but
    compiling it cost ~0.1 ms per word list at each start (some 80 lists in a run of bench news), more
    than the searches it sped up saved (500 to 4,000 a run)."""
    longest = _LONGEST.get(words)
    if longest is None:
        longest = _LONGEST[words] = max(map(len, words))
    if not any(map(before.__contains__, words)) and not any(map(after[:window + longest].__contains__, words)):
        return None
    best: tuple[int, str] | None = None
    for w in words:
        pos = before.rfind(w)
        if pos >= 0:
            d = len(before) - (pos + len(w))
            if best is None or d < best[0]:
                best = (d, w)
        pos = after.find(w)
        if 0 <= pos < window:
            d = pos + 1
            if best is None or d < best[0]:
                best = (d, w)
    return best


SENTENCE_SCOPES = ("sentence", "lead")  # the scopes that look past the clause into its sentence


def _sentence_hit(words: tuple[str, ...], scope: str, ctx: Context, cue_not: tuple[str, ...] = ()) -> \
        tuple[int, str] | None:
    """The cue nearest the figure in its sentence: anywhere (`sentence`), or in the clause right before the
    figure's own (`lead`: 民宿26家，床位320张, the kind counted before its beds; one named after them, or two
    clauses back, may head another count, of another kind); the rule's `cue_not` words masked."""
    if scope == "lead":
        hit = _cue_distance(words, _masked(ctx.lead, cue_not), "", 0)
        return (hit[0] + len(ctx.before), hit[1]) if hit else None
    after = _masked(ctx.sentence_after, cue_not)
    return _cue_distance(words, _masked(ctx.sentence_before, cue_not), after, len(after) + 1)


def _masked(text: str, words: tuple[str, ...]) -> str:
    """`text` with every one of `words` (a rule's `cue_not`: longer words that hold a cue but are none) blotted out
    character for character, so that no cue is found in them and the distances of the others stay."""
    for w in words:
        if w in text:
            text = text.replace(w, "\x00" * len(w))
    return text


def judge(rule: MetricRule, q: Quantity, roles: set[str], ctx: Context, order: int) -> Verdict:
    if rule.units and q.unit not in rule.units:
        return Verdict(rule, False, f"unit {q.unit} not in {list(rule.units)}")
    if rule.measures and q.measure not in rule.measures:
        return Verdict(rule, False, f"measure {q.measure} not in {list(rule.measures)}")
    if rule.roles and not roles & set(rule.roles):
        return Verdict(rule, False, f"role {sorted(roles)} not in {list(rule.roles)}")
    if rule.requires and _cue_distance(rule.requires, ctx.before, ctx.after, rule.cue_window_after) is None:
        return Verdict(rule, False, f"none of {list(rule.requires)} in the clause")
    if rule.cues:
        before, after = _masked(ctx.before, rule.cue_not), _masked(ctx.after, rule.cue_not)
        hit = _cue_distance(rule.cues, "" if rule.scope == "after" else before, after, rule.cue_window_after)
        if hit is None and rule.scope in SENTENCE_SCOPES:
            hit = _sentence_hit(rule.cues, rule.scope, ctx, rule.cue_not)
        if hit is None:
            where = " or sentence" if rule.scope in SENTENCE_SCOPES else ""
            return Verdict(rule, False, f"no cue word in the clause{where}")
        return Verdict(rule, True, f"cue '{hit[1]}' {hit[0]} chars away", (rule.priority, -hit[0], -order))
    return Verdict(rule, True, "fallback (no cue needed)", (rule.priority, -10**6, -order))


def choose(rules: list[MetricRule], q: Quantity, roles: set[str], ctx: Context) -> tuple[MetricRule | None, list[Verdict]]:
    verdicts = [judge(r, q, roles, ctx, i) for i, r in enumerate(rules) if r.status != "experimental"]
    fitting = [v for v in verdicts if v.fits]
    if not fitting:
        return None, verdicts
    return max(fitting, key=lambda v: v.score).rule, verdicts


# (−file order, rule, its roles, its `requires` and `cues` words (None: none), the first characters of its
#  `requires` and of its `cues`)
_Judged = tuple[int, MetricRule, frozenset[str] | None, tuple[str, ...] | None,
                tuple[str, ...] | None, frozenset[str] | None, frozenset[str] | None]


def _first_chars(words: tuple[str, ...]) -> frozenset[str] | None:
    """The characters the words start with; None where an empty word matches anywhere (no pre-check)."""
    return frozenset(w[0] for w in words) if all(words) else None


def _masks(admitted: list[_Judged]) -> _Masks:
    """The admitted rules' pre-checks as bit masks (bit k: admitted[k]), so that `_pick` finds the rules a
    clause may fit by a few integer ORs over its characters and its roles instead of a test per rule: (the
    rules with no role filter, each role's rules; the rules whose `requires` need no character of the
    clause, those with no cues whose `cues` need none, those that look for cues in the whole sentence;
    each character's rules with a `requires` word starting with it in the low bits and with a cue starting
    with it above `len(admitted)`)."""
    n = len(admitted)
    role_always, role_bits = 0, {}
    req_always = cue_always = no_cue = sentence = 0
    char_bits: dict[str, int] = {}
    for k, (_, rule, rule_roles, requires, cues, requires_first, cues_first) in enumerate(admitted):
        bit = 1 << k
        if rule_roles is None:
            role_always |= bit
        for role in rule_roles or ():
            role_bits[role] = role_bits.get(role, 0) | bit
        if requires is None or requires_first is None:
            req_always |= bit
        for ch in requires_first or ():
            char_bits[ch] = char_bits.get(ch, 0) | bit
        if cues is None:
            no_cue |= bit
        elif cues_first is None:
            cue_always |= bit
        if cues is not None and rule.scope in SENTENCE_SCOPES:
            sentence |= bit
        for ch in cues_first or ():
            char_bits[ch] = char_bits.get(ch, 0) | bit << n
    return role_always, role_bits, req_always, cue_always, no_cue, sentence, char_bits, frozenset(char_bits)


# (`_masks`: the rules with no role filter, the rules by role, the rules passing the `requires` and the cue
#  pre-checks anywhere, the rules with no cues, those with sentence scope, the rules by character, the characters)
_Masks = tuple[int, dict[str, int], int, int, int, int, dict[str, int], frozenset[str]]

PICK_CACHE = 20_000  # clauses whose rule `RuleIndex.choose` keeps
_UNSEEN = object()


class RuleIndex:
    """`choose` for bulk extraction: only the rules whose unit and measure filters admit the quantity.

    Most rules fail on their unit or measure filter (a bed rule never fits 元), so the
    rules that can fit are worked out once per (unit, measure) pair and only those are
    judged, with their role sets and word alternations made once. The winner is the one
    `choose` picks, since a rule filtered out here would have failed `judge` on the same
    test and the remaining tests are `judge`'s; no verdicts are written (bulk runs never
    read them), so `stats explain` keeps using `choose`.
    """

    def __init__(self, rules: list[MetricRule]) -> None:
        self.rules = rules
        self._fitting: dict[tuple[str, str], list[_Judged]] = {}
        self._masks: dict[tuple[str, str], _Masks] = {}  # the pre-checks of the rules admitted (`_masks`)
        # whether a rule admitted for (unit, measure) looks for its cue in the whole sentence
        self._sentence_scoped: dict[tuple[str, str], bool] = {}
        self._picked: dict[tuple, MetricRule | None] = {}  # the pick for a clause (`choose`)
        # how far after a figure a word of a rule admitted for (unit, measure) may start and still be
        # found (cue window + word): one rule with a wide window widens the key of its units' figures only
        self._reach: dict[tuple[str, str], int] = {}

    def _admitting(self, unit: str, measure: str) -> list[_Judged]:
        got = self._fitting.get((unit, measure))
        if got is None:
            got = [(-i, r, frozenset(r.roles) if r.roles else None,
                    r.requires or None, r.cues or None,
                    _first_chars(r.requires), _first_chars(r.cues))
                   for i, r in enumerate(self.rules)
                   if r.status != "experimental" and (not r.units or unit in r.units)
                   and (not r.measures or measure in r.measures)]
            self._fitting[(unit, measure)] = got
            self._masks[(unit, measure)] = _masks(got)
            self._sentence_scoped[(unit, measure)] = any(j[1].scope in SENTENCE_SCOPES and j[1].cues for j in got)
            self._reach[(unit, measure)] = max(
                (j[1].cue_window_after + max(map(len, (*j[1].cues, *j[1].requires)), default=0) for j in got), default=0)
        return got

    def choose(self, q: Quantity, roles: set[str], ctx: Context) -> tuple[MetricRule | None, list[Verdict]]:
        """The rule `choose` would pick, and no verdicts.

        The pick depends on the quantity's unit and measure, its roles, its clause before it and
        the first `_reach` characters after it (and its sentence's windows where a rule that may
        fit looks there) alone: the same clause (比上年增长…%) recurs figure after figure, so each
        is judged once (the cache is emptied when full, so a page of ever new clauses stays bounded)."""
        admitted = self._admitting(q.unit, q.measure)
        reach = self._reach[(q.unit, q.measure)]
        key = (q.unit, q.measure, frozenset(roles), ctx.before, ctx.after[:reach],
               *((ctx.sentence_before, ctx.sentence_after, ctx.lead) if self._sentence_scoped.get((q.unit, q.measure))
                 else ()))
        got = self._picked.get(key, _UNSEEN)
        if got is _UNSEEN:
            if len(self._picked) >= PICK_CACHE:
                self._picked.clear()
            got = self._picked[key] = self._pick(admitted, self._masks[(q.unit, q.measure)], roles, ctx, reach)
        return got, []

    def _pick(self, admitted: list[_Judged], masks: _Masks, roles: set[str], ctx: Context,
              reach: int) -> MetricRule | None:
        best: MetricRule | None = None
        best_score: tuple[int, int, int] | None = None
        before, after = ctx.before, ctx.after
        role_always, role_bits, req_near, cue_near, no_cue, sentence, char_bits, chars = masks
        live = role_always
        for role in roles:
            live |= role_bits.get(role, 0)
        if not live:
            return None
        # the characters a word of the clause can start with: a rule none of whose `requires` words, or
        # none of whose cues (but in its sentence), can start there finds none (the cheap test, for all
        # rules at once; `_distance` then finds the nearest)
        near = set(before)
        near.update(after[:reach])
        starting = 0
        for ch in chars.intersection(near):
            starting |= char_bits[ch]
        n = len(admitted)
        req_near |= starting & ((1 << n) - 1)
        cue_near |= starting >> n
        live &= req_near & (cue_near | no_cue | sentence)
        while live:  # the rules left, in file order (lowest bit first)
            low = live & -live
            live ^= low
            neg_order, rule, _, requires, cues, _, _ = admitted[low.bit_length() - 1]
            window = rule.cue_window_after
            if requires is not None and _distance(requires, before, after, window) is None:
                continue
            if cues is not None:
                if low & cue_near:
                    b, a = (_masked(before, rule.cue_not), _masked(after, rule.cue_not)) if rule.cue_not \
                        else (before, after)
                    hit = _distance(cues, "" if rule.scope == "after" else b, a, window)
                else:
                    hit = None
                if hit is None and rule.scope in SENTENCE_SCOPES:
                    hit = _sentence_hit(cues, rule.scope, ctx, rule.cue_not)
                if hit is None:
                    continue
                score = (rule.priority, -hit[0], neg_order)
            else:
                score = (rule.priority, -10**6, neg_order)
            if best_score is None or score > best_score:  # scores differ in order: the first best, as max() has it
                best, best_score = rule, score
        return best
