"""No file can stop a run, ids are unique across folders, output faults fail fast, no run leaves litter.

Each test is one attack of docs/FAULTS.md, tried with real files, FIFOs, links and processes.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import stats.publish.build
import stats.run.preflight
from stats.cli import cli
from stats.read.sources import find_sources
from stats.run.runner import extract_to

from .conftest import CORPUS, STATS

TEXT = "本报讯 今年全市城镇新增就业6.5万人，新增床位1200张。\n"
DEAD_PID = 2**22 + 7  # above the usual pid_max: no such process


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def _read(out: Path, name: str) -> list[dict]:
    return pq.read_table(out / f"{name}.parquet").to_pylist()


@pytest.fixture()
def two_years(tmp_path: Path) -> Path:
    """The same file name in two folders, and a name that is not UTF-8."""
    corpus = tmp_path / "corpus"
    _write(corpus / "2020" / "page1.txt", TEXT)
    _write(corpus / "2023" / "page1.txt", TEXT.replace("6.5", "7.5"))
    _write(Path(os.fsdecode(bytes(corpus / "2023") + b"/caf\xe9.txt")), TEXT.replace("1200", "1300"))
    return corpus


def test_ids_are_paths_below_the_root_and_never_collide(two_years: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    for _ in range(2):  # the second run reads every document from the cache, whose keys hold the ids
        totals = extract_to([two_years], out, jobs=2)
        assert totals.failed == 0 and not totals.errors
    docs = _read(out, "documents")
    assert [d["doc_id"] for d in docs] == ["2020/page1", "2023/caf\\xe9", "2023/page1"]
    assert docs[1]["path"] == f"{two_years}/2023/caf\\xe9.txt"
    figure_ids = [f["figure_id"] for f in _read(out, "figures")]
    assert len(figure_ids) == len(set(figure_ids)) == 6
    assert totals.cached == 3


def test_folders_given_one_by_one_keep_their_names(two_years: Path) -> None:
    listed = find_sources([two_years / "2020", two_years / "2023"])
    assert [s.doc_id for s in listed] == ["2020/page1", "2023/caf\\xe9", "2023/page1"]
    assert [s.doc_id for s in find_sources([two_years / "2020" / "page1.txt"])] == ["page1"]


def test_build_publishes_a_corpus_with_clashing_names(two_years: Path, tmp_path: Path) -> None:
    out = tmp_path / "data"
    res = CliRunner().invoke(cli, ["build", str(two_years), "--out", str(out), "-q", "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert "documents       3 rows" in res.output
    assert sorted(d["doc_id"] for d in _read(out, "documents")) == ["2020/page1", "2023/caf\\xe9", "2023/page1"]


@pytest.fixture()
def strange(tmp_path: Path) -> Path:
    """Everything a folder can hold under a .txt name that is not a regular file."""
    corpus = tmp_path / "strange"
    _write(corpus / "good.txt", TEXT)
    os.mkfifo(corpus / "fifo.txt")
    (corpus / "folder.txt").mkdir()
    os.symlink("loop.txt", corpus / "loop.txt")
    os.symlink("nowhere.txt", corpus / "dangling.txt")
    os.symlink("/dev/zero", corpus / "zero.txt")
    os.symlink(".", corpus / "up")  # a folder loop: never followed for ever
    return corpus


def test_only_regular_files_are_read_and_the_rest_are_errors_rows(strange: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = subprocess.run([*STATS, "extract", str(strange), "--out", str(out), "-q", "--jobs", "2"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    errors = {Path(e["path"]).name: e["message"] for e in _read(out, "errors")}
    assert errors == {
        "dangling.txt": "dangling symbolic link: it points to nowhere.txt, which does not exist (fix or remove the link)",
        "fifo.txt": "not a regular file: a named pipe (FIFO) (stats reads regular files only; pass the file itself)",
        "folder.txt": "not a regular file: a folder (named like a text file) (stats reads regular files only; "
                      "pass the file itself)",
        "loop.txt": "symbolic link loop: the link leads back to itself (fix or remove the link)",
        "up": "symbolic link loop: this link leads back to a folder already read (not followed)",
        "zero.txt": "not a regular file: a character device (stats reads regular files only; pass the file itself)",
    }
    assert [d["doc_id"] for d in _read(out, "documents")] == ["good"]


@pytest.mark.parametrize("named", ["/dev/zero", "fifo", "dangling"])
def test_a_strange_file_named_on_the_command_line_is_an_errors_row(named: str, strange: Path,
                                                                    tmp_path: Path) -> None:
    target = {"fifo": str(strange / "fifo.txt"), "dangling": str(strange / "dangling.txt")}.get(named, named)
    out = tmp_path / "out"
    run = subprocess.run([*STATS, "extract", target, str(strange / "good.txt"), "--out", str(out), "-q",
                          "--strict"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 1, run.stderr  # --strict: there is an errors row
    assert [e["path"] for e in _read(out, "errors")] == [target]
    assert len(_read(out, "documents")) == 1


def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for i in range(40):
        _write(corpus / f"p{i:02d}.txt", (CORPUS / "000_c924f8d40df74316.txt").read_bytes())
    parent = subprocess.Popen([*STATS, "extract", str(corpus), "--out", str(tmp_path / "out"), "-q",
                               "--jobs", "2", "--no-cache"])

    def children() -> list[int]:
        found = []
        for entry in Path("/proc").iterdir():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if entry.name.isdigit() and int(fields[1]) == parent.pid:
                found.append(int(entry.name))
        return found

    deadline = time.monotonic() + 60
    while len(workers := children()) < 2:
        assert parent.poll() is None and time.monotonic() < deadline, "no workers started"
        time.sleep(0.1)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while alive := [pid for pid in workers if Path(f"/proc/{pid}").exists()
                    and "Z" not in Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]]:
        assert time.monotonic() < deadline, f"workers {alive} outlived their parent"
        time.sleep(0.1)


def test_the_next_run_removes_what_a_killed_run_left(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "corpus" / "a.txt", TEXT).parent
    out = tmp_path / "out"
    extract_to([corpus], out)
    cache = next(p for p in (out / ".stats-cache").iterdir())
    dead = [_write(out / f".figures.parquet.{DEAD_PID}.k2j4_x.tmp", b"half"),
            _write(cache / f".abc-123.parquet.{DEAD_PID}.q1w2e3.tmp", b"half"),
            _write(out / ".stats-cache" / f"scratch-{DEAD_PID}" / "x" / "figures.parquet", b"half").parent.parent,
            _write(cache / f".abc-123.{DEAD_PID}.part.tmp" / "figures.parquet", b"half").parent]
    live = _write(out / f".figures.parquet.{os.getppid()}.z9y8x7.tmp", b"another run, still going")
    extract_to([corpus], out)
    assert not [p for p in dead if p.exists()]
    assert live.exists()


def test_parquet_files_are_readable_by_everyone_like_the_databases(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "corpus" / "a.txt", TEXT).parent
    old = os.umask(0o022)
    try:
        extract_to([corpus], tmp_path / "out")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out" / "figures.parquet").stat().st_mode) == 0o644


def test_build_strict_exits_1_and_still_publishes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write(corpus / "good.txt", TEXT)
    _write(corpus / "empty.txt", b"")
    out = tmp_path / "data"
    res = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "-q", "--strict", "--jobs", "1"])
    assert res.exit_code == 1
    assert f"stats: {corpus / 'empty.txt'}: read: empty file" in res.output
    assert len(_read(out, "documents")) == 1 and len(_read(out, "errors")) == 1


def _no_extraction(*args, **kwargs):
    raise AssertionError("the extraction started although the output folder is unusable")


@pytest.mark.parametrize(("fault", "message"), [
    ("read-only", "cannot write the output folder: Permission denied (pick another --out)"),
    ("full", "not enough free space: 0 MB free, the build needs at least 16 MB (free space or pick another --out)"),
    ("a file", "--out names a file, not a folder (pick another --out)"),
])
def test_output_folder_faults_stop_the_build_before_extraction(fault: str, message: str, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _write(tmp_path / "corpus" / "good.txt", TEXT).parent
    out = tmp_path / "missing" / "parent" / "data"
    monkeypatch.setattr(stats.publish.build, "extract_to", _no_extraction)
    if fault == "read-only":  # the tests run as root, whom chmod does not stop: the probe is refused
        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")
        monkeypatch.setattr(stats.run.preflight.tempfile, "mkstemp", refuse)
    elif fault == "full":
        real = os.statvfs
        monkeypatch.setattr(stats.run.preflight.os, "statvfs",
                            lambda p: os.statvfs_result((*real(p)[:4], 0, *real(p)[5:])))
    else:
        out = _write(tmp_path / "data.txt", b"x")
    res = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "-q"])
    assert res.exit_code == 2
    assert res.output == f"stats: error: {out}: {message}\nstats: nothing was published; {out} is as it was.\n"


def test_a_disk_full_while_writing_publishes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _write(tmp_path / "corpus" / "good.txt", TEXT).parent
    out = tmp_path / "data"
    assert CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "-q"]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(out / "x" / "stats.db"))
    monkeypatch.setattr(stats.publish.build.sqlite_db, "write_sqlite", full)
    res = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "-q"])
    assert res.exit_code == 2
    assert res.output.startswith(f"stats: error: {out}/x/stats.db: cannot write the build: No space left on device")
    assert "Traceback" not in res.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert len(list(out.glob(".gen-*"))) == 1


def test_a_short_utf8_file_with_one_bad_byte_is_repaired(tmp_path: Path) -> None:
    data = TEXT.encode()
    p = _write(tmp_path / "in" / "brief.txt", data[:9] + b"\xff" + data[9:])
    out = tmp_path / "out"
    extract_to([p], out)
    assert [d["encoding"] for d in _read(out, "documents")] == ["utf-8"]
    assert [e["message"][:40] for e in _read(out, "errors")] == ["damaged text: 1 undecodable byte sequenc"]
    assert [f["quote"] for f in _read(out, "figures")] == ["6.5万人", "1200张"]


def test_nul_bytes_past_the_head_are_repaired_and_reported(tmp_path: Path) -> None:
    body = ("全年发放稳岗返还资金12.5亿元。\n" * 300).encode()
    p = _write(tmp_path / "in" / "nul.txt", body + b"\x00" + TEXT.encode())
    out = tmp_path / "out"
    extract_to([p], out)
    assert "\x00" not in _read(out, "articles")[0]["text"]
    [error] = _read(out, "errors")
    assert error["message"].startswith("damaged text: 1 NUL character(s) (first on line 301) were replaced")


def test_duckdb_keys_that_outgrow_the_memory_cap_are_written_without_it(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import duckdb

    from stats.publish import duckdb_db
    from stats.publish.build import publish

    from .sample_tables import all_tables

    tried = []
    real = duckdb_db._write

    def write(tables, path, descriptions, columns, limit):
        tried.append(limit)
        if limit:  # what DuckDB raises when the key indexes do not fit under the cap
            raise duckdb.OutOfMemoryException("could not allocate block of size 256.0 KiB")
        real(tables, path, descriptions, columns, limit)

    monkeypatch.setattr(duckdb_db, "_write", write)
    publish(all_tables(), tmp_path)
    assert tried == ["256MB", None]
    with duckdb.connect(str(tmp_path / "stats.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from figures").fetchone()[0] == 5
