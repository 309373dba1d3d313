"""speed229 (issue 13): what a stage costs on its own, replayed (`bench/stages.py --replay`): each call of a function
in an extraction kept with its answer, made again after the run, its least CPU time printed with how many calls
answered as in the run. The bound of what a new form of the stage could take off a run (a page-level place scan,
rows straight into Arrow). Sentences invented."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_speed192 import _bench

stages = _bench("stages")


def _places(text: str) -> list[int]:
    return [k for k, ch in enumerate(text) if ch in "市县"]


def test_a_replay_of_a_function_of_its_arguments_agrees_with_the_run() -> None:
    rec = stages.Recorder(_places)
    kept = rec.kept()
    assert kept("全市新增就业1.2万人，全县3000人。") == [1, 13]
    assert kept("同比增长3.1%。") == []
    best, agreed = rec.replay(passes=3)
    assert len(rec.calls) == 2 and agreed == 2 and best >= 0.0
    assert rec.calls[0][0] == ("全市新增就业1.2万人，全县3000人。",)


def test_a_replay_of_a_function_that_moves_its_state_gives_it_away() -> None:
    """A counter answers otherwise the second time: `agreed` falls below the calls."""
    seen: list[str] = []

    def counted(text: str) -> int:
        seen.append(text)
        return len(seen)

    rec = stages.Recorder(counted)
    kept = rec.kept()
    kept("全市新增养老床位1200张。")
    kept("全县新增就业800人。")
    _, agreed = rec.replay(passes=1)
    assert agreed == 0


def test_a_generator_function_is_refused() -> None:
    def pieces(text: str):  # type: ignore[no-untyped-def]
        yield from text

    with pytest.raises(SystemExit, match="generator"):
        stages.Recorder(pieces)


@pytest.mark.slow  # a bench tool run through its command line (2-3 s): the slow job, as bench tools are not the product
def test_the_stages_tool_replays_the_place_scan_of_an_extraction(tmp_path: Path) -> None:
    """bench/stages.py --replay on a page naming places: the scan's calls kept, each replayed as the run answered,
    beside the stage table."""
    page = tmp_path / "texts" / "page.txt"
    page.parent.mkdir()
    page.write_text("本报讯 今年以来，兰州市城镇新增就业5.2万人，同比增长3.1%。\n榆中县新增养老床位1200张。\n",
                    encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "stages.py"), str(page.parent), "--out",
                          str(tmp_path / "timed"), "--replay", "stats.context.place:Gazetteer._scan",
                          "--passes", "2"], cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    assert "| whole process | |" in out
    assert "| replayed | calls | in the run (inclusive) | replayed (least of 2) |" in out
    row = next(line for line in out.splitlines() if line.startswith("| `stats.context.place:Gazetteer._scan` |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    calls, agreed = int(cells[1].replace(",", "")), int(cells[5].replace(",", ""))
    assert calls >= 2 and agreed == calls
