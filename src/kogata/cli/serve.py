"""`kogata serve`: the OpenAI-compatible server."""

from __future__ import annotations

import logging
import sys

import click

from ..config import EngineSettings, ServerSettings, UpstreamSettings
from ..kb.answer import JAPANESE_ANSWERER
from ..models.adapters import AdapterStore
from ..models.store import ModelStore
from . import main, settings
from .common import ensure_installed


def configure_logging() -> None:
    """Diagnostics on stderr; the access log (one JSON object per request) alone on stdout."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:     %(name)s: %(message)s")
    access = logging.getLogger("kogata.access")
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    access.addHandler(handler)
    access.setLevel(logging.INFO)
    access.propagate = False


@main.command()
@click.option("--host", help="address to bind; beyond loopback it needs an API key or --insecure  [default: 127.0.0.1]")
@click.option("--port", type=int, help="TCP port  [default: 8080]")
@click.option("--model", help="chat model to load  [default: smollm2-135m]")
@click.option("--ctx-size", type=int, help="KV cache size in tokens, shared by all sequences")
@click.option("--parallel", type=int, help="sequences decoded together")
@click.option("--threads", type=int, help="CPU threads for llama.cpp")
@click.option("--insecure", is_flag=True, default=None, help="serve on a non-loopback host with no API key")
@click.option("--upstream-url", help='OpenAI-compatible API to escalate "model": "auto" to (key: KOGATA_UPSTREAM_API_KEY)')
@click.option("--upstream-model", help="the upstream's model name")
@click.pass_context
def serve(ctx, host, port, model, ctx_size, parallel, threads, insecure, upstream_url, upstream_model):
    """Serve the OpenAI-compatible API (chat, completions, embeddings, models).

    Also /health, /ready (200 once the models are loaded) and /metrics (Prometheus); one JSON
    access log line per request on stdout. SIGTERM lets requests in flight finish, for up to
    server.shutdown_timeout_s, before exiting."""
    from ..server import runner
    from ..server.app import create_app
    from ..server.auth import check_bind

    s = settings(ctx)
    given = lambda **kw: {k: v for k, v in kw.items() if v is not None}  # noqa: E731
    s.server = ServerSettings.model_validate(
        {**s.server.model_dump(), **given(host=host, port=port, model=model, insecure=insecure or None)})
    s.engine = EngineSettings.model_validate(
        {**s.engine.model_dump(), **given(ctx_size=ctx_size, parallel=parallel, threads=threads)})
    s.upstream = UpstreamSettings.model_validate(
        {**s.upstream.model_dump(), **given(url=upstream_url, model=upstream_model)})
    check_bind(s)
    store = ModelStore(s.models_dir)
    ensure_installed(store, s.server.model)
    if s.server.embedding_model:
        ensure_installed(store, s.server.embedding_model)
    adapters = AdapterStore.in_home(s.home_dir)
    if s.server.japanese_answers and adapters.exists(JAPANESE_ANSWERER):
        ensure_installed(store, adapters.get(JAPANESE_ANSWERER).base)
    configure_logging()
    click.echo(f"kogata serving {s.server.model} on http://{s.server.host}:{s.server.port}/v1", err=True)
    if s.upstream.url:
        click.echo(f'"model": "auto" escalates to {s.upstream.model} at {s.upstream.url}', err=True)
    tune_malloc()
    runner.run(create_app(s), s)


def tune_malloc(arenas: int = 2, mmap_threshold: int = 256 << 10) -> None:
    """glibc gives each thread that allocates its own malloc arena; a server's many short-lived worker
    threads then hold tens of MB that are never returned. Two arenas are plenty here.

    glibc also raises its mmap threshold each time a block it had mmapped is freed, so after the first
    request the n_vocab-entry candidate buffers of each sequence's samplers (576 KiB for SmolLM2) come
    from the heap instead; freed among long-lived small objects, they leave holes that made RSS creep
    in the soak (docs/decisions.md). A fixed threshold keeps them mmapped, returned to the system when
    the sequence ends."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    if name:
        try:
            libc = ctypes.CDLL(name)
            libc.mallopt(-8, arenas)  # M_ARENA_MAX
            libc.mallopt(-3, mmap_threshold)  # M_MMAP_THRESHOLD (setting it stops the adjustment)
        except (OSError, AttributeError):  # not glibc: nothing to tune
            pass
