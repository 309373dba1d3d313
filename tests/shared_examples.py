"""The rule check on a copy of the shipped rules, at the cost of the examples of the files the test changed.

Running every example of the rules costs seconds (about 1600 extractions), and a test that checks what the rule
check or `stats extract` says about one edit in a copy of rules/ (a todo added, a rule appended, an example broken)
used to run them all again. `share_unchanged_examples` hands `stats.check.rulecheck` a `run_examples` that runs the
examples of every rule whose file differs from the shipped one (or is new) for real, with the copy's own extractor,
and takes those of a rule whose file is byte for byte the shipped one from one run of the shipped rules in this
process (made the first time a test asks: `_shipped`; test_cli's check of the shipped rules themselves reads it too,
so the default suite runs every shipped example once there and once more one by one in test_rule_examples).
Everything else of the check (loading and validating the copy, the timed run of every pattern, the todo examples,
the report, the stamp, `stats extract` refusing or going on) runs as it does for a user.

Honest only where the test's edit cannot change what another file's examples give, or where the test asserts
nothing about them: an edit that adds todo lines extracts every text as before; a rule appended to exclusions.yaml
or a new metrics file may in principle take a figure from another file's example, which only the real check (the
shipped rules' one in `_shipped` and test_rule_examples, and a user's `stats rules check`) would show. Use it in
tests of the report and of the refusal, never in a test of what a rule does to the other rules' examples."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from stats.check import rulecheck, ruletest
from stats.rules.rulefile import ExclusionRule, MetricRule, load_rules
from stats.run.pipeline import Extractor

from .conftest import ROOT

_SHIPPED: dict[tuple[str, str], tuple[list[ruletest.Failure], int]] = {}
# Where the workers of one pytest-xdist run hand each other the shipped run (conftest's `_share_shipped_examples`
# sets it to a file in the run's temporary folder; None in a run of one process): the first worker to need it writes
# each rule's number of cases there, the other reads them instead of running every example again (~5 s of CPU).
# Written only when no shipped example fails: a failing one is run again in each worker, as it was before.
KEPT: Path | None = None


def _key(rule: MetricRule | ExclusionRule) -> tuple[str, str]:
    return (type(rule).__name__, rule.id)


def _shipped(ex: Extractor) -> dict[tuple[str, str], tuple[list[ruletest.Failure], int]]:
    """Each shipped rule's failures and number of cases, from one run of every shipped example in this process
    (`ex`: the session's extractor of the shipped rules)."""
    assert ex.rules is load_rules()
    if _SHIPPED:
        return _SHIPPED
    kept = KEPT.with_name(f"{KEPT.stem}-{ex.rules.digest()}.json") if KEPT is not None else None
    rules = [*ex.rules.exclusions, *ex.rules.metrics]
    try:
        counts = json.loads(kept.read_text(encoding="utf-8")) if kept is not None else None
    except (OSError, ValueError):
        counts = None
    if isinstance(counts, list) and len(counts) == len(rules):
        for rule, (kind, rule_id, n) in zip(rules, counts, strict=True):
            assert _key(rule) == (kind, rule_id), (kind, rule_id)
            _SHIPPED[_key(rule)] = ([], n)
        return _SHIPPED
    for rule in rules:
        _SHIPPED[_key(rule)] = ruletest.run_examples(ex, [rule])
    if kept is not None and not any(failures for failures, _ in _SHIPPED.values()):
        part = kept.with_suffix(f".{os.getpid()}")
        part.write_text(json.dumps([[*_key(rule), _SHIPPED[_key(rule)][1]] for rule in rules]), encoding="utf-8")
        os.replace(part, kept)  # (whole or absent for the other worker)
    return _SHIPPED


def _same_file(root: Path, rule: MetricRule | ExclusionRule) -> bool:
    """The rule's file (`rules/...`, relative to the copy's parent) holds the very bytes of the shipped one."""
    copied, shipped = root.parent / rule.file, ROOT / rule.file
    return shipped.is_file() and copied.is_file() and copied.read_bytes() == shipped.read_bytes()


def share_unchanged_examples(monkeypatch: pytest.MonkeyPatch, shipped_extractor: Extractor) -> list[str]:
    """Patch the rule check as told above (`shipped_extractor`: the session's `extractor`); the ids of the rules
    whose examples ran for real, in order, are appended to the list returned (a test asserts its changed rules
    were among them, and no others)."""
    ran: list[str] = []
    real = ruletest.run_examples

    def run_examples(ex: Extractor, rules=None) -> tuple[list[ruletest.Failure], int]:
        root = Path(ex.rules.root)
        shipped = _shipped(shipped_extractor)
        failures: list[ruletest.Failure] = []
        n = 0
        for rule in [*ex.rules.exclusions, *ex.rules.metrics] if rules is None else rules:
            if _key(rule) in shipped and _same_file(root, rule):
                got, k = shipped[_key(rule)]
            else:
                ran.append(rule.id)
                got, k = real(ex, [rule])
            failures += got
            n += k
        return failures, n

    monkeypatch.setattr(rulecheck, "run_examples", run_examples)
    return ran


def examples_shipped() -> int:
    """How many examples and negatives the shipped rules carry (the cases a full check of them runs)."""
    rules = load_rules()
    return sum(len(r.examples) + len(r.negatives) for r in [*rules.exclusions, *rules.metrics])
