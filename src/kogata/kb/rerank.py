"""A second look at the best candidates of a Japanese query: a logistic model over five signals that
say whether a chunk holds what the question asks, not only its topic.

Most of the fusion's misses on JSQuAD are a neighbouring paragraph of the right article ranked first:
same topic, same words, so BM25 and cosine agree on both. The question usually copies a phrase of the
paragraph that holds its answer, so besides BM25 and cosine the model reads how much of the question
the chunk contains: its longest common substring, its character trigrams, its content words. Each is
given raw and as a z-score over the candidates. The weights are fitted by scripts/fit_kb_rerank.py on
the even-numbered JSQuAD articles for collections of one embedding model (its cosine's scale is part of
the fit); docs/benchmarks.md has what it gains on the odd-numbered ones. Fitted on Japanese questions,
it is used for Japanese questions only.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np

from .terms import content_words, is_mostly_japanese, normalize

DEPTH = 20  # candidates, best fused first, that are scored again
# Per embedding model: intercept, then a weight for the z-score over the candidates of each feature
# (keyword, dense, longest common substring, trigrams, content words), then for each raw feature
# (scripts/fit_kb_rerank.py prints these).
WEIGHTS: dict[str, tuple[float, ...]] = {
    "e5-small": (-7.8517, 0.664, 0.7769, 0.3579, 0.2839, 0.776, 1.7993, -0.0018, 0.491, 0.0665, 0.4946),
}


def applies(model: str | None, query: str) -> bool:
    return model in WEIGHTS and is_mostly_japanese(query)


def passage(title: str | None, heading: str | None, text: str) -> str:
    """What the features read of a candidate chunk: its document's title, its heading and its text."""
    return " ".join(filter(None, (title, heading, text)))


def features(query: str, lexical: np.ndarray, dense: np.ndarray, texts: list[str]) -> np.ndarray:
    """One row per candidate: its BM25 share of the best, its cosine, then the share of the question
    (normalized, spaces dropped) found as one substring, as character trigrams, and as content words."""
    question = normalize(query).replace(" ", "")
    trigrams = [question[i:i + 3] for i in range(len(question) - 2)] or [question]
    asked = content_words(query)
    rows = []
    for text in texts:
        body = _normalized(text)
        match = SequenceMatcher(None, question, body, autojunk=False).find_longest_match(
            0, len(question), 0, len(body))
        rows.append((match.size / max(1, len(question)),
                     sum(t in body for t in trigrams) / len(trigrams),
                     len(asked & _content_words(text)) / max(1, len(asked))))
    return np.column_stack([lexical, dense, np.array(rows).reshape(-1, 3)])


def scores(model: str | None, query: str, lexical: np.ndarray, dense: np.ndarray, texts: list[str]) -> np.ndarray | None:
    """The probability, for each candidate, that it is the one the question asks about; None where
    no model is fitted for this embedding model."""
    weights = WEIGHTS.get(model or "")
    if weights is None or not texts:
        return None
    return probability(np.asarray(weights), features(query, lexical, dense, texts))


def probability(weights: np.ndarray, raw: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(weights[0] + design(raw) @ weights[1:])))


def design(raw: np.ndarray) -> np.ndarray:
    spread = raw.std(axis=0)
    spread[spread == 0] = 1.0
    return np.hstack([(raw - raw.mean(axis=0)) / spread, raw])


@lru_cache(maxsize=4096)
def _normalized(text: str) -> str:
    return normalize(text).replace(" ", "")


@lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(content_words(text))
