"""The `stats build` and `stats serve` commands: thin click shells over `stats.publish`."""

from __future__ import annotations

from pathlib import Path

import click

from stats.publish.metadata import METADATA_PATH
from stats.publish.serve import HOST, PORT, database_path


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data"),
    show_default=True,
    help="Directory for the Parquet files, stats.duckdb and stats.db.",
)
@click.option(
    "--rules",
    "rules_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Rules directory (default: the rules shipped with stats).",
)
def build(paths: tuple[Path, ...], out_dir: Path, rules_dir: Path | None) -> None:
    """Extract PATHS (default data/corpus) and publish Parquet, DuckDB and SQLite into --out.

    The files are written beside the target and moved into place only when all of
    them are complete, so a failed build leaves the previous ones untouched.
    """
    from stats.check.rulecheck import require_rules
    from stats.errors import StatsError
    from stats.publish.build import build as run_build

    require_rules(rules_dir, f"nothing was published; {out_dir} is as it was")
    sources = list(paths) or [Path("data/corpus")]
    try:
        tables = run_build(sources, out_dir, rules_dir)
    except StatsError as exc:  # KeyViolation too; printed by the CLI's one error path
        exc.consequence = f"nothing was published; {out_dir} is as it was."
        raise
    except OSError as exc:  # an --out that cannot be made or written
        err = StatsError(f"{out_dir}: cannot write the build: {exc.strerror or exc} (free space or pick --out)")
        err.consequence = f"nothing was published; {out_dir} is as it was."
        raise err from exc
    for name, table in tables.items():
        click.echo(f"{name:<10} {table.num_rows:>6} rows")
    for row in tables["errors"].to_pylist():
        click.echo(f"stats: {row['path']}: {row['stage']}: {row['message']}", err=True)
    click.echo(f"wrote {out_dir}/*.parquet, {out_dir}/stats.duckdb, {database_path(out_dir)}")


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
