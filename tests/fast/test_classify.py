"""Specialist classifiers: training, calibrated predictions, out-of-scope flags, artifacts, bad data.

The embedder is the FakeEmbedder (hash vectors that carry no meaning), so the character n-gram view
does the learning here; the real tier checks the embedding view with the real minilm-l6."""

import json
import random
import sys

import numpy as np
import pytest
from fakes import FakeEmbedder

from kogata.errors import DataError, ModelNotFound, StoreError
from kogata.tasks.classifier import (
    Classifier,
    ClassifierStore,
    EmbeddingModel,
    TrainOptions,
    load_dataset,
    train_classifier,
)
from kogata.tasks.classifier.report import expected_calibration_error

TOPICS = {
    "refund": ["refund", "money back", "return the item", "reimburse"],
    "password": ["password", "log in", "locked out", "reset my login"],
    "shipping": ["delivery", "parcel", "shipping", "courier"],
    "invoice": ["invoice", "bill", "receipt", "tax document"],
}
FRAMES = ["I need help with {}", "how do I {} please", "question about {}", "{} is not working",
          "can you explain {}", "my {} today", "urgent: {}", "what about the {}?"]


def examples(per_label: int = 24, seed: int = 0) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    rows = []
    for label, phrases in TOPICS.items():
        for _ in range(per_label):
            rows.append((rng.choice(FRAMES).format(rng.choice(phrases)) + f" #{rng.randint(1, 999)}", label))
    rng.shuffle(rows)
    return rows


def tiny_gguf(path, *, tokenizer: str, quantized: bool):
    """A GGUF file with the metadata and tensor type contrastive tuning checks (not a working model)."""
    import gguf

    writer = gguf.GGUFWriter(str(path), "bert")
    writer.add_string("tokenizer.ggml.model", tokenizer)
    if quantized:
        data = gguf.quants.quantize(np.ones((4, 32), np.float32), gguf.GGMLQuantizationType.Q8_0)
        writer.add_tensor("token_embd.weight", data, raw_shape=data.shape, raw_dtype=gguf.GGMLQuantizationType.Q8_0)
    else:
        writer.add_tensor("token_embd.weight", np.ones((4, 32), np.float16))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def write_csv(path, rows, header=("text", "label"), encoding="utf-8"):
    lines = [",".join(header)] + [f'"{t}",{label}' for t, label in rows]
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


@pytest.fixture
def embedding():
    return EmbeddingModel("minilm-l6", "", FakeEmbedder("minilm-l6"))


@pytest.fixture
def store(kogata_home):
    return ClassifierStore.in_home(kogata_home)


@pytest.fixture
def trained(tmp_path, store, embedding):
    dataset = load_dataset(write_csv(tmp_path / "data.csv", examples()))
    manifest = train_classifier(dataset, "support", embedding, store, options=TrainOptions(eval_split=0.25))
    return manifest, Classifier.open(store, "support", embedding)


def test_trained_classifier_labels_new_texts(trained):
    _, classifier = trained
    assert classifier.labels == sorted(TOPICS)
    texts = ["I want a refund for this", "reset my password please", "where is my parcel", "send me the invoice"]
    got = classifier.classify(texts)
    assert [p.label for p in got] == ["refund", "password", "shipping", "invoice"]
    for p in got:
        assert 0.0 < p.confidence <= 1.0 and not p.out_of_scope
        assert [a.label for a in p.alternatives] != [] and p.label not in [a.label for a in p.alternatives]
        assert all(p.confidence >= a.confidence for a in p.alternatives)
        assert p.alternatives == sorted(p.alternatives, key=lambda a: -a.confidence)


def test_two_labels(tmp_path, store, embedding):
    rows = [(t, "urgent" if label in ("refund", "password") else "normal") for t, label in examples()]
    train_classifier(load_dataset(write_csv(tmp_path / "two.csv", rows)), "urgency", embedding, store)
    classifier = Classifier.open(store, "urgency", embedding)
    got = classifier.classify(["I want a refund", "where is my parcel"])
    assert [p.label for p in got] == ["urgent", "normal"]
    assert all(p.confidence > 0.5 and len(p.alternatives) == 1 for p in got)


def test_probabilities_sum_to_one_and_follow_the_order_of_labels(trained):
    _, classifier = trained
    proba = classifier.proba(["refund please", "courier is late"])
    assert proba.shape == (2, 4)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-5)
    assert classifier.labels[proba[1].argmax()] == "shipping"


def test_text_unlike_every_label_is_out_of_scope(trained):
    _, classifier = trained
    odd = classifier.classify_one("ζζζ ЖЖЖ ꙮꙮꙮ")
    usual = classifier.classify_one("I need help with refund")
    assert odd.out_of_scope and not usual.out_of_scope
    assert odd.confidence < usual.confidence


def test_manifest_records_features_labels_threshold_data_and_metrics(trained, store, tmp_path):
    manifest, _ = trained
    on_disk = json.loads((store.folder("support") / "manifest.json").read_text())
    assert on_disk == manifest
    assert manifest["labels"] == sorted(TOPICS)
    assert manifest["features"]["embedding"]["model"] == "minilm-l6"
    assert set(manifest["files"]) == {"head.npz", "ngrams.json", "ngram_idf.npy", "words.json", "word_idf.npy", "scope.npz", "report.txt"}
    assert len(manifest["data"]["sha256"]) == 64 and manifest["data"]["examples"] == 96
    assert manifest["out_of_scope"]["reject_rate"] == 0.04 and manifest["head"]["temperature"] > 0
    m = manifest["metrics"]
    assert m["examples"] == 24 and m["accuracy"] >= 0.9 and 0.0 <= m["ece"] <= 1.0
    assert {"macro_f1", "confused_pairs", "training_seconds"} <= set(m)
    assert "accuracy" in (store.folder("support") / "report.txt").read_text()


def test_changed_artifact_is_refused(trained, store, embedding):
    (store.folder("support") / "ngrams.json").write_text("{}")
    with pytest.raises(StoreError, match="changed since training"):
        Classifier.open(store, "support", embedding)


def test_other_embedding_weights_are_refused(trained, store):
    other = EmbeddingModel("minilm-l6", "f" * 64, FakeEmbedder("minilm-l6"))
    with pytest.raises(StoreError, match="was trained with embedding model minilm-l6"):
        Classifier.open(store, "support", other)


def test_existing_name_needs_replace(trained, tmp_path, store, embedding):
    dataset = load_dataset(write_csv(tmp_path / "again.csv", examples(seed=1)))
    with pytest.raises(DataError, match="exists"):
        train_classifier(dataset, "support", embedding, store)
    manifest = train_classifier(dataset, "support", embedding, store, replace=True)
    assert store.manifest("support")["created_at"] == manifest["created_at"]
    assert sorted(p.name for p in store.root.iterdir()) == [".versions", "support"]
    assert manifest["version"] == 2 and [m["version"] for m in store.versions("support")] == [1]


def test_remove_and_unknown_name(trained, store):
    store.remove("support")
    assert store.list() == []
    with pytest.raises(ModelNotFound, match="unknown classifier 'support'"):
        store.manifest("support")


def test_failure_during_training_leaves_nothing(tmp_path, store):
    class Broken(FakeEmbedder):
        def embed(self, texts):
            raise RuntimeError("engine died")

    dataset = load_dataset(write_csv(tmp_path / "data.csv", examples()))
    with pytest.raises(RuntimeError):
        train_classifier(dataset, "support", EmbeddingModel("minilm-l6", "", Broken()), store)
    assert not store.root.exists() or list(store.root.iterdir()) == []


def test_failure_while_writing_leaves_nothing(tmp_path, store, embedding, monkeypatch):
    from kogata.tasks.classifier import scope

    def full_disk(self, path):
        (path.parent / "half-written").write_bytes(b"x")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(scope.ScopeDetector, "save", full_disk)
    dataset = load_dataset(write_csv(tmp_path / "data.csv", examples()))
    with pytest.raises(OSError):
        train_classifier(dataset, "support", embedding, store)
    assert list(store.root.iterdir()) == []


def test_expected_calibration_error():
    confidence = np.array([0.9] * 10)
    assert expected_calibration_error(confidence, np.array([True] * 9 + [False])) == pytest.approx(0.0)
    assert expected_calibration_error(confidence, np.array([True] * 5 + [False] * 5)) == pytest.approx(0.4)


# --- reading the examples ---


def test_jsonl_and_custom_columns(tmp_path):
    path = tmp_path / "data.jsonl"
    path.write_text("\n".join(json.dumps({"q": t, "intent": i % 2}) for i, (t, _) in enumerate(examples(3))) + "\n")
    dataset = load_dataset(path, text_col="q", label_col="intent")
    assert len(dataset) == 12 and dataset.label_names == ["0", "1"]


def test_utf8_bom_and_shift_jis_are_read(tmp_path):
    rows = [("返品したい", "返品"), ("返金をお願いします", "返品"), ("パスワードを忘れた", "ログイン"), ("ログインできない", "ログイン")]
    with_bom = tmp_path / "bom.csv"
    with_bom.write_bytes(b"\xef\xbb\xbf" + write_csv(tmp_path / "x.csv", rows).read_bytes())
    sjis = write_csv(tmp_path / "sjis.csv", rows, encoding="cp932")
    for path, encoding in ((with_bom, "utf-8-sig"), (sjis, "shift_jis")):
        dataset = load_dataset(path)
        assert dataset.encoding == encoding
        assert dataset.texts[0] == "返品したい" and dataset.label_names == ["ログイン", "返品"]


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"  \n\n", "is empty"),
    (b"text,label\n", "has a header but no examples"),
    (b"question,intent\nhello,greet\n", "has no column 'text', 'label'; columns found: 'question', 'intent'"),
    (b"text,label\na,x\nb,x\nc,y\n", "1 label(s) have only one example ('y')"),
    (b"text,label\na,x\nb,x\n", "has only one label ('x')"),
    (b"text,label\na,x\n,x\n", "line 3: the 'text' value is empty"),
    ("text,label\n返品,a\n".encode() + "返品,a\n".encode("cp932"), "mixes encodings: line 2 is UTF-8 but line 3 is not"),
    (b"text,label\n\xff\xfe\xfa,a\n", "is neither UTF-8 nor Shift_JIS"),
])
def test_bad_data_gets_one_clear_message(tmp_path, content, message):
    path = tmp_path / "data.csv"
    path.write_bytes(content)
    with pytest.raises(DataError, match="^" + str(path).replace(".", r"\.")) as e:
        load_dataset(path)
    assert message in e.value.message and "\n" not in e.value.message


def test_bad_jsonl_names_the_line_and_fields(tmp_path):
    path = tmp_path / "data.jsonl"
    path.write_text('{"text": "a", "label": "x"}\n{"body": "b", "tag": "y"}\n')
    with pytest.raises(DataError, match="line 2 has no field 'text', 'label'; fields found: 'body', 'tag'"):
        load_dataset(path)
    path.write_text('{"text": "a", "label": "x"}\n{nope\n')
    with pytest.raises(DataError, match="line 2: not valid JSON"):
        load_dataset(path)


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match="no such file"):
        load_dataset(tmp_path / "nope.csv")


def test_words_view_reads_japanese_by_dictionary_form_and_round_trips(tmp_path):
    from kogata.tasks.classifier.features import LexicalFeatures, words

    assert words("会社で走った。Card ARRIVED") == ["card", "arrived", "会社", "走る"]
    texts = ["会社で走った", "走りました", "I paid by card", "カードで払った"]
    features = LexicalFeatures.fit(texts)
    assert features.summary()["words"] == len({w for t in texts for w in words(t)})
    features.save(tmp_path)
    loaded = LexicalFeatures.load(tmp_path)
    assert (loaded.transform(["走る前に払う"]) != features.transform(["走る前に払う"])).nnz == 0
    # Computed by hand, equal to scikit-learn's own transform of each view, including texts with no known term.
    from scipy import sparse

    probe = texts + ["", "zzzz", "Ｃａｒｄ　カードで払う"]
    reference = sparse.hstack([features._ngrams.transform(probe), features._words.transform(probe)], format="csr")
    assert abs(features.transform(probe) - reference).max() < 1e-6
    # A classifier saved before the words view (no words files) still loads, with n-grams alone.
    (tmp_path / LexicalFeatures.WORDS).unlink()
    (tmp_path / LexicalFeatures.WORD_IDF).unlink()
    older = LexicalFeatures.load(tmp_path)
    assert older.transform(texts).shape[1] == features.summary()["size"] < features.transform(texts).shape[1]


def test_contrastive_without_torch_or_model_file_is_a_clear_error_and_leaves_nothing(tmp_path, store, embedding,
                                                                                   monkeypatch):
    dataset = load_dataset(write_csv(tmp_path / "data.csv", examples()))
    with pytest.raises(DataError, match="needs the GGUF file of minilm-l6"):
        train_classifier(dataset, "support", embedding, store, options=TrainOptions(contrastive=True))
    model_file = tiny_gguf(tmp_path / "minilm-l6.gguf", tokenizer="bert", quantized=False)
    with_file = EmbeddingModel("minilm-l6", "", embedding.engine, model_file)
    monkeypatch.setitem(sys.modules, "kogata.tune.encoder", None)  # as if torch were not installed
    with pytest.raises(DataError, match=r"needs torch: pip install 'kogata\[tune\]'"):
        train_classifier(dataset, "support", with_file, store, options=TrainOptions(contrastive=True))
    assert not store.root.exists() or list(store.root.iterdir()) == []


def test_nearest_example_search_reads_the_likeliest_labels_examples_and_old_files_search_all(tmp_path):
    from kogata.tasks.classifier import scope

    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(60, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    labels = rng.integers(0, 6, size=60)
    examples = scope.Examples.grouped(vectors, labels, 6)
    queries = vectors[:5] + 0.01
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    # Likeliest labels include each query's own: its nearest example (itself, nearly) is found.
    own = np.full((5, 6), 0.01)
    own[np.arange(5), labels[:5]] = 0.9
    everything = (queries @ vectors.T).max(axis=1)
    assert np.allclose(examples.nearest_similarity(queries, own), everything, atol=1e-6)
    # Likeliest labels exclude its own: only those labels' examples count.
    other = np.tile(np.linspace(0.3, 0.05, 6), (5, 1))
    other[np.arange(5), labels[:5]] = 0.0
    candidates = np.argsort(-other, axis=1)[:, : scope.CANDIDATE_LABELS]
    expected = [max((queries[i] @ vectors[labels == c].T).max() for c in candidates[i] if (labels == c).any())
                for i in range(5)]
    assert np.allclose(examples.nearest_similarity(queries, other), expected, atol=1e-6)
    # Batched, each query on its own candidates: the same as one at a time.
    mixed = np.vstack([own, other])
    both = np.vstack([queries, queries])
    one_by_one = [examples.nearest_similarity(both[i:i + 1], mixed[i:i + 1])[0] for i in range(10)]
    assert np.allclose(examples.nearest_similarity(both, mixed), one_by_one, atol=1e-6)
    assert (examples.nearest_similarity(queries, other) < everything - 1e-3).all()
    # A scope file written before the grouping (no `starts`) loads and searches every example.
    detector = scope.ScopeDetector(examples, 0.5, 0.1, 0.5, 0.1, 0.0)
    detector.save(tmp_path / "scope.npz")
    with np.load(tmp_path / "scope.npz") as z:
        np.savez(tmp_path / "old.npz", examples=z["examples"], stats=z["stats"])
    old = scope.ScopeDetector.load(tmp_path / "old.npz")
    assert old.examples.starts is None
    old.save(tmp_path / "old-again.npz")
    assert scope.ScopeDetector.load(tmp_path / "old-again.npz").examples.starts is None
    assert np.allclose(old.examples.nearest_similarity(queries, other), everything, atol=1e-2)  # float16 on disk
    assert (scope.ScopeDetector.load(tmp_path / "scope.npz").examples.starts == examples.starts).all()


def test_label_similarity_is_each_labels_best_example_and_minus_one_without_examples():
    from kogata.tasks.classifier import scope

    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(40, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    labels = rng.integers(0, 4, size=40)  # label 4 of 5 has no example
    queries = rng.normal(size=(7, 8)).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    got = scope.Examples.grouped(vectors, labels, 5).label_similarity(queries)
    expected = np.stack([(queries @ vectors[labels == label].T).max(axis=1) for label in range(4)], axis=1)
    assert got.shape == (7, 5)
    np.testing.assert_allclose(got[:, :4], expected, atol=1e-6)
    assert (got[:, 4] == -1).all()


class ClusterEmbedder(FakeEmbedder):
    """Vectors given per text: labels whose examples lie in two opposite clusters, which no linear
    function of the embedding separates but the nearest example does."""

    def __init__(self, vectors: dict[str, np.ndarray]):
        super().__init__("minilm-l6")
        self.vectors = vectors

    def embed(self, texts, input_type="query"):
        return [self.vectors[t].tolist() for t in texts], len(texts)


def test_nearest_example_view_is_weighted_in_where_a_linear_view_cannot_separate_labels(tmp_path, store):
    rng = np.random.default_rng(0)
    axes = {"東京": 0, "大阪": 1}  # label → axis; its examples lie at +axis and -axis
    rows, vectors = [], {}
    for label, axis in axes.items():
        for i in range(40):
            text = "".join(rng.choice(list("abcdefghij"), size=8))  # n-grams carry no label
            center = np.zeros(8, np.float32)
            center[axis] = 1 if i % 2 else -1
            vector = center + rng.normal(scale=0.15, size=8).astype(np.float32)
            vectors[text] = vector / np.linalg.norm(vector)
            rows.append((text, label))
    rng.shuffle(rows)
    probe = {"probe-a": np.eye(8, dtype=np.float32)[0] * -1, "probe-b": np.eye(8, dtype=np.float32)[1]}
    embedding = EmbeddingModel("minilm-l6", "", ClusterEmbedder({**vectors, **probe}))
    manifest = train_classifier(load_dataset(write_csv(tmp_path / "xor.csv", rows)), "xor", embedding, store,
                                options=TrainOptions(eval_split=0.25))
    assert manifest["head"]["nearest_weight"] > 0.5 and manifest["metrics"]["accuracy"] >= 0.9
    assert "nearest examples × " in (store.folder("xor") / "report.txt").read_text()
    classifier = Classifier.open(store, "xor", embedding)
    assert [p.label for p in classifier.classify(["probe-a", "probe-b"])] == ["東京", "大阪"]


def test_a_head_saved_before_the_nearest_example_view_loads_without_it(trained, store):
    from kogata.tasks.classifier.head import StackedHead

    path = store.folder("support") / "head.npz"
    with np.load(path) as z:
        np.savez(path.with_name("old.npz"), **{k: z[k] for k in z.files if k != "nearest_weight"})
    old = StackedHead.load(path.with_name("old.npz"))
    assert old.nearest_weight == 0.0 and old.ngram_weight == pytest.approx(1 - old.weight)
    vectors = np.ones((1, 8), np.float32) / np.sqrt(8)
    _, classifier = trained
    grams = classifier._ngrams.transform(["refund please"])
    assert old.proba(vectors, grams, None).shape == (1, 4)  # no similarities needed
    needs = StackedHead(old.embedding, old.ngrams, 0.2, 1.0, nearest_weight=0.5)
    with pytest.raises(ValueError, match="nearest-example"):
        needs.proba(vectors, grams, None)
