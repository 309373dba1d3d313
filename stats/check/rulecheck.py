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
from stats.rules.lexicon import PATTERN_TIMEOUT
from stats.rules.rulefile import RuleSet, load_rules

from .ruletest import run_examples, run_todo


@dataclass
class RuleReport:
    ruleset: RuleSet | None
    problems: list[str] = field(default_factory=list)
    summary: str = ""
    todo: list[str] = field(default_factory=list)  # known gaps: reported, never failing

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
    slow = slow_patterns(ruleset)
    ex = Extractor(ruleset)
    failures, n = run_examples(ex)
    todo = run_todo(ex)
    passing = sum(1 for t in todo if not t.reason)
    todos = f"{len(todo)} todo ({passing} pass now), " if todo else ""
    summary = (f"stats: {len(ruleset.metrics)} metric rules, {len(ruleset.exclusions)} exclusions, "
               f"{n} examples, {todos}{len(failures) + len(slow)} failing")
    return RuleReport(ruleset, [*slow, *(f.format() for f in failures)], summary, [t.format() for t in todo])


def slow_patterns(ruleset: RuleSet, timeout: float = PATTERN_TIMEOUT) -> list[str]:
    """Every pattern (lexicon and exclusions) run over every example sentence of the rules
    with a time limit: one that runs past it is reported at the line it is written on."""
    texts = sorted({ex.text for r in [*ruleset.exclusions, *ruleset.metrics]
                    for ex in (*r.examples, *r.negatives, *r.todo)})
    named = [(p.what, p.pattern, p.path, p.line) for p in ruleset.lexicon.patterns]
    named += [(f"rule '{r.id}'", r.pattern, r.file, r.line) for r in ruleset.exclusions]
    out = []
    for what, pattern, path, line in named:
        for text in texts:
            try:
                for _ in pattern.finditer(text, timeout=timeout):
                    pass
            except TimeoutError:
                where = f"{path}:{line}" if line else path
                out.append(f"{where}: {what}: pattern ran past {timeout:g} s on the example «{text[:60]}» "
                           "(it backtracks without end: simplify it)")
                break
    return out


def require_rules(rules_dir: Path | None, consequence: str = "nothing was extracted") -> None:
    """Refuse to read any text while a rule file is broken or an example fails (RulesNotReady)."""
    report = check_rules(rules_dir)
    if not report.ok:
        raise RulesNotReady(report.problems, report.summary, consequence)
