"""How much a capitalised word looks like a person's name: a logistic regression over its character
n-grams (data/name_model.npy, made by scripts/make_name_model.py from the name lists against words of
many languages and place names). It reads names no list holds (Chaiyasit, Wen-hsiung) by their shape."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import numpy as np

N_FEATURES = 2**17


@lru_cache(maxsize=1)
def _vectorizer():
    from sklearn.feature_extraction.text import HashingVectorizer  # on first use: every kogata command imports the guard

    return HashingVectorizer(analyzer="char_wb", ngram_range=(1, 4), n_features=N_FEATURES, alternate_sign=False,
                             norm="l2", lowercase=True)


def features(words: list[str]):
    return _vectorizer().transform(words)


@lru_cache(maxsize=1)
def _weights() -> tuple[np.ndarray, float]:
    with resources.files(__package__).joinpath("data", "name_model.npy").open("rb") as f:
        w = np.load(f).astype(np.float32)
    return w[:-1], float(w[-1])


@lru_cache(maxsize=65536)
def name_likeness(word: str) -> float:
    """The model's probability that `word` is a given or family name."""
    coef, bias = _weights()
    row = features([word])
    z = float(row.data @ coef[row.indices]) + bias
    return 1.0 / (1.0 + np.exp(-z))
