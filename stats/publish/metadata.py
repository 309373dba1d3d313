"""Read `metadata.yml`, the Datasette metadata that also documents the DuckDB file.

The file lives at the repository root so people find it beside the README; this
module is the one place that knows where it is and how it is laid out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

DATABASE = "stats"
"""Datasette names a database after its file: `stats.db` is served as `stats`."""

METADATA_PATH = Path(__file__).resolve().parents[2] / "metadata.yml"


def load_metadata(path: Path = METADATA_PATH) -> dict[str, Any]:
    """The parsed metadata, with a remedy in the error if the file is missing."""
    if not path.exists():
        raise FileNotFoundError(
            f"{path} not found: stats publishes with the metadata.yml of a source checkout "
            "(install with `pip install -e .`) or pass --metadata."
        )
    with path.open(encoding="utf-8") as handle:
        # libyaml's loader when PyYAML has it: the pure-Python one took 0.3-0.5 s of every build
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def table_metadata(metadata: dict[str, Any], table: str) -> dict[str, Any]:
    """The metadata block of one table or view of the stats database ({} if absent)."""
    tables = metadata.get("databases", {}).get(DATABASE, {}).get("tables", {})
    return tables.get(table) or {}


def column_descriptions(metadata: dict[str, Any], table: str) -> dict[str, str]:
    """Column name → description for one table or view."""
    return dict(table_metadata(metadata, table).get("columns") or {})
