"""Concurrent-client load: `kogata serve` vs llama.cpp's own C++ `llama-server`, same run, same machine.

Both servers get the same GGUF file, threads, parallel slots, total (unified) KV size and batch sizes.
They are started one after the other on a free loopback port (with --interleave both stay up and take
turns level by level, which keeps the ratios steadier on a shared machine). For each number of
concurrent clients N, every client sends `--requests-per-client` streaming chat completions, one after
another, with questions drawn from a fixed list (seeded) and a per-request sampling seed, the same for
both servers.

    bash benchmarks/build_llama_server.sh      # once: builds llama-server into ~/.cache/kogata-bench
    KOGATA_HOME=/tmp/kth python benchmarks/serve_load.py [--levels 1,2,4,8,16] [--max-tokens 128] \
        [--requests-per-client 4] [--parallel 8] [--threads 2] [--ctx-size 8192] [--model smollm2-135m] \
        [--only kogata|llama-server] [--kogata-url URL] [--llama-server-url URL] [--interleave] [--rounds 5]

Prints one JSON line per (server, level): aggregate completion tok/s (sum of usage.completion_tokens /
wall time of the level), mean prompt, cached-prompt and completion tokens per request (to show both did
comparable work), p50/p95 latency and time to first token (first non-empty content delta), errors, the
spread of per-client throughput (fairness) and the pauses between content chunks of one stream (stalls:
p99, max, count over 250 ms); one "ratio" line per level (kogata / llama-server); and one line per
started server with its peak RSS (VmHWM).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import random
import statistics
import time
from pathlib import Path

import httpx
import numpy as np
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

QUESTIONS = [
    "Explain in detail how a hash table works and when it performs badly.",
    "Write a short story about a lighthouse keeper who finds a message in a bottle.",
    "What are the main causes of inflation? Give examples from history.",
    "Describe the water cycle step by step for a ten-year-old.",
    "Compare Python and Rust for writing a web server, with pros and cons.",
    "Give me a detailed plan for training for a first marathon in sixteen weeks.",
    "Explain how vaccines teach the immune system to recognize a virus.",
    "Write an email to a customer apologizing for a late delivery and offering a discount.",
    "What happened during the French Revolution? Summarize the key events.",
    "Describe how a car engine converts fuel into motion.",
    "List ten ideas for a team-building day at a small software company and explain each.",
    "How does public-key cryptography let two strangers share a secret?",
    "Explain the difference between weather and climate with examples.",
    "Write a product description for a waterproof hiking backpack.",
    "What should a new manager do in their first ninety days?",
    "Describe the life cycle of a star like the Sun.",
    "Explain what a neural network is and how it learns from data.",
    "Write a recipe for a vegetable soup and explain each step.",
    "What are good habits for keeping a codebase maintainable over many years?",
    "Explain how the stock market works to someone who has never invested.",
    "Describe the history of the printing press and its effects on Europe.",
    "How do airplanes stay in the air? Explain lift, drag and thrust.",
    "Write a persuasive paragraph about why cities should build more bike lanes.",
    "Explain the rules of chess to a complete beginner.",
]
LEVELS = (1, 2, 4, 8, 16)


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--levels", default=",".join(map(str, LEVELS)), help="concurrent clients, comma-separated")
    ap.add_argument("--max-tokens", type=int, default=128)
    ap.add_argument("--requests-per-client", type=int, default=4)
    ap.add_argument("--temperature", type=float, default=0.7)
    ap.add_argument("--seed", type=int, default=1234, help="seeds the question choice and per-request seeds")
    ap.add_argument("--parallel", type=int, default=8, help="parallel slots in both servers")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--ctx-size", type=int, default=8192, help="total KV cells, shared by all slots, in both")
    ap.add_argument("--model", default="smollm2-135m", help="installed model name, or the path of its GGUF file")
    ap.add_argument("--only", choices=["kogata", "llama-server"])
    ap.add_argument("--kogata-url", help="use an already-running kogata server (no RSS then)")
    ap.add_argument("--llama-server-url", help="use an already-running llama-server (no RSS then)")
    ap.add_argument("--llama-server-bin", help="llama-server binary (default: the build script's output)")
    ap.add_argument("--interleave", action="store_true",
                    help="keep both servers up and alternate them level by level (steadier ratios)")
    ap.add_argument("--request-timeout", type=float, default=300.0, help="seconds per request")
    ap.add_argument("--rounds", type=int, default=1,
                    help="run every level this many times (interleaved: alternating); the summary takes medians")
    return ap.parse_args()


# ------------------------------------------------------------------------------------------ workload


def request_plan(level: int, client: int, n_requests: int, seed: int) -> list[tuple[str, int]]:
    """(question, sampling seed) for each request of one client; identical for every server."""
    rng = random.Random(f"{seed}-{level}-{client}")
    return [(rng.choice(QUESTIONS), rng.randrange(2**31)) for _ in range(n_requests)]


async def run_client(http: httpx.AsyncClient, server: ManagedServer, model: str, plan: list[tuple[str, int]],
                     args: argparse.Namespace) -> tuple[list[StreamResult], float]:
    start = time.perf_counter()
    results = []
    for question, seed in plan:
        body = chat_body(model, [{"role": "user", "content": question}], max_tokens=args.max_tokens,
                         temperature=args.temperature, seed=seed)
        results.append(await stream_chat(http, server.base_url, body))
    return results, time.perf_counter() - start


async def run_level(server: ManagedServer, model: str, level: int, args: argparse.Namespace) -> dict:
    limits = httpx.Limits(max_connections=level + 4, max_keepalive_connections=level + 4)
    async with httpx.AsyncClient(timeout=httpx.Timeout(args.request_timeout), limits=limits) as http:
        plans = [request_plan(level, c, args.requests_per_client, args.seed) for c in range(level)]
        start = time.perf_counter()
        per_client = await asyncio.gather(*(run_client(http, server, model, p, args) for p in plans))
        wall = time.perf_counter() - start
    return summarize(server.name, level, wall, per_client)


async def warm_up(server: ManagedServer, model: str) -> None:
    async with httpx.AsyncClient(timeout=120.0) as http:
        body = chat_body(model, [{"role": "user", "content": "Say hello."}], max_tokens=8, temperature=0.0, seed=1)
        result = await stream_chat(http, server.base_url, body)
    if not result.ok:
        log(f"warm-up request to {server.name} failed: {result.error}")


# ------------------------------------------------------------------------------------------- metrics


def pct(values: list[float], q: float) -> float | None:
    return round(float(np.percentile(values, q)), 3) if values else None


def mean(values: list[float]) -> float | None:
    return round(float(np.mean(values)), 1) if values else None


def summarize(name: str, level: int, wall: float, per_client: list[tuple[list[StreamResult], float]]) -> dict:
    results = [r for rs, _ in per_client for r in rs]
    ok = [r for r in results if r.ok]
    tokens = sum(r.completion_tokens for r in ok)
    client_rates = [sum(r.completion_tokens for r in rs if r.ok) / t for rs, t in per_client if t > 0]
    errors = [r.error for r in results if not r.ok]
    gaps = [g for r in ok for g in r.gaps_s]
    return {
        "bench": "serve_load", "server": name, "clients": level, "requests": len(results),
        "errors": len(errors), "first_error": errors[0] if errors else None,
        "wall_s": round(wall, 2), "completion_tokens": tokens,
        "tok_per_s": round(tokens / wall, 2),
        "mean_completion_tokens": round(tokens / len(ok), 1) if ok else None,
        "mean_prompt_tokens": mean([r.prompt_tokens for r in ok if r.prompt_tokens is not None]),
        "mean_cached_prompt_tokens": mean([r.cached_tokens for r in ok if r.cached_tokens is not None]),
        "hit_max_tokens": sum(r.finish_reason == "length" for r in ok),
        "usage_missing": sum(not r.usage_reported for r in ok),
        "latency_p50_s": pct([r.latency_s for r in ok], 50), "latency_p95_s": pct([r.latency_s for r in ok], 95),
        "ttft_p50_s": pct([r.ttft_s for r in ok if r.ttft_s is not None], 50),
        "ttft_p95_s": pct([r.ttft_s for r in ok if r.ttft_s is not None], 95),
        "ttft_max_s": pct([r.ttft_s for r in ok if r.ttft_s is not None], 100),
        "client_tok_per_s_min": round(min(client_rates), 2) if client_rates else None,
        "client_tok_per_s_max": round(max(client_rates), 2) if client_rates else None,
        "stream_gap_p99_s": pct(gaps, 99), "stream_gap_max_s": pct(gaps, 100),
        "stream_gaps_over_250ms": sum(g > 0.25 for g in gaps),
    }


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a is not None and b else None


def ratio_line(level: int, ours: dict, theirs: dict) -> dict:
    keys = ("tok_per_s", "latency_p50_s", "latency_p95_s", "ttft_p50_s", "ttft_p95_s")
    return {"bench": "serve_load", "ratio": "kogata/llama-server", "clients": level,
            **{k: ratio(ours[k], theirs[k]) for k in keys}}


# ----------------------------------------------------------------------------------------------- main


def emit(line: dict) -> None:
    print(json.dumps(line), flush=True)


def open_server(name: str, url: str | None, cfg: ServerConfig) -> ManagedServer:
    server = ManagedServer.external(name, url) if url else ManagedServer.start(name, cfg)
    if server.command:
        emit({"bench": "serve_load", "server": name, "command": server.command})
    asyncio.run(warm_up(server, cfg.model.name))
    return server


def measure(server: ManagedServer, model: str, level: int, args: argparse.Namespace) -> dict:
    log(f"{server.name}: {level} client(s) x {args.requests_per_client} request(s)")
    line = asyncio.run(run_level(server, model, level, args))
    emit(line)
    return line


def close_server(server: ManagedServer, cfg: ServerConfig) -> None:
    started = {"parallel": cfg.parallel, "ctx_size": cfg.ctx_size} if server.command else {"url": server.base_url}
    emit({"bench": "serve_load", "server": server.name, "peak_rss_mb": server.peak_rss_mb(), **started})
    server.stop()


def bench_in_turn(names: list[str], urls: dict, cfg: ServerConfig, levels: list[int],
                  args: argparse.Namespace) -> dict[str, dict[int, list[dict]]]:
    """One server at a time: start it, run every level (`--rounds` times), stop it."""
    results: dict[str, dict[int, list[dict]]] = {name: {} for name in names}
    for name in names:
        server = open_server(name, urls[name], cfg)
        try:
            for _ in range(args.rounds):
                for level in levels:
                    results[name].setdefault(level, []).append(measure(server, cfg.model.name, level, args))
        finally:
            close_server(server, cfg)
    return results


def bench_interleaved(names: list[str], urls: dict, cfg: ServerConfig, levels: list[int],
                      args: argparse.Namespace) -> dict[str, dict[int, list[dict]]]:
    """Both servers up (the idle one uses no CPU); each level runs on one, then the other, the order
    alternating from run to run, so that slow drifts of a shared machine hit both alike."""
    results: dict[str, dict[int, list[dict]]] = {name: {} for name in names}
    servers: list[ManagedServer] = []
    try:
        for name in names:
            servers.append(open_server(name, urls[name], cfg))
        runs = [level for _ in range(args.rounds) for level in levels]
        for i, level in enumerate(runs):
            for server in servers if i % 2 == 0 else servers[::-1]:
                results[server.name].setdefault(level, []).append(measure(server, cfg.model.name, level, args))
    finally:
        for server in servers:
            close_server(server, cfg)
    return results


def main() -> None:
    exit_on_sigterm()
    args = parse_args()
    levels = [int(x) for x in args.levels.split(",") if x.strip()]
    model: ModelRef = resolve_model(args.model)
    cfg = ServerConfig(model=model, parallel=args.parallel, ctx_size=args.ctx_size, threads=args.threads)
    if args.llama_server_bin:
        cfg = dataclasses.replace(cfg, llama_server_bin=Path(args.llama_server_bin))
    names = [args.only] if args.only else ["kogata", "llama-server"]
    urls = {"kogata": args.kogata_url, "llama-server": args.llama_server_url}
    bench = bench_interleaved if args.interleave else bench_in_turn
    results = bench(names, urls, cfg, levels, args)
    if len(names) == 2:
        for level in levels:
            pairs = list(zip(results["kogata"][level], results["llama-server"][level]))
            for ours, theirs in pairs:
                emit(ratio_line(level, ours, theirs))
            if len(pairs) > 1:
                ratios = [ours["tok_per_s"] / theirs["tok_per_s"] for ours, theirs in pairs]
                emit({"bench": "serve_load", "summary": "median of rounds", "clients": level, "rounds": len(pairs),
                      "kogata_tok_per_s": statistics.median(o["tok_per_s"] for o, _ in pairs),
                      "llama_server_tok_per_s": statistics.median(t["tok_per_s"] for _, t in pairs),
                      "ratio_median": round(statistics.median(ratios), 3),
                      "ratio_min": round(min(ratios), 3), "ratio_max": round(max(ratios), 3)})


if __name__ == "__main__":
    main()
