"""The suite keeps itself honest: slow tests are marked and left out of the default run, a test
that needs ../shared fails on CI instead of skipping, subprocesses run this checkout's code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from . import conftest
from .conftest import ROOT, STATS, need


def test_a_missing_shared_folder_fails_on_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    monkeypatch.setattr(conftest, "ON_CI", True)
    with pytest.raises(pytest.fail.Exception, match="CI must check out ../shared"):
        need(tmp_path / "shared", "the shared gold seeds")
    monkeypatch.setattr(conftest, "ON_CI", False)
    with pytest.raises(pytest.skip.Exception):
        need(tmp_path / "shared", "the shared gold seeds")
    need(tmp_path, "a folder that exists")  # present: neither


def test_slow_tests_are_marked_and_left_out_by_default() -> None:
    ini = (ROOT / "pyproject.toml").read_text(encoding="utf-8").split("[tool.pytest.ini_options]")[1]
    assert """addopts = "-m 'not slow'""" in ini
    assert '"slow: ' in ini
    from . import test_memory

    assert test_memory.pytestmark.name == "slow"


def test_the_command_line_of_the_tests_is_this_checkout() -> None:
    out = subprocess.run([*STATS, "--version"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "version" in out
    code = "import stats, sys; print(stats.__file__)"
    where = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert Path(where.strip()).resolve().parent == ROOT / "stats"
