"""speed243 (issue 13): what a necessary condition could take off the classifier's calls per figure
(`bench/gates.py`): each call's own CPU time, apart for the calls that answered nothing (the bound of what a gate in
front of the call could save), the timer's own cost taken off. Sentences invented."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_speed192 import _bench

gates = _bench("gates")


def _spin(n: int) -> int:
    return sum(i * i for i in range(n))


def test_the_empty_answers_are_told_from_the_found_ones() -> None:
    """"" (no cue), None, False and () answer nothing; a cue, a role pair, a rule do; a rule index's pick with no
    rule is empty, one with a rule is not."""
    assert all(gates._empty(x) for x in ("", None, False, ()))
    assert not any(gates._empty(x) for x in ("计划", ("level", ""), ("target", "力争"), True, 3))
    assert gates._empty((None, [])) and not gates._empty((object(), []))


def test_a_call_is_charged_its_own_time_apart_by_its_answer() -> None:
    """outer spins a little and calls inner, which spins much longer and finds nothing once, something once: each
    is counted under its answer, and outer's own time is the little."""
    split = gates.Split()
    inner = split.timed("inner", lambda text: (_spin(300_000), "增长" if "增长" in text else "")[1])

    def outer(text: str) -> str:
        _spin(10_000)
        return inner(text)

    timed = split.timed("outer", outer)
    assert timed("全市城镇新增就业1.2万人。") == ""
    assert timed("同比增长3.1%。") == "增长"
    assert split.calls == {("inner", True): 1, ("inner", False): 1, ("outer", True): 1, ("outer", False): 1}
    inner_own = split.own[("inner", True)] + split.own[("inner", False)]
    outer_own = split.own[("outer", True)] + split.own[("outer", False)]
    assert inner_own > 5 * outer_own >= 0


def test_the_timer_costs_something_and_little() -> None:
    assert 0 < gates._overhead(20_000) < 1e-4


@pytest.mark.slow  # a bench tool run through its command line (3-5 s): the slow job, as bench tools are not the product
def test_the_gates_tool_splits_the_calls_of_an_extraction(tmp_path: Path) -> None:
    """bench/gates.py on a page of figures: every figure's role asked once, none empty; the rows the same with the
    timers as without."""
    page = tmp_path / "texts" / "page.txt"
    page.parent.mkdir()
    page.write_text("本报讯 今年以来，兰州市城镇新增就业5.2万人，同比增长3.1%。\n榆中县新增养老床位1200张。\n",
                    encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "gates.py"), str(page.parent), "--passes", "1"],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    assert "rows the same" in out
    row = next(line for line in out.splitlines() if line.startswith("| `Classifier.role` |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert int(cells[1]) == 3 and int(cells[2]) == 0
