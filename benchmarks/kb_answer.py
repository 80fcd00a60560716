"""Japanese knowledge-base answers end to end: JSQuAD questions asked through `kogata serve`'s HTTP
`ask` route, per answering model, in one run.

The collection holds every paragraph of the articles `scripts/train_kb_answerer.py` held out of the
answering specialist's training (title: the article's title; source: `ARTICLE/N`). Each held-out
question (the first `--limit` in an order shuffled with seed 0) is asked of each `--models` entry; so are `--unanswerable`
questions of the training articles, which the collection does not hold.

Figures per model: exact match and character F1 of the answer (citation markers stripped; NFKC,
spaces and end punctuation dropped; best over the gold answers), citation accuracy (the first cited
source is the question's own paragraph), the share of answerable questions refused, the share of
unanswerable ones refused (the answer is kb ask's refusal sentence, or says わからない / わかりません),
and seconds per question. Targets (issue 16) for the specialist: exact match ≥ 0.60, citation
accuracy ≥ 0.85, unanswerable refused ≥ 0.80, answerable refused ≤ 0.10.

    KOGATA_HOME=/tmp/kth python benchmarks/kb_answer.py [--limit 200] [--unanswerable 100]
        [--models kb-answer-ja,gemma3-270m,smollm2-135m] [--compare-limit 60]
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from train_kb_answerer import paragraphs, split_articles  # noqa: E402

from kogata.kb.answer import NOT_FOUND  # noqa: E402

HOST = "127.0.0.1"
COLLECTION = "jsquad-held-out"
_MARKER = re.compile(r"\s*\[\d{1,2}\]")
_DONT_KNOW = ("わからない", "わかりません", "分からない", "分かりません", NOT_FOUND["ja"])


def emit(**fields) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", text).strip("。．.、,「」『』")


def char_f1(prediction: str, gold: str) -> float:
    p, g = collections.Counter(normalize(prediction)), collections.Counter(normalize(gold))
    same = sum((p & g).values())
    if not same:
        return 0.0
    precision, recall = same / sum(p.values()), same / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def refused(body: dict) -> bool:
    return not body["supported"] or any(phrase in body["answer"] for phrase in _DONT_KNOW)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(home: Path) -> tuple[subprocess.Popen, str, str]:
    port = free_port()
    log = tempfile.NamedTemporaryFile(prefix="bench-kb-answer-", suffix=".log", delete=False)
    server = subprocess.Popen([sys.executable, "-m", "kogata", "serve", "--host", HOST, "--port", str(port)],
                              env={**os.environ, "KOGATA_HOME": str(home)}, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://{HOST}:{port}"
    deadline = time.monotonic() + 300
    while True:
        if server.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"kogata serve did not start; see {log.name}")
        try:
            if httpx.get(f"{url}/ready").status_code == 200:
                return server, url, log.name
        except httpx.HTTPError:
            pass
        time.sleep(0.5)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=200, help="held-out questions asked (0: all)")
    ap.add_argument("--unanswerable", type=int, default=100, help="questions of articles not in the collection")
    ap.add_argument("--models", default="kb-answer-ja,gemma3-270m,smollm2-135m")
    ap.add_argument("--max-tokens", type=int, default=256)
    ap.add_argument("--compare-limit", type=int, default=0,
                    help="models after the first answer only this many answerable questions (and half as many "
                         "unanswerable ones), prefixes of the first model's; the first model's figures on them are "
                         "printed too (0: all)")
    ap.add_argument("--dump", help="write each answerable question's answer and citations to this JSONL file")
    args = ap.parse_args()

    train, held = split_articles()
    rng = random.Random(0)
    documents, answerable = [], []
    for article in held:
        for i, ((title, text), paragraph) in enumerate(zip(paragraphs(article), article["paragraphs"])):
            source = f"{article['title']}/{i}"
            documents.append({"text": text, "title": title, "source": source})
            answerable += [{"question": qa["question"], "answers": [a["text"] for a in qa["answers"]], "source": source}
                           for qa in paragraph["qas"]]
    rng.shuffle(answerable)  # a smaller --limit asks a prefix of a larger one's questions
    answerable = answerable[:args.limit or None]
    unanswerable = [qa["question"] for article in train for p in article["paragraphs"] for qa in p["qas"]]
    rng.shuffle(unanswerable)
    unanswerable = unanswerable[:args.unanswerable]
    emit(held_out_articles=len(held), paragraphs=len(documents), answerable=len(answerable),
         unanswerable=len(unanswerable))

    from kogata.config import Settings

    server, url, log = start_server(Settings().home_dir)
    try:
        with httpx.Client(base_url=url, timeout=600) as client, \
                (open(args.dump, "w", encoding="utf-8") if args.dump else contextlib.nullcontext()) as dump:
            client.delete(f"/v1/kb/collections/{COLLECTION}")
            client.post("/v1/kb/collections", json={"name": COLLECTION}).raise_for_status()
            client.post(f"/v1/kb/collections/{COLLECTION}/documents", json={"documents": documents}).raise_for_status()
            models = args.models.split(",")
            first = run(client, models[0], answerable, unanswerable, args.max_tokens, dump)
            emit(**summary(models[0], first, len(answerable), len(unanswerable)))
            n, m = min(args.compare_limit or len(answerable), len(answerable)), min(
                (args.compare_limit or len(answerable)) // 2, len(unanswerable))
            if models[1:] and (n, m) != (len(answerable), len(unanswerable)):
                emit(**summary(models[0], first, n, m), subset="the questions the other models were asked")
            for model in models[1:]:
                emit(**summary(model, run(client, model, answerable[:n], unanswerable[:m], args.max_tokens, dump), n, m))
            client.delete(f"/v1/kb/collections/{COLLECTION}")
    finally:
        server.terminate()
        server.wait(timeout=60)


def run(client: httpx.Client, model: str, answerable: list[dict], unanswerable: list[str], max_tokens: int,
        dump=None) -> dict:
    """Per-question results of one model: lists that `summary` turns into figures."""
    def ask(question: str) -> tuple[dict, float]:
        start = time.perf_counter()
        r = client.post(f"/v1/kb/collections/{COLLECTION}/ask",
                        json={"question": question, "model": model, "max_tokens": max_tokens})
        r.raise_for_status()
        return r.json(), time.perf_counter() - start

    ask(answerable[0]["question"])  # loads the model
    out = {"em": [], "f1": [], "cited_right": [], "refused": [], "refused_unanswerable": [], "seconds": []}
    for item in answerable:
        body, took = ask(item["question"])
        out["seconds"].append(took)
        answer = _MARKER.sub("", body["answer"]).strip()
        out["em"].append(max(normalize(answer) == normalize(a) for a in item["answers"]))
        out["f1"].append(max(char_f1(answer, a) for a in item["answers"]))
        out["cited_right"].append(bool(body["citations"]) and body["citations"][0]["source"] == item["source"])
        out["refused"].append(refused(body))
        if dump is not None:
            dump.write(json.dumps({"model": model, "question": item["question"], "answers": item["answers"],
                                   "source": item["source"], "answer": body["answer"],
                                   "cited": [c["source"] for c in body["citations"]]}, ensure_ascii=False) + "\n")
    for question in unanswerable:
        body, took = ask(question)
        out["seconds"].append(took)
        out["refused_unanswerable"].append(refused(body))
    return out


def summary(model: str, r: dict, answerable: int, unanswerable: int) -> dict:
    """Figures over the first `answerable` and `unanswerable` questions of `r`."""
    def mean(key: str, n: int) -> float:
        return round(statistics.mean(r[key][:n]), 4)

    return {"model": model, "answerable": answerable, "unanswerable": unanswerable,
            "exact_match": mean("em", answerable), "char_f1": mean("f1", answerable),
            "citation_accuracy": mean("cited_right", answerable), "answerable_refused": mean("refused", answerable),
            "unanswerable_refused": mean("refused_unanswerable", unanswerable),
            "seconds_per_question_p50": round(statistics.median(r["seconds"]), 2)}


if __name__ == "__main__":
    main()
