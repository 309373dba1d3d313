"""speed192 (issue 13): where a run's CPU time goes, stage by stage, measured so that it can be believed
(`bench/stages.py`: a timer of the CPU clock around named functions, each stage charged its own time), and the
benchmark's extract and build runs given a warmed cache folder of their own (`bench/run.py private_cache`), so that a
round no longer pays for rebuilding the prepared rules other checkouts' runs evicted. Sentences invented."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _bench(name: str):  # type: ignore[no-untyped-def]
    """bench/NAME.py as a module (bench/ is no package of the project)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (a dataclass finds its module there)
    spec.loader.exec_module(module)
    return module


stages = _bench("stages")


def _spin(n: int) -> int:
    return sum(i * i for i in range(n))


def test_a_stage_is_charged_its_own_time_not_that_of_the_stages_inside_it() -> None:
    """outer spins a little and calls inner, which spins much longer: outer's own time is the little."""
    clock = stages.Clock()
    inner = clock.timed("inner", lambda: _spin(400_000))

    def outer() -> int:
        return _spin(20_000) + inner()

    clock.timed("outer", outer)()
    assert clock.calls == {"inner": 1, "outer": 1}
    assert clock.own["inner"] > 5 * clock.own["outer"] > 0


def test_a_timed_generator_hands_on_what_is_sent_and_what_it_returns() -> None:
    """The layout's stages are generators read by `yield from`, which sends values in and reads the value the
    generator returns: the timed one gives both through, and is one call however often it is resumed."""
    def paragraphs():  # type: ignore[no-untyped-def]
        got = yield "全市新增就业1.2万人。"
        yield f"回复{got}"
        return 7

    clock = stages.Clock()
    timed = clock.timed("layout", paragraphs)

    def reader():  # type: ignore[no-untyped-def]
        pos = yield from timed()
        yield pos

    it = reader()
    assert next(it) == "全市新增就业1.2万人。"
    assert it.send("甲") == "回复甲"
    assert next(it) == 7
    assert clock.calls["layout"] == 1


def test_the_stages_tool_times_an_extraction_whose_rows_stay_the_same(tmp_path: Path) -> None:
    """bench/stages.py on a page of two sentences: a table of the stages whose shares add up, and the same
    rows as `stats extract` writes without it."""
    page = tmp_path / "texts" / "page.txt"
    page.parent.mkdir()
    page.write_text("本报讯 今年以来，全市城镇新增就业5.2万人，同比增长3.1%。\n全市新增养老床位1200张。\n",
                    encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    timed = subprocess.run([sys.executable, str(ROOT / "bench" / "stages.py"), str(page.parent), "--out",
                            str(tmp_path / "timed")], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert "| quantity finder | `stats.find.quantities:QuantityFinder.find` |" in timed.stdout
    assert timed.stdout.rstrip().endswith("| 100% | |")
    subprocess.run([sys.executable, "-m", "stats", "extract", str(page.parent), "--out", str(tmp_path / "plain"),
                    "-j", "1", "--no-cache", "-q"], cwd=ROOT, env=env, check=True)
    same = subprocess.run([sys.executable, str(ROOT / "bench" / "same.py"), str(tmp_path / "plain"),
                           str(tmp_path / "timed")], cwd=ROOT, capture_output=True, text=True)
    assert same.stdout.strip() == "same", same.stdout


def test_the_benchmark_runs_share_a_warmed_cache_folder_of_their_own(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Without $STATS_CACHE_DIR the bench's runs get WORK/cache, filled by one run before the rounds; a folder
    the caller set is kept."""
    run = _bench("run")
    ran: list[list[str]] = []
    monkeypatch.setattr(run, "child_cpu", lambda cmd, *a, **k: ran.append(cmd) or (0.0, 0.0, ""))
    monkeypatch.delenv("STATS_CACHE_DIR", raising=False)
    assert run.private_cache(tmp_path) == tmp_path / "cache"
    assert os.environ["STATS_CACHE_DIR"] == str(tmp_path / "cache")
    assert len(ran) == 1 and ran[0][-7:-5] == ["extract", str(tmp_path / "startup" / "one.txt")]
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path / "mine"))
    assert run.private_cache(tmp_path) == tmp_path / "mine"
