"""The local runner: --jobs N gives the rows of --jobs 1, the cache skips unchanged documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import stats.run.document
import stats.run.runner
from stats.run.runner import collect, extract_to

from .conftest import CORPUS, ROOT

TABLES = ("figures", "articles", "sentences", "documents", "errors")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """The shipped pages twice over under other names, plus one unreadable file: eleven files."""
    src = tmp_path / "corpus"
    (src / "a").mkdir(parents=True)
    (src / "b").mkdir()
    for i, page in enumerate(sorted(CORPUS.glob("*.txt"))):
        shutil.copy(page, src / "a" / page.name)
        shutil.copy(page, src / "b" / f"copy_{i}.txt")
    (src / "b" / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    return src


def _read(out: Path) -> dict[str, list[dict]]:
    return {name: pq.read_table(out / f"{name}.parquet").to_pylist() for name in TABLES}


def test_two_processes_give_the_same_rows_in_the_same_order(corpus: Path, monkeypatch) -> None:
    monkeypatch.setattr(stats.run.runner, "BATCH_FILES", 1)  # one file per task: workers finish out of order
    one, two = collect([corpus], jobs=1), collect([corpus], jobs=2)
    for name in TABLES:
        assert getattr(one, name).to_pylist() == getattr(two, name).to_pylist(), name
    assert one.documents.num_rows == 10 and one.errors.num_rows == 1
    assert [d["doc_id"] for d in one.documents.to_pylist()][:2] == ["a/000_c924f8d40df74316", "a/001_f128cf29584789c2"]


def test_an_unchanged_corpus_is_not_extracted_again(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = extract_to([corpus], out)
    assert (first.extracted, first.cached) == (10, 0)
    clean = _read(out)
    again = extract_to([corpus], out, jobs=2)
    assert (again.extracted, again.cached, len(again.errors)) == (0, 10, 1)
    assert _read(out) == clean


def test_an_added_file_is_the_only_one_extracted(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    extract_to([corpus], out)
    shutil.copy(CORPUS / "003_e9ef5092c6da6442.txt", corpus / "b" / "added.txt")
    t = extract_to([corpus], out)
    assert (t.extracted, t.cached) == (1, 10)
    extract_to([corpus], tmp_path / "clean", cache=False)
    assert _read(out) == _read(tmp_path / "clean")


@pytest.mark.slow  # (5-6 s: a copied rule set checked and the corpus extracted twice; test_startup/test_prepared
# check quickly that an edit is seen)
def test_a_changed_rule_file_extracts_everything_again(corpus: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    out = tmp_path / "out"
    extract_to([corpus], out, rules_dir=rules)
    money = rules / "metrics" / "money.yaml"
    money.write_text(money.read_text(encoding="utf-8") + "\n# a comment changes the digest\n", encoding="utf-8")
    t = extract_to([corpus], out, rules_dir=rules)
    assert (t.extracted, t.cached) == (10, 0)
    assert len(list((out / ".stats-cache").iterdir())) == 1  # the old rules' entries are gone


def test_a_renamed_copy_gets_its_own_ids(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    extract_to([corpus], out)
    (corpus / "b" / "copy_0.txt").rename(corpus / "b" / "renamed.txt")
    t = extract_to([corpus], out)
    assert t.extracted == 1  # same bytes as a cached entry, but doc_id differs
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert "b/renamed" in {d["doc_id"] for d in docs}


def test_large_files_stream_through_parquet_parts_with_the_same_rows(corpus: Path, tmp_path: Path,
                                                                     monkeypatch) -> None:
    extract_to([corpus], tmp_path / "memory", cache=False)
    monkeypatch.setattr(stats.run.document, "LARGE_BYTES", 1000)  # every page takes the large-file path
    extract_to([corpus], tmp_path / "parts", cache=False)
    assert _read(tmp_path / "parts") == _read(tmp_path / "memory")
    out = tmp_path / "cached"
    extract_to([corpus], out)
    t = extract_to([corpus], out, jobs=2)
    assert (t.extracted, t.cached) == (0, 10)
    assert _read(out) == _read(tmp_path / "memory")


def test_the_cli_reports_what_it_extracted_and_what_it_reused(corpus: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from stats.cli import cli

    args = ["extract", str(corpus), "--out", str(tmp_path / "out"), "-q", "--jobs", "2"]
    first = CliRunner().invoke(cli, args)
    assert first.output.startswith("stats: 10 documents, ")
    assert "from cache" not in first.output and "reused" not in first.output
    second = CliRunner().invoke(cli, args)
    assert second.output.splitlines()[0] == first.output.splitlines()[0]
    assert "1 file(s) skipped" in second.output
    reused = f"stats: 0 extracted, 10 unchanged (reused from {tmp_path / 'out'}/.stats-cache)"
    assert second.output.splitlines()[-1] == reused
