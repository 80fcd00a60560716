"""Out-of-scope detection: is a text unlike every label the classifier knows?

Two signals, each standardized against held-out in-scope texts and added: the calibrated confidence
of the best label, and the cosine similarity of the text's embedding to its nearest training example
among the examples of its `CANDIDATE_LABELS` likeliest labels (searching those alone reads a few
hundred rows instead of every example: 1.4 ms → 0.07 ms for one text on Banking77's 10,003).
A text whose sum falls below the threshold is out of scope. The threshold is the sum's
`REJECT_RATE` quantile over held-out in-scope texts, so about that share of ordinary texts is flagged.

Measured on Banking77 with 10 intents left out of training (recall of the left-out intents' texts at
in-scope accuracy counting a flag as wrong): confidence alone 0.48 at 0.919, nearest-example
similarity alone 0.56 at 0.906, their standardized sum 0.59 at 0.921 (4% of held-out texts flagged).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

REJECT_RATE = 0.04
CANDIDATE_LABELS = 3
# Floors for the spreads: a near-constant held-out signal (an easy task) must not turn tiny
# differences into flags.
MIN_SPREAD = 0.05
_CHUNK = 1024  # query rows per similarity product, to bound memory


@dataclass
class Examples:
    """The training texts' L2-normalized embeddings (float32; float16 on disk), grouped by label:
    label `l`'s rows are `vectors[starts[l]:starts[l + 1]]`. `starts` is None for a classifier saved
    before the grouping, whose rows are searched all."""

    vectors: np.ndarray
    starts: np.ndarray | None

    @classmethod
    def grouped(cls, vectors: np.ndarray, labels: np.ndarray, n_labels: int) -> Examples:
        """`labels[i]` is vector i's label index, 0 … n_labels - 1."""
        order = np.argsort(labels, kind="stable")
        return cls(vectors[order].astype(np.float32), np.searchsorted(labels[order], np.arange(n_labels + 1)))

    def label_similarity(self, queries: np.ndarray) -> np.ndarray:
        """Each query's highest cosine similarity to an example of each label (queries × labels);
        -1 for a label without examples. Needs the grouping."""
        if self.starts is None:
            raise ValueError("examples saved without their labels")
        best = np.full((len(queries), len(self.starts) - 1), -1.0, dtype=np.float32)
        for i in range(0, len(queries), _CHUNK):
            similarity = queries[i:i + _CHUNK] @ self.vectors.T
            for label in np.flatnonzero(np.diff(self.starts)):
                best[i:i + _CHUNK, label] = similarity[:, self.starts[label]:self.starts[label + 1]].max(axis=1)
        return best

    def nearest_similarity(self, queries: np.ndarray, proba: np.ndarray) -> np.ndarray:
        """Each query's highest cosine similarity to an example of one of its `CANDIDATE_LABELS`
        likeliest labels (by `proba`); -1 where those labels have no example."""
        if self.starts is None or proba.shape[1] <= CANDIDATE_LABELS:
            return np.concatenate([(queries[i:i + _CHUNK] @ self.vectors.T).max(axis=1)
                                   for i in range(0, len(queries), _CHUNK)])
        candidates = np.argpartition(-proba, CANDIDATE_LABELS - 1, axis=1)[:, :CANDIDATE_LABELS]
        best = np.full(len(queries), -1.0, dtype=np.float32)
        for label in np.unique(candidates):  # one product per label, over the queries that name it
            rows = self.vectors[self.starts[label]:self.starts[label + 1]]
            if not len(rows):
                continue
            who = np.flatnonzero((candidates == label).any(axis=1))
            for i in range(0, len(who), _CHUNK):
                part = who[i:i + _CHUNK]
                best[part] = np.maximum(best[part], (queries[part] @ rows.T).max(axis=1))
        return best


@dataclass
class ScopeDetector:
    examples: Examples
    confidence_mean: float
    confidence_spread: float
    similarity_mean: float
    similarity_spread: float
    threshold: float

    @classmethod
    def fit(cls, examples: Examples, held_proba: np.ndarray, held_embedded: np.ndarray) -> ScopeDetector:
        """`examples`: the training part's; `held_*`: calibrated probabilities and embeddings of
        held-out in-scope texts."""
        confidence = held_proba.max(axis=1)
        similarity = examples.nearest_similarity(held_embedded, held_proba)
        detector = cls(examples, float(confidence.mean()), max(MIN_SPREAD, float(confidence.std())),
                       float(similarity.mean()), max(MIN_SPREAD, float(similarity.std())), threshold=0.0)
        detector.threshold = float(np.quantile(detector.score(confidence, similarity), REJECT_RATE))
        return detector

    def score(self, confidence: np.ndarray, similarity: np.ndarray) -> np.ndarray:
        return ((confidence - self.confidence_mean) / self.confidence_spread
                + (similarity - self.similarity_mean) / self.similarity_spread)

    def out_of_scope(self, proba: np.ndarray, embedded: np.ndarray) -> np.ndarray:
        return self.score(proba.max(axis=1), self.examples.nearest_similarity(embedded, proba)) < self.threshold

    def with_examples(self, examples: Examples) -> ScopeDetector:
        return ScopeDetector(examples, self.confidence_mean, self.confidence_spread,
                             self.similarity_mean, self.similarity_spread, self.threshold)

    def save(self, path: Path) -> None:
        grouping = {} if self.examples.starts is None else {"starts": self.examples.starts}
        np.savez(path, examples=self.examples.vectors.astype(np.float16), **grouping, stats=np.array([
            self.confidence_mean, self.confidence_spread, self.similarity_mean, self.similarity_spread, self.threshold]))

    @classmethod
    def load(cls, path: Path) -> ScopeDetector:
        with np.load(path, allow_pickle=False) as z:
            starts = z["starts"] if "starts" in z.files else None
            return cls(Examples(z["examples"].astype(np.float32), starts), *(float(v) for v in z["stats"]))

    def summary(self) -> dict[str, float]:
        return {"threshold": round(self.threshold, 4), "reject_rate": REJECT_RATE,
                "candidate_labels": CANDIDATE_LABELS,
                "confidence_mean": round(self.confidence_mean, 4), "confidence_spread": round(self.confidence_spread, 4),
                "similarity_mean": round(self.similarity_mean, 4), "similarity_spread": round(self.similarity_spread, 4)}
