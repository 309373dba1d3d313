"""Start-up costs: rows built without pandas, rules loaded once, a checked rule set remembered."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa

from stats.check import rulecheck
from stats.extract.rows import table_from_rows
from stats.rules.rulefile import DEFAULT_RULES, load_rules
from stats.schema import arrow_schema

ROOT = Path(__file__).resolve().parent.parent


def test_rows_by_column_equal_pyarrows_own_conversion() -> None:
    rows = [
        {"figure_id": "d:0-4", "doc_id": "d", "value": 12.5, "value_high": None, "start": 0, "end": 4,
         "quote": "12.5万元", "sentence": "全年投入资金12.5万元。", "period": None},
        {"figure_id": "d:9-12", "doc_id": "d", "value": 3, "value_high": 5.0, "start": 9, "end": 12,
         "quote": "3-5个", "sentence": "新建站点3-5个", "period": "2024"},
    ]
    schema = arrow_schema("figures")
    ours = table_from_rows(rows, schema)
    assert ours.equals(pa.Table.from_pylist(rows, schema=schema))
    assert table_from_rows([], schema).equals(schema.empty_table())


def test_extraction_never_imports_pandas(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("今年全市新增就业岗位1.2万个，城镇调查失业率5.1%。\n", encoding="utf-8")
    code = ("import sys; from stats.cli import cli\n"
            f"try: cli(['extract', {str(page)!r}, '--out', {str(tmp_path / 'out')!r}, '-j1', '--no-cache', '-q'])\n"
            "except SystemExit: pass\n"
            "print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr


def test_rules_load_once_per_process_until_a_file_changes(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES, rules)
    first = load_rules(rules)
    assert load_rules(rules) is first
    macros = rules / "macros.yaml"
    macros.write_text(macros.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert load_rules(rules) is not first


def test_a_checked_rule_set_is_remembered_and_an_edit_checks_again(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path / "cache"))
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES, rules)
    runs: list[Path | None] = []
    real = rulecheck.check_rules
    monkeypatch.setattr(rulecheck, "check_rules", lambda d=None: runs.append(d) or real(d))
    rulecheck.require_rules(rules)
    rulecheck.require_rules(rules)
    assert runs == [rules]  # the second start trusts the stamp
    assert rulecheck.checked_stamp(load_rules(rules)).is_file()
    macros = rules / "macros.yaml"
    macros.write_text(macros.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    rulecheck.require_rules(rules)
    assert runs == [rules, rules]
