"""Check that two `stats extract` output folders hold the same tables, row for row.

    python bench/same.py OUT_A OUT_B

Every optimisation must leave the figures unchanged: this compares each table present
in both folders (column by column, in order) and exits 1 on the first difference.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.parquet as pq

TABLES = ("figures", "articles", "sentences", "documents", "errors")
IGNORE = {"documents": {"path"}}  # the same corpus may be given by another path


def differences(a: Path, b: Path) -> list[str]:
    out = []
    for name in TABLES:
        pa_, pb = a / f"{name}.parquet", b / f"{name}.parquet"
        if not (pa_.exists() and pb.exists()):
            continue
        ta, tb = pq.read_table(pa_), pq.read_table(pb)
        if ta.num_rows != tb.num_rows:
            out.append(f"{name}: {ta.num_rows} rows vs {tb.num_rows}")
            continue
        for col in ta.column_names:
            if col in IGNORE.get(name, ()):
                continue
            if col not in tb.column_names:
                out.append(f"{name}.{col}: missing in {b}")
            elif not ta.column(col).equals(tb.column(col)):
                va, vb = ta.column(col).to_pylist(), tb.column(col).to_pylist()
                i = next(i for i, (x, y) in enumerate(zip(va, vb, strict=True)) if x != y)
                out.append(f"{name}.{col}: row {i}: {va[i]!r} vs {vb[i]!r}")
    return out


def _folder(arg: str) -> Path:
    """An output folder holding figures.parquet: a file or an empty folder would compare nothing and say same."""
    path = Path(arg)
    if not (path / "figures.parquet").is_file():
        sys.exit(f"same.py: {arg} is no `stats extract` output folder (no figures.parquet in it)")
    return path


if __name__ == "__main__":
    diffs = differences(_folder(sys.argv[1]), _folder(sys.argv[2]))
    print("\n".join(diffs) or "same")
    sys.exit(1 if diffs else 0)
