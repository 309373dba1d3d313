"""Shared fixtures: the shipped rules and corpus extracted once; published builds and a live server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from stats.publish.build import publish
from stats.rules.rulefile import RuleSet, load_rules
from stats.run.pipeline import Extractor, Tables
from stats.run.runner import extract_paths

from .sample_tables import all_tables

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
GOLD = ROOT.parent / "shared" / "gold" / "seeds"
# The command line of this checkout, whatever `stats` is on PATH: `python -m stats` run from
# the checkout's root imports its own package first.
STATS = [sys.executable, "-m", "stats"]
# On CI (CI=true) a test that needs ../shared fails instead of skipping: a skip there would
# hide that the gold floors were never checked.
ON_CI = os.environ.get("CI", "").lower() == "true"
# On CI the property tests are derandomized (examples drawn from a seed fixed per test: the same ones every
# run), so the default suite cannot fail at random on a case no change brought; runs elsewhere draw new examples
# every time and find new cases, which go into the tests as @example. Loaded before the test modules build their
# own `settings(...)`, which take the profile's values for what they leave unset.
settings.register_profile("ci", derandomize=True)
if ON_CI:
    settings.load_profile("ci")


def need_program(found: object, what: str) -> None:
    """Skip when a system program is missing on a developer's machine; fail on CI, whose
    scripts/install-system.sh installs it."""
    if found:
        return
    if ON_CI:
        pytest.fail(f"{what} is missing: scripts/install-system.sh installs it on CI")
    pytest.skip(f"{what} is not installed (scripts/install-system.sh installs it)")


def need(path: Path, what: str) -> None:
    """Skip when `path` is missing on a developer's machine; fail on CI, where it must be present."""
    if path.exists():
        return
    if ON_CI:
        pytest.fail(f"{what} not found at {path}: CI must check out ../shared beside the repository")
    pytest.skip(f"{what} not beside the checkout ({path})")


def run_stats(*args: str, **kwargs) -> subprocess.CompletedProcess:
    """`stats ARGS` as a child process running this checkout's code."""
    return subprocess.run([*STATS, *args], cwd=ROOT, **kwargs)


@pytest.fixture(scope="session")
def ruleset() -> RuleSet:
    return load_rules()


@pytest.fixture(scope="session")
def extractor(ruleset: RuleSet) -> Extractor:
    return Extractor(ruleset)


@pytest.fixture(scope="session", autouse=True)
def _share_shipped_examples(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Under pytest-xdist, tests/shared_examples.py's one run of the shipped examples is shared by the workers
    through a file in the run's temporary folder (the parent of each worker's own), as xdist's docs share a
    session's data: one worker runs them, the other reads each rule's count of cases."""
    from tests import shared_examples

    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared_examples.KEPT = tmp_path_factory.getbasetemp().parent / "shipped-examples.json"


@pytest.fixture(scope="session")
def corpus_tables() -> Tables:
    return extract_paths([CORPUS])


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of the hand-worked sample page (tests/sample_tables.py), for exact expectations."""
    out = tmp_path_factory.mktemp("sample")
    publish(all_tables(), out)
    return out


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`stats build data/corpus --out DIR` run as a user runs it, on the shipped corpus."""
    out = tmp_path_factory.mktemp("data")
    run_stats("build", str(CORPUS), "--out", str(out), check=True, capture_output=True)
    return out


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, log: Path, timeout: float = 30.0) -> None:
    """Poll `url` until it answers 200, failing early with the server's log if it died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {timeout}s")


@pytest.fixture(scope="session")
def server(corpus_build: Path) -> Iterator[str]:
    """Base URL of a real `stats serve` process over the corpus build, on a free loopback port."""
    port = free_port()
    log = (corpus_build.parent / "serve.log").open("w")
    process = subprocess.Popen(
        [*STATS, "serve", str(corpus_build), "--port", str(port)],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/-/versions.json", process, Path(log.name))
        yield base
    finally:
        log.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """A gold-set test that falls short shows the `errors` rows of its runs (tests.goldsets.ERRORS): a score short
    of its floor says why when a document was extracted again, timed out or was read with a warning."""
    from tests import goldsets

    if call.when == "setup":
        goldsets.ERRORS.clear()
    outcome = yield
    report = outcome.get_result()
    if call.when == "call" and report.failed and goldsets.ERRORS:
        report.sections.append(("stats errors rows", goldsets.describe(goldsets.ERRORS)))
