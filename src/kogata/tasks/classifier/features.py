"""The two views of a text a classifier reads: a sentence embedding (kogata's own llama.cpp embedder)
and lexical TF-IDF, character n-grams and words (which cover what the English-leaning embedding
model misses, such as Japanese, product codes and misspellings)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from ...engine.base import EmbeddingEngine
from ...kb.terms import JAPANESE, SCRIPT_RUNS, normalize
from ...mecab import parse

EMBED_CHUNK = 256  # texts per embed() call: small enough for a smooth progress bar

_NGRAM_PARAMS: dict[str, Any] = {
    "analyzer": "char_wb", "ngram_range": (1, 4), "sublinear_tf": True, "lowercase": True, "min_df": 1,
    "max_features": 100_000, "dtype": np.float32,
}
_CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "副詞"})


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


def words(text: str) -> list[str]:
    """Words of `text`: for Japanese, MeCab's content words (nouns, verbs, adjectives, adverbs) in
    their dictionary form, so that 走った and 走る count as one; other scripts' words, lowercased."""
    text = normalize(text)
    out: list[str] = []
    japanese: list[str] = []
    for match in SCRIPT_RUNS.finditer(text):
        run = match.group()
        (japanese if JAPANESE.match(run) else out).append(run)
    if japanese:
        out.extend(w.feature.lemma or w.surface for w in parse(" ".join(japanese)) if w.feature.pos1 in _CONTENT_POS)
    return out


_WORD_PARAMS: dict[str, Any] = {"analyzer": words, "sublinear_tf": True, "min_df": 1, "max_features": 100_000, "dtype": np.float32}


class LexicalFeatures:
    """Sublinear TF-IDF over character n-grams within word boundaries, and over `words`, each
    L2-normalized, side by side. The words view lifted JSQuAD question → article from 83.0% to
    85.5% and left Banking77 within 0.2 points (docs/benchmarks.md)."""

    VOCABULARY = "ngrams.json"
    IDF = "ngram_idf.npy"
    WORDS = "words.json"
    WORD_IDF = "word_idf.npy"

    def __init__(self, ngrams: TfidfVectorizer, words: TfidfVectorizer | None):
        self._ngrams = ngrams
        self._words = words  # None in classifiers trained before the words view
        views = [ngrams] if words is None else [ngrams, words]
        offsets = np.cumsum([0] + [len(v.vocabulary_) for v in views])
        self._views = [(v.build_analyzer(), v.vocabulary_, v.idf_.astype(np.float64), int(o)) for v, o in zip(views, offsets)]
        self._columns = int(offsets[-1])

    @classmethod
    def fit(cls, texts: list[str]) -> LexicalFeatures:
        return cls(TfidfVectorizer(**_NGRAM_PARAMS).fit(texts), TfidfVectorizer(**_WORD_PARAMS).fit(texts))

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        """The same matrix as scikit-learn's `transform` of each view, side by side, computed here:
        its input validation cost more than the arithmetic for one text (0.9 of 1.1 ms)."""
        indptr, indices, data = [0], [], []
        for text in texts:
            size = 0
            for analyze, vocabulary, idf, offset in self._views:
                counts = Counter(i for term in analyze(text) if (i := vocabulary.get(term)) is not None)
                if not counts:
                    continue
                columns = np.fromiter(counts.keys(), np.int64, len(counts))
                values = (1.0 + np.log(np.fromiter(counts.values(), np.float64, len(counts)))) * idf[columns]
                indices.append(columns + offset)
                data.append(values / np.sqrt(values @ values))
                size += len(counts)
            indptr.append(indptr[-1] + size)
        if not indices:
            return sparse.csr_matrix((len(texts), self._columns), dtype=np.float32)
        return sparse.csr_matrix((np.concatenate(data).astype(np.float32), np.concatenate(indices), indptr),
                                 shape=(len(texts), self._columns))

    def summary(self) -> dict[str, Any]:
        low, high = _NGRAM_PARAMS["ngram_range"]
        summary: dict[str, Any] = {"analyzer": _NGRAM_PARAMS["analyzer"], "ngram_range": [low, high],
                                   "size": len(self._ngrams.vocabulary_)}
        if self._words is not None:
            summary["words"] = len(self._words.vocabulary_)
        return summary

    def save(self, folder: Path) -> list[str]:
        """Write the vocabularies and IDF weights (plain JSON and .npy: no pickle); returns the file names."""
        files = [(self._ngrams, self.VOCABULARY, self.IDF)] + ([(self._words, self.WORDS, self.WORD_IDF)] if self._words else [])
        for vectorizer, vocabulary_file, idf_file in files:
            vocabulary = {term: int(i) for term, i in vectorizer.vocabulary_.items()}
            (folder / vocabulary_file).write_text(json.dumps(vocabulary, ensure_ascii=False), encoding="utf-8")
            np.save(folder / idf_file, vectorizer.idf_.astype(np.float32), allow_pickle=False)
        return [name for _, *names in files for name in names]

    @classmethod
    def load(cls, folder: Path) -> LexicalFeatures:
        def vectorizer(params: dict[str, Any], vocabulary_file: str, idf_file: str) -> TfidfVectorizer:
            vocabulary = json.loads((folder / vocabulary_file).read_text(encoding="utf-8"))
            fitted = TfidfVectorizer(vocabulary=vocabulary, **{k: v for k, v in params.items() if k not in ("min_df", "max_features")})
            fitted.idf_ = np.load(folder / idf_file, allow_pickle=False)
            return fitted

        words_view = vectorizer(_WORD_PARAMS, cls.WORDS, cls.WORD_IDF) if (folder / cls.WORDS).is_file() else None
        return cls(vectorizer(_NGRAM_PARAMS, cls.VOCABULARY, cls.IDF), words_view)
