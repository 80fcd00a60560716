"""Hybrid search: BM25 over Japanese-aware terms (SQLite FTS5) fused with embedding cosine.

Fusion is a weighted sum of the BM25 score divided by the query's best BM25 score and the cosine
similarity, computed exactly for every candidate of either list. Reciprocal rank fusion was
measured and rejected: on Japanese (JSQuAD) MiniLM alone finds the right paragraph first 20% of the
time, and RRF gives it as much say as BM25 (recall@1 0.91 -> 0.52-0.78); a score-weighted sum lets
a weak dense signal break ties without overriding strong keyword evidence. The dense weight is
lower for Japanese queries, where the English-leaning MiniLM knows less. For e5-small, whose cosine
alone finds the right JSQuAD paragraph first 83% of the time, BM25 and cosine are fused as z-scores
over the candidates (`Z_FUSION_DENSE_WEIGHT`), measured better than the weighted sum on held-out articles.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from ..engine.base import EmbeddingEngine
from ..errors import InvalidRequest, KogataError
from . import rerank
from .collection import Collection
from .terms import is_mostly_japanese, terms

DENSE_WEIGHT_JA = 0.1
DENSE_WEIGHT_OTHER = 0.5
# Models whose cosine is strong enough to be fused on equal terms: z-scores of BM25 and cosine over
# the candidates, dense weight chosen on half of JSQuAD's articles (docs/benchmarks.md, issue 15).
Z_FUSION_DENSE_WEIGHT = {"e5-small": 1.0}
CANDIDATES = 50  # from each of BM25 and dense, before fusion
COMMON_TERMS_FROM = 1000  # chunks in a collection from which very common terms are dropped from queries
POSTINGS_BUDGET = 20_000  # chunk-term matches a keyword query may score, at most (beyond its rarest terms)
MIN_QUERY_TERMS = 8
MAX_K = 100
_FIELDS = {"document_id": "d.id", "source": "d.source", "title": "d.title"}


@dataclass
class Hit:
    document_id: str
    source: str
    title: str
    chunk_id: int
    text: str
    heading: str | None
    page: int | None
    score: float
    keyword_score: float  # BM25 divided by the query's best BM25 score: 0..1
    dense_score: float  # cosine similarity

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class EmbeddingModelChanged(KogataError):
    """The collection switched embedding models (a re-embedding finished) during a search."""


class VectorIndex:
    """An in-memory copy of a collection's embeddings, brought up to date with the file before each
    search by loading only chunks added since and dropping deleted ones (all of them again when the
    collection has been re-embedded with another model)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.generation = -1
        self.model: str | None = None
        self.ids = np.empty(0, dtype=np.int64)  # ascending chunk ids
        self.matrix = np.empty((0, 0), dtype=np.float32)

    def sync(self, conn: sqlite3.Connection, collection: Collection) -> tuple[np.ndarray, np.ndarray]:
        with self._lock:
            generation = collection.generation(conn)
            model = conn.execute("SELECT value FROM settings WHERE key = 'embedding_model'").fetchone()[0]
            if model != self.model:
                self.ids, self.matrix, self.model = np.empty(0, dtype=np.int64), np.empty((0, 0), np.float32), model
                self.generation = -1
            if generation != self.generation:
                current = np.fromiter((r[0] for r in conn.execute("SELECT id FROM chunks ORDER BY id")), dtype=np.int64)
                keep = np.isin(self.ids, current, assume_unique=True)
                newest = int(self.ids[-1]) if len(self.ids) else 0
                rows = conn.execute("SELECT id, embedding FROM chunks WHERE id > ? ORDER BY id", (newest,)).fetchall()
                added = np.array([r[0] for r in rows], dtype=np.int64)
                vectors = [np.frombuffer(r[1], dtype=np.float32) for r in rows]
                old = self.matrix[keep] if len(self.ids) else None
                parts = ([old] if old is not None and len(old) else []) + ([np.stack(vectors)] if vectors else [])
                self.matrix = np.concatenate(parts) if parts else np.empty((0, 0), dtype=np.float32)
                self.ids = np.concatenate([self.ids[keep], added])
                self.generation = generation
            return self.ids, self.matrix


def filter_sql(filter: dict[str, Any] | None) -> tuple[str, list[Any]]:
    """`{"source": "a.pdf", "dept": ["hr", "legal"]}`: each key equal to the value (or one of a list
    of values); `document_id`, `source` and `title` are the document's own, other keys its metadata."""
    if not filter:
        return "1", []
    if not isinstance(filter, dict):
        raise InvalidRequest("filter must be an object", param="filter")
    clauses, params = [], []
    for key, value in filter.items():
        column = _FIELDS.get(key)
        if column is None:
            if '"' in key or not key:  # SQLite's JSON path cannot quote a double quote: a malformed path
                raise InvalidRequest(f"filter key {key!r}: metadata keys in a filter cannot be empty or contain '\"'",
                                     param="filter")
            column = "json_extract(d.metadata, ?)"
            params.append(f'$."{key}"')
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(v, (str, int, float, bool)) for v in values):
            raise InvalidRequest(f"filter['{key}'] must be a string, number, boolean or a list of them", param="filter")
        clauses.append(f"{column} IN ({','.join('?' * len(values))})")
        params.extend(values)
    return " AND ".join(clauses), params


def match_expression(query_terms: list[str]) -> str:
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in dict.fromkeys(query_terms))


def search(collection: Collection, index: VectorIndex, embedder: EmbeddingEngine, query: str, *,
           k: int = 5, filter: dict[str, Any] | None = None, model: str | None = None,
           rescore: bool = True) -> list[Hit]:
    """`model`: the embedding model `embedder` is, as the collection names it; if the collection
    has switched to another since, EmbeddingModelChanged is raised. `rescore`: the best fused
    candidates of a Japanese query are scored again (kb/rerank.py) where a model is fitted."""
    if not isinstance(query, str) or not query.strip():
        raise InvalidRequest("query must be a non-empty string", param="query")
    if not isinstance(k, int) or not 1 <= k <= MAX_K:
        raise InvalidRequest(f"k must be an integer from 1 to {MAX_K}", param="k")
    where, params = filter_sql(filter)
    query_terms = terms(query)
    [query_vector], _ = embedder.embed([query], "query")
    query_vector = np.asarray(query_vector, dtype=np.float32)
    n = max(CANDIDATES, k)

    with collection.transaction() as conn:
        ids, matrix = index.sync(conn, collection)
        if model is not None and index.model != model:
            raise EmbeddingModelChanged(f"collection '{collection.name}' now uses {index.model}")
        if not len(ids):
            return []
        keyword = _keyword_scores(collection, conn, query_terms, len(ids), where, params, n, bool(filter))
        allowed = None
        if filter:
            allowed = np.fromiter((r[0] for r in conn.execute(
                f"SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id WHERE {where}", params)),
                dtype=np.int64)
        if matrix.shape[1] != len(query_vector):
            raise InvalidRequest(f"collection '{collection.name}' was built with {matrix.shape[1]}-dimensional "
                                 f"embeddings, but the embedding model gives {len(query_vector)}", param="collection")
        cosine = matrix @ query_vector
        if allowed is not None:
            cosine = np.where(np.isin(ids, allowed), cosine, -np.inf)
        dense_top = np.argpartition(-cosine, min(n, len(ids) - 1))[:n]
        candidates = {int(ids[i]) for i in dense_top if np.isfinite(cosine[i])} | set(keyword)
        if not candidates:
            return []

        best = max(keyword.values(), default=0.0) or 1.0
        chunk_ids = np.fromiter(candidates, dtype=np.int64)
        lexical = np.array([keyword.get(int(c), 0.0) / best for c in chunk_ids])
        dense = cosine[np.searchsorted(ids, chunk_ids)].astype(np.float64)
        fused = _fuse(lexical, dense, query, model)
        scored = sorted(zip(fused.tolist(), chunk_ids.tolist(), lexical.tolist(), dense.tolist()), reverse=True)
        second_look = rescore and rerank.applies(model, query)
        stored = collection.chunks(conn, [c for _, c, _, _ in scored[:max(k, rerank.DEPTH) if second_look else k]])
        if second_look:
            scored = _rerank(scored, stored, query, model)
        top = scored[:k]
    return [Hit(chunk.document_id, chunk.source, chunk.title, chunk_id, chunk.text, chunk.heading, chunk.page,
                round(score, 6), round(lexical, 6), round(dense, 6))
            for score, chunk_id, lexical, dense in top if (chunk := stored.get(chunk_id)) is not None]


def _rerank(scored: list[tuple[float, int, float, float]], stored: dict, query: str,
            model: str | None) -> list[tuple[float, int, float, float]]:
    """The first `rerank.DEPTH` ordered by the second stage's probability; the rest after them, in
    fused order, scaled below the least probable."""
    head = [s for s in scored[:rerank.DEPTH] if s[1] in stored]
    texts = [rerank.passage(stored[c].title, stored[c].heading, stored[c].text) for _, c, _, _ in head]
    probability = rerank.scores(model, query, np.array([s[2] for s in head]), np.array([s[3] for s in head]), texts)
    if probability is None:
        return scored
    floor = float(probability.min())
    ranked = sorted(((float(p), c, lex, den) for p, (_, c, lex, den) in zip(probability, head)), reverse=True)
    return ranked + [(fused * floor, c, lex, den) for fused, c, lex, den in scored[rerank.DEPTH:]]


def _fuse(lexical: np.ndarray, dense: np.ndarray, query: str, model: str | None) -> np.ndarray:
    """One score per candidate, higher is better. z-score fusion is rescaled to 0..1 over the
    candidates, so that a score is comparable with the best one's (kb/answer.py keeps sources
    scoring at least half of the best)."""
    weight = Z_FUSION_DENSE_WEIGHT.get(model or "")
    if weight is None:
        return lexical + (DENSE_WEIGHT_JA if is_mostly_japanese(query) else DENSE_WEIGHT_OTHER) * dense
    fused = _z(lexical) + weight * _z(dense)
    spread = fused.max() - fused.min()
    return (fused - fused.min()) / spread if spread > 0 else np.ones_like(fused)


def _z(x: np.ndarray) -> np.ndarray:
    spread = x.std()
    return (x - x.mean()) / (spread if spread > 0 else 1.0)


def _keyword_scores(collection: Collection, conn: sqlite3.Connection, query_terms: list[str], n_chunks: int,
                    where: str, params: list[Any], n: int, filtered: bool) -> dict[int, float]:
    """BM25 of the best `n` chunks. FTS5 scores every chunk that matches any query term, so the
    query keeps its rarest terms (the ones BM25 weighs most) up to a budget of postings, and never
    a term in more than half of the chunks (FTS5 floors its IDF at 1e-6: it would only cost time)."""
    df = collection.document_frequencies(conn, list(dict.fromkeys(query_terms)))
    common = n_chunks // 2 if n_chunks >= COMMON_TERMS_FROM else n_chunks
    chosen, postings = [], 0
    for term in sorted((t for t in df if df[t] <= common), key=df.get):
        if len(chosen) >= MIN_QUERY_TERMS and postings + df[term] > POSTINGS_BUDGET:
            break
        chosen.append(term)
        postings += df[term]
    if not chosen:
        return {}
    restrict = (f"AND rowid IN (SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id "
                f"WHERE {where})") if filtered else ""
    rows = conn.execute(
        f"SELECT rowid, -rank FROM chunk_terms WHERE chunk_terms MATCH ? {restrict} ORDER BY rank LIMIT ?",
        [match_expression(chosen), *params, n]).fetchall()
    return {r[0]: r[1] for r in rows}
