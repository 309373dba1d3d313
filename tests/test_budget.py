"""Patterns run without timeouts; the rule check and a CPU budget per document keep a run from hanging."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stats.errors import RuleErrors
from stats.extract.pipeline import Extractor
from stats.rules.patterns import nested_repeat
from stats.rules.rulefile import DEFAULT_RULES, load_rules
from stats.run import document
from stats.run.document import extract_file


@pytest.mark.parametrize(("pattern", "group"), [
    (r"(\d+)+万", r"(\d+)+"),
    (r"第(?:\p{Han}*年)*", r"(?:\p{Han}*年)*"),
    (r"(?P<x>(?:[0-9]{1,}\.)+)", r"(?:[0-9]{1,}\.)+"),
    (r"(\d+)*?元", r"(\d+)*?"),
])
def test_a_repeat_inside_an_unbounded_repeat_is_found(pattern: str, group: str) -> None:
    assert nested_repeat(pattern) == group


@pytest.mark.parametrize("pattern", [
    r"(?:\p{Han}|\p{Han}\p{Han})+",  # overlapping, not nested: left to the CPU budget
    r"(\d+){2}", r"(?>\d+)+", r"(\d++)+", r"[(\d+)]+", r"\(\d+\)+", r"第[0-9０-９]+条", r"(?:\d{1,3},)+\d{3}",
])
def test_bounded_possessive_atomic_and_flat_repeats_pass(pattern: str) -> None:
    assert nested_repeat(pattern) is None


def test_the_rule_check_refuses_a_nested_repeat_with_its_file_and_line(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES, rules)
    excl = rules / "exclusions.yaml"
    excl.write_text(excl.read_text(encoding="utf-8") + (
        "  - id: exclude.nested\n    why: other\n    pattern: '(?:第\\d+)+条'\n"
        "    examples:\n      - text: 会议结束。\n        expect: []\n"), encoding="utf-8")
    with pytest.raises(RuleErrors) as info:
        load_rules(rules)
    [problem] = [e.format() for e in info.value.errors]
    assert "exclusions.yaml:" in problem and "'exclude.nested'" in problem
    assert "unsafe pattern: the group (?:第\\d+)+ repeats a repeat without bound" in problem


def test_a_document_over_budget_twice_is_an_error_row_not_a_hang(tmp_path: Path, monkeypatch) -> None:
    page = tmp_path / "page.txt"
    page.write_text("今年全市新增就业岗位1.2万个，城镇调查失业率5.1%。\n" * 2000, encoding="utf-8")
    monkeypatch.setattr(document, "cpu_budget", lambda nbytes: 0.01)
    out = extract_file(Extractor(load_rules(), timeout=None, all_verdicts=False), page)
    assert out.tables is None
    assert out.error["stage"] == "extract"
    assert out.error["message"].startswith("took more than 0.01 s of CPU twice")


def test_within_budget_a_document_is_extracted_once_without_timeouts(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("今年全市新增就业岗位1.2万个，城镇调查失业率5.1%。\n", encoding="utf-8")
    out = extract_file(Extractor(load_rules(), timeout=None, all_verdicts=False), page)
    assert [r["quote"] for r in out.tables["figures"].to_pylist()] == ["1.2万个", "5.1%"]
    assert out.tables["errors"].num_rows == 0
