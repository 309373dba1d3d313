"""The timed run of every pattern over the rules' examples (`slow_patterns`) calls a pattern once over all the
examples when it keeps to its limit there, and example by example only when it does not, to name the example."""

from __future__ import annotations

from types import SimpleNamespace

import regex

from stats.check.rulecheck import slow_patterns


class _Counted:
    """A compiled pattern that counts its finditer calls and the texts they ran over."""

    def __init__(self, source: str) -> None:
        self.compiled = regex.compile(source)
        self.texts: list[str] = []

    def finditer(self, text: str, timeout: float | None = None):  # noqa: ANN201 (regex's own iterator)
        self.texts.append(text)
        return self.compiled.finditer(text, timeout=timeout)


def _ruleset(pattern: _Counted, texts: list[str]) -> SimpleNamespace:
    examples = [SimpleNamespace(text=t) for t in texts]
    rule = SimpleNamespace(examples=examples, negatives=[], todo=[])
    lexicon = SimpleNamespace(patterns=[SimpleNamespace(what="layout.x", pattern=pattern, path="rules/x.yaml",
                                                        line=3)])
    return SimpleNamespace(exclusions=[], metrics=[rule], lexicon=lexicon)


def test_a_pattern_within_its_limit_runs_once_over_all_the_examples() -> None:
    pattern = _Counted(r"(?P<n>\d+)张")
    texts = ["全市新增床位120张", "医院床位数达到860张", "城镇新增就业1.2万人"]
    assert slow_patterns(_ruleset(pattern, texts), timeout=1.0) == []
    assert len(pattern.texts) == 1 and all(t in pattern.texts[0] for t in texts)


def test_a_pattern_past_its_limit_on_one_example_is_named_with_that_example() -> None:
    pattern = _Counted(r"(?:\p{Han}|\p{Han}\p{Han})+[#＃]")
    long_run = "据统计今年以来全市各级人力资源和社会保障部门认真贯彻落实上级关于稳就业保就业的决策部署"
    (problem,) = slow_patterns(_ruleset(pattern, ["床位120张", long_run]), timeout=0.05)
    assert problem.startswith("rules/x.yaml:3: layout.x: pattern ran past 0.05 s on the example «据统计今年以来")
    assert len(pattern.texts) >= 2  # the whole first, then example by example until the one it chokes on
