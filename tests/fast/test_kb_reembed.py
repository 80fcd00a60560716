"""`kogata kb reembed`: another embedding model for a collection, transactional, resumable and
searchable throughout (fake embedders; tests/real/test_kb_real.py does it with real models)."""

import sqlite3

import numpy as np
import pytest

from fakes import FakeEmbedder
from kogata.errors import InvalidRequest
from kogata.kb import KnowledgeBase
from kogata.kb import reembed as reembed_module

DOCS = [{"text": f"{i}番目の文書です。有給休暇の申請は {i} 日前までに。Document number {i} about vacation.",
         "source": f"doc{i}", "title": f"文書 {i}" if i % 2 else None} for i in range(12)]


class NamedEmbedder(FakeEmbedder):
    """Vectors that depend on the model's name, so each model's vectors can be told apart; remembers
    the input types and texts it was given."""

    def __init__(self, name):
        super().__init__(name)
        self.calls = []

    def embed(self, texts, input_type="query"):
        self.calls.append((input_type, list(texts)))
        return super().embed([f"{self.info.name}|{t}" for t in texts])


class Interrupted(Exception):
    pass


@pytest.fixture
def models():
    return {"old": NamedEmbedder("old"), "new": NamedEmbedder("new"), "other": NamedEmbedder("other")}


@pytest.fixture
def kb(settings, models):
    def embedder(name):
        if name not in models:
            raise InvalidRequest(f"'{name}' is not an embedding model", param="model")
        return models[name]

    base = KnowledgeBase(settings.kb_dir, embedder)
    base.create("docs", embedding_model="old")
    base.add_texts("docs", DOCS)
    return base


def stored_vectors(kb):
    with sqlite3.connect(kb.get("docs").path) as conn:
        return {cid: np.frombuffer(blob, dtype=np.float32) for cid, blob in conn.execute("SELECT id, embedding FROM chunks")}


def expected(kb, name, title, text):
    [vector], _ = NamedEmbedder(name).embed(["\n".join(filter(None, [title, text]))], "passage")
    return np.asarray(vector, dtype=np.float32)


def test_reembed_switches_every_chunk_and_the_model(kb, models):
    before = stored_vectors(kb)
    report = kb.reembed("docs", "new")
    after = stored_vectors(kb)
    assert report.chunks == len(before) == len(after) and report.previous_model == "old" and report.resumed_from == 0
    assert kb.describe("docs")["embedding_model"] == "new"
    assert all(not np.allclose(before[c], after[c]) for c in before)
    # each vector is the new model's vector of the chunk's title and text, embedded as a passage
    with sqlite3.connect(kb.get("docs").path) as conn:
        rows = conn.execute("SELECT c.id, d.source, d.title, c.text FROM chunks c JOIN documents d ON d.id = c.document_id")
        for cid, source, title, text in rows:
            np.testing.assert_allclose(after[cid], expected(kb, "new", "" if title == source else title, text), atol=1e-6)
    assert {t for t, _ in models["new"].calls} == {"passage"}
    hits = kb.search("docs", "有給休暇 7 日前", k=3)
    assert hits and models["new"].calls[-1][0] == "query"  # searched with the new model now


def test_search_during_reembedding_uses_the_old_model_until_the_switch(kb, models, monkeypatch):
    monkeypatch.setattr(reembed_module, "BATCH_CHUNKS", 4)
    seen = []

    def search_meanwhile(texts, input_type="query"):
        hits = kb.search("docs", "Document number 5", k=3)  # from the same process, mid-run
        seen.append((kb.describe("docs")["embedding_model"], models["old"].calls[-1][0], hits[0].source))
        return NamedEmbedder.embed(models["new"], texts, input_type)

    monkeypatch.setattr(models["new"], "embed", search_meanwhile)
    kb.reembed("docs", "new")
    assert len(seen) == 3 and all(model == "old" and kind == "query" and top == "doc5" for model, kind, top in seen)
    assert kb.describe("docs")["embedding_model"] == "new"


def test_an_interrupted_reembedding_resumes_and_changes_nothing_meanwhile(kb, models, monkeypatch):
    monkeypatch.setattr(reembed_module, "BATCH_CHUNKS", 5)
    before = stored_vectors(kb)
    calls = []

    def failing(texts, input_type="query"):
        calls.append(len(texts))
        if len(calls) == 2:
            raise Interrupted()
        return NamedEmbedder.embed(models["new"], texts, input_type)

    monkeypatch.setattr(models["new"], "embed", failing)
    with pytest.raises(Interrupted):
        kb.reembed("docs", "new")
    assert stored_vectors(kb).keys() == before.keys()
    assert all(np.array_equal(before[c], v) for c, v in stored_vectors(kb).items())  # old vectors untouched
    assert kb.describe("docs")["embedding_model"] == "old"
    assert kb.search("docs", "Document number 3", k=1)[0].source == "doc3"

    monkeypatch.undo()
    report = kb.reembed("docs", "new")
    assert report.resumed_from == 5 and report.chunks == len(before) - 5
    assert kb.describe("docs")["embedding_model"] == "new"


def test_restarting_with_another_model_starts_over(kb, models, monkeypatch):
    monkeypatch.setattr(reembed_module, "BATCH_CHUNKS", 5)
    calls = []

    def failing_second_batch(texts, input_type="query"):
        calls.append(texts)
        if len(calls) == 2:
            raise Interrupted()
        return NamedEmbedder.embed(models["new"], texts, input_type)

    monkeypatch.setattr(models["new"], "embed", failing_second_batch)
    with pytest.raises(Interrupted):
        kb.reembed("docs", "new")
    report = kb.reembed("docs", "other")
    assert report.resumed_from == 0 and report.chunks == len(DOCS)
    assert kb.describe("docs")["embedding_model"] == "other"
    with sqlite3.connect(kb.get("docs").path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM pending_embeddings").fetchone()[0] == 0


def test_chunks_added_during_reembedding_are_embedded_before_the_switch(kb, models, monkeypatch):
    monkeypatch.setattr(reembed_module, "BATCH_CHUNKS", 4)
    added = []

    def add_meanwhile(texts, input_type="query"):
        if not added:
            added.append(kb.add_texts("docs", [{"text": "途中で追加された文書。Added while re-embedding.",
                                                "source": "late"}]))
        return NamedEmbedder.embed(models["new"], texts, input_type)

    monkeypatch.setattr(models["new"], "embed", add_meanwhile)
    kb.reembed("docs", "new")
    vectors = stored_vectors(kb)
    with sqlite3.connect(kb.get("docs").path) as conn:
        (late_id, late_text), = conn.execute("SELECT id, text FROM chunks WHERE document_id IN "
                                             "(SELECT id FROM documents WHERE source = 'late')")
    np.testing.assert_allclose(vectors[late_id], expected(kb, "new", "", late_text), atol=1e-6)


def test_an_unknown_model_fails_before_any_write(kb):
    before = stored_vectors(kb)
    with pytest.raises(InvalidRequest, match="not an embedding model"):
        kb.reembed("docs", "nope")
    assert kb.describe("docs")["embedding_model"] == "old"
    assert all(np.array_equal(before[c], v) for c, v in stored_vectors(kb).items())
