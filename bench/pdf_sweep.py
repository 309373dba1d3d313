"""Recall and precision on column lines swept across the page, as pdfminer prints a loosely set page.

    python bench/pdf_sweep.py [--checkout DIR]

The short articles of tests/pdftexts.py and tests/pdfnews.py are wrapped into columns of 10,
13 and 16 characters (first lines indented), set in 2, 3 and 4 balanced columns, and printed
a line at a time across the columns with a blank line after each (27 pages). The figures of
the clean text are the reference; a figure is matched on (value, measure). --checkout runs
another checkout's code on the same pages (main, for a before/after).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pages() -> list[tuple[str, str]]:
    """(clean text, swept text) of every page."""
    sys.path.insert(0, str(ROOT))
    from tests.pdfnews import FARM, HOUSING, INCOME, ROADS, SCHOOLS
    from tests.pdftexts import ARTICLES

    out = []
    for width in (10, 13, 16):
        for k in (2, 3, 4):
            for arts in (ARTICLES, (FARM, INCOME, ROADS), (SCHOOLS, HOUSING, FARM)):
                lines = []
                for a in arts:
                    for p in a.paragraphs:
                        lines += ["\u3000\u3000" + p[:width - 2]] + [p[i:i + width] for i in range(width - 2, len(p), width)]
                per = -(-len(lines) // k)
                cols = [lines[i * per:(i + 1) * per] for i in range(k)]
                swept = [c[r] for r in range(per) for c in cols if r < len(c)]
                out.append(("\n".join("\n".join(a.paragraphs) for a in arts), "\n\n".join(swept)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkout", type=Path, default=ROOT, help="the checkout whose code extracts")
    args = ap.parse_args()
    todo = pages()
    sys.path.insert(0, str(args.checkout.resolve()))
    for name in [m for m in sys.modules if m == "stats" or m.startswith("stats.")]:
        del sys.modules[name]
    from stats.rules.rulefile import load_rules
    from stats.run.pipeline import Extractor

    ex = Extractor(load_rules(args.checkout / "rules"))
    n_base = n_got = n_hit = 0
    for clean, swept in todo:
        base = Counter((f["value"], f["measure"]) for f in ex.extract_text(clean).figures)
        got = Counter((f["value"], f["measure"]) for f in ex.extract_text(swept).figures)
        n_base, n_got, n_hit = n_base + sum(base.values()), n_got + sum(got.values()), n_hit + sum((base & got).values())
    print(f"{args.checkout}: {len(todo)} pages, {n_base} figures: recall={n_hit / n_base:.3f} "
          f"precision={n_hit / max(n_got, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
