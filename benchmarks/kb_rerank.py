"""Reranking the knowledge base's top 10 by query likelihood (UPR, Sachan et al. 2022), zero-shot,
with gemma3-270m: does it lift JSQuAD recall@1 above fusion alone, and what does it cost?

Collection and questions as in `kb_retrieval.py` (e5-small, every JSQuAD valid paragraph a
document). For a question, each of the fusion's top 10 paragraphs is scored by the mean log
probability of the question's tokens after the paragraph and "この文章に基づく質問: ", one forward
pass per pair (the 10 pairs in one llama.cpp batch, logits only where a question token is
predicted); the new score is z(fusion) + w · z(likelihood) over the 10.

Sampling is stratified, per half of the articles (even-numbered: tuning; odd: held out): every
question whose paragraph the fusion ranks 2-10 (what reranking can fix) and `--first` random ones it
ranks first (what reranking can break); recall is weighted back to all questions. w is chosen on the
tuning half. Prints JSON lines: strata sizes, then recall@1/5 per w and half, and seconds per question.

    KOGATA_HOME=/tmp/kth python benchmarks/kb_rerank.py [--first 100] [--halves tune,held]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import llama_cpp.llama_cpp as ll
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_retrieval import load_jsquad  # noqa: E402

from kogata.config import Settings  # noqa: E402
from kogata.engine.embedder import LlamaEmbedder  # noqa: E402
from kogata.engine.llama_model import LlamaModel  # noqa: E402
from kogata.kb import KnowledgeBase  # noqa: E402
from kogata.models.pull import pull  # noqa: E402
from kogata.models.store import ModelStore  # noqa: E402

PROMPT = "\n\nこの文章に基づく質問: "
WEIGHTS = (0.0, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 2.0, 100.0)
BATCH = 1024


def emit(**fields) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


class QueryLikelihood:
    def __init__(self, path: Path, threads: int):
        self.model = LlamaModel(path)
        p = ll.llama_context_default_params()
        p.n_ctx, p.n_batch, p.n_ubatch, p.n_seq_max = 8192, BATCH, 512, 10
        p.n_threads = p.n_threads_batch = threads
        p.kv_unified, p.no_perf = True, True
        self.ctx = ll.llama_init_from_model(self.model.ptr, p)
        self.memory = ll.llama_get_memory(self.ctx)
        self.batch = ll.llama_batch_init(BATCH, 0, 1)

    def scores(self, question: str, passages: list[str]) -> np.ndarray:
        """Mean log-probability of the question's tokens after each passage."""
        ll.llama_memory_clear(self.memory, True)
        q = self.model.tokenize(question, add_bos=False)
        items = []  # (sequence, token, position, the token it predicts or None)
        for seq, passage in enumerate(passages):
            tokens = self.model.tokenize(passage[:600] + PROMPT, add_bos=True)
            start = len(tokens) - 1
            tokens += q
            items += [(seq, t, pos, tokens[pos + 1] if start <= pos < len(tokens) - 1 else None)
                      for pos, t in enumerate(tokens)]
        total, count = np.zeros(len(passages)), np.zeros(len(passages))
        for i in range(0, len(items), BATCH):
            part = items[i:i + BATCH]
            for n, (seq, token, pos, target) in enumerate(part):
                self.batch.token[n], self.batch.pos[n], self.batch.n_seq_id[n] = token, pos, 1
                self.batch.seq_id[n][0], self.batch.logits[n] = seq, target is not None
            self.batch.n_tokens = len(part)
            if ll.llama_decode(self.ctx, self.batch) != 0:
                raise RuntimeError("llama_decode failed")
            for n, (seq, _, _, target) in enumerate(part):
                if target is not None:
                    row = np.ctypeslib.as_array(ll.llama_get_logits_ith(self.ctx, n), shape=(self.model.n_vocab,))
                    top = row.max()
                    total[seq] += row[target] - top - np.log(np.exp(row - top).sum())
                    count[seq] += 1
        return total / np.maximum(count, 1)


def z(x) -> np.ndarray:
    x = np.asarray(x, float)
    return (x - x.mean()) / (x.std() or 1.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--first", type=int, default=100, help="questions ranked first by the fusion, per half")
    ap.add_argument("--halves", default="tune,held")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()

    store = ModelStore(Settings().models_dir)
    for name in ("e5-small", "gemma3-270m"):
        if not store.is_installed(name):
            pull(store, name, progress=False)
    embedder = LlamaEmbedder("e5-small", store.get("e5-small").path, threads=args.threads)
    docs, queries = load_jsquad()
    article = {d["source"]: d["article"] for d in docs}
    text = {d["source"]: f"{d['title']}\n{d['text']}" for d in docs}
    rng = random.Random(0)
    with tempfile.TemporaryDirectory() as tmp:
        kb = KnowledgeBase(Path(tmp), lambda name: embedder)
        kb.create("jsquad", embedding_model="e5-small")
        kb.add_texts("jsquad", docs)
        strata: dict[tuple[str, str], list] = {}
        for question, gold in queries:
            half = "tune" if article[gold] % 2 == 0 else "held"
            hits = kb.search("jsquad", question, k=10)
            sources = list(dict.fromkeys(h.source for h in hits))
            kind = "first" if sources[:1] == [gold] else ("fixable" if gold in sources else "absent")
            strata.setdefault((half, kind), []).append((question, gold, hits))
        emit(strata={f"{h}/{k}": len(v) for (h, k), v in strata.items()})
        scorer = QueryLikelihood(store.get("gemma3-270m").path, args.threads)
        rows, seconds = [], []
        for half in args.halves.split(","):
            sample = [("fixable", x) for x in strata.get((half, "fixable"), [])]
            sample += [("first", x) for x in rng.sample(strata[(half, "first")], args.first)]
            for kind, (question, gold, hits) in sample:
                start = time.perf_counter()
                likelihood = scorer.scores(question, [text[h.source] for h in hits])
                seconds.append(time.perf_counter() - start)
                rows.append((half, kind, gold, [h.source for h in hits], [h.score for h in hits], likelihood))
    embedder.close()

    def recall(half: str, w: float, at: int) -> float:
        total = sum(len(v) for (h, _), v in strata.items() if h == half)
        found = 0.0
        for kind in ("first", "fixable"):
            mine = [r for r in rows if r[0] == half and r[1] == kind]
            hit = [r[2] in list(dict.fromkeys(np.asarray(r[3])[np.argsort(-(z(r[4]) + w * z(r[5])))]))[:at]
                   for r in mine]
            found += len(strata[(half, kind)]) * float(np.mean(hit))
        return round(found / total, 4)

    for w in WEIGHTS:
        emit(weight=w, **{f"{half}_r@{at}": recall(half, w, at) for half in args.halves.split(",") for at in (1, 5)})
    emit(seconds_per_question_p50=round(float(np.median(seconds)), 2), questions=len(seconds), threads=args.threads)


if __name__ == "__main__":
    main()
