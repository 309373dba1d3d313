"""Broken rule folders: every check names file, line, rule and reason, all in one run, exit 2.

Each fixture under tests/fixtures/bad_rules/<check>/ is laid over a fresh copy of the
shipped rules/: a file there replaces the one of the same path, and `<name>.append.yaml`
is appended to `<name>.yaml` (for the single-file exclusions.yaml and macros.yaml), so
the expected line is the fixture's line plus the length of the shipped file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from stats.check import rulecheck
from stats.check.rulecheck import check_rules
from stats.cli import cli
from stats.digest import files_digest

from .conftest import ROOT
from .shared_examples import examples_shipped, share_unchanged_examples

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "bad_rules"


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def broken_rules(tmp_path: Path, *names: str) -> tuple[Path, dict[str, int]]:
    """A copy of rules/ with the named fixtures laid over it, and the line offset of each appended file."""
    root = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", root)
    offsets: dict[str, int] = {}
    for name in names:
        for f in sorted((FIXTURES / name).rglob("*.yaml")):
            rel = f.relative_to(FIXTURES / name)
            if f.name.endswith(".append.yaml"):
                target = root / rel.parent / f.name.replace(".append.yaml", ".yaml")
                offsets[target.name] = _lines(target)
                target.write_text(target.read_text(encoding="utf-8") + f.read_text(encoding="utf-8"), encoding="utf-8")
            else:
                shutil.copy(f, root / rel)
    return root, offsets


def _check(root: Path) -> tuple[int, list[str]]:
    res = CliRunner().invoke(cli, ["rules", "check", "--rules", str(root)])
    return res.exit_code, res.output.splitlines()


CASES = [
    ("yaml_syntax", "rules/metrics/broken.yaml:6: YAML syntax: expected ',' or ']', but got ':' "
                    "(while parsing a flow sequence that starts on line 5)"),
    ("unknown_key", "rules/metrics/broken.yaml:8: rule 'broken.reservoirs': unknown key 'prority' "
                    "(did you mean 'priority'?)"),
    ("missing_field", "rules/metrics/broken.yaml:3: rule 'broken.reservoirs': missing required field 'metric'"),
    ("duplicate_id", "rules/metrics/broken.yaml:13: rule 'broken.reservoirs': duplicate id "
                     "(first defined in rules/metrics/broken.yaml:3)"),
    ("lexicon_syntax", "rules/lexicon/periods.yaml:3: YAML syntax: found unexpected end of stream "
                       "(while scanning a quoted scalar that starts on line 2)"),
    ("no_negative", "rules/metrics/broken.yaml:7: rule 'broken.reservoirs': a rule with cues needs a 'not:' "
                    "example: a sentence holding a cue word where the rule must not fire"),
    ("context_key", "rules/lexicon/context.yaml:2: part_off: unknown key 'part_off' (did you mean 'part_of'?)"),
    ("bad_scope", "rules/metrics/broken.yaml:8: rule 'broken.reservoirs': scope 'paragraph' is not one of "
                  "('clause', 'sentence', 'lead', 'after')"),
    ("macros_syntax", "rules/macros.yaml:4: YAML syntax: found character '\\t' that cannot start any token"),
    ("bad_cue_not", "rules/metrics/broken.yaml:8: rule 'broken.reservoirs': 'cue_not' word '水库管理' holds none of "
                    "the rule's cues"),
]


@pytest.mark.parametrize(("name", "message"), CASES, ids=[c[0] for c in CASES])
def test_each_file_check_reports_path_line_rule_and_reason(tmp_path: Path, name: str, message: str) -> None:
    broken_rules(tmp_path, name)
    code, lines = _check(tmp_path / "rules")
    assert code == 2
    assert lines == [message, "stats: 1 problem(s) in the rule files"]


EXCLUSION_CASES = [
    ("undefined_macro", "rule 'exclude.broken_macro': undefined macro {NUMBER} "
                        "(defined: CN, CN_CHARS, CN_DIGIT, NUM, RANGE_SEP, YEAR)"),
    ("macro_typo", "rule 'exclude.broken_typo': undefined macro {NUMM} (did you mean {NUM}?)"),
    ("invalid_regex", "rule 'exclude.broken_regex': invalid regular expression: missing ) at position 11 "
                      "in '编号(?P<x>\\d+'"),
    ("macro_cycle", "rule 'exclude.broken_cycle': macro cycle: LOOP -> LOOP_AGAIN -> LOOP"),
]


@pytest.mark.parametrize(("name", "message"), EXCLUSION_CASES, ids=[c[0] for c in EXCLUSION_CASES])
def test_pattern_checks_point_at_the_pattern_line(tmp_path: Path, name: str, message: str) -> None:
    _, offsets = broken_rules(tmp_path, name)
    code, lines = _check(tmp_path / "rules")
    assert code == 2
    # the fixture's `pattern:` is on its line 4
    assert lines == [f"rules/exclusions.yaml:{offsets['exclusions.yaml'] + 4}: {message}",
                     "stats: 1 problem(s) in the rule files"]


def _checked_once(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """`check_rules` run once per folder and state of its files, its report handed out again while they stay
    the same (running every example costs seconds); the folders it did run on, in order."""
    real, reports, ran = rulecheck.check_rules, {}, []

    def once(rules_dir: Path | None = None) -> rulecheck.RuleReport:
        root = Path(rules_dir) if rules_dir else ROOT / "rules"
        key = (str(root), files_digest(root, list(root.rglob("*.yaml"))))
        if key not in reports:
            ran.append(rules_dir)
            reports[key] = real(rules_dir)
        return reports[key]

    monkeypatch.setattr(rulecheck, "check_rules", once)
    return ran


def test_a_failing_example_is_reported_with_what_differs_and_extract_refuses_with_it(tmp_path: Path,
                                                                                      monkeypatch, extractor) -> None:
    """One run of every example for both commands (it costs seconds, so the second command is handed the
    first one's report: `_checked_once`): `stats extract` must stop with the very report `stats rules check`
    gives, and write nothing. (The new file's examples run for real; the shipped files', unchanged, are taken from
    the shipped rules' run, tests/shared_examples.py.)"""
    broken_rules(tmp_path, "failing_example")
    ran = _checked_once(monkeypatch)
    real = share_unchanged_examples(monkeypatch, extractor)
    code, lines = _check(tmp_path / "rules")
    assert code == 2
    assert lines[0] == ("rules/metrics/broken.yaml:10: rule 'broken.reservoirs': example «新建蓄水池12个»: "
                        "12个: value=12.0 (want 13)")
    assert lines[1].endswith(f"{examples_shipped() + 2} examples, 1 failing")
    assert real == ["broken.reservoirs"]
    _assert_extract_refuses(tmp_path, lines)
    assert ran == [tmp_path / "rules"]  # `stats extract` did ask for the check (a failing set is never stamped)


def test_every_problem_is_reported_in_one_run(tmp_path: Path) -> None:
    """A broken lexicon and a broken macros.yaml do not hide the problems in the rule files."""
    _, offsets = broken_rules(tmp_path, "lexicon_syntax", "macros_syntax", "unknown_key", "invalid_regex")
    code, lines = _check(tmp_path / "rules")
    assert code == 2
    assert lines == [
        "rules/lexicon/periods.yaml:3: YAML syntax: found unexpected end of stream "
        "(while scanning a quoted scalar that starts on line 2)",
        "rules/macros.yaml:4: YAML syntax: found character '\\t' that cannot start any token",
        f"rules/exclusions.yaml:{offsets['exclusions.yaml'] + 4}: rule 'exclude.broken_regex': invalid regular "
        "expression: missing ) at position 11 in '编号(?P<x>\\d+'",
        "rules/metrics/broken.yaml:8: rule 'broken.reservoirs': unknown key 'prority' (did you mean 'priority'?)",
        "stats: 4 problem(s) in the rule files",
    ]


def _assert_extract_refuses(tmp_path: Path, report: list[str]) -> None:
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["extract", str(ROOT / "data" / "corpus"), "--rules", str(tmp_path / "rules"),
                                   "--out", str(out), "-q"])
    assert res.exit_code == 2
    lines = res.output.splitlines()
    assert lines[:-1] == report
    assert lines[-1] == ("stats: error: fix the rules first (stats rules check lists the same problems); "
                         "nothing was extracted")
    assert not out.exists()


def test_extract_refuses_to_start_with_the_same_report_as_the_rule_check(tmp_path: Path) -> None:
    broken_rules(tmp_path, "unknown_key")
    report = check_rules(tmp_path / "rules")
    assert not report.ok
    _assert_extract_refuses(tmp_path, [*report.problems, report.summary])


def test_wrong_value_types_are_reported_not_raised(tmp_path: Path) -> None:
    """priority: high and value: lots used to crash the loader and the example runner with a traceback."""
    root, _ = broken_rules(tmp_path, "failing_example")
    path = root / "metrics" / "broken.yaml"
    text = path.read_text(encoding="utf-8").replace("priority: 99", "priority: high").replace("value: 13", "value: lots")
    path.write_text(text, encoding="utf-8")
    code, lines = _check(root)
    assert code == 2
    assert lines == [
        "rules/metrics/broken.yaml:8: rule 'broken.reservoirs': 'priority' must be a whole number, got 'high'",
        "rules/metrics/broken.yaml:11: rule 'broken.reservoirs': 'value' of an expected figure must be a number, "
        "got 'lots'",
        "stats: 2 problem(s) in the rule files",
    ]
