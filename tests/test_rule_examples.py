"""Every example, negative and todo carried by the rule files runs here, one test each."""

from __future__ import annotations

import pytest

from stats.check.ruletest import check_example, check_negative
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor

_RULES = load_rules()
_CASES = []
for _rule in [*_RULES.exclusions, *_RULES.metrics]:
    for _i, _ex in enumerate(_rule.examples, 1):
        _CASES.append(pytest.param(_rule, _ex, "example", id=f"{_rule.file}::{_rule.id}::ex{_i}"))
    for _i, _ex in enumerate(_rule.negatives, 1):
        _CASES.append(pytest.param(_rule, _ex, "not", id=f"{_rule.file}::{_rule.id}::not{_i}"))
    for _i, _ex in enumerate(_rule.todo, 1):
        _CASES.append(pytest.param(_rule, _ex, "todo", id=f"{_rule.file}::{_rule.id}::todo{_i}",
                                   marks=pytest.mark.xfail(strict=True, reason=_ex.reason or "known gap")))


@pytest.mark.parametrize(("rule", "example", "kind"), _CASES)
def test_rule_example(extractor: Extractor, rule, example, kind: str) -> None:
    reason = check_negative(extractor, rule, example) if kind == "not" else check_example(extractor, rule, example)
    assert reason == "", f"{rule.file}:{example.line}: {reason}"


def test_every_rule_has_an_example() -> None:
    missing = [r.id for r in [*_RULES.metrics, *_RULES.exclusions] if not r.examples]
    assert missing == []
