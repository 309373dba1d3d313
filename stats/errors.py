"""Errors a user can act on: each names the file (and line or rule) and what to do."""

from __future__ import annotations


class StatsError(Exception):
    """Base class: the CLI prints these as one clean line instead of a traceback."""


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
        super().__init__("\n".join(e.format() for e in errors))


class InputError(StatsError):
    """A source text that cannot be read, with the path and a remedy."""

    def __init__(self, path: str, reason: str, hint: str = "") -> None:
        self.path, self.reason, self.hint = str(path), reason, hint
        super().__init__(f"{path}: {reason}" + (f" ({hint})" if hint else ""))
