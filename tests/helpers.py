"""Helpers shared by the tests: free ports, servers in threads and processes."""

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerThread:
    """A real uvicorn server on 127.0.0.1 in a background thread."""

    def __init__(self, app):
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.thread.start()
        deadline = time.time() + 10
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)


def kogata_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "kogata", *args]


def run_kogata(home: Path, *args: str, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "KOGATA_HOME": str(home)}
    return subprocess.run(kogata_cmd(*args), env=env, capture_output=True, text=True, **kw)


def start_serving(env: dict, log: Path, *args: str, timeout_s: float = 120) -> tuple[subprocess.Popen, str]:
    """`kogata serve ARGS` on a free loopback port, its output into `log`: the process and its URL,
    once /ready says 200 (a process that exits or is not ready in time is killed, its log raised)."""
    port = free_port()
    with open(log, "w") as out:
        proc = subprocess.Popen(kogata_cmd("serve", "--port", str(port), *args), env=env,
                                stdout=out, stderr=subprocess.STDOUT)
    return proc, url_once_ready(proc, f"http://127.0.0.1:{port}", log, timeout_s, poll_s=0.3)


def url_once_ready(proc: subprocess.Popen, url: str, log: Path, timeout_s: float, poll_s: float) -> str:
    """`url` once its /ready says 200; a server process that exits or is not ready in time is killed,
    its log raised."""
    deadline = time.time() + timeout_s
    while True:
        try:
            if httpx.get(f"{url}/ready", timeout=2).status_code == 200:
                return url
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            raise RuntimeError(f"the server did not start:\n{log.read_text()}")
        time.sleep(poll_s)


@contextlib.contextmanager
def kogata_serve(home: Path, log: Path, *args: str, env: dict[str, str] | None = None):
    """A real `kogata serve` process on a free loopback port; yields its URL once /ready says 200."""
    proc, url = start_serving({**os.environ, "KOGATA_HOME": str(home), **(env or {})}, log, *args)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


class RememberingEmbedder:
    """The real embedder, each text embedded once: every store given it gets bit-identical vectors."""

    def __init__(self, engine):
        self.engine, self.info, self._seen = engine, engine.info, {}

    def embed(self, texts, input_type="query"):
        missing = [t for t in dict.fromkeys(texts) if (input_type, t) not in self._seen]
        if missing:
            vectors, _ = self.engine.embed(missing, input_type)
            self._seen.update({(input_type, t): v for t, v in zip(missing, vectors)})
        return [self._seen[(input_type, t)] for t in texts], 0

    def count_tokens(self, text):
        return self.engine.count_tokens(text)


def same_up_to_a_near_tie(first, second, gap: float = 0.5) -> bool:
    """Two greedy generations (`collect()` results with top-2 logprobs) of one prompt: the same text, or
    one that departs where the first run's two best tokens were within `gap` nats (decoding beside
    other requests, or from cells restored elsewhere in the cache, rounds differently)."""
    if first[0] == second[0]:
        return True
    at = next(i for i, (a, b) in enumerate(zip(first[2], second[2])) if a.token != b.token)
    best, runner_up = first[2][at].top_logprobs[:2]
    return best.logprob - runner_up.logprob < gap
