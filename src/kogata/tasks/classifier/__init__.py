"""Specialist text classifiers: trained on a CSV or JSONL of examples, calibrated, with out-of-scope
detection. `train_classifier` makes one, `Classifier` uses one, `ClassifierStore` keeps them.

The names below load on first use (PEP 562): scikit-learn and SciPy take seconds to import, and
`kogata list` should not wait for them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .data import Dataset, load_dataset
    from .model import Alternative, Classifier, EmbeddingModel, Prediction
    from .store import ClassifierStore
    from .train import TrainOptions, train_classifier

_WHERE = {
    "Dataset": "data", "load_dataset": "data",
    "Alternative": "model", "Classifier": "model", "EmbeddingModel": "model", "Prediction": "model",
    "ClassifierStore": "store",
    "TrainOptions": "train", "train_classifier": "train",
}
__all__ = [
    "Alternative", "Classifier", "ClassifierStore", "Dataset", "EmbeddingModel", "Prediction", "TrainOptions",
    "load_dataset", "train_classifier",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_WHERE[name]}", __name__), name)
