"""Fit the knowledge base's second stage (kogata/kb/rerank.py) for one embedding model on JSQuAD.

Every JSQuAD valid paragraph becomes a document, as in benchmarks/kb_retrieval.py; each question's
best `rerank.DEPTH` fused candidates are scored by `rerank.features`, and a logistic regression (is
this the question's paragraph?) is fitted on the questions of the even-numbered articles (0-based)
only. Prints the weights to paste into `rerank.WEIGHTS`, and recall@1/@5 of the fused order and of
the fitted model on the odd-numbered articles, which the fit never saw.

    KOGATA_HOME=~/.kogata python scripts/fit_kb_rerank.py [--embedding e5-small] [--kb-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from kb_retrieval import load_jsquad  # noqa: E402

from kogata.config import Settings  # noqa: E402
from kogata.engine.embedder import LlamaEmbedder  # noqa: E402
from kogata.kb import KnowledgeBase, rerank  # noqa: E402
from kogata.kb.search import VectorIndex, search  # noqa: E402
from kogata.models.pull import pull  # noqa: E402
from kogata.models.store import ModelStore  # noqa: E402

C = 0.1  # inverse regularisation: 0.01-1 measured within 0.1 point of recall on the held-out half


def candidates(kb: KnowledgeBase, embedder: LlamaEmbedder, model: str, queries: list[tuple[str, str]]):
    """Per question: the fused order's sources and the features of each."""
    collection, index = kb.get("jsquad"), VectorIndex()
    for question, _ in queries:
        hits = search(collection, index, embedder, question, k=rerank.DEPTH, model=model, rescore=False)
        texts = [rerank.passage(h.title, h.heading, h.text) for h in hits]
        raw = rerank.features(question, np.array([h.keyword_score for h in hits]),
                              np.array([h.dense_score for h in hits]), texts)
        yield [h.source for h in hits], raw


def recall(orders: list[list[str]], gold: list[str]) -> tuple[float, float]:
    return tuple(round(sum(g in o[:k] for o, g in zip(orders, gold)) / len(gold), 4) for k in (1, 5))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embedding", default="e5-small")
    ap.add_argument("--kb-dir", type=Path, help="keep the JSQuAD collection here (built once) instead of a temporary one")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()

    store = ModelStore(Settings().models_dir)
    if not store.is_installed(args.embedding):
        pull(store, args.embedding, progress=False)
    embedder = LlamaEmbedder(args.embedding, store.get(args.embedding).path, threads=args.threads)
    docs, queries = load_jsquad()
    article = {d["source"]: d["article"] for d in docs}
    with tempfile.TemporaryDirectory() as tmp:
        home = args.kb_dir or Path(tmp)
        home.mkdir(parents=True, exist_ok=True)
        kb = KnowledgeBase(home, lambda name: embedder)
        if "jsquad" not in kb.names():
            kb.create("jsquad", embedding_model=args.embedding)
            kb.add_texts("jsquad", docs)
        found = list(candidates(kb, embedder, args.embedding, queries))
    embedder.close()

    tune = [i for i, (_, g) in enumerate(queries) if article[g] % 2 == 0]
    held = [i for i, (_, g) in enumerate(queries) if article[g] % 2 == 1]
    x = np.vstack([rerank.design(found[i][1]) for i in tune])
    y = np.concatenate([[s == queries[i][1] for s in found[i][0]] for i in tune])
    fit = LogisticRegression(C=C, max_iter=5000).fit(x, y)
    weights = np.concatenate([fit.intercept_, fit.coef_[0]])
    print(json.dumps({"embedding": args.embedding, "weights": [round(float(w), 4) for w in weights]}))
    for name, part in (("tune", tune), ("held_out", held)):
        gold = [queries[i][1] for i in part]
        fused = [found[i][0] for i in part]
        second = [[found[i][0][j] for j in np.argsort(-rerank.probability(weights, found[i][1]), kind="stable")]
                  for i in part]
        print(json.dumps({"split": name, "questions": len(part), "fused_recall@1/5": recall(fused, gold),
                          "second_stage_recall@1/5": recall(second, gold)}))


if __name__ == "__main__":
    main()
