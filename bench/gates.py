"""What a necessary condition could take off the classifier's calls per figure (speed243), measured in one process.

    python bench/gates.py CORPUS [--passes N] [--call QUALNAME ...]

A call asked of every figure that finds nothing (no gap to a goal, no announcement, no change verb) could be spared
by a cheap test drawn from its rules (a cue word's first characters absent from the window) where none is yet; one
that finds something could not. So this extracts the corpus in this process with the bulk extractor a run uses
(`Extractor(rules, timeout=None, all_verdicts=False)`), the document loop alone (start-up and the writing of tables
left out), each named method of `stats.classify.roles:Classifier` (and of `stats.context.carry:ArticleContext`,
`stats.metrics.match:RuleIndex`) timed by the process's CPU clock, its own time (the named methods it calls taken
off), split by whether its answer was empty (""/None/False/()) or not, and the cost of the timer itself (measured on
a wrapped no-op, `_overhead`) taken off every call. It prints per method its calls, how many answered nothing, its
own CPU seconds in all and in the calls that answered nothing (the bound of what any gate in front of it could save),
each as a share of the loop's CPU time without the timers (least of --passes passes). The rows are the same as
without the timers (checked: figures, articles, sentences).
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stats.classify.roles import Classifier  # noqa: E402
from stats.context.carry import ArticleContext  # noqa: E402
from stats.metrics.match import RuleIndex  # noqa: E402
from stats.read.sources import read_source  # noqa: E402
from stats.rules.rulefile import load_rules  # noqa: E402
from stats.run.pipeline import Extractor  # noqa: E402

OWNERS = {"Classifier": Classifier, "ArticleContext": ArticleContext, "RuleIndex": RuleIndex}
# the calls `Extractor.candidates` makes per figure (and `role`'s own per-figure steps), by default
CALLS = ("Classifier.context", "Classifier.qualifier", "Classifier.role", "Classifier.gap",
         "Classifier.goal_of_share", "Classifier._headline_goal", "Classifier._target_cue",
         "Classifier.event_property", "Classifier._announced", "Classifier.change_verb", "Classifier.change_after",
         "Classifier.pair_from", "Classifier.month_ahead", "Classifier.shared_bound", "RuleIndex.choose",
         "ArticleContext.list_cue", "ArticleContext.carry_subjects", "ArticleContext.close")


class Split:
    """Own CPU seconds and calls per method, apart for the calls whose answer was empty."""

    def __init__(self) -> None:
        self.own: dict[tuple[str, bool], float] = {}
        self.calls: dict[tuple[str, bool], int] = {}
        self._inner: list[float] = []

    def timed(self, name: str, f: Any) -> Any:
        @functools.wraps(f)
        def call(*args: Any, **kwargs: Any) -> Any:
            self._inner.append(0.0)
            t0 = time.process_time()
            out = f(*args, **kwargs)
            spent = time.process_time() - t0
            key = (name, _empty(out))
            self.own[key] = self.own.get(key, 0.0) + spent - self._inner.pop()
            self.calls[key] = self.calls.get(key, 0) + 1
            if self._inner:
                self._inner[-1] += spent
            return out
        return call


def _empty(out: Any) -> bool:
    if isinstance(out, tuple) and len(out) == 2 and out[1] == []:  # RuleIndex.choose: (rule, [])
        return out[0] is None
    return out is None or out == "" or out is False or out == ()


def _overhead(n: int = 200_000) -> float:
    """CPU seconds the timer adds to one call (a wrapped no-op against the bare one)."""
    split = Split()

    def noop(x: Any) -> str:
        return ""
    wrapped = split.timed("noop", noop)
    t0 = time.process_time()
    for i in range(n):
        noop(i)
    bare = time.process_time() - t0
    t0 = time.process_time()
    for i in range(n):
        wrapped(i)
    return max(0.0, (time.process_time() - t0 - bare) / n)


def one_pass(ex: Extractor, sources: list[Any]) -> tuple[float, list[Any]]:
    ex.situator.gazetteer._seen.clear()  # (a run starts with none)
    ex._choose.__self__._picked.clear()  # type: ignore[attr-defined]  (nor any clause's pick)
    rows = []
    t0 = time.process_time()
    for src in sources:
        res = ex.extract_source(src)
        rows.append((res.figures, res.articles, res.sentences))
    return time.process_time() - t0, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="a folder of .txt pages (bench/out/news-1MB, ...)")
    ap.add_argument("--passes", type=int, default=3, help="passes without the timers, the least counted (default 3)")
    ap.add_argument("--call", action="append", help="OWNER.METHOD to time (default: the calls per figure)")
    args = ap.parse_args()
    ex = Extractor(load_rules(), timeout=None, all_verdicts=False)
    sources = [read_source(p) for p in sorted(args.corpus.rglob("*.txt"))]
    one_pass(ex, sources)  # (warms what is built lazily)
    loop, rows = min(one_pass(ex, sources) for _ in range(max(args.passes, 1)))
    split = Split()
    names = args.call or list(CALLS)
    for name in names:
        owner_name, _, attr = name.partition(".")
        owner = OWNERS[owner_name]
        setattr(owner, attr, split.timed(name, owner.__dict__[attr]))
    index = ex._choose.__self__  # type: ignore[attr-defined]  (a bound method made before the wrap)
    ex._choose = index.choose
    _, timed_rows = one_pass(ex, sources)
    per_call = _overhead()
    print(f"{args.corpus.name}: the document loop {loop:.3f} CPU s without timers (least of {args.passes}); "
          f"timer {per_call * 1e6:.2f} µs a call taken off; rows {'the same' if rows == timed_rows else 'DIFFER'}")
    print("| call | calls | empty | own CPU s | share | own CPU s of the empty | share |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in names:
        calls = {e: split.calls.get((name, e), 0) for e in (False, True)}
        own = {e: max(0.0, split.own.get((name, e), 0.0) - calls[e] * per_call) for e in (False, True)}
        total = own[False] + own[True]
        print(f"| `{name}` | {sum(calls.values()):,} | {calls[True]:,} | {total:.3f} | {total / loop:.1%} | "
              f"{own[True]:.3f} | {own[True] / loop:.1%} |")


if __name__ == "__main__":
    main()
