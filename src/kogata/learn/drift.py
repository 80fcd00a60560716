"""The drift monitor: is a specialist's live traffic still what it was trained for?

Read from the latest answers kept in the learning store (`records.py`), so every process that shares
the file sees the same state and a restart loses nothing. Per specialist, over the latest answers of
its current version:

- out-of-scope rate (classifiers): a CUSUM (Page's cumulative sum of log-likelihood ratios) of the
  out-of-scope flags, between the share flagged on held-out texts at training and that share plus
  `out_of_scope_rise`. It detects a lasting rise fast without alarming on noise; a window's share
  alone either alarms on noise or waits for hundreds of answers (benchmarks/drift.py);
- disagreement (classifiers): the same CUSUM over feedback, a correction counting as an error,
  between the held-out error rate at training and that rate plus `error_rise`;
- confidence shift (classifiers): the population stability index of the confidence distribution over
  the latest `share_window` answers against the held-out one at training, PSI = Σ (live − training) ·
  ln(live / training) over fixed bins. Held-out and live texts differ even without drift (Banking77's
  test texts against its held-out training texts), so its thresholds sit above the usual 0.1/0.25;
- refusal share (`kb ask`) and disagreement share (collections, extractors): no training reference,
  so plain shares over the latest `window` answers against thresholds.

Each signal has a watch and a drifting threshold (`[learning.drift]` settings); the state is the worst
signal's.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from ..config import DriftSettings
from ..errors import NotFound
from ..tasks.classifier.store import ClassifierStore
from .records import LearningStore, Prediction

STATES = ("ok", "watch", "drifting")
SERIES_POINTS, SERIES_BLOCK = 20, 50  # the console's chart: the out-of-scope (or refusal) share per 50 answers
SHARE_FLOOR = 1e-3  # an empty bin counts as this share in the PSI, so that it stays finite
RATE_FLOOR = 0.01  # a rate measured as 0 at training (a small held-out split) is taken as this in a CUSUM


@dataclass(frozen=True)
class Signal:
    value: float | None  # None: not measurable yet (too few answers or feedback, or no training reference)
    watch: float
    drifting: float

    @property
    def state(self) -> str:
        if self.value is None or self.value < self.watch:
            return "ok"
        return "watch" if self.value < self.drifting else "drifting"


@dataclass
class Drift:
    specialist: str
    kind: str  # "classifier", "collection" or "extractor"
    version: str | None
    answers: int  # in the window
    signals: dict[str, Signal] = field(default_factory=dict)
    series: list[float] = field(default_factory=list)  # out-of-scope or refusal share per block, oldest first
    shares: dict[str, float | None] = field(default_factory=dict)  # plain shares, for people to read
    confidence: dict[str, list[float]] | None = None  # live and training shares per confidence bin

    @property
    def state(self) -> str:
        return max((s.state for s in self.signals.values()), key=STATES.index, default="ok")

    def to_dict(self) -> dict[str, Any]:
        return {"specialist": self.specialist, "kind": self.kind, "version": self.version, "answers": self.answers,
                "state": self.state,
                "signals": {name: {**asdict(s), "state": s.state} for name, s in self.signals.items()},
                "shares": self.shares, "series": self.series, "confidence": self.confidence}


def psi(reference: list[float], observed: np.ndarray, edges: list[float]) -> float:
    """Population stability index of `observed` values against `reference` shares over bins `edges`."""
    counts, _ = np.histogram(np.clip(observed, edges[0], edges[-1]), bins=edges)
    live = np.maximum(counts / max(1, len(observed)), SHARE_FLOOR)
    base = np.maximum(np.asarray(reference, dtype=float), SHARE_FLOOR)
    return float(((live - base) * np.log(live / base)).sum())


def cusum(flags: list[bool], p0: float, p1: float) -> float:
    """Page's CUSUM of Bernoulli `flags` for a rise of their rate from `p0` to `p1`: the largest
    log-likelihood ratio of "rate p1 since some point" over "rate p0 throughout", ending now."""
    p0 = min(max(p0, RATE_FLOOR), 0.9)
    p1 = min(max(p1, p0 + RATE_FLOOR), 0.99)
    up, down = np.log(p1 / p0), np.log((1 - p1) / (1 - p0))
    total = 0.0
    for flag in flags:
        total = max(0.0, total + (up if flag else down))
    return round(float(total), 3)


def classifier_drift(store: LearningStore, manifest: dict[str, Any], limits: DriftSettings) -> Drift:
    """The drift of a classifier's current version (its manifest's), from classify and respond answers."""
    name = manifest["name"]
    version = str(manifest.get("version") or manifest.get("created_at", ""))
    answers = store.recent(name, limits.window, version=version, kinds=("classify", "respond"))
    scope = manifest.get("out_of_scope") or {}
    point = scope.get("operating_point") or {}
    flagged = point.get("flagged", scope.get("reject_rate", 0.04))
    error = 1.0 - (manifest.get("metrics") or {}).get("accuracy", 0.9)
    flags = [bool(a.out_of_scope) for a in answers if a.out_of_scope is not None]
    latest = answers[-limits.share_window:]
    confidence = np.array([a.confidence for a in latest if a.confidence is not None], dtype=float)
    reference = scope.get("confidence_reference")
    drift = Drift(name, "classifier", version, len(answers))
    drift.signals["out_of_scope"] = Signal(
        cusum(flags, flagged, flagged + limits.out_of_scope_rise) if len(flags) >= limits.min_answers else None,
        limits.out_of_scope_watch, limits.out_of_scope_drifting)
    said = _feedback_on(store, name, answers)
    drift.signals["errors"] = Signal(
        cusum([f.disagrees for f in said], error, error + limits.error_rise) if len(said) >= limits.min_feedback else None,
        limits.errors_watch, limits.errors_drifting)
    drift.signals["confidence_psi"] = Signal(
        round(psi(reference["shares"], confidence, reference["edges"]), 4)
        if reference and len(confidence) >= limits.min_answers else None,
        limits.psi_watch, limits.psi_drifting)
    drift.shares = {"out_of_scope": _share(flags[-limits.share_window:]), "expected_out_of_scope": flagged,
                    "disagreement": _share([f.disagrees for f in said]), "expected_disagreement": round(error, 4)}
    drift.series = _series(store, name, version, ("classify", "respond"), lambda a: a.out_of_scope)
    if reference and len(confidence):
        counts, _ = np.histogram(np.clip(confidence, 0.0, 1.0), bins=reference["edges"])
        drift.confidence = {"edges": reference["edges"], "training": reference["shares"],
                            "live": [round(float(c), 4) for c in counts / len(confidence)]}
    return drift


def every_drift(store: LearningStore, classifiers: ClassifierStore, limits: DriftSettings) -> list[Drift]:
    """The drift of every trained classifier, and of every collection and extractor with answers kept."""
    out = [classifier_drift(store, m, limits) for m in classifiers.list()]
    for kind, name in store.specialists():
        if kind == "ask":
            out.append(collection_drift(store, name, limits))
        elif kind == "extract":
            out.append(extractor_drift(store, name, limits))
    return out


def drift_of(store: LearningStore, classifiers: ClassifierStore, name: str, limits: DriftSettings) -> list[Drift]:
    """The drift of specialist `name`: a classifier, or a collection or extractor with answers kept
    (a name may be both a collection and an extraction model); 404 when none."""
    out = [d for d in every_drift(store, classifiers, limits) if d.specialist == name]
    if not out:
        raise NotFound(f"no specialist '{name}': neither a classifier nor a collection or model with answers kept",
                       param="name", code="specialist_not_found")
    return out


def collection_drift(store: LearningStore, name: str, limits: DriftSettings) -> Drift:
    """The drift of a knowledge-base collection, from `kb ask` answers: refusals and feedback."""
    answers = store.recent(name, limits.share_window, kinds=("ask",))
    refused = [bool(a.refused) for a in answers if a.refused is not None]
    drift = Drift(name, "collection", None, len(answers))
    drift.signals["refusals"] = Signal(
        round(float(np.mean(refused)), 4) if len(answers) >= limits.min_answers and refused else None,
        limits.refusals_watch, limits.refusals_drifting)
    drift.signals["disagreement"] = _disagreement(store, name, answers, limits)
    drift.series = _series(store, name, None, ("ask",), lambda a: a.refused)
    return drift


def extractor_drift(store: LearningStore, name: str, limits: DriftSettings) -> Drift:
    """An extraction model's drift: the feedback on its extractions is all there is to read."""
    answers = store.recent(name, limits.share_window, kinds=("extract",))
    drift = Drift(name, "extractor", None, len(answers))
    drift.signals["disagreement"] = _disagreement(store, name, answers, limits)
    return drift


def _feedback_on(store: LearningStore, name: str, answers: list[Prediction]) -> list:
    """The feedback on `answers`, in the order of the answers (the latest word on each)."""
    if not answers:
        return []
    said = {f.prediction_id: f for f in store.feedback(specialist=name, since=answers[0].time, limit=None)}
    return [said[a.id] for a in answers if a.id in said]


def _share(flags: list[bool]) -> float | None:
    return round(sum(flags) / len(flags), 4) if flags else None


def _disagreement(store: LearningStore, name: str, answers: list[Prediction], limits: DriftSettings) -> Signal:
    said = _feedback_on(store, name, answers)
    value = _share([f.disagrees for f in said]) if len(said) >= limits.min_feedback else None
    return Signal(value, limits.disagreement_watch, limits.disagreement_drifting)


def _series(store: LearningStore, name: str, version: str | None, kinds: tuple[str, ...], flag) -> list[float]:
    """The share of answers `flag` marks, per block of `SERIES_BLOCK` answers, over the latest
    `SERIES_POINTS` blocks."""
    block = SERIES_BLOCK
    answers = store.recent(name, block * SERIES_POINTS, version=version, kinds=kinds)
    marks = [bool(flag(a)) for a in answers if flag(a) is not None]
    start = len(marks) % block
    return [round(sum(marks[i:i + block]) / block, 4) for i in range(start, len(marks), block)]
