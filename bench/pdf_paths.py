"""Recall and precision of the typeset test pages read each way: directly, and as text from extractors.

    python bench/pdf_paths.py

Typesets the test pages (tests/pdflayouts.py; reportlab, the test extra), extracts the figures
of each page's clean text (the reference), then of the PDF read by stats, and of the text of
`pdftotext`, `pdftotext -layout` and pdfminer, each given to stats as a .txt page. A figure
is matched on (value, measure). Prints each layout and the totals per path.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from stats.extract.pipeline import Extractor  # noqa: E402
from stats.extract.read import read_pdf  # noqa: E402
from stats.rules.rulefile import load_rules  # noqa: E402
from tests.pdflayouts import layouts  # noqa: E402
from tests.pdfpages import typeset  # noqa: E402


def _sig(figures: list[dict]) -> Counter:
    return Counter((f["value"], f["measure"]) for f in figures)


def _texts(path: Path) -> dict[str, str]:
    out = {}
    exe = shutil.which("pdftotext")
    if exe:
        out["poppler"] = subprocess.run([exe, str(path), "-"], capture_output=True, text=True, check=True).stdout
        out["poppler-layout"] = subprocess.run([exe, "-layout", str(path), "-"], capture_output=True, text=True,
                                               check=True).stdout
    from pdfminer.high_level import extract_text

    out["pdfminer"] = extract_text(str(path))
    return out


def main() -> int:
    ex = Extractor(load_rules())
    totals: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, pages in layouts().items():
            path = Path(tmp) / f"{name}.pdf"
            drawn = typeset(path, pages, running_head="城市日报 2026年3月21日 第3版")
            base = _sig(ex.extract_text(drawn.clean).figures)
            got = {"pdf": _sig(ex.extract_source(read_pdf(path)).figures)}
            got.update({tool: _sig(ex.extract_text(text).figures) for tool, text in _texts(path).items()})
            row = []
            for tool, sig in got.items():
                hit = sum((base & sig).values())
                t = totals.setdefault(tool, [0, 0, 0])
                t[0], t[1], t[2] = t[0] + sum(base.values()), t[1] + sum(sig.values()), t[2] + hit
                row.append(f"{tool} {hit}/{sum(base.values())} made {sum((sig - base).values())}")
            print(f"{name:9} " + "; ".join(row))
    for tool, (n_base, n_got, hit) in totals.items():
        print(f"{tool:15} recall={hit / n_base:.3f} precision={hit / max(n_got, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
