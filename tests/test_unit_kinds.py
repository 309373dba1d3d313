"""What the engine treats alike among units (a span of time, a rate, a gap between rates, a multiple) is each unit's
`kind` in rules/lexicon/units.yaml, never a list of unit ids in the code: a kind the engine does not know is refused
at its file and unit, and a unit of time a rule author adds is a duration everywhere the engine asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from stats.cli import cli
from stats.errors import RuleErrors
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor

from .test_lexicon_schema import _edit, _rules

_SECONDS = "  second: {label_zh: 秒, label_en: seconds, %sdescription: A duration in seconds.}\n"


def _with_seconds(tmp_path: Path, kind: str) -> Path:
    """The shipped rules and a unit of seconds (秒) they lack, of the kind given (none where "")."""
    root = _rules(tmp_path)
    units = root / "lexicon" / "units.yaml"
    _edit(units, "measures:\n", _SECONDS % (f"kind: {kind}, " if kind else "") + "measures:\n")
    _edit(units, "  - {word: 分钟, unit: minute}\n", "  - {word: 分钟, unit: minute}\n  - {word: 秒, unit: second}\n")
    return root


def test_an_unknown_unit_kind_is_refused_at_its_unit(tmp_path: Path) -> None:
    root = _rules(tmp_path)
    line = _edit(root / "lexicon" / "units.yaml", "label_en: weeks, kind: duration,", "label_en: weeks, kind: span,")
    expected = (f"rules/lexicon/units.yaml:{line}: units.week.kind: 'span' is not one of "
                "['duration', 'rate', 'point', 'multiple']")
    with pytest.raises(RuleErrors) as info:
        load_rules(root)
    assert info.value.details == (expected,)
    res = CliRunner().invoke(cli, ["rules", "check", "--rules", str(root)])
    assert res.exit_code == 2
    assert expected in res.output.splitlines()


def test_a_point_names_a_known_rate(tmp_path: Path) -> None:
    root = _rules(tmp_path)
    line = _edit(root / "lexicon" / "units.yaml", "points_of: permille,", "points_of: permill,")
    with pytest.raises(RuleErrors) as info:
        load_rules(root)
    assert info.value.details == (
        f"rules/lexicon/units.yaml:{line}: units.permille_point.points_of: unknown unit 'permill'",)


def test_the_shipped_kinds() -> None:
    lex = load_rules().lexicon
    assert lex.durations == {"year", "quarter", "month", "week", "day", "hour", "minute"}
    assert lex.point_units == {"percentage_point": "percent", "permille_point": "permille",
                               "per_100k_point": "per_100k"}
    assert lex.rated_units == {"percent", "permille", "times", *lex.point_units}


@pytest.mark.slow  # (4-5 s: two rule sets loaded and checked; the unit kind's refusal stays quick)
def test_a_duration_declared_only_in_the_rules_is_one(tmp_path: Path) -> None:
    """A table cell of a number and a unit of time (30秒) is a column's head, no value column's cell, and a range's two
    ends may name two units of time: a unit of seconds the shipped rules lack is one where units.yaml gives it the kind
    duration, and a count of something else without it."""
    timed = Extractor(load_rules(_with_seconds(tmp_path / "a", "duration")))
    assert timed.rules.lexicon.durations >= {"second"}
    assert not timed._measured_cell("30秒")
    assert timed._measured_cell("8650人")
    untimed = Extractor(load_rules(_with_seconds(tmp_path / "b", "")))
    assert untimed._measured_cell("30秒")
    # a span whose low end holds a half, a range mark, then a span in another unit of time: one span said in two
    # units, the low end alone; with seconds no duration, two figures of two measures
    text = "平均等待一秒半～两分钟。"
    assert [(q.quote, q.value, q.unit) for q in timed.finder.find(text)] == [("一秒半", 1.5, "second")]
    assert [(q.quote, q.value, q.unit) for q in untimed.finder.find(text)] == [
        ("一秒半", 1.5, "second"), ("两分钟", 2.0, "minute")]
