"""Where the CPU time of `stats extract` goes, stage by stage, without a profiler's distortion.

    python bench/stages.py CORPUS [--stage MODULE:QUALNAME ...] [--replay MODULE:QUALNAME ...] [--out DIR]

A profile of this engine misleads in two ways (speed192). cProfile charges every Python call a
fixed cost, so code of many small calls (place and period reading, the classifier) looks several
times dearer than code that spends its time in a few regex calls (the grammar, the exclusions);
a sampling profiler run in the process sees the main thread only where it gives up the
interpreter, so it charges whole slow lines of C to the line after them (a quarter of a dense
run to the grammar's match line, which takes 7%). This instead wraps a few named functions in a
timer of the process's CPU clock (`time.process_time`), each charged its own time less that of
the wrapped functions it calls (a generator each time it is resumed), runs the command line in
this process with the lean start the `stats` program makes (`stats.run.lean`), and prints each
stage's seconds and share of the whole process's CPU time, start-up included. A wrapper costs
about a microsecond a call: a stage called per sentence reads a few percent high.

The stages by default are the pipeline's steps (`STAGES`); --stage adds others (a module's
function or a class's method, `stats.context.place:Gazetteer._mentions`). A wrapped function is
replaced on its class or module and wherever a module of stats imported it by name, so the
prepared (unpickled) extractor's methods are timed too. The rows are the same as without it
(tests/test_speed192.py): compare the output folder with `bench/same.py` when in doubt.

--replay asks what a stage costs on its own, the bound of what any new form of it could take off
(speed229): each call of the function in the run is kept (its arguments and answer), and after the
run the calls are made again, in their order, `--passes` times; the least CPU time of a pass is
printed beside the run's calls, their inclusive time in the run (a timer's cost in it) and how many
replayed calls gave the run's answer. Only a function whose answer its arguments alone decide
replays truly (`Gazetteer._scan`, `Gazetteer._mentions`; not `Gazetteer.mentions`, whose cache would
answer, nor a method that moves its object's state, which `agreed` below the calls gives away). A
replay runs warm, its inputs in the cache: it reads lower than the same work in the run.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import inspect
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (label, MODULE:QUALNAME): the pipeline's steps, each timed less the steps inside it
STAGES = (
    ("layout repair", "stats.repair.layout:_Lines.feed"),
    ("layout: undamaged", "stats.repair.layout:undamaged"),
    ("tables read a column at a time", "stats.repair.transpose:Transposer.take"),
    ("articles and sentences", "stats.split.segment:segment"),
    ("document's place and time per article", "stats.context.situate:Situator.article"),
    ("candidates (classify, carry, rule choice)", "stats.run.pipeline:Extractor.candidates"),
    ("quantity finder", "stats.find.quantities:QuantityFinder.find"),
    ("exclusions", "stats.run.pipeline:Extractor.excluded_spans"),
    ("place and time of a sentence", "stats.context.situate:ArticleSituation._sentence"),
    ("place: the sentence's places", "stats.context.place:PlaceTracker.sentence"),
    ("place: mentions", "stats.context.place:Gazetteer.mentions"),
    ("place: carried on", "stats.context.place:PlaceTracker.after"),
    ("period: times", "stats.context.period:PeriodFinder.times"),
    ("place and time of the figures", "stats.context.situate:ArticleSituation._figures"),
    ("the rest of the document loop", "stats.run.pipeline:Extractor.extract_into"),
    ("Parquet written", "stats.run.tables:TableWriter.close"),
)


class Clock:
    """CPU seconds and calls per stage, each stage's own (the stages it calls taken off)."""

    def __init__(self) -> None:
        self.own: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self._inner: list[float] = []  # per running stage, the time of the stages it called so far

    def _start(self) -> float:
        self._inner.append(0.0)
        return time.process_time()

    def _stop(self, name: str, t0: float, call: bool) -> None:
        spent = time.process_time() - t0
        inner = self._inner.pop()
        self.own[name] = self.own.get(name, 0.0) + spent - inner
        self.calls[name] = self.calls.get(name, 0) + call
        if self._inner:
            self._inner[-1] += spent

    def timed(self, name: str, f: Callable[..., Any]) -> Callable[..., Any]:
        """f, its time charged to `name`; a generator function's each time its generator runs on (what it
        sends in passed on, what it returns at its end given back: `yield from` reads it)."""
        if inspect.isgeneratorfunction(f):
            @functools.wraps(f)
            def gen(*args: Any, **kwargs: Any) -> Iterator[Any]:
                it = f(*args, **kwargs)
                sent, first = None, True
                while True:
                    t0 = self._start()
                    try:
                        item = it.send(sent)
                    except StopIteration as end:
                        self._stop(name, t0, first)
                        return end.value
                    except BaseException:
                        self._stop(name, t0, first)
                        raise
                    self._stop(name, t0, first)
                    first = False
                    sent = yield item
            return gen

        @functools.wraps(f)
        def call(*args: Any, **kwargs: Any) -> Any:
            t0 = self._start()
            try:
                return f(*args, **kwargs)
            finally:
                self._stop(name, t0, True)
        return call


def wrap(clock: Clock, spec: str, name: str) -> None:
    """Replace the function `spec` (MODULE:QUALNAME) by its timed self, on its owner and in every stats
    module that imported it by name."""
    _replace(spec, lambda f: clock.timed(name, f))


def _replace(spec: str, make: Callable[[Callable[..., Any]], Callable[..., Any]]) -> Callable[..., Any]:
    """Replace the function `spec` by make(it), on its owner and in every stats module that imported it by
    name; returns the function replaced."""
    module_name, _, qualname = spec.partition(":")
    owner: Any = importlib.import_module(module_name)
    *path, attr = qualname.split(".")
    for part in path:
        owner = getattr(owner, part)
    f = owner.__dict__[attr] if isinstance(owner, type) else getattr(owner, attr)
    if isinstance(f, (staticmethod, classmethod)):
        raise SystemExit(f"stages: {spec} is a {type(f).__name__}; time a plain function or method")
    made = make(f)
    setattr(owner, attr, made)
    if not path:  # a module's function: also where another module holds it under its own name
        for other in list(sys.modules.values()):
            if getattr(other, "__name__", "").startswith("stats.") and getattr(other, attr, None) is f:
                setattr(other, attr, made)
    return f


class Recorder:
    """The calls of one function kept (arguments and answer) with their inclusive CPU time, to be made again."""

    def __init__(self, f: Callable[..., Any]) -> None:
        if inspect.isgeneratorfunction(f):
            raise SystemExit(f"stages: {getattr(f, '__qualname__', f)} is a generator function; replay a plain one")
        self.f = f
        self.calls: list[tuple[tuple[Any, ...], dict[str, Any], Any]] = []
        self.spent = 0.0

    def kept(self) -> Callable[..., Any]:
        f, calls = self.f, self.calls

        @functools.wraps(f)
        def call(*args: Any, **kwargs: Any) -> Any:
            t0 = time.process_time()
            try:
                out = f(*args, **kwargs)
            finally:
                self.spent += time.process_time() - t0
            calls.append((args, kwargs, out))
            return out
        return call

    def replay(self, passes: int = 5) -> tuple[float, int]:
        """The least CPU seconds of `passes` passes over the kept calls, and how many calls of the last pass
        answered as in the run."""
        f, best, agreed = self.f, float("inf"), 0
        for _ in range(max(passes, 1)):
            t0 = time.process_time()
            outs = [f(*args, **kwargs) for args, kwargs, _ in self.calls]
            best = min(best, time.process_time() - t0)
            agreed = sum(1 for out, (_, _, was) in zip(outs, self.calls, strict=True) if _same(out, was))
        return (best if self.calls else 0.0), agreed


def record(spec: str) -> Recorder:
    """Keep every call of the function `spec` from now on (`_replace`); its recorder."""
    made: list[Recorder] = []

    def keep(f: Callable[..., Any]) -> Callable[..., Any]:
        made.append(Recorder(f))
        return made[0].kept()

    _replace(spec, keep)
    return made[0]


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001 - an answer that cannot be compared counts as not agreeing
        return False


def run(corpus: str, out: str, stages: list[tuple[str, str]],
        replays: dict[str, Recorder] | None = None) -> tuple[float, Clock]:
    """`stats extract CORPUS --out OUT -j 1 --no-cache -q` in this process, the stages timed: (the process's
    CPU seconds, start-up included, and the clock). Each spec of `replays` (a key; its value None) is given
    the recorder of its calls in the run."""
    argv = ["extract", corpus, "--out", out, "--jobs", "1", "--no-cache", "--quiet"]
    from stats.run.lean import lean_start

    lean_start(argv)  # as `python -m stats` starts: pyarrow without numpy, the collector held off
    clock = Clock()
    for name, spec in stages:
        wrap(clock, spec, name)
    for spec in list(replays or ()):
        replays[spec] = record(spec)  # type: ignore[index]
    from stats.cli import cli

    try:
        cli(argv, standalone_mode=False)
    except SystemExit as stop:
        if stop.code:
            raise
    return time.process_time(), clock


def report(total: float, clock: Clock, stages: list[tuple[str, str]]) -> str:
    lines = ["| stage | function | CPU s | share | calls |", "|---|---|---:|---:|---:|"]
    rows = sorted(stages, key=lambda s: -clock.own.get(s[0], 0.0))
    for name, spec in rows:
        own = clock.own.get(name, 0.0)
        lines.append(f"| {name} | `{spec}` | {own:.3f} | {100 * own / total:.1f}% | {clock.calls.get(name, 0):,} |")
    timed = sum(clock.own.values())
    lines.append(f"| the rest (start-up, reading, the runner) | | {total - timed:.3f} | "
                 f"{100 * (total - timed) / total:.1f}% | |")
    lines.append(f"| whole process | | {total:.3f} | 100% | |")
    return "\n".join(lines)


def replay_report(total: float, replays: dict[str, Recorder], passes: int) -> str:
    lines = [f"| replayed | calls | in the run (inclusive) | replayed (least of {passes}) | share of the process "
             "| agreed |", "|---|---:|---:|---:|---:|---:|"]
    for spec, rec in replays.items():
        best, agreed = rec.replay(passes)
        lines.append(f"| `{spec}` | {len(rec.calls):,} | {rec.spent:.3f} s | {best:.3f} s | {100 * best / total:.1f}% "
                     f"| {agreed:,} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="a folder or file `stats extract` reads")
    ap.add_argument("--stage", action="append", default=[], metavar="MODULE:QUALNAME",
                    help="time this function too (repeatable)")
    ap.add_argument("--replay", action="append", default=[], metavar="MODULE:QUALNAME",
                    help="keep this function's calls and make them again after the run (repeatable)")
    ap.add_argument("--passes", type=int, default=5, help="passes over the kept calls; the least counts")
    ap.add_argument("--out", default=None, help="the output folder (default: a temporary one)")
    args = ap.parse_args(argv)
    stages = [*STAGES, *((spec.rpartition(":")[2], spec) for spec in args.stage)]
    replays: dict[str, Recorder] = dict.fromkeys(args.replay)  # type: ignore[arg-type]
    if args.out is None:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="stages-") as out:
            total, clock = run(args.corpus, out, stages, replays)
    else:
        total, clock = run(args.corpus, args.out, stages, replays)
    print(report(total, clock, stages))
    if replays:
        print()
        print(replay_report(total, replays, args.passes))


if __name__ == "__main__":
    main()
