"""The `stats build` and `stats serve` commands: thin click shells over `stats.publish`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from stats.publish.metadata import METADATA_PATH
from stats.publish.serve import HOST, PORT, database_path


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("data"),
    show_default=True,
    help="Directory for the Parquet files, stats.duckdb and stats.db.",
)
@click.option(
    "--rules",
    "rules_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Rules directory (default: the rules shipped with stats).",
)
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores). Output is identical for any N.")
@click.option("--no-cache", is_flag=True,
              help="Extract every document again instead of reusing OUT/.stats-cache (kept per rules version).")
@click.option("--strict", is_flag=True,
              help="Exit 1 when anything lands in the errors table (the build is still published).")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
def build(paths: tuple[Path, ...], out_dir: Path, rules_dir: Path | None, jobs: int | None, no_cache: bool,
          strict: bool, quiet: bool) -> None:
    """Extract PATHS (default data/corpus) and publish Parquet, DuckDB and SQLite into --out.

    The same extraction as `stats extract` (parallel, cached, streamed to Parquet)
    writes a new generation folder; the build is published by switching one link,
    `OUT/current`, so readers see the previous build or this one, never a mix. Exit
    status as for extract: 0 published, 1 published with --strict and rows in
    errors, 2 nothing published.
    """
    from stats.check.rulecheck import require_rules
    from stats.errors import StatsError
    from stats.publish.atomic import data_dir
    from stats.publish.build import CATALOG_TABLES, row_counts
    from stats.publish.build import build as run_build
    from stats.run.preflight import check_free_space, check_inputs, check_out_dir
    from stats.run.progress import Progress
    from stats.run.runner import default_jobs
    from stats.schema import TABLES

    unchanged = f"nothing was published; {out_dir} is as it was"
    require_rules(rules_dir, unchanged)
    sources = list(paths) or [Path("data/corpus")]
    try:
        check_inputs(sources)
        check_out_dir(out_dir)
        check_free_space(out_dir, sources)
        totals = run_build(sources, out_dir, rules_dir, jobs=jobs or default_jobs(), cache=not no_cache,
                           progress=Progress(not quiet))
    except StatsError as exc:  # KeyViolation too; printed by the CLI's one error path
        exc.consequence = unchanged + "."
        raise
    except OSError as exc:
        where = exc.filename or out_dir
        error = StatsError(f"{where}: cannot write the build: {exc.strerror or exc} (free space or pick --out)")
        error.consequence = unchanged + "."
        raise error from exc
    published = data_dir(out_dir)
    for name, rows in row_counts(published, list(TABLES) + list(CATALOG_TABLES)).items():
        click.echo(f"{name:<10} {rows:>6} rows")
    click.echo(f"stats: {totals.done - totals.failed} documents, {totals.figures} figures"
               + totals.error_summary(out_dir), err=True)
    for row in totals.errors:
        click.echo(f"stats: {row['path']}: {row['stage']}: {row['message']}", err=True)
    click.echo(f"wrote {out_dir}/*.parquet, {out_dir}/stats.duckdb, {database_path(out_dir)} "
               f"(-> {published.name})")
    if strict and totals.errors:
        sys.exit(1)


@click.command()
@click.argument(
    "data_dir", required=False, type=click.Path(file_okay=False, path_type=Path), default=Path("data")
)
@click.option("--host", default=HOST, show_default=True, help="Interface to listen on.")
@click.option("--port", default=PORT, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--metadata",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=METADATA_PATH,
    show_default=True,
    help="Datasette metadata file.",
)
def serve(data_dir: Path, host: str, port: int, metadata: Path) -> None:
    """Serve DATA_DIR/stats.db (default data/) read-only with Datasette."""
    from stats.errors import StatsError
    from stats.publish.serve import serve as run_serve

    if not database_path(data_dir).exists():
        raise StatsError(
            f"{database_path(data_dir)} not found: run `stats build --out {data_dir}` first."
        )
    run_serve(data_dir, host, port, metadata)
