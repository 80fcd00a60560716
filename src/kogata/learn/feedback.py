"""Feedback on an answer, checked: the answer exists, and a label is one its classifier knows (or is
declared new, which is how a classifier learns a new kind of input)."""

from __future__ import annotations

from typing import Any

from ..errors import InvalidRequest
from ..tasks.classifier.store import ClassifierStore
from .records import Feedback, LearningStore

MAX_COMMENT = 10_000
CLASSIFYING = ("classify", "respond")


def give_feedback(learning: LearningStore, classifiers: ClassifierStore, prediction_id: str, *,
                  label: str | None = None, rating: int | None = None, output: Any = None,
                  comment: str | None = None, new_label: bool = False) -> Feedback:
    answer = learning.prediction(prediction_id)
    if label is not None:
        if answer.kind not in CLASSIFYING:
            raise InvalidRequest(f"a label corrects a classification; answer '{prediction_id}' is a {answer.kind} answer: "
                                 "give its corrected output or a rating", param="label")
        known = classifiers.manifest(answer.specialist)["labels"] if classifiers.exists(answer.specialist) else []
        if label not in known and not new_label:
            shown = ", ".join(known[:20]) + (", …" if len(known) > 20 else "")
            raise InvalidRequest(f"classifier '{answer.specialist}' has no label '{label}' (it knows: {shown}); "
                                 'to teach it a new label, send "new_label": true', param="label", code="unknown_label")
    if comment is not None and len(comment) > MAX_COMMENT:
        raise InvalidRequest(f"comment is longer than {MAX_COMMENT} characters", param="comment")
    return learning.add_feedback(prediction_id, label=label, rating=rating, output=output, comment=comment)
