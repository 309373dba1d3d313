"""Check a rules folder completely before any text is read: files, then every example.

`stats rules check` and `stats extract` share this, so a broken rule file or a failing
example stops both with the same report, one problem a line, `path:line: rule 'id': reason`.
Extracting with a rule set whose own examples fail would publish figures nobody vouches for.

Running every example costs seconds, so `require_rules` remembers a rule set that
passed: a small stamp named by the rules' digest and the code's (`checked_stamp`) in
the user's cache folder ($STATS_CACHE_DIR, else $XDG_CACHE_HOME/stats, else
~/.cache/stats). Any edit of a rule file or of stats changes the name and the examples
run again; a failing set is never remembered. `stats rules check` always runs them, and
remembers a set that passed (`remember_passed`): the `stats extract` after it starts at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from stats.digest import remember, stamp
from stats.errors import RuleErrors, RulesNotReady
from stats.rules.lexicon import PATTERN_TIMEOUT
from stats.rules.rulefile import RuleSet, load_rules
from stats.run.document import prepared_extractor
from stats.run.lean import collecting

from .ruletest import run_examples, run_todo

EXAMPLE_TIMEOUT = 1.0  # seconds an exclusion pattern may take on one example sentence


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
    # The examples run on the extractor corpus runs use (the prepared one: made here and cached, or loaded), with a
    # limit on each exclusion pattern call: what they prove is what `stats extract` then runs, and a cold start makes
    # one extractor, not this one and then the bulk one (~1.3 s of CPU each). The bulk extractor judges only the rules
    # a quantity's unit and measure admit, which picks the rule judging them all does (`RuleIndex`), without the
    # verdicts only `stats explain` shows (a fifth of the examples' time went to judging every rule).
    ex = prepared_extractor(ruleset).timed(EXAMPLE_TIMEOUT)
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
    # Each pattern first runs once over all the examples a line each, under the same limit: a pattern that backtracks
    # without end on one example does so on the whole too (its start positions are all tried there, with more text
    # after them), and one call instead of one per example saves the limit's cost on every call (most of this check's
    # seconds: `stats rules check`, and `stats extract` on a rule set not checked before). Only a pattern that runs
    # past the limit on the whole is run example by example, to name the example it chokes on.
    whole = "\n".join(texts)
    out = []
    for what, pattern, path, line in named:
        try:
            for _ in pattern.finditer(whole, timeout=timeout):
                pass
            continue
        except TimeoutError:
            pass
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


def checked_stamp(ruleset: RuleSet) -> Path:
    """Where the record of this rule set passing its examples, under this code, lives."""
    return stamp("rules-checked", ruleset.digest().encode())


def remember_passed(report: RuleReport) -> None:
    """Stamp a rule set whose every example just passed (`stats rules check`), as `require_rules` does: the
    next `stats extract` or `stats build` with it, under the same code, does not run them again. A cache
    folder that cannot be written only loses the shortcut."""
    if not report.ok or report.ruleset is None:
        return
    try:
        remember(checked_stamp(report.ruleset), report.summary)
    except OSError:
        pass


def require_rules(rules_dir: Path | None, consequence: str = "nothing was extracted") -> None:
    """Refuse to read any text while a rule file is broken or an example fails (RulesNotReady).

    A rule set that passed before, under the same code, is not checked again (`checked_stamp`)."""
    passed = None
    try:
        passed = checked_stamp(load_rules(rules_dir))
        if passed.is_file():
            return
    except RuleErrors:
        pass  # reported in full by check_rules below
    except OSError:
        passed = None
    with collecting():  # the examples' cycles swept as they come, not frozen with the start's objects
        report = check_rules(rules_dir)
    if not report.ok:
        raise RulesNotReady(report.problems, report.summary, consequence)
    if passed is not None:
        remember(passed, report.summary)
