"""Page pictures for figures read from PDF: the region of the page around a figure, the figure boxed in red.

A reader checking a figure wants to see it where it was printed. At build time every
figure with a page box (`src_page`, `src_x0`…) gets a PNG of its neighbourhood on the
page, rendered by PDFium from the source PDF, stored under `pages/` in the build; the
Datasette row page shows it (`page_plugin`). No network, no image library: PDFium
draws the box into its bitmap and the PNG is written with zlib.
"""

from __future__ import annotations

import hashlib
import struct
import sys
import zlib
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa

PAGES_DIR = "pages"
BOX_COLUMNS = ("figure_id", "doc_id", "src_page", "src_x0", "src_y0", "src_x1", "src_y1")  # what a picture needs
SCALE = 2.0  # pixels per point: 144 dpi
AROUND = (160.0, 70.0)  # points of page shown left/right and above/below the figure
RED = 0xFFD62728  # ARGB


def image_name(figure_id: str) -> str:
    """File name of a figure's picture: a hash, so any figure id makes a safe, short name."""
    return hashlib.sha1(figure_id.encode("utf-8")).hexdigest()[:20] + ".png"


def _png(width: int, height: int, rows: list[bytes]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


def render_region(page: object, box: tuple[float, float, float, float]) -> bytes:
    """PNG of the page around box (x0, top, x1, bottom in points from the top left), the box outlined."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    x0, y0, x1, y1 = box
    rx0, rx1 = max(0.0, x0 - AROUND[0]), min(width, x1 + AROUND[0])
    ry0, ry1 = max(0.0, y0 - AROUND[1]), min(height, y1 + AROUND[1])
    bitmap = page.render(scale=SCALE, crop=(rx0, height - ry1, width - rx1, ry0),
                         force_bitmap_format=raw.FPDFBitmap_BGR)
    w, h = bitmap.width, bitmap.height
    left, top = int((x0 - rx0) * SCALE) - 3, int((y0 - ry0) * SCALE) - 3
    right, bottom = int((x1 - rx0) * SCALE) + 3, int((y1 - ry0) * SCALE) + 3
    for lx, ly, lw, lh in ((left, top, right - left, 2), (left, bottom - 2, right - left, 2),
                           (left, top, 2, bottom - top), (right - 2, top, 2, bottom - top)):
        lx, ly = max(lx, 0), max(ly, 0)
        lw, lh = min(lw, w - lx), min(lh, h - ly)
        if lw > 0 and lh > 0:
            raw.FPDFBitmap_FillRect(bitmap.raw, lx, ly, lw, lh, RED)
    data = bytes(bitmap.buffer)
    stride = bitmap.stride
    rows = []
    for r in range(h):
        bgr = data[r * stride: r * stride + 3 * w]
        rgb = bytearray(bgr)
        rgb[0::3], rgb[2::3] = bgr[2::3], bgr[0::3]
        rows.append(bytes(rgb))
    bitmap.close()
    return _png(w, h, rows)


def write_page_images(figures: pa.Table, documents: pa.Table, out: Path) -> int:
    """A picture under out/pages for every figure with a page box whose PDF is still there; returns how many.

    A PDF that moved or no longer opens costs its pictures only (a warning), not the build.
    """
    if "src_page" not in figures.column_names or figures["src_page"].null_count == figures.num_rows:
        return 0  # no figure read from a PDF page (most builds): pyarrow.compute (0.1 s to import) not needed
    import pyarrow.compute as pc  # here, not at import: `stats serve` and the CLI start without it

    boxed = figures.filter(pc.is_valid(figures["src_page"]))
    if boxed.num_rows == 0:
        return 0
    import pypdfium2 as pdfium

    paths = dict(zip(documents["doc_id"].to_pylist(), documents["path"].to_pylist(), strict=True))
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in boxed.select(list(BOX_COLUMNS)).to_pylist():
        by_doc[row["doc_id"]].append(row)
    folder = out / PAGES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for doc_id, rows in by_doc.items():
        path = paths.get(doc_id)
        try:
            pdf = pdfium.PdfDocument(str(path))
        except (pdfium.PdfiumError, OSError, TypeError) as exc:
            print(f"stats: {path}: no page pictures ({exc})", file=sys.stderr)
            continue
        try:
            for row in rows:
                page = pdf[row["src_page"] - 1]
                box = (row["src_x0"], row["src_y0"], row["src_x1"], row["src_y1"])
                (folder / image_name(row["figure_id"])).write_bytes(render_region(page, box))
                page.close()
                n += 1
        finally:
            pdf.close()
    return n
