"""Build a large synthetic corpus from the shipped pages, with the layout damage real PDFs show.

The shipped pages (data/corpus) are too small to measure throughput or memory. This
module cuts them into paragraphs, shuffles them into new pages, perturbs every number
(so the output is not five pages repeated) and damages each page the way PDF text
extraction does: line breaks at a random column width, justification spaces between
characters, full-width digits. A seed makes every build identical, so two runs of the
benchmark measure the same text.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import regex

_DIGITS = regex.compile(r"\d")
_FULLWIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
# A page of the shipped corpus is about 20 KB; generated pages vary around that.
PAGE_BYTES = (8_000, 60_000)


def paragraphs(corpus: Path) -> list[str]:
    """Paragraphs of every shipped page, line breaks inside a paragraph joined."""
    out = []
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        for block in regex.split(r"\n\s*\n", text):
            joined = "".join(line.strip() for line in block.splitlines())
            if joined:
                out.append(joined)
    return out


def perturb_numbers(par: str, rng: random.Random) -> str:
    """Replace every digit but the first of a number, so values change but keep their size."""
    return _DIGITS.sub(lambda m: str(rng.randint(0, 9)) if m.start() and par[m.start() - 1].isdigit() else m.group(0),
                       par)


def damage(par: str, rng: random.Random, width: int, style: str) -> str:
    """Lay one paragraph out as a narrow PDF column would come out of text extraction."""
    if style == "fullwidth":
        par = par.translate(_FULLWIDTH)
    lines = [par[i:i + width] for i in range(0, len(par), width)]
    if style == "spaced":
        lines = [" ".join(line) if rng.random() < 0.3 else line for line in lines]
    indent = "  " if rng.random() < 0.5 else ""
    return indent + "\n".join(lines)


def pages(corpus: Path, seed: int = 0) -> Iterator[str]:
    """An endless stream of generated pages."""
    pars = paragraphs(corpus)
    rng = random.Random(seed)
    while True:
        target = rng.randint(*PAGE_BYTES)
        width = rng.randint(8, 30)
        style = rng.choice(["plain", "plain", "spaced", "fullwidth"])
        out, size = [], 0
        while size < target:
            par = damage(perturb_numbers(rng.choice(pars), rng), rng, width, style)
            out.append(par)
            size += len(par.encode("utf-8"))
        yield "\n\n".join(out) + "\n"


def build(corpus: Path, out_dir: Path, total_bytes: int, seed: int = 0) -> list[Path]:
    """Write generated pages under out_dir until they add up to total_bytes; reuse a finished build."""
    stamp = out_dir / ".complete"
    if stamp.exists():
        return sorted(out_dir.rglob("*.txt"))
    out_dir.mkdir(parents=True, exist_ok=True)
    written, size = [], 0
    for i, page in enumerate(pages(corpus, seed)):
        if size >= total_bytes:
            break
        path = out_dir / f"{i // 1000:04d}" / f"page_{i:07d}.txt"
        path.parent.mkdir(exist_ok=True)
        data = page.encode("utf-8")
        path.write_bytes(data)
        written.append(path)
        size += len(data)
    stamp.write_text(f"{len(written)} files, {size} bytes\n")
    return written
