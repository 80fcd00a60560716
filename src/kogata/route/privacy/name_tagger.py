"""Person names found by what is around them: a token classifier over multilingual-e5-small's vectors.

The rules find names by lists, cues and shape; on text written apart from them they miss names no list
holds and no cue announces. This model reads each word (a MeCab token) as e5-small sees it in its
sentence, with the words before and after it, and says whether it begins a name, continues one, or is
no name: a logistic regression (data/name_tagger.npz, fitted by scripts/fit_name_tagger.py on the
guard's development, held-out and fresh sets; never on the blind set). Its names are added to the
rules' (the longer of two overlapping ones wins). It needs the e5-small model in the store; without it
the guard (redactor.guard) keeps its rules alone and says so once in the log.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, NamedTuple

import numpy as np

from ... import mecab
from .entities import PERSON, Detection, Document

ENCODER = "e5-small"
OUTSIDE, BEGIN, INSIDE = 0, 1, 2
_JOINERS = ("", " ", "\u3000", "・", "-")  # what may stand between two words of one name

log = logging.getLogger(__name__)


class Weights(NamedTuple):
    coef: np.ndarray  # (3, features): outside, begin, inside
    intercept: np.ndarray  # (3,)
    threshold: float  # least probability of begin + inside for a word to be part of a name


def segments(text: str) -> list[tuple[int, int]]:
    """The words of `text` as MeCab cuts them, line by line, as (start, end) offsets."""
    out: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        cursor = 0
        for word in mecab.parse(line):
            start = line.find(word.surface, cursor)
            if start < 0:
                continue
            cursor = start + len(word.surface)
            out.append((offset + start, offset + cursor))
        offset += len(line) + 1
    return out


def _shape(word: str) -> list[bool]:
    return [word[:1].isupper(), word.isupper() and len(word) > 1, word.islower(), word.isascii() and word.isalpha(),
            any("\u3040" <= c <= "\u309f" for c in word),
            any("\u30a0" <= c <= "\u30ff" or "\uff66" <= c <= "\uff9f" for c in word),
            any("\u4e00" <= c <= "\u9fff" for c in word), any(c.isdigit() for c in word), len(word) == 1]


def design(text: str, words: list[tuple[int, int]], vectors: np.ndarray) -> np.ndarray:
    """Per word: its vector, the previous and next words' vectors (zeros at the ends), its shape."""
    zero = np.zeros((1, vectors.shape[1]), dtype=np.float32)
    shape = np.array([_shape(text[a:b]) for a, b in words], dtype=np.float32).reshape(len(words), -1)
    return np.hstack([vectors, np.vstack([zero, vectors[:-1]]), np.vstack([vectors[1:], zero]), shape])


def probabilities(weights: Weights, features: np.ndarray) -> np.ndarray:
    z = features @ weights.coef.T + weights.intercept
    z = np.exp(z - z.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def names(text: str, words: list[tuple[int, int]], p: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Spans of consecutive name words; a word more likely to begin a name than to continue one
    starts a new span (相沢 陽翔 相沢 千夏 is two names)."""
    spans: list[list[int]] = []
    open_span = False
    for (start, end), (_, begin, inside) in zip(words, p):
        if begin + inside < threshold:
            open_span = False
        elif open_span and inside >= begin and text[spans[-1][1]:start] in _JOINERS:
            spans[-1][1] = end
        else:
            spans.append([start, end])
            open_span = True
    return [(a, b) for a, b in spans]


class NameTagger:
    def __init__(self, embedder, weights: Weights):
        self.embedder = embedder
        self.weights = weights

    def __call__(self, doc: Document) -> Iterable[Detection]:
        words = segments(doc.text)
        if not words:
            return []
        vectors = self.embedder.piece_vectors([doc.text[a:b] for a, b in words])
        p = probabilities(self.weights, design(doc.text, words, vectors))
        return [Detection(PERSON, a, b) for a, b in names(doc.text, words, p, self.weights.threshold)]


def load_weights() -> Weights:
    with resources.files(__package__).joinpath("data", "name_tagger.npz").open("rb") as f:
        data = np.load(f)
        return Weights(data["coef"].astype(np.float32), data["intercept"].astype(np.float32), float(data["threshold"]))


@lru_cache(maxsize=4)
def tagger_for(models_dir: Path, threads: int) -> NameTagger | None:
    """The tagger on the store's e5-small, loaded once per process and store; None where it is missing."""
    from ...engine.embedder import LlamaEmbedder
    from ...models.store import ModelStore

    store = ModelStore(models_dir)
    if not store.is_installed(ENCODER):
        _say_missing(models_dir)
        return None
    return NameTagger(LlamaEmbedder(ENCODER, store.get(ENCODER).path, threads=threads), load_weights())


def tagger_sharing(runtime) -> NameTagger | None:
    """The tagger on a runtime's e5-small, the one its embeddings and knowledge base use, loaded there on
    the tagger's first use; None where the store lacks it."""
    if not runtime.store.is_installed(ENCODER):
        _say_missing(runtime.settings.models_dir)
        return None
    return NameTagger(_RuntimeEncoder(runtime), load_weights())


class _RuntimeEncoder:
    def __init__(self, runtime):
        self.runtime = runtime

    def piece_vectors(self, pieces: list[str]) -> np.ndarray:
        return self.runtime.embedder(ENCODER).piece_vectors(pieces)


@lru_cache(maxsize=4)
def _say_missing(models_dir: Path) -> None:
    log.warning("privacy guard: %s is not in the model store, so person names are found by rules alone "
                "(kogata pull %s adds the learned name tagger)", ENCODER, ENCODER)
