"""Shared helpers for the HTTP benchmarks: start `kogata serve` and llama.cpp's `llama-server` on a free
loopback port, wait until they are healthy, read their peak RSS, and stream one chat completion.

Not a benchmark itself; `serve_load.py` and `prefix_cache.py` import it (they run with `benchmarks/` on
sys.path because Python puts a script's own folder there).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

import kogata
from kogata.engine.llama_model import cpu_reports_amx

HOST = "127.0.0.1"
BUILD_SCRIPT = Path(__file__).with_name("build_llama_server.sh")
LLAMA_CPP_PYTHON_VERSION = "0.3.36"


def default_llama_server_binary() -> Path:
    cache = Path(os.environ.get("KOGATA_BENCH_CACHE", Path.home() / ".cache" / "kogata-bench"))
    return cache / f"llama-server-{LLAMA_CPP_PYTHON_VERSION}" / "bin" / "llama-server"


def exit_on_sigterm() -> None:
    """Turn SIGTERM (e.g. from `timeout`) into SystemExit, so `finally:` blocks stop the servers."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------- model


@dataclass(frozen=True)
class ModelRef:
    name: str  # the name kogata serves it under
    path: Path  # the GGUF file llama-server loads


def resolve_model(model: str) -> ModelRef:
    """A model installed in KOGATA_HOME, given by name or by the path of its GGUF file."""
    from kogata.config import Settings
    from kogata.models.store import ModelStore

    store = ModelStore(Settings().models_dir)
    if store.is_installed(model):
        return ModelRef(model, Path(store.get(model).path))
    wanted = Path(model).expanduser().resolve()
    for installed in store.list():
        if Path(installed.path).resolve() == wanted:
            return ModelRef(installed.name, wanted)
    raise SystemExit(f"{model!r} is neither an installed model name nor the GGUF file of one; "
                     f"install it with `kogata pull NAME` or `kogata import NAME FILE.gguf`")


# -------------------------------------------------------------------------------------------- servers


@dataclass(frozen=True)
class ServerConfig:
    model: ModelRef
    parallel: int
    ctx_size: int  # total KV cells, shared by all slots
    threads: int
    batch_size: int = 512  # kogata's default n_batch; n_ubatch is min(batch, 512) in both
    llama_server_bin: Path = field(default_factory=default_llama_server_binary)
    llama_server_args: tuple[str, ...] = ()  # appended to llama-server's command line
    env: tuple[tuple[str, str], ...] = ()  # set in the server's environment (KOGATA_ENGINE__QUEUE_SIZE…)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def llama_server_help(binary: Path) -> str:
    out = subprocess.run([str(binary), "--help"], check=False, capture_output=True, text=True, timeout=60)
    return out.stdout + out.stderr


def kogata_command(cfg: ServerConfig, port: int) -> list[str]:
    return [sys.executable, "-m", "kogata", "serve", "--host", HOST, "--port", str(port),
            "--model", cfg.model.name, "--parallel", str(cfg.parallel), "--ctx-size", str(cfg.ctx_size),
            "--threads", str(cfg.threads)]


def llama_server_command(cfg: ServerConfig, port: int) -> list[str]:
    binary = cfg.llama_server_bin
    if not binary.exists():
        raise SystemExit(f"llama-server not found at {binary}; build it with `bash {BUILD_SCRIPT}` "
                         f"or pass --llama-server-bin")
    help_text = llama_server_help(binary)
    cmd = [str(binary), "--model", str(cfg.model.path), "--host", HOST, "--port", str(port),
           "--threads", str(cfg.threads), "--threads-batch", str(cfg.threads),
           "--ctx-size", str(cfg.ctx_size), "--parallel", str(cfg.parallel),
           "--batch-size", str(cfg.batch_size), "--ubatch-size", str(min(cfg.batch_size, 512))]
    if "--kv-unified" in help_text:  # kogata keeps one KV pool shared by all sequences
        cmd.append("--kv-unified")
    if "--no-webui" in help_text:
        cmd.append("--no-webui")
    if cpu_reports_amx() and "--no-repack" in help_text:  # as kogata loads models there (engine/llama_model.py)
        cmd.append("--no-repack")
    return cmd + list(cfg.llama_server_args)


def python_llama(path: Path, **kwargs):
    """llama-cpp-python's `Llama`, its weights in the buffers kogata uses (engine/llama_model.model_params)."""
    import llama_cpp
    import llama_cpp.llama_cpp as ll

    default = ll.llama_model_default_params

    def params():
        p = default()
        p.use_extra_bufts = not cpu_reports_amx()
        return p

    ll.llama_model_default_params = params  # Llama() starts from these
    try:
        return llama_cpp.Llama(str(path), verbose=False, **kwargs)
    finally:
        ll.llama_model_default_params = default


def server_env(name: str) -> dict[str, str]:
    """The environment a server starts with: this process's, except that llama-server does not inherit
    the OpenMP spin setting importing kogata made (kogata/__init__.py); it runs as its users run it."""
    env = dict(os.environ)
    if name != "kogata" and kogata.SPIN_DEFAULTED:
        env.pop("GOMP_SPINCOUNT", None)
    return env


class ManagedServer:
    """A server process this benchmark started (or an already-running one, given by URL)."""

    def __init__(self, name: str, base_url: str, proc: subprocess.Popen | None, log_path: Path | None,
                 command: list[str] | None):
        self.name, self.base_url, self.proc, self.log_path, self.command = name, base_url, proc, log_path, command

    @classmethod
    def start(cls, name: str, cfg: ServerConfig, *, timeout: float = 300.0) -> ManagedServer:
        port = free_port()
        command = kogata_command(cfg, port) if name == "kogata" else llama_server_command(cfg, port)
        fd, log_path = tempfile.mkstemp(prefix=f"bench-{name}-", suffix=".log")
        log(f"starting {name}: {' '.join(command)} (log: {log_path})")
        with os.fdopen(fd, "wb") as log_file:  # the child keeps its own copy of the descriptor
            proc = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    env={**server_env(name), **dict(cfg.env)})
        server = cls(name, f"http://{HOST}:{port}", proc, Path(log_path), command)
        server.wait_healthy(timeout)
        return server

    @classmethod
    def external(cls, name: str, base_url: str) -> ManagedServer:
        server = cls(name, base_url.rstrip("/").removesuffix("/v1"), None, None, None)
        server.wait_healthy(30.0)
        return server

    def wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise SystemExit(f"{self.name} exited with {self.proc.returncode}; see {self.log_path}")
            ready = "/ready" if self.name == "kogata" else "/health"  # kogata answers /health while loading
            try:
                if httpx.get(f"{self.base_url}{ready}", timeout=5.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        self.stop()
        raise SystemExit(f"{self.name} did not become healthy within {timeout:.0f}s; see {self.log_path}")

    def peak_rss_mb(self) -> float | None:
        """Peak resident set size of the server process, or None for an external server.

        Linux's VmHWM is the exact high-water mark (psutil has no peak RSS on Linux, so it is not used).
        """
        if self.proc is None:
            return None
        status = Path(f"/proc/{self.proc.pid}/status").read_text()
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
        return None

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


# ----------------------------------------------------------------------------------------- streaming


@dataclass
class StreamResult:
    ok: bool
    latency_s: float  # request sent -> stream finished
    ttft_s: float | None  # request sent -> first non-empty content delta
    completion_tokens: int  # from usage; content chunks when the server sends no usage
    prompt_tokens: int | None
    usage_reported: bool
    gaps_s: list[float]  # pauses between consecutive content chunks (stalls show up as long ones)
    finish_reason: str | None = None
    error: str | None = None
    extra: dict = field(default_factory=dict)  # llama-server's "timings", kogata's usage details

    @property
    def cached_tokens(self) -> int | None:
        """Prompt tokens the server reused from its cache, as it reports them (None if it does not)."""
        details = self.extra.get("prompt_tokens_details") or {}
        cached = details.get("cached_tokens", (self.extra.get("timings") or {}).get("cache_n"))
        return None if cached is None else int(cached)


def chat_body(model: str, messages: list[dict], *, max_tokens: int, temperature: float, seed: int | None,
              extra: dict | None = None) -> dict:
    """One streaming chat request; sampling fields spelled out so both servers sample alike."""
    body = {
        "model": model, "messages": messages, "max_tokens": max_tokens, "temperature": temperature,
        "top_p": 0.95, "top_k": 40, "min_p": 0.05, "repeat_penalty": 1.0,
        "stream": True, "stream_options": {"include_usage": True},
    }
    if seed is not None:
        body["seed"] = seed
    return {**body, **(extra or {})}


async def stream_chat(client: httpx.AsyncClient, base_url: str, body: dict) -> StreamResult:
    start = time.perf_counter()
    first = last = None
    chunks, gaps = 0, []
    usage, finish, error, extra = None, None, None, {}
    try:
        async with client.stream("POST", f"{base_url}/v1/chat/completions", json=body) as resp:
            if resp.status_code != 200:
                text = (await resp.aread()).decode(errors="replace")
                return _failed(start, f"HTTP {resp.status_code}: {text[:200]}")
            async for line in resp.aiter_lines():
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    break
                event = json.loads(data)
                if "error" in event:
                    error = json.dumps(event["error"])[:200]
                    break
                usage = event.get("usage") or usage
                if "timings" in event:
                    extra["timings"] = event["timings"]
                for choice in event.get("choices") or []:
                    finish = choice.get("finish_reason") or finish
                    if (choice.get("delta") or {}).get("content"):
                        now = time.perf_counter()
                        first = first or now
                        if last is not None:
                            gaps.append(now - last)
                        last = now
                        chunks += 1
    except (httpx.HTTPError, json.JSONDecodeError) as exc:
        return _failed(start, f"{type(exc).__name__}: {exc}")
    end = time.perf_counter()
    if usage and usage.get("prompt_tokens_details"):
        extra["prompt_tokens_details"] = usage["prompt_tokens_details"]
    return StreamResult(
        ok=error is None, latency_s=end - start, ttft_s=None if first is None else first - start,
        completion_tokens=int(usage["completion_tokens"]) if usage else chunks,
        prompt_tokens=int(usage["prompt_tokens"]) if usage else None, usage_reported=usage is not None,
        gaps_s=gaps, finish_reason=finish, error=error, extra=extra,
    )


def _failed(start: float, error: str) -> StreamResult:
    return StreamResult(ok=False, latency_s=time.perf_counter() - start, ttft_s=None, completion_tokens=0,
                        prompt_tokens=None, usage_reported=False, gaps_s=[], error=error)
