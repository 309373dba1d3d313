"""Source files to text: UTF-8 (with or without BOM) or GB18030/GBK, the encoding recorded.

A small file is read and decoded whole. A large one (`stream_source`) is hashed and its
encoding judged chunk by chunk, and its text reaches the pipeline a chunk at a time, so
memory does not grow with the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from stats.errors import InputError

from .decode import decode_bytes, decode_chunks, detect
from .pdf import PageMap, read_pdf_text

SUFFIXES = (".txt", ".pdf")  # what a folder given to `stats extract` is searched for

CHUNK_BYTES = 4 << 20  # a large file is read and decoded this many bytes at a time


@dataclass(frozen=True)
class Source:
    doc_id: str
    path: str
    text: str  # the whole text; "" when `stream` gives it a piece at a time
    encoding: str
    sha256: str
    size: int
    warnings: tuple[str, ...] = ()  # damage repaired while reading (truncated tail…)
    stream: Callable[[], Iterator[str]] | None = None
    layout: PageMap | None = None  # a PDF's text: each character's page and box

    def pieces(self) -> Iterator[str]:
        """The text in order, whole or a chunk at a time; the pieces join to the text."""
        if self.stream is not None:
            yield from self.stream()
        elif self.text:
            yield self.text


def doc_id_of(path: Path) -> str:
    return path.name[:-4] if path.name.lower().endswith(SUFFIXES) else path.name


def is_pdf(path: Path) -> bool:
    return path.suffix.lower() == ".pdf"


def read_pdf(path: Path) -> Source:
    """A PDF's pages as text in reading order (`pdf.read_pdf_text`); its characters keep page and box."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    got = read_pdf_text(path)
    return Source(doc_id_of(path), str(path), got.text, "pdf", hashlib.sha256(data).hexdigest(), len(data),
                  got.warnings, layout=got.map)


def read_source(path: Path) -> Source:
    if is_pdf(path):
        return read_pdf(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    d = decode_bytes(data, str(path))
    return Source(doc_id_of(path), str(path), d.text, d.encoding, hashlib.sha256(data).hexdigest(), len(data),
                  d.warnings)


def _chunks(path: Path, size: int = CHUNK_BYTES) -> Iterator[bytes]:
    with path.open("rb") as fh:
        while data := fh.read(size):
            yield data


ReadFn = Callable[[int, int], None]  # (characters, bytes) just taken


def _bytes_reported(chunks: Iterable[bytes], on_read: ReadFn) -> Iterator[bytes]:
    for data in chunks:
        on_read(0, len(data))
        yield data


def _chars_reported(pieces: Iterable[str], on_read: ReadFn) -> Iterator[str]:
    for piece in pieces:
        on_read(len(piece), 0)
        yield piece


def stream_source(path: Path, chunk_bytes: int | None = None, on_read: ReadFn | None = None) -> Source:
    """A file whose text is decoded chunk by chunk each time it is read: hashed and judged first,
    so a bad file fails here (InputError), before any extraction. on_read(chars, bytes) hears of
    every piece as the pipeline takes it: a 200 MB file shows progress while it is extracted."""
    chunk_bytes = chunk_bytes or CHUNK_BYTES
    digest, size, head, blank = hashlib.sha256(), 0, b"", True
    try:
        for data in _chunks(path, chunk_bytes):
            digest.update(data)
            size += len(data)
            if len(head) < 4096:
                head += data[:4096]
            blank = blank and not data.strip()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    decoding = detect(lambda: _chunks(path, chunk_bytes), head, blank, str(path))

    def stream() -> Iterator[str]:
        if on_read is None:
            return decode_chunks(_chunks(path, chunk_bytes), decoding.encoding)
        data = _bytes_reported(_chunks(path, chunk_bytes), on_read)
        return _chars_reported(decode_chunks(data, decoding.encoding), on_read)

    return Source(doc_id_of(path), str(path), "", decoding.encoding, digest.hexdigest(), size, decoding.warnings,
                  stream=stream)


def source_from_text(text: str, doc_id: str = "text") -> Source:
    """Text given directly (examples, `stats explain`) as if it were a file."""
    data = text.encode("utf-8")
    return Source(doc_id, "<text>", text, "utf-8", hashlib.sha256(data).hexdigest(), len(data))


def find_files(paths: Iterable[Path]) -> Iterator[Path]:
    """A file as given, or every *.txt and *.pdf below a folder, in a stable order."""
    for p in paths:
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*") if q.suffix.lower() in SUFFIXES and q.is_file())
        elif p.exists():
            yield p
        else:
            raise InputError(str(p), "no such file or folder")
