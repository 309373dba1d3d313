"""The command line, through click's runner: exit codes and what the user reads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner

from stats.cli import cli

from .conftest import CORPUS, GOLD, need
from .shared_examples import examples_shipped, share_unchanged_examples


def test_extract_writes_the_tables(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(CORPUS / "003_e9ef5092c6da6442.txt", src)
    res = CliRunner().invoke(cli, ["extract", str(src), "--out", str(tmp_path / "out"), "-q"])
    assert res.exit_code == 0, res.output
    for name in ("figures", "articles", "sentences", "documents", "errors"):
        assert (tmp_path / "out" / f"{name}.parquet").exists()
    figs = pq.read_table(tmp_path / "out" / "figures.parquet").to_pylist()
    assert any(f["quote"] == "60万人以上" and f["role"] == "target" for f in figs)


def test_explain_names_the_winner_and_the_cue() -> None:
    res = CliRunner().invoke(cli, ["explain", "确保全年城镇新增就业60万人以上"])
    assert res.exit_code == 0
    assert "«60万人以上»" in res.output
    assert "role=target (cue '确保')" in res.output
    assert "WIN  jobs.urban_new" in res.output


def test_explain_shows_exclusions() -> None:
    res = CliRunner().invoke(cli, ["explain", "按照“支持企业40条”中第27条等工作要求"])
    assert "«40条» [7:10] value=40" in res.output
    assert "excluded by exclude.quoted_name" in res.output
    assert "excluded by exclude.ordinal" in res.output


def test_rules_check_passes_on_the_shipped_rules(monkeypatch, extractor) -> None:
    """The check of the shipped rules, every file validated and every pattern timed; their examples' results are
    the shared run of every shipped example (tests/shared_examples.py: a failing one is run again, and fails here)."""
    ran = share_unchanged_examples(monkeypatch, extractor)
    res = CliRunner().invoke(cli, ["rules", "check"])
    assert res.exit_code == 0, res.output
    assert "0 failing" in res.output
    assert f"{examples_shipped()} examples" in res.output
    assert ran == []


def test_evaluate_reports_recall_and_precision(tmp_path: Path) -> None:
    need(GOLD, "the shared gold seeds")
    CliRunner().invoke(cli, ["extract", str(CORPUS), "--out", str(tmp_path), "-q"])
    res = CliRunner().invoke(cli, ["evaluate", str(GOLD), "--pred", str(tmp_path / "figures.parquet"),
                                   "--show", "rules,topics"])
    assert res.exit_code == 0
    assert "recall=" in res.output and "precision=" in res.output
    assert "topic jobs" in res.output


def test_a_bad_gold_file_is_one_error_line_with_its_place(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "d1", "quote": "3个", "value": 3, "measure": "个", "tier": "must"}\n{"doc": "d1", \n',
                    encoding="utf-8")
    res = CliRunner().invoke(cli, ["evaluate", str(gold), "--pred", str(gold)])
    assert res.exit_code == 2
    assert res.output.startswith(f"stats: error: {gold}:2: not a JSON line")
    assert "Traceback" not in res.output and isinstance(res.exception, SystemExit)


def test_a_gold_line_without_its_fields_names_them(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "d1", "value": 3}\n', encoding="utf-8")
    res = CliRunner().invoke(cli, ["evaluate", str(gold), "--pred", str(gold)])
    assert res.exit_code == 2
    assert res.output == f"stats: error: {gold}:1: gold figure without quote, measure, tier (see GUIDE.md for the fields)\n"


def test_a_predictions_file_that_is_no_table_is_a_user_error(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "d1", "quote": "3个", "value": 3, "measure": "个", "tier": "must"}\n', encoding="utf-8")
    res = CliRunner().invoke(cli, ["evaluate", str(gold), "--pred", str(gold)])
    assert res.exit_code == 2
    assert res.output.startswith(f"stats: error: {gold}: not a figures table")


def test_a_broken_rules_folder_lists_its_problems_then_one_error_line(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["rules", "list", "--rules", str(tmp_path / "nowhere")])
    assert res.exit_code == 2
    assert res.output.splitlines() == [f"{tmp_path / 'nowhere'}: rules folder not found (use --rules DIR)",
                                       "stats: error: 1 problem(s) in the rule files (each listed above as path:line)"]


def test_explain_shows_every_digit_of_a_value() -> None:
    """一千二百万零五元 is 12000005 in the tables; explain printed it 1.2e+07 (six significant digits)."""
    res = CliRunner().invoke(cli, ["explain", "拨款一千二百万零五元，补助0.125万元"])
    assert "value=12000005 " in res.output
    assert "value=1250 " in res.output
