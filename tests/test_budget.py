"""Patterns run without timeouts; the loader's nesting check and a CPU budget per document keep a run from hanging."""

from __future__ import annotations

from pathlib import Path

from stats.rules.rulefile import load_rules
from stats.run import document
from stats.run.document import extract_file
from stats.run.pipeline import Extractor


def test_a_document_over_budget_twice_is_an_error_row_not_a_hang(tmp_path: Path, monkeypatch) -> None:
    page = tmp_path / "page.txt"
    page.write_text("今年全市新增就业岗位1.2万个，城镇调查失业率5.1%。\n" * 2000, encoding="utf-8")
    monkeypatch.setattr(document, "cpu_budget", lambda nbytes: 0.01)
    out = extract_file(Extractor(load_rules(), timeout=None, all_verdicts=False), page)
    assert out.tables is None
    assert out.error["stage"] == "extract"
    assert out.error["message"].startswith("took more than 0.01 s of CPU twice")


def test_within_budget_a_document_is_extracted_once_without_timeouts(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("今年全市新增就业岗位1.2万个，城镇调查失业率5.1%。\n", encoding="utf-8")
    out = extract_file(Extractor(load_rules(), timeout=None, all_verdicts=False), page)
    assert [r["quote"] for r in out.tables["figures"].to_pylist()] == ["1.2万个", "5.1%"]
    assert out.tables["errors"].num_rows == 0


def test_the_budget_scales_with_stats_budget_scale_for_runs_under_instrumentation(monkeypatch) -> None:
    monkeypatch.delenv("STATS_BUDGET_SCALE", raising=False)
    plain = document.cpu_budget(1_000_000)
    assert plain == 32.0
    monkeypatch.setenv("STATS_BUDGET_SCALE", "50")
    assert document.cpu_budget(1_000_000) == 50 * plain
