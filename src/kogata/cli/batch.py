"""`kogata batch classify|embed|extract|ask INPUT OUTPUT`: a specialist's work over every row of a
table, in this process or, with `--ray ADDR`, over a Ray cluster's actors."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..models.store import ModelStore
from . import main, settings
from .common import ensure_installed
from .extract import _json_file

COMMON = [
    click.argument("source", metavar="INPUT"),
    click.argument("output", metavar="OUTPUT", type=click.Path(dir_okay=False, path_type=Path)),
    click.option("--text-col", default="text", show_default=True, help="the column (CSV) or field (JSONL) with the text"),
    click.option("--batch-size", type=click.IntRange(1, 4096), default=32, show_default=True),
    click.option("--ray", "ray_address", metavar="ADDR",
                 help="run on the Ray cluster at ADDR (host:port, auto, or local); needs kogata[cluster]"),
    click.option("--actors", type=click.IntRange(1), help="with --ray: how many actors  [default: the cluster's CPUs]"),
    click.option("--cpus-per-actor", type=click.IntRange(1), default=1, show_default=True,
                 help="with --ray: each actor's CPUs and engine threads"),
    click.option("--quiet", "-q", is_flag=True, help="no progress bar"),
]


def common(f):
    for option in reversed(COMMON):
        f = option(f)
    return f


@main.group()
def batch() -> None:
    """Classify, embed, extract or answer every row of INPUT (a csv, tsv, jsonl or parquet file, a
    folder of them, or a glob) into OUTPUT: the same rows with the result columns added (its suffix
    says the format). Run again, it does only the rows not done yet."""


def _run(ctx: click.Context, kind: str, options: dict, source: str, output: Path, text_col: str, batch_size: int,
         ray_address: str | None, actors: int | None, cpus_per_actor: int, quiet: bool, model: str | None = None) -> None:
    """The job; `model` is pulled first if it is not installed (after a bad --ray address has stopped it)."""
    from ..batch.job import in_process, run_batch
    from ..batch.works import WorkSpec

    spec = WorkSpec(kind, settings(ctx), options)
    runtime = None
    if ray_address:
        from ..batch.on_ray import ray_runner

        runner = ray_runner(spec, ray_address, actors=actors, cpus_per_actor=cpus_per_actor)
    if model:
        ensure_installed(ModelStore(settings(ctx).models_dir), model)
    if not ray_address:
        work, runtime = spec.open()
        runner = in_process(work)
    try:
        summary = run_batch(runner, source, output, text_col=text_col, batch_size=batch_size, progress=not quiet)
    finally:
        if runtime is not None:
            runtime.close()
    click.echo(json.dumps(summary.to_dict()))
    if summary.failed:
        click.echo(f"{summary.failed} rows failed (their error is in the 'error' column); run again to retry them", err=True)


@batch.command("classify")
@common
@click.option("--classifier", required=True, help="a classifier trained with `kogata tune classify`")
@click.pass_context
def batch_classify(ctx, classifier, **job) -> None:
    """Columns label, confidence, out_of_scope."""
    _run(ctx, "classify", {"classifier": classifier}, **job)


@batch.command("embed")
@common
@click.option("--model", default="e5-small", show_default=True, help="an embedding model")
@click.pass_context
def batch_embed(ctx, model, **job) -> None:
    """Column embedding (each text embedded as a passage)."""
    _run(ctx, "embed", {"model": model}, **job, model=model)


@batch.command("extract")
@common
@click.option("--model", default="gemma3-270m", show_default=True, help="a chat model or an extraction specialist")
@click.option("--schema", "schema_path", type=click.Path(dir_okay=False, path_type=Path),
              help="the JSON Schema of what to extract (a specialist knows its own)")
@click.pass_context
def batch_extract(ctx, model, schema_path, **job) -> None:
    """Columns data and ungrounded."""
    schema = _json_file(schema_path, "schema") if schema_path else None
    _run(ctx, "extract", {"model": model, "schema": schema}, **job)


@batch.command("ask")
@common
@click.option("--collection", required=True, help="the knowledge-base collection to answer from")
@click.option("--model", help="chat model  [default: kb-answer-ja for Japanese questions, else the server's model]")
@click.option("--k", type=click.IntRange(1, 20), default=5, show_default=True, help="passages to retrieve")
@click.option("--max-tokens", type=click.IntRange(1), default=256, show_default=True)
@click.pass_context
def batch_ask(ctx, collection, model, k, max_tokens, **job) -> None:
    """Each text is a question: columns answer, citations, supported, model."""
    _run(ctx, "ask", {"collection": collection, "model": model, "k": k, "max_tokens": max_tokens}, **job,
         model=model or settings(ctx).server.model)
