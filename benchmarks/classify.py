"""Specialist classifiers: kogata's classifier against MiniLM embeddings + logistic regression.

Banking77 (all training data; 10 examples per intent over several seeds; 10 intents left out of
training for out-of-scope detection), JSQuAD questions → their article (stratified 50/50 split,
seed 0), training time, single-text latency through `POST /v1/classify` of a `kogata serve` process, and batched texts/s.
The baseline is kogata's own minilm-l6 embeddings (the same vectors) + scikit-learn's logistic
regression (C=10, the best of 1/10/100 on Banking77). With `--contrastive`, the 10-per-intent,
out-of-scope and JSQuAD classifiers are also trained with the embedding model tuned first
(`kogata tune classify --contrastive`, needs torch; minilm-l6 only). `--encoder` names the embedding
models to run each part with, one after the other ("auto": both default candidates, the better on the
held-out split kept, as `kogata tune classify` without --encoder does). Prints one JSON line per
figure, each naming its encoder.

    KOGATA_HOME=~/.kogata python benchmarks/classify.py [--seeds 5] [--skip-latency] [--contrastive]
        [--parts full,few,oos,jsquad,speed] [--encoder minilm-l6,e5-small,auto]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from kogata.config import load_settings
from kogata.engine.base import EmbeddingEngine
from kogata.models.pull import pull
from kogata.runtime import Runtime
from kogata.tasks.classifier import (
    Classifier,
    ClassifierStore,
    EmbeddingModel,
    load_dataset,
    train_classifier,
)
from kogata.tasks.classifier.data import Dataset
from kogata.tasks.classifier.train import TrainOptions

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
MODELS = ("minilm-l6", "e5-small")  # the default candidates of `kogata tune classify`
AUTO = "auto"
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Memo(EmbeddingEngine):
    """Remembers vectors, so the baselines and later trainings do not embed the same text twice.
    Training times are measured on runs whose texts were not embedded before."""

    def __init__(self, engine: EmbeddingEngine):
        self.engine, self.info, self.dimensions = engine, engine.info, engine.dimensions
        self.seen: dict[str, list[float]] = {}

    def embed(self, texts: list[str], input_type: str = "query") -> tuple[list[list[float]], int]:
        assert input_type == "query", input_type  # what classifiers read; the memo keeps one kind
        todo = [t for t in dict.fromkeys(texts) if t not in self.seen]
        if todo:
            vectors, _ = self.engine.embed(todo, input_type)
            self.seen.update(zip(todo, vectors))
        return [self.seen[t] for t in texts], 0

    def count_tokens(self, text: str) -> int:
        return self.engine.count_tokens(text)

    def tokenize(self, text: str) -> list[int]:  # what contrastive tuning reads
        return self.engine.tokenize(text)

    def close(self) -> None:
        self.engine.close()


def emit(**figure) -> None:
    print(json.dumps(figure, ensure_ascii=False), flush=True)


def accuracy(classifier: Classifier, texts: list[str], labels: list[str]) -> float:
    with threadpool_limits(limits=1, user_api="blas"):  # numpy beside llama.cpp's threads, as Classifier does
        predicted = np.array(classifier.labels)[classifier.proba(texts).argmax(axis=1)]
    return float((predicted == np.array(labels)).mean())


def baseline(engine: Memo, train: Dataset, texts: list[str], labels: list[str]) -> float:
    x, test_x = np.asarray(engine.embed(train.texts)[0]), np.asarray(engine.embed(texts)[0])
    model = LogisticRegression(C=10, max_iter=2000).fit(x, train.labels)
    return float((model.predict(test_x) == np.array(labels)).mean())


def subset(dataset: Dataset, index) -> Dataset:
    return dataset.subset(np.asarray(index))


def per_label(dataset: Dataset, n: int, seed: int) -> Dataset:
    rng = np.random.default_rng(seed)
    labels = np.array(dataset.labels)
    return subset(dataset, np.sort(np.concatenate(
        [rng.choice(np.flatnonzero(labels == label), n, replace=False) for label in dataset.label_names])))


def jsquad() -> tuple[Dataset, Dataset]:
    data = json.loads((DATA / "jsquad" / "valid-v1.3.json").read_text(encoding="utf-8"))
    texts, labels = [], []
    for article in data["data"]:
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                texts.append(qa["question"].strip())
                labels.append(article["title"])
    whole = Dataset(texts, labels, "jsquad", "", "utf-8")
    rng = np.random.default_rng(0)
    train, test = [], []
    for label in whole.label_names:
        index = rng.permutation([i for i, y in enumerate(labels) if y == label])
        half = len(index) // 2
        train += list(index[:half])
        test += list(index[half:])
    return subset(whole, sorted(train)), subset(whole, sorted(test))


def serve_latency(models_dir: Path, home: Path, name: str, texts: list[str], n: int) -> dict:
    """Sequential single-text requests from this process to `kogata serve` in its own process (a
    client sharing the server's process would also share its GIL), each client on one kept-alive
    connection. Each text is sent twice, alternately first by the standard library's HTTP client (a
    lean client: what the server costs) or by httpx (about 1.5 ms more per request of its own); the
    server's own `latency_ms` from its access log covers both clients' requests."""
    if not (home / "models").exists():  # a second encoder's run serves from the same home
        (home / "models").symlink_to(models_dir)
    port = free_port()
    with tempfile.NamedTemporaryFile(prefix="bench-classify-serve-", suffix=".log", delete=False) as log:
        server = subprocess.Popen([sys.executable, "-m", "kogata", "serve", "--host", HOST, "--port", str(port)],
                                  env={**os.environ, "KOGATA_HOME": str(home)}, stdout=log, stderr=subprocess.STDOUT)
    plain, with_httpx = [], []
    try:
        with httpx.Client(base_url=f"http://{HOST}:{port}", timeout=60) as client:
            deadline = time.monotonic() + 300
            while True:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"kogata serve did not start; see {log.name}")
                try:
                    if client.get("/ready").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.5)
            client.post("/v1/classify", json={"model": name, "input": texts[0]}).raise_for_status()  # loads it
            connection = http.client.HTTPConnection(HOST, port, timeout=60)

            def by_httpx(text: str) -> None:
                start = time.perf_counter()
                client.post("/v1/classify", json={"model": name, "input": text}).raise_for_status()
                with_httpx.append(time.perf_counter() - start)

            def by_http_client(text: str) -> None:
                body = json.dumps({"model": name, "input": text})
                start = time.perf_counter()
                connection.request("POST", "/v1/classify", body, {"Content-Type": "application/json"})
                response = connection.getresponse()
                response.read()
                plain.append(time.perf_counter() - start)
                if response.status != 200:
                    raise SystemExit(f"POST /v1/classify answered {response.status}")

            for i, text in enumerate(texts[:n]):
                for send in (by_http_client, by_httpx) if i % 2 == 0 else (by_httpx, by_http_client):
                    send(text)
            connection.close()
    finally:
        server.terminate()
        server.wait(timeout=60)
    logged = [record["latency_ms"] for line in Path(log.name).read_text().splitlines() if line.startswith("{")
              and (record := json.loads(line)).get("route") == "/v1/classify"][1:]  # the first one loads it

    def quantiles(ms) -> dict:
        q = np.percentile(np.asarray(ms), [50, 95])
        return {"p50_ms": round(float(q[0]), 2), "p95_ms": round(float(q[1]), 2)}

    return {"requests": len(plain), **quantiles(np.array(plain) * 1000), "httpx": quantiles(np.array(with_httpx) * 1000),
            "server_log": {"requests": len(logged), **quantiles(logged)}}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--contrastive", action="store_true", help="also train with the embedding model tuned")
    parser.add_argument("--parts", default="full,few,oos,jsquad,speed")
    parser.add_argument("--encoder", default="minilm-l6",
                        help=f"comma-separated embedding models to run with, or {AUTO!r} for the default choice")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    wanted = args.encoder.split(",")

    settings = load_settings()
    runtime = Runtime(settings)
    real, memos = {}, {}
    for model in dict.fromkeys(m for w in wanted for m in (MODELS if w == AUTO else [w])):
        if not runtime.store.is_installed(model):
            pull(runtime.store, model, progress=True)
        real[model] = runtime.embedding_model(model)
        memos[model] = EmbeddingModel(model, real[model].sha256, Memo(real[model].engine), real[model].path,
                                      real[model].threads)
    store = ClassifierStore(Path(tempfile.mkdtemp(prefix="kogata-bench-")) / "classifiers")
    for encoder in wanted:
        run(args, parts, encoder, [memos[m] for m in MODELS] if encoder == AUTO else memos[encoder], real, store,
            settings)
    runtime.close()


def run(args, parts: set[str], encoder: str, embedding, real: dict[str, EmbeddingModel], store: ClassifierStore,
        settings) -> None:
    """Every part with one encoder (or, for "auto", the candidates the training chooses among)."""
    variants = {"": TrainOptions()} | ({"_contrastive": TrainOptions(contrastive=True)}
                                       if args.contrastive and encoder != AUTO else {})
    tag = encoder.replace("-", "")

    def opened(name: str) -> tuple[Classifier, EmbeddingModel]:
        chosen = store.manifest(name)["features"]["embedding"]["model"]
        model = next(e for e in (embedding if isinstance(embedding, list) else [embedding]) if e.name == chosen)
        return Classifier.open(store, name, model), model

    def choice(manifest: dict) -> dict:
        return {"encoder": encoder, "chosen": manifest["encoder"]["model"],
                "held_out_by_encoder": manifest["encoder"]["held_out_accuracy"]}

    train = load_dataset(DATA / "banking77" / "train.csv", label_col="category")
    test = load_dataset(DATA / "banking77" / "test.csv", label_col="category")

    if parts & {"full", "speed"}:
        manifest = train_classifier(train, f"b77-{tag}", embedding, store)
    if "full" in parts:
        full, model = opened(f"b77-{tag}")
        emit(figure="banking77_full", **choice(manifest), accuracy=round(accuracy(full, test.texts, test.labels), 4),
             baseline=round(baseline(model.engine, train, test.texts, test.labels), 4),
             training_seconds=manifest["metrics"]["training_seconds"], embedding_weight=manifest["head"]["embedding_weight"],
             nearest_weight=manifest["head"]["nearest_weight"], temperature=manifest["head"]["temperature"], held_out=manifest["metrics"])

    for variant, options in variants.items():
        if "few" not in parts:
            break
        ours, base, seconds = [], [], []
        for seed in range(args.seeds):
            few = per_label(train, 10, seed)
            name = f"few{seed}{variant}-{tag}"
            manifest = train_classifier(few, name, embedding, store, options=options)
            classifier, model = opened(name)
            ours.append(accuracy(classifier, test.texts, test.labels))
            base.append(baseline(model.engine, few, test.texts, test.labels))
            seconds.append(manifest["metrics"]["training_seconds"])
            emit(figure=f"banking77_10_per_intent{variant}_seed", **choice(manifest), seed=seed,
                 accuracy=round(ours[-1], 4), baseline=round(base[-1], 4), training_seconds=seconds[-1])
        emit(figure=f"banking77_10_per_intent{variant}", encoder=encoder, seeds=args.seeds,
             accuracy_mean=round(statistics.mean(ours), 4), accuracy_sd=round(statistics.pstdev(ours), 4),
             baseline_mean=round(statistics.mean(base), 4), baseline_sd=round(statistics.pstdev(base), 4),
             training_seconds_mean=round(statistics.mean(seconds), 1))

    removed = set(np.random.default_rng(0).choice(train.label_names, 10, replace=False))
    for variant, options in variants.items():
        if "oos" not in parts:
            break
        kept = subset(train, [i for i, y in enumerate(train.labels) if y not in removed])
        name = f"b77-67{variant}-{tag}"
        manifest = train_classifier(kept, name, embedding, store, options=options)
        predictions = opened(name)[0].classify(test.texts)
        inside = np.array([y not in removed for y in test.labels])
        flagged = np.array([p.out_of_scope for p in predictions])
        right = np.array([p.label == y for p, y in zip(predictions, test.labels)])
        emit(figure=f"banking77_out_of_scope{variant}", **choice(manifest), removed=sorted(removed),
             recall=round(float(flagged[~inside].mean()), 4),
             in_scope_accuracy=round(float((right & ~flagged)[inside].mean()), 4),
             in_scope_accuracy_unflagged_counted=round(float(right[inside].mean()), 4),
             in_scope_flagged=round(float(flagged[inside].mean()), 4),
             training_seconds=manifest["metrics"]["training_seconds"])

    jtrain, jtest = jsquad()
    for variant, options in variants.items():
        if "jsquad" not in parts:
            break
        name = f"jsquad{variant}-{tag}"
        manifest = train_classifier(jtrain, name, embedding, store, options=options)
        classifier, model = opened(name)
        emit(figure=f"jsquad_question_to_article{variant}", **choice(manifest), labels=len(jtrain.label_names),
             train=len(jtrain), test=len(jtest), accuracy=round(accuracy(classifier, jtest.texts, jtest.labels), 4),
             baseline=round(baseline(model.engine, jtrain, jtest.texts, jtest.labels), 4),
             embedding_weight=manifest["head"]["embedding_weight"], nearest_weight=manifest["head"]["nearest_weight"],
             training_seconds=manifest["metrics"]["training_seconds"])

    if "speed" not in parts:
        return
    # Throughput and latency with the real embedder (no memo), loaded as the server loads it.
    chosen = store.manifest(f"b77-{tag}")["features"]["embedding"]["model"]
    live = Classifier.open(store, f"b77-{tag}", real[chosen])
    start = time.perf_counter()
    for i in range(0, len(test.texts), 256):
        live.classify(test.texts[i:i + 256])
    elapsed = time.perf_counter() - start
    emit(figure="banking77_batched", encoder=encoder, chosen=chosen, texts=len(test.texts),
         texts_per_s=round(len(test.texts) / elapsed, 1))
    if not args.skip_latency:
        emit(figure="latency_single_text_http", encoder=encoder, chosen=chosen,
             **serve_latency(settings.models_dir, store.root.parent, f"b77-{tag}", test.texts, 300))


if __name__ == "__main__":
    main()
