"""docs/PUBLISH.md names every canned query and publishing command, so the docs keep up with them."""

from __future__ import annotations

from pathlib import Path

from stats.publish.cli import build, serve
from stats.publish.metadata import load_metadata

DOC = (Path(__file__).resolve().parents[1] / "docs" / "PUBLISH.md").read_text(encoding="utf-8")


def test_every_canned_query_is_documented() -> None:
    queries = load_metadata()["databases"]["stats"]["queries"]
    assert [name for name in queries if f"`{name}" not in DOC] == []


def test_every_option_of_build_and_serve_is_documented() -> None:
    options = [opt for command in (build, serve) for param in command.params for opt in param.opts]
    assert [opt for opt in options if opt.startswith("--") and opt not in DOC] == []
    assert "_bom=0" in DOC and "_stream=on" in DOC
