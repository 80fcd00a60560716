"""Scale-out figures: `kogata serve --ray` against plain `kogata serve`, batch classify in-process against
Ray with 1 and 2 actors, and the prefix hit rate of the prefix-aware router against Ray Serve's default.

    KOGATA_HOME=/tmp/kth python benchmarks/cluster.py [--parts serve,batch,prefix] [--rounds 2]

serve: the same model, threads, slots and KV size; plain `kogata serve`, then `kogata serve --ray
--replicas 1` on a local Ray (taking turns, --rounds times): aggregate completion tokens/s of
--clients concurrent clients (non-streamed) and the time to first token of single streamed requests,
p50; the ratio and the TTFT overhead (the price of Ray Serve's proxy, the front and the handle). Once
with the engine on 1 thread (a core left to Ray's processes, as on a real node) and once on 2 (the
engine on every core of this 2-core machine, Ray's processes competing with it).
batch: `kogata batch classify` of --rows Banking77 texts (a 77-intent minilm-l6 classifier), rows/s of
the whole command: in this process, then on a running one-machine Ray cluster with 1 and 2 actors.
prefix: 2 replicas (1 thread each), 4 long system prompts (two English, two Japanese; --prompts N for more,
the same prompts for other desks, more than the replicas' 4 slots hold) asked in a seeded
random order: the share of requests whose system prompt came from the replica's KV cache (hit), of
prompt tokens served from the cache, and latency p50, with the prefix-aware router and without it
(`--no-prefix-routing`: the less busy of two random replicas, Ray Serve's default policy).
Prints JSON lines. This machine has 2 cores: the Ray runs share them with Ray's own processes.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
BANKING77 = HERE.parents[1] / "shared" / "data" / "banking77"
QUESTIONS = ["What is a savings account?", "How do I reset my password?", "口座を開くには何が必要ですか？",
             "When will my card arrive?", "振込の手数料はいくらですか？", "Can I change my PIN online?"]
SYSTEMS = [
    "You are the support assistant of Kogata Bank. " + "Answer politely, in one or two sentences, and never invent "
    "fees, rates or dates; when unsure, tell the customer to call the support line at 0120-000-000. " * 6,
    "あなたは小型銀行のサポート担当です。" + "丁寧な日本語で一、二文で答え、手数料や金利、日付を作らず、分からない時はサポート窓口へ案内してください。" * 6,
    "You are an internal IT helpdesk bot for a Japanese trading company. " + "Give short numbered steps, mention "
    "the ticket portal for anything needing an administrator, and keep answers under fifty words. " * 6,
    "あなたは社内の人事規程に詳しいアシスタントです。" + "規程に書かれていない事は推測せず、人事部への問い合わせを勧め、簡潔に答えてください。" * 6,
]


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def emit(record: dict) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def kogata(*args: str) -> list[str]:
    return [sys.executable, "-m", "kogata", *args]


class Server:
    """A `kogata serve` process (plain or --ray) on a free port, stopped with SIGTERM."""

    def __init__(self, *args: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.NamedTemporaryFile(prefix="bench-cluster-", suffix=".log", delete=False)
        log(f"starting kogata serve {' '.join(args)} (log: {self.log.name})")
        self.proc = subprocess.Popen(kogata("serve", "--port", str(self.port), *args), stdout=self.log,
                                     stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 300
        while True:
            try:
                if httpx.get(f"{self.url}/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise SystemExit(f"the server did not start; see {self.log.name}")
            time.sleep(0.5)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                self.proc.kill()


async def chat(client: httpx.AsyncClient, url: str, system: str, question: str, max_tokens: int, stream: bool) -> dict:
    body = {"model": "smollm2-135m", "max_tokens": max_tokens, "temperature": 0, "stream": stream,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": question}]}
    if stream:
        body["stream_options"] = {"include_usage": True}
    start = time.perf_counter()
    first = None
    usage: dict = {}
    async with client.stream("POST", f"{url}/v1/chat/completions", json=body, timeout=300) as r:
        r.raise_for_status()
        replica = r.headers.get("x-kogata-replica")
        if not stream:
            usage = json.loads(await r.aread())["usage"]
        else:
            async for line in r.aiter_lines():
                if not line.startswith("data: ") or line == "data: [DONE]":
                    continue
                chunk = json.loads(line[6:])
                if first is None and chunk.get("choices") and chunk["choices"][0]["delta"].get("content"):
                    first = time.perf_counter() - start
                usage = chunk.get("usage") or usage
    return {"latency": time.perf_counter() - start, "ttft": first, "usage": usage, "replica": replica}


async def load(url: str, clients: int, per_client: int, max_tokens: int) -> float:
    """Completion tokens per second of `clients` clients sending `per_client` requests each."""
    async with httpx.AsyncClient() as client:
        async def one_client(n: int) -> int:
            tokens = 0
            for i in range(per_client):
                result = await chat(client, url, SYSTEMS[0], QUESTIONS[(n + i) % len(QUESTIONS)], max_tokens, False)
                tokens += result["usage"]["completion_tokens"]
            return tokens
        start = time.perf_counter()
        tokens = sum(await asyncio.gather(*(one_client(n) for n in range(clients))))
        return tokens / (time.perf_counter() - start)


async def ttfts(url: str, n: int) -> list[float]:
    async with httpx.AsyncClient() as client:
        await chat(client, url, SYSTEMS[1], QUESTIONS[0], 4, True)  # warm-up
        return [(await chat(client, url, SYSTEMS[1], QUESTIONS[i % len(QUESTIONS)], 4, True))["ttft"] for i in range(n)]


def bench_serve(args) -> None:
    for threads in (int(t) for t in args.engine_threads.split(",")):
        engine = ("--threads", str(threads), "--parallel", "4", "--ctx-size", "4096")
        figures: dict[str, dict[str, list[float]]] = {"plain": {"tps": [], "ttft": []}, "ray": {"tps": [], "ttft": []}}
        for _ in range(args.rounds):
            for kind, extra in (("plain", ()), ("ray", ("--ray", "--ray-address", "local", "--replicas", "1"))):
                server = Server(*engine, *extra)
                try:
                    asyncio.run(load(server.url, 2, 2, args.max_tokens))  # warm-up
                    figures[kind]["tps"].append(asyncio.run(load(server.url, args.clients, args.per_client, args.max_tokens)))
                    figures[kind]["ttft"].extend(asyncio.run(ttfts(server.url, args.ttft_requests)))
                finally:
                    server.stop()
        for kind, f in figures.items():
            emit({"part": "serve", "server": "kogata serve --ray --replicas 1" if kind == "ray" else "kogata serve",
                  "threads": threads, "completion_tokens_per_s": round(statistics.median(f["tps"]), 1),
                  "rounds": [round(x, 1) for x in f["tps"]], "ttft_p50_ms": round(1000 * statistics.median(f["ttft"]), 1),
                  "clients": args.clients})
        emit({"part": "serve", "ratio": "ray / plain", "threads": threads,
              "throughput_ratio": round(statistics.median(figures["ray"]["tps"]) / statistics.median(figures["plain"]["tps"]), 3),
              "ttft_overhead_p50_ms": round(1000 * (statistics.median(figures["ray"]["ttft"]) -
                                                    statistics.median(figures["plain"]["ttft"])), 1)})


class RayCluster:
    """A one-machine Ray cluster started with `ray start --head` (2 CPUs), stopped with `ray stop`."""

    def __init__(self):
        self.ray = str(Path(sys.executable).with_name("ray"))
        port = free_port()
        os.environ["RAY_AUTH_MODE"] = "token"  # Ray's default for `ray start` since 2.59, said outright
        subprocess.run([self.ray, "start", "--head", "--num-cpus", "2", "--port", str(port), "--include-dashboard=false",
                        "--disable-usage-stats"], check=True, capture_output=True)
        self.address = f"127.0.0.1:{port}"

    def stop(self) -> None:
        subprocess.run([self.ray, "stop", "--force"], capture_output=True)


def bench_batch(args, cluster: RayCluster) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    with open(BANKING77 / "train.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(BANKING77 / "test.csv", newline="", encoding="utf-8") as f:
        test = list(csv.DictReader(f))
    train, rest, per_intent = [], [], {}
    for r in rows:
        per_intent[r["category"]] = per_intent.get(r["category"], 0) + 1
        (train if per_intent[r["category"]] <= 12 else rest).append(r)
    texts = [r["text"] for r in test + rest][: args.rows]  # none of them trained on
    with open(folder / "train.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([("text", "category"), *((r["text"], r["category"]) for r in train)])
    with open(folder / "in.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([("text",), *((t,) for t in texts)])
    subprocess.run(kogata("tune", "classify", str(folder / "train.csv"), "--name", "bench-cluster-77", "--label-col",
                          "category", "--encoder", "minilm-l6", "--replace", "-q"), check=True, capture_output=True)
    runs = [("in-process", ()), ("ray, 1 actor", ("--ray", cluster.address, "--actors", "1")),
            ("ray, 2 actors", ("--ray", cluster.address, "--actors", "2"))]
    for name, extra in runs:
        out = folder / f"out-{name.replace(' ', '').replace(',', '-')}.csv"
        start = time.perf_counter()
        subprocess.run(kogata("batch", "classify", str(folder / "in.csv"), str(out), "--classifier", "bench-cluster-77",
                              "-q", *extra), check=True, capture_output=True)
        seconds = time.perf_counter() - start
        emit({"part": "batch", "run": name, "rows": len(texts), "seconds": round(seconds, 2),
              "rows_per_s": round(len(texts) / seconds, 1)})


def hit(usage: dict) -> bool:
    """The request's system prompt came from the KV cache: at least half its prompt tokens did (the
    system prompts are six times longer than the questions; the chat template's first tokens alone are
    cached for any request, which any_cached_rate counts)."""
    return usage["prompt_tokens_details"]["cached_tokens"] >= usage["prompt_tokens"] / 2


DESKS = ["Tokyo", "Osaka", "Nagoya", "Fukuoka", "Sapporo", "Sendai", "Hiroshima", "Kobe"]


def system_prompts(n: int) -> list[str]:
    """`n` system prompts: the four above, then the same again for other desks, each told apart from
    its first words (a shared beginning would be cached as one)."""
    return SYSTEMS[:n] if n <= len(SYSTEMS) else [
        SYSTEMS[i] if i < len(SYSTEMS) else f"[{DESKS[i % len(DESKS)]} desk {i}] {SYSTEMS[i % len(SYSTEMS)]}" for i in range(n)]


def bench_prefix(args, cluster: RayCluster) -> None:
    rng = random.Random(0)
    systems = system_prompts(args.prompts)
    order = [(rng.randrange(len(systems)), rng.randrange(len(QUESTIONS))) for _ in range(args.prefix_requests)]
    for router, flag in (("prefix-aware", "--prefix-routing"), ("ray serve default", "--no-prefix-routing")):
        server = Server("--ray", "--ray-address", cluster.address, "--replicas", "2", "--threads", "1", "--parallel", "2",
                        "--ctx-size", "2048", flag)
        try:
            async def run() -> list[dict]:
                async with httpx.AsyncClient() as client:
                    async def worker(part: list[tuple[int, int]]) -> list[dict]:
                        return [await chat(client, server.url, systems[s], QUESTIONS[q], 8, False) for s, q in part]
                    halves = await asyncio.gather(worker(order[0::2]), worker(order[1::2]))
                    return halves[0] + halves[1]
            results = asyncio.run(run())
        finally:
            server.stop()
        prompt = sum(r["usage"]["prompt_tokens"] for r in results)
        cached = sum(r["usage"]["prompt_tokens_details"]["cached_tokens"] for r in results)
        emit({"part": "prefix", "router": router, "prompts": len(systems), "requests": len(results),
              "replicas": len({r["replica"] for r in results}),
              "prefix_hit_rate": round(sum(hit(r["usage"]) for r in results) / len(results), 3),
              "any_cached_rate": round(sum(r["usage"]["prompt_tokens_details"]["cached_tokens"] > 0 for r in results)
                                       / len(results), 3),
              "cached_prompt_share": round(cached / prompt, 3),
              "latency_p50_ms": round(1000 * statistics.median(r["latency"] for r in results), 1)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parts", default="serve,batch,prefix")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--engine-threads", default="1,2", help="serve: the engine's threads, each setting in turn")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--per-client", type=int, default=6)
    parser.add_argument("--max-tokens", type=int, default=48)
    parser.add_argument("--ttft-requests", type=int, default=20)
    parser.add_argument("--rows", type=int, default=6000)
    parser.add_argument("--prefix-requests", type=int, default=48)
    parser.add_argument("--prompts", type=int, default=4, help="prefix: distinct system prompts (2 replicas x 2 slots hold 4)")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    os.environ.setdefault("KOGATA_HOME", str(Path.home() / ".kogata"))
    if "serve" in parts:
        bench_serve(args)
    if parts & {"batch", "prefix"}:
        cluster = RayCluster()
        try:
            if "batch" in parts:
                bench_batch(args, cluster)
            if "prefix" in parts:
                bench_prefix(args, cluster)
        finally:
            cluster.stop()


if __name__ == "__main__":
    main()
