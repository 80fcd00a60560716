"""Prefix cache: time to first token with a ~1,000-token system prompt, cold and then warm.

For each repetition a new system prompt (a company policy, built deterministically; each variant
differs from its first sentence on) is sent with one user question (cold: nothing of it is cached),
then the same system prompt with other user questions (warm: the system prompt's KV cells can be
reused). Run against `kogata serve` and, for comparison, llama.cpp's `llama-server` (where
`cache_prompt` is on by default), each started in turn with the same model, threads, slots and KV size.

    bash benchmarks/build_llama_server.sh      # once
    KOGATA_HOME=/tmp/kth python benchmarks/prefix_cache.py [--reps 5] [--warm-per-rep 2] \
        [--system-tokens 1000] [--parallel 8] [--threads 2] [--ctx-size 8192] [--model smollm2-135m] \
        [--only kogata|llama-server] [--kogata-url URL] [--llama-server-url URL]

Prints one JSON line per request, one summary line per server (median cold and warm TTFT, warm/cold)
and a ratio line (kogata / llama-server). The prompt length is checked against usage.prompt_tokens.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import random
import statistics
from pathlib import Path

import httpx
from servers import (
    ManagedServer,
    ModelRef,
    ServerConfig,
    StreamResult,
    chat_body,
    exit_on_sigterm,
    log,
    resolve_model,
    stream_chat,
)

COMPANIES = ["Northwind Logistics", "Aoba Precision Tools", "Helios Dental Clinics", "Kestrel Insurance",
             "Maple Street Bakeries", "Orion Freight Systems", "Sakura Home Electronics", "Tidewater Utilities"]
TOPICS = ["refunds", "shipping delays", "warranty claims", "data privacy", "account security", "billing errors",
          "order changes", "product recalls", "accessibility requests", "complaints about staff",
          "loyalty points", "business customers", "international orders", "damaged goods", "price matching"]
RULES = [
    "Agents must confirm the customer's order number and the email address on the account before discussing {t}.",
    "Any exception to the standard policy on {t} requires written approval from a team lead, recorded in the ticket.",
    "Customers asking about {t} should receive a clear answer within one business day, even if it is only an update.",
    "Never promise a specific outcome for {t} until the case has been reviewed against the current guidelines.",
    "When {t} involve amounts above five hundred dollars, escalate the case to the finance desk the same day.",
    "Summaries of conversations about {t} must avoid personal opinions and must quote the relevant policy section.",
]
COLD_QUESTIONS = ["How do I return a blender I bought last week?", "My parcel is three days late. What can you do?",
                  "Can I change the delivery address of my order?", "Why was I charged twice this month?",
                  "How do I reset the password on my account?", "Is my warranty still valid after two years?",
                  "Can you delete all the data you hold about me?", "Do you match prices from other shops?"]
WARM_QUESTIONS = ["What is your policy on damaged goods?", "Who approves exceptions to the refund policy?",
                  "How fast do you answer complaints?", "Can business customers get invoices?",
                  "Do loyalty points expire?", "How do you handle product recalls?",
                  "Can I order from another country?", "What happens if I am overcharged?"]


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reps", type=int, default=5, help="cold requests (each with a new system prompt)")
    ap.add_argument("--warm-per-rep", type=int, default=2, help="warm requests after each cold one")
    ap.add_argument("--system-tokens", type=int, default=1000, help="target length of the system prompt")
    ap.add_argument("--max-tokens", type=int, default=8)
    ap.add_argument("--parallel", type=int, default=8)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--ctx-size", type=int, default=8192)
    ap.add_argument("--model", default="smollm2-135m", help="installed model name, or the path of its GGUF file")
    ap.add_argument("--only", choices=["kogata", "llama-server"])
    ap.add_argument("--kogata-url")
    ap.add_argument("--llama-server-url")
    ap.add_argument("--llama-server-bin")
    return ap.parse_args()


# ------------------------------------------------------------------------------------- system prompt


def policy_sentences(variant: int):
    """An endless, deterministic stream of policy sentences; the first names the variant's company."""
    rng = random.Random(variant)
    company = COMPANIES[variant % len(COMPANIES)]
    yield (f"You are the customer support assistant of {company} (policy edition {variant + 1}). "
           f"Answer politely and follow the company policy below exactly.")
    section = 0
    while True:
        section += 1
        topic = rng.choice(TOPICS)
        yield f"\n\nSection {section}: {topic.capitalize()} at {company}."
        for rule in rng.sample(RULES, 3):
            yield " " + rule.format(t=topic)


def build_system_prompt(variant: int, target_tokens: int, count_tokens) -> str:
    """Append policy sentences until the text is at least `target_tokens` long."""
    text = ""
    for sentence in policy_sentences(variant):
        text += sentence
        if count_tokens(text) >= target_tokens:
            return text
    raise AssertionError("unreachable")


def token_counter(model: ModelRef):
    from kogata.engine.llama_model import LlamaModel

    vocab = LlamaModel(model.path, vocab_only=True)
    return lambda text: len(vocab.tokenize(text, add_bos=False, parse_special=False))


# ----------------------------------------------------------------------------------------- requests


async def ask(http: httpx.AsyncClient, server: ManagedServer, model: str, system: str | None,
              question: str, max_tokens: int) -> StreamResult:
    messages = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": question}]
    body = chat_body(model, messages, max_tokens=max_tokens, temperature=0.0, seed=0)
    result = await stream_chat(http, server.base_url, body)
    if not result.ok:
        log(f"{server.name}: request failed: {result.error}")
    return result


def request_line(server: str, rep: int, kind: str, result: StreamResult) -> dict:
    timings = result.extra.get("timings") or {}
    return {
        "bench": "prefix_cache", "server": server, "rep": rep, "kind": kind, "ok": result.ok,
        "ttft_s": None if result.ttft_s is None else round(result.ttft_s, 4),
        "prompt_tokens": result.prompt_tokens,
        "cached_tokens": result.cached_tokens,
        "prompt_tokens_evaluated": timings.get("prompt_n"),
    }


async def run_server(server: ManagedServer, model: str, systems: list[str], args: argparse.Namespace) -> dict:
    cold, warm, prompt_tokens = [], [], []
    async with httpx.AsyncClient(timeout=300.0) as http:
        await ask(http, server, model, None, "Say hello.", 4)  # load everything once, not measured
        for rep, system in enumerate(systems):
            result = await ask(http, server, model, system, COLD_QUESTIONS[rep % len(COLD_QUESTIONS)],
                               args.max_tokens)
            print(json.dumps(request_line(server.name, rep, "cold", result)), flush=True)
            cold.append(result.ttft_s)
            prompt_tokens.append(result.prompt_tokens)
            for k in range(args.warm_per_rep):
                question = WARM_QUESTIONS[(rep * args.warm_per_rep + k) % len(WARM_QUESTIONS)]
                result = await ask(http, server, model, system, question, args.max_tokens)
                print(json.dumps(request_line(server.name, rep, "warm", result)), flush=True)
                warm.append(result.ttft_s)
    return summary(server.name, cold, warm, prompt_tokens)


def median(values: list[float | None]) -> float | None:
    values = [v for v in values if v is not None]
    return round(statistics.median(values), 4) if values else None


def summary(name: str, cold: list, warm: list, prompt_tokens: list) -> dict:
    c, w = median(cold), median(warm)
    return {"bench": "prefix_cache", "server": name, "cold_ttft_p50_s": c, "warm_ttft_p50_s": w,
            "warm_over_cold": round(w / c, 3) if c and w is not None else None,
            "cold_requests": len(cold), "warm_requests": len(warm),
            "failed": sum(v is None for v in cold + warm),
            "prompt_tokens_min": min((p for p in prompt_tokens if p), default=None),
            "prompt_tokens_max": max((p for p in prompt_tokens if p), default=None)}


# ----------------------------------------------------------------------------------------------- main


def bench_server(name: str, url: str | None, cfg: ServerConfig, systems: list[str],
                 args: argparse.Namespace) -> dict:
    server = ManagedServer.external(name, url) if url else ManagedServer.start(name, cfg)
    try:
        if server.command:
            print(json.dumps({"bench": "prefix_cache", "server": name, "command": server.command}), flush=True)
        result = asyncio.run(run_server(server, cfg.model.name, systems, args))
        print(json.dumps(result), flush=True)
        return result
    finally:
        server.stop()


def main() -> None:
    exit_on_sigterm()
    args = parse_args()
    model = resolve_model(args.model)
    cfg = ServerConfig(model=model, parallel=args.parallel, ctx_size=args.ctx_size, threads=args.threads)
    if args.llama_server_bin:
        cfg = dataclasses.replace(cfg, llama_server_bin=Path(args.llama_server_bin))
    count = token_counter(model)
    systems = [build_system_prompt(v, args.system_tokens, count) for v in range(args.reps)]
    print(json.dumps({"bench": "prefix_cache", "system_prompt_tokens": [count(s) for s in systems]}), flush=True)
    names = [args.only] if args.only else ["kogata", "llama-server"]
    urls = {"kogata": args.kogata_url, "llama-server": args.llama_server_url}
    results = {name: bench_server(name, urls[name], cfg, systems, args) for name in names}
    if len(results) == 2:
        ours, theirs = results["kogata"], results["llama-server"]
        print(json.dumps({
            "bench": "prefix_cache", "ratio": "kogata/llama-server",
            **{k: round(ours[k] / theirs[k], 3) if ours[k] and theirs[k] else None
               for k in ("cold_ttft_p50_s", "warm_ttft_p50_s")},
        }), flush=True)


if __name__ == "__main__":
    main()
