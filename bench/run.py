"""Benchmark `stats extract` against a single-regex floor and a peer extractor, on one corpus.

    python bench/run.py --size 10MB [--size 100MB ...] [--jobs 2] [--peer-sample 20MB]

For each size it builds (or reuses) a generated corpus under bench/out/, then measures
on the same files: our end-to-end extraction as a subprocess (wall time and peak RSS
from wait4), one compiled number+unit regex over every file (the floor no extractor
can beat: read, decode, scan), and JioNLP's money extraction (the peer; on a sample of
the corpus when it is large, since it is slow). It prints the ratios and a markdown
table, and appends the table to bench/out/results.md.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import build  # noqa: E402

FLOOR = re.compile(r"\d+(?:\.\d+)?[万亿]?(?:元|人|个|张|%|吨|亩|家)")
UNITS = {"KB": 10**3, "MB": 10**6, "GB": 10**9}


@dataclass
class Run:
    name: str
    chars: int
    seconds: float
    peak_rss_mb: float | None = None

    @property
    def rate(self) -> float:
        return self.chars / self.seconds


def parse_size(text: str) -> int:
    for suffix, factor in UNITS.items():
        if text.upper().endswith(suffix):
            return int(float(text[: -len(suffix)]) * factor)
    return int(text)


def read_texts(files: list[Path]):
    for path in files:
        yield path.read_bytes().decode("utf-8")


def floor(files: list[Path]) -> Run:
    """Read, decode and scan every file with one compiled pattern: the least any extractor does."""
    t0 = time.perf_counter()
    chars = hits = 0
    for text in read_texts(files):
        chars += len(text)
        for _ in FLOOR.finditer(text):
            hits += 1
    return Run(f"floor (one regex, {hits} hits)", chars, time.perf_counter() - t0)


def peer(files: list[Path], sample_bytes: int) -> Run | None:
    """JioNLP's money extraction over a sample of the files (it is far slower than a regex)."""
    try:
        import jionlp
    except ImportError:
        print("bench: jionlp not installed (pip install -e '.[bench]'); no peer measured", file=sys.stderr)
        return None
    jionlp.ner.extract_money("预热1.6亿元")  # its lexicons load on first use; not part of the rate
    t0 = time.perf_counter()
    chars = size = hits = 0
    for path in files:
        if size >= sample_bytes:
            break
        data = path.read_bytes()
        size += len(data)
        text = data.decode("utf-8")
        chars += len(text)
        hits += len(jionlp.ner.extract_money(text, with_parsing=True))
    return Run(f"peer (jionlp.ner.extract_money, {hits} hits)", chars, time.perf_counter() - t0)


def ours(corpus: Path, out: Path, jobs: int, chars: int) -> Run:
    """`stats extract` in a child process: wall time and the child's peak RSS (with its workers)."""
    cmd = [sys.executable, "-m", "stats", "extract", str(corpus), "--out", str(out),  # this checkout's code
           "--jobs", str(jobs), "--quiet", "--no-cache"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    err = proc.stderr.read() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench: stats extract failed:\n{err}")
    return Run(f"stats extract --jobs {jobs}", chars, seconds, usage.ru_maxrss / 1024)


def _times(a: float, b: float) -> str:
    """a/b as '3.2× faster' or '1.5× slower'."""
    return f"{a / b:.1f}× faster" if a >= b else f"{b / a:.1f}× slower"


def table(size: str, runs: list[Run], base: Run, fl: Run, pe: Run | None) -> str:
    lines = [f"\n### {size} ({fl.chars:,} characters, {len(runs)} runs of stats)\n",
             "| run | chars/s | peak RSS | vs floor | vs peer |", "|---|---:|---:|---:|---:|"]
    for r in [*runs, fl, *([pe] if pe else [])]:
        rss = f"{r.peak_rss_mb:.0f} MB" if r.peak_rss_mb else "–"
        vs_floor = _times(r.rate, fl.rate) if r is not fl else "–"
        vs_peer = _times(r.rate, pe.rate) if pe and r is not pe else "–"
        lines.append(f"| {r.name} | {r.rate / 1e6:.2f} M | {rss} | {vs_floor} | {vs_peer} |")
    for r in runs[1:]:
        lines.append(f"\nSpeed-up of `{r.name}` over `{base.name}`: {r.rate / base.rate:.2f}×")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", action="append", default=None, help="corpus size: 10MB, 100MB, 1GB (repeatable)")
    ap.add_argument("--jobs", type=int, action="append", default=None, help="also run with --jobs N (repeatable)")
    ap.add_argument("--peer-sample", default="10MB", help="how much text the peer reads (default 10MB)")
    ap.add_argument("--skip-peer", action="store_true")
    ap.add_argument("--work", type=Path, default=ROOT / "bench" / "out", help="where corpora and outputs go")
    args = ap.parse_args()
    report = []
    for size in args.size or ["10MB"]:
        corpus = args.work / f"corpus-{size}"
        t0 = time.perf_counter()
        files = build(ROOT / "data" / "corpus", corpus, parse_size(size))
        print(f"bench: {size}: {len(files)} files ready in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
        fl = floor(files)
        runs = [ours(corpus, args.work / f"out-{size}-j1", 1, fl.chars)]
        for jobs in args.jobs or []:
            runs.append(ours(corpus, args.work / f"out-{size}-j{jobs}", jobs, fl.chars))
        pe = None if args.skip_peer else peer(files, parse_size(args.peer_sample))
        base = runs[0]
        print(f"bench: {size}: ours {base.rate / 1e6:.2f} M chars/s, floor {fl.rate / 1e6:.2f} M, "
              f"ours/floor = 1/{fl.rate / base.rate:.1f}"
              + (f", ours/peer = {base.rate / pe.rate:.2f}" if pe else "")
              + f", peak RSS {base.peak_rss_mb:.0f} MB", file=sys.stderr)
        report.append(table(size, runs, base, fl, pe))
    text = "".join(report)
    print(text)
    with open(args.work / "results.md", "a", encoding="utf-8") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
