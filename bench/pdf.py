"""Reading a PDF page with stats costs no more than poppler's text extraction of it.

    python bench/pdf.py [FILE.pdf ...] [--repeat N]

Without files, typesets the test pages (tests/pdflayouts.py; needs reportlab, the test extra)
into a scratch folder. For each file: the best of N CPU times (user + system: a shared,
busy machine stretches wall time, not CPU time) of `pdftotext` and of `pdftotext -layout`
(each a process of its own, as users run it), and of stats' reader (`read_pdf`: glyphs,
geometry, reading order, page map) in this process, per page.
Not a unit test: times depend on the machine; compare the columns of one run.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from stats.read.sources import read_pdf  # noqa: E402


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = _cpu()
        fn()
        times.append(_cpu() - t)
    return min(times)


def typeset_pages(folder: Path) -> list[Path]:
    from tests.pdflayouts import layouts
    from tests.pdfpages import Article, Region, typeset
    from tests.pdftexts import ARTICLES

    pars = [p for a in ARTICLES for p in a.paragraphs] * 3
    pages = dict(layouts())
    # a dense page, about as full as a newspaper's: two articles of five columns
    pages["dense"] = [[Region(Article(ARTICLES[0].headline, pars), 30, 565, 50, 420, 5, size=8.5),
                       Region(Article(ARTICLES[1].headline, pars), 30, 565, 440, 810, 5, size=8.5)]]
    out = []
    for name, regions in pages.items():
        path = folder / f"{name}.pdf"
        typeset(path, regions, running_head="城市日报 第3版")
        out.append(path)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    exe = shutil.which("pdftotext")
    if exe is None:
        print("bench/pdf.py: pdftotext not found (Debian: apt-get install poppler-utils)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        files = a.files or typeset_pages(Path(tmp))
        print(f"{'file':24} {'pages':>5} {'pdftotext ms':>13} {'-layout ms':>11} {'stats ms':>9}"
              f"  (CPU per page, best of {a.repeat})")
        worst = 0.0
        for f in files:
            src = read_pdf(f)
            pages = len(src.layout.page_sizes) if src.layout is not None else 1
            plain = best(lambda f=f: subprocess.run([exe, str(f), "-"], capture_output=True, check=True), a.repeat)
            lay = best(lambda f=f: subprocess.run([exe, "-layout", str(f), "-"], capture_output=True, check=True),
                       a.repeat)
            ours = best(lambda f=f: read_pdf(f), a.repeat)
            worst = max(worst, ours / plain)
            print(f"{f.name[:24]:24} {pages:5d} {1000 * plain / pages:13.1f} {1000 * lay / pages:11.1f} "
                  f"{1000 * ours / pages:9.1f}")
        print(f"stats / pdftotext, worst file: {worst:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
