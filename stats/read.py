"""Source files to text: UTF-8 (with or without BOM) or GB18030/GBK, the encoding recorded."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .decode import decode_bytes
from .errors import InputError


@dataclass(frozen=True)
class Source:
    doc_id: str
    path: str
    text: str
    encoding: str
    sha256: str
    size: int
    warnings: tuple[str, ...] = ()  # damage repaired while reading (truncated tail…)


def doc_id_of(path: Path) -> str:
    return path.name[:-4] if path.name.endswith(".txt") else path.name


def read_source(path: Path) -> Source:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    d = decode_bytes(data, str(path))
    return Source(doc_id_of(path), str(path), d.text, d.encoding, hashlib.sha256(data).hexdigest(), len(data),
                  d.warnings)


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
