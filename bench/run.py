"""Benchmark `stats extract` and `stats build` in CPU time against a one-regex floor and a peer.

    python bench/run.py [--size 10MB] [--kind news --kind dense] [--rounds 3] [--jobs 2]
                        [--peer-sample 2MB] [--skip-peer] [--skip-build]
    (kinds: news, dense; news-v1, dense-v1 for the corpora before stop 28)

Two generated corpora (`bench/corpus.py`): "news", the shipped pages reshuffled with
PDF damage (about 5 figures per 1,000 characters), and "dense", statistical bulletins
(about 20 per 1,000), both of sentences that do not repeat (99% distinct at 2 MB) since
stop 28. "news-v1" and "dense-v1" are the corpora measured before it, whose sentences
repeat (about 20% distinct at 2 MB: per-sentence caches answered most calls); pass them
with --kind to compare with earlier numbers. On each, every contestant runs as its own child process and is
timed by the CPU time the kernel charges it and its workers (`os.wait4` rusage, user +
system), not by the wall clock: the machine is shared, and CPU time is what a busy
neighbour changes least. Rounds are interleaved (ours, floor, peer, ours, floor, …) so
a slow spell hits every contestant alike, and the least CPU time of the rounds counts.

- ours: `stats extract CORPUS --jobs 1 --no-cache --quiet`, start-up and Parquet included;
  with --jobs N also that; `stats build --jobs 1 --no-cache` on the same files (the same
  extraction, then DuckDB and SQLite too), reported as a ratio to the extract row too.
- floor: read, decode and scan every file with one compiled number+unit pattern: no
  extractor can do less. Its CPU time is the child's own around the loop (Python's own
  start, ~0.03 s, left out, which only makes the floor harder to come near).
- peer: JioNLP's `extract_money(text, with_parsing=True)` (money only) over the first
  --peer-sample of the corpus; its CPU time is the child's own around the loop, since its
  lexicons take seconds to load before the first call.
- start-up: `stats extract` on one line of text, cold (an empty cache folder: rules parsed,
  checked and compiled, then cached) and warm (that cache found: every later run).

The extract and build runs use a cache folder of their own (WORK/cache, $STATS_CACHE_DIR unless it
is set), warmed before the rounds (`private_cache`): in the user's cache folder the runs of other
checkouts (helpers working side by side) evicted this engine's prepared rules and extractor (six
entries a kind are kept), and a run that found them gone paid ~1 s of CPU rebuilding them.

Prints the ratios and a markdown table, and appends it to bench/out/results.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import KINDS, build  # noqa: E402

FLOOR = re.compile(r"\d+(?:\.\d+)?[万亿]?(?:元|人|个|张|%|吨|亩|家)")
UNITS = {"KB": 10**3, "MB": 10**6, "GB": 10**9}
FLOOR_PASSES = 5
STATS = [sys.executable, "-m", "stats"]  # --checkout DIR: DIR/.venv/bin/python -m stats, run in DIR
CHECKOUT = ROOT


@dataclass
class Run:
    """One contestant's best round: CPU seconds for `chars` characters."""

    name: str
    chars: int
    cpu: float
    peak_rss_mb: float | None = None
    note: str = ""

    @property
    def rate(self) -> float:
        return self.chars / self.cpu


def parse_size(text: str) -> int:
    for suffix, factor in UNITS.items():
        if text.upper().endswith(suffix):
            return int(float(text[: -len(suffix)]) * factor)
    return int(text)


# run argv[2:], write its rusage (user, system, peak RSS in KB) to the file argv[1]
_LAUNCHER = ("import os, subprocess, sys\n"
             "proc = subprocess.Popen(sys.argv[2:])\n"
             "_, status, u = os.wait4(proc.pid, 0)\n"
             "open(sys.argv[1], 'w').write(f'{u.ru_utime} {u.ru_stime} {u.ru_maxrss}')\n"
             "sys.exit(os.waitstatus_to_exitcode(status))\n")


def child_cpu(cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run cmd; (CPU seconds of it and its reaped children, peak RSS in MB, its stdout).

    cmd is started by a small launcher that reads its rusage: a child's ru_maxrss also
    counts the pages of the process it was forked from, so one forked straight from this
    (larger) process would be charged this process's size."""
    cwd = cwd or CHECKOUT
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".rusage") as usage:
        proc = subprocess.Popen([sys.executable, "-c", _LAUNCHER, usage.name, *cmd],
                                stdout=out, stderr=err, cwd=cwd, env=env)
        proc.wait()
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise SystemExit(f"bench: {' '.join(cmd[:4])} … failed:\n{err.read().decode(errors='replace')}")
        utime, stime, maxrss = usage.read().split()
        return float(utime) + float(stime), int(maxrss) / 1024, out.read().decode()


# -- child processes: the floor and the peer ------------------------------------------


def floor_child(files: list[Path]) -> dict:
    """Read, decode and scan every file with one compiled pattern: the least any extractor does."""
    best = float("inf")
    for _ in range(FLOOR_PASSES):  # it takes a tenth of a second: the least of a few passes is steadier
        t0 = time.process_time()
        chars = hits = 0
        for path in files:
            text = path.read_bytes().decode("utf-8")
            chars += len(text)
            for _ in FLOOR.finditer(text):
                hits += 1
        best = min(best, time.process_time() - t0)
    return {"chars": chars, "hits": hits, "cpu": best}


def peer_child(files: list[Path], sample_bytes: int) -> dict:
    """JioNLP's money extraction over a sample of the files; CPU time of the loop only."""
    import jionlp

    jionlp.ner.extract_money("预热1.6亿元")  # its lexicons load on first use; not part of the rate
    t0 = time.process_time()
    chars = size = hits = 0
    for path in files:
        if size >= sample_bytes:
            break
        data = path.read_bytes()
        size += len(data)
        text = data.decode("utf-8")
        chars += len(text)
        hits += len(jionlp.ner.extract_money(text, with_parsing=True))
    return {"chars": chars, "hits": hits, "cpu": time.process_time() - t0}


# -- the contestants ---------------------------------------------------------------------


def ours(corpus: Path, out: Path, jobs: int, chars: int) -> Run:
    cpu, rss, _ = child_cpu([*STATS, "extract", str(corpus), "--out", str(out), "--jobs", str(jobs),
                             "--quiet", "--no-cache"])
    return Run(f"stats extract --jobs {jobs}", chars, cpu, rss)


def build_run(corpus: Path, out: Path, chars: int) -> Run:
    """`stats build` with the extract row's settings (one job, no cache: a fresh build would
    otherwise also write the cache), so the two differ by the publishing only."""
    shutil.rmtree(out, ignore_errors=True)
    cpu, rss, _ = child_cpu([*STATS, "build", str(corpus), "--out", str(out), "--jobs", "1", "--quiet",
                             "--no-cache"])
    return Run("stats build --jobs 1", chars, cpu, rss)


def floor(listing: Path) -> Run:
    _, _, out = child_cpu([sys.executable, __file__, "--child", "floor", str(listing)])
    got = json.loads(out.strip().splitlines()[-1])
    return Run(f"floor (one regex, {got['hits']} hits)", got["chars"], got["cpu"])


def peer(listing: Path, sample: int) -> Run:
    _, _, out = child_cpu([sys.executable, __file__, "--child", "peer", str(listing), str(sample)])
    got = json.loads(out.strip().splitlines()[-1])  # the peer prints a banner first
    return Run(f"peer (jionlp extract_money, {got['hits']} hits)", got["chars"], got["cpu"],
               note=f"on the first {got['chars']:,} characters")


def startup(work: Path, warm: bool) -> Run:
    """`stats extract` on one line of text, with its own cache folder ($STATS_CACHE_DIR).

    cold: the folder is empty, as on the first run after installing or changing stats or its
    rules: the rule files are parsed and checked, every rule example run, the patterns
    compiled, and all of it cached. warm: the same again, finding that cache (every later run)."""
    page = work / "startup" / "one.txt"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("今年全市新增就业岗位1.2万个。\n", encoding="utf-8")
    cache = work / "startup" / "cache"
    cmd = [*STATS, "extract", str(page), "--out", str(work / "startup-out"), "-j1", "--quiet", "--no-cache"]
    env = {**os.environ, "STATS_CACHE_DIR": str(cache)}
    shutil.rmtree(cache, ignore_errors=True)
    if warm:
        child_cpu(cmd, env=env)
    cpu, rss, _ = child_cpu(cmd, env=env)
    return Run(f"start-up ({'warm' if warm else 'cold'}: stats extract, one line)", 1, cpu, rss)


def private_cache(work: Path) -> Path:
    """The cache folder the extract and build runs share ($STATS_CACHE_DIR where it is set, else WORK/cache, set for
    every child from here on), warmed by one run on a line of text: each round then finds this checkout's prepared
    rules and extractor, as every run after the first does on a machine of its own (module docstring)."""
    cache = Path(os.environ.get("STATS_CACHE_DIR") or work / "cache")
    os.environ["STATS_CACHE_DIR"] = str(cache)
    page = work / "startup" / "one.txt"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("今年全市新增就业岗位1.2万个。\n", encoding="utf-8")
    child_cpu([*STATS, "extract", str(page), "--out", str(work / "warm-out"), "-j1", "--quiet", "--no-cache"])
    return cache


def best(runs: list[Run]) -> Run:
    return min(runs, key=lambda r: r.cpu)


def table(title: str, rows: list[Run], fl: Run, pe: Run | None) -> str:
    lines = [f"\n### {title}\n", "| run | CPU s | chars per CPU s | peak RSS | × floor's CPU per char | vs peer |",
             "|---|---:|---:|---:|---:|---:|"]
    for r in [*rows, fl, *([pe] if pe else [])]:
        rss = f"{r.peak_rss_mb:.0f} MB" if r.peak_rss_mb else "–"
        vs_floor = f"{fl.rate / r.rate:.1f}×" if r is not fl else "1×"
        vs_peer = (f"{r.rate / pe.rate:.2f}× its speed" if pe and r is not pe else "–")
        lines.append(f"| {r.name} | {r.cpu:.2f} | {r.rate / 1e6:.2f} M | {rss} | {vs_floor} | {vs_peer} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", action="append", default=None, help="corpus size: 10MB, 100MB (repeatable)")
    ap.add_argument("--kind", action="append", choices=KINDS, default=None,
                    help="news, dense (distinct sentences; the default both), news-v1, dense-v1 (before stop 28)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds; the least CPU time counts")
    ap.add_argument("--jobs", type=int, action="append", default=None, help="also run with --jobs N (repeatable)")
    ap.add_argument("--peer-sample", default="2MB", help="how much text the peer reads (default 2MB)")
    ap.add_argument("--skip-peer", action="store_true")
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--work", type=Path, default=ROOT / "bench" / "out", help="where corpora and outputs go")
    ap.add_argument("--checkout", type=Path, default=None,
                    help="measure the stats of another checkout (its .venv), e.g. main before a change")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.checkout:
        global CHECKOUT
        CHECKOUT = args.checkout.resolve()
        STATS[0] = str(CHECKOUT / ".venv" / "bin" / "python")
    if args.child:
        files = [Path(p) for p in Path(args.child[1]).read_text().splitlines()]
        got = floor_child(files) if args.child[0] == "floor" else peer_child(files, int(args.child[2]))
        print(json.dumps(got))
        return
    # A program a user installed starts from compiled bytecode (pip compiles it as it installs; an
    # editable install writes it on the first start). An environment that forbids writing it
    # (PYTHONDONTWRITEBYTECODE, set in some sandboxes) had every child parse and compile all of
    # stats at each start, ~0.1 s of CPU charged to start-up and to every run.
    if os.environ.pop("PYTHONDONTWRITEBYTECODE", None):
        print("bench: PYTHONDONTWRITEBYTECODE dropped for the runs (they start from bytecode, as installed)",
              file=sys.stderr)
    if not args.skip_peer and importlib.util.find_spec("jionlp") is None:
        # Found only after minutes of rounds, a missing peer lost every measurement before it.
        print("bench: jionlp is not installed (pip install jionlp); running without the peer", file=sys.stderr)
        args.skip_peer = True
    args.work.mkdir(parents=True, exist_ok=True)
    report = [f"\n## {time.strftime('%Y-%m-%d %H:%M')}, stats of {CHECKOUT} at {_commit()}\n"]
    ups = {warm: best([startup(args.work, warm) for _ in range(args.rounds)]) for warm in (False, True)}
    report.append("\nStart-up (`stats extract` on one line, CPU; cold: empty cache folder, the first run after "
                  "installing or changing stats or its rules; warm: every later run): "
                  + ", ".join(f"{'warm' if w else 'cold'} {u.cpu:.2f} s (peak RSS {u.peak_rss_mb:.0f} MB)"
                              for w, u in ups.items()) + "\n")
    private_cache(args.work)  # (after the start-up rows: each of those makes its own cache folder)
    for size in args.size or ["10MB"]:
        for kind in args.kind or ["news", "dense"]:
            corpus = args.work / f"{kind}-{size}"
            files = build(ROOT / "data" / "corpus", corpus, parse_size(size), kind=kind)
            listing = args.work / f"{kind}-{size}.files"
            listing.write_text("\n".join(map(str, files)))
            rounds: dict[str, list[Run]] = {}
            for _ in range(args.rounds):
                fl = floor(listing)
                contest = [ours(corpus, args.work / f"out-{kind}-{size}-j1", 1, fl.chars)]
                contest += [ours(corpus, args.work / f"out-{kind}-{size}-j{j}", j, fl.chars) for j in args.jobs or []]
                if not args.skip_build:
                    contest.append(build_run(corpus, args.work / f"build-{kind}-{size}", fl.chars))
                contest.append(fl)
                if not args.skip_peer:
                    contest.append(peer(listing, parse_size(args.peer_sample)))
                for r in contest:
                    rounds.setdefault(r.name.split(" (")[0], []).append(r)
            winners = {k: best(v) for k, v in rounds.items()}
            fl, pe = winners.pop("floor"), winners.pop("peer", None)
            rows = list(winners.values())
            base = rows[0]
            print(f"bench: {kind} {size}: ours {base.rate / 1e6:.2f} M chars/CPU-s, floor {fl.rate / 1e6:.2f} M, "
                  f"ours = {fl.rate / base.rate:.1f}× the floor's CPU per char"
                  + (f", {base.rate / pe.rate:.2f}× the peer's speed" if pe else ""), file=sys.stderr)
            report.append(table(f"{kind}, {size} ({fl.chars:,} characters, {len(files)} files, best of "
                                f"{args.rounds} interleaved rounds)", rows, fl, pe))
            built = next((r for name, r in winners.items() if name.startswith("stats build")), None)
            if built is not None:  # issue 13: build within 1.2x of extract
                ratio = built.cpu / base.cpu
                print(f"bench: {kind} {size}: stats build = {ratio:.2f}x the CPU of stats extract -j1", file=sys.stderr)
                report.append(f"\n`stats build` / `stats extract --jobs 1` CPU: {ratio:.2f}×\n")
    text = "".join(report)
    print(text)
    with open(args.work / "results.md", "a", encoding="utf-8") as fh:
        fh.write(text)


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=CHECKOUT,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


if __name__ == "__main__":
    main()
