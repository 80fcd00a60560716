"""Knowledge-base search on PostgreSQL (with each process's local mirror) against SQLite: the same JSQuAD
paragraphs in both, the same questions; search latency p50 (the mirror already in sync, so a search costs
the SQLite search plus one generation lookup in PostgreSQL), whether every hit is identical, the time to
build a mirror from scratch and to catch up after 10 documents were added by another replica.

Embeddings are computed once and reused (for documents and questions), so the figures are the stores'
own cost, not the embedding model's.

    .venv/bin/python benchmarks/kb_postgres.py [--url postgresql://…]   # default: a throwaway PostgreSQL 15
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from helpers import RememberingEmbedder  # noqa: E402  (tests/: each text embedded once)
from kogata.config import Settings  # noqa: E402
from kogata.engine.embedder import LlamaEmbedder  # noqa: E402
from kogata.kb import KnowledgeBase  # noqa: E402
from kogata.kb.pg_knowledge_base import PostgresKnowledgeBase  # noqa: E402
from kogata.models.pull import pull  # noqa: E402
from kogata.models.store import ModelStore  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "jsquad" / "valid-v1.3.json"
MODEL = "e5-small"


def emit(**fields) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def load_jsquad(paragraphs: int) -> tuple[list[dict], list[str]]:
    docs, questions = [], []
    for article in json.loads(DATA.read_text())["data"]:
        for p in article["paragraphs"]:
            title, text = p["context"].split(" [SEP] ", 1)
            docs.append({"text": text, "title": title, "source": f"jsquad/{len(docs)}"})
            questions.extend(q["question"] for q in p["qas"][:1])
            if len(docs) == paragraphs:
                return docs, questions
    return docs, questions


def p50_ms(kb, questions: list[str], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        for q in questions:
            started = time.perf_counter()
            kb.search("jsquad", q, k=5)
            times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 3)


def run(url: str, args) -> None:
    settings = Settings()
    store = ModelStore(settings.models_dir)
    if not store.is_installed(MODEL):
        pull(store, MODEL, progress=False)
    engine = LlamaEmbedder(MODEL, store.get(MODEL).path, threads=args.threads)
    embedder = RememberingEmbedder(engine)
    docs, questions = load_jsquad(args.paragraphs + 10)
    docs, later, questions = docs[:args.paragraphs], docs[args.paragraphs:], questions[:args.paragraphs]
    with tempfile.TemporaryDirectory() as tmp:
        local = KnowledgeBase(Path(tmp) / "kb", lambda name: embedder)
        writer = PostgresKnowledgeBase(url, Path(tmp) / "mirror-a", lambda name: embedder)
        reader = PostgresKnowledgeBase(url, Path(tmp) / "mirror-b", lambda name: embedder)
        for kb in (local, writer):
            kb.create("jsquad")
        started = time.perf_counter()
        local.add_texts("jsquad", docs)
        embed_and_sqlite = time.perf_counter() - started
        started = time.perf_counter()
        writer.add_texts("jsquad", docs)  # the embeddings are remembered: this is the store's own cost
        postgres_write = time.perf_counter() - started
        chunks = local.describe("jsquad")["chunks"]
        emit(what="kb_postgres_collection", documents=len(docs), chunks=chunks,
             embed_and_sqlite_ingest_s=round(embed_and_sqlite, 2), postgres_ingest_s=round(postgres_write, 3))

        started = time.perf_counter()
        reader.mirrors.sync("jsquad")
        emit(what="kb_postgres_mirror_build", chunks=chunks, seconds=round(time.perf_counter() - started, 3))

        for q in questions:  # embeds every question once, and warms both vector indexes
            local.search("jsquad", q, k=5)
            reader.search("jsquad", q, k=5)
        same = sum(local.search("jsquad", q, k=5) == reader.search("jsquad", q, k=5) for q in questions)
        sqlite_ms, postgres_ms = p50_ms(local, questions, args.rounds), p50_ms(reader, questions, args.rounds)
        emit(what="kb_search_p50_ms", queries=len(questions), sqlite=sqlite_ms, postgres_mirror=postgres_ms,
             ratio=round(postgres_ms / sqlite_ms, 3), identical_hits=f"{same}/{len(questions)}")

        writer.add_texts("jsquad", later)  # "elsewhere": replica A
        started = time.perf_counter()
        _, rebuilt = reader.mirrors.sync("jsquad")
        catch_up = time.perf_counter() - started
        started = time.perf_counter()
        reader.search("jsquad", questions[-1], k=5)
        emit(what="kb_postgres_mirror_catch_up", documents_added=len(later), seconds=round(catch_up, 4),
             rebuilt=rebuilt, first_search_after_ms=round((time.perf_counter() - started) * 1000, 2))
    engine.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", help="a PostgreSQL database to use (default: a throwaway PostgreSQL 15)")
    ap.add_argument("--paragraphs", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3, help="times each question is searched for the latencies")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    if args.url:
        run(args.url, args)
        return 0
    from postgres_fixture import PostgresServer

    with tempfile.TemporaryDirectory(prefix="kogata-pg-") as root:
        Path(root).chmod(0o755)
        server = PostgresServer(Path(root))
        server.start()
        try:
            run(server.new_database(), args)
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
