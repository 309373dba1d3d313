"""Start-up costs: rows built without pandas, rules loaded once, a checked rule set remembered."""

from __future__ import annotations

import json
import marshal
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
from click.testing import CliRunner

from stats.check import rulecheck
from stats.cli import cli
from stats.rules.rulefile import DEFAULT_RULES, load_rules
from stats.schema import arrow_schema
from stats.tables.rows import table_from_rows

from .shared_examples import share_unchanged_examples

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


def test_rows_given_as_values_are_the_rows_given_as_dicts() -> None:
    """`RowSink.add_values` takes the columns in the schema's order, as the pipeline writes them."""
    from stats.run.pipeline import _FIGURE_COLUMNS, _SENTENCE_COLUMNS
    from stats.tables.rows import COLUMNS, RowSink

    assert _FIGURE_COLUMNS == COLUMNS["figures"] and _SENTENCE_COLUMNS == COLUMNS["sentences"]
    row = {"sentence_id": "d:a1:s001", "article_id": "d:a1", "doc_id": "d", "text": "全年投入资金12.5万元。",
           "start": 0, "end": 13}
    for batch in (None, 2):
        by_dict, by_values = RowSink(batch_rows=batch), RowSink(batch_rows=batch)
        for _ in range(3):
            by_dict.add("sentences", row)
            by_values.add_values("sentences", tuple(row[c] for c in COLUMNS["sentences"]))
        assert by_dict.counts == by_values.counts and by_dict.rows == by_values.rows
        assert all(a.equals(b) for a, b in zip(by_dict.tables().values(), by_values.tables().values(), strict=True))


def test_extraction_never_imports_pandas(tmp_path: Path) -> None:
    """In a Python session (numpy loaded with pyarrow): a run without the cache, one that fills
    it and one that reads every document from it."""
    page = tmp_path / "page.txt"
    page.write_text("今年全市新增就业岗位1.2万个，城镇调查失业率5.1%。\n", encoding="utf-8")
    out = str(tmp_path / "out")
    code = ("import sys; from stats.cli import cli\n"
            "for extra in (['--no-cache'], [], []):\n"
            f"    try: cli(['extract', {str(page)!r}, '--out', {out!r}, '-j1', '-q', *extra])\n"
            "    except SystemExit: pass\n"
            "print('pandas' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip().splitlines()[-1] == "False", done.stderr
    assert "unchanged" in done.stderr  # the last run did read the cache


def _imported(args: list[str], cwd: Path) -> set[str]:
    """The modules `python -m stats ARGS` imports (from -X importtime, which writes one line per module)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "stats", *args], capture_output=True,
                          text=True, cwd=cwd, check=True)
    return {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}


def test_the_command_line_extracts_and_builds_without_numpy_or_pandas(tmp_path: Path) -> None:
    """pandas costs 0.6 s of CPU to import, numpy 0.1 s: `stats extract` (cold and from its cache)
    and `stats build` need neither (reading Parquet through pyarrow.dataset, or a Python list of
    unknown type, would pull pandas in)."""
    page = tmp_path / "page.txt"
    page.write_text("今年全市新增就业岗位1.2万个，城镇调查失业率5.1%。\n", encoding="utf-8")
    runs = {
        "extract, filling the cache": ["extract", str(page), "--out", str(tmp_path / "x"), "-j1", "-q"],
        "extract, from the cache": ["extract", str(page), "--out", str(tmp_path / "x"), "-j1", "-q"],
        "build": ["build", str(page), "--out", str(tmp_path / "b"), "-j1", "-q"],
        "build, from the cache": ["build", str(page), "--out", str(tmp_path / "b"), "-j1", "-q"],
    }
    for what, args in runs.items():
        mods = _imported(args, ROOT)
        assert "pyarrow" in mods, what  # the reading works
        assert not {"pandas", "numpy"} & mods, what
        assert "cloudpickle" not in mods, what  # pyarrow takes it as its pickler where installed (stats.run.lean)
        assert "stats.read.pdf" not in mods, what  # the PDF reader loads with the first PDF (text files only here)
    assert (tmp_path / "b" / "current" / "stats.duckdb").exists()


def test_a_lean_start_loads_the_local_file_system_only() -> None:
    """The commands that write Parquet import pyarrow.fs without S3, GCS, Azure and HDFS (stats.run.lean),
    and the modules hidden while pyarrow loaded stay importable afterwards."""
    code = ("import sys; from stats.run.lean import import_arrow_without_numpy as lean; assert lean(files=True); "
            "print(sorted(m for m in sys.modules if m.startswith('pyarrow._') and m.endswith('fs'))); "
            "import pyarrow.fs; print('numpy' in sys.modules, sys.modules.get('pyarrow._s3fs', 0) is None)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.split("\n")[:2] == ["['pyarrow._fs']", "False False"]


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

    def passing(d: Path | None = None) -> rulecheck.RuleReport:
        """A check that passes without running the examples (test_cli runs them all once)."""
        runs.append(d)
        return rulecheck.RuleReport(load_rules(d), [], "every example passes")

    monkeypatch.setattr(rulecheck, "check_rules", passing)
    rulecheck.require_rules(rules)
    rulecheck.require_rules(rules)
    assert runs == [rules]  # the second start trusts the stamp
    assert rulecheck.checked_stamp(load_rules(rules)).is_file()
    macros = rules / "macros.yaml"
    macros.write_text(macros.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    rulecheck.require_rules(rules)
    assert runs == [rules, rules]


def test_a_passing_rules_check_is_remembered_and_a_failing_one_is_not(tmp_path: Path, monkeypatch,
                                                                      extractor) -> None:
    """`stats rules check` stamps a rule set whose examples all pass: `stats extract` after it runs none again.
    (The copies differ from the shipped rules in a comment of macros.yaml and in a new metrics file: the shipped
    files' examples are taken from the shipped rules' run, tests/shared_examples.py; the new file's run.)"""
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path / "cache"))
    ran = share_unchanged_examples(monkeypatch, extractor)
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES, rules)
    macros = rules / "macros.yaml"
    macros.write_text(macros.read_text(encoding="utf-8") + "\n# a copy of its own\n", encoding="utf-8")
    assert not rulecheck.checked_stamp(load_rules(rules)).exists()
    assert CliRunner().invoke(cli, ["rules", "check", "--rules", str(rules)]).exit_code == 0
    assert ran == []  # (no rule file differs from the shipped ones)
    assert rulecheck.checked_stamp(load_rules(rules)).is_file()
    checks: list[Path | None] = []
    monkeypatch.setattr(rulecheck, "check_rules", lambda d=None: checks.append(d))
    rulecheck.require_rules(rules)
    assert checks == []  # trusted: no example ran again
    monkeypatch.undo()
    monkeypatch.setenv("STATS_CACHE_DIR", str(tmp_path / "cache"))
    ran = share_unchanged_examples(monkeypatch, extractor)
    # (tests/test_rule_errors.py's fixture: a new rule whose example wants 13 where its text says 12)
    shutil.copy(ROOT / "tests" / "fixtures" / "bad_rules" / "failing_example" / "metrics" / "broken.yaml",
                rules / "metrics" / "broken.yaml")
    assert CliRunner().invoke(cli, ["rules", "check", "--rules", str(rules)]).exit_code == 2
    assert ran == ["broken.reservoirs"]
    assert not rulecheck.checked_stamp(load_rules(rules)).exists()


def test_extract_holds_the_collector_off_until_its_extractor_is_ready() -> None:
    """`stats extract` starts with the cyclic collector off (its start makes long-lived objects
    only) and turns it on, the start's objects frozen out of its sweeps, once the extractor is made;
    from then on its youngest generation is swept after `YOUNG_SWEEP_AFTER` objects, not Python's 700
    (speed126: extraction leaves no cycles to free). A command that makes no corpus run keeps both as they are."""
    import gc

    from stats.run import lean
    from stats.run.document import bulk_extractor

    assert gc.isenabled()
    frozen, threshold = gc.get_freeze_count(), gc.get_threshold()
    assert threshold[0] < lean.YOUNG_SWEEP_AFTER
    try:
        lean.lean_start(["explain", "x"])
        assert gc.isenabled()  # a command that makes no corpus run keeps it as it is
        lean.lean_start(["extract", "x"])
        assert not gc.isenabled()
        assert gc.get_threshold() == threshold
        bulk_extractor(load_rules())
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen
        assert gc.get_threshold() == (lean.YOUNG_SWEEP_AFTER, *threshold[1:])
    finally:
        gc.set_threshold(*threshold)
        gc.enable()
        gc.unfreeze()


# the generated methods of a few modules' dataclasses, as `python -c` prints them (see below)
_METHODS = """
import dataclasses, importlib, json, sys
def described(modules):
    out = {}
    for name in modules:
        for cls in vars(importlib.import_module(name)).values():
            if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == name:
                for attr, fn in vars(cls).items():
                    code = getattr(fn, "__code__", None)
                    if code is not None and code.co_filename == "<string>":
                        out[f"{cls.__qualname__}.{attr}"] = [code.co_code.hex(), repr(code.co_consts), code.co_names,
                                                            repr(fn.__annotations__), repr(fn.__defaults__)]
    return out
MODULES = ["stats.rules.lexicon", "stats.read.sources"]
"""


def test_generated_methods_are_kept_compiled_and_the_same(tmp_path: Path) -> None:
    """A lean start runs the methods dataclasses generates from code kept in the cache folder: the
    first start compiles and keeps them, the next compiles none, and both make the very methods a
    plain import makes (this process imported the modules without it)."""
    code = _METHODS + (
        "from stats.run import lean\n"
        "assert lean.keep_generated_code()\n"
        "methods = described(MODULES)\n"
        "print(json.dumps([dataclasses.exec.new, methods]))\n")
    env = {**__import__("os").environ, "STATS_CACHE_DIR": str(tmp_path / "cache")}
    runs = [json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                                      env=env, check=True).stdout) for _ in range(2)]
    (first_new, first), (again_new, again) = runs
    assert first_new > 50 and again_new == 0
    plain: dict = {}
    exec(_METHODS + "plain.update(json.loads(json.dumps(described(MODULES))))", {"plain": plain})
    assert first == again == plain
    assert len(plain) > 30


def test_kept_code_from_a_damaged_or_foreign_file_is_not_read(tmp_path: Path) -> None:
    from stats.run import lean

    path = tmp_path / "code.marshal"
    path.write_bytes(b"\x00not marshal")
    assert lean._read_codes(path) == {}
    path.write_bytes(marshal.dumps({"def f(): pass": marshal.dumps(compile("1", "<string>", "exec"))}))
    path.chmod(0o666)
    assert lean._read_codes(path) == {}  # others may write it
    path.chmod(0o600)
    assert list(lean._read_codes(path)) == ["def f(): pass"]
    kept = lean._KeptCode(path, {"x = 1": b"junk"})
    ns: dict = {}
    kept("x = 1", {}, ns)  # a kept entry that does not read as code is compiled again
    assert ns == {"x": 1} and kept.new == 1
