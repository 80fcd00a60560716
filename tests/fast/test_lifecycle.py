"""Readiness, graceful shutdown on SIGTERM, the config file and the refusal to serve beyond
loopback without an API key."""

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from fakes import FakeChatEngine
from helpers import free_port, url_once_ready
from kogata.config import EngineSettings
from kogata.cli import main
from kogata.errors import ModelNotFound
from kogata.runtime import Runtime
from kogata.server import runner
from kogata.server.app import create_app
from kogata.store.keys import KeyStore

FAKE_SERVER = Path(__file__).with_name("fake_server.py")


class GatedRuntime(Runtime):
    """Loading the chat model waits until the test opens the gate (or fails, if told to)."""

    def __init__(self, settings, fail=False):
        super().__init__(settings, chat_engines={"fake-chat": FakeChatEngine()})
        self.gate = threading.Event()
        self.fail = fail

    def chat(self, name):
        self.gate.wait(10)
        if self.fail:
            raise ModelNotFound(f"the model '{name}' is not installed")
        return super().chat(name)


def wait_ready(client, status, timeout=5.0):
    deadline = time.time() + timeout
    while (r := client.get("/ready")).status_code != status and time.time() < deadline:
        time.sleep(0.02)
    return r


def test_ready_once_the_configured_models_are_loaded(settings):
    settings.server.model, settings.server.embedding_model = "fake-chat", None
    runtime = GatedRuntime(settings)
    with TestClient(create_app(settings, runtime)) as client:
        r = client.get("/ready")
        assert (r.status_code, r.json()) == (503, {"status": "loading"})
        assert client.get("/health").status_code == 200  # alive while loading
        runtime.gate.set()
        r = wait_ready(client, 200)
        assert (r.status_code, r.json()) == (200, {"status": "ready"})


def test_failed_load_is_reported_on_ready(settings):
    settings.server.model, settings.server.embedding_model = "fake-chat", None
    runtime = GatedRuntime(settings, fail=True)
    runtime.gate.set()
    with TestClient(create_app(settings, runtime)) as client:
        deadline = time.time() + 5
        while (r := client.get("/ready")).json()["status"] == "loading" and time.time() < deadline:
            time.sleep(0.02)
        assert r.status_code == 503
        assert r.json() == {"status": "failed", "error": "the model 'fake-chat' is not installed"}


def read_stream(url, body, first_chunk: threading.Event, out: dict):
    lines = []
    try:
        with httpx.stream("POST", f"{url}/v1/chat/completions", json=body, timeout=30) as r:
            out["status"] = r.status_code
            for line in r.iter_lines():
                if line.startswith("data: "):
                    lines.append(line[6:])
                    if '"content": "w' in line:
                        first_chunk.set()
    except httpx.HTTPError as e:
        out["error"] = repr(e)
    first_chunk.set()
    out["lines"] = lines


def start_fake_server(tmp_path, shutdown_timeout_s):
    port = free_port()
    env = {**os.environ, "KOGATA_HOME": str(tmp_path / "home")}
    with open(tmp_path / "server.log", "w") as log:  # the child keeps its own descriptor
        proc = subprocess.Popen([sys.executable, str(FAKE_SERVER), str(port), str(shutdown_timeout_s)],
                                env=env, stdout=log, stderr=subprocess.STDOUT)
    return proc, url_once_ready(proc, f"http://127.0.0.1:{port}", tmp_path / "server.log", 30, poll_s=0.05)


def test_sigterm_lets_streams_end_properly_and_refuses_new_requests(tmp_path):
    proc, url = start_fake_server(tmp_path, shutdown_timeout_s=1.5)
    try:
        # Two answers finish within the shutdown timeout (20 words: 1 s), two do not (300 words: 15 s).
        lengths = [20, 20, 300, 300]
        streams = []
        for n in lengths:
            words = " ".join(f"w{i}" for i in range(n))
            body = {"model": "fake-chat", "messages": [{"role": "user", "content": words}],
                    "max_tokens": n, "stream": True}
            started, out = threading.Event(), {}
            t = threading.Thread(target=read_stream, args=(url, body, started, out), daemon=True)
            t.start()
            streams.append((t, started, out))
        for _, started, _ in streams:
            assert started.wait(10)
        proc.send_signal(signal.SIGTERM)
        time.sleep(0.3)
        refused = httpx.post(f"{url}/v1/chat/completions", timeout=5,
                             json={"model": "fake-chat", "messages": [{"role": "user", "content": "hi"}]})
        assert refused.status_code == 503 and refused.json()["error"]["code"] == "server_shutting_down"
        assert refused.headers["retry-after"] and refused.headers["connection"] == "close"
        assert httpx.get(f"{url}/ready", timeout=5).json() == {"status": "shutting_down"}
        for t, _, _ in streams:
            t.join(20)
        proc.wait(20)
    finally:
        if proc.poll() is None:
            proc.kill()
    log = (tmp_path / "server.log").read_text()
    for n, (_, _, out) in zip(lengths, streams):
        assert out.get("status") == 200 and "error" not in out, (out, log)
        lines = out["lines"]
        assert lines[-1] == "[DONE]", (n, lines[-3:], log)
        last = json.loads(lines[-2])
        if n == 20:  # finished within the timeout
            assert last["choices"][0]["finish_reason"] == "stop"
            text = "".join(json.loads(x)["choices"][0]["delta"].get("content", "") for x in lines[:-1])
            assert len(text.split()) == 20
        else:  # stopped at the timeout, with a final error event
            assert last["error"]["code"] == "server_shutting_down", last
    assert "Traceback" not in log, log


def serve(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def no_serving(monkeypatch):
    """`kogata serve` up to the point of listening: what it would serve with is recorded."""
    seen = {}
    monkeypatch.setattr("kogata.cli.serve.ensure_installed", lambda store, name: None)
    monkeypatch.setattr("kogata.cli.serve.configure_logging", lambda: None)
    monkeypatch.setattr(runner, "run", lambda app, settings: seen.update(settings=settings))
    return seen


def assert_one_line_error(result, starts_with, code=1):
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {starts_with}"), result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "myhost.example"])
def test_public_host_without_a_key_is_refused(no_serving, host):
    assert_one_line_error(serve("serve", "--host", host), f"refusing to serve on {host} without an API key")
    assert "settings" not in no_serving


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_loopback_needs_no_key(no_serving, host):
    assert serve("serve", "--host", host).exit_code == 0
    assert no_serving["settings"].server.host == host


def test_public_host_with_a_key_or_insecure(no_serving, settings, monkeypatch):
    assert serve("serve", "--host", "0.0.0.0", "--insecure").exit_code == 0
    monkeypatch.setenv("KOGATA_SERVER__INSECURE", "true")
    assert serve("serve", "--host", "0.0.0.0").exit_code == 0
    monkeypatch.delenv("KOGATA_SERVER__INSECURE")
    KeyStore(settings.keys_path).create("ops")
    assert serve("serve", "--host", "0.0.0.0").exit_code == 0


def test_config_file_precedence(no_serving, kogata_home, tmp_path, monkeypatch):
    kogata_home.mkdir(parents=True, exist_ok=True)
    (kogata_home / "config.toml").write_text(
        '[server]\nport = 9001\nmodel = "file-model"\nhost = "127.0.0.3"\nlog_prompts = true\n'
        '[engine]\nparallel = 3\nthreads = 5\n')
    monkeypatch.setenv("KOGATA_SERVER__PORT", "9002")
    monkeypatch.setenv("KOGATA_ENGINE__THREADS", "6")
    assert serve("serve", "--model", "flag-model", "--threads", "7").exit_code == 0
    s = no_serving["settings"]
    assert s.server.model == "flag-model"  # flag > file
    assert s.engine.threads == 7  # flag > env > file
    assert s.server.port == 9002  # env > file
    assert (s.server.host, s.server.log_prompts, s.engine.parallel) == ("127.0.0.3", True, 3)  # file > default
    assert s.engine.ctx_size == EngineSettings.model_fields["ctx_size"].default  # default

    other = tmp_path / "other.toml"
    other.write_text("[engine]\nparallel = 5\n")
    assert serve("--config", other, "serve").exit_code == 0
    s = no_serving["settings"]
    assert (s.engine.parallel, s.server.model) == (5, "smollm2-135m")  # --config replaces the home file


@pytest.mark.parametrize("text,message", [
    ("[server]\nbogus = 1\n", "unknown setting 'server.bogus'"),
    ("colour = 'blue'\n", "unknown setting 'colour'"),
    ("[server\n", "is not valid TOML"),
])
def test_config_file_mistakes_are_one_line(no_serving, kogata_home, text, message):
    kogata_home.mkdir(parents=True, exist_ok=True)
    (kogata_home / "config.toml").write_text(text)
    result = serve("serve")
    assert_one_line_error(result, str(kogata_home / "config.toml"))
    assert message in result.stderr


def test_config_file_bad_value_and_missing_file(no_serving, kogata_home, tmp_path):
    kogata_home.mkdir(parents=True, exist_ok=True)
    (kogata_home / "config.toml").write_text("[server]\nport = 0\n")
    assert_one_line_error(serve("serve"), "invalid setting server.port", code=2)
    assert_one_line_error(serve("--config", tmp_path / "none.toml", "keys", "list"), "config file")
