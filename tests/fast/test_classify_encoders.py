"""Which embedding model a classifier reads through: `--encoder`, the default choice by held-out
accuracy, what the report and manifest record, refusals, and classifiers saved before the choice.

`Oracle` is an embedding engine that knows each training text's label (a stand-in for a model that
reads a language well); the labels are drawn at random, so neither the lexical view nor the hash
vectors of `FakeEmbedder` can learn them: only a choice of the oracle gives a good classifier."""

import json
import random

import numpy as np
import pytest
from click.testing import CliRunner
from fakes import FakeEmbedder
from test_classify import tiny_gguf, write_csv

from kogata.cli import classify as classify_cli
from kogata.cli import main
from kogata.errors import DataError
from kogata.runtime import Runtime
from kogata.tasks.classifier import Classifier, ClassifierStore, EmbeddingModel, TrainOptions, load_dataset, train_classifier
from kogata.tasks.classifier.report import format_report

LABELS = ["返品", "ログイン", "配送", "請求書"]
WORDS = ["注文", "商品", "カード", "アカウント", "荷物", "支払い", "明細", "会員", "店舗", "メール", "電話", "住所"]


def random_rows(n: int = 120, seed: int = 0) -> list[tuple[str, str]]:
    """Japanese (and some English) texts whose labels have nothing to do with their words."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        a, b = rng.sample(WORDS, 2)
        text = f"{a}と{b}の件 {i}" if i % 3 else f"about the {a} and {b} no. {i}"
        rows.append((text, LABELS[i % len(LABELS)]))
    rng.shuffle(rows)
    return rows


class Oracle(FakeEmbedder):
    """Embeds a known text near its label's axis; other texts as FakeEmbedder does."""

    def __init__(self, name: str, rows: list[tuple[str, str]]):
        super().__init__(name)
        self.table = {text: LABELS.index(label) for text, label in rows}
        self.calls = 0

    def embed(self, texts, input_type="query"):
        self.calls += 1
        noise, tokens = super().embed(texts, input_type)
        out = []
        for text, v in zip(texts, noise):
            v = 0.2 * np.asarray(v)
            if text in self.table:
                v[self.table[text]] += 1.0
            out.append((v / np.linalg.norm(v)).tolist())
        return out, tokens


@pytest.fixture
def rows():
    return random_rows()


@pytest.fixture
def dataset(tmp_path, rows):
    return load_dataset(write_csv(tmp_path / "data.csv", rows))


@pytest.fixture
def store(kogata_home):
    return ClassifierStore.in_home(kogata_home)


@pytest.mark.parametrize("oracle_first", [True, False])
def test_several_candidates_keep_the_best_on_held_out_and_record_each(dataset, rows, store, oracle_first):
    oracle = EmbeddingModel("e5-small", "e" * 64, Oracle("e5-small", rows))
    noise = EmbeddingModel("minilm-l6", "m" * 64, FakeEmbedder("minilm-l6"))
    candidates = [oracle, noise] if oracle_first else [noise, oracle]
    manifest = train_classifier(dataset, "mixed", candidates, store, options=TrainOptions(eval_split=0.25))
    encoder = manifest["encoder"]
    assert encoder["model"] == "e5-small" and encoder["chosen_by"] == "held-out accuracy"
    assert list(encoder["held_out_accuracy"]) == [c.name for c in candidates]
    assert encoder["held_out_accuracy"]["e5-small"] >= 0.9 > 0.6 > encoder["held_out_accuracy"]["minilm-l6"]
    assert manifest["metrics"]["accuracy"] == encoder["held_out_accuracy"]["e5-small"]  # the report's own figure
    assert manifest["features"]["embedding"] == {"model": "e5-small", "sha256": "e" * 64, "dimensions": 8}
    report = (store.folder("mixed") / "report.txt").read_text(encoding="utf-8")
    assert "encoder             e5-small (chosen by held-out accuracy: " in report
    assert f"e5-small {encoder['held_out_accuracy']['e5-small']:.1%}" in report and "minilm-l6" in report
    assert json.loads((store.folder("mixed") / "manifest.json").read_text())["encoder"] == encoder
    # It loads with the chosen model only, and reads Japanese through it.
    classifier = Classifier.open(store, "mixed", oracle)
    japanese = [(t, label) for t, label in rows if "の件" in t][:20]
    assert [p.label for p in classifier.classify([t for t, _ in japanese])] == [label for _, label in japanese]
    with pytest.raises(Exception, match="was trained with embedding model e5-small"):
        Classifier.open(store, "mixed", noise)


def test_one_candidate_is_given_not_chosen(dataset, store):
    manifest = train_classifier(dataset, "one", EmbeddingModel("minilm-l6", "", FakeEmbedder("minilm-l6")), store)
    assert manifest["encoder"]["chosen_by"] == "given" and list(manifest["encoder"]["held_out_accuracy"]) == ["minilm-l6"]
    assert "encoder             minilm-l6 (given: minilm-l6 " in format_report("one", manifest)


def test_a_classifier_saved_before_the_choice_still_loads_reports_and_classifies(dataset, rows, store, settings):
    train_classifier(dataset, "older", EmbeddingModel("minilm-l6", "", Oracle("minilm-l6", rows)), store)
    path = store.folder("older") / "manifest.json"
    manifest = json.loads(path.read_text())
    del manifest["encoder"]  # as written before this change; the manifest is not among its own hashed files
    path.write_text(json.dumps(manifest))
    assert "encoder" not in format_report("older", manifest) and "accuracy" in format_report("older", manifest)
    runtime = Runtime(settings, embedders={"minilm-l6": Oracle("minilm-l6", rows), "e5-small": FakeEmbedder("e5-small")})
    text, label = next((t, lab) for t, lab in rows if "の件" in t)
    assert runtime.classifier("older").embedding_model == "minilm-l6"
    assert runtime.classifier("older").classify_one(text).label == label
    runtime.close()


def test_contrastive_refuses_a_model_it_cannot_tune_before_any_work(tmp_path, dataset, rows, store):
    engine = Oracle("e5-small", rows)
    e5 = EmbeddingModel("e5-small", "", engine, tiny_gguf(tmp_path / "e5.gguf", tokenizer="t5", quantized=True))
    with pytest.raises(DataError) as e:
        train_classifier(dataset, "tuned", e5, store, options=TrainOptions(contrastive=True))
    assert e.value.message == ("contrastive tuning works with a BERT with a WordPiece tokenizer and unquantized weights "
                               "(minilm-l6), not e5-small (a t5 tokenizer, Q8_0 weights); drop --contrastive or use "
                               "--encoder minilm-l6")
    assert engine.calls == 0 and (not store.root.exists() or list(store.root.iterdir()) == [])
    both = [e5, EmbeddingModel("minilm-l6", "", FakeEmbedder("minilm-l6"))]
    with pytest.raises(DataError, match="tunes one embedding model"):
        train_classifier(dataset, "tuned", both, store, options=TrainOptions(contrastive=True))


# --- the command line ---


@pytest.fixture
def cli(monkeypatch, rows):
    """`kogata` with fakes for both default encoders (the oracle as e5-small); records what it pulls."""
    pulled = []
    monkeypatch.setattr(classify_cli, "ensure_installed", lambda store, name: pulled.append(name))
    monkeypatch.setattr(classify_cli, "Runtime", lambda s: Runtime(s, embedders={
        "minilm-l6": FakeEmbedder("minilm-l6"), "e5-small": Oracle("e5-small", rows)}))

    def kogata(*args):
        return CliRunner().invoke(main, [str(a) for a in args])

    kogata.pulled = pulled
    return kogata


def test_default_is_the_better_encoder_on_held_out(cli, tmp_path, rows, kogata_home):
    result = cli("tune", "classify", write_csv(tmp_path / "data.csv", rows), "--name", "mixed", "-q", "--eval-split", "0.25")
    assert result.exit_code == 0, result.output
    assert "encoder             e5-small (chosen by held-out accuracy: minilm-l6 " in result.stdout
    manifest = ClassifierStore.in_home(kogata_home).manifest("mixed")
    assert manifest["features"]["embedding"]["model"] == "e5-small"
    assert set(manifest["encoder"]["held_out_accuracy"]) == {"minilm-l6", "e5-small"}
    assert cli.pulled == ["minilm-l6", "e5-small"]


@pytest.mark.parametrize("encoder", ["minilm-l6", "e5-small"])
def test_encoder_option_trains_with_that_model(cli, tmp_path, rows, kogata_home, encoder):
    result = cli("tune", "classify", write_csv(tmp_path / "data.csv", rows), "--name", "given", "-q", "--encoder", encoder)
    assert result.exit_code == 0, result.output
    manifest = ClassifierStore.in_home(kogata_home).manifest("given")
    assert manifest["features"]["embedding"]["model"] == encoder and manifest["encoder"]["chosen_by"] == "given"
    assert list(manifest["encoder"]["held_out_accuracy"]) == [encoder] and cli.pulled == [encoder]
    assert f"encoder             {encoder} (given: " in result.stdout


def test_contrastive_without_encoder_uses_minilm(cli, tmp_path, rows):
    result = cli("tune", "classify", write_csv(tmp_path / "data.csv", rows), "--name", "tuned", "-q", "--contrastive")
    assert result.exit_code == 1 and "needs the GGUF file of minilm-l6" in result.stderr  # the fake has no file
    assert cli.pulled == ["minilm-l6"]


@pytest.mark.parametrize("encoder, message", [
    ("nope", "error: unknown embedding model 'nope'; give --encoder one of: e5-small, minilm-l6"),
    ("smollm2-135m", "error: 'smollm2-135m' is a chat model, not an embedding model; give --encoder one of: e5-small, minilm-l6"),
    ("gemma3-270m", "error: 'gemma3-270m' is a base model, not an embedding model"),
])
def test_unknown_or_non_embedding_encoder_is_one_line_and_leaves_nothing(cli, tmp_path, rows, kogata_home, encoder,
                                                                         message):
    result = cli("tune", "classify", write_csv(tmp_path / "data.csv", rows), "--name", "x", "-q", "--encoder", encoder)
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message), result.stderr
    assert cli.pulled == [] and not (kogata_home / "classifiers").exists()


def test_an_imported_embedding_model_is_accepted_by_name(cli, tmp_path, rows, kogata_home, monkeypatch):
    folder = kogata_home / "models" / "my-embed"  # as `kogata import` leaves it
    folder.mkdir(parents=True)
    (folder / "my-embed.gguf").write_bytes(b"GGUF")
    (folder / "manifest.json").write_text(json.dumps({
        "format": 1, "name": "my-embed", "kind": "embedding", "file": "my-embed.gguf", "sha256": "a" * 64, "size": 4,
        "licence": "unknown", "source": "import"}))
    monkeypatch.setattr(classify_cli, "Runtime", lambda s: Runtime(s, embedders={"my-embed": FakeEmbedder("my-embed")}))
    result = cli("tune", "classify", write_csv(tmp_path / "data.csv", rows), "--name", "mine", "-q", "--encoder", "my-embed")
    assert result.exit_code == 0, result.output
    manifest = ClassifierStore.in_home(kogata_home).manifest("mine")
    assert manifest["features"]["embedding"]["model"] == "my-embed" and manifest["features"]["embedding"]["sha256"] == "a" * 64
    unknown = cli("tune", "classify", tmp_path / "data.csv", "--name", "x", "-q", "--encoder", "nope")
    assert "one of: e5-small, minilm-l6, my-embed" in unknown.stderr


def test_a_later_candidate_needs_a_clear_margin():
    from kogata.tasks.classifier.train import clearly_better

    kept = np.array([True] * 880 + [False] * 20)
    # 23 texts only the later one gets right, 20 only the kept one: 3 of 900 better, within the noise.
    close = kept.copy()
    close[:20] = False
    close[880:] = True
    close = np.concatenate([close, [True] * 3])
    assert not clearly_better(close, np.concatenate([kept, [False] * 3]))
    assert clearly_better(np.ones(900, bool), kept)  # 20 wins, no loss
    assert not clearly_better(kept, kept)
