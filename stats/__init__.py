"""stats: figures from Chinese news and government text, as tidy tables."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_LAZY = {"load": "stats.api", "connect": "stats.api", "extract_text": "stats.text", "extract_frame": "stats.text"}


def __getattr__(name: str) -> Any:
    """Import `stats.load`, `stats.connect`, `stats.extract_text`… on first use, so `import stats` stays light."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'stats' has no attribute {name!r}")


def __dir__() -> list[str]:
    """List the lazy `load` and `connect` too, so tab completion and dir(stats) show them."""
    return sorted(set(globals()) | set(_LAZY))
