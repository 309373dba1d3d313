"""One file in, its rows out as Arrow tables: the unit of work every engine schedules.

The local runner, its worker processes and Dask tasks all call `extract_file(path)`:
they send paths, not text, and each worker loads the rules once. A file that cannot
be read or extracted becomes an `errors` row instead of stopping the run.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from .cache import DocCache
from .errors import InputError
from .pipeline import Extractor
from .read import Source, decode, doc_id_of


@dataclass
class Outcome:
    """What became of one file: its tables, or an error row; `cached` when nothing was extracted."""

    path: str
    tables: dict[str, pa.Table] | None
    error: dict[str, str] | None
    chars: int = 0
    bytes: int = 0
    cached: bool = False


def extract_file(extractor: Extractor, path: Path, cache: DocCache | None = None) -> Outcome:
    """Read, hash, look up the cache, extract on a miss; never raises for a bad file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Outcome(str(path), None, {"path": str(path), "stage": "read",
                                         "message": f"cannot read: {exc.strerror or exc}"})
    sha = hashlib.sha256(data).hexdigest()
    doc_id = doc_id_of(path)
    if cache is not None:
        tables = cache.get(sha, doc_id, str(path))
        if tables is not None:
            return Outcome(str(path), tables, None, tables["documents"]["chars"][0].as_py(), len(data), cached=True)
    try:
        text, encoding = decode(data, str(path))
        size = len(data)
        del data  # the decoded text is all extraction needs; a large file should not be held twice
        tables = extractor.extract_tables(Source(doc_id, str(path), text, encoding, sha, size))
    except InputError as exc:
        return Outcome(str(path), None, {"path": str(path), "stage": "read",
                                         "message": exc.reason + (f" ({exc.hint})" if exc.hint else "")})
    except Exception as exc:  # noqa: BLE001 - one bad document must not lose the others
        print(f"stats: {path}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return Outcome(str(path), None, {"path": str(path), "stage": "extract",
                                         "message": f"{type(exc).__name__}: {exc}"})
    if cache is not None:
        cache.put(sha, tables)
    return Outcome(str(path), tables, None, len(text), size)
