"""What reading an article's sentences ahead saves (speed235), measured in one process, the two ways alternated.

    python bench/ahead.py CORPUS [--passes N]

`Extractor.read_ahead` runs the quantity finder, the exclusions and the place words over all the sentences of an
article before the sentence loop reads them one by one (the same calls, grouped). On a busy machine two runs of
`bench/run.py` minutes apart differ by 5-15% on their own, more than what is measured here; so this loads the rules
once and extracts the corpus again and again, with read-ahead and without it (`read_ahead` made a no-op) in turns
(on, off, off, on, ...), each pass starting with an empty mention cache as a run does. It prints each pass's CPU
seconds, each way's least and median, and whether the two ways gave the same rows (figures, articles, sentences).
Start-up and the writing of tables are left out: the ratio is of the document loop alone.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stats.read.sources import read_source  # noqa: E402
from stats.rules.rulefile import load_rules  # noqa: E402
from stats.run.pipeline import Extractor  # noqa: E402


def one_pass(ex: Extractor, sources: list[Any], ahead: bool) -> tuple[float, list[Any]]:
    """CPU seconds of extracting every source, read-ahead on or off, and the rows."""
    if ahead:
        ex.__dict__.pop("read_ahead", None)
    else:
        ex.read_ahead = lambda texts, context: None  # type: ignore[method-assign]
    ex.situator.gazetteer._seen.clear()  # (a run starts with none)
    rows = []
    t0 = time.process_time()
    for src in sources:
        res = ex.extract_source(src)
        rows.append((res.figures, res.articles, res.sentences))
    spent = time.process_time() - t0
    ex.__dict__.pop("read_ahead", None)
    return spent, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="a folder of .txt pages (bench/out/news-1MB, ...)")
    ap.add_argument("--passes", type=int, default=6, help="passes each way (default 6)")
    args = ap.parse_args()
    ex = Extractor(load_rules())
    sources = [read_source(p) for p in sorted(args.corpus.rglob("*.txt"))]
    _, on_rows = one_pass(ex, sources, True)  # (a first pass each way warms what is built lazily)
    _, off_rows = one_pass(ex, sources, False)
    times: dict[bool, list[float]] = {True: [], False: []}
    for k in range(args.passes):
        for ahead in ((True, False) if k % 2 == 0 else (False, True)):
            spent, _ = one_pass(ex, sources, ahead)
            times[ahead].append(spent)
            print(f"pass {k + 1} {'ahead' if ahead else 'in turn'}: {spent:.3f} s", file=sys.stderr)
    on, off = times[True], times[False]
    print(f"{args.corpus.name}: read ahead least {min(on):.3f} s, median {statistics.median(on):.3f} s; "
          f"sentence by sentence least {min(off):.3f} s, median {statistics.median(off):.3f} s; "
          f"ratio (least) {min(on) / min(off):.3f}, (median) {statistics.median(on) / statistics.median(off):.3f}; "
          f"rows {'the same' if on_rows == off_rows else 'DIFFER'}")


if __name__ == "__main__":
    main()
