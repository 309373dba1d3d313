"""Progress output: characters per second and an ETA from the share of bytes done."""

from __future__ import annotations

from stats.cli import _Progress
from stats.runner import Totals


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
