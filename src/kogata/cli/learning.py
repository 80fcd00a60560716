"""`kogata feedback ls|export|add`, `kogata drift`, `kogata rollback`: the learning loop on the command line."""

from __future__ import annotations

import csv
import json
import sys
import time
from pathlib import Path

import click

from ..errors import DataError
from ..learn.records import LearningStore
from ..route.audit import parse_since
from ..tasks.classifier.store import classifier_store
from . import main, settings

EXPORT_FIELDS = ("id", "time_iso", "prediction_id", "kind", "specialist", "version", "input", "output",
                 "predicted_label", "label", "rating", "corrected_output", "comment")


def _learning(ctx: click.Context) -> LearningStore:
    s = settings(ctx)
    return LearningStore(s.learning_path, max_records=s.learning.max_records)


@main.group()
def feedback() -> None:
    """Corrections people gave the server's answers (POST /v1/feedback, the console)."""


@feedback.command("ls")
@click.option("--specialist", help="only this classifier, extraction model or collection")
@click.option("--since", help="ISO date or time, or a span back from now (7d, 12h)")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.pass_context
def ls_cmd(ctx: click.Context, specialist: str | None, since: str | None, limit: int) -> None:
    """The latest feedback, oldest first: when, on what, and what it said."""
    found = _learning(ctx).feedback(specialist=specialist, since=parse_since(since) if since else None, limit=limit)
    if not found:
        click.echo("no feedback yet")
        return
    for f in found:
        said = ([f"label {f.predicted_label} → {f.label}"] if f.label is not None else []) + (
            [f"rating {f.rating:+d}"] if f.rating is not None else []) + (
            ["output corrected"] if f.corrected_output is not None else []) + (
            [f"“{f.comment}”"] if f.comment else [])
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(f.time))
        text = f.input if len(f.input) <= 60 else f.input[:59] + "…"
        click.echo(f"{when}  {f.kind:<8} {f.specialist:<20} {'; '.join(said):<40} {text}")


@feedback.command("export")
@click.option("--specialist", help="only this classifier, extraction model or collection")
@click.option("--since", help="ISO date or time, or a span back from now (7d, 12h)")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="file to write  [default: stdout]")
@click.pass_context
def export_cmd(ctx: click.Context, specialist: str | None, since: str | None, fmt: str, output: Path | None) -> None:
    """Every feedback entry with its input, the answer given and the correction, oldest first."""
    rows = [f.to_dict() for f in _learning(ctx).iter_feedback(specialist=specialist,
                                                              since=parse_since(since) if since else None)]
    out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "jsonl":
            for row in rows:
                out.write(json.dumps({k: row[k] for k in EXPORT_FIELDS}, ensure_ascii=False) + "\n")
        else:
            writer = csv.DictWriter(out, EXPORT_FIELDS, extrasaction="ignore")
            writer.writeheader()
            for row in rows:
                writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
                                 for k, v in row.items()})
    finally:
        if output:
            out.close()
    if output:
        click.echo(f"wrote {len(rows)} feedback entries to {output}", err=True)


@feedback.command("add")
@click.argument("answer_id")
@click.option("--label", help="the right label (a classification)")
@click.option("--new-label", is_flag=True, help="the label is one the classifier does not know yet")
@click.option("--rating", type=click.Choice(["1", "0", "-1"]), help="1: the answer was right; -1: it was wrong")
@click.option("--output", "output_json", help="the right output, as JSON (an extraction's data, an answer's text)")
@click.option("--comment")
@click.pass_context
def add_cmd(ctx: click.Context, answer_id: str, label: str | None, new_label: bool, rating: str | None,
            output_json: str | None, comment: str | None) -> None:
    """Correct the answer ANSWER_ID (the id its response carried)."""
    from ..learn.feedback import give_feedback

    try:
        output = json.loads(output_json) if output_json is not None else None
    except ValueError as e:
        raise DataError(f"--output is not JSON: {e}") from None
    said = give_feedback(_learning(ctx), classifier_store(settings(ctx)), answer_id, label=label,
                         rating=int(rating) if rating is not None else None, output=output, comment=comment,
                         new_label=new_label)
    click.echo(f"kept feedback {said.id} on {said.kind} answer {said.prediction_id} of {said.specialist}")


@feedback.command("upstream")
@click.option("--status", type=click.Choice(["pending", "approved", "rejected"]), default="pending", show_default=True)
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--export", "export_to", type=click.Path(dir_okay=False, path_type=Path),
              help="write them as chat rows ({\"messages\"}) for `kogata tune lora` instead")
@click.pass_context
def upstream_cmd(ctx: click.Context, status: str, limit: int, export_to: Path | None) -> None:
    """Upstream answers to escalated requests, kept for review where [learning] keep_upstream_answers is on."""
    pairs = _learning(ctx).pairs(status=status, limit=None if export_to else limit)
    if export_to:
        with open(export_to, "w", encoding="utf-8") as out:
            for p in pairs:
                out.write(json.dumps({"messages": [*p.messages, {"role": "assistant", "content": p.answer}]},
                                     ensure_ascii=False) + "\n")
        click.echo(f"wrote {len(pairs)} {status} pairs to {export_to}", err=True)
        return
    if not pairs:
        click.echo(f"no {status} upstream answers")
    for p in pairs:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(p.time))
        label = f" label {p.label}" if p.label else ""
        click.echo(f"{p.id:>6}  {when}  {p.reason:<24} {p.specialist or '-':<16}{label}\n"
                   f"        Q: {p.question[:100]}\n        A: {p.answer[:100]}")


@feedback.command("review")
@click.argument("pair_id", type=int)
@click.option("--approve/--reject", required=True, help="use the pair for training, or not")
@click.option("--label", help="the label its question should have (trains the classifier that escalated it)")
@click.pass_context
def review_cmd(ctx: click.Context, pair_id: int, approve: bool, label: str | None) -> None:
    """Approve or reject a kept upstream answer (see `kogata feedback upstream`)."""
    p = _learning(ctx).review(pair_id, "approved" if approve else "rejected", label)
    click.echo(f"upstream answer {p.id}: {p.status}" + (f", label {p.label}" if p.label else ""))


@main.command("drift")
@click.argument("name", required=False)
@click.option("--json", "as_json", is_flag=True, help="the full state as JSON")
@click.pass_context
def drift_cmd(ctx: click.Context, name: str | None, as_json: bool) -> None:
    """The drift monitor: each specialist's state (ok, watch, drifting) and the signals behind it."""
    from ..learn.drift import drift_of, every_drift

    s = settings(ctx)
    classifiers = classifier_store(s)
    found = (drift_of(_learning(ctx), classifiers, name, s.learning.drift) if name
             else every_drift(_learning(ctx), classifiers, s.learning.drift))
    if as_json:
        click.echo(json.dumps([d.to_dict() for d in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("no specialists: train a classifier (`kogata tune classify`) or serve some answers first")
    for d in found:
        signals = ", ".join(f"{k} {'-' if v.value is None else f'{v.value:g}'} ({v.state})" for k, v in d.signals.items())
        version = f" v{d.version}" if d.version else ""
        click.echo(f"{d.specialist}{version} [{d.kind}]: {d.state.upper()} over {d.answers} answers; {signals}")


@main.command("rollback")
@click.argument("name")
@click.pass_context
def rollback_cmd(ctx: click.Context, name: str) -> None:
    """Put back the previous version of classifier or adapter NAME (a running server switches on its next request)."""
    from ..models.adapters import adapter_store

    classifiers = classifier_store(settings(ctx))
    store, kind = (classifiers, "classifier") if classifiers.exists(name) else (
        adapter_store(settings(ctx)), "adapter")
    current = classifiers.manifest(name) if kind == "classifier" else store.get(name).manifest
    restored = store.rollback(name)
    click.echo(f"{kind} '{name}': version {restored.get('version', 1)} restored (version {current.get('version', 1)} kept)")
