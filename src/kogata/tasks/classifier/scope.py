"""Out-of-scope detection: is a text unlike every label the classifier knows?

Two signals, each standardized against held-out in-scope texts and added: the calibrated confidence
of the best label, and the cosine similarity of the text's embedding to its nearest training example.
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
# Floors for the spreads: a near-constant held-out signal (an easy task) must not turn tiny
# differences into flags.
MIN_SPREAD = 0.05
_CHUNK = 1024  # query rows per similarity product, to bound memory


@dataclass
class ScopeDetector:
    examples: np.ndarray  # L2-normalized embeddings of the training texts (float32; float16 on disk)
    confidence_mean: float
    confidence_spread: float
    similarity_mean: float
    similarity_spread: float
    threshold: float

    @classmethod
    def fit(cls, examples: np.ndarray, held_confidence: np.ndarray, held_similarity: np.ndarray) -> ScopeDetector:
        """`held_*`: the two signals for held-out in-scope texts (similarity to the other examples)."""
        detector = cls(examples.astype(np.float32), float(held_confidence.mean()),
                       max(MIN_SPREAD, float(held_confidence.std())), float(held_similarity.mean()),
                       max(MIN_SPREAD, float(held_similarity.std())), threshold=0.0)
        detector.threshold = float(np.quantile(detector.score(held_confidence, held_similarity), REJECT_RATE))
        return detector

    def score(self, confidence: np.ndarray, similarity: np.ndarray) -> np.ndarray:
        return ((confidence - self.confidence_mean) / self.confidence_spread
                + (similarity - self.similarity_mean) / self.similarity_spread)

    def out_of_scope(self, confidence: np.ndarray, embedded: np.ndarray) -> np.ndarray:
        return self.score(confidence, nearest_similarity(embedded, self.examples)) < self.threshold

    def with_examples(self, examples: np.ndarray) -> ScopeDetector:
        return ScopeDetector(examples.astype(np.float32), self.confidence_mean, self.confidence_spread,
                             self.similarity_mean, self.similarity_spread, self.threshold)

    def save(self, path: Path) -> None:
        np.savez(path, examples=self.examples.astype(np.float16), stats=np.array([
            self.confidence_mean, self.confidence_spread, self.similarity_mean, self.similarity_spread, self.threshold]))

    @classmethod
    def load(cls, path: Path) -> ScopeDetector:
        with np.load(path, allow_pickle=False) as z:
            return cls(z["examples"].astype(np.float32), *(float(v) for v in z["stats"]))

    def summary(self) -> dict[str, float]:
        return {"threshold": round(self.threshold, 4), "reject_rate": REJECT_RATE,
                "confidence_mean": round(self.confidence_mean, 4), "confidence_spread": round(self.confidence_spread, 4),
                "similarity_mean": round(self.similarity_mean, 4), "similarity_spread": round(self.similarity_spread, 4)}


def nearest_similarity(queries: np.ndarray, examples: np.ndarray) -> np.ndarray:
    """Each query's highest cosine similarity to any example (both sides L2-normalized)."""
    return np.concatenate([(queries[i:i + _CHUNK] @ examples.T).max(axis=1) for i in range(0, len(queries), _CHUNK)])
