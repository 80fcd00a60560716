"""JSON-schema constrained generation: kogata's engine vs llama-cpp-python with the same grammar.

Both get the same GBNF (from kogata's converter), prompt and sampling on the 15 cases of
tests/real/json_schema_cases.py; prints per-engine tokens/s (prefill included), the share of
outputs that validate, and the ratio. Then two checks of the closing of cut-off output
(engine/json_closer.py): its cost when the budget is not tight (kogata with and without it, max_tokens
400, interleaved), and the share of outputs that validate when max_tokens 20, 40 and 80 cut them
(kogata, which closes them, against llama-cpp-python, which cuts them).

    python benchmarks/structured.py [--model smollm2-135m] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
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
from servers import python_llama  # benchmarks/servers.py

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "real"))
from json_schema_cases import CASES, ORDER_LINES_JA  # noqa: E402

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
    from llama_cpp import LlamaGrammar

    store = ModelStore(Settings().models_dir)
    if not store.is_installed(args.model):
        pull(store, args.model, progress=False)
    path = store.get(args.model).path
    engine = LlamaEngine(args.model, path, EngineSettings(threads=args.threads))
    llm = python_llama(path, n_ctx=4096, n_threads=args.threads, n_threads_batch=args.threads)
    totals = {"kogata": [0, 0.0, 0, 0], "llama-cpp-python": [0, 0.0, 0, 0]}  # tokens, seconds, valid, runs
    for case in CASES:
        grammar = StructuredOutput.from_schema(case["schema"], strict=case["strict"]).grammar
        prompt = engine.render_chat(case["messages"])
        for temperature, seed in SETTINGS:
            t0 = time.perf_counter()
            text, fin, _ = engine.submit(GenerationRequest(prompt, SamplingParams(
                temperature=temperature, seed=seed, max_tokens=400, grammar=grammar))).collect()  # no closer
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
    closing_cost(engine)
    tight_budgets(engine, llm)
    engine.close()


def closing_cost(engine: LlamaEngine) -> None:
    """Tokens/s with and without the closer at max_tokens 400, where it never has to close."""
    ratios = []
    for case in CASES:
        output = StructuredOutput.from_schema(case["schema"], strict=case["strict"])
        prompt = engine.render_chat(case["messages"])
        rates = {}
        for closer in (None, output.closer, None, output.closer):
            params = SamplingParams(temperature=0.8, seed=1, max_tokens=400, grammar=output.grammar, closer=closer)
            t0 = time.perf_counter()
            _, fin, _ = engine.submit(GenerationRequest(prompt, params)).collect()
            rates.setdefault(closer is not None, []).append(fin.usage.completion_tokens / (time.perf_counter() - t0))
        ratios.append(statistics.median(rates[True]) / statistics.median(rates[False]))
    print(json.dumps({"bench": "structured_closing_cost", "cases": len(CASES),
                      "median_ratio_with_closer": round(statistics.median(ratios), 3),
                      "min_ratio": round(min(ratios), 3)}))


def tight_budgets(engine: LlamaEngine, llm) -> None:
    """Share of outputs that parse and validate when max_tokens cuts them."""
    from llama_cpp import LlamaGrammar

    cases = [*CASES[:4], next(c for c in CASES if c["name"] == "japanese_product"), ORDER_LINES_JA]
    for max_tokens in (20, 40, 80):
        counts = {"kogata": [0, 0, 0], "llama-cpp-python": [0, 0, 0]}  # valid, cut by the budget, runs
        for case in cases:
            output = StructuredOutput.from_schema(case["schema"], strict=True)
            if len(engine.tokenize(output.smallest, add_bos=False)) > max_tokens:
                continue  # kogata answers 400: not even the smallest valid output fits
            prompt = engine.render_chat(case["messages"])
            for seed in (1, 2, 3):
                params = SamplingParams(temperature=0.9, seed=seed, max_tokens=max_tokens, grammar=output.grammar,
                                        closer=output.closer)
                text, fin, _ = engine.submit(GenerationRequest(prompt, params)).collect()
                out = llm.create_completion(prompt, max_tokens=max_tokens, temperature=0.9, seed=seed,
                                            grammar=LlamaGrammar.from_string(output.grammar, verbose=False))
                choice = out["choices"][0]
                for name, text, reason in (("kogata", text, fin.finish_reason),
                                           ("llama-cpp-python", choice["text"], choice["finish_reason"])):
                    c = counts[name]
                    c[0] += valid(text, case["schema"])
                    c[1] += reason == "length"
                    c[2] += 1
        print(json.dumps({"bench": "structured_tight_budget", "max_tokens": max_tokens,
                          **{f"{n}_valid": f"{c[0]}/{c[2]}" for n, c in counts.items()},
                          **{f"{n}_cut": c[1] for n, c in counts.items()}}))


if __name__ == "__main__":
    main()
