"""`kogata tune classify --contrastive`: the real minilm-l6 tuned on a few Banking77 intents, written
back to GGUF, served by llama.cpp from the classifier's own folder."""

import json

import numpy as np
import pytest
import torch

from kogata.config import Settings
from kogata.engine.embedder import LlamaEmbedder
from kogata.errors import StoreError
from kogata.runtime import Runtime
from kogata.tasks.classifier import ClassifierStore, load_dataset, train_classifier
from kogata.tasks.classifier.train import TrainOptions
from kogata.tune.encoder import BertEncoder, pad, supervised_contrastive_loss

from test_classify_real import rows, write_training_csv

INTENTS = ["card_arrival", "card_delivery_estimate", "lost_or_stolen_card", "lost_or_stolen_phone",
           "change_pin", "pin_blocked", "top_up_failed", "top_up_reverted"]  # near neighbours, in pairs


def separation(vectors: np.ndarray, labels: np.ndarray) -> float:
    """Mean cosine of same-label pairs minus that of different-label pairs."""
    sim = vectors @ vectors.T
    same = labels[:, None] == labels[None, :]
    off = ~np.eye(len(labels), dtype=bool)
    return float(sim[same & off].mean() - sim[~same].mean())


@pytest.fixture(scope="module")
def tuned(real_store, real_home, tmp_path_factory):
    data = write_training_csv(tmp_path_factory.mktemp("data") / "few.csv", INTENTS, 12)
    home = tmp_path_factory.mktemp("home")
    runtime = Runtime(Settings(home=home), store=real_store)
    store = ClassifierStore.in_home(home)
    base = runtime.embedding_model("minilm-l6")
    manifest = train_classifier(load_dataset(data, label_col="category"), "few8", base, store,
                                options=TrainOptions(contrastive=True, contrastive_steps=12))
    yield manifest, store, runtime, base
    runtime.close()


def test_tuning_pulls_labels_apart_and_is_saved_with_the_classifier(tuned):
    manifest, store, runtime, base = tuned
    info = manifest["features"]["embedding"]
    assert info["model"] == "minilm-l6" and info["sha256"] == base.sha256
    assert info["tuned"]["file"] == "encoder.gguf" and info["tuned"]["steps"] == 12
    assert info["tuned"]["loss_last"] < info["tuned"]["loss_first"]
    encoder = store.folder("few8") / "encoder.gguf"
    assert manifest["files"]["encoder.gguf"]
    test = rows("test", INTENTS)
    texts, labels = [t for t, _ in test], np.array([y for _, y in test])
    before = np.asarray(base.engine.embed(texts)[0])
    tuned_embedder = LlamaEmbedder("tuned", encoder, threads=2)
    try:
        after = np.asarray(tuned_embedder.embed(texts)[0])
        # The written file is what was trained: torch's forward over it equals llama.cpp's.
        model = BertEncoder.from_gguf(encoder)
        ids, mask = pad([tuned_embedder.tokenize(t) for t in texts[:16]])
        with torch.no_grad():
            torch_vectors = model(ids, mask).numpy()
    finally:
        tuned_embedder.close()
    assert np.min((torch_vectors * after[:16]).sum(axis=1)) > 0.999
    # On test texts it never saw, same-intent texts moved closer together than different-intent ones.
    assert separation(after, labels) > separation(before, labels) + 0.02, (separation(before, labels), separation(after, labels))


def test_runtime_serves_the_tuned_classifier_and_checks_its_file(tuned):
    _, store, runtime, _ = tuned
    clf = runtime.classifier("few8")
    assert clf.embedding_model == "minilm-l6+few8"
    test = rows("test", INTENTS)
    predictions = clf.classify([t for t, _ in test])
    assert np.mean([p.label == y for p, (_, y) in zip(predictions, test)]) >= 0.75
    manifest = json.loads((store.folder("few8") / "manifest.json").read_text())
    assert manifest["head"]["features"].startswith("minilm-l6 (tuned)")

    fresh = Runtime(Settings(home=store.root.parent), store=runtime.store)
    encoder = store.folder("few8") / "encoder.gguf"
    original = encoder.read_bytes()
    try:
        with open(encoder, "r+b") as f:
            f.seek(len(original) - 16)
            f.write(b"\x00" * 16)
        with pytest.raises(StoreError, match="encoder.gguf is missing or changed"):
            fresh.classifier("few8")
    finally:
        encoder.write_bytes(original)
        fresh.close()


def test_loss_counts_only_texts_with_a_partner():
    z = torch.nn.functional.normalize(torch.tensor([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9], [-1.0, 0.0]]), dim=1)
    clustered = supervised_contrastive_loss(z, torch.tensor([0, 0, 1, 1, 2]), 0.1)
    crossed = supervised_contrastive_loss(z, torch.tensor([0, 1, 0, 1, 2]), 0.1)
    assert torch.isfinite(clustered) and clustered < 0.1 < crossed
