"""Command line: a thin shell over the library (sqlite-utils style)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from stats.errors import InputError, StatsError
from stats.run.progress import Progress as _Progress  # noqa: F401 - used by the commands below, and tests

DEFAULT_CORPUS = Path("data/corpus")


def _publishing(name: str) -> click.Command:
    """`stats build` and `stats serve`, imported when one of them is asked for (or listed by --help):
    their module pulls in yaml and the site's code, a tenth of the start of every other command."""
    from stats.publish.cli import build, serve

    return {"build": build, "serve": serve}[name]


class StatsGroup(click.Group):
    """The one error path: a user fault (StatsError) anywhere under a command is printed as
    `stats: error: …` (after its details) with exit status 2, never as a traceback."""

    LAZY = ("build", "serve")  # commands defined in stats.publish.cli, added on first use

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY and cmd_name not in self.commands:
            self.add_command(_publishing(cmd_name))
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except StatsError as exc:
            for line in exc.lines():
                click.echo(line, err=True)
            ctx.exit(2)


@click.group(cls=StatsGroup)
@click.version_option(package_name="stats")
def cli() -> None:
    """Extract figures from Chinese news and government text into tidy tables."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
              help="Folder for figures.parquet, articles.parquet, sentences.parquet, documents.parquet.")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path), default=None,
              help="Rules folder (default: the rules/ shipped with stats).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores). Output is identical for any N.")
@click.option("--no-cache", is_flag=True,
              help="Extract every document again instead of reusing OUT/.stats-cache (kept per rules version).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: processes on this machine; dask: tasks on a Dask cluster (see docs/SCALE.md).")
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://host:8786) for --engine dask.")
@click.option("--strict", is_flag=True,
              help="Exit 1 when anything lands in the errors table (unreadable file, damaged text, rule timeout).")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
def extract(paths: tuple[Path, ...], out_dir: Path, rules_dir: Path | None, jobs: int | None, no_cache: bool,
            engine: str, scheduler: str | None, strict: bool, quiet: bool) -> None:
    """Extract every figure from PATHS (files or folders of *.txt and *.pdf; default data/corpus)."""
    from stats.check.rulecheck import require_rules
    from stats.run.preflight import check_inputs, check_out_dir
    from stats.run.runner import default_jobs, extract_to

    require_rules(rules_dir)
    sources = list(paths) or [DEFAULT_CORPUS]
    check_inputs(sources)
    check_out_dir(out_dir)
    try:
        if engine == "dask":
            from stats.run.scale import extract_dask

            totals = extract_dask(sources, out_dir, rules_dir, scheduler, progress=_Progress(not quiet))
        else:
            totals = extract_to(sources, out_dir, rules_dir, jobs=jobs or default_jobs(), cache=not no_cache,
                                progress=_Progress(not quiet))
    except OSError as exc:
        raise StatsError(f"{out_dir}: cannot write the tables: {exc.strerror or exc} (free space or pick --out)") \
            from exc
    click.echo(f"stats: {totals.done - totals.failed} documents, {totals.figures} figures -> {out_dir}/"
               + totals.error_summary(out_dir), err=True)
    for row in totals.errors:
        click.echo(f"stats: {row['path']}: {row['stage']}: {row['message']}", err=True)
    if totals.cached:
        click.echo(f"stats: {totals.extracted} extracted, {totals.cached} unchanged (reused from "
                   f"{out_dir}/.stats-cache)", err=True)
    if strict and totals.errors:
        sys.exit(1)




@cli.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--pred", required=True, type=click.Path(exists=True, path_type=Path), help="figures.parquet")
@click.option("--show", default="", help="Comma list of: misses, fps, attrs, rules, topics.")
def evaluate(gold: tuple[Path, ...], pred: Path, show: str) -> None:
    """Precision, recall and attribute accuracy of PRED against GOLD JSONL files or folders."""
    import pyarrow.parquet as pq

    from .evaluate import evaluate as run
    from .evaluate import read_gold

    gold_rows = read_gold(list(gold))
    try:
        predicted = pq.read_table(pred).to_pylist()
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        raise InputError(str(pred), f"not a figures table: {exc}", "give the figures.parquet of stats extract") from exc
    rep = run(gold_rows, predicted)
    wanted = set(filter(None, show.split(",")))
    if "misses" in wanted:
        for g in rep.misses:
            click.echo(f"MISS {g['doc']}: {g['quote']} = {g['value']} {g['measure']}  «{g.get('context', '')}»")
    if "fps" in wanted:
        for p in rep.false_positives:
            click.echo(f"FP   {p['doc_id']}: {p['quote']} = {p['value']} {p['measure']} [{p['rule_id']}]  "
                       f"«{p['sentence'][:60]}»")
    if "attrs" in wanted:
        for attr, g, got in rep.attr_errors:
            want = g.get("topic") if attr.startswith("topic") else g.get(attr)
            click.echo(f"ATTR {attr}: {g['doc']} {g['quote']} gold={want} got={got}  «{g.get('context', '')}»")
    if "rules" in wanted:
        for rid, row in sorted(rep.by_rule.items()):
            click.echo(f"rule {rid:34} pred {row['pred']:4} fp {row['fp']:3}")
    if "topics" in wanted:
        for topic, row in sorted(rep.by_topic.items()):
            checked = f"topic_ok {row['topic_ok']:4}" if "topic_ok" in row else "topic_ok    -"
            click.echo(f"topic {topic:8} must {row['must']:4} found {row['found']:4} {checked}")
    click.echo(" ".join(f"{k}={v}" for k, v in rep.summary.items()))


@cli.command()
@click.argument("text")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path), default=None)
@click.option("--published", default="", help="The document's date (YYYY-MM-DD), as manifest.csv would give it.")
@click.option("--place", default="", help="The document's default place, as manifest.csv would give it.")
def explain(text: str, rules_dir: Path | None, published: str, place: str) -> None:
    """Show the quantities found in TEXT, the rules tried, which one won and why."""
    from stats.read.manifest import DocMeta, normalise_date
    from stats.rules.rulefile import load_rules
    from stats.run.pipeline import Extractor

    from .explain import explain as run

    date = normalise_date(published)
    if date is None:
        raise StatsError(f"--published '{published}' is no date (write YYYY-MM-DD)")
    meta = DocMeta(date or "", "", place, "--place") if date or place else None
    click.echo(run(Extractor(load_rules(rules_dir)), text, meta))


@cli.group()
def rules() -> None:
    """Check, test and list the rule files."""


@rules.command("check")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path), default=None)
def rules_check(rules_dir: Path | None) -> None:
    """Validate every rule file and run every rule's examples; report all problems, exit 2 on any."""
    from stats.check.rulecheck import check_rules, remember_passed

    report = check_rules(rules_dir)
    for line in [*report.todo, *report.problems]:
        click.echo(line, err=True)
    click.echo(report.summary, err=True)
    if not report.ok:
        sys.exit(2)
    remember_passed(report)  # the next `stats extract` with these rules starts without running them again


@rules.command("list")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path), default=None)
def rules_list(rules_dir: Path | None) -> None:
    """One line per rule: id, metric, topic, file."""
    from stats.rules.rulefile import load_rules

    ruleset = load_rules(rules_dir)
    for r in ruleset.metrics:
        click.echo(f"{r.id:34} {r.metric:30} {r.topic:8} {r.file}:{r.line}")
    for e in ruleset.exclusions:
        click.echo(f"{e.id:34} {'(exclusion)':30} {e.why:8} {e.file}:{e.line}")


def main() -> None:  # pragma: no cover - console entry (`stats`)
    from stats.run.lean import lean_start

    lean_start(sys.argv[1:])
    cli()

