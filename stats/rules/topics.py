"""The topics of rules/topics.yaml: what a figure is about, and the conventions of each.

The rule loader checks every metric rule against its topic's conventions (metric name,
units), and `stats evaluate` scores a figure's topic by the same table, so the knowledge
of what makes a `beds` or a `money` figure is written once, in the rules folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stats.errors import RuleErrors

from .lexschema import WORD, WORDS, schema_errors
from .yamlfile import load_yaml

TOPIC_SCHEMA: dict[str, Any] = {
    "type": "object", "required": ["topics"], "additionalProperties": False,
    "properties": {"topics": {"type": "object", "minProperties": 1, "additionalProperties": {
        "type": "object", "additionalProperties": False, "required": ["description"],
        "properties": {"description": WORD, "metric_segment": WORD, "metric_prefix": WORD,
                       "units": WORDS, "rule_units": WORDS},
    }}},
}


@dataclass(frozen=True)
class Topic:
    name: str
    description: str
    metric_segment: str = ""
    metric_prefix: str = ""
    units: tuple[str, ...] = ()
    rule_units: tuple[str, ...] = ()

    @property
    def scored(self) -> bool:
        """Does the topic say what its figures look like (else, like `other`, it is not scored)?"""
        return bool(self.metric_segment or self.metric_prefix or self.units)

    def holds(self, metric: str, unit: str) -> bool | None:
        """Is a figure with this metric and unit one of this topic? None when the topic says nothing."""
        if not self.scored:
            return None
        return ((not self.metric_segment or self.metric_segment in metric.split("."))
                and (not self.metric_prefix or metric.startswith(self.metric_prefix))
                and (not self.units or unit in self.units))

    def rule_problems(self, metric: str, units: tuple[str, ...]) -> list[str]:
        """How a metric rule of this topic breaks its conventions (key of the problem, reason)."""
        out = []
        if self.metric_segment and self.metric_segment not in metric.split("."):
            out.append(f"a {self.name} metric must contain the segment '{self.metric_segment}' (got '{metric}')")
        if self.metric_prefix and not metric.startswith(self.metric_prefix):
            out.append(f"a {self.name} metric must start with '{self.metric_prefix}' (got '{metric}')")
        extra = [u for u in units if self.rule_units and u not in self.rule_units]
        if extra:
            out.append(f"a {self.name} rule admits only units {list(self.rule_units)} (got {extra})")
        return out


def load_topics(path: Path) -> dict[str, Topic]:
    """The topics in file order (the GUIDE's precedence); RuleErrors at path:line when malformed."""
    data = load_yaml(path)
    problems = schema_errors(path.name, data, str(path), TOPIC_SCHEMA)
    if problems:
        raise RuleErrors(problems)
    return {str(name): Topic(str(name), str(t["description"]), str(t.get("metric_segment", "")),
                             str(t.get("metric_prefix", "")), tuple(map(str, t.get("units", ()))),
                             tuple(map(str, t.get("rule_units", ()))))
            for name, t in data["topics"].items() if name != "__line__"}
