"""What shared state in PostgreSQL costs each request under `kogata serve --ray`: the figures behind
docs/scaling.md's "where PostgreSQL becomes the limit".

    python benchmarks/pg_state.py [--ops 4000] [--threads 1,8]

Starts a throwaway PostgreSQL 15 (Debian's, as the tests do) and times, from `--threads` threads at
once, the calls a replica makes: a rate-limit admit (one round trip per request of a key with limits;
the key's minute of rows is counted each time, so it also reports the latency at the end of a minute of
--ops requests against its start), a token charge (keys with a tokens-per-minute limit), an audit entry
(each upstream call), and the key table re-read (each replica, every 0.5 s, here with 200 keys). The
same calls against the one-machine stores (in-process limiter, SQLite audit file) in the same run.
Prints JSON lines: calls/s and latency p50/p99 in ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from postgres_fixture import PostgresServer  # noqa: E402  (a throwaway server, shared with the tests)

from kogata.route.audit import AuditLog, PostgresAuditLog  # noqa: E402
from kogata.server.ratelimit import RateLimiter, SharedRateLimiter  # noqa: E402
from kogata.store.keys import PostgresKeyStore  # noqa: E402


def emit(record: dict) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def timed(call, ops: int, threads: int) -> tuple[float, list[float]]:
    """Calls per second of `ops` calls from `threads` threads, and each call's seconds."""
    def one(i: int) -> float:
        start = time.perf_counter()
        call(i)
        return time.perf_counter() - start
    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        latencies = list(pool.map(one, range(ops)))
    return ops / (time.perf_counter() - start), latencies


def report(what: str, store: str, threads: int, rate: float, latencies: list[float], **extra) -> None:
    ordered = sorted(latencies)
    emit({"call": what, "store": store, "threads": threads, "calls_per_s": round(rate, 1),
          "p50_ms": round(1000 * statistics.median(ordered), 3),
          "p99_ms": round(1000 * ordered[int(0.99 * (len(ordered) - 1))], 3), **extra})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ops", type=int, default=4000)
    parser.add_argument("--threads", default="1,8")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    server = PostgresServer(root)
    server.start()
    try:
        url = server.new_database()
        keys = PostgresKeyStore(url)
        for n in range(200):
            keys.create(f"user-{n}", rpm=1_000_000, tpm=2_000_000_000)
        limited = keys.active()[0]
        audit_text = "田中太郎さん (<PERSON_1>, <EMAIL_1>) に報告書を送るよう伝えてください。" * 4
        for threads in (int(t) for t in args.threads.split(",")):
            shared, local = SharedRateLimiter(url), RateLimiter()
            for store, limiter in (("postgres", shared), ("in-process", local)):
                rate, latencies = timed(lambda i, lim=limiter: lim.admit(limited), args.ops, threads)
                head, tail = latencies[: args.ops // 10], latencies[-args.ops // 10:]
                report("rate-limit admit", store, threads, rate, latencies,
                       first_tenth_p50_ms=round(1000 * statistics.median(head), 3),
                       last_tenth_p50_ms=round(1000 * statistics.median(tail), 3))
                rate, latencies = timed(lambda i, lim=limiter: lim.charge(limited, 120), args.ops, threads)
                report("token charge", store, threads, rate, latencies)
            with tempfile.TemporaryDirectory() as folder:
                for store, log in (("postgres", PostgresAuditLog(url)), ("sqlite", AuditLog(Path(folder) / "audit.db"))):
                    rate, latencies = timed(lambda i, log=log: log.record(
                        reason="low_confidence", endpoint="/v1/chat/completions", sent=audit_text, model="big-model",
                        redacted={"PERSON": 1, "EMAIL": 1}, prompt_tokens=80, completion_tokens=40), args.ops // 4, threads)
                    report("audit entry", store, threads, rate, latencies)
            rate, latencies = timed(lambda i: keys.active(), args.ops // 10, threads)
            report("key table re-read (200 keys)", "postgres", threads, rate, latencies)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
