"""Source files to text: UTF-8 (with or without BOM) or GB18030/GBK, the encoding recorded.

A small file is read and decoded whole. A large one (`stream_source`) is hashed and its
encoding judged chunk by chunk, and its text reaches the pipeline a chunk at a time, so
memory does not grow with the file.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from stats.errors import InputError
from stats.read.decode import as_read, decode_bytes, decode_chunks, detect
from stats.read.manifest import DocMeta

if TYPE_CHECKING:
    from stats.read.pdf import PageMap

CHUNK_BYTES = 4 << 20  # a large file is read and decoded this many bytes at a time
HEAD_CHARS = 2000  # the opening of a text, read before its articles (where a document is placed)


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
    meta: DocMeta | None = None  # the manifest's line for the file: date, source, default place
    opening: str = ""  # a streamed file's first HEAD_CHARS characters (the whole text has them)
    layout: PageMap | None = None  # a PDF's text: each character's page and box

    def head(self) -> str:
        """The first HEAD_CHARS characters, whole or streamed alike, without reading on."""
        return self.opening if self.stream is not None else self.text[:HEAD_CHARS]

    def pieces(self) -> Iterator[str]:
        """The text in order, whole or a chunk at a time; the pieces join to the text."""
        if self.stream is not None:
            yield from self.stream()
        elif self.text:
            yield self.text


SUFFIXES = (".txt", ".pdf")  # dropped from a file's name to make its doc_id


def readable(name: str | os.PathLike[str]) -> str:
    """A file name as text that can be stored and printed: bytes that are not UTF-8 (carried by
    Python as lone surrogates, which Parquet and the terminal refuse) shown as \\xNN."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def doc_id_of(path: Path) -> str:
    """The doc_id of a file given alone: its name without the suffix."""
    return _strip_suffix(readable(path.name))


def _strip_suffix(name: str) -> str:
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


@dataclass(frozen=True)
class SourceFile:
    """A file to extract as listed before any is read: where it is, the id its rows get, how it is shown.

    `problem` says why it cannot be read at all (not a regular file, a dangling link…);
    such a file becomes one `errors` row and is never opened.
    """

    path: Path  # as found, possibly holding undecodable bytes of the name
    doc_id: str  # the path below the corpus root, suffix dropped, readable: 2020/page1
    shown: str  # the path as stored in the tables and printed: readable
    size: int = 0
    problem: str = ""


def source_file(path: Path, doc_id: str | None = None) -> SourceFile:
    """A SourceFile for one path (its doc_id its bare name unless given), checked like a listed one."""
    path = Path(path)
    problem, size = unreadable(path)
    return SourceFile(path, doc_id or doc_id_of(path), readable(path), size, problem)


_KINDS = (
    (stat.S_ISDIR, "a folder (named like a text file)"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
NOT_REGULAR_HINT = "stats reads regular files only; pass the file itself"


def _kind(mode: int) -> str:
    return next((what for test, what in _KINDS if test(mode)), "not a regular file")


def unreadable(path: Path) -> tuple[str, int]:
    """(why the file cannot be read or "", its size): checked with stat, before any byte is read,
    so a FIFO never blocks and /dev/zero is never read."""
    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop: the link leads back to itself (fix or remove the link)", 0
        if exc.errno == errno.ENOENT and os.path.islink(path):
            target = readable(os.readlink(path))
            return f"dangling symbolic link: it points to {target}, which does not exist (fix or remove the link)", 0
        return f"cannot read: {exc.strerror or exc}", 0
    if not stat.S_ISREG(st.st_mode):
        return f"not a regular file: {_kind(st.st_mode)} ({NOT_REGULAR_HINT})", 0
    return "", st.st_size


def open_regular(path: Path) -> tuple[int, int]:
    """An open descriptor and the size of a regular file. Opened without blocking (a FIFO swapped
    in since the listing cannot hang the run) and checked again on the open file."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(readable(path), unreadable(path)[0] or f"cannot read: {exc.strerror or exc}") from exc
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise InputError(readable(path), f"not a regular file: {_kind(st.st_mode)}", NOT_REGULAR_HINT)
    return fd, st.st_size


def read_regular(path: Path) -> bytes:
    """The bytes of a regular file, at most the size it had when opened (a file still growing is
    read as far as it was)."""
    fd, size = open_regular(path)
    with os.fdopen(fd, "rb") as fh:
        try:
            return fh.read(size)
        except OSError as exc:
            raise InputError(readable(path), f"cannot read: {exc.strerror or exc}") from exc


def is_pdf(path: Path) -> bool:
    return path.suffix.lower() == ".pdf"


def read_pdf(path: Path, doc_id: str | None = None) -> Source:
    """A PDF's pages as text in reading order (`pdf.read_pdf_text`); its characters keep page and box."""
    from stats.read.pdf import read_pdf_text  # here: a run over text files never loads the PDF reader (start-up)

    data = read_regular(path)
    got = read_pdf_text(path)
    return Source(doc_id or doc_id_of(path), readable(path), got.text, "pdf", hashlib.sha256(data).hexdigest(),
                  len(data), got.warnings, layout=got.map)


def read_source(path: Path, doc_id: str | None = None) -> Source:
    if is_pdf(Path(path)):
        return read_pdf(Path(path), doc_id)
    data = read_regular(path)
    shown = readable(path)
    d = decode_bytes(data, shown)
    return Source(doc_id or doc_id_of(path), shown, d.text, d.encoding, hashlib.sha256(data).hexdigest(), len(data),
                  d.warnings)


def _chunks(path: Path, size: int = CHUNK_BYTES) -> Iterator[bytes]:
    """The file's bytes a chunk at a time, no further than its size when opened."""
    fd, left = open_regular(path)
    with os.fdopen(fd, "rb") as fh:
        while left > 0 and (data := fh.read(min(size, left))):
            left -= len(data)
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


def stream_source(path: Path, chunk_bytes: int | None = None, on_read: ReadFn | None = None,
                  doc_id: str | None = None) -> Source:
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
        raise InputError(readable(path), f"cannot read: {exc.strerror or exc}") from exc
    decoding = detect(lambda: _chunks(path, chunk_bytes), head, blank, readable(path))

    def stream() -> Iterator[str]:
        if on_read is None:
            return decode_chunks(_chunks(path, chunk_bytes), decoding.encoding)
        data = _bytes_reported(_chunks(path, chunk_bytes), on_read)
        return _chars_reported(decode_chunks(data, decoding.encoding), on_read)

    opening = ""
    for piece in decode_chunks(_chunks(path, chunk_bytes), decoding.encoding):  # not reported: read again later
        opening += piece
        if len(opening) >= HEAD_CHARS:
            break
    return Source(doc_id or doc_id_of(path), readable(path), "", decoding.encoding, digest.hexdigest(), size,
                  decoding.warnings, stream=stream, opening=opening[:HEAD_CHARS])


def source_from_text(text: str, doc_id: str = "text") -> Source:
    """Text given directly (examples, `stats explain`) as if it were a file: its HTML character references read
    and a CSV table's cells set apart as a file's are."""
    data = text.encode("utf-8")
    text = as_read(text)
    return Source(doc_id, "<text>", text, "utf-8", hashlib.sha256(data).hexdigest(), len(data))


def find_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The paths of `find_sources`, readable or not."""
    for item in find_sources(paths):
        yield item.path


def _walk(folder: Path, seen: set[tuple[int, int]], found: list[SourceFile | Path]) -> None:
    """Every *.txt and *.pdf entry below folder, whatever its type (a FIFO or a folder named x.txt is listed,
    to be reported); folders behind symbolic links are followed once (a loop is listed as a problem)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        found.append(SourceFile(folder, "", readable(folder), 0,
                                f"cannot list this folder: {exc.strerror or exc} (its files were not read)"))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.lower().endswith((".txt", ".pdf")):
            found.append(path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            continue
        try:
            st = os.stat(path)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:
            if entry.is_symlink():
                found.append(SourceFile(path, "", readable(path), 0, "symbolic link loop: this link leads back "
                                        "to a folder already read (not followed)"))
            continue
        seen.add((st.st_dev, st.st_ino))
        _walk(path, seen, found)


def find_sources(paths: Iterable[Path]) -> list[SourceFile]:
    """A file as given, or every *.txt and *.pdf below a folder, in a stable order, each with a unique doc_id.

    The doc_id is the path below the common root of what was given (the folder itself when one
    folder is given), without `.txt`: `2020/page1` and `2023/page1` are two documents. Two
    different paths can only get one id when a name's undecodable bytes are shown as the text
    of another name; the second then gets `~2`, so duplicates cannot happen.
    """
    given = [Path(p) for p in paths]
    roots = []
    for p in given:
        if not os.path.lexists(p):
            raise InputError(readable(p), "no such file or folder")
        if p.is_dir() or p.is_file():  # a FIFO or /dev/zero named beside the corpus moves no ids
            roots.append(os.path.abspath(p if p.is_dir() else p.parent))
    base = os.path.commonpath(roots) if roots else ""
    out: list[SourceFile] = []
    ids: set[str] = set()
    listed: set[str] = set()
    for p in given:
        found: list[SourceFile | Path] = []
        if p.is_dir():
            st = os.stat(p)
            _walk(p, {(st.st_dev, st.st_ino)}, found)
        else:
            found.append(p)
        for item in sorted(found, key=lambda f: f.path if isinstance(f, SourceFile) else f):
            if isinstance(item, SourceFile):
                out.append(item)
                continue
            absolute = os.path.abspath(item)
            if absolute in listed:
                continue
            listed.add(absolute)
            rel = os.path.relpath(absolute, base) if base else item.name
            doc_id = _strip_suffix(readable(rel).replace(os.sep, "/"))
            unique, n = doc_id, 1
            while unique in ids:
                n += 1
                unique = f"{doc_id}~{n}"
            ids.add(unique)
            problem, size = unreadable(item)
            out.append(SourceFile(item, unique, readable(item), size, problem))
    return out
