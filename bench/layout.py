"""CPU of layout repair and segmentation alone, for two code trees in one process, file by file.

    python bench/layout.py CORPUS[,CORPUS...] TREE_A TREE_B      e.g. /work/main .

Each tree's `stats` package is imported in turn (its own layout, segment and rules) and both
run on every file one after the other, so a shared, busy machine slows both alike; the
best of 5 passes (CPU time, `time.process_time`) is reported, and the ratio A / B. The work
is what `Extractor.extract_into` asks of these stages: paragraphs, articles, each article's
sentences read twice, its source span.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

PASSES = 5


def _load(root: str) -> tuple[ModuleType, ModuleType, Any]:
    for name in [k for k in sys.modules if k == "stats" or k.startswith("stats.")]:
        del sys.modules[name]
    sys.path.insert(0, str(Path(root).resolve()))
    try:
        import stats.repair.layout as layout
        import stats.split.segment as segment
        from stats.rules.rulefile import load_rules
    finally:
        sys.path.pop(0)
    return layout, segment, load_rules(None).lexicon


def _work(tree: tuple[ModuleType, ModuleType, Any], text: str) -> int:
    layout, segment, lex = tree
    n = 0
    pars = layout.repair_stream([text], lex.article_start, lex.sentence_end, closing=lex.closing,
                                complete=lex.line_complete, notes=[])
    for art in segment.segment("doc", pars, lex):
        for _ in range(2):
            n += sum(1 for _ in segment.iter_sentences(art, lex))
        art.src_span()
    return n


def main(corpora: str, roots: list[str]) -> None:
    trees = [_load(r) for r in roots]
    for corpus in corpora.split(","):
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(Path(corpus).rglob("*.txt"))]
        best = [float("inf")] * len(trees)
        for _ in range(PASSES):
            spent = [0.0] * len(trees)
            for text in texts:
                for i, tree in enumerate(trees):
                    t0 = time.process_time()
                    _work(tree, text)
                    spent[i] += time.process_time() - t0
            best = [min(b, s) for b, s in zip(best, spent, strict=True)]
        shown = "  ".join(f"{r}: {b:.3f} s" for r, b in zip(roots, best, strict=True))
        print(f"{corpus} ({sum(map(len, texts)):,} chars)  {shown}  ratio {best[0] / best[-1]:.2f}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
