"""A classifier with the real minilm-l6 on a slice of Banking77: 12 intents, 40 examples each."""

import csv
from pathlib import Path

import numpy as np
import pytest

from kogata.config import Settings
from kogata.runtime import Runtime
from kogata.tasks.classifier import Classifier, ClassifierStore, load_dataset, train_classifier

BANKING77 = Path(__file__).resolve().parents[3] / "shared" / "data" / "banking77"
INTENTS = ["card_arrival", "card_linking", "exchange_rate", "lost_or_stolen_card", "pin_blocked", "top_up_failed",
           "transfer_not_received_by_recipient", "cash_withdrawal_charge", "apple_pay_or_google_pay",
           "change_pin", "declined_card_payment", "terminate_account"]
UNSEEN = ["age_limit", "country_support", "visa_or_mastercard"]


def rows(split: str, intents: list[str], per_intent: int | None = None) -> list[tuple[str, str]]:
    with open(BANKING77 / f"{split}.csv", newline="", encoding="utf-8") as f:
        found = [(r["text"], r["category"]) for r in csv.DictReader(f) if r["category"] in intents]
    if per_intent is None:
        return found
    kept: dict[str, list] = {}
    for text, label in found:
        kept.setdefault(label, [])
        if len(kept[label]) < per_intent:
            kept[label].append((text, label))
    return [row for group in kept.values() for row in group]


def write_training_csv(path: Path, intents: list[str], per_intent: int) -> Path:
    """The first `per_intent` training texts of each intent, as a CSV with Banking77's columns."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["text", "category"])
        writer.writerows(rows("train", intents, per_intent))
    return path


@pytest.fixture(scope="module")
def classifier(real_store, real_home, tmp_path_factory):
    data = write_training_csv(tmp_path_factory.mktemp("data") / "banking.csv", INTENTS, 40)
    settings = Settings(home=real_home)
    runtime = Runtime(settings, store=real_store)
    store = ClassifierStore(tmp_path_factory.mktemp("home") / "classifiers")
    manifest = train_classifier(load_dataset(data, label_col="category"), "bank12", runtime.embedding_model("minilm-l6"),
                                store)
    assert manifest["features"]["embedding"]["sha256"] == real_store.get("minilm-l6").sha256
    yield manifest, Classifier.open(store, "bank12", runtime.embedding_model("minilm-l6"))
    runtime.close()


def test_accuracy_and_calibration_on_held_out_intents(classifier):
    manifest, clf = classifier
    test = rows("test", INTENTS)
    predictions = clf.classify([t for t, _ in test])
    right = np.array([p.label == y for p, (_, y) in zip(predictions, test)])
    assert right.mean() >= 0.9, right.mean()
    confidence = np.array([p.confidence for p in predictions])
    assert confidence[right].mean() > confidence[~right].mean()  # confidence means something
    assert manifest["metrics"]["ece"] < 0.15
    assert np.mean([p.out_of_scope for p in predictions]) < 0.15


def test_unseen_intents_are_flagged_more_often(classifier):
    _, clf = classifier
    unseen = [t for t, _ in rows("test", UNSEEN)]
    seen = [t for t, _ in rows("test", INTENTS)]
    flagged_unseen = np.mean([p.out_of_scope for p in clf.classify(unseen)])
    flagged_seen = np.mean([p.out_of_scope for p in clf.classify(seen)])
    assert flagged_unseen > 0.4 and flagged_unseen > 3 * flagged_seen, (flagged_unseen, flagged_seen)
