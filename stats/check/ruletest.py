"""Run the examples that rule files carry: each rule proves itself on its own sentences.

A metric rule's `expect` lists the figures it must name in the text (rule_id equal to
its id); an exclusion rule's `expect` lists every figure the pipeline must produce
for the text. `not` texts must produce nothing from the rule (for exclusions: the rule
excludes nothing there). `todo` entries are known gaps, reported but not failing.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from stats.rules.rulefile import Example, ExclusionRule, MetricRule
from stats.run.pipeline import Extractor

FIELDS = ("quote", "value", "value_high", "measure", "unit", "qualifier", "role", "metric", "period")


@dataclass(frozen=True)
class Failure:
    rule: MetricRule | ExclusionRule
    example: Example
    kind: str  # example | not | todo
    reason: str  # what differs; '' for a todo that passes now

    def format(self) -> str:
        where = f"{self.rule.file}:{self.example.line or self.rule.line}"
        reason = self.reason or "passes now: move it to examples"
        return f"{where}: rule '{self.rule.id}': {self.kind} «{self.example.text}»: {reason}"


def _same(field: str, want: Any, got: Any) -> bool:
    if field in ("value", "value_high"):
        if want is None or got is None:
            return want is None and got is None
        return math.isclose(float(want), float(got), rel_tol=1e-9)
    return str(want) == str(got)


def _match(want: dict[str, Any], got: dict[str, Any]) -> list[str]:
    return [f"{f}={got.get(f)!r} (want {want[f]!r})" for f in FIELDS if f in want and not _same(f, want[f], got.get(f))]


def compare(expect: list[dict[str, Any]], figures: list[dict[str, Any]]) -> str:
    """'' when the figures are exactly those expected, in order; else what differs."""
    if len(expect) != len(figures):
        got = ", ".join(f"{f['quote']}" for f in figures) or "nothing"
        want = ", ".join(str(e.get("quote")) for e in expect) or "nothing"
        return f"got {len(figures)} figure(s) [{got}], want {len(expect)} [{want}]"
    for want, got in zip(expect, figures, strict=True):
        diffs = _match(want, got)
        if diffs:
            return f"{got['quote']}: " + "; ".join(diffs)
    return ""


def check_example(ex: Extractor, rule: MetricRule | ExclusionRule, example: Example) -> str:
    figures = ex.extract_text(example.text).figures
    if isinstance(rule, MetricRule):
        figures = [f for f in figures if f["rule_id"] == rule.id]
    return compare(example.expect, figures)


def check_negative(ex: Extractor, rule: MetricRule | ExclusionRule, example: Example) -> str:
    if isinstance(rule, MetricRule):
        hits = [f["quote"] for f in ex.extract_text(example.text).figures if f["rule_id"] == rule.id]
        return f"fired on {hits}" if hits else ""
    dropped = [c.q.quote for c in ex.candidates(example.text) if c.excluded_by == rule.id]
    return f"excluded {dropped}" if dropped else ""


def run_examples(ex: Extractor, rules: Iterable[MetricRule | ExclusionRule] | None = None) -> tuple[list[Failure], int]:
    """All failures over every rule's examples and negatives, and how many cases ran: of every rule of the
    extractor's rule set, or of `rules` alone (some of them, in the order given)."""
    failures, n = [], 0
    for rule in [*ex.rules.exclusions, *ex.rules.metrics] if rules is None else rules:
        for example in rule.examples:
            n += 1
            reason = check_example(ex, rule, example)
            if reason:
                failures.append(Failure(rule, example, "example", reason))
        for example in rule.negatives:
            n += 1
            reason = check_negative(ex, rule, example)
            if reason:
                failures.append(Failure(rule, example, "not", reason))
    return failures, n


def run_todo(ex: Extractor) -> list[Failure]:
    """Every `todo` example run like an example: still failing (with what differs) or passing now.

    A todo is a known gap and fails nothing; one that passes now should become an example."""
    out = []
    for rule in [*ex.rules.exclusions, *ex.rules.metrics]:
        for example in rule.todo:
            out.append(Failure(rule, example, "todo", check_example(ex, rule, example)))
    return out
