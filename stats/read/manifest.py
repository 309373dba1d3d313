"""A corpus folder's `manifest.csv`: each document's date, source and default place.

    file,published,source,place
    000_page.txt,2020-03-21,重庆日报,重庆市

`file` names a text in the same folder; `published` is YYYY-MM-DD (or YYYY-MM, YYYY,
or empty when unknown); `source` is the publisher as written; `place` (optional column)
is the area a document is about where its text does not say. The file may be UTF-8
(with or without BOM) or GBK/GB18030, like the texts. A bad line stops the run with
`manifest.csv:LINE: reason`, before anything is extracted: a wrong date would put every
figure of the document in the wrong year.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from stats.errors import InputError
from stats.read.decode import decode_bytes
from stats.rules.prepared import compiled_regex

MANIFEST = "manifest.csv"
COLUMNS = ("file", "published", "source", "place")
_DATE = compiled_regex(r"(?P<y>(?:19|20)\d{2})(?:[-/.](?P<m>1[0-2]|0?[1-9])(?:[-/.](?P<d>3[01]|[12]\d|0?[1-9]))?)?")


@dataclass(frozen=True)
class DocMeta:
    """What the manifest says of one document; `where` is its file:line, for messages."""

    published: str = ""
    source: str = ""
    place: str = ""
    where: str = ""

    def key(self) -> str:
        """What of the manifest changes a document's rows (the cache keys on it)."""
        return f"{self.published}|{self.source}|{self.place}"


def normalise_date(text: str) -> str | None:
    """2020-3-21, 2020/03/21, 2020.03 → 2020-03-21, 2020-03; '' stays ''; None if no date."""
    text = text.strip()
    if not text:
        return ""
    m = _DATE.fullmatch(text)
    if m is None:
        return None
    out = m.group("y")
    if m.group("m"):
        out += f"-{int(m.group('m')):02d}"
    if m.group("d"):
        out += f"-{int(m.group('d')):02d}"
    return out


def read_manifest(path: Path) -> dict[str, DocMeta]:
    """Every line of a manifest by file name; InputError names the file and line of a bad one."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read the manifest: {exc.strerror or exc}") from exc
    text = decode_bytes(data, str(path)).text
    rows = csv.reader(io.StringIO(text, newline=""))
    header = next(rows, None)
    if header is None:
        return {}
    header = [h.strip().lstrip("\ufeff").lower() for h in header]
    if "file" not in header:
        raise InputError(f"{path}:1", f"the header has no 'file' column (columns: {', '.join(COLUMNS)})",
                         "the first line names the columns")
    col = {name: header.index(name) for name in COLUMNS if name in header}
    out: dict[str, DocMeta] = {}
    for line, row in enumerate(rows, 2):
        if not any(cell.strip() for cell in row):
            continue
        where = f"{path}:{line}"
        if len(row) > len(header):
            raise InputError(where, f"{len(row)} fields where the header has {len(header)} (a comma inside a "
                             "field needs double quotes)")
        cell = {name: (row[i].strip() if i < len(row) else "") for name, i in col.items()}
        name = cell["file"]
        if not name:
            raise InputError(where, "the 'file' field is empty")
        published = normalise_date(cell.get("published", ""))
        if published is None:
            raise InputError(where, f"published '{cell['published']}' is no date", "write YYYY-MM-DD, or leave it empty")
        if name in out:
            raise InputError(where, f"'{name}' is listed twice (first at {out[name].where.rsplit(':', 1)[-1]})")
        out[name] = DocMeta(published, cell.get("source", ""), cell.get("place", ""), where)
    return out


@lru_cache(maxsize=64)
def _cached(path: str, mtime_ns: int, size: int) -> dict[str, DocMeta]:
    return read_manifest(Path(path))


def manifest_of(folder: Path) -> dict[str, DocMeta]:
    """The manifest of a folder (read once while unchanged), or {} where there is none."""
    path = Path(folder) / MANIFEST
    try:
        st = os.stat(path)
    except OSError:
        return {}
    return _cached(str(path), st.st_mtime_ns, st.st_size)


def meta_for(path: Path) -> DocMeta | None:
    """The manifest line of a text file, from the manifest in its folder."""
    path = Path(path)
    return manifest_of(path.parent).get(path.name)
