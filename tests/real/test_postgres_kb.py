"""Knowledge-base collections on a real PostgreSQL 15 (tests/postgres_fixture.py) with the real e5-small:
one PostgresKnowledgeBase writes (replica A, or the CLI), another with its own mirror folder searches
(replica B) and finds exactly what the same collection finds on SQLite; changes reach B's next search;
a failed ingest leaves whole documents only; `kogata db copy` brings a home's collections over."""

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import psycopg
import pytest
from click.testing import CliRunner

from fakes import FakeChatEngine, FakeEmbedder
from helpers import RememberingEmbedder, free_port
from fastapi.testclient import TestClient
from kogata.cli import main
from kogata.config import Settings
from kogata.engine.embedder import LlamaEmbedder
from kogata.kb import CollectionNotFound, KnowledgeBase
from kogata.kb.chunking import Chunk
from kogata.kb.pg_knowledge_base import PostgresKnowledgeBase
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.store.db import DatabaseError
from kogata.store.postgres import Database

JSQUAD = Path(__file__).resolve().parents[3] / "shared" / "data" / "jsquad" / "valid-v1.3.json"
HANDBOOK = """# Employee handbook

## Vacation policy
New employees receive 12 days of paid vacation in their first year. Unused days carry over for one year.

## Expense reports
Submit expense reports within 30 days through the finance portal. Receipts are required above 5,000 yen.
"""
RULES_JA = "当社の本社は大阪市北区にあります。営業時間は平日の午前9時から午後6時までです。\n有給休暇の申請は、取得日の3日前までに上長へ提出してください。\n"
QUERIES = ["有給休暇はいつまでに申請する必要がありますか", "How many days of paid vacation do new employees get?",
           "梅雨の時期はいつですか", "expense report receipts", "営業時間", "台風はどこで発生しますか"]


@pytest.fixture(scope="module")
def e5(real_store):
    engine = LlamaEmbedder("e5-small", real_store.get("e5-small").path, threads=2)
    yield RememberingEmbedder(engine)
    engine.close()


@pytest.fixture(scope="module")
def jsquad_paragraphs():
    articles = json.loads(JSQUAD.read_text())["data"]
    return [p["context"].split(" [SEP] ", 1)[1] for a in articles[:3] for p in a["paragraphs"][:4]]


def fill(kb, name, folder, paragraphs):
    kb.create(name)
    kb.add_paths(name, [folder])
    kb.add_files(name, [("upload.txt", "The cafeteria opens at 11:30 and closes at 14:00 on weekdays.".encode())])
    # a long Japanese text with no line break or space, which chunking must cut inside runs of text
    kb.add_texts(name, [{"text": "".join(paragraphs), "source": "long-ja", "title": "長文"}])
    kb.add_texts(name, [{"text": p, "source": f"jsquad/{i}", "metadata": {"dept": "hr" if i % 2 else "legal"}}
                        for i, p in enumerate(paragraphs)])


def hits(kb, name, query, **kw):
    return [(h.document_id, h.chunk_id, h.score, h.keyword_score, h.dense_score, h.text)
            for h in kb.search(name, query, k=8, **kw)]


def make_docs(folder: Path) -> Path:
    folder.mkdir()
    (folder / "handbook.md").write_text(HANDBOOK)
    (folder / "rules.txt").write_bytes(RULES_JA.encode("shift_jis"))
    return folder


def test_replica_b_finds_exactly_what_sqlite_finds(postgres_url, tmp_path, e5, jsquad_paragraphs):
    embedder = lambda name: e5  # noqa: E731
    docs = make_docs(tmp_path / "docs")
    local = KnowledgeBase(tmp_path / "kb", embedder)
    a = PostgresKnowledgeBase(postgres_url, tmp_path / "mirror-a", embedder)
    b = PostgresKnowledgeBase(postgres_url, tmp_path / "mirror-b", embedder)
    for kb in (local, a):
        fill(kb, "manuals", docs, jsquad_paragraphs)

    assert b.names() == local.names() == ["manuals"]
    described = {k: v for k, v in local.describe("manuals").items() if k != "bytes"}
    assert {k: v for k, v in b.describe("manuals").items() if k != "bytes"} == described
    assert described["documents"] == 4 + len(jsquad_paragraphs) and described["chunks"] > described["documents"]
    assert [d.id for d in b.get("manuals").documents()] == [d.id for d in local.get("manuals").documents()]
    for query in QUERIES:
        expected = hits(local, "manuals", query)
        assert expected and hits(b, "manuals", query) == expected, query
        assert hits(b, "manuals", query, filter={"dept": "hr"}) == hits(local, "manuals", query, filter={"dept": "hr"})
    assert hits(b, "manuals", QUERIES[0])[0][5].startswith("当社の本社")  # the Shift_JIS file, read right
    long_doc = [d for d in b.get("manuals").documents() if d.source == "long-ja"][0]
    assert long_doc.chunk_count > 1
    assert b.document("manuals", long_doc.id).sections == local.document("manuals", long_doc.id).sections
    plan, expected_plan = b.plan_answer("manuals", QUERIES[1]), local.plan_answer("manuals", QUERIES[1])
    assert plan == expected_plan and plan.supported and plan.hits[0].source.endswith("handbook.md")


def test_changes_on_a_reach_b_within_a_second(postgres_url, tmp_path, e5):
    embedder = lambda name: e5  # noqa: E731
    a = PostgresKnowledgeBase(postgres_url, tmp_path / "mirror-a", embedder)
    b = PostgresKnowledgeBase(postgres_url, tmp_path / "mirror-b", embedder)
    a.create("notes")
    a.add_texts("notes", [{"text": HANDBOOK, "source": "handbook"}])
    assert hits(b, "notes", "paid vacation")[0][0] == a.get("notes").documents()[0].id

    def seen_by_b(query, present):
        started = time.monotonic()
        while time.monotonic() - started < 3:
            if any("falcon" in h[5] for h in hits(b, "notes", query)) == present:
                return time.monotonic() - started
            time.sleep(0.01)
        pytest.fail(f"replica B did not see the change in 3 s ({query})")

    a.add_texts("notes", [{"text": "The project codename is falcon.", "source": "codename"}])
    assert seen_by_b("project codename", True) < 1.0
    a.get("notes").delete(a.get("notes").find("codename").id)
    assert seen_by_b("project codename", False) < 1.0

    b.mirrors.path("notes").write_bytes(b"not a database at all" * 100)  # a damaged mirror is rebuilt
    assert hits(b, "notes", "paid vacation")[0][0] == a.get("notes").documents()[0].id

    a.delete("notes")
    with pytest.raises(CollectionNotFound):
        b.search("notes", "paid vacation")
    assert not b.mirrors.path("notes").exists()
    a.create("notes")  # the same name again: B must not search its old mirror
    a.add_texts("notes", [{"text": "Only this document now.", "source": "only"}])
    assert [h[5] for h in hits(b, "notes", "paid vacation")] == ["Only this document now."]


class FailingEmbedder(RememberingEmbedder):
    def __init__(self, engine, fail_on_call):
        super().__init__(engine.engine)
        self._seen, self.calls, self.fail_on_call = engine._seen, 0, fail_on_call

    def embed(self, texts, input_type="query"):
        self.calls += 1
        if self.calls == self.fail_on_call:
            raise RuntimeError("embedder crashed")
        return super().embed(texts, input_type)


def test_a_failed_ingest_leaves_whole_documents_only(postgres_url, tmp_path, e5, jsquad_paragraphs, monkeypatch):
    monkeypatch.setattr("kogata.kb.ingest.EMBED_BATCH_CHUNKS", 1)  # each document embedded, then written, alone
    failing = FailingEmbedder(e5, fail_on_call=2)
    a = PostgresKnowledgeBase(postgres_url, tmp_path / "mirror-a", lambda name: failing)
    a.create("crash")
    documents = [{"text": p, "source": f"p{i}"} for i, p in enumerate(jsquad_paragraphs[:3])]
    with pytest.raises(RuntimeError, match="embedder crashed"):
        a.add_texts("crash", documents)
    with psycopg.connect(postgres_url) as conn:
        stored = conn.execute("SELECT source, chunk_count FROM kb_documents").fetchall()
        assert stored == [("p0", conn.execute("SELECT count(*) FROM kb_chunks WHERE document_id = "
                                              "(SELECT id FROM kb_documents)").fetchone()[0])]
        assert conn.execute("SELECT count(*) FROM kb_chunks").fetchone()[0] == stored[0][1]
        assert conn.execute("SELECT generation FROM kb_collections").fetchone()[0] == 1

    # PostgreSQL itself refuses the second chunk of a new version of p0 (a NULL term): the old version stays whole
    collection, before = a.get("crash"), a.get("crash").document_chunks(a.get("crash").find("p0").id)
    with pytest.raises(DatabaseError, match="null value"):
        collection.put(source="p0", title="p0", content_hash="x", metadata={}, chunks=[Chunk("one", None, None), Chunk("two", None, None)],
                       chunk_terms=[("", "one"), ("", None)], embeddings=np.zeros((2, 384)), tokens=2)
    assert collection.document_chunks(collection.find("p0").id) == before
    assert collection.settings()["generation"] == "1"

    report = a.add_texts("crash", documents)  # running it again finishes the job
    assert report.unchanged == ["p0"] and report.added == ["p1", "p2"]
    b = PostgresKnowledgeBase(postgres_url, tmp_path / "mirror-b", lambda name: e5)
    assert b.describe("crash")["documents"] == 3


def cli(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_db_copy_brings_every_collection_and_verifies(postgres_url, settings, tmp_path, e5, jsquad_paragraphs):
    embedder = lambda name: e5  # noqa: E731
    local = KnowledgeBase(settings.kb_dir, embedder)
    fill(local, "manuals", make_docs(tmp_path / "docs"), jsquad_paragraphs[:4])
    local.create("faq")
    local.add_texts("faq", [{"text": p, "source": f"faq/{i}"} for i, p in enumerate(jsquad_paragraphs[4:8])])
    local.get("faq").delete(local.get("faq").find("faq/1").id)  # chunk ids with a gap, kept by the copy

    code, out, err = cli("db", "copy", "--to", postgres_url)
    assert code == 0, err
    report = json.loads(out)
    assert report["copied"] is True and report["tables"] == {} and sorted(report["collections"]) == ["faq", "manuals"]
    for parts in report["collections"].values():
        assert all(sides["source"] == sides["target"] for sides in parts.values())
    assert report["collections"]["faq"]["documents"]["source"]["rows"] == 3

    code, out, _ = cli("db", "copy", "--to", postgres_url)  # the same rows already there: nothing to do
    assert code == 0 and json.loads(out)["copied"] is False

    b = PostgresKnowledgeBase(postgres_url, tmp_path / "mirror-b", embedder)
    for name in ("manuals", "faq"):
        assert b.describe(name)["chunks"] == local.describe(name)["chunks"]
        for query in QUERIES[:4]:
            assert hits(b, name, query) == hits(local, name, query), (name, query)
    b.add_texts("faq", [{"text": "新しい質問への答え", "source": "faq/new"}])
    local.add_texts("faq", [{"text": "新しい質問への答え", "source": "faq/new"}])
    assert hits(b, "faq", "新しい質問") == hits(local, "faq", "新しい質問")  # B's mirror caught up by one document

    code, _, err = cli("db", "copy", "--to", postgres_url)  # faq/new was added at another time on each side
    assert code == 1 and "differ from this KOGATA_HOME's (faq)" in err and err.count("\n") == 1
    code, out, _ = cli("db", "migrate", "--url", postgres_url)
    assert code == 0 and json.loads(out)["versions"]["kb"] == 1


def test_reembedding_on_postgresql_rebuilds_every_mirror(postgres_url, tmp_path):
    embedders = {"fake-embed": FakeEmbedder("fake-embed"), "fake-embed-2": FakeEmbedder("fake-embed-2")}
    local = KnowledgeBase(tmp_path / "kb", embedders.__getitem__)
    a = PostgresKnowledgeBase(postgres_url, tmp_path / "mirror-a", embedders.__getitem__)
    b = PostgresKnowledgeBase(postgres_url, tmp_path / "mirror-b", embedders.__getitem__)
    for kb in (local, a):
        kb.create("c", embedding_model="fake-embed", chunk_tokens=16, chunk_overlap=2)
        kb.add_texts("c", [{"text": f"note {i} about cats and dogs " * (i + 1), "source": f"n{i}"} for i in range(12)])
    assert hits(b, "c", "cats") == hits(local, "c", "cats")
    assert a.reembed("c", "fake-embed-2").chunks == local.reembed("c", "fake-embed-2").chunks > 12
    assert b.describe("c")["embedding_model"] == "fake-embed-2"
    assert hits(b, "c", "dogs note 3") == hits(local, "c", "dogs note 3")


def test_searches_in_many_threads_while_another_replica_writes(postgres_url, tmp_path):
    embedders = lambda name: FakeEmbedder()  # noqa: E731
    local = KnowledgeBase(tmp_path / "kb", embedders)
    a = PostgresKnowledgeBase(postgres_url, tmp_path / "mirror-a", embedders)
    b = PostgresKnowledgeBase(postgres_url, tmp_path / "mirror-b", embedders)
    for kb in (local, a):
        kb.create("c", embedding_model="fake-embed", chunk_tokens=16, chunk_overlap=2)
    done, errors = threading.Event(), []

    def search():
        while not done.is_set():
            try:
                b.search("c", "note about cats", k=5)
            except Exception as e:  # noqa: BLE001
                errors.append(e)

    threads = [threading.Thread(target=search) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        for i in range(30):
            for kb in (local, a):
                kb.add_texts("c", [{"text": f"note {i} about cats " * (i % 5 + 1), "source": f"n{i}"}])
            if i % 7 == 6:
                for kb in (local, a):
                    kb.get("c").delete(kb.get("c").find(f"n{i - 3}").id)
    finally:
        done.set()
        for t in threads:
            t.join()
    assert errors == []
    assert hits(b, "c", "note about cats") == hits(local, "c", "note about cats")


def test_a_mirrored_collection_is_searched_while_postgresql_is_unreachable(postgres_url, tmp_path):
    embedders = lambda name: FakeEmbedder()  # noqa: E731
    a = PostgresKnowledgeBase(postgres_url, tmp_path / "mirror-a", embedders)
    b = PostgresKnowledgeBase(postgres_url, tmp_path / "mirror-b", embedders)
    a.create("c", embedding_model="fake-embed", chunk_tokens=16, chunk_overlap=2)
    a.add_texts("c", [{"text": "cats and dogs", "source": "pets"}])
    before = hits(b, "c", "cats")
    dead = postgres_url.replace(postgres_url.split("@")[1].split("/")[0], f"127.0.0.1:{free_port()}")
    b.store.db = Database(dead)
    assert hits(b, "c", "cats") == before  # as last seen
    with pytest.raises(DatabaseError, match="cannot reach PostgreSQL"):
        PostgresKnowledgeBase(dead, tmp_path / "mirror-new", embedders).search("c", "cats")


def test_two_server_replicas_share_collections(postgres_url, monkeypatch, tmp_path):
    monkeypatch.setenv("KOGATA_DATABASE_URL", postgres_url)

    def replica(home):
        monkeypatch.setenv("KOGATA_HOME", str(home))  # each replica its own home, so its own mirrors
        settings = Settings()
        settings.server.allowed_hosts = ["testserver"]
        runtime = Runtime(settings, chat_engines={"fake-chat": FakeChatEngine()}, embedders={"fake-embed": FakeEmbedder()})
        return TestClient(create_app(settings, runtime, preload=False))

    with replica(tmp_path / "one") as one, replica(tmp_path / "two") as two:
        created = one.post("/v1/kb/collections", json={"name": "shared", "embedding_model": "fake-embed",
                                                       "chunk_tokens": 32, "chunk_overlap": 4})
        assert created.status_code == 201, created.text
        added = one.post("/v1/kb/collections/shared/documents",
                         json={"documents": [{"text": "The cafeteria opens at noon.", "source": "cafeteria"}]})
        assert added.status_code == 201, added.text
        assert [c["id"] for c in two.get("/v1/kb/collections").json()["data"]] == ["shared"]
        found = two.post("/v1/kb/collections/shared/search", json={"query": "cafeteria"}).json()["data"]
        assert [h["source"] for h in found] == ["cafeteria"]
        assert two.get("/v1/kb/collections/shared").json()["documents"] == 1
        assert two.delete("/v1/kb/collections/shared").status_code == 200
        assert one.post("/v1/kb/collections/shared/search", json={"query": "cafeteria"}).status_code == 404
    assert (tmp_path / "two" / "kb-mirror").is_dir() and not (tmp_path / "two" / "kb").exists()


def test_without_a_database_url_the_kb_imports_no_psycopg(tmp_path):
    script = f"""
import sys
sys.path.insert(0, {str(Path(__file__).parents[1])!r})
from fakes import FakeEmbedder
from kogata.config import Settings
from kogata.kb import knowledge_base
kb = knowledge_base(Settings(), lambda name: FakeEmbedder())
kb.create("c", embedding_model="fake-embed", chunk_tokens=16, chunk_overlap=2)
kb.add_texts("c", [{{"text": "cats and dogs", "source": "a"}}])
assert kb.search("c", "cats")[0].source == "a"
import kogata.server.app, kogata.cli.kb
print(type(kb).__name__, sorted(m for m in sys.modules if "psycopg" in m))
"""
    env = {"KOGATA_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["KnowledgeBase", "[]"]
