"""Check a rules folder completely before any text is read: files, then every example.

`stats rules check` and `stats extract` share this, so a broken rule file or a failing
example stops both with the same report, one problem a line, `path:line: rule 'id': reason`.
Extracting with a rule set whose own examples fail would publish figures nobody vouches for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from stats.errors import RuleErrors, RulesNotReady
from stats.extract.pipeline import Extractor
from stats.rules.rulefile import RuleSet, load_rules

from .ruletest import run_examples


@dataclass
class RuleReport:
    ruleset: RuleSet | None
    problems: list[str] = field(default_factory=list)
    summary: str = ""

    @property
    def ok(self) -> bool:
        return self.ruleset is not None and not self.problems


def check_rules(rules_dir: Path | None = None) -> RuleReport:
    """Load and validate the rules, then run their examples; every problem is listed."""
    try:
        ruleset = load_rules(rules_dir)
    except RuleErrors as exc:
        problems = [e.format() for e in exc.errors]
        return RuleReport(None, problems, f"stats: {len(problems)} problem(s) in the rule files")
    failures, n = run_examples(Extractor(ruleset))
    summary = (f"stats: {len(ruleset.metrics)} metric rules, {len(ruleset.exclusions)} exclusions, "
               f"{n} examples, {len(failures)} failing")
    return RuleReport(ruleset, [f.format() for f in failures], summary)


def require_rules(rules_dir: Path | None, consequence: str = "nothing was extracted") -> None:
    """Refuse to read any text while a rule file is broken or an example fails (RulesNotReady)."""
    report = check_rules(rules_dir)
    if not report.ok:
        raise RulesNotReady(report.problems, report.summary, consequence)
