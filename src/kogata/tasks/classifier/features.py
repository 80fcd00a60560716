"""The two views of a text a classifier reads: a sentence embedding (kogata's own llama.cpp embedder)
and character n-gram TF-IDF (which covers what the English-leaning embedding model misses, such as
Japanese, product codes and misspellings)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from ...engine.base import EmbeddingEngine

EMBED_CHUNK = 256  # texts per embed() call: small enough for a smooth progress bar

_NGRAM_PARAMS: dict[str, Any] = {
    "analyzer": "char_wb", "ngram_range": (1, 4), "sublinear_tf": True, "lowercase": True, "min_df": 1,
    "max_features": 100_000, "dtype": np.float32,
}


def embed(engine: EmbeddingEngine, texts: list[str], *, on_chunk: Callable[[int], None] | None = None) -> np.ndarray:
    """L2-normalized sentence embeddings of `texts`, one row each, as float32."""
    rows: list[list[float]] = []
    for start in range(0, len(texts), EMBED_CHUNK):
        chunk = texts[start:start + EMBED_CHUNK]
        vectors, _ = engine.embed(chunk)
        rows.extend(vectors)
        if on_chunk is not None:
            on_chunk(len(chunk))
    return np.asarray(rows, dtype=np.float32).reshape(len(texts), -1)


class CharNgrams:
    """Sublinear TF-IDF over character n-grams within word boundaries, L2-normalized."""

    VOCABULARY = "ngrams.json"
    IDF = "ngram_idf.npy"

    def __init__(self, vectorizer: TfidfVectorizer):
        self._vectorizer = vectorizer

    @classmethod
    def fit(cls, texts: list[str]) -> CharNgrams:
        vectorizer = TfidfVectorizer(**_NGRAM_PARAMS)
        vectorizer.fit(texts)
        return cls(vectorizer)

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        return self._vectorizer.transform(texts)

    def summary(self) -> dict[str, Any]:
        low, high = _NGRAM_PARAMS["ngram_range"]
        return {"analyzer": _NGRAM_PARAMS["analyzer"], "ngram_range": [low, high], "size": len(self._vectorizer.vocabulary_)}

    def save(self, folder: Path) -> list[str]:
        """Write the vocabulary and IDF weights (plain JSON and .npy: no pickle); returns the file names."""
        vocabulary = {gram: int(i) for gram, i in self._vectorizer.vocabulary_.items()}
        (folder / self.VOCABULARY).write_text(json.dumps(vocabulary, ensure_ascii=False), encoding="utf-8")
        np.save(folder / self.IDF, self._vectorizer.idf_.astype(np.float32), allow_pickle=False)
        return [self.VOCABULARY, self.IDF]

    @classmethod
    def load(cls, folder: Path) -> CharNgrams:
        vocabulary = json.loads((folder / cls.VOCABULARY).read_text(encoding="utf-8"))
        params = {k: v for k, v in _NGRAM_PARAMS.items() if k not in ("min_df", "max_features")}
        vectorizer = TfidfVectorizer(vocabulary=vocabulary, **params)
        vectorizer.idf_ = np.load(folder / cls.IDF, allow_pickle=False)
        return cls(vectorizer)
