"""Two probes of the chat engine alone (no HTTP), behind the serving figures of issue 16.

`idle`: how fast one 128-token greedy request decodes right after eight concurrent ones, with the
idle sequences' cells left in llama.cpp's unified KV pool ("kept"), taken out ("dropped"), and from
an empty pool ("empty"), round after round; medians. The engine runs with the host prompt cache off,
so that "kept" is what it did before it.

`steps`: eight concurrent sampled requests (serve_load.py's sampling settings), and where the engine
thread's time goes: inside llama_decode, in sampling, and in the rest of each step (the engine's
default settings).

    KOGATA_HOME=/tmp/kth python benchmarks/engine_probe.py idle [--rounds 4]
    KOGATA_HOME=/tmp/kth python benchmarks/engine_probe.py steps [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time

from kogata.config import EngineSettings, Settings
from kogata.engine.base import GenerationRequest, SamplingParams, TextDelta
from kogata.engine.llama_engine import LlamaEngine
from kogata.engine.slots import evict_idle
from kogata.models.store import ModelStore
from serve_load import QUESTIONS


def decode_rate(engine: LlamaEngine, question: str, params: SamplingParams) -> float:
    """Tokens per second after the first token."""
    gen = engine.submit(GenerationRequest(engine.render_chat([{"role": "user", "content": question}]), params))
    stamps = [time.perf_counter() for ev in gen if isinstance(ev, TextDelta)]
    return (len(stamps) - 1) / (stamps[-1] - stamps[0])


def concurrently(engine: LlamaEngine, questions: list[str], params) -> None:
    threads = [threading.Thread(target=decode_rate, args=(engine, q, params(i))) for i, q in enumerate(questions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def idle(engine: LlamaEngine, rounds: int) -> None:
    greedy = SamplingParams(temperature=0, max_tokens=128)
    decode_rate(engine, "warm up", SamplingParams(temperature=0, max_tokens=16))
    rates: dict[str, list[float]] = {"kept": [], "dropped": [], "empty": []}
    for r in range(rounds):
        for mode in rates:
            if mode != "empty":
                concurrently(engine, [f"{QUESTIONS[(r * 8 + i) % len(QUESTIONS)]} ({r}, {i})" for i in range(8)],
                             lambda i: greedy)
            if mode != "kept":
                time.sleep(0.05)  # the engine thread is idle: its slots may be touched from here
                evict_idle(engine.memory, engine._slots)
            rate = decode_rate(engine, f"Tell me about topic number {r} in {mode} mode, at length.", greedy)
            rates[mode].append(rate)
            print(json.dumps({"probe": "idle", "round": r, "mode": mode, "tok_per_s": round(rate, 1)}), flush=True)
    print(json.dumps({"probe": "idle", "median_tok_per_s": {m: round(statistics.median(v), 1) for m, v in rates.items()}}))


def steps(engine: LlamaEngine, rounds: int) -> None:
    spent = {"decode": 0.0, "sample": 0.0, "step": 0.0}
    for name in spent:
        method = getattr(engine, f"_{name}")

        def timed(*args, _method=method, _name=name):
            start = time.perf_counter()
            try:
                return _method(*args)
            finally:
                spent[_name] += time.perf_counter() - start
        setattr(engine, f"_{name}", timed)
    for r in range(rounds):
        for name in spent:
            spent[name] = 0.0
        start = time.perf_counter()
        concurrently(engine, QUESTIONS[r * 8:(r + 1) * 8], lambda i: SamplingParams(
            temperature=0.8, top_p=0.95, top_k=40, min_p=0.05, max_tokens=128, seed=r * 8 + i))
        wall = time.perf_counter() - start
        print(json.dumps({"probe": "steps", "round": r, "sequences": 8, "tok_per_s": round(8 * 128 / wall, 1),
                          "wall_s": round(wall, 2), "llama_decode_s": round(spent["decode"], 2),
                          "sampling_s": round(spent["sample"], 2), "steps_s": round(spent["step"], 2)}), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("probe", choices=["idle", "steps"])
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    store = ModelStore(Settings().models_dir)
    settings = EngineSettings(threads=args.threads)
    if args.probe == "idle":
        settings = settings.model_copy(update={"prompt_cache_mib": 0})
    engine = LlamaEngine(args.model, store.get(args.model).path, settings)
    try:
        (idle if args.probe == "idle" else steps)(engine, args.rounds)
    finally:
        engine.close()


if __name__ == "__main__":
    main()
