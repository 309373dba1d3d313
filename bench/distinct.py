"""How far a corpus repeats itself: sentences, distinct share, figures per 1,000 characters.

    python bench/distinct.py CORPUS_DIR OUT_DIR [CORPUS_DIR OUT_DIR ...]

OUT_DIR is `stats extract CORPUS_DIR --out OUT_DIR`: its sentences are the extractor's own,
after the layout's repair, so the share is that of the texts every per-sentence cache sees.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.parquet as pq


def measure(corpus: Path, out: Path) -> str:
    chars = sum(len(p.read_text(encoding="utf-8")) for p in corpus.rglob("*.txt"))
    texts = pq.read_table(out / "sentences.parquet", columns=["text"]).column("text").to_pylist()
    figures = pq.read_metadata(out / "figures.parquet").num_rows
    distinct = len(set(texts))
    return (f"{corpus}: {chars:,} chars, {len(texts):,} sentences, {distinct:,} distinct "
            f"({distinct / len(texts):.1%}), {figures:,} figures ({1000 * figures / chars:.2f} per 1,000 chars)")


def main() -> None:
    args = [Path(a) for a in sys.argv[1:]]
    for corpus, out in zip(args[::2], args[1::2], strict=True):
        print(measure(corpus, out))


if __name__ == "__main__":
    main()
