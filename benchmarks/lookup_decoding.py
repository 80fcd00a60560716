"""Prompt-lookup speculative decoding (issue 17): the same greedy requests through kogata's engine with
drafts off (`draft_tokens` 0) and on, one engine at a time, each workload alone (1 in flight) and
batched (8 in flight): documents/s, completion tokens/s, the share of drafts kept, and how many outputs
are identical to the ones decoded without drafts.

Workloads (all greedy):
- ner: Japanese entity extraction by the extraction specialist (`--ner-model`, from `kogata tune
  extract`) on the first `--items` test sentences of benchmarks/extract_ner.py's split, grammar on;
- jsquad: grounded answers by kb-answer-ja on prompts of the held-out JSQuAD articles (gold paragraph
  among distractors, as scripts/train_kb_answerer.py builds them);
- chat: smollm2-135m writing free text (nothing to copy: what drafting costs when it cannot help).

    KOGATA_HOME=/tmp/kth python benchmarks/lookup_decoding.py --ner-data /tmp/ner [--items 64] [--draft 8]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

CHAT = ["Write a short story about a lighthouse keeper.", "Explain how a bicycle works.",
        "Describe a walk through a forest in autumn.", "Give advice to a new programmer.",
        "桜について短い文章を書いてください。", "What makes a good cup of tea?",
        "Describe the city of Osaka to a visitor.", "Write a letter to a friend about your holiday."]


def emit(**fields) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def workloads(args, runtime):
    from kogata.tasks.extract import task_for_model

    if args.ner_data:
        adapter = runtime.adapters.get(args.ner_model)
        schema = json.loads((args.ner_data / "schema.json").read_text(encoding="utf-8"))
        task = task_for_model(adapter.manifest, schema)
        rows = [json.loads(x) for x in (args.ner_data / "test.jsonl").read_text(encoding="utf-8").splitlines()][:args.items]
        yield "ner", args.ner_model, [(task.messages(r["text"]), task.grammar) for r in rows], 256
    from train_kb_answerer import build_rows, split_articles

    held = build_rows(split_articles()[1], 0.0, random.Random(1))[:args.items]
    yield "jsquad", "kb-answer-ja", [(r["messages"][:-1], None) for r in held], 64
    yield "chat", "smollm2-135m", [([{"role": "user", "content": c}], None) for c in CHAT * (args.items // 8)], 128


def run(engine, adapter, items, concurrency: int, max_tokens: int):
    from kogata.engine.base import GenerationRequest, SamplingParams

    texts, tokens = [], 0
    start = time.perf_counter()
    for i in range(0, len(items), concurrency):
        gens = [engine.submit(GenerationRequest(engine.render_chat(messages), SamplingParams(
            temperature=0.0, max_tokens=max_tokens, grammar=grammar), adapter=adapter, chat=True))
            for messages, grammar in items[i:i + concurrency]]
        for gen in gens:
            text, finished, _ = gen.collect()
            texts.append(text)
            tokens += finished.usage.completion_tokens
    return texts, tokens, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ner-data", type=Path, help="the folder benchmarks/extract_ner.py --prepare wrote")
    ap.add_argument("--ner-model", default="ner-ja")
    ap.add_argument("--items", type=int, default=64)
    ap.add_argument("--draft", type=int, default=8)
    ap.add_argument("--only", help="comma-separated workloads to run (ner, jsquad, chat)")
    args = ap.parse_args()
    from kogata.config import load_settings
    from kogata.engine.llama_engine import LlamaEngine
    from kogata.runtime import Runtime

    settings = load_settings(None)
    runtime = Runtime(settings)
    for name, model, items, max_tokens in workloads(args, runtime):
        if args.only and name not in args.only.split(","):
            continue
        adapter = runtime.adapter_of(model)
        base = runtime.store.get(adapter.base if adapter else model)
        outputs = {}
        for draft in (0, args.draft):
            engine = LlamaEngine(base.name, base.path, settings.engine.model_copy(update={"draft_tokens": draft}))
            key = adapter.name if adapter else None
            if adapter is not None:
                engine.load_adapter(key, adapter.path)
            try:
                run(engine, key, items[:2], 2, max_tokens)  # warm up
                for concurrency in (1, 8):
                    before = engine.stats()
                    texts, tokens, seconds = run(engine, key, items, concurrency, max_tokens)
                    after = engine.stats()
                    outputs[(draft, concurrency)] = texts
                    drafted = after["draft_tokens"] - before["draft_tokens"]
                    kept = after["draft_tokens_accepted"] - before["draft_tokens_accepted"]
                    emit(workload=name, model=model, draft_tokens=draft, in_flight=concurrency, items=len(items),
                         docs_per_s=round(len(items) / seconds, 2), tokens_per_s=round(tokens / seconds, 1),
                         drafted=drafted, kept_share=round(kept / drafted, 3) if drafted else None)
            finally:
                engine.close()
        for concurrency in (1, 8):
            plain, drafted = outputs[(0, concurrency)], outputs[(args.draft, concurrency)]
            emit(workload=name, in_flight=concurrency, identical=sum(a == b for a, b in zip(plain, drafted)),
                 of=len(plain), batched_vs_alone_identical=sum(a == b for a, b in zip(outputs[(0, 1)], outputs[(0, 8)])))
    runtime.close()


if __name__ == "__main__":
    main()
