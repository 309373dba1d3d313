"""Build data/gold/pages: newspaper pages of our own, typeset as PDF and read back by real extractors.

The pages (scripts/gold_pages_src.py) are invented articles in the style of provincial and city
dailies. Each page is typeset with the PDF tests' typesetter (tests/pdfnews.py: justified
columns, headlines across their article, a photo with its caption, a running head and a
footer) and read back by pdftotext (reading order, `-layout`, `-raw`), pdfminer, pdfplumber
or pypdf (pypdf is installed only to build the pages: stats does not depend on it), the way
a corpus of newspaper PDFs reaches us; a page whose tool is `stats` is kept as its PDF in the set
(reportlab's invariant mode: the same bytes at every build), for stats to read it itself. A
few pages then get the damage scanned and re-keyed pages show (spaced characters). The gold
file is written from the hand annotation next to
each page's articles (quote, role, place, period), never from what stats extracts.

    .venv/bin/python scripts/gold_pages.py          # writes data/gold/pages/{texts,pages.jsonl}
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.gold_pages_src import PAGES  # noqa: E402
from tests import pdfnews  # noqa: E402
from tests.pdfnews import Caption, Chart, Figures, Page, Table, Vertical  # noqa: E402
from tests.pdfpages import Article, Region, _register, _wrap  # noqa: E402

OUT = ROOT / "data" / "gold" / "pages"
TOP, BOTTOM = 46.0, 790.0


def _height(a: Article, width: float, cols: int, size: float, leading: float, hs: float) -> float:
    base = hs + 1.3 * hs * len(_wrap(a.headline, width, hs, 0.0))
    if a.kicker:  # the 引题's lines over the headline
        base += 1.3 * 0.6 * hs * len(_wrap(a.kicker, width, 0.6 * hs, 0.0))
    if a.subtitle:
        sub = 0.7 * hs
        base += sub - 0.3 * hs + 1.3 * sub * len(_wrap(a.subtitle, width, sub, 0.0))
    gap = 1.5 * size
    col_w = (width - gap * (cols - 1)) / cols
    lines = sum(len(_wrap(p, col_w, size, 2 * size)) for p in a.paragraphs)
    per_col = -(-lines // cols)
    return base + 0.2 * hs + size + (per_col - 1) * leading * size + 4


def layout(items: list[tuple], leading: float) -> list[Page]:
    """Stack the items down the page, a new page where one does not fit (the running head repeats there)."""
    pages, blocks, y = [], [], TOP
    for item in items:
        kind = item[0]
        if kind == "break":  # the next page (前两版: a lead's 下转第2版 continued there under 上接第1版)
            if blocks:
                pages.append(Page(blocks))
            blocks, y = [], TOP
            continue
        if kind == "full":
            _, art, cols = item[:3]
            hs = 16.0 if len(item) < 4 else item[3]
            parts = [(art, 40.0, 555.0, cols, hs)]
        elif kind == "pair":
            _, a, ca, b, cb = item
            parts = [(a, 40.0, 290.0, ca, 14.0), (b, 305.0, 555.0, cb, 14.0)]
        elif kind == "split":  # a wide article beside a narrow column (briefs) that starts at x + 15
            _, a, ca, b, cb, x = item
            parts = [(a, 40.0, x, ca, 14.0), (b, x + 15.0, 555.0, cb, 11.0)]
        elif kind == "sidebar":  # a wide article beside a sidebar (名词解释, 链接) set smaller at a pitch of its own
            _, a, ca, b, x, size, side_leading = item
            hgt = max(_height(a, x - 40.0, ca, 9.0, leading, 16.0),
                      _height(b, 555.0 - x - 15.0, 1, size, side_leading, 11.0))
            if y + hgt > BOTTOM:
                pages.append(Page(blocks))
                blocks, y = [], TOP
            blocks.append(Region(a, 40.0, x, y, y + hgt + 2, ca, size=9.0, leading=leading, head_size=16.0))
            blocks.append(Region(b, x + 15.0, 555.0, y, y + hgt + 2, 1, size=size, leading=side_leading, head_size=11.0))
            y += hgt + 12
            continue
        elif kind == "row":  # short items side by side, each in a narrow column of its own (a county page's briefs)
            _, arts = item
            w = (515.0 - 15.0 * (len(arts) - 1)) / len(arts)
            parts = [(a, 40.0 + k * (w + 15.0), 40.0 + k * (w + 15.0) + w, 1, 12.0) for k, a in enumerate(arts)]
        elif kind == "photos":  # a picture story: its title, then photos side by side, each over its caption
            _, title, caps = item
            w = (515.0 - 15.0 * (len(caps) - 1)) / len(caps)
            h = 8.5 * 1.2 + 8 + 90 + 4 + max(1.3 * 8 * len(_wrap(t, w, 8, 0.0)) for t in caps) + 12
            if y + h > BOTTOM:
                pages.append(Page(blocks))
                blocks, y = [], TOP
            blocks.append(Table(title, [], (40.0,), y))
            for k, t in enumerate(caps):
                blocks.append(Caption(t, 40.0 + k * (w + 15.0), 40.0 + k * (w + 15.0) + w, y + 8.5 * 1.2 + 8))
            y += h + 10
            continue
        elif kind == "table":  # a title over rows of cells, across the page
            _, title, rows, xs = item
            h = 8.5 * (1.2 + 1.6 + 1.7 * len(rows))
            if y + h > BOTTOM:
                pages.append(Page(blocks))
                blocks, y = [], TOP
            blocks.append(Table(title, rows, xs, y))
            y += h + 10
            continue
        elif kind in ("chart", "chart-on"):  # a bar chart beside an article (chart-on: the values printed on the bars)
            _, title, labels, values, ticks, art, cols = item
            ch = 9.0 * 1.2 + 14 + 100.0 + 20
            hgt = max(ch, _height(art, 555.0 - 270.0, cols, 9.0, leading, 14.0))
            if y + hgt > BOTTOM:
                pages.append(Page(blocks))
                blocks, y = [], TOP
            blocks.append(Chart(title, labels, values, ticks, 40.0, 250.0, y, inside=kind == "chart-on"))
            blocks.append(Region(art, 270.0, 555.0, y, y + hgt + 2, cols, size=9.0, leading=leading, head_size=14.0))
            y += hgt + 12
            continue
        elif kind == "tabled":  # an article beside a table of figures to its right (the table's rule stops at the margin)
            _, art, cols, title, rows, xs = item
            hgt = max(8.5 * (1.2 + 1.6 + 1.7 * len(rows)), _height(art, 330.0 - 40.0, cols, 9.0, leading, 14.0))
            if y + hgt > BOTTOM:
                pages.append(Page(blocks))
                blocks, y = [], TOP
            blocks.append(Region(art, 40.0, 330.0, y, y + hgt + 2, cols, size=9.0, leading=leading, head_size=14.0))
            blocks.append(Table(title, rows, xs, y))
            y += hgt + 12
            continue
        elif kind == "figures":  # an infographic across the page: big numbers each over its short label
            _, title, cells, per_row = item
            hgt = 11.0 * 1.2 + 44.0 * -(-len(cells) // per_row) + 4
            if y + hgt > BOTTOM:
                pages.append(Page(blocks))
                blocks, y = [], TOP
            blocks.append(Figures(title, cells, per_row, 44.0, 551.0, y))
            y += hgt + 14
            continue
        elif kind == "table-figures":  # a ruled table (a 公示's list) beside a box of circled numbers (a 图解)
            _, title, rows, xs, x, ftitle, cells, per_row, fsize = item
            box = Figures(ftitle, cells, per_row, x + 19.0, 551.0, y, size=fsize, circles=True)
            hgt = max(8.5 * (1.2 + 1.6 + 1.7 * len(rows)),
                      11.0 * 1.2 + pdfnews.figures_row(box) * -(-len(cells) // per_row) + 4)
            if y + hgt > BOTTOM:
                pages.append(Page(blocks))
                blocks, y = [], TOP
                box.top = y
            blocks.append(Table(title, rows, xs, y, x1=x, ruled=True))
            blocks.append(box)
            y += hgt + 14
            continue
        elif kind == "grid":  # items on a grid of equal columns across the page: (article or caption, span, columns)
            _, cells = item
            n = sum(span for _, span, _ in cells)
            w = (515.0 - 15.0 * (n - 1)) / n
            spans, x, hgt = [], 40.0, 0.0
            for thing, span, cols in cells:
                x1 = x + span * w + 15.0 * (span - 1)
                hs = 14.0 if span > 1 else 11.0
                hgt = max(hgt, 90 + 1.3 * 8 * len(_wrap(thing, x1 - x, 8, 0.0)) + 16 if isinstance(thing, str)
                          else _height(thing, x1 - x, cols, 9.0, leading, hs))
                spans.append((thing, x, x1, cols, hs))
                x = x1 + 15.0
            if y + hgt > BOTTOM:
                pages.append(Page(blocks))
                blocks, y = [], TOP
            for thing, x0, x1, cols, hs in spans:  # a caption is a photo over its text
                blocks.append(Caption(thing, x0, x1, y) if isinstance(thing, str) else
                              Region(thing, x0, x1, y, y + hgt + 2, cols, size=9.0, leading=leading, head_size=hs))
            y += hgt + 12
            continue
        elif kind == "vertical":  # a headline set a character a line down the left of its article
            _, text, art, cols = item
            hgt = max(16.0 * (1.15 * len(text) + 1), _height(art, 555.0 - 72.0, cols, 9.0, leading, 14.0))
            if y + hgt > BOTTOM:
                pages.append(Page(blocks))
                blocks, y = [], TOP
            blocks.append(Vertical(text, 44.0, y))
            blocks.append(Region(art, 72.0, 555.0, y, y + hgt + 2, cols, size=9.0, leading=leading, head_size=14.0))
            y += hgt + 12
            continue
        else:  # caption beside a notice
            _, text, notice = item
            h = 90 + 1.3 * 8 * len(_wrap(text, 250, 8, 0.0)) + 16
            nh = _height(notice, 240, 1, 8.5, 1.4, 11.0)
            if y + max(h, nh) > BOTTOM:
                pages.append(Page(blocks))
                blocks, y = [], TOP
            blocks.append(Caption(text, 40, 290, y))
            blocks.append(Region(notice, 315, 555, y, y + nh + 2, 1, size=8.5, leading=1.4, head_size=11.0))
            y += max(h, nh) + 10
            continue
        hgt = max(_height(a, x1 - x0, c, 9.0, leading, hs) for a, x0, x1, c, hs in parts)
        if y + hgt > BOTTOM:
            pages.append(Page(blocks))
            blocks, y = [], TOP
        for a, x0, x1, c, hs in parts:
            blocks.append(Region(a, x0, x1, y, y + hgt + 2, c, size=9.0, leading=leading, head_size=hs))
        y += hgt + 12
    if blocks:
        pages.append(Page(blocks))
    return pages


def extract(tool: str, pdf: Path) -> str:
    """The page's text as the named extractor gives it."""
    if tool == "pdfminer":
        from pdfminer.high_level import extract_text

        return extract_text(str(pdf))
    if tool == "pdfminer-noflow":  # pdfminer's boxes read top to bottom, left to right (LAParams(boxes_flow=None))
        from pdfminer.high_level import extract_text
        from pdfminer.layout import LAParams

        return extract_text(str(pdf), laparams=LAParams(boxes_flow=None))
    if tool == "pdfminer-vflow":  # pdfminer's boxes ordered by their height on the page only (LAParams(boxes_flow=1.0))
        from pdfminer.high_level import extract_text
        from pdfminer.layout import LAParams

        return extract_text(str(pdf), laparams=LAParams(boxes_flow=1.0))
    if tool == "pdfminer-hflow":  # pdfminer's boxes ordered by their left edge first (LAParams(boxes_flow=-1.0)): a
        from pdfminer.high_level import extract_text  # page's left column top to bottom, whatever the articles, then
        from pdfminer.layout import LAParams  # the next one to its right

        return extract_text(str(pdf), laparams=LAParams(boxes_flow=-1.0))
    if tool == "pdfminer-vertical":  # pdfminer looking for vertical text too (LAParams(detect_vertical=True)): a
        from pdfminer.high_level import extract_text  # headline set a character a line may come back as a line
        from pdfminer.layout import LAParams

        return extract_text(str(pdf), laparams=LAParams(detect_vertical=True))
    if tool == "pdfminer-lm":  # pdfminer with tight margins (LAParams(line_margin=0.2, char_margin=1.0)): a justified
        from pdfminer.high_level import extract_text  # line's wide gaps part its words into boxes of their own, and
        from pdfminer.layout import LAParams  # lines further apart than a fifth of their height each a box

        return extract_text(str(pdf), laparams=LAParams(line_margin=0.2, char_margin=1.0))
    if tool == "pdfminer-cm6":  # pdfminer with wide margins (LAParams(char_margin=6.0, line_margin=1.0)): lines two
        from pdfminer.high_level import extract_text  # lines apart join a box, so an article's columns, a table's
        from pdfminer.layout import LAParams  # columns and a row of briefs come back boxes out of their order

        return extract_text(str(pdf), laparams=LAParams(char_margin=6.0, line_margin=1.0))
    if tool == "pdfminer-nolayout":  # pdfminer with its layout analysis off (pdf2txt.py -n): the characters in
        from io import StringIO  # the content stream's order, no line breaks, no spaces between blocks, a page a line

        from pdfminer.converter import TextConverter
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage

        out, rsrc = StringIO(), PDFResourceManager()
        device = TextConverter(rsrc, out, laparams=None)
        with pdf.open("rb") as fh:
            for page in PDFPage.get_pages(fh):
                PDFPageInterpreter(rsrc, device).process_page(page)
        device.close()
        return out.getvalue()
    if tool == "pdfplumber":
        import pdfplumber

        with pdfplumber.open(str(pdf)) as doc:
            return "\n\f".join(p.extract_text() or "" for p in doc.pages)
    if tool == "pdfplumber-layout":  # the columns side by side, spaced to where they stand on the page
        import pdfplumber

        with pdfplumber.open(str(pdf)) as doc:
            return "\n\f".join(p.extract_text(layout=True) or "" for p in doc.pages)
    if tool.startswith("pdfplumber-layout-xd"):  # the layout text at an x_density of N points (pdfplumber-layout-xdN:
        import pdfplumber  # extract_text(layout=True, x_density=N)): a text column every N points, the default 7.25;

        density = float(tool.removeprefix("pdfplumber-layout-xd"))  # a wider one packs a line into fewer cells, so
        with pdfplumber.open(str(pdf)) as doc:  # a gutter shrinks to a space or two
            return "\n\f".join(p.extract_text(layout=True, x_density=density) or "" for p in doc.pages)
    if tool.startswith("pdfplumber-layout-yd"):  # the layout text at a y_density of N points (pdfplumber-layout-ydN:
        import pdfplumber  # extract_text(layout=True, y_density=N)): a text row every N points, the default 13; a

        density = float(tool.removeprefix("pdfplumber-layout-yd"))  # finer one sets a row of spaces between lines
        with pdfplumber.open(str(pdf)) as doc:  # that stand further apart than N, so a column's lines come blank
            return "\n\f".join(p.extract_text(layout=True, y_density=density) or "" for p in doc.pages)  # rows apart
    if tool.startswith("pdfminer-cm") and "-wm" in tool:  # pdfminer with char_margin A and word_margin B
        from pdfminer.high_level import extract_text  # (pdfminer-cmA-wmB: LAParams(char_margin=A, word_margin=B)): a
        from pdfminer.layout import LAParams  # gap wider than B of a character is a space (a justified line's
        # spacing among them), one under A characters joins the line
        cm, wm = re.fullmatch(r"pdfminer-cm([\d.]+)-wm([\d.]+)", tool).groups()
        return extract_text(str(pdf), laparams=LAParams(char_margin=float(cm), word_margin=float(wm)))
    if tool.startswith("pdfminer-dv-flow"):  # pdfminer looking for vertical text, its boxes ordered with boxes_flow N
        from pdfminer.high_level import extract_text  # (pdfminer-dv-flowN: LAParams(detect_vertical=True,
        from pdfminer.layout import LAParams  # boxes_flow=N)): a negative N weighs a box's left edge over its height,

        flow = float(tool.removeprefix("pdfminer-dv-flow"))  # so the page's left boxes come first, whatever the rows
        return extract_text(str(pdf), laparams=LAParams(detect_vertical=True, boxes_flow=flow))
    if tool.startswith("pdfminer-lo"):  # pdfminer with a line overlap of N (pdfminer-loN: LAParams(line_overlap=N),
        from pdfminer.high_level import extract_text  # the default 0.5): characters whose heights overlap by N of the
        from pdfminer.layout import LAParams  # smaller one's join one line, blocks side by side whose baselines stand

        lo = float(tool.removeprefix("pdfminer-lo"))  # a little apart among them
        return extract_text(str(pdf), laparams=LAParams(line_overlap=lo))
    if tool.startswith("pdfminer-flow"):  # pdfminer's boxes ordered with boxes_flow N (pdfminer-flowN, LAParams(
        from pdfminer.high_level import extract_text  # boxes_flow=N)): 0 weighs a box's place across the page and
        from pdfminer.layout import LAParams  # down it the same, between hflow's -1 and the default 0.5

        return extract_text(str(pdf), laparams=LAParams(boxes_flow=float(tool.removeprefix("pdfminer-flow"))))
    if tool == "pdfplumber-flow":  # pdfplumber's plain text in the content stream's order (use_text_flow=True): the
        import pdfplumber  # blocks as they were drawn, a line broken where the next character was drawn elsewhere

        with pdfplumber.open(str(pdf)) as doc:
            return "\n\f".join(p.extract_text(use_text_flow=True) or "" for p in doc.pages)
    if tool.startswith("pdftotext-fixed"):  # poppler's layout mode at a fixed pitch of N points (pdftotext -layout
        pitch = tool.removeprefix("pdftotext-fixed")  # -fixed N, pdftotext-fixedN): a character every N points, a
        return subprocess.run(["pdftotext", "-layout", "-fixed", pitch, str(pdf), "-"], check=True,  # wide Han
                              capture_output=True, text=True).stdout  # character several cells, the columns far apart
    if tool.startswith("pdfminer-cm"):  # pdfminer with both margins set (pdfminer-cmA-lmB: LAParams(char_margin=A,
        from pdfminer.high_level import extract_text  # line_margin=B)): a justified line's gaps wider than A
        from pdfminer.layout import LAParams  # characters part it into boxes, lines further apart than B of their height

        cm, lm = re.fullmatch(r"pdfminer-cm([\d.]+)-lm([\d.]+)", tool).groups()  # each a box
        return extract_text(str(pdf), laparams=LAParams(char_margin=float(cm), line_margin=float(lm)))
    if tool.startswith("pdfplumber-x"):  # pdfplumber's plain text with an x_tolerance of N points (pdfplumber-xN): a gap
        import pdfplumber  # narrower than N joins what it parts with no space, an article's gutter among them

        tol = float(tool.removeprefix("pdfplumber-x"))
        with pdfplumber.open(str(pdf)) as doc:
            return "\n\f".join(p.extract_text(x_tolerance=tol) or "" for p in doc.pages)
    if tool.startswith("pdfplumber-y"):  # pdfplumber's plain text (layout off) with a y_tolerance of N points
        import pdfplumber  # (pdfplumber-yN): characters whose tops lie within N points on one line, the columns across

        tol = float(tool.removeprefix("pdfplumber-y"))  # the page run into it
        with pdfplumber.open(str(pdf)) as doc:
            return "\n\f".join(p.extract_text(y_tolerance=tol) or "" for p in doc.pages)
    if tool == "pypdfium2":  # PDFium's own reading order (Chrome's PDF engine); used here to build pages only
        import pypdfium2

        doc = pypdfium2.PdfDocument(str(pdf))
        try:
            return "\n\f".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        finally:
            doc.close()
    if tool == "pypdfium2-halves":  # PDFium's text of one rectangle a column of the page's two-column grid
        import pypdfium2  # (get_text_bounded over the left half, then over the right): the left half's lines top to

        out = []  # bottom, then the right half's; a line crossing the middle (a headline across the page, a table's
        doc = pypdfium2.PdfDocument(str(pdf))  # row, the running head) parted there, its halves far apart
        try:
            for i in range(len(doc)):
                page = doc[i]
                w, h = page.get_size()
                tp = page.get_textpage()
                out.append(tp.get_text_bounded(left=0, bottom=0, right=w / 2, top=h) + "\n"
                           + tp.get_text_bounded(left=w / 2, bottom=0, right=w, top=h))
        finally:
            doc.close()
        return "\n\f".join(out)
    if tool == "pypdf-layout":  # pypdf's layout mode: each text line where it stands, columns side by side
        from pypdf import PdfReader

        return "\n\f".join(p.extract_text(extraction_mode="layout") or "" for p in PdfReader(str(pdf)).pages)
    if tool == "pdfplumber-words":  # pdfplumber's words (extract_words), rejoined a line per baseline, a space
        import pdfplumber  # between words: the columns across the page run into one line

        out = []
        with pdfplumber.open(str(pdf)) as doc:
            for page in doc.pages:
                lines: list[list[dict]] = []
                for w in sorted(page.extract_words(), key=lambda w: (round(w["bottom"]), w["x0"])):
                    if lines and abs(lines[-1][0]["bottom"] - w["bottom"]) <= 2.0:
                        lines[-1].append(w)
                    else:
                        lines.append([w])
                out.append("\n".join(" ".join(w["text"] for w in sorted(ln, key=lambda w: w["x0"]))
                                      for ln in lines))
        return "\n\f".join(out)
    if tool == "pdfplumber-words-flow":  # pdfplumber's words in the content stream's order, blanks kept inside them
        import pdfplumber  # (extract_words(keep_blank_chars=True, use_text_flow=True)): a line ends where the next

        out = []  # word stands lower or back to the left (another line, another block), a space between words
        with pdfplumber.open(str(pdf)) as doc:
            for page in doc.pages:
                rows: list[list[dict]] = []
                for w in page.extract_words(keep_blank_chars=True, use_text_flow=True):
                    last = rows[-1][-1] if rows else None
                    if last and abs(last["bottom"] - w["bottom"]) <= 2.0 and w["x0"] >= last["x1"] - 1.0:
                        rows[-1].append(w)
                    else:
                        rows.append([w])
                out.append("\n".join(" ".join(w["text"] for w in ln) for ln in rows))
        return "\n\f".join(out)
    if tool == "pdfplumber-words-size":  # pdfplumber's words with their type size (extract_words(extra_attrs=
        import pdfplumber  # ["size"]): a word ends where the size changes), rejoined a line per baseline as
        # pdfplumber-words does, then that line parted by type size, the larger first (a headline, the body, a
        # chart's or a sidebar's smaller type on one baseline each a line of its own), each left to right
        out = []
        with pdfplumber.open(str(pdf)) as doc:
            for page in doc.pages:
                lines = []
                for w in sorted(page.extract_words(extra_attrs=["size"]), key=lambda w: (round(w["bottom"]), w["x0"])):
                    if lines and abs(lines[-1][0]["bottom"] - w["bottom"]) <= 2.0:
                        lines[-1].append(w)
                    else:
                        lines.append([w])
                rows = []
                for ln in lines:
                    for size in sorted({round(w["size"], 1) for w in ln}, reverse=True):
                        rows.append(" ".join(w["text"] for w in sorted(ln, key=lambda w: w["x0"])
                                             if round(w["size"], 1) == size))
                out.append("\n".join(rows))
        return "\n\f".join(out)
    if tool.startswith("pdfplumber-words-y"):  # the same with a y_tolerance of N points (pdfplumber-words-yN), for
        import pdfplumber  # words and for lines: lines of blocks whose baselines lie that close merge into one

        tol = float(tool.removeprefix("pdfplumber-words-y"))
        out = []
        with pdfplumber.open(str(pdf)) as doc:
            for page in doc.pages:
                lines = []
                for w in sorted(page.extract_words(y_tolerance=tol), key=lambda w: (round(w["bottom"]), w["x0"])):
                    if lines and abs(lines[-1][0]["bottom"] - w["bottom"]) <= tol:
                        lines[-1].append(w)
                    else:
                        lines.append([w])
                out.append("\n".join(" ".join(w["text"] for w in sorted(ln, key=lambda w: w["x0"]))
                                      for ln in lines))
        return "\n\f".join(out)
    if tool == "pdftotext-bbox":  # poppler's words with their boxes (pdftotext -bbox), rejoined a line per baseline
        import html  # (yMax within 2 points), left to right, a space between words: the columns across the page
        # run into one line, a word broken where poppler sees a gap (a justified line's wide spacing among them)
        out = []
        raw = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
        for page in raw.split("<page ")[1:]:
            words = sorted(((float(m[2]), float(m[1]), html.unescape(m[3])) for m in re.finditer(
                r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>', page)),
                key=lambda w: (round(w[0]), w[1]))
            lines: list[list[tuple]] = []
            for w in words:
                if lines and abs(lines[-1][0][0] - w[0]) <= 2.0:
                    lines[-1].append(w)
                else:
                    lines.append([w])
            out.append("\n".join(" ".join(w[2] for w in sorted(ln, key=lambda w: w[1])) for ln in lines))
        return "\n\f".join(out)
    if tool == "pypdf":  # pure Python, its own reading of the content stream; used here to build pages only
        from pypdf import PdfReader

        return "\n\f".join(p.extract_text() or "" for p in PdfReader(str(pdf)).pages)
    flags = {"pdftotext": [], "pdftotext-layout": ["-layout"], "pdftotext-raw": ["-raw"]}[tool]
    return subprocess.run(["pdftotext", *flags, str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


_SPACED = re.compile(r"(?<=[^\s])(?=[^\s])")


def space_out(text: str, every: int) -> str:
    """Every `every`-th line with a space between its characters (wide letter-spacing read as spaces)."""
    lines = text.split("\n")
    return "\n".join(_SPACED.sub(" ", ln) if k % every == every - 1 and len(ln) > 6 else ln
                     for k, ln in enumerate(lines))


# ---- the hand annotation: `quote|role|place|period|flags`, flags: B beds, J jobs, O optional,
# ~ approx, > lower bound, < upper bound (余/多/以上/左右/以内… in the quote are read from it); a cell
# whose unit stands in its column's head is written `52.6@亿元` (the quote is the cell, the unit the head's)
_NUM = re.compile(r"^(约|近|逾)?([\d.]+|[零一二两三四五六七八九十百千]+)(余|多)?(万亿|亿|万|千)?(余|多)?(.*?)"
                  r"(以上|以下|以内|左右)?$")
_CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_MAG = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, None: 1}


def _cn(s: str) -> float:
    if re.fullmatch(r"[\d.]+", s):
        return float(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _CN:
            cur = _CN[ch]
        else:
            total += (cur or 1) * {"十": 10, "百": 100, "千": 1000}[ch]
            cur = 0
    return total + cur


def figure(doc: str, line: str, clean: str, seen: dict) -> dict:
    quote, role, place, period, *rest = [p.strip() for p in line.split("|")]
    flags = rest[0] if rest else ""
    span = re.fullmatch(r"([\d.]+)(℃|级)?[～至]([\d.]+)(℃|级)", quote)  # a range: 3℃～12℃, 3～4级
    if span:
        at = clean.find(quote)
        if at < 0:
            raise ValueError(f"{doc}: {quote} not in the text")
        lo, hi = float(span[1]), float(span[3])
        g = {"doc": doc, "quote": quote, "value": int(lo) if lo.is_integer() else lo,
             "value_high": int(hi) if hi.is_integer() else hi, "measure": span[4], "qualifier": "exact",
             "role": {"L": "level", "T": "target", "C": "change"}[role], "topic": "other",
             "tier": "optional" if "O" in flags else "must",
             "context": clean[max(0, at - 14):at + len(quote) + 4].replace("\n", "")}
        return g | ({"place": place} if place != "-" else {}) | ({"period": period} if period != "-" else {})
    quote, _, head_unit = quote.partition("@")  # a table cell whose unit is in its column's head: 6820@张
    m = _NUM.match(quote + head_unit)
    if "N" in flags:  # a class word (亿元以上项目): optional, paired on its quote
        at = clean.find(quote)
        return {"doc": doc, "quote": quote, "value": None, "value_high": None, "measure": "元",
                "qualifier": "lower_bound", "role": "level", "topic": "other", "tier": "optional",
                "context": clean[max(0, at - 8):at + len(quote) + 6].replace("\n", ""), "place": place}
    if not m:
        raise ValueError(f"{doc}: cannot read {quote}")
    pre, num, q1, mag, q2, unit, post = m.groups()
    value = _cn(num) * _MAG[mag]
    if unit.startswith("亿") or unit.startswith("万"):
        raise ValueError(quote)
    measure = {"个百分点": "百分点", "万元": "元", "成": "%", "个小时": "小时"}.get(unit, unit)  # (个: a classifier)
    if unit == "成":
        value *= 10
    if unit.endswith("元") and unit not in ("元", "美元"):
        raise ValueError(f"{doc}: unit {unit}")
    qual = "exact"
    if pre in ("约", "近") or post == "左右" or "~" in flags:
        qual = "approx"
    if pre == "逾" or q1 or q2 or post == "以上" or ">" in flags:
        qual = "lower_bound"
    if post in ("以下", "以内") or "<" in flags:
        qual = "upper_bound"
    topic = "beds" if "B" in flags else "jobs" if "J" in flags else (
        "money" if measure.endswith("元") else "percent" if measure in ("%", "百分点", "‰") else "other")
    k = seen.get(quote, 0)
    at = -1
    for _ in range(k + 1):  # a mention of its own: not the tail of a longer number (3.6万人 in 13.6万人)
        at = clean.find(quote, at + 1)
        while at > 0 and (clean[at - 1].isdigit() or clean[at - 1] == "."):
            at = clean.find(quote, at + 1)
    if at < 0:
        raise ValueError(f"{doc}: {quote} (mention {k + 1}) not in the text")
    seen[quote] = k + 1
    context = clean[max(0, at - 14):at + len(quote) + 4].replace("\n", "")
    value = int(value) if float(value).is_integer() and value >= 1 and measure not in ("%",) else round(value, 6)
    g = {"doc": doc, "quote": quote, "value": value, "value_high": None, "measure": measure, "qualifier": qual,
         "role": {"L": "level", "T": "target", "C": "change"}[role], "topic": topic,
         "tier": "optional" if "O" in flags else "must", "context": context}
    if place != "-":
        g["place"] = place
    if period != "-":
        g["period"] = period
    return g


def main() -> None:
    """`--clean DIR` also writes each page's clean text (reading order, no damage) with the manifest
    there, to tell what the layout repair loses from what the rules miss; `--pdf DIR` keeps each
    page's PDF there, to compare stats reading the PDF itself with the extractor's text."""
    _register()
    from reportlab import rl_config

    rl_config.invariant = 1  # a page kept as PDF (tool `stats`) is the same bytes at every build
    clean_dir = Path(sys.argv[sys.argv.index("--clean") + 1]) if "--clean" in sys.argv else None
    pdf_dir = Path(sys.argv[sys.argv.index("--pdf") + 1]) if "--pdf" in sys.argv else None
    texts = OUT / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    gold, manifest = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for p in PAGES:
            pdfnews.FOOTER = p["footer"]
            pdf = Path(tmp) / f"{p['doc']}.pdf"
            drawn = pdfnews.typeset_news(pdf, layout(p["items"], p.get("leading", 1.5)), p["head"])
            if p["tool"] == "stats":  # the PDF itself, read by stats (stats/read/pdf.py), kept in the set
                (texts / pdf.name).write_bytes(pdf.read_bytes())
                manifest.append((pdf.name, p["date"], p["source"]))
            else:
                try:
                    text = extract(p["tool"], pdf)
                except (ModuleNotFoundError, FileNotFoundError) as err:  # an extractor not installed here (pypdf is
                    kept = texts / f"{p['doc']}.txt"  # a build-only extra, poppler's pdftotext a program): the page
                    if not kept.exists():  # keeps the text it was committed with
                        raise
                    print(p["doc"], f"{p['tool']} not installed ({getattr(err, 'name', None) or err.filename}): "
                          "its committed text kept")
                    text = None
            if pdf_dir:
                pdf_dir.mkdir(parents=True, exist_ok=True)
                (pdf_dir / pdf.name).write_bytes(pdf.read_bytes())
            if p["tool"] != "stats" and text is None:
                manifest.append((f"{p['doc']}.txt", p["date"], p["source"]))
            elif p["tool"] != "stats":
                if p.get("spaced"):
                    text = space_out(text, p["spaced"])
                if p.get("fullwidth"):
                    text = text.translate(str.maketrans("0123456789%", "０１２３４５６７８９％"))
                (texts / f"{p['doc']}.txt").write_text(text, encoding="utf-8")
                manifest.append((f"{p['doc']}.txt", p["date"], p["source"]))
            clean = drawn.clean
            if clean_dir:
                clean_dir.mkdir(parents=True, exist_ok=True)
                (clean_dir / f"{p['doc']}.txt").write_text(p["head"] + "\n" + clean + "\n" + p["footer"] + "\n",
                                                           encoding="utf-8")
            seen: dict = {}
            for line in p["gold"].strip().splitlines():
                if line.strip() and not line.startswith("#"):
                    gold.append(figure(p["doc"], line, clean, seen))
            print(p["doc"], p["tool"], len(clean), "chars", sum(1 for g in gold if g["doc"] == p["doc"]), "figures")
    for folder in [texts] + ([clean_dir] if clean_dir else []):
        with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["file", "published", "source"])
            w.writerows(manifest)
    with (OUT / "pages.jsonl").open("w", encoding="utf-8") as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
