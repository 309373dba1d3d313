"""Errors a user can act on: each names the file (and line or rule) and what to do.

Every user fault is a StatsError. The command line catches the family in one place
(`stats.cli.StatsGroup`) and prints it as `stats: error: …` with exit status 2, after
the `details` lines when there are any: no traceback for a bad rule file, input, gold
file or output folder.
"""

from __future__ import annotations


class StatsError(Exception):
    """Base class: the CLI prints these as one clean line instead of a traceback."""

    # lines shown before the `stats: error:` line (every problem of a rules check, say)
    details: tuple[str, ...] = ()
    # a line shown after it: what the failure left undone (`nothing was published`)
    consequence: str = ""

    def headline(self) -> str:
        """The one line after `stats: error:`; the details, if any, come before it."""
        return str(self)

    def lines(self) -> list[str]:
        """What the command line prints for this error, in order."""
        return [*self.details, f"stats: error: {self.headline()}",
                *([f"stats: {self.consequence}"] if self.consequence else [])]


class RuleFileError(StatsError):
    """A problem in a rule file, located as `path:line: rule 'id': reason`."""

    def __init__(self, path: str, line: int | None, rule_id: str | None, reason: str) -> None:
        self.path, self.line, self.rule_id, self.reason = str(path), line, rule_id, reason
        super().__init__(self.format())

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        who = f" rule '{self.rule_id}':" if self.rule_id else ""
        return f"{where}:{who} {self.reason}"


class RuleErrors(StatsError):
    """Every problem found in the rule files, reported together (semgrep/Sigma style)."""

    def __init__(self, errors: list[RuleFileError]) -> None:
        self.errors = errors
        self.details = tuple(e.format() for e in errors)
        super().__init__("\n".join(self.details))

    def headline(self) -> str:
        return f"{len(self.errors)} problem(s) in the rule files (each listed above as path:line)"


class RulesNotReady(StatsError):
    """A rules check failed before any text was read: its problems are the details."""

    def __init__(self, problems: list[str], summary: str, consequence: str) -> None:
        self.details = (*problems, summary)
        super().__init__(f"fix the rules first (stats rules check lists the same problems); {consequence}")


class InputError(StatsError):
    """A source text (or gold file) that cannot be read, with the path and a remedy."""

    def __init__(self, path: str, reason: str, hint: str = "") -> None:
        self.path, self.reason, self.hint = str(path), reason, hint
        super().__init__(f"{path}: {reason}" + (f" ({hint})" if hint else ""))
