"""What the router reads to decide: each signal says why a text should go upstream (a reason), or
nothing. A signal that has nothing to read (no classifier, no knowledge base) says nothing."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import Protocol


class ClassifierResult(Protocol):
    label: str
    confidence: float  # calibrated probability of `label`
    out_of_scope: bool  # the classifier's own verdict: probably none of its labels


class TextClassifier(Protocol):
    """What routing needs of a classifier (kogata.tasks.classifier.Classifier is one)."""

    def classify(self, texts: list[str]) -> Sequence[ClassifierResult]: ...


def classifier_reason(result: ClassifierResult, min_confidence: float) -> str | None:
    if result.out_of_scope:
        return "out_of_scope"
    if result.confidence < min_confidence:
        return "low_confidence"
    return None


def kb_reason(kb_support: bool | None) -> str | None:
    """`kb_support` is whether the knowledge base found anything relevant; None when it was not asked."""
    return "no_kb_support" if kb_support is False else None


def matching_pattern(text: str, patterns: Iterable[str]) -> str | None:
    return next((p for p in patterns if re.search(p, text)), None)


def token_probability(logprobs: Iterable[float]) -> float | None:
    """The mean probability of an answer's tokens; None for an empty answer."""
    probs = [math.exp(lp) for lp in logprobs]
    return sum(probs) / len(probs) if probs else None


def token_reason(probability: float | None, min_probability: float) -> str | None:
    if probability is not None and probability < min_probability:
        return "low_token_confidence"
    return None
