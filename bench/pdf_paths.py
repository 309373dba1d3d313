"""Recall and precision of typeset test pages read each way: directly, and as text from extractors.

    python bench/pdf_paths.py [--show] [--only TOOL]

Typesets the test pages (tests/pdflayouts.py: one thing at a time; tests/pdfnews.py: whole
newspaper pages with articles side by side, captions, tables and page furniture; reportlab,
the test extra), extracts the figures of each page's clean text (the reference), then of the
PDF read by stats, and of the text of every extractor installed (each given to stats as a
.txt page): poppler's `pdftotext` plain and `-layout`, pdfminer.six, pdfplumber, pypdf (plain
and layout mode) and PDFium's text page (pypdfium2). A figure is matched on (value,
measure). Prints each layout and the totals per path; --show lists the figures missed
and made. PyMuPDF (AGPL) is left out: the project may not depend on it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from stats.read.sources import read_pdf  # noqa: E402
from stats.rules.rulefile import load_rules  # noqa: E402
from stats.run.pipeline import Extractor  # noqa: E402
from tests.pdflayouts import layouts  # noqa: E402
from tests.pdfnews import news_pages, typeset_news  # noqa: E402
from tests.pdfpages import typeset  # noqa: E402

HEAD = "城市日报 2026年3月21日 第3版"


def _sig(figures: list[dict]) -> Counter:
    return Counter((f["value"], f["measure"]) for f in figures)


def _poppler(*args: str) -> Callable[[Path], str] | None:
    exe = shutil.which("pdftotext")
    if not exe:
        return None
    return lambda path: subprocess.run([exe, *args, str(path), "-"], capture_output=True, text=True,
                                       check=True).stdout


def _pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def _pdfplumber(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\f".join(page.extract_text() or "" for page in pdf.pages)


def _pypdf(mode: str) -> Callable[[Path], str]:
    def read(path: Path) -> str:
        import pypdf

        return "\f".join(page.extract_text(extraction_mode=mode) for page in pypdf.PdfReader(path).pages)
    return read


def _pdfium(path: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    try:
        return "\f".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def extractors() -> dict[str, Callable[[Path], str]]:
    """name → text of a PDF file, for every extractor installed."""
    out: dict[str, Callable[[Path], str] | None] = {
        "poppler": _poppler(), "poppler-layout": _poppler("-layout"), "pdfminer": _pdfminer}
    for module, tools in (("pdfplumber", {"pdfplumber": _pdfplumber}),
                          ("pypdf", {"pypdf": _pypdf("plain"), "pypdf-layout": _pypdf("layout")}),
                          ("pypdfium2", {"pdfium": _pdfium})):
        try:
            __import__(module)
        except ImportError:
            print(f"({module} is not installed: skipped)")
            continue
        out.update(tools)
    return {k: v for k, v in out.items() if v is not None}


def pages(folder: Path) -> dict[str, tuple[Path, str]]:
    """name → (PDF, its clean text) of every test page."""
    out = {}
    for name, regions in layouts().items():
        path = folder / f"{name}.pdf"
        out[name] = (path, typeset(path, regions, running_head=HEAD).clean)
    for name, news in news_pages().items():
        path = folder / f"{name}.pdf"
        out[name] = (path, typeset_news(path, news, running_head=HEAD).clean)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the figures each path missed and made")
    ap.add_argument("--only", help="this extractor only")
    args = ap.parse_args()
    ex = Extractor(load_rules())
    tools = extractors()
    if args.only:
        tools = {args.only: tools[args.only]}
    totals: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, clean) in pages(Path(tmp)).items():
            base = _sig(ex.extract_text(clean).figures)
            got = {} if args.only else {"pdf": _sig(ex.extract_source(read_pdf(path)).figures)}
            got.update({tool: _sig(ex.extract_text(read(path)).figures) for tool, read in tools.items()})
            row = []
            for tool, sig in got.items():
                hit = sum((base & sig).values())
                t = totals.setdefault(tool, [0, 0, 0])
                t[0], t[1], t[2] = t[0] + sum(base.values()), t[1] + sum(sig.values()), t[2] + hit
                row.append(f"{tool} {hit}/{sum(base.values())}+{sum((sig - base).values())}")
                if args.show and (base - sig or sig - base):
                    print(f"  {name} {tool}: missed {sorted((base - sig).elements())} "
                          f"made {sorted((sig - base).elements())}")
            print(f"{name:9} " + "; ".join(row))
    for tool, (n_base, n_got, hit) in totals.items():
        print(f"{tool:15} recall={hit / n_base:.3f} precision={hit / max(n_got, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
