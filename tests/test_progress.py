"""Progress output: characters per second and an ETA from the share of bytes done."""

from __future__ import annotations

from pathlib import Path

import pytest

from stats.cli import _Progress
from stats.run.document import LARGE_BYTES
from stats.run.runner import Totals, extract_to

from .conftest import CORPUS


def test_the_message_gives_documents_rate_and_eta() -> None:
    t = Totals(files=4, total_bytes=1000, done=2, done_bytes=250, chars=3_000_000, figures=17, cached=1)
    msg = _Progress().message(t, elapsed=2.0)
    assert msg == "2/4 documents, 1 cached, 1.50 M chars/s, 17 figures, ETA 6s"


def test_plain_lines_are_throttled_but_the_last_one_is_always_written(capsys) -> None:
    p = _Progress(every=3600)
    p.tty = False
    p(Totals(files=3, total_bytes=30, done=1, done_bytes=10, chars=10))
    p(Totals(files=3, total_bytes=30, done=2, done_bytes=20, chars=20))
    p(Totals(files=3, total_bytes=30, done=3, done_bytes=30, chars=30))
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(",")[0] for line in lines] == ["stats: 1/3 documents", "stats: 3/3 documents"]


def test_quiet_writes_nothing(capsys) -> None:
    _Progress(enabled=False)(Totals(files=1, total_bytes=1, done=1, done_bytes=1, chars=1))
    assert capsys.readouterr().err == ""


@pytest.mark.slow  # a 4 MB file extracted through the CLI: ~30 s
def test_a_large_file_reports_progress_while_it_is_extracted(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("stats.read.sources.CHUNK_BYTES", 500_000)  # a 4 MB file in nine chunks
    page = next(CORPUS.glob("*.txt")).read_text(encoding="utf-8")
    big = tmp_path / "in" / "big.txt"
    big.parent.mkdir()
    big.write_text(page * (LARGE_BYTES // len(page.encode()) + 1), encoding="utf-8")
    seen: list[tuple[int, int, int]] = []

    def progress(t: Totals) -> None:
        chars, nbytes = t.progress()
        seen.append((t.done, chars, nbytes))

    totals = extract_to([big.parent], tmp_path / "out", jobs=1, cache=False, progress=progress)
    during = [s for s in seen if s[0] == 0]
    assert len(during) >= 9 and during[-1][1] > 0  # it moved, chunk by chunk, before the file was done
    assert [c for _, c, _ in during] == sorted(c for _, c, _ in during)
    assert all(nbytes <= big.stat().st_size for _, _, nbytes in during)
    assert seen[-1] == (1, totals.chars, big.stat().st_size)  # and ends exactly at the file's size
