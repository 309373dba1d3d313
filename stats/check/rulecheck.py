"""Check a rules folder completely before any text is read: files, then every example.

`stats rules check` and `stats extract` share this, so a broken rule file or a failing
example stops both with the same report, one problem a line, `path:line: rule 'id': reason`.
Extracting with a rule set whose own examples fail would publish figures nobody vouches for.

Running every example costs seconds, so `require_rules` remembers a rule set that
passed: a small stamp named by the rules' digest and the code's (`checked_stamp`) in
the user's cache folder ($STATS_CACHE_DIR, else $XDG_CACHE_HOME/stats, else
~/.cache/stats). Any edit of a rule file or of stats changes the name and the examples
run again; a failing set is never remembered. `stats rules check` always runs them.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import click

from stats.digest import engine_digest
from stats.errors import RuleErrors
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


def cache_root() -> Path:
    """The user's cache folder for stats ($STATS_CACHE_DIR, $XDG_CACHE_HOME/stats, ~/.cache/stats)."""
    if os.environ.get("STATS_CACHE_DIR"):
        return Path(os.environ["STATS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "stats"


def checked_stamp(ruleset: RuleSet) -> Path:
    """Where the record of this rule set passing its examples, under this code, lives."""
    return cache_root() / "rules-checked" / f"{ruleset.digest()[:32]}-{engine_digest()}.json"


def _remember(stamp: Path, report: RuleReport) -> None:
    """Write the stamp atomically; a cache that cannot be written only costs the next start its check."""
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".stamp-", dir=stamp.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"summary": report.summary}, fh)
        os.replace(tmp, stamp)
    except OSError:
        pass


def require_rules(rules_dir: Path | None, consequence: str = "nothing was extracted") -> None:
    """Refuse to read any text while a rule file is broken or an example fails (exit 2).

    A rule set that passed before, under the same code, is not checked again (`checked_stamp`)."""
    stamp = None
    try:
        stamp = checked_stamp(load_rules(rules_dir))
        if stamp.is_file():
            return
    except RuleErrors:
        pass  # reported in full by check_rules below
    except OSError:
        stamp = None
    report = check_rules(rules_dir)
    if report.ok:
        if stamp is not None:
            _remember(stamp, report)
        return
    for line in report.problems:
        click.echo(line, err=True)
    click.echo(report.summary, err=True)
    click.echo(f"stats: error: fix the rules first (stats rules check lists the same problems); {consequence}",
               err=True)
    sys.exit(2)
