"""`kogata report`: a CSV or JSONL of texts classified and summarised as one HTML page (or PDF)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from tqdm import tqdm

from ..errors import DataError
from ..runtime import Runtime
from . import main, settings


@main.command("report")
@click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--classifier", required=True, help="a classifier from `kogata tune classify`")
@click.option("--text-column", default="text", show_default=True)
@click.option("--date-column", help="dates (2026-03-01, 2026/03/01, 2026年3月1日, ISO date-times) for the weekly trend")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="[default: INPUT with .html or .pdf]")
@click.option("--pdf", "as_pdf", is_flag=True, help="write a PDF instead of HTML")
@click.option("--title", help="[default: the file's name]")
@click.option("--quiet", "-q", is_flag=True, help="no progress bar")
@click.pass_context
def report(ctx: click.Context, input_path: Path, classifier: str, text_column: str, date_column: str | None,
           out: Path | None, as_pdf: bool, title: str | None, quiet: bool) -> None:
    """Classify every text of INPUT (CSV with a header row, or JSONL) and write a report: count and share
    per label, out of scope, the trend per week, the least confident items and examples per label."""
    from ..tasks.report import html, pdf, read_items, summarize

    try:
        raw = input_path.expanduser().read_bytes()
    except OSError as e:
        raise DataError(f"cannot read {input_path}: {e.strerror or e}") from None
    items = read_items(raw, input_path.name, text_column=text_column, date_column=date_column)
    runtime = Runtime(settings(ctx))
    ctx.call_on_close(runtime.close)
    model = runtime.classifier(classifier)
    with tqdm(total=len(items), unit="text", desc="classify", disable=quiet, file=sys.stderr) as bar:
        summary = summarize(items, model.classify, title=title or input_path.name, classifier=classifier,
                            progress=bar.update)
    out = out or input_path.with_suffix(".pdf" if as_pdf else ".html")
    if as_pdf:
        out.write_bytes(pdf(summary))
    else:
        out.write_text(html(summary), encoding="utf-8")
    share = summary.out_of_scope / summary.total
    click.echo(f"{summary.total} items, {len(summary.counts)} labels, {share:.1%} out of scope: {out}")
