"""Japanese named entities as an extraction task (issue 17): ../shared/data/ner-wikipedia-ja/ner.json,
a list of {"text", "type"} per sentence (8 types as an enum), a fixed 80/20 split of the sentences
(shuffled with seed 0).

    python benchmarks/extract_ner.py --prepare /tmp/ner     # schema.json, train.jsonl, test.jsonl
    KOGATA_HOME=/tmp/kth kogata tune extract ner-ja /tmp/ner/train.jsonl --schema /tmp/ner/schema.json
    KOGATA_HOME=/tmp/kth python benchmarks/extract_ner.py --data /tmp/ner \\
        --models gemma3-270m,ner-ja [--gguf ner-ja-q8=/tmp/ner-ja-q8_0.gguf] [--limit 500] [--crf]

Per model, on the first `--limit` test sentences: entity-level micro precision / recall / F1 (exact type
and text; a sentence's entities compared as a multiset), per-type F1, the share of output values found
nowhere in the sentence (ungrounded), and documents/s with 1 and with 8 requests in flight. A base model
is asked with `--shots` examples from the training part; a specialist with none (it learned the task).
`--crf` adds a character CRF (sklearn-crfsuite, BIO tags) trained on the same training part.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "ner-wikipedia-ja" / "ner.json"
TYPES = ["人名", "法人名", "政治的組織名", "その他の組織名", "地名", "施設名", "製品名", "イベント名"]
SCHEMA = {
    "type": "object",
    "properties": {"entities": {"type": "array", "items": {
        "type": "object",
        "properties": {"text": {"type": "string"}, "type": {"enum": TYPES}},
        "required": ["text", "type"], "additionalProperties": False}}},
    "required": ["entities"], "additionalProperties": False,
}


def emit(**fields) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def rows() -> list[dict]:
    out = []
    for item in json.loads(DATA.read_text(encoding="utf-8")):
        entities = sorted(item["entities"], key=lambda e: e["span"][0])
        out.append({"text": item["text"], "output": {"entities": [{"text": e["name"], "type": e["type"]} for e in entities]}})
    return out


def split(items: list[dict]) -> tuple[list[dict], list[dict]]:
    order = list(range(len(items)))
    random.Random(0).shuffle(order)
    cut = int(len(items) * 0.8)
    return [items[i] for i in order[:cut]], [items[i] for i in order[cut:]]


def prepare(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    train, test = split(rows())
    (folder / "schema.json").write_text(json.dumps(SCHEMA, ensure_ascii=False, indent=1), encoding="utf-8")
    for name, part in (("train", train), ("test", test)):
        with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for row in part:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    emit(prepared=str(folder), train=len(train), test=len(test))



def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def entities(output) -> collections.Counter:
    return collections.Counter((e["text"], e["type"]) for e in (output or {}).get("entities", []))


def score(gold: list[collections.Counter], predicted: list[collections.Counter]) -> dict:
    by_type = collections.defaultdict(lambda: [0, 0, 0])  # true positives, predicted, gold
    for g, p in zip(gold, predicted):
        for (text, kind), n in (g & p).items():
            by_type[kind][0] += n
        for (text, kind), n in p.items():
            by_type[kind][1] += n
        for (text, kind), n in g.items():
            by_type[kind][2] += n
    tp, pred, gold_n = (sum(v[i] for v in by_type.values()) for i in range(3))
    return {**prf(tp, pred, gold_n), "per_type_f1": {k: prf(*by_type[k])["f1"] for k in TYPES}}


def prf(tp: int, predicted: int, gold: int) -> dict:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def run_extraction(engine, task, texts: list[str], window: int, max_tokens: int):
    from kogata.tasks.extract import Extractor

    extractor = Extractor(engine, task, max_tokens=max_tokens, window=window)
    start = time.perf_counter()
    results = [r for _, r in extractor.extract_many(enumerate(texts))]
    return results, time.perf_counter() - start


def evaluate(label: str, engine, task, test: list[dict], *, speed_docs: int, max_tokens: int) -> None:
    from kogata.errors import KogataError

    texts = [row["text"] for row in test]
    results, seconds = run_extraction(engine, task, texts, 8, max_tokens)
    failed = [r for r in results if isinstance(r, KogataError)]
    predicted = [collections.Counter() if isinstance(r, KogataError) else entities(r.data) for r in results]
    values = sum(len(r.data["entities"]) for r in results if not isinstance(r, KogataError))
    ungrounded = sum(len(r.ungrounded) for r in results if not isinstance(r, KogataError))
    _, one_seconds = run_extraction(engine, task, texts[:speed_docs], 1, max_tokens)
    _, eight_seconds = run_extraction(engine, task, texts[:speed_docs], 8, max_tokens)
    emit(model=label, sentences=len(test), **score([entities(row["output"]) for row in test], predicted),
         values=values, ungrounded_share=round(ungrounded / values, 4) if values else 0.0, failed=len(failed),
         failures=sorted(collections.Counter(f.message.split(":")[0] for f in failed).items()),
         docs_per_s_all_8=round(len(test) / seconds, 2), docs_per_s_1=round(speed_docs / one_seconds, 2),
         docs_per_s_8=round(speed_docs / eight_seconds, 2), speedup_8_over_1=round(one_seconds / eight_seconds, 2))


def crf_features(text: str, i: int) -> dict:
    import unicodedata

    def kind(ch: str) -> str:
        name = unicodedata.name(ch, "")
        return next((k for k in ("CJK", "HIRAGANA", "KATAKANA", "LATIN", "DIGIT") if k in name), "OTHER")

    features = {"bias": 1.0}
    for d in (-2, -1, 0, 1, 2):
        j = i + d
        ch = text[j] if 0 <= j < len(text) else "<>"
        features[f"c{d}"] = ch
        features[f"k{d}"] = kind(ch) if len(ch) == 1 else "PAD"
    features["b-1"] = text[max(0, i - 1):i + 1]
    features["b+1"] = text[i:i + 2]
    return features


def bio(text: str, output: dict) -> list[str]:
    tags = ["O"] * len(text)
    at = 0
    for e in output["entities"]:
        start = text.find(e["text"], at)
        if start < 0:
            start = text.find(e["text"])
        if start < 0:
            continue
        tags[start] = "B-" + e["type"]
        for k in range(start + 1, start + len(e["text"])):
            tags[k] = "I-" + e["type"]
        at = start + len(e["text"])
    return tags


def crf(train: list[dict], test: list[dict]) -> None:
    import sklearn_crfsuite

    start = time.perf_counter()
    model = sklearn_crfsuite.CRF(algorithm="lbfgs", c1=0.05, c2=0.05, max_iterations=150)
    model.fit([[crf_features(r["text"], i) for i in range(len(r["text"]))] for r in train],
              [bio(r["text"], r["output"]) for r in train])
    trained = time.perf_counter() - start
    start = time.perf_counter()
    tagged = model.predict([[crf_features(r["text"], i) for i in range(len(r["text"]))] for r in test])
    seconds = time.perf_counter() - start
    predicted = []
    for row, tags in zip(test, tagged):
        found, current = collections.Counter(), None
        for ch, tag in [*zip(row["text"], tags), ("", "O")]:
            if tag.startswith("I-") and current and current[1] == tag[2:]:
                current[0] += ch
                continue
            if current:
                found[(current[0], current[1])] += 1
            current = [ch, tag[2:]] if tag != "O" else None
        predicted.append(found)
    emit(model="character CRF (sklearn-crfsuite)", sentences=len(test),
         **score([entities(row["output"]) for row in test], predicted), train_seconds=round(trained, 1),
         docs_per_s=round(len(test) / seconds, 1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--prepare", type=Path, help="write schema.json, train.jsonl and test.jsonl here, and stop")
    ap.add_argument("--data", type=Path, help="the folder --prepare wrote")
    ap.add_argument("--models", default="gemma3-270m,ner-ja", help="catalog models (asked few-shot) and specialists")
    ap.add_argument("--gguf", action="append", default=[], metavar="LABEL=PATH[:SPECIALIST]",
                    help="a GGUF file (e.g. an exported specialist), asked as SPECIALIST was trained")
    ap.add_argument("--limit", type=int, default=1069, help="test sentences for specialists")
    ap.add_argument("--base-limit", type=int, default=200, help="test sentences for base models (they loop, slowly)")
    ap.add_argument("--shots", type=int, default=4)
    ap.add_argument("--speed-docs", type=int, default=64, help="sentences timed with 1 and with 8 requests in flight")
    ap.add_argument("--max-tokens", type=int, default=256)
    ap.add_argument("--crf", action="store_true")
    args = ap.parse_args()
    if args.prepare:
        prepare(args.prepare)
        return
    sys.path.insert(0, str(ROOT / "src"))
    from kogata.config import load_settings
    from kogata.engine.llama_engine import LlamaEngine
    from kogata.runtime import Runtime
    from kogata.tasks.extract import task_for_model

    schema = json.loads((args.data / "schema.json").read_text(encoding="utf-8"))
    train, test = read_jsonl(args.data / "train.jsonl"), read_jsonl(args.data / "test.jsonl")
    if args.crf:
        crf(train, test)
    runtime = Runtime(load_settings(None))
    shots = random.Random(1).sample([r for r in train if r["output"]["entities"]], args.shots)
    try:
        for name in filter(None, args.models.split(",")):
            adapter = runtime.adapter_of(name)
            task = task_for_model(adapter.manifest if adapter else None, schema, [] if adapter else shots)
            limit = args.limit if adapter else args.base_limit
            evaluate(name if adapter else f"{name} ({args.shots}-shot)", runtime.chat(name), task, test[:limit],
                     speed_docs=args.speed_docs, max_tokens=args.max_tokens)
        for spec in args.gguf:
            label, _, rest = spec.partition("=")
            path, _, specialist = rest.partition(":")
            task = task_for_model(runtime.adapters.get(specialist).manifest if specialist else None, schema,
                                  [] if specialist else shots)
            engine = LlamaEngine(label, Path(path), runtime.settings.engine)
            try:
                evaluate(label, engine, task, test[:args.limit], speed_docs=args.speed_docs, max_tokens=args.max_tokens)
            finally:
                engine.close()
    finally:
        runtime.close()


if __name__ == "__main__":
    main()
