"""Hash of the stats code itself, for everything cached across runs.

Cached results (document rows, a rule set's checked examples) depend on the rule files
and on the code that reads and applies them: a new version of the extractor must not
reuse what an old one decided.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

_ENGINE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def engine_digest() -> str:
    """Short hash of every .py file of the stats package (names and bytes); once per process."""
    h = hashlib.sha256()
    for p in sorted(_ENGINE.rglob("*.py")):
        h.update(p.relative_to(_ENGINE).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]
