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

from stats.rules.rulefile import MetricRule

from .classify import Context
from .quantities import Quantity


@dataclass(frozen=True)
class Verdict:
    rule: MetricRule
    fits: bool
    reason: str
    score: tuple[int, int, int] = (0, 0, 0)


def _cue_distance(words: tuple[str, ...], before: str, after: str, window: int) -> tuple[int, str] | None:
    """(distance, word) of the cue nearest the figure: before it in its clause, or within `window`
    characters after it (3万人目标, 1000张床位; lexicon layout.yaml cue_window_after)."""
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
        hit = _cue_distance(rule.cues, "" if rule.scope == "after" else ctx.before, ctx.after, rule.cue_window_after)
        if hit is None and rule.scope == "sentence":
            hit = _cue_distance(rule.cues, ctx.sentence_before, ctx.sentence_after, len(ctx.sentence_after) + 1)
        if hit is None:
            return Verdict(rule, False, "no cue word in the clause" + (" or sentence" if rule.scope == "sentence" else ""))
        return Verdict(rule, True, f"cue '{hit[1]}' {hit[0]} chars away", (rule.priority, -hit[0], -order))
    return Verdict(rule, True, "fallback (no cue needed)", (rule.priority, -10**6, -order))


def choose(rules: list[MetricRule], q: Quantity, roles: set[str], ctx: Context) -> tuple[MetricRule | None, list[Verdict]]:
    verdicts = [judge(r, q, roles, ctx, i) for i, r in enumerate(rules) if r.status != "experimental"]
    fitting = [v for v in verdicts if v.fits]
    if not fitting:
        return None, verdicts
    return max(fitting, key=lambda v: v.score).rule, verdicts


class RuleIndex:
    """`choose` for bulk extraction: only the rules whose unit and measure filters admit the quantity.

    Most rules fail on their unit or measure filter (a bed rule never fits 元), so the
    rules that can fit are worked out once per (unit, measure) pair and only those are
    judged. The winner is the one `choose` picks, since a rule filtered out here would
    have failed `judge` on the same test; only the verdict list is shorter, so
    `stats explain` keeps using `choose`.
    """

    def __init__(self, rules: list[MetricRule]) -> None:
        self.rules = rules
        self._fitting: dict[tuple[str, str], list[tuple[int, MetricRule]]] = {}

    def _admitting(self, unit: str, measure: str) -> list[tuple[int, MetricRule]]:
        got = self._fitting.get((unit, measure))
        if got is None:
            got = [(i, r) for i, r in enumerate(self.rules)
                   if r.status != "experimental" and (not r.units or unit in r.units)
                   and (not r.measures or measure in r.measures)]
            self._fitting[(unit, measure)] = got
        return got

    def choose(self, q: Quantity, roles: set[str], ctx: Context) -> tuple[MetricRule | None, list[Verdict]]:
        verdicts = [judge(r, q, roles, ctx, i) for i, r in self._admitting(q.unit, q.measure)]
        fitting = [v for v in verdicts if v.fits]
        if not fitting:
            return None, verdicts
        return max(fitting, key=lambda v: v.score).rule, verdicts
