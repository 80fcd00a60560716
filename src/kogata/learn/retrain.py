"""Retraining a classifier from feedback: a candidate trained on the original examples plus the
corrections, promoted only if it measures up.

The corrections are feedback on the classifier's answers (classify and respond) that give a label,
or rate the answer right (its label confirmed); the latest word on a text wins. Corrections make
labels uneven (a new label has a few examples beside hundreds), so the candidate weighs examples by
the inverse of their label's frequency (Banking77, 17 intents learnt from 5 corrections each beside
60 trained ones: new intents 47% → 63% right, the others 95.0% → 94.8%; docs/benchmarks.md).

A slice of the original examples and a slice of the fresh corrections (those given on the current
version's answers, on texts it never trained on; `HELD_SHARE` each, stratified, seeded) are held out of
the candidate's training. The current version was refitted on every original example, so on the
original slice it is compared through a reference: the same data as the current version's (the
original examples and the corrections given before it), less the slice. The candidate replaces the
current version only if it is not clearly worse than the reference on the original slice (by more
than two standard deviations of the paired difference, McNemar's: one, as when choosing an encoder,
rejected candidates 0.5 points behind on 1,600 texts while they were 16 points ahead on the
corrections) and is more accurate than the current version on the fresh corrections' slice, which
neither saw. What is promoted is the candidate's recipe refitted on everything, slices included, as
training refits after choosing on its own held-out split.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import DataError
from ..tasks.classifier.data import Dataset, load_dataset, split
from ..tasks.classifier.model import Classifier, EmbeddingModel
from ..tasks.classifier.store import ClassifierStore, classifier_store
from ..tasks.classifier.train import TrainOptions, clearly_better, train_classifier
from .records import LearningStore

HELD_SHARE = 0.2
MIN_CORRECTIONS = 10  # fresh ones: given on the current version's answers
WORSE_MARGIN = 2.0  # standard deviations of the paired difference before a candidate counts as worse
CANDIDATES = ".candidates"  # the candidate and the reference are trained into stores of their own
REFERENCES = ".references"


@dataclass
class Outcome:
    promoted: bool
    reason: str
    corrections: int
    current: dict[str, float] = field(default_factory=dict)  # accuracy on each held-out slice
    reference: dict[str, float] = field(default_factory=dict)
    candidate: dict[str, float] = field(default_factory=dict)
    version: int | None = None  # of the classifier serving now

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()

    def decide(self, *, worse: bool, force: bool, original: str) -> bool:
        """Promote when forced, or when the candidate is not `worse` on the original slice (`original`
        says what it is) and more accurate than the current version on the corrections' slice."""
        better = self.candidate["corrections"] > self.current["corrections"]
        self.promoted = force or (not worse and better)
        self.reason = ("forced" if force else f"not worse on {original} and better on the corrections" if self.promoted
                       else f"clearly worse on {original}" if worse else "no better on the corrections")
        return self.promoted


@dataclass
class Corrections:
    data: Dataset  # the latest word on each text
    fresh: np.ndarray  # per text of `data`: that word was given on an answer of the current version
    earlier: Dataset  # the latest word on each text given before the current version: what it trained on
    seen: np.ndarray  # per text of `data`: it is in `earlier`, so the current version trained on it

    def __len__(self) -> int:
        return len(self.data)


def corrections(learning: LearningStore, name: str, version: str) -> Corrections:
    """The labelled texts feedback gave classifier `name`: a corrected label (a label the classifier
    does not know yet is how it learns a new kind of input), a rated-right answer's label, or an
    approved upstream answer's label (its question as sent: redacted)."""
    earlier: dict[str, str] = {}
    fresh: dict[str, str] = {}
    for pair in reversed(learning.pairs(status="approved", specialist=name, limit=None)):
        if pair.label is not None:
            earlier[pair.question] = pair.label
    for said in learning.iter_feedback(specialist=name):
        if said.kind not in ("classify", "respond"):
            continue
        label = said.label if said.label is not None else said.predicted_label if said.rating == 1 else None
        if label is not None:
            given = fresh if said.version == version else earlier
            given.pop(said.input, None)  # the latest word on a text wins
            given[said.input] = label
    latest = {**earlier, **fresh}
    texts = list(latest)
    return Corrections(_dataset(texts, [latest[t] for t in texts], name),
                       np.array([t in fresh for t in texts], dtype=bool),
                       _dataset(list(earlier), list(earlier.values()), name),
                       np.array([t in earlier for t in texts], dtype=bool))


def _dataset(texts: list[str], labels: list[str], name: str) -> Dataset:
    return Dataset(texts, labels, f"feedback on {name}", "", "utf-8")


def retrain(store: ClassifierStore, name: str, original: Dataset, learned: Corrections,
            embedding: EmbeddingModel | Sequence[EmbeddingModel], current: Classifier, *, seed: int = 0,
            force: bool = False, progress: bool = False) -> Outcome:
    """Train a candidate for classifier `name` on `original` + `learned` (less the held-out slices),
    compare it with `current` and promote it if it measures up (or with `force`)."""
    unseen = np.flatnonzero(learned.fresh & ~learned.seen)
    if len(unseen) < MIN_CORRECTIONS:
        raise DataError(f"classifier '{name}' has {len(unseen)} usable corrections of its current version's answers "
                        f"on texts it did not train on; retraining needs at least {MIN_CORRECTIONS} "
                        "(feedback with a label, or rating 1)")
    options = _options(current.manifest, seed)
    original, outside = _out_of_scope_examples(original, options.out_of_scope_label)
    keep_o, held_o = split(original, HELD_SHARE, seed)
    keep_f, held_f = split(learned.data.subset(unseen), HELD_SHARE, seed)
    held_l = unseen[held_f]
    kept = learned.data.subset(np.setdiff1d(np.arange(len(learned)), held_l))
    base = _joined(original.subset(keep_o), outside)
    slices = {"original": original.subset(held_o), "corrections": learned.data.subset(held_l)}
    outcome = Outcome(False, "", len(learned))
    outcome.current = {k: _accuracy(current, d) for k, d in slices.items()}
    candidates, references = ClassifierStore(store.root / CANDIDATES), ClassifierStore(store.root / REFERENCES)
    try:
        reference = _trained(references, name, _joined(base, learned.earlier), embedding, options, progress)
        outcome.reference = {k: _accuracy(reference, d) for k, d in slices.items()}
        candidate = _trained(candidates, name, _joined(base, kept), embedding, options, progress)
        outcome.candidate = {k: _accuracy(candidate, d) for k, d in slices.items()}
        reference.close()
        candidate.close()
        worse = clearly_better(_right(reference, slices["original"]), _right(candidate, slices["original"]),
                               margin=WORSE_MARGIN)
        if outcome.decide(worse=worse, force=force, original="the original examples"):
            everything = _joined(_joined(original, outside), learned.data)
            _trained(candidates, name, everything, embedding, options, progress).close()
            store.promote(candidates.folder(name), name)
    finally:
        for staged in (candidates, references):
            if staged.exists(name):
                staged.remove(name)
    outcome.version = store.manifest(name).get("version", 1)
    return outcome


def original_data(store: ClassifierStore, name: str, data: Path | None = None) -> Dataset:
    """The examples classifier `name` was trained on: `data`, or the file its manifest names if it is
    still there and unchanged."""
    given = store.manifest(name)["data"]
    path = data if data is not None else Path(given.get("path") or given["source"])
    if data is None and not path.is_file():
        raise DataError(f"the data classifier '{name}' was trained on is not at {path} any more; give it: "
                        f"kogata tune classify DATA --name {name} --from-feedback")
    original = load_dataset(path, text_col=given.get("text_col", "text"), label_col=given.get("label_col", "label"))
    if data is None and original.sha256 != given["sha256"]:
        raise DataError(f"{path} changed since classifier '{name}' was trained on it; give the data to retrain on: "
                        f"kogata tune classify DATA --name {name} --from-feedback")
    return original


def retrain_from_feedback(runtime, learning: LearningStore, name: str, *, data: Path | None = None,
                          encoder: str | None = None, force: bool = False, progress: bool = False) -> tuple[Outcome, Corrections]:
    """`retrain` classifier `name` (through `runtime`'s engines) on its original data and its corrections."""
    store = classifier_store(runtime.settings)
    original = original_data(store, name, data)
    current = runtime.classifier(name)
    learned = corrections(learning, name, current.version)
    chosen = encoder or store.manifest(name)["features"]["embedding"]["model"]
    outcome = retrain(store, name, original, learned, runtime.embedding_model(chosen), current, force=force,
                      progress=progress)
    return outcome, learned


def _joined(original: Dataset, more: Dataset) -> Dataset:
    return Dataset(original.texts + more.texts, original.labels + more.labels, original.source, original.sha256,
                   original.encoding)


def _options(manifest: dict[str, Any], seed: int) -> TrainOptions:
    """The current version's training options that a retraining keeps, labels weighed evenly."""
    data, point = manifest.get("data") or {}, (manifest.get("out_of_scope") or {}).get("operating_point") or {}
    return TrainOptions(eval_split=data.get("eval_split", 0.1), seed=seed, text_col=data.get("text_col", "text"),
                        label_col=data.get("label_col", "label"), in_scope_target=point.get("in_scope_target"),
                        balanced=True, out_of_scope_label=data.get("out_of_scope_label"))


def _out_of_scope_examples(original: Dataset, label: str | None) -> tuple[Dataset, Dataset]:
    """The original examples less those of the out-of-scope label, and those (kept for training, never held out)."""
    inside = np.array([y != label for y in original.labels], dtype=bool)
    return original.subset(np.flatnonzero(inside)), original.subset(np.flatnonzero(~inside))


def _trained(store: ClassifierStore, name: str, data: Dataset, embedding: EmbeddingModel | Sequence[EmbeddingModel],
             options: TrainOptions, progress: bool) -> Classifier:
    manifest = train_classifier(data, name, embedding, store, options=options, progress=progress, replace=True)
    chosen = manifest["features"]["embedding"]["model"]
    reader = next(e for e in ([embedding] if isinstance(embedding, EmbeddingModel) else embedding) if e.name == chosen)
    return Classifier.open(store, name, reader)


def _right(classifier: Classifier, data: Dataset) -> np.ndarray:
    if not len(data):
        return np.zeros(0, dtype=bool)
    labels = np.array(classifier.labels)
    return labels[classifier.proba(data.texts).argmax(axis=1)] == np.array(data.labels)


def _accuracy(classifier: Classifier, data: Dataset) -> float:
    right = _right(classifier, data)
    return round(float(right.mean()), 4) if len(right) else 0.0
