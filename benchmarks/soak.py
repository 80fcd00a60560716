"""Soak test for `kogata serve`: many clients for a long time, with clients that leave mid-stream.

Starts `kogata serve` on a free loopback port (or uses --url of a running one; give --pid to sample its
RSS), waits for /ready (models loaded), then runs `--clients` concurrent clients (default 16) for
`--duration` seconds (default 600). Each client loops: pick a prompt (seeded RNG: a question, sometimes
behind a short or a ~1,000-token shared system prompt, sometimes after an earlier turn) and max_tokens
in 16..256, and send a chat completion:

- most are streamed; with probability ~0.3 the client closes the connection abruptly after a random
  number of content chunks (0 = right after the headers, while the request may still be queued);
- some are not streamed; with the same probability the client gives up on those after a random delay
  (the connection is closed while the server is still generating);
- a few ask for response_format json_schema (a small strict schema; the output must validate when it
  finishes with "stop"), a few pass stop strings (the output must not contain them).

Every response status is recorded. Failures: any status other than 200 and 503, a 503 without
Retry-After, a transport error or timeout, an error event inside a stream, a stream that ends without
[DONE], finish_reason or usage, and output that breaks the request's schema or stop strings.
Deliberate 503s (queue full) are counted, not failed; the client waits Retry-After (at most 5 s).

The server's RSS (VmRSS in /proc/PID/status) is sampled every 5 s and /health with it. "Warm-up" is the
first 20% of the duration: the summary gives RSS at the end of warm-up, the max after it, the final one
and the growth of both over the warm-up value. When the time is up, clients stop starting requests and
the ones in flight finish (up to --drain seconds); then /health must show active == 0 and waiting == 0
within 10 s (no stuck sequences), and kv_cells_used must never have exceeded kv_cells.

    KOGATA_HOME=/tmp/kth python benchmarks/soak.py [--duration 600] [--clients 16] [--seed 1234] \
        [--parallel 8] [--ctx-size 8192] [--threads 2] [--model smollm2-135m] [--url URL --pid PID]

Prints JSON lines: a progress line every 30 s and a final summary with pass/fail for each criterion
(no errors except 503, no stuck sequences, kv cells within bounds, RSS growth < 5% after warm-up, the
server alive, its log free of errors). Exit status 1 if any criterion fails.

`run_soak()` is the reusable entry point (tests/real/test_soak_short.py runs it for 45 s).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import httpx
from serve_load import QUESTIONS
from servers import ManagedServer, ServerConfig, chat_body, exit_on_sigterm, log, resolve_model

try:
    import jsonschema
except ImportError:  # only json.loads then
    jsonschema = None

# --------------------------------------------------------------------------------------------- config


@dataclass
class SoakConfig:
    duration_s: float = 600.0
    clients: int = 16
    seed: int = 1234
    model: str = "smollm2-135m"
    min_tokens: int = 16
    max_tokens: int = 256
    disconnect_p: float = 0.3  # streamed: close mid-stream; non-streamed: give up before the answer
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


SHORT_SYSTEM = "You are a helpful assistant. Answer clearly and concisely."
_RULES = [
    "Be polite and address the user respectfully", "Prefer short paragraphs over long ones",
    "Use examples when a concept is abstract", "Say so when you are not sure of a fact",
    "Never invent citations or sources", "Explain technical terms the first time they appear",
    "Use metric units unless the user asks otherwise", "Keep lists to at most seven items",
    "Avoid jargon when talking to beginners", "Summarize long answers in one final sentence",
]
LONG_SYSTEM = "You are the support assistant of a small company. Follow these house rules.\n" + "\n".join(
    f"Rule {i + 1}: {_RULES[i % len(_RULES)]}, as described in section {i // len(_RULES) + 1} of the handbook."
    for i in range(40))  # ~700 tokens, shared by many requests: exercises the prefix cache

JSON_SCHEMA = {
    "type": "object",
    "properties": {
        "answer": {"type": "string", "maxLength": 60},
        "confidence": {"type": "integer", "minimum": 0, "maximum": 10},
        "topic": {"type": "string", "enum": ["science", "history", "tech", "life", "other"]},
    },
    "required": ["answer", "confidence", "topic"],
    "additionalProperties": False,
}
RESPONSE_FORMAT = {"type": "json_schema", "json_schema": {"name": "short_reply", "strict": True, "schema": JSON_SCHEMA}}
STOP_SETS = [["\n"], ["."], [".", "!", "?"], ["\n\n", "2."], [" the "], ["and"]]

# ------------------------------------------------------------------------------------------- requests


@dataclass
class Plan:
    body: dict
    stream: bool
    json_schema: bool
    stop: list[str]
    disconnect_after: int | None = None  # streamed: close after this many content chunks
    abandon_after_s: float | None = None  # non-streamed: give up after this many seconds

    def describe(self) -> dict:
        return {"stream": self.stream, "json_schema": self.json_schema, "stop": self.stop or None,
                "max_tokens": self.body["max_tokens"], "temperature": self.body["temperature"],
                "messages": len(self.body["messages"]), "system": _system_kind(self.body["messages"]),
                "disconnect_after": self.disconnect_after, "abandon_after_s": self.abandon_after_s}


def _system_kind(messages: list[dict]) -> str | None:
    if messages[0]["role"] != "system":
        return None
    return "long" if messages[0]["content"] == LONG_SYSTEM else "short"


def make_plan(rng: random.Random, cfg: SoakConfig) -> Plan:
    question = rng.choice(QUESTIONS)
    json_schema = rng.random() < cfg.json_p
    stop = [] if json_schema or rng.random() >= cfg.stop_p else list(rng.choice(STOP_SETS))
    messages = []
    r = rng.random()
    if json_schema:
        messages.append({"role": "system", "content": "You are a helpful assistant. Reply with JSON only."})
    elif r < 0.35:
        messages.append({"role": "system", "content": LONG_SYSTEM})
    elif r < 0.6:
        messages.append({"role": "system", "content": SHORT_SYSTEM})
    if rng.random() < 0.2:  # an earlier turn of the same chat
        earlier = rng.choice(QUESTIONS)
        messages += [{"role": "user", "content": earlier},
                     {"role": "assistant", "content": f"Here is a short answer about: {earlier.lower()}"}]
    messages.append({"role": "user", "content": question})
    max_tokens = rng.randint(cfg.min_tokens, cfg.max_tokens)
    extra: dict = {}
    if json_schema:
        extra["response_format"] = RESPONSE_FORMAT
    if stop:
        extra["stop"] = stop
    body = chat_body(cfg.model, messages, max_tokens=max_tokens, temperature=rng.choice([0.0, 0.7, 1.0]),
                     seed=rng.randrange(2**31), extra=extra)
    stream = rng.random() >= cfg.nonstream_p
    plan = Plan(body, stream, json_schema, stop)
    if not stream:
        body["stream"] = False
        body.pop("stream_options", None)
    leave = rng.random() < cfg.disconnect_p
    if leave and stream:
        plan.disconnect_after = rng.randint(0, max(1, max_tokens // 2))
    elif leave:
        plan.abandon_after_s = round(rng.uniform(0.05, 4.0), 2)
    return plan


@dataclass
class Outcome:
    kind: str  # "ok" | "disconnected" | "busy" | "error"
    status: int | None  # HTTP status, None when none came
    error: str | None = None
    completion_tokens: int = 0
    finish_reason: str | None = None


def _check_output(plan: Plan, content: str, finish: str | None, usage: dict | None) -> str | None:
    """What is wrong with a completed answer, or None."""
    if finish is None:
        return "no finish_reason"
    if usage is None:
        return "no usage"
    if int(usage.get("completion_tokens", 0)) > plan.body["max_tokens"]:
        return f"completion_tokens {usage['completion_tokens']} > max_tokens {plan.body['max_tokens']}"
    if plan.stop and finish in ("stop", "length"):
        hit = [s for s in plan.stop if s in content]
        if hit:
            return f"bad_output: content contains stop string(s) {hit!r}: {content[:120]!r}"
    if plan.json_schema and finish == "stop":
        try:
            value = json.loads(content)
            if jsonschema is not None:
                jsonschema.validate(value, JSON_SCHEMA)
        except Exception as exc:  # JSONDecodeError or jsonschema.ValidationError
            return f"bad_output: json_schema output does not validate ({type(exc).__name__}): {content[:120]!r}"
    return None


def _not_ok(resp: httpx.Response, text: str) -> Outcome:
    if resp.status_code == 503:
        if "retry-after" not in resp.headers:
            return Outcome("error", 503, f"HTTP 503 without Retry-After: {text[:200]}")
        return Outcome("busy", 503, resp.headers["retry-after"])
    return Outcome("error", resp.status_code, f"HTTP {resp.status_code}: {text[:200]}")


async def send_stream(http: httpx.AsyncClient, url: str, plan: Plan) -> Outcome:
    parts: list[str] = []
    usage = finish = None
    done = False
    async with http.stream("POST", url, json=plan.body) as resp:
        if resp.status_code != 200:
            return _not_ok(resp, (await resp.aread()).decode(errors="replace"))
        async for line in resp.aiter_lines():
            if not line.startswith("data:"):
                continue
            data = line[5:].strip()
            if data == "[DONE]":
                done = True
                break
            event = json.loads(data)
            if "error" in event:
                return Outcome("error", 200, f"error event in stream: {json.dumps(event['error'])[:200]}")
            usage = event.get("usage") or usage
            for choice in event.get("choices") or []:
                finish = choice.get("finish_reason") or finish
                if (choice.get("delta") or {}).get("content"):
                    parts.append(choice["delta"]["content"])
            if plan.disconnect_after is not None and finish is None and len(parts) >= plan.disconnect_after:
                # leaving the `async with` with the body unread closes the connection (no reuse)
                return Outcome("disconnected", 200, completion_tokens=len(parts))
    if not done:
        return Outcome("error", 200, f"stream ended without [DONE] after {len(parts)} chunks")
    content = "".join(parts)
    problem = _check_output(plan, content, finish, usage)
    tokens = int(usage["completion_tokens"]) if usage else len(parts)
    if problem:
        return Outcome("error", 200, problem, tokens, finish)
    return Outcome("ok", 200, None, tokens, finish)


async def send_whole(http: httpx.AsyncClient, url: str, plan: Plan) -> Outcome:
    request = http.post(url, json=plan.body)
    try:
        if plan.abandon_after_s is not None:
            resp = await asyncio.wait_for(request, plan.abandon_after_s)
        else:
            resp = await request
    except TimeoutError:  # asyncio.wait_for gave up: the request is cancelled, its connection closed
        return Outcome("disconnected", None)
    if resp.status_code != 200:
        return _not_ok(resp, resp.text)
    body = resp.json()
    try:
        choice = body["choices"][0]
        content, finish = choice["message"]["content"], choice.get("finish_reason")
    except (KeyError, IndexError, TypeError):
        return Outcome("error", 200, f"malformed completion body: {resp.text[:200]}")
    problem = _check_output(plan, content or "", finish, body.get("usage"))
    tokens = int((body.get("usage") or {}).get("completion_tokens", 0))
    if problem:
        return Outcome("error", 200, problem, tokens, finish)
    return Outcome("ok", 200, None, tokens, finish)


async def send(http: httpx.AsyncClient, base_url: str, plan: Plan) -> Outcome:
    url = f"{base_url}/v1/chat/completions"
    try:
        return await (send_stream if plan.stream else send_whole)(http, url, plan)
    except httpx.TimeoutException as exc:
        return Outcome("error", None, f"timeout ({type(exc).__name__}): {exc}")
    except httpx.HTTPError as exc:
        return Outcome("error", None, f"{type(exc).__name__}: {exc}")
    except json.JSONDecodeError as exc:
        return Outcome("error", 200, f"invalid JSON from server: {exc}")


# ------------------------------------------------------------------------------------------ monitoring


def read_rss_mb(pid: int | None) -> float | None:
    """VmRSS of a process in MB, or None (no pid, process gone)."""
    if pid is None:
        return None
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


def read_cpu_s(pid: int | None) -> float | None:
    """CPU seconds (user + system) a process has used, or None."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 1)


def load_1m() -> float | None:
    """The machine's 1-minute load average: other work on a small machine slows the server down."""
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


async def get_health(http: httpx.AsyncClient, base_url: str) -> dict | None:
    try:
        resp = await http.get(f"{base_url}/health", timeout=5.0)
        return resp.json() if resp.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        return None


def _engines(health: dict | None) -> dict[str, dict]:
    """The per-model stats of /health that describe a generating engine."""
    models = (health or {}).get("models") or {}
    return {name: s for name, s in models.items() if isinstance(s, dict) and "active" in s}


def _health_brief(health: dict | None) -> dict | None:
    engines = _engines(health)
    if not engines:
        return None
    keys = ("active", "waiting", "kv_cells_used", "kv_cells")
    return {name: {k: s.get(k) for k in keys} for name, s in engines.items()}


def _kv_over(health: dict | None) -> list[str]:
    return [f"{name}: kv_cells_used {s['kv_cells_used']} > kv_cells {s['kv_cells']}"
            for name, s in _engines(health).items()
            if s.get("kv_cells_used") is not None and s.get("kv_cells") is not None
            and s["kv_cells_used"] > s["kv_cells"]]


def _idle(health: dict | None) -> bool:
    engines = _engines(health)
    return bool(engines) and all(s.get("active") == 0 and s.get("waiting") == 0 for s in engines.values())


# ---------------------------------------------------------------------------------------------- state


@dataclass
class SoakState:
    cfg: SoakConfig
    t0: float = field(default_factory=time.monotonic)
    requests: int = 0
    kinds: Counter = field(default_factory=Counter)  # outcome kind
    statuses: Counter = field(default_factory=Counter)  # HTTP status (or "none")
    request_types: Counter = field(default_factory=Counter)
    error_kinds: Counter = field(default_factory=Counter)
    first_errors: list[dict] = field(default_factory=list)
    disconnects_stream: int = 0
    disconnects_whole: int = 0
    completion_tokens: int = 0
    rss: list[tuple[float, float]] = field(default_factory=list)  # (seconds since start, MB)
    kv_violations: list[str] = field(default_factory=list)
    health_failures: int = 0
    load_max: float = 0.0
    in_flight: dict[int, tuple[float, Plan]] = field(default_factory=dict)

    def elapsed(self) -> float:
        return time.monotonic() - self.t0

    def record(self, client: int, plan: Plan, outcome: Outcome, started: float) -> None:
        self.requests += 1
        self.kinds[outcome.kind] += 1
        self.statuses[str(outcome.status) if outcome.status is not None else "none"] += 1
        self.request_types["stream" if plan.stream else "whole"] += 1
        self.request_types["json_schema"] += plan.json_schema
        self.request_types["stop"] += bool(plan.stop)
        self.completion_tokens += outcome.completion_tokens
        if outcome.kind == "disconnected":
            if plan.stream:
                self.disconnects_stream += 1
            else:
                self.disconnects_whole += 1
        if outcome.kind == "error":
            self.error_kinds[_error_kind(outcome.error or "")] += 1
            if len(self.first_errors) < 10:
                self.first_errors.append({"t_s": round(started - self.t0, 1), "client": client,
                                          "elapsed_s": round(time.monotonic() - started, 2),
                                          "status": outcome.status, "error": outcome.error,
                                          "request": plan.describe()})

    @property
    def errors(self) -> int:
        return self.kinds["error"]

    @property
    def disconnects(self) -> int:
        return self.disconnects_stream + self.disconnects_whole


def _error_kind(error: str) -> str:
    if error.startswith("HTTP "):
        return " ".join(error.split()[:2]).rstrip(":")
    if error.startswith("bad_output"):
        return "bad_output"
    return re.split(r"[:(]", error, maxsplit=1)[0].strip()


# ----------------------------------------------------------------------------------------------- soak


async def _client(idx: int, http: httpx.AsyncClient, base_url: str, state: SoakState, stop_at: float) -> None:
    rng = random.Random(f"{state.cfg.seed}-client-{idx}")
    while time.monotonic() < stop_at:
        plan = make_plan(rng, state.cfg)
        started = time.monotonic()
        state.in_flight[idx] = (started, plan)
        outcome = await send(http, base_url, plan)
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
            state.kv_violations += [f"t={state.elapsed():.0f}s {v}" for v in _kv_over(health)]
        if state.elapsed() >= next_progress:
            next_progress += cfg.progress_interval_s
            emit({"bench": "soak", "progress": True, "t_s": round(state.elapsed()), "requests": state.requests,
                  "ok": state.kinds["ok"], "disconnects": state.disconnects, "busy_503": state.kinds["busy"],
                  "errors": state.errors, "completion_tokens": state.completion_tokens, "rss_mb": rss,
                  "server_cpu_s": read_cpu_s(pid), "load_1m": load, "health": _health_brief(health)})
        await asyncio.sleep(cfg.rss_interval_s)


def rss_report(samples: list[tuple[float, float]], warmup_end_s: float, final: float | None) -> dict:
    """RSS at the end of warm-up (the first sample at or after it), max after it, final, and growth."""
    after = [(t, mb) for t, mb in samples if t >= warmup_end_s]
    out: dict = {"samples": len(samples), "start_mb": samples[0][1] if samples else None,
                 "peak_during_warmup_mb": max((mb for t, mb in samples if t < warmup_end_s), default=None),
                 "warmup_mb": None, "max_after_warmup_mb": None, "final_mb": final,
                 "growth_final_pct": None, "growth_max_pct": None}
    if not after:
        return out
    warm = after[0][1]
    later = [mb for _, mb in after[1:]] + ([final] if final is not None else [])
    out["warmup_mb"] = warm
    out["max_after_warmup_mb"] = max(later, default=None)
    if final is not None:
        out["growth_final_pct"] = round((final - warm) / warm * 100, 2)
    if later:
        out["growth_max_pct"] = round((max(later) - warm) / warm * 100, 2)
    return out


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
    """Run the load and the end checks; the summary without the log and process checks."""
    await wait_ready(base_url)
    state = SoakState(cfg)
    limits = httpx.Limits(max_connections=cfg.clients + 4, max_keepalive_connections=cfg.clients + 4)
    timeout = httpx.Timeout(connect=10.0, read=cfg.request_timeout_s, write=10.0, pool=10.0)
    async with httpx.AsyncClient(timeout=timeout, limits=limits) as http, httpx.AsyncClient() as mon:
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

        # no stuck sequences: the engine must go idle soon after the last client is done
        wait_start = time.monotonic()
        health = await get_health(mon, base_url)
        while not _idle(health) and time.monotonic() - wait_start < cfg.stuck_wait_s:
            await asyncio.sleep(0.25)
            health = await get_health(mon, base_url)
        idle_after_s = round(time.monotonic() - wait_start, 2) if _idle(health) else None
        if health is not None:
            state.kv_violations += [f"end {v}" for v in _kv_over(health)]

    rss = rss_report(state.rss, cfg.duration_s * cfg.warmup_frac, final_rss)
    no_errors = state.errors == 0
    growth = rss["growth_max_pct"]
    return {
        "bench": "soak", "summary": True, "base_url": base_url,
        "duration_s": cfg.duration_s, "load_s": round(load_s, 1), "clients": cfg.clients, "seed": cfg.seed,
        "requests": state.requests, "ok": state.kinds["ok"], "disconnects": state.disconnects,
        "disconnects_mid_stream": state.disconnects_stream, "abandoned_non_streamed": state.disconnects_whole,
        "busy_503": state.kinds["busy"], "errors": state.errors, "error_kinds": dict(state.error_kinds),
        "first_errors": state.first_errors, "statuses": dict(state.statuses),
        "request_types": dict(state.request_types), "completion_tokens": state.completion_tokens,
        "completion_tok_per_s": round(state.completion_tokens / load_s, 1) if load_s else None,
        "server_cpu_s": read_cpu_s(pid), "load_1m_max": state.load_max,
        "hung_at_end": hung, "health_failures_during_load": state.health_failures,
        "rss_mb": rss, "end_health": _health_brief(health), "idle_after_s": idle_after_s,
        "kv_violations": state.kv_violations[:10],
        "criteria": {
            "no_errors_except_503": no_errors,
            "no_stuck_sequences": idle_after_s is not None and not hung,
            "kv_cells_within_bounds": not state.kv_violations and health is not None,
            "rss_growth_under_limit": (growth < cfg.rss_limit_pct) if cfg.check_rss and growth is not None else None,
        },
    }


LOG_PROBLEM = re.compile(r"\bERROR\b|\bCRITICAL\b|engine step failed")


def scan_log(path: Path | None) -> dict:
    """Error lines and tracebacks in the server log: how many, and the first few with where they came from
    (the last frame inside kogata) and the exception."""
    if path is None or not path.exists():
        return {"count": 0, "first": []}
    lines = path.read_text(errors="replace").splitlines()
    found: list[dict] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("Traceback"):
            where = None
            i += 1
            while i < len(lines) and (lines[i].startswith(" ") or not lines[i].strip()):
                if "/kogata/" in lines[i] and lines[i].lstrip().startswith("File"):
                    where = lines[i].strip()
                i += 1
            exc = lines[i] if i < len(lines) else None
            if found and found[-1].get("exception") is None and "traceback" not in found[-1]:
                found[-1].update(exception=exc, where=where, traceback=True)
            else:
                found.append({"line": None, "exception": exc, "where": where, "traceback": True})
        elif LOG_PROBLEM.search(line):
            found.append({"line": line.strip(), "exception": None})
        i += 1
    return {"count": len(found), "first": found[:5]}


def run_soak(server: ManagedServer, cfg: SoakConfig, emit: Callable[[dict], None] | None = None) -> dict:
    """Soak a server this process started (RSS from its pid, its log scanned) or an external one
    (`pid` below: ManagedServer.proc, else None). Emits progress lines and returns the summary."""
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
    print(json.dumps(line), flush=True)


# ----------------------------------------------------------------------------------------------- main


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--duration", type=float, default=600.0, help="seconds of load")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--model", default="smollm2-135m", help="installed model name, or the path of its GGUF file")
    ap.add_argument("--parallel", type=int, default=8)
    ap.add_argument("--ctx-size", type=int, default=8192)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--disconnect-p", type=float, default=0.3)
    ap.add_argument("--drain", type=float, default=300.0, help="seconds requests in flight at the end may take")
    ap.add_argument("--rss-limit-pct", type=float, default=5.0)
    ap.add_argument("--url", help="use an already-running kogata server (loopback)")
    ap.add_argument("--pid", type=int, help="with --url: the server's pid, to sample its RSS")
    return ap.parse_args()


def main() -> None:
    exit_on_sigterm()
    args = parse_args()
    cfg = SoakConfig(duration_s=args.duration, clients=args.clients, seed=args.seed, disconnect_p=args.disconnect_p,
                     drain_s=args.drain, rss_limit_pct=args.rss_limit_pct)
    if args.url:
        server = ManagedServer.external("kogata", args.url)
        server.pid = args.pid
        cfg.model = args.model
        cfg.check_rss = args.pid is not None
    else:
        model = resolve_model(args.model)
        cfg.model = model.name
        server = ManagedServer.start("kogata", ServerConfig(model=model, parallel=args.parallel,
                                                            ctx_size=args.ctx_size, threads=args.threads))
        emit_json({"bench": "soak", "server": "kogata", "command": server.command, "log": str(server.log_path)})
    try:
        log(f"soak: {cfg.clients} clients for {cfg.duration_s:g} s against {server.base_url}")
        summary = run_soak(server, cfg)
    finally:
        server.stop()
    emit_json(summary)
    sys.exit(0 if summary["pass"] else 1)


if __name__ == "__main__":
    main()
