"""LoRA specialist on Japanese reading comprehension: gemma3-270m + an adapter trained on JSQuAD.

`../shared/data/jsquad/valid-v1.3.json` is split by article (80% of the articles to train, the rest
to evaluate; seed 0). The adapter is trained by kogata's own job (`kogata tune lora`: prompt =
paragraph + question, completion = the answer) within a time budget, then both are scored on the
held-out articles through kogata's serving engine (llama.cpp, greedy): the base model with a 2-shot
prompt (two worked examples from the training articles) and the base with the adapter, zero-shot.
Exact match and character F1 (best over the gold answers, NFKC, spaces and end punctuation dropped).

    KOGATA_HOME=~/.kogata python benchmarks/lora_jsquad.py [--minutes 55] [--phase all|train|eval]

Prints one JSON line per figure. An adapter already trained on the same data is reused (--retrain).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import re
import statistics
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kogata.config import load_settings
from kogata.engine.base import Finished, GenerationRequest, SamplingParams, TextDelta
from kogata.models.adapters import AdapterStore
from kogata.models.pull import pull
from kogata.models.store import ModelStore
from kogata.runtime import Runtime

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "jsquad" / "valid-v1.3.json"


def emit(**fields) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def split_articles(seed: int, share: float) -> tuple[list[dict], list[dict]]:
    articles = json.loads(DATA.read_text())["data"]
    order = list(range(len(articles)))
    random.Random(seed).shuffle(order)
    n_train = round(len(articles) * share)
    train = [articles[i] for i in sorted(order[:n_train])]
    held = [articles[i] for i in sorted(order[n_train:])]
    return train, held


def questions(articles: list[dict]) -> list[dict]:
    return [{"context": p["context"], "question": q["question"], "answers": [a["text"] for a in q["answers"]]}
            for a in articles for p in a["paragraphs"] for q in p["qas"]]


def prompt(q: dict) -> str:
    return f"{q['context']}\n質問: {q['question']}\n答え:"


def few_shot(shots: list[dict], q: dict) -> str:
    return "".join(f"{prompt(s)}{s['answers'][0]}\n\n" for s in shots) + prompt(q)


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


def score(predictions: list[str], items: list[dict]) -> dict:
    em = [max(normalize(p) == normalize(a) for a in q["answers"]) for p, q in zip(predictions, items)]
    f1 = [max(char_f1(p, a) for a in q["answers"]) for p, q in zip(predictions, items)]
    return {"exact_match": round(statistics.mean(em), 4), "char_f1": round(statistics.mean(f1), 4), "n": len(items)}


def answer_all(engine, prompts: list[str], *, parallel: int) -> tuple[list[str], float]:
    """Greedy answers (up to the first line break), `parallel` requests in flight at a time."""
    params = SamplingParams(temperature=0.0, max_tokens=48, stop=["\n"])

    def one(text: str) -> str:
        out = []
        for event in engine.submit(GenerationRequest(text, params)):
            if isinstance(event, TextDelta):
                out.append(event.text)
            elif isinstance(event, Finished) and event.error:
                raise RuntimeError(event.error)
        return "".join(out).strip()

    started = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        answers = list(pool.map(one, prompts))
    return answers, time.perf_counter() - started


def train_phase(args, settings, train_items: list[dict]) -> None:
    from kogata.tune.job import tune_lora
    from kogata.tune.train import TrainOptions

    work = settings.home_dir / "bench"
    work.mkdir(parents=True, exist_ok=True)
    data = work / "jsquad_train.jsonl"
    data.write_text("".join(json.dumps({"prompt": prompt(q), "completion": q["answers"][0]}, ensure_ascii=False) + "\n"
                            for q in train_items))
    adapters = AdapterStore.in_home(settings.home_dir)
    sha = hashlib.sha256(data.read_bytes()).hexdigest()
    if adapters.exists(args.name) and adapters.get(args.name).manifest["data"]["sha256"] == sha and not args.retrain:
        emit(phase="train", reused=args.name)
    else:
        options = TrainOptions(epochs=args.epochs, max_minutes=args.minutes, eval_split=0.05, lr=args.lr,
                               rank=args.rank, alpha=2.0 * args.rank)
        tune_lora(ModelStore(settings.models_dir).get(args.base), data, args.name, adapters, options,
                  replace=True, progress=not args.quiet)
    m = adapters.get(args.name).manifest["metrics"]
    emit(phase="train", adapter=args.name, examples=m["examples"], epochs_done=m.get("epochs_done"),
         train_seconds=m["train_seconds"], train_minutes=round(m["train_seconds"] / 60, 1),
         tokens_per_second=m["tokens_per_second"], trained_tokens=m.get("trained_tokens"),
         eval_loss_base=m.get("eval_loss_base"), eval_loss=m.get("eval_loss"), train_loss=m.get("train_loss"))


def eval_phase(args, settings, train_items: list[dict], held: list[dict]) -> None:
    """The base (2-shot) and base+adapter through the server's runtime, then each exported file
    (`kogata export`: merged, quantized) loaded as a model of its own."""
    from kogata.engine.llama_engine import LlamaEngine
    from kogata.tune.export import export_adapter

    items = held[: args.eval_limit] if args.eval_limit else held
    shots = random.Random(args.seed).sample(train_items, 2)

    def run(label: str, name: str, engine, make) -> None:
        predictions, seconds = answer_all(engine, [make(q) for q in items], parallel=args.parallel)
        emit(phase="eval", model=label, name=name, **score(predictions, items), seconds=round(seconds, 1),
             examples=[{"q": q["question"], "gold": q["answers"][0], "got": p}
                       for q, p in list(zip(items, predictions))[:3]])

    runtime = Runtime(settings)
    try:
        run("base_2shot", args.base, runtime.chat(args.base), lambda q: few_shot(shots, q))
        run("adapter", args.name, runtime.chat(args.name), prompt)
    finally:
        runtime.close()
    adapter = AdapterStore.in_home(settings.home_dir).get(args.name)
    base = ModelStore(settings.models_dir).get(args.base)
    for quant in filter(None, args.export.split(",")):
        out = settings.home_dir / "bench" / f"{args.name}-{quant}.gguf"
        started = time.perf_counter()
        export_adapter(base, adapter, out, quant)
        emit(phase="export", quant=quant, seconds=round(time.perf_counter() - started, 1),
             size_mib=round(out.stat().st_size / 2**20, 1), base_size_mib=round(base.path.stat().st_size / 2**20, 1))
        engine = LlamaEngine(out.stem, out, settings.engine)
        try:
            run(f"exported_{quant}", out.name, engine, prompt)
        finally:
            engine.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="gemma3-270m")
    ap.add_argument("--name", default="jsquad-bench")
    ap.add_argument("--phase", choices=["all", "train", "eval"], default="all")
    ap.add_argument("--minutes", type=float, default=55.0, help="training time budget")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--eval-limit", type=int, default=0, help="score only the first N held-out questions")
    ap.add_argument("--parallel", type=int, default=4)
    ap.add_argument("--export", default="q8_0,q4_k_m", help="quantizations of the merged file to score")
    ap.add_argument("--retrain", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    settings = load_settings()
    if not ModelStore(settings.models_dir).is_installed(args.base):
        pull(ModelStore(settings.models_dir), args.base)
    train_articles, held_articles = split_articles(args.seed, 0.8)
    train_items, held = questions(train_articles), questions(held_articles)
    emit(phase="split", train_articles=len(train_articles), held_articles=len(held_articles),
         train_questions=len(train_items), held_questions=len(held))
    if args.phase in ("all", "train"):
        train_phase(args, settings, train_items)
    if args.phase in ("all", "eval"):
        eval_phase(args, settings, train_items, held)


if __name__ == "__main__":
    main()
