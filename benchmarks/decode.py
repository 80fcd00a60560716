"""Single-request decode speed: kogata's engine vs llama-cpp-python's own `Llama.generate` loop.

Same model file, threads, prompt and greedy sampling, alternating runs in one process; prints one
JSON line per run and a summary line with medians and the ratio (kogata / llama-cpp-python).

    python benchmarks/decode.py [--model smollm2-135m] [--tokens 256] [--runs 5] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from kogata.config import EngineSettings, Settings
from kogata.engine.base import GenerationRequest, SamplingParams, TextDelta
from kogata.engine.llama_engine import LlamaEngine
from kogata.models.pull import pull
from kogata.models.store import ModelStore
from servers import python_llama  # benchmarks/servers.py

PROMPT = [{"role": "user", "content": "Write a long, detailed essay about the history of computing, from the abacus to today."}]


def decode_rate(stamps: list[float]) -> float:
    """Tokens per second after the first token (prefill excluded)."""
    return (len(stamps) - 1) / (stamps[-1] - stamps[0])


def run_kogata(engine: LlamaEngine, prompt: str, n: int) -> tuple[float, int]:
    gen = engine.submit(GenerationRequest(prompt, SamplingParams(temperature=0, max_tokens=n)))
    stamps = [time.perf_counter() for ev in gen if isinstance(ev, TextDelta)]
    return decode_rate(stamps), len(stamps)


def run_llama_cpp_python(llm, tokens: list[int], n: int) -> tuple[float, int]:
    stamps = []
    for tok in llm.generate(tokens, top_k=1, temp=0.0, reset=True):
        stamps.append(time.perf_counter())
        if tok == llm.token_eos() or len(stamps) >= n:
            break
    return decode_rate(stamps), len(stamps)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--tokens", type=int, default=256)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()


    settings = Settings()
    store = ModelStore(settings.models_dir)
    if not store.is_installed(args.model):
        pull(store, args.model, progress=False)
    path = store.get(args.model).path
    engine = LlamaEngine(args.model, path, EngineSettings(threads=args.threads))  # the server's defaults
    llm = python_llama(path, n_ctx=4096, n_threads=args.threads, n_threads_batch=args.threads)
    prompt = engine.render_chat(PROMPT)
    tokens = engine.tokenize(prompt, add_bos=True)
    run_kogata(engine, prompt, 16), run_llama_cpp_python(llm, tokens, 16)  # warm-up
    ours, theirs = [], []
    for i in range(args.runs):
        for name, fn, sink in (("kogata", lambda: run_kogata(engine, prompt, args.tokens), ours),
                               ("llama-cpp-python", lambda: run_llama_cpp_python(llm, tokens, args.tokens), theirs)):
            rate, n = fn()
            sink.append(rate)
            print(json.dumps({"bench": "decode", "run": i, "engine": name, "tokens": n, "tok_per_s": round(rate, 2)}))
    summary = {
        "bench": "decode", "model": args.model, "threads": args.threads, "tokens": args.tokens,
        "kogata_tok_per_s": round(statistics.median(ours), 2),
        "llama_cpp_python_tok_per_s": round(statistics.median(theirs), 2),
        "ratio": round(statistics.median(ours) / statistics.median(theirs), 3),
    }
    print(json.dumps(summary))
    engine.close()


if __name__ == "__main__":
    main()
