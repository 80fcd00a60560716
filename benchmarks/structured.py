"""JSON-schema constrained generation: kogata's engine vs llama-cpp-python with the same grammar.

Both get the same GBNF (from kogata's converter), prompt and sampling on the 15 cases of
tests/real/json_schema_cases.py; prints per-engine tokens/s (prefill included), the share of
outputs that validate, and the ratio.

    python benchmarks/structured.py [--model smollm2-135m] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import jsonschema

from kogata.config import EngineSettings, Settings
from kogata.engine.base import GenerationRequest, SamplingParams
from kogata.engine.llama_engine import LlamaEngine
from kogata.engine.structured import StructuredOutput
from kogata.models.pull import pull
from kogata.models.store import ModelStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "real"))
from json_schema_cases import CASES  # noqa: E402

SETTINGS = ((0.0, 0), (0.8, 1))


def valid(text: str, schema: dict) -> bool:
    try:
        jsonschema.validate(json.loads(text), schema)
        return True
    except (ValueError, jsonschema.ValidationError):
        return False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    from llama_cpp import Llama, LlamaGrammar

    store = ModelStore(Settings().models_dir)
    if not store.is_installed(args.model):
        pull(store, args.model, progress=False)
    path = store.get(args.model).path
    engine = LlamaEngine(args.model, path, EngineSettings(threads=args.threads))
    llm = Llama(str(path), n_ctx=4096, n_threads=args.threads, n_threads_batch=args.threads, verbose=False)
    totals = {"kogata": [0, 0.0, 0, 0], "llama-cpp-python": [0, 0.0, 0, 0]}  # tokens, seconds, valid, runs
    for case in CASES:
        grammar = StructuredOutput.from_schema(case["schema"], strict=case["strict"]).grammar
        prompt = engine.render_chat(case["messages"])
        for temperature, seed in SETTINGS:
            t0 = time.perf_counter()
            text, fin, _ = engine.submit(GenerationRequest(prompt, SamplingParams(
                temperature=temperature, seed=seed, max_tokens=400, grammar=grammar))).collect()
            runs = [("kogata", text, fin.usage.completion_tokens, time.perf_counter() - t0)]
            t0 = time.perf_counter()
            out = llm.create_completion(prompt, max_tokens=400, temperature=temperature, seed=seed,
                                        grammar=LlamaGrammar.from_string(grammar, verbose=False))
            runs.append(("llama-cpp-python", out["choices"][0]["text"], out["usage"]["completion_tokens"],
                         time.perf_counter() - t0))
            for name, text, tokens, seconds in runs:
                ok = valid(text, case["schema"])
                t = totals[name]
                t[0] += tokens
                t[1] += seconds
                t[2] += ok
                t[3] += 1
                print(json.dumps({"bench": "structured", "case": case["name"], "engine": name,
                                  "temperature": temperature, "tokens": tokens,
                                  "tok_per_s": round(tokens / seconds, 1), "valid": ok}))
    rate = {name: t[0] / t[1] for name, t in totals.items()}
    print(json.dumps({
        "bench": "structured", "model": args.model, "threads": args.threads,
        **{f"{name}_tok_per_s": round(r, 1) for name, r in rate.items()},
        **{f"{name}_valid": f"{t[2]}/{t[3]}" for name, t in totals.items()},
        "ratio": round(rate["kogata"] / rate["llama-cpp-python"], 2),
    }))
    engine.close()


if __name__ == "__main__":
    main()
