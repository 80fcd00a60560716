"""`kogata tune classify` and `kogata classify`: specialist classifiers on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import DataError, StoreError
from ..models.catalog import CATALOG
from ..models.store import ModelStore
from ..runtime import Runtime
from ..tasks.classifier.store import ClassifierStore
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
@click.argument("data", type=click.Path(path_type=Path))
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
@click.option("--replace", is_flag=True, help="replace an existing classifier of the same name")
@click.option("--quiet", "-q", is_flag=True, help="no progress bar")
@click.pass_context
def tune_classify(ctx: click.Context, data: Path, name: str, text_col: str, label_col: str, eval_split: float,
                  encoder: str | None, contrastive: bool, contrastive_steps: int, replace: bool, quiet: bool) -> None:
    """Train classifier NAME on DATA, a CSV (header row) or JSONL file of labelled texts."""
    s = settings(ctx)
    models = ModelStore(s.models_dir)
    if name in CATALOG or models.is_installed(name):
        raise StoreError(f"'{name}' is a model's name; give the classifier another name")
    store = ClassifierStore.in_home(s.home_dir)
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
                                 contrastive=contrastive, contrastive_steps=contrastive_steps),
            progress=not quiet, replace=replace)
    finally:
        runtime.close()
    click.echo(format_report(name, manifest))
    click.echo(f"saved to {store.folder(name)}")


@main.command("classify")
@click.argument("name")
@click.argument("text", required=False)
@click.option("--file", "file", type=click.Path(path_type=Path), help="classify each line of this file instead")
@click.pass_context
def classify(ctx: click.Context, name: str, text: str | None, file: Path | None) -> None:
    """Classify TEXT (or each line of --file) with classifier NAME: one JSON line per text, with
    "label", "confidence", "out_of_scope" and "alternatives"."""
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
