"""Hash of the stats code itself, and the stamps of checks already passed, for everything cached across runs.

Cached results (document rows, a rule set's checked examples, a lexicon file's schema
check) depend on the rule files and on the code that reads and applies them: a new
version of the extractor must not reuse what an old one decided.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path

_ENGINE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def engine_digest() -> str:
    """Short hash of every .py file of the stats package (names and bytes); once per process. BLAKE2b,
    not SHA-256: 1.3 MB of code at every start is 35 M instructions of SHA-256 where the CPU has no SHA
    extension, 17 M of BLAKE2b (a cache key, not a signature: either tells an edit).

    Reading and hashing the 1.3 MB was still ~29 M instructions of a ~800 M start, for the same
    bytes each time: the hash is kept in the cache folder under a key made of every file's name,
    size, inode and modification and change times (`_engine_stats`, ~3 M), as Python keeps a
    module's bytecode by its source's size and time. Any write to a file changes its change time
    (which no tool can set back, unlike the modification time), so an edited file is hashed again;
    a missing, unreadable or damaged memo only costs the hashing."""
    key = hashlib.blake2b(_engine_stats().encode(), digest_size=16).hexdigest()
    # one memo per checkout (by the package's folder), rewritten when its files change
    memo = cache_root() / "code" / f"engine-{hashlib.blake2b(str(_ENGINE).encode(), digest_size=8).hexdigest()}"
    try:
        kept_key, kept = memo.read_text(encoding="ascii").split(" ")
    except (OSError, ValueError):
        kept_key = kept = ""
    if kept_key == key and len(kept) == 16 and all(c in "0123456789abcdef" for c in kept):
        return kept
    digest = _hash_engine()
    _write_atomic(memo, f"{key} {digest}")
    return digest


def _engine_stats() -> str:
    """Every .py file of the package with what tells a write to it (see `engine_digest`)."""
    rows = []
    for folder, dirs, files in os.walk(_ENGINE):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                st = os.stat(os.path.join(folder, name))
                rows.append(f"{os.path.relpath(os.path.join(folder, name), _ENGINE)}|{st.st_size}|{st.st_ino}|"
                            f"{st.st_dev}|{st.st_mtime_ns}|{st.st_ctime_ns}")
    return f"{_ENGINE}\n" + "\n".join(sorted(rows))


def _hash_engine() -> str:
    """The hash itself: every .py file's path (relative, POSIX) then bytes, in sorted order."""
    h = hashlib.blake2b()
    for p in sorted(_ENGINE.rglob("*.py")):
        h.update(p.relative_to(_ENGINE).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


# Hashes of file sets already taken in this process, by (root, files), with the bytes they
# were taken of: a start asks for the hash of the rule files five times (the loaded-rules
# check twice, the rule set's digest three times), and SHA-256 of 180 KB is 5 M instructions
# where the CPU has no SHA extension. Reading the files again and comparing bytes is the
# check that they are unchanged, so an answer is always the hash of the files as they are now.
_FILES_HASHED: dict[tuple[Path, tuple[Path, ...]], tuple[tuple[bytes, ...], str]] = {}


def files_digest(root: Path, files: list[Path]) -> str:
    """SHA-256 (hex) of files under root, in sorted order, each as its path relative to root
    then its bytes; computed once per process while the bytes stay the same."""
    paths = tuple(sorted(files))
    contents = tuple(p.read_bytes() for p in paths)
    key = (root, paths)
    hit = _FILES_HASHED.get(key)
    if hit is not None and hit[0] == contents:
        return hit[1]
    digest = bytes_digest(root, dict(zip(paths, contents, strict=True)))
    _FILES_HASHED[key] = (contents, digest)
    return digest


def bytes_digest(root: Path, contents: dict[Path, bytes]) -> str:
    """`files_digest` of bytes already read: the hash of files as they were when read, not as they are now."""
    h = hashlib.sha256()
    for p in sorted(contents):
        h.update(str(p.relative_to(root)).encode())
        h.update(contents[p])
    return h.hexdigest()


def hashed_bytes(root: Path, files: list[Path]) -> dict[Path, bytes]:
    """The bytes the last `files_digest` of these files in this process was taken of (empty if none was)."""
    hit = _FILES_HASHED.get((root, tuple(sorted(files))))
    return dict(zip(tuple(sorted(files)), hit[0], strict=True)) if hit else {}


def cache_root() -> Path:
    """The user's cache folder for stats ($STATS_CACHE_DIR, $XDG_CACHE_HOME/stats, ~/.cache/stats)."""
    if os.environ.get("STATS_CACHE_DIR"):
        return Path(os.environ["STATS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "stats"


def stamp(kind: str, *parts: bytes) -> Path:
    """Where the record that `parts` passed check `kind` under this code lives (it may not exist)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(hashlib.sha256(part).digest())
    return cache_root() / kind / f"{h.hexdigest()[:32]}-{engine_digest()}"


def remember(path: Path, text: str = "") -> None:
    """Write a stamp atomically; a cache that cannot be written only costs the next start its check."""
    _write_atomic(path, text)


def _write_atomic(path: Path, text: str) -> None:
    """Write text to path by a rename (a reader sees the old file or the whole new one); a cache folder
    that cannot be written is no fault."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".stamp-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError:
        pass
