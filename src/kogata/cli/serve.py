"""`kogata serve`: the OpenAI-compatible server."""

from __future__ import annotations

import logging
import sys

import click

from ..config import EngineSettings, ServerSettings, UpstreamSettings
from ..kb.answer import JAPANESE_ANSWERER
from ..models.adapters import adapter_store
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
@click.option("--ray", "on_ray", is_flag=True, help="serve on a Ray cluster with Ray Serve (needs kogata[cluster])")
@click.option("--ray-address", default="local", show_default=True, metavar="ADDR",
              help="with --ray: the cluster (host:port, auto, or local: this machine's, started if none runs)")
@click.option("--replicas", type=click.IntRange(1), default=1, show_default=True, help="with --ray: engines, one per replica")
@click.option("--autoscale", metavar="MIN:MAX", help="with --ray: scale between MIN and MAX replicas by load")
@click.option("--target-ongoing", type=click.FloatRange(min=0.1),
              help="with --autoscale: requests in flight per replica to aim for  [default: --parallel]")
@click.option("--upscale-delay", type=click.FloatRange(min=0), metavar="SECONDS",
              help="with --autoscale: load above target this long adds a replica  [default: Ray Serve's, 30]")
@click.option("--downscale-delay", type=click.FloatRange(min=0), metavar="SECONDS",
              help="with --autoscale: load below target this long removes one, which finishes its requests first  [default: 600]")
@click.option("--autoscale-window", type=click.FloatRange(min=0.3), metavar="SECONDS",
              help="with --autoscale: load is averaged over this window, reported every third of it  [default: 30]")
@click.option("--prefix-routing/--no-prefix-routing", default=True, show_default=True,
              help="with --ray: send requests that begin alike to the replica that has that beginning cached")
@click.pass_context
def serve(ctx, host, port, model, ctx_size, parallel, threads, insecure, upstream_url, upstream_model,
          on_ray, ray_address, replicas, autoscale, target_ongoing, upscale_delay, downscale_delay, autoscale_window,
          prefix_routing):
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
    adapters = adapter_store(s)
    if s.server.japanese_answers and adapters.exists(JAPANESE_ANSWERER):
        ensure_installed(store, adapters.get(JAPANESE_ANSWERER).base)
    configure_logging()
    if s.upstream.url:
        click.echo(f'"model": "auto" escalates to {s.upstream.model} at {s.upstream.url}', err=True)
    if on_ray:
        return serve_on_ray(s, ray_address, replicas, autoscale, target_ongoing, prefix_routing,
                            (upscale_delay, downscale_delay, autoscale_window))
    click.echo(f"kogata serving {s.server.model} on http://{s.server.host}:{s.server.port}/v1", err=True)
    tune_malloc()
    runner.run(create_app(s), s)


def serve_on_ray(s, address: str, replicas: int, autoscale: str | None, target_ongoing: float | None,
                 prefix_routing: bool, timing: tuple[float | None, float | None, float | None]) -> None:
    """Deploy on the cluster, then hold until SIGTERM/SIGINT, when the application is deleted (Ray Serve
    lets the replicas finish what they are answering)."""
    import signal
    import threading

    from ..cluster import ClusterError, connect

    bounds = None
    if autoscale:
        low, sep, high = autoscale.partition(":")
        if not (sep and low.isdigit() and high.isdigit() and 0 < int(low) <= int(high)):
            raise click.BadParameter(f"give MIN:MAX with 0 < MIN <= MAX, not {autoscale!r}", param_hint="--autoscale")
        bounds = (int(low), int(high))
    elif any(value is not None for value in timing):
        raise click.UsageError("--upscale-delay, --downscale-delay and --autoscale-window go with --autoscale")
    connect(address)
    from ..server.ray_serve import Scaling, ServeConflict, deploy, undeploy

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    try:
        deploy(s, Scaling(replicas, bounds, target_ongoing, prefix_routing, *timing))
    except ServeConflict as e:
        raise ClusterError(str(e)) from None
    except Exception as e:  # noqa: BLE001  (Ray's deployment errors are long; their first line says it)
        raise ClusterError(f"the deployment on Ray failed: {str(e).strip().splitlines()[0]}") from None
    what = f"{bounds[0]}-{bounds[1]} replicas" if bounds else f"{replicas} replica{'s' * (replicas > 1)}"
    click.echo(f"kogata serving {s.server.model} on Ray ({what}) at http://{s.server.host}:{s.server.port}/v1", err=True)
    stop.wait()
    click.echo("stopping: replicas finish what they are answering", err=True)
    undeploy()


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
