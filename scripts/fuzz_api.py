"""A longer fuzzing run of every HTTP route than the tests make (issue 19), with schemathesis's engine:
the same document, known names and checks as tests/fast/test_fuzz_api.py (tests/fuzzing.py), every phase
(examples, coverage, fuzzing, stateful), going on after failures.

    python scripts/fuzz_api.py --examples 200                      # the fake-engine server, in this process
    python scripts/fuzz_api.py --examples 50 --url http://127.0.0.1:8080   # a running `kogata serve`

Against a running server the collection "docs" and the template set "replies" are created in its home
(use a home of its own: fuzzed requests create and delete collections, templates and models), and
generation is not bounded as tests/real/test_fuzz_real.py bounds it: with real models, a fuzzed request
may ask for 16 choices of a whole context each.
Prints JSON lines: one per operation ({"operation", "requests", "status": {"2xx", ...}, "5xx",
"failures": {kind: count}}), then {"summary": {...}} with the totals, the time taken, and whether /health
still answered after the run. Exits 1 when a check failed or /health did not answer.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "fast")]  # fuzzing.py, and the fake-engine server

import httpx  # noqa: E402
import schemathesis  # noqa: E402
from schemathesis.engine import Status, events, from_schema  # noqa: E402

from fuzzing import Known, config, seed  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=100, help="examples per operation (fuzzing phase)")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--url", help="a running kogata serve (default: the fake-engine server, in this process)")
    parser.add_argument("--chat-model", default="smollm2-135m", help="with --url: the chat model it serves")
    parser.add_argument("--embedding-model", default="e5-small", help="with --url: an installed embedding model")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        if args.url:
            url, known = args.url.rstrip("/"), Known([args.chat_model], [args.embedding_model])
            embedding_model = args.embedding_model
        else:
            from test_fuzz_api import KNOWN, fake_server

            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            (scratch / "home").mkdir()
            server = stack.enter_context(fake_server(scratch / "home", scratch))
            url, known, embedding_model = server.url, KNOWN, "fake-embed"
        return fuzz(url, known, embedding_model, examples=args.examples, seed_=args.seed, target=args.url or "fake")


def fuzz(url: str, known: Known, embedding_model: str, *, examples: int, seed_: int, target: str) -> int:
    seed(url, embedding_model=embedding_model)
    settings = config(known, max_examples=examples, seed=seed_, **{"base-url": url, "continue-on-failure": True})
    schema = schemathesis.openapi.from_url(f"{url}/openapi.json", config=settings)
    requests: dict[str, Counter] = defaultdict(Counter)  # operation -> status class -> count
    failures: dict[str, Counter] = defaultdict(Counter)  # operation -> failure kind -> count
    started = time.monotonic()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            recorder = event.recorder
            for case_id, interaction in recorder.interactions.items():
                label = recorder.cases[case_id].value.operation.label
                status = interaction.response.status_code if interaction.response is not None else 0
                requests[label][f"{status // 100}xx" if status else "no answer"] += 1
            for nodes in recorder.checks.values():
                for node in nodes:
                    if node.status == Status.FAILURE and node.failure_info is not None:
                        failure = node.failure_info.failure
                        failures[failure.operation or event.label or "?"][f"{failure.code} {failure.kind_title}"] += 1
        elif isinstance(event, events.FatalError):
            print(json.dumps({"fatal": str(event.exception)}), flush=True)
            return 1
    seconds = time.monotonic() - started
    for label in sorted(set(requests) | set(failures)):
        print(json.dumps({"operation": label, "requests": sum(requests[label].values()),
                          "status": dict(sorted(requests[label].items())), "5xx": requests[label]["5xx"],
                          "failures": dict(failures[label])}, ensure_ascii=False), flush=True)
    try:
        health = httpx.get(f"{url}/health", timeout=10)
        alive = health.status_code == 200 and health.json().get("status") == "ok"
    except httpx.HTTPError:
        alive = False
    kinds = sum((failures[label] for label in failures), Counter())
    summary = {"target": target, "examples": examples, "seed": seed_, "operations": len(requests),
               "requests": sum(sum(c.values()) for c in requests.values()),
               "5xx": sum(c["5xx"] for c in requests.values()), "failures": dict(kinds),
               "seconds": round(seconds, 1), "health_after": alive}
    print(json.dumps({"summary": summary}, ensure_ascii=False), flush=True)
    return 0 if alive and not kinds else 1


if __name__ == "__main__":
    sys.exit(main())
