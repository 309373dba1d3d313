"""Serve the SQLite copy with Datasette: loopback only, immutable, time-limited, with our plugin.

The database is opened immutable (`-i`), so Datasette reads it without locks and
cannot write to it, and the settings bound what one request may cost. The plugin
module is registered in-process rather than copied into a plugins directory, so
the installed package is the only copy of it.
"""

from __future__ import annotations

from pathlib import Path

from .metadata import DATABASE, METADATA_PATH
from .pages import PAGES_DIR

TEMPLATES = Path(__file__).resolve().parent / "templates"
"""Page templates that extend Datasette's own (`default:table.html`): folded column help, charts."""

HOST = "127.0.0.1"
PORT = 8001

SETTINGS: dict[str, int] = {
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 10000,
    "default_page_size": 50,
    "facet_time_limit_ms": 500,
}
"""A query may run three seconds; a JSON or CSV page may hold up to 10,000 rows."""


def database_path(data_dir: Path) -> Path:
    """The SQLite file `stats build` wrote into `data_dir`."""
    return data_dir / f"{DATABASE}.db"


def datasette_argv(data_dir: Path, host: str = HOST, port: int = PORT, metadata: Path = METADATA_PATH) -> list[str]:
    """The `datasette serve` arguments for a build in `data_dir`."""
    argv = ["serve", "-i", str(database_path(data_dir)), "--host", host, "--port", str(port)]
    argv += ["--metadata", str(metadata), "--template-dir", str(TEMPLATES)]
    if (data_dir / PAGES_DIR).is_dir():  # pictures of the figures read from PDF pages
        argv += ["--static", f"{PAGES_DIR}:{data_dir / PAGES_DIR}"]
    for name, value in SETTINGS.items():
        argv += ["--setting", name, str(value)]
    return argv


def register_plugin() -> None:
    """Register the stats plugins with Datasette's plugin manager, once per process: the
    pages (datasette_plugin), the bounds on every query (limits) and the PDF page pictures (page_plugin)."""
    from datasette.plugins import pm

    from . import datasette_plugin, limits, page_plugin

    if not pm.is_registered(datasette_plugin):
        pm.register(datasette_plugin, name="stats")
    if not pm.is_registered(limits):
        pm.register(limits, name="stats-limits")
    if not pm.is_registered(page_plugin):
        pm.register(page_plugin, name="stats-pages")


def serve(data_dir: Path, host: str = HOST, port: int = PORT, metadata: Path = METADATA_PATH) -> None:
    """Run Datasette in this process until it is stopped."""
    from datasette.cli import cli as datasette_cli

    register_plugin()
    datasette_cli.main(args=datasette_argv(data_dir, host, port, metadata), prog_name="datasette")
