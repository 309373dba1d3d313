"""Source files to text: UTF-8 (with or without BOM) or GB18030/GBK, the encoding recorded."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

# GB18030 is a superset of GBK and GB2312, so one attempt covers all three.
ENCODINGS = ("utf-8-sig", "gb18030")


@dataclass(frozen=True)
class Source:
    doc_id: str
    path: str
    text: str
    encoding: str
    sha256: str
    size: int


def doc_id_of(path: Path) -> str:
    return path.name[:-4] if path.name.endswith(".txt") else path.name


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes, preferring UTF-8; binary data is refused rather than misread."""
    if not data.strip():
        raise InputError(path, "empty file", "nothing to extract; remove it or fill it")
    if b"\x00" in data[:4096]:
        raise InputError(path, "binary file (NUL bytes)", "stats reads plain-text .txt files")
    for enc in ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
            enc = "utf-8"
        return text, enc
    raise InputError(path, "cannot decode as UTF-8 or GB18030/GBK", "convert the file to UTF-8 (iconv -f BIG5 …)")


def read_source(path: Path) -> Source:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    text, encoding = decode(data, str(path))
    return Source(doc_id_of(path), str(path), text, encoding, hashlib.sha256(data).hexdigest(), len(data))


def source_from_text(text: str, doc_id: str = "text") -> Source:
    """Text given directly (examples, `stats explain`) as if it were a file."""
    data = text.encode("utf-8")
    return Source(doc_id, "<text>", text, "utf-8", hashlib.sha256(data).hexdigest(), len(data))


def find_files(paths: Iterable[Path]) -> Iterator[Path]:
    """A file as given, or every *.txt below a folder, in a stable order."""
    for p in paths:
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*.txt") if q.is_file())
        elif p.exists():
            yield p
        else:
            raise InputError(str(p), "no such file or folder")
