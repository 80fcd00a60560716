"""`Classifier`: a trained classifier, loaded, answering labels with calibrated confidence and an
out-of-scope flag."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

from ...engine.base import EmbeddingEngine
from ...errors import InvalidRequest, StoreError
from .features import LexicalFeatures, embed
from .head import StackedHead
from .scope import ScopeDetector
from .store import ClassifierStore

# BLAS threads spin for a while after each product; on a few cores they slow the embedder's next
# call more than they speed up the head's small products (one text: 15.7 → 9.3 ms in process).
_BLAS = ThreadpoolController()

HEAD_FILE = "head.npz"
SCOPE_FILE = "scope.npz"
ENCODER_FILE = "encoder.gguf"  # the embedding model after contrastive tuning, when the classifier has one
ALTERNATIVES = 3


@dataclass(frozen=True)
class EmbeddingModel:
    """The embedding model a classifier reads through: its engine, and what identifies its weights."""

    name: str
    sha256: str
    engine: EmbeddingEngine
    path: Path | None = None  # its GGUF file, which contrastive tuning starts from
    threads: int = 2  # for an embedder of a tuned copy


@dataclass(frozen=True)
class Alternative:
    label: str
    confidence: float


@dataclass(frozen=True)
class Prediction:
    """`label` is the most likely label and `confidence` its calibrated probability. `out_of_scope` is
    true when the text is probably none of the labels (its confidence and its similarity to the nearest
    training example are low together; the threshold was chosen at training on held-out texts).
    `alternatives` are the next most likely labels, most likely first."""

    label: str
    confidence: float
    out_of_scope: bool
    alternatives: list[Alternative]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Classifier:
    def __init__(self, manifest: dict[str, Any], head: StackedHead, ngrams: LexicalFeatures, scope: ScopeDetector,
                 embedding: EmbeddingModel):
        self.manifest = manifest
        self.name: str = manifest["name"]
        self.labels: list[str] = manifest["labels"]
        self._head = head
        self._ngrams = ngrams
        self._scope = scope
        self._embedding = embedding
        self._owns_embedder = False
        self._store: ClassifierStore | None = None
        self._stamp: tuple[int, ...] | None = None
        self.version = str(manifest.get("version") or manifest.get("created_at", ""))

    @classmethod
    def open(cls, store: ClassifierStore, name: str, embedding: EmbeddingModel | None, *, threads: int = 2) -> Classifier:
        """Load classifier `name`, checking its files and that `embedding` is the model it was trained
        with. A classifier trained with `--contrastive` has its own tuned copy of the embedding model
        (`ENCODER_FILE`, verified with its other files): it takes `embedding=None` and loads that copy."""
        stamp = store.stamp(name)
        manifest = store.verify(name)
        wanted = manifest["features"]["embedding"]
        folder = store.folder(name)
        tuned = wanted.get("tuned")
        if tuned is not None:
            from ...engine.embedder import LlamaEmbedder

            engine = LlamaEmbedder(f"{wanted['model']}+{name}", folder / tuned["file"], threads=threads)
            embedding = EmbeddingModel(engine.info.name, manifest["files"][tuned["file"]], engine, folder / tuned["file"])
        elif embedding is None or embedding.name != wanted["model"] or embedding.sha256 != wanted["sha256"]:
            have = f"{embedding.name} (sha256 {embedding.sha256[:12]}…)" if embedding is not None else "none"
            raise StoreError(
                f"classifier '{name}' was trained with embedding model {wanted['model']} (sha256 {wanted['sha256'][:12]}…), "
                f"but {have} is installed; train the classifier again")
        scope = ScopeDetector.load(folder / SCOPE_FILE)
        if "operating_point" in manifest["out_of_scope"]:  # chosen at training or moved since (operating.py)
            scope.threshold = float(manifest["out_of_scope"]["threshold"])
        classifier = cls(manifest, StackedHead.load(folder / HEAD_FILE), LexicalFeatures.load(folder), scope, embedding)
        classifier._owns_embedder = tuned is not None
        classifier._stamp, classifier._store = stamp, store
        return classifier

    def is_current(self) -> bool:
        """False once the classifier's manifest has changed on disk (retrained, rolled back, or its
        threshold moved): a server then opens it again."""
        return self._store is None or self._store.stamp(self.name) == self._stamp

    def close(self) -> None:
        """Free the classifier's own embedder, if it has one (a shared one belongs to the runtime)."""
        if self._owns_embedder:
            self._embedding.engine.close()

    @property
    def owns_embedder(self) -> bool:
        return self._owns_embedder

    @property
    def embedding_model(self) -> str:
        return self._embedding.name

    def classify(self, texts: list[str]) -> list[Prediction]:
        """One prediction per text, in order."""
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise InvalidRequest(f"input[{i}] must be a string", param="input")
        if not texts:
            return []
        embedded = embed(self._embedding.engine, texts)
        with _BLAS.limit(limits=1, user_api="blas"):
            proba = self._proba(embedded, texts)
            flagged = self._scope.out_of_scope(proba, embedded)
        order = np.argsort(-proba, axis=1)[:, : ALTERNATIVES + 1]
        predictions = []
        for row, best, out in zip(proba, order, flagged):
            top = best[0]
            predictions.append(Prediction(
                label=self.labels[top],
                confidence=round(float(row[top]), 4),
                out_of_scope=bool(out),
                alternatives=[Alternative(self.labels[j], round(float(row[j]), 4)) for j in best[1:]],
            ))
        return predictions

    def classify_one(self, text: str) -> Prediction:
        return self.classify([text])[0]

    def proba(self, texts: list[str]) -> np.ndarray:
        """Calibrated probabilities, one row per text, one column per label (in `labels` order)."""
        return self._proba(embed(self._embedding.engine, texts), texts)

    def _proba(self, embedded: np.ndarray, texts: list[str]) -> np.ndarray:
        similarity = self._scope.examples.label_similarity(embedded) if self._head.nearest_weight else None
        return self._head.proba(embedded, self._ngrams.transform(texts), similarity)
