"""`kogata batch classify|embed|extract INPUT OUTPUT`: a specialist's work over every row of a table."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..models.store import ModelStore
from ..runtime import Runtime
from . import main, settings
from .common import ensure_installed
from .extract import _json_file

COMMON = [
    click.argument("source", metavar="INPUT"),
    click.argument("output", metavar="OUTPUT", type=click.Path(dir_okay=False, path_type=Path)),
    click.option("--text-col", default="text", show_default=True, help="the column (CSV) or field (JSONL) with the text"),
    click.option("--batch-size", type=click.IntRange(1, 4096), default=32, show_default=True),
    click.option("--quiet", "-q", is_flag=True, help="no progress bar"),
]


def common(f):
    for option in reversed(COMMON):
        f = option(f)
    return f


@main.group()
def batch() -> None:
    """Classify, embed or extract every row of INPUT (a csv, tsv, jsonl or parquet file, a folder of
    them, or a glob) into OUTPUT: the same rows with the result columns added (its suffix says the
    format). Run again, it does only the rows not done yet."""


def _run(ctx: click.Context, make_work, source: str, output: Path, text_col: str, batch_size: int, quiet: bool) -> None:
    from ..batch.job import run_batch

    runtime = Runtime(settings(ctx))
    try:
        summary = run_batch(make_work(runtime), source, output, text_col=text_col, batch_size=batch_size,
                            progress=not quiet)
    finally:
        runtime.close()
    click.echo(json.dumps(summary.to_dict()))
    if summary.failed:
        click.echo(f"{summary.failed} rows failed (their error is in the 'error' column); run again to retry them", err=True)


@batch.command("classify")
@common
@click.option("--classifier", required=True, help="a classifier trained with `kogata tune classify`")
@click.pass_context
def batch_classify(ctx, source, output, text_col, batch_size, quiet, classifier) -> None:
    """Columns label, confidence, out_of_scope."""
    from ..batch.works import classify_work

    _run(ctx, lambda runtime: classify_work(runtime, classifier), source, output, text_col, batch_size, quiet)


@batch.command("embed")
@common
@click.option("--model", default="e5-small", show_default=True, help="an embedding model")
@click.pass_context
def batch_embed(ctx, source, output, text_col, batch_size, quiet, model) -> None:
    """Column embedding (each text embedded as a passage)."""
    from ..batch.works import embed_work

    ensure_installed(ModelStore(settings(ctx).models_dir), model)
    _run(ctx, lambda runtime: embed_work(runtime, model), source, output, text_col, batch_size, quiet)


@batch.command("extract")
@common
@click.option("--model", default="gemma3-270m", show_default=True, help="a chat model or an extraction specialist")
@click.option("--schema", "schema_path", type=click.Path(dir_okay=False, path_type=Path),
              help="the JSON Schema of what to extract (a specialist knows its own)")
@click.pass_context
def batch_extract(ctx, source, output, text_col, batch_size, quiet, model, schema_path) -> None:
    """Columns data and ungrounded."""
    from ..batch.works import extract_work

    schema = _json_file(schema_path, "schema") if schema_path else None
    _run(ctx, lambda runtime: extract_work(runtime, model, schema), source, output, text_col, batch_size, quiet)
