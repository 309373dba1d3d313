"""`stats extract --engine dask`: the same per-file function on a Dask cluster, written as hive-partitioned Parquet.

Tasks receive batches of file paths (never text) and write their own Parquet parts,
so nothing large travels through the scheduler; they return only counts and error
rows. Figures land in OUT/figures/source=<corpus folder>/year=<yyyy>/part-*.parquet,
the other tables in OUT/<table>/source=<corpus folder>/part-*.parquet. The year is the
figure's own period (its first year), else the year the document's figures mention
most, else the hive default partition (null). `read_figures` reads them back with the
partition columns typed, as DuckDB does with `hive_types`. See docs/SCALE.md.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from stats.read.sources import SourceFile, find_sources
from stats.rules.rulefile import load_rules
from stats.run.pipeline import Extractor
from stats.schema import arrow_schema
from stats.tables.rows import DOC_TABLES, table_from_rows

from .document import bulk_extractor, extract_file
from .runner import Totals, _batches

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
PARTITIONS = pa.schema([pa.field("source", pa.string()), pa.field("year", pa.int32())])

_extractors: dict[str | None, Extractor] = {}
_lock = threading.Lock()


def _extractor(rules_dir: str | None) -> Extractor:
    """One Extractor per worker process and rules folder: rules load once, not per task."""
    with _lock:
        if rules_dir not in _extractors:
            _extractors[rules_dir] = bulk_extractor(load_rules(Path(rules_dir) if rules_dir else None))
        return _extractors[rules_dir]


def _years(figures: pa.Table) -> pa.Array:
    """The partition year of each figure: its period's first year, else the document's commonest year."""
    periods = figures["period"].to_pylist()
    own = [int(p[:4]) if p and p[:4].isdigit() else None for p in periods]
    common = Counter(y for y in own if y is not None).most_common(1)
    fallback = common[0][0] if common else None
    return pa.array([y if y is not None else fallback for y in own], pa.int32())


def _write(table: pa.Table, folder: Path, name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, folder / name, compression="zstd")


def run_task(paths: list[SourceFile], source: str, out_dir: str, rules_dir: str | None, task: int) -> list[dict[str, Any]]:
    """Extract a batch of files and write their rows as parts; returns one small summary per file."""
    extractor = _extractor(rules_dir)
    out = Path(out_dir)
    parts: dict[str, list[pa.Table]] = {name: [] for name in DOC_TABLES}
    summary = []
    for p in paths:
        res = extract_file(extractor, p)
        if res.tables is not None:
            for name in DOC_TABLES:
                parts[name].append(res.tables[name])
        if res.error:
            parts["errors"].append(table_from_rows([res.error], arrow_schema("errors")))
        summary.append({"chars": res.chars, "bytes": res.bytes, "figures": res.figures(), "error": res.error,
                        "problems": res.error_rows()})
    part = f"part-{task:06d}.parquet"
    src = f"source={source}"
    for name, tables in parts.items():
        if not tables:
            continue
        table = pa.concat_tables(tables)
        if name != "figures":
            _write(table, out / name / src, part)
            continue
        years = _years_by_document(table)
        for year in sorted(set(years.to_pylist()), key=lambda y: (y is None, y)):
            mask = pc.is_null(years) if year is None else pc.equal(years, year)
            _write(table.filter(mask), out / name / src / f"year={NULL_PARTITION if year is None else year}", part)
    return summary


def _years_by_document(figures: pa.Table) -> pa.Array:
    """Partition years, with each document's fallback year computed within that document."""
    if figures.num_rows == 0:
        return pa.array([], pa.int32())
    out: list[int | None] = []
    doc_ids = figures["doc_id"].to_pylist()
    start = 0
    for i in range(1, len(doc_ids) + 1):
        if i == len(doc_ids) or doc_ids[i] != doc_ids[start]:
            out += _years(figures.slice(start, i - start)).to_pylist()
            start = i
    return pa.array(out, pa.int32())


def _sources(paths: Iterable[Path]) -> list[tuple[str, list[SourceFile]]]:
    """Files grouped by the corpus folder they were given under (a file given alone: its folder),
    with the doc_ids of one listing of everything given (unique across the groups)."""
    paths = [Path(p) for p in paths]
    listed = find_sources(paths)
    groups = []
    for given in paths:
        name = given.name if given.is_dir() else given.parent.name
        under = os.path.abspath(given)
        files = [replace(f, path=Path(os.path.abspath(f.path))) for f in listed
                 if os.path.abspath(f.path) == under or os.path.abspath(f.path).startswith(under + os.sep)]
        groups.append((name or "corpus", files))
    return groups


def extract_dask(
    paths: Iterable[Path],
    out_dir: Path,
    rules_dir: Path | None = None,
    scheduler: str | None = None,
    progress: Callable[[Totals], None] | None = None,
    client: Any = None,
) -> Totals:
    """Run every file as Dask tasks; with no scheduler address, on a local cluster."""
    from distributed import Client, as_completed

    load_rules(rules_dir)  # a broken rule file fails here, once, not in every task
    own = client is None
    if own:
        client = Client(scheduler) if scheduler else Client(processes=False)
    out_dir = Path(out_dir).resolve()
    for name in DOC_TABLES:  # parts of an earlier run would mix with this one's
        shutil.rmtree(out_dir / name, ignore_errors=True)
    rules = str(Path(rules_dir).resolve()) if rules_dir else None
    totals = Totals()
    try:
        futures = []
        task = 0
        for source, files in _sources(paths):
            totals.files += len(files)
            totals.total_bytes += sum(f.size for f in files)
            for batch in _batches(files):
                futures.append(client.submit(run_task, batch, source, str(out_dir),
                                             rules, task, pure=False))
                task += 1
        for fut in as_completed(futures):
            for row in fut.result():
                totals.done += 1
                totals.extracted += row["error"] is None
                totals.done_bytes += row["bytes"]
                totals.chars += row["chars"]
                totals.figures += row["figures"]
                if row["error"]:
                    totals.errors.append(row["error"])
                    totals.failed += 1
                totals.errors += row["problems"]
                if progress:
                    progress(totals)
    finally:
        if own:
            client.close()
    return totals


def read_figures(out_dir: Path) -> pa.Table:
    """The figures of a Dask run, partition columns included and typed (source string, year int32)."""
    partitioning = ds.HivePartitioning(PARTITIONS, null_fallback=NULL_PARTITION)
    schema = pa.unify_schemas([arrow_schema("figures"), PARTITIONS])
    return ds.dataset(Path(out_dir) / "figures", format="parquet", partitioning=partitioning,
                      schema=schema).to_table()

