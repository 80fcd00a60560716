"""Mixed soak test for `kogata serve`: many clients on every route at once, for a long time, at the
admission limit, with clients that leave mid-answer.

Starts `kogata serve` on a free loopback port (or uses --url of a running one; give --pid to sample its
RSS) with --parallel sequences and a waiting line of --queue-size (KOGATA_ENGINE__QUEUE_SIZE), so that
--clients (default 16) exceed what one engine admits (8 + 4) and some requests get 503 with
Retry-After. Before the clients start it prepares, through kogata's own interfaces (soak_prepare.py):
a classifier trained with `kogata tune classify` in KOGATA_HOME before the server starts, a
knowledge-base collection of 36 Japanese and English documents posted over HTTP (both reused when
present), and one short request per route so that every model is loaded. Then each client loops for
`--duration` seconds (default 600): pick a route by the `--mix` weights (default
chat=4,kb=2,classify=2,embeddings=2,redact=1) and send one request of it (soak_routes.py: chat
completions, knowledge-base answers, classification, embeddings, redaction; Japanese and English input
on every route; chat and kb streamed or not, ~30% of them abandoned mid-answer).

Every response status is recorded. Failures: any status other than 200 and 503, a 503 without
Retry-After, a transport error or timeout, an error event inside a stream, a stream that ends without
[DONE] (chat: without finish_reason or usage), and answers that break their checks (schema, stop
strings, labels, vectors, personal data left, and for classify, embeddings and redact: a different
answer to the same input than earlier in the run). Deliberate 503s (queue full) are counted, not
failed; the client waits Retry-After (at most 5 s). Anomalies are counted per route, not failed: a kb
stream whose deltas do not add up to its final answer (a known flaw of the route's citation suffix).

The server's RSS (VmRSS) is sampled every 5 s and /health with it. "Warm-up" is the first 20% of the
duration. When the time is up, clients stop starting requests and the ones in flight finish (up to
--drain seconds); then /health must show active == 0 and waiting == 0 within 10 s (no stuck
sequences), and kv_cells_used must never have exceeded kv_cells on any engine.

    KOGATA_HOME=/tmp/kth python benchmarks/soak.py [--duration 600] [--clients 16] [--seed 1234] \
        [--mix chat=4,kb=2,classify=2,embeddings=2,redact=1] [--parallel 8] [--queue-size 4] \
        [--ctx-size 8192] [--threads 2] [--model smollm2-135m] [--url URL --pid PID]

Prints JSON lines: a progress line every 30 s and a final summary with, per route, requests, ok answers,
disconnects, 503s, errors by kind and p50/p95 latency to the last byte, and pass/fail for each criterion
(no errors except 503, every route in the mix answered, no stuck sequences, kv cells within bounds, RSS
growth < 5% after warm-up, the server alive, its log free of errors). Exit status 1 if one fails.

`run_soak()` is the reusable entry point (tests/real/test_soak_short.py runs it for 60 s).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

import httpx
from servers import ManagedServer, ServerConfig, exit_on_sigterm, log, resolve_model
from soak_monitor import (get_health, health_brief, idle, kv_over, load_1m, read_cpu_s, read_rss_mb, rss_report,
                          scan_log)
from soak_prepare import ensure_classifier, prepare_kb, prime
from soak_routes import DEFAULT_MIX, ROUTES, Outcome, Plan, make_plan, parse_mix, send


@dataclass
class SoakConfig:
    duration_s: float = 600.0
    clients: int = 16
    seed: int = 1234
    mix: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_MIX))
    model: str = "smollm2-135m"
    embedding_model: str = "e5-small"
    classifier: str = "soak-intents"
    collection: str = "soak-handbook"
    min_tokens: int = 16
    max_tokens: int = 256  # chat
    kb_max_tokens: int = 128
    ja_p: float = 0.4  # chat questions in Japanese (kb: half)
    disconnect_p: float = 0.3  # chat and kb; streamed: close mid-stream; non-streamed: give up before the answer
    nonstream_p: float = 0.2
    json_p: float = 0.08
    stop_p: float = 0.08
    warmup_frac: float = 0.2
    rss_interval_s: float = 5.0
    progress_interval_s: float = 30.0
    stuck_wait_s: float = 10.0
    drain_s: float = 300.0  # how long requests in flight at the end may take to finish
    request_timeout_s: float = 300.0  # longest silence on one connection (read timeout; a queued
    # stream is silent until it gets a sequence, and the server's own queue timeout is 300 s)
    rss_limit_pct: float = 5.0
    check_rss: bool = True


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100)."""
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[max(0, min(len(ordered), math.ceil(len(ordered) * q / 100)) - 1)], 3)


@dataclass
class RouteStats:
    requests: int = 0
    kinds: Counter = field(default_factory=Counter)  # outcome kind
    error_kinds: Counter = field(default_factory=Counter)
    variants: Counter = field(default_factory=Counter)
    anomalies: Counter = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)  # ok answers, to the last byte

    def report(self) -> dict:
        return {"requests": self.requests, "ok": self.kinds["ok"], "disconnected": self.kinds["disconnected"],
                "busy_503": self.kinds["busy"], "errors": self.kinds["error"], "error_kinds": dict(self.error_kinds),
                "latency_s": {"p50": percentile(self.latencies, 50), "p95": percentile(self.latencies, 95),
                              "max": percentile(self.latencies, 100)},
                "variants": dict(sorted(self.variants.items())), "anomalies": dict(self.anomalies)}


@dataclass
class SoakState:
    cfg: SoakConfig
    t0: float = field(default_factory=time.monotonic)
    routes: dict[str, RouteStats] = field(default_factory=lambda: {r: RouteStats() for r in ROUTES})
    statuses: Counter = field(default_factory=Counter)  # HTTP status (or "none")
    first_errors: list[dict] = field(default_factory=list)
    first_anomalies: list[dict] = field(default_factory=list)
    disconnects_stream: int = 0
    disconnects_whole: int = 0
    completion_tokens: int = 0
    memo: dict = field(default_factory=dict)  # answers by input, for the routes that must repeat them
    rss: list[tuple[float, float]] = field(default_factory=list)  # (seconds since start, MB)
    kv_violations: list[str] = field(default_factory=list)
    health_failures: int = 0
    load_max: float = 0.0
    in_flight: dict[int, tuple[float, Plan]] = field(default_factory=dict)

    def elapsed(self) -> float:
        return time.monotonic() - self.t0

    def record(self, client: int, plan: Plan, outcome: Outcome, started: float) -> None:
        stats = self.routes[plan.route]
        stats.requests += 1
        stats.kinds[outcome.kind] += 1
        stats.variants.update(plan.variant())
        self.statuses[str(outcome.status) if outcome.status is not None else "none"] += 1
        self.completion_tokens += outcome.completion_tokens if plan.route == "chat" else 0
        if outcome.kind == "ok" and outcome.latency_s is not None:
            stats.latencies.append(outcome.latency_s)
        if outcome.kind == "disconnected":
            if plan.stream:
                self.disconnects_stream += 1
            else:
                self.disconnects_whole += 1
        where = {"t_s": round(started - self.t0, 1), "client": client,
                 "elapsed_s": round(time.monotonic() - started, 2), "request": plan.describe()}
        if outcome.anomaly:
            stats.anomalies[outcome.anomaly] += 1
            if len(self.first_anomalies) < 5:
                self.first_anomalies.append({**where, "anomaly": outcome.anomaly})
        if outcome.kind == "error":
            stats.error_kinds[_error_kind(outcome.error or "")] += 1
            if len(self.first_errors) < 10:
                self.first_errors.append({**where, "status": outcome.status, "error": outcome.error})

    def total(self, kind: str) -> int:
        return sum(s.kinds[kind] for s in self.routes.values())

    @property
    def requests(self) -> int:
        return sum(s.requests for s in self.routes.values())

    def brief(self) -> dict:
        return {r: f"{s.kinds['ok']}/{s.requests}" for r, s in self.routes.items() if s.requests}


def _error_kind(error: str) -> str:
    if error.startswith("HTTP "):
        return " ".join(error.split()[:2]).rstrip(":")
    if error.startswith("bad_output"):
        return "bad_output"
    return re.split(r"[:(]", error, maxsplit=1)[0].strip()


# ----------------------------------------------------------------------------------------------- soak


async def _client(idx: int, http: httpx.AsyncClient, base_url: str, state: SoakState, stop_at: float) -> None:
    rng = random.Random(f"{state.cfg.seed}-client-{idx}")
    routes = [r for r in ROUTES if state.cfg.mix.get(r, 0) > 0]
    weights = [state.cfg.mix[r] for r in routes]
    while time.monotonic() < stop_at:
        plan = make_plan(rng.choices(routes, weights)[0], rng, state.cfg)
        started = time.monotonic()
        state.in_flight[idx] = (started, plan)
        outcome = await send(http, base_url, plan, state.memo)
        del state.in_flight[idx]
        state.record(idx, plan, outcome, started)
        if outcome.kind == "busy":
            try:
                wait = float(outcome.error or 1)
            except ValueError:
                wait = 1.0
            await asyncio.sleep(min(max(wait, 0.1), 5.0))


async def _monitor(http: httpx.AsyncClient, base_url: str, pid: int | None, state: SoakState,
                   emit: Callable[[dict], None]) -> None:
    cfg = state.cfg
    next_progress = cfg.progress_interval_s
    while True:
        rss = read_rss_mb(pid)
        if rss is not None:
            state.rss.append((state.elapsed(), rss))
        health = await get_health(http, base_url)
        load = load_1m()
        state.load_max = max(state.load_max, load or 0.0)
        if health is None:
            state.health_failures += 1
        else:
            state.kv_violations += [f"t={state.elapsed():.0f}s {v}" for v in kv_over(health)]
        if state.elapsed() >= next_progress:
            next_progress += cfg.progress_interval_s
            emit({"bench": "soak", "progress": True, "t_s": round(state.elapsed()), "requests": state.requests,
                  "ok_by_route": state.brief(), "disconnects": state.disconnects_stream + state.disconnects_whole,
                  "busy_503": state.total("busy"), "errors": state.total("error"), "rss_mb": rss,
                  "server_cpu_s": read_cpu_s(pid), "load_1m": load, "health": health_brief(health)})
        await asyncio.sleep(cfg.rss_interval_s)


async def wait_ready(base_url: str, timeout: float = 300.0) -> None:
    """Wait for /ready (the server loads its models in the background); a server without it is ready."""
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient(timeout=5.0) as http:
        while time.monotonic() < deadline:
            try:
                resp = await http.get(f"{base_url}/ready")
                if resp.status_code in (200, 404):
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.5)
    raise RuntimeError(f"{base_url}/ready did not answer 200 within {timeout:.0f} s")


async def soak(base_url: str, pid: int | None, cfg: SoakConfig, emit: Callable[[dict], None]) -> dict:
    """Prepare, run the load and the end checks; the summary without the log and process checks."""
    await wait_ready(base_url)
    limits = httpx.Limits(max_connections=cfg.clients + 4, max_keepalive_connections=cfg.clients + 4)
    timeout = httpx.Timeout(connect=10.0, read=cfg.request_timeout_s, write=10.0, pool=10.0)
    async with httpx.AsyncClient(timeout=timeout, limits=limits) as http, httpx.AsyncClient() as mon:
        memo: dict = {}
        prepared = {"kb": await prepare_kb(http, base_url, cfg.collection, cfg.embedding_model)
                    if cfg.mix.get("kb") else None}
        prepared["prime_latency_s"] = await prime(http, base_url, cfg, memo)
        emit({"bench": "soak", "prepared": prepared, "rss_mb": read_rss_mb(pid)})
        state = SoakState(cfg, memo=memo)
        monitor = asyncio.create_task(_monitor(mon, base_url, pid, state, emit))
        stop_at = state.t0 + cfg.duration_s
        workers = [asyncio.create_task(_client(i, http, base_url, state, stop_at)) for i in range(cfg.clients)]
        _, pending = await asyncio.wait(workers, timeout=cfg.duration_s + cfg.drain_s)
        hung = [{"client": i, "running_s": round(time.monotonic() - started, 1), "request": plan.describe()}
                for i, (started, plan) in state.in_flight.items()]
        for w in pending:
            w.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        load_s = state.elapsed()
        monitor.cancel()
        await asyncio.gather(monitor, return_exceptions=True)
        final_rss = read_rss_mb(pid)

        # no stuck sequences: every engine must go idle soon after the last client is done
        wait_start = time.monotonic()
        health = await get_health(mon, base_url)
        while not idle(health) and time.monotonic() - wait_start < cfg.stuck_wait_s:
            await asyncio.sleep(0.25)
            health = await get_health(mon, base_url)
        idle_after_s = round(time.monotonic() - wait_start, 2) if idle(health) else None
        if health is not None:
            state.kv_violations += [f"end {v}" for v in kv_over(health)]

    rss = rss_report(state.rss, cfg.duration_s * cfg.warmup_frac, final_rss)
    growth = rss["growth_max_pct"]
    routes = {r: s.report() for r, s in state.routes.items() if cfg.mix.get(r, 0) > 0 or s.requests}
    return {
        "bench": "soak", "summary": True, "base_url": base_url, "duration_s": cfg.duration_s,
        "load_s": round(load_s, 1), "clients": cfg.clients, "seed": cfg.seed, "mix": cfg.mix, "prepared": prepared,
        "requests": state.requests, "ok": state.total("ok"),
        "disconnects": state.disconnects_stream + state.disconnects_whole,
        "disconnects_mid_stream": state.disconnects_stream, "abandoned_non_streamed": state.disconnects_whole,
        "busy_503": state.total("busy"), "errors": state.total("error"), "routes": routes,
        "first_errors": state.first_errors, "first_anomalies": state.first_anomalies,
        "statuses": dict(state.statuses), "chat_completion_tokens": state.completion_tokens,
        "chat_completion_tok_per_s": round(state.completion_tokens / load_s, 1) if load_s else None,
        "server_cpu_s": read_cpu_s(pid), "load_1m_max": state.load_max,
        "hung_at_end": hung, "health_failures_during_load": state.health_failures,
        "rss_mb": rss, "end_health": health_brief(health), "idle_after_s": idle_after_s,
        "kv_violations": state.kv_violations[:10],
        "criteria": {
            "no_errors_except_503": state.total("error") == 0,
            "every_route_answered": all(routes[r]["ok"] > 0 for r, w in cfg.mix.items() if w > 0),
            "no_stuck_sequences": idle_after_s is not None and not hung,
            "kv_cells_within_bounds": not state.kv_violations and health is not None,
            "rss_growth_under_limit": (growth < cfg.rss_limit_pct) if cfg.check_rss and growth is not None else None,
        },
    }


def run_soak(server: ManagedServer, cfg: SoakConfig, emit: Callable[[dict], None] | None = None) -> dict:
    """Soak a server this process started (RSS from its pid, its log scanned) or an external one
    (`pid` below: ManagedServer.proc, else None). The classifier must exist already (ensure_classifier).
    Emits progress lines and returns the summary."""
    emit = emit or emit_json
    pid = server.proc.pid if server.proc is not None else getattr(server, "pid", None)
    summary = asyncio.run(soak(server.base_url, pid, cfg, emit))
    problems = scan_log(server.log_path)
    summary["server_log"] = str(server.log_path) if server.log_path else None
    summary["server_log_problems"] = problems
    alive = server.proc.poll() is None if server.proc is not None else summary["end_health"] is not None
    summary["criteria"]["server_alive"] = alive
    summary["criteria"]["server_log_clean"] = problems["count"] == 0 if server.log_path else None
    summary["pass"] = all(v is not False for v in summary["criteria"].values())
    return summary


def emit_json(line: dict) -> None:
    print(json.dumps(line, ensure_ascii=False), flush=True)


# ----------------------------------------------------------------------------------------------- main


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--duration", type=float, default=600.0, help="seconds of load")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--mix", type=parse_mix, default=dict(DEFAULT_MIX),
                    help="route weights, e.g. chat=4,kb=2,classify=2,embeddings=2,redact=1 (left out: 0)")
    ap.add_argument("--model", default="smollm2-135m", help="installed model name, or the path of its GGUF file")
    ap.add_argument("--parallel", type=int, default=8)
    ap.add_argument("--queue-size", type=int, default=4, help="requests that may wait for a sequence; more get 503")
    ap.add_argument("--ctx-size", type=int, default=8192)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-tokens", type=int, default=256, help="chat max_tokens are drawn from 16..this")
    ap.add_argument("--kb-max-tokens", type=int, default=128, help="kb ask max_tokens are drawn from 16..this")
    ap.add_argument("--classifier", default="soak-intents", help="trained (or reused) in KOGATA_HOME")
    ap.add_argument("--classifier-encoder", default="e5-small", choices=["e5-small", "minilm-l6"])
    ap.add_argument("--collection", default="soak-handbook", help="knowledge-base collection, made or reused")
    ap.add_argument("--disconnect-p", type=float, default=0.3)
    ap.add_argument("--drain", type=float, default=300.0, help="seconds requests in flight at the end may take")
    ap.add_argument("--rss-limit-pct", type=float, default=5.0)
    ap.add_argument("--url", help="use an already-running kogata server (loopback) with the same KOGATA_HOME")
    ap.add_argument("--pid", type=int, help="with --url: the server's pid, to sample its RSS")
    return ap.parse_args()


def main() -> None:
    from kogata.config import Settings

    exit_on_sigterm()
    args = parse_args()
    cfg = SoakConfig(duration_s=args.duration, clients=args.clients, seed=args.seed, mix=args.mix,
                     max_tokens=args.max_tokens, kb_max_tokens=args.kb_max_tokens, classifier=args.classifier,
                     collection=args.collection, disconnect_p=args.disconnect_p, drain_s=args.drain,
                     rss_limit_pct=args.rss_limit_pct)
    if cfg.mix.get("classify"):
        emit_json({"bench": "soak", "classifier": ensure_classifier(Settings().home_dir, cfg.classifier,
                                                                    args.classifier_encoder)})
    if args.url:
        server = ManagedServer.external("kogata", args.url)
        server.pid = args.pid
        cfg.model = args.model
        cfg.check_rss = args.pid is not None
    else:
        model = resolve_model(args.model)
        cfg.model = model.name
        server = ManagedServer.start("kogata", ServerConfig(
            model=model, parallel=args.parallel, ctx_size=args.ctx_size, threads=args.threads,
            env=(("KOGATA_ENGINE__QUEUE_SIZE", str(args.queue_size)),)))
        emit_json({"bench": "soak", "server": "kogata", "command": server.command, "log": str(server.log_path),
                   "queue_size": args.queue_size})
    try:
        log(f"soak: {cfg.clients} clients for {cfg.duration_s:g} s against {server.base_url}, mix {cfg.mix}")
        summary = run_soak(server, cfg)
    finally:
        server.stop()
    emit_json(summary)
    sys.exit(0 if summary["pass"] else 1)


if __name__ == "__main__":
    main()
