"""Keep metadata.yml's column descriptions of the core tables equal to `stats.schema`.

`stats.schema` is where a column is declared and described; metadata.yml is what
Datasette reads. Copying the text by hand let the two drift, so the `columns:`
blocks of the schema's tables are generated here (`python scripts/sync_metadata.py`)
and a test fails when the file is out of date. The rest of the file (views,
queries, prose, comments) is left exactly as written.
"""

from __future__ import annotations

import yaml

from stats.schema import TABLES

_TABLE_INDENT = " " * 6
_COLUMN_INDENT = " " * 10


def column_lines(table: str) -> list[str]:
    """The `columns:` entries of one schema table, one YAML line per column."""
    lines = []
    for column in TABLES[table]:
        dumped = yaml.safe_dump({column.name: column.description}, allow_unicode=True, width=10_000).rstrip("\n")
        lines.append(_COLUMN_INDENT + dumped)
    return lines


def synced(text: str) -> str:
    """metadata.yml's text with each schema table's `columns:` block regenerated from `stats.schema`."""
    lines = text.split("\n")
    out: list[str] = []
    table: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith(_TABLE_INDENT) and not line.startswith(_TABLE_INDENT + " ") and line.rstrip().endswith(":"):
            table = line.strip()[:-1]
        out.append(line)
        index += 1
        if table in TABLES and line == _TABLE_INDENT + "  columns:":
            while index < len(lines) and lines[index].startswith(_COLUMN_INDENT):
                index += 1
            out.extend(column_lines(table))
    return "\n".join(out)
