"""A shipped or gold text as a page gives it, for the tests that run a check over every line stats may meet."""

from __future__ import annotations

from pathlib import Path


def decoded(path: Path) -> str:
    """A text as a page gives it: some of the damaged sets' texts are saved in GB18030, as real pages are."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")
