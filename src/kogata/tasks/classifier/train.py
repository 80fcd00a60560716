"""`train_classifier`: labelled examples in, a calibrated classifier with out-of-scope detection out.

1. Hold out a stratified `eval_split` of the examples.
   With `contrastive`, tune a copy of the embedding model on the rest (`kogata.tune.encoder`, torch;
   the copy is saved with the classifier) and read every text through that copy from here on.
2. Embed every text once; fit character n-gram TF-IDF and one logistic regression per view on the rest.
3. On the held-out part: choose the views' weights, fit the temperature, choose the out-of-scope
   threshold, and measure the report's metrics.
4. Refit both views on all examples with those settings and write the artifacts atomically.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from tqdm import tqdm

from ...errors import DataError
from .data import Dataset, split
from .features import LexicalFeatures, embed
from .head import (
    EMBEDDING_C,
    NGRAM_C,
    Linear,
    StackedHead,
    best_weight,
    calibrated,
    fit_temperature,
)
from .model import ENCODER_FILE, HEAD_FILE, SCOPE_FILE, EmbeddingModel
from .report import evaluate, expected_calibration_error, format_report
from .scope import Examples, ScopeDetector
from .store import MANIFEST_FORMAT, ClassifierStore

REPORT_FILE = "report.txt"


@dataclass(frozen=True)
class TrainOptions:
    eval_split: float = 0.1
    seed: int = 0
    text_col: str = "text"
    label_col: str = "label"
    contrastive: bool = False  # SetFit-style tuning of the embedding model (needs the `tune` extra)
    contrastive_steps: int = 0  # 0: chosen from the number of examples


def train_classifier(dataset: Dataset, name: str, embedding: EmbeddingModel, store: ClassifierStore, *,
                     options: TrainOptions = TrainOptions(), progress: bool = False,
                     replace: bool = False) -> dict[str, Any]:
    """Train classifier `name` on `dataset` and install it in `store`; returns its manifest."""
    if not 0.0 < options.eval_split <= 0.5:
        raise DataError(f"eval split must be above 0 and at most 0.5, not {options.eval_split}")
    store.folder(name)  # the name is valid
    if store.exists(name) and not replace:
        raise DataError(f"classifier '{name}' exists; remove it first (`kogata rm {name}`) or pass --replace")
    started = time.perf_counter()
    labels = dataset.label_names
    index = {label: i for i, label in enumerate(labels)}
    y = np.array([index[label] for label in dataset.labels])
    train, held = split(dataset, options.eval_split, options.seed)

    with store.staging(name) as staging:
        reader, tuned = embedding, None
        if options.contrastive:
            reader, tuned = _tuned_copy(embedding, staging, [dataset.texts[i] for i in train], y[train], options, progress)
        try:
            ngrams, head, final, scope, metrics, dimensions = _fit(dataset, y, train, held, reader, name, progress)
        finally:
            if tuned is not None:
                reader.engine.close()
        metrics["training_seconds"] = round(time.perf_counter() - started, 2)
        embedding_features: dict[str, Any] = {"model": embedding.name, "sha256": embedding.sha256, "dimensions": dimensions}
        if tuned is not None:
            embedding_features["tuned"] = tuned
        manifest = {
            "format": MANIFEST_FORMAT,
            "name": name,
            "kind": "classifier",
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "labels": labels,
            "features": {
                "embedding": embedding_features,
                "ngrams": ngrams.summary(),
            },
            "head": {
                "features": f"{embedding.name}{' (tuned)' if tuned else ''} embedding × {head.weight:.1f} + character n-grams × {1 - head.weight:.1f}",
                "embedding_weight": head.weight,
                "temperature": round(head.temperature, 4),
                "c": {"embedding": EMBEDDING_C, "ngrams": NGRAM_C},
            },
            "out_of_scope": scope.summary(),
            "data": {
                "source": dataset.source, "sha256": dataset.sha256, "encoding": dataset.encoding,
                "examples": len(dataset), "text_col": options.text_col, "label_col": options.label_col,
                "eval_split": options.eval_split, "seed": options.seed,
            },
            "metrics": metrics,
        }
        ngrams.save(staging)
        final.save(staging / HEAD_FILE)
        scope.save(staging / SCOPE_FILE)
        (staging / REPORT_FILE).write_text(format_report(name, manifest) + "\n", encoding="utf-8")
        store.install(staging, manifest, replace=replace)
    return manifest


def _fit(dataset: Dataset, y: np.ndarray, train: np.ndarray, held: np.ndarray, embedding: EmbeddingModel, name: str,
         progress: bool) -> tuple[LexicalFeatures, StackedHead, StackedHead, ScopeDetector, dict[str, Any], int]:
    """Steps 2-4: the n-gram vectorizer, the head fitted on `train` (weights and temperature chosen
    on `held`), the head refitted on everything, the out-of-scope detector, held-out metrics, and the
    embedding's dimensions."""
    labels = dataset.label_names
    with tqdm(total=len(dataset) + 4, desc=f"training {name}", unit="step", disable=not progress, leave=False) as bar:
        bar.set_postfix_str("embedding")
        embedded = embed(embedding.engine, dataset.texts, on_chunk=bar.update)
        bar.set_postfix_str("fitting")
        ngrams = LexicalFeatures.fit(dataset.texts)  # unsupervised: the held-out texts' n-grams may count
        grams = ngrams.transform(dataset.texts)
        head = StackedHead(Linear.fit(embedded[train], y[train], EMBEDDING_C),
                           Linear.fit(grams[train], y[train], NGRAM_C), weight=0.5)
        bar.update(2)

        e_lp, n_lp = head.embedding.log_proba(embedded[held]), head.ngrams.log_proba(grams[held])
        head.weight = best_weight(e_lp, n_lp, y[held])
        scores = head.weight * e_lp + (1 - head.weight) * n_lp
        head.temperature = fit_temperature(scores, y[held])
        proba = calibrated(scores, head.temperature)
        confidence = proba.max(axis=1)
        scope = ScopeDetector.fit(Examples.grouped(embedded[train], y[train], len(labels)), proba, embedded[held])
        flagged = scope.out_of_scope(proba, embedded[held])
        metrics = evaluate([labels[i] for i in y[held]], [labels[i] for i in proba.argmax(axis=1)], confidence, flagged)
        plain = calibrated(scores, 1.0)
        metrics["ece_uncalibrated"] = round(expected_calibration_error(plain.max(axis=1), plain.argmax(axis=1) == y[held]), 4)
        bar.update(1)

        bar.set_postfix_str("refitting on all examples")
        final = StackedHead(Linear.fit(embedded, y, EMBEDDING_C, start=head.embedding),
                            Linear.fit(grams, y, NGRAM_C, start=head.ngrams), head.weight, head.temperature)
        scope = scope.with_examples(Examples.grouped(embedded, y, len(labels)))
        bar.update(1)
    return ngrams, head, final, scope, metrics, int(embedded.shape[1])


def _tuned_copy(embedding: EmbeddingModel, staging, texts: list[str], y: np.ndarray, options: TrainOptions,
                progress: bool) -> tuple[EmbeddingModel, dict[str, Any]]:
    """Tune a copy of `embedding` on (texts, y) into `staging`, and open an embedder on it."""
    if embedding.path is None:
        raise DataError(f"contrastive tuning needs the GGUF file of {embedding.name}")
    try:
        from ...tune.encoder import ContrastiveOptions, tune_encoder
    except ImportError as e:
        raise DataError(f"contrastive tuning needs torch: pip install 'kogata[tune]' ({e})") from None
    from ...engine.embedder import LlamaEmbedder

    sequences = [embedding.engine.tokenize(text) for text in texts]
    with tqdm(desc="tuning the embedding model", unit="step", disable=not progress, leave=False) as bar:
        def on_step(step: int, steps: int, loss: float) -> None:
            bar.total = steps
            bar.set_postfix_str(f"loss {loss:.3f}")
            bar.update(1)

        metrics = tune_encoder(embedding.path, staging / ENCODER_FILE, sequences, y,
                               ContrastiveOptions(steps=options.contrastive_steps, seed=options.seed), on_step=on_step)
    engine = LlamaEmbedder(f"{embedding.name}+tuned", staging / ENCODER_FILE, threads=embedding.threads)
    return EmbeddingModel(engine.info.name, "", engine), {"file": ENCODER_FILE, **metrics}
