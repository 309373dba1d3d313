"""The `build` and `serve` commands as a user meets them: arguments, defaults and errors."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from stats.publish.serve import datasette_argv
from stats.publish_cli import serve


def test_serve_without_a_build_says_what_to_run(tmp_path: Path) -> None:
    result = CliRunner().invoke(serve, [str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path}/stats.db not found: run `stats build --out {tmp_path}` first." in result.output


def test_datasette_is_told_immutable_loopback_and_limits(tmp_path: Path) -> None:
    argv = datasette_argv(tmp_path, port=9000)
    assert argv[:3] == ["serve", "-i", str(tmp_path / "stats.db")]
    assert argv[argv.index("--host") + 1] == "127.0.0.1" and argv[argv.index("--port") + 1] == "9000"
    settings = {argv[i + 1]: argv[i + 2] for i, a in enumerate(argv) if a == "--setting"}
    assert {"sql_time_limit_ms", "max_returned_rows"} <= set(settings)
    assert Path(argv[argv.index("--metadata") + 1]).name == "metadata.yml"
