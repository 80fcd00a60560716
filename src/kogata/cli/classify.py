"""`kogata tune classify` and `kogata classify`: specialist classifiers on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import DataError, StoreError
from ..models.catalog import CATALOG
from ..models.store import ModelStore
from ..runtime import Runtime
from ..tasks.classifier.store import classifier_store
from . import main, settings
from .common import ensure_installed

# Without --encoder, the better of these on the held-out split; the faster first, kept unless the other
# is clearly better (kogata.tasks.classifier.train).
DEFAULT_ENCODERS = ("minilm-l6", "e5-small")
CONTRASTIVE_ENCODER = "minilm-l6"  # the one model contrastive tuning reads
BATCH = 256  # texts per classify() call with --file


@main.group("tune")
def tune() -> None:
    """Make specialists from your own examples."""


@tune.command("classify")
@click.argument("data", type=click.Path(path_type=Path), required=False)
@click.option("--name", required=True, help="name of the classifier to make")
@click.option("--text-col", default="text", show_default=True, help="column (CSV) or field (JSONL) with the text")
@click.option("--label-col", default="label", show_default=True, help="column (CSV) or field (JSONL) with the label")
@click.option("--eval-split", type=float, default=0.1, show_default=True,
              help="share of the examples held out to calibrate, set the out-of-scope threshold and measure")
@click.option("--encoder", metavar="MODEL",
              help="embedding model to read the texts with  [default: the better of minilm-l6 and e5-small "
                   "on the held-out split; minilm-l6 with --contrastive]")
@click.option("--contrastive", is_flag=True,
              help="first tune the embedding model on the examples (SetFit-style; needs kogata[tune]): pays off with few examples per label")
@click.option("--contrastive-steps", type=click.IntRange(min=0), default=0,
              help="training steps of 64 texts for --contrastive  [default: 10 passes, 60 to 150 steps]")
@click.option("--in-scope-target", type=click.FloatRange(0, 1, min_open=True),
              help="set the out-of-scope threshold to flag the fewest held-out texts that keep this accuracy on "
                   "the rest  [default: flag 4% of them]")
@click.option("--out-of-scope-label", metavar="LABEL",
              help="rows with this label are examples of what is none of the labels: not learnt, but measured (the "
                   "report's trade-off says how many of them each threshold catches)")
@click.option("--balanced", is_flag=True, help="weigh examples by the inverse of their label's frequency (uneven labels)")
@click.option("--from-feedback", is_flag=True,
              help="retrain NAME on its data (DATA, or the file it was trained on) plus the corrections in its "
                   "feedback; the new version replaces it only if it measures up (see --force)")
@click.option("--force", is_flag=True, help="with --from-feedback: promote the new version whatever it measures")
@click.option("--replace", is_flag=True, help="replace an existing classifier of the same name (it is kept for rollback)")
@click.option("--quiet", "-q", is_flag=True, help="no progress bar")
@click.pass_context
def tune_classify(ctx: click.Context, data: Path | None, name: str, text_col: str, label_col: str, eval_split: float,
                  encoder: str | None, contrastive: bool, contrastive_steps: int, in_scope_target: float | None,
                  out_of_scope_label: str | None, balanced: bool, from_feedback: bool, force: bool, replace: bool, quiet: bool) -> None:
    """Train classifier NAME on DATA, a CSV (header row) or JSONL file of labelled texts."""
    if from_feedback:
        return _retrain(ctx, name, data, encoder, force, quiet)
    if data is None:
        raise DataError("give the training data: kogata tune classify DATA --name NAME")
    if force:
        raise DataError("--force goes with --from-feedback")
    s = settings(ctx)
    models = ModelStore(s.models_dir)
    if name in CATALOG or models.is_installed(name):
        raise StoreError(f"'{name}' is a model's name; give the classifier another name")
    store = classifier_store(s)
    store.folder(name)  # a bad name fails before any work
    encoders = ([_embedding_model(models, encoder)] if encoder is not None
                else [CONTRASTIVE_ENCODER] if contrastive else list(DEFAULT_ENCODERS))
    from ..tasks.classifier.data import load_dataset
    from ..tasks.classifier.report import format_report
    from ..tasks.classifier.train import TrainOptions, train_classifier

    dataset = load_dataset(data, text_col=text_col, label_col=label_col)
    for model in encoders:
        ensure_installed(models, model)
    runtime = Runtime(s)
    try:
        manifest = train_classifier(
            dataset, name, [runtime.embedding_model(model) for model in encoders], store,
            options=TrainOptions(eval_split=eval_split, text_col=text_col, label_col=label_col,
                                 contrastive=contrastive, contrastive_steps=contrastive_steps,
                                 in_scope_target=in_scope_target, balanced=balanced,
                                 out_of_scope_label=out_of_scope_label),
            progress=not quiet, replace=replace)
    finally:
        runtime.close()
    click.echo(format_report(name, manifest))
    click.echo(f"saved to {store.folder(name)}")


def _retrain(ctx: click.Context, name: str, data: Path | None, encoder: str | None, force: bool, quiet: bool) -> None:
    """`tune classify --from-feedback`: a candidate on the original data plus the corrections, promoted if it measures up."""
    from ..learn.records import LearningStore
    from ..learn.retrain import retrain_from_feedback

    s = settings(ctx)
    models = ModelStore(s.models_dir)
    chosen = _embedding_model(models, encoder) if encoder else classifier_store(s).manifest(name)[
        "features"]["embedding"]["model"]
    ensure_installed(models, chosen)
    runtime = Runtime(s)
    try:
        outcome, learned = retrain_from_feedback(runtime, LearningStore(s.learning_path), name, data=data, encoder=chosen,
                                                 force=force, progress=not quiet)
    finally:
        runtime.close()
    click.echo(describe(outcome, learned))


def describe(outcome, learned) -> str:
    def accuracy(of: dict) -> str:
        return ", ".join(f"{k} {v:.1%}" for k, v in of.items())
    verdict = f"promoted as version {outcome.version}" if outcome.promoted else f"not promoted; version {outcome.version} stays"
    reference = [f"  reference (its data less the held-out slice): {accuracy(outcome.reference)}"] if outcome.reference else []
    return "\n".join([f"{len(learned)} corrections ({sum(map(bool, learned.fresh))} on the current version's answers)",
                      f"  current version: {accuracy(outcome.current)}", *reference,
                      f"  candidate: {accuracy(outcome.candidate)}", f"{verdict}: {outcome.reason}"])


@main.command("classify")
@click.argument("name")
@click.argument("text", required=False)
@click.option("--file", "file", type=click.Path(path_type=Path), help="classify each line of this file instead")
@click.option("--set-threshold", type=float, help="move the out-of-scope threshold to this score (no retraining)")
@click.option("--set-in-scope-target", type=click.FloatRange(0, 1, min_open=True),
              help="move the threshold to flag the fewest held-out texts that keep this accuracy on the rest")
@click.pass_context
def classify(ctx: click.Context, name: str, text: str | None, file: Path | None, set_threshold: float | None,
             set_in_scope_target: float | None) -> None:
    """Classify TEXT (or each line of --file) with classifier NAME: one JSON line per text, with
    "label", "confidence", "out_of_scope" and "alternatives". With --set-threshold or
    --set-in-scope-target, move its out-of-scope threshold instead and print the trade-off."""
    if set_threshold is not None or set_in_scope_target is not None:
        if text is not None or file is not None:
            raise DataError("move the threshold, or classify: not both in one command")
        from ..tasks.classifier.operating import set_operating_point
        from ..tasks.classifier.report import format_curve

        manifest = set_operating_point(classifier_store(settings(ctx)), name, threshold=set_threshold,
                                       in_scope_target=set_in_scope_target)
        scope, point = manifest["out_of_scope"], manifest["out_of_scope"]["operating_point"]
        click.echo(f"classifier '{name}': threshold {scope['threshold']:.3f} ({point['chosen_by']}): flags "
                   f"{point['flagged']:.1%} of held-out texts, {point['accuracy_kept']:.1%} right of the rest")
        click.echo(f"  {format_curve(scope['curve'])}")
        return
    if (text is None) == (file is None):
        raise DataError("give either TEXT or --file FILE")
    texts = [text] if text is not None else _lines(file)
    runtime = Runtime(settings(ctx))
    try:
        classifier = runtime.classifier(name)
        for start in range(0, len(texts), BATCH):
            chunk = texts[start:start + BATCH]
            for item, prediction in zip(chunk, classifier.classify(chunk)):
                click.echo(json.dumps({"text": item, **prediction.to_dict()}, ensure_ascii=False))
    finally:
        runtime.close()


def _embedding_model(models: ModelStore, name: str) -> str:
    """`name` if it is an installed or catalog embedding model; otherwise one clear error."""
    kind = models.get(name).kind if models.is_installed(name) else CATALOG[name].kind if name in CATALOG else None
    if kind == "embedding":
        return name
    known = sorted({e.name for e in CATALOG.values() if e.kind == "embedding"}
                   | {m.name for m in models.list() if m.kind == "embedding"})
    what = f"unknown embedding model '{name}'" if kind is None else f"'{name}' is a {kind} model, not an embedding model"
    raise DataError(f"{what}; give --encoder one of: {', '.join(known)}")


def _lines(file: Path) -> list[str]:
    try:
        raw = file.expanduser().read_bytes()
    except OSError as e:
        raise DataError(f"cannot read {file}: {e.strerror or e}") from None
    from ..tasks.classifier.data import decode

    text, _ = decode(raw, file)
    return [line.strip() for line in text.splitlines() if line.strip()]


@tune.group("distill")
def distill_group() -> None:
    """Train a specialist on a large model's answers (the configured upstream, through the privacy guard)."""


@distill_group.command("classify")
@click.argument("name")
@click.option("--from", "source", required=True, type=click.Path(path_type=Path),
              help="unlabelled texts: a CSV (header row), JSONL or text file (one per line)")
@click.option("--labels", required=True, help="the labels the teacher chooses from, comma-separated")
@click.option("--text-col", default="text", show_default=True, help="column (CSV) or field (JSONL) with the text")
@click.option("--budget", type=click.IntRange(min=1), default=1000, show_default=True, help="most calls to the teacher")
@click.option("--skip-sure", type=click.FloatRange(0, 1, min_open=True),
              help="label in rounds, sending only texts the student is less sure of than this (e.g. 0.9)")
@click.option("--encoder", metavar="MODEL", help="embedding model  [default: the better of minilm-l6 and e5-small]")
@click.option("--replace", is_flag=True, help="replace an existing classifier of the same name (it is kept for rollback)")
@click.pass_context
def distill_classify(ctx: click.Context, name: str, source: Path, labels: str, text_col: str, budget: int,
                     skip_sure: float | None, encoder: str | None, replace: bool) -> None:
    """Label texts of --from with the upstream model and train classifier NAME on its answers."""
    from ..learn.distill import Teacher, distill
    from ..route.audit import audit_log
    from ..route.guarded import GuardedUpstream
    from ..route.privacy import guard
    from ..route.upstream import UpstreamClient
    from ..tasks.classifier.data import read_texts
    from ..tasks.classifier.model import Classifier
    from ..tasks.classifier.train import train_classifier

    s = settings(ctx)
    client = UpstreamClient.from_settings(s.upstream)
    if client is None:
        raise DataError("no upstream model is configured to teach: set upstream.url and upstream.model "
                        "(KOGATA_UPSTREAM_URL, KOGATA_UPSTREAM_MODEL)")
    store = classifier_store(s)
    store.folder(name)
    if store.exists(name) and not replace:
        raise DataError(f"classifier '{name}' exists; remove it first (`kogata rm {name}`) or pass --replace")
    texts = read_texts(source, text_col=text_col)
    models = ModelStore(s.models_dir)
    encoders = [_embedding_model(models, encoder)] if encoder else list(DEFAULT_ENCODERS)
    for model in encoders:
        ensure_installed(models, model)
    runtime = Runtime(s)
    teacher = Teacher(GuardedUpstream(client, audit_log(s)), guard(s),
                      [label.strip() for label in labels.split(",") if label.strip()])
    try:
        readers = [runtime.embedding_model(model) for model in encoders]

        def train(data) -> Classifier:
            train_classifier(data, name, readers, store, replace=True)
            return Classifier.open(store, name, next(r for r in readers if r.name == store.manifest(name)["encoder"]["model"]))

        _, done = distill(texts, teacher, budget, train, skip_sure=skip_sure, source=str(source))
    finally:
        runtime.close()
    manifest = store.manifest(name)
    manifest["data"]["teacher"] = {"model": client.model, **done.cost.to_dict(), "rounds": done.rounds}
    store.amend(name, manifest)
    cost = done.cost
    click.echo(f"teacher {client.model}: {cost.calls} calls, {cost.prompt_tokens + cost.completion_tokens} tokens, "
               f"{cost.unreadable} answers naming no label, {cost.failed} failed, {cost.skipped_sure} sure texts not sent")
    from ..tasks.classifier.report import format_report

    click.echo(format_report(name, manifest))
