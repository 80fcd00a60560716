"""Helpers shared by the tests: free ports, servers in threads and processes."""

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

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
