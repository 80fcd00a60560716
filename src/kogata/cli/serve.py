"""`kogata serve`: the OpenAI-compatible server."""

from __future__ import annotations

import click

from ..config import EngineSettings, ServerSettings
from ..models.store import ModelStore
from . import main, settings
from .common import ensure_installed


@main.command()
@click.option("--host", help="address to bind [default: 127.0.0.1]")
@click.option("--port", type=int, help="TCP port [default: 8080]")
@click.option("--model", help="chat model to load [default: smollm2-135m]")
@click.option("--ctx-size", type=int, help="KV cache size in tokens, shared by all sequences")
@click.option("--parallel", type=int, help="sequences decoded together")
@click.option("--threads", type=int, help="CPU threads for llama.cpp")
@click.pass_context
def serve(ctx, host, port, model, ctx_size, parallel, threads):
    """Serve the OpenAI-compatible API (chat, completions, embeddings, models)."""
    import logging

    import uvicorn

    from ..server.app import create_app

    s = settings(ctx)
    given = lambda **kw: {k: v for k, v in kw.items() if v is not None}  # noqa: E731
    s.server = ServerSettings.model_validate({**s.server.model_dump(), **given(host=host, port=port, model=model)})
    s.engine = EngineSettings.model_validate(
        {**s.engine.model_dump(), **given(ctx_size=ctx_size, parallel=parallel, threads=threads)})
    store = ModelStore(s.models_dir)
    ensure_installed(store, s.server.model)
    if s.server.embedding_model:
        ensure_installed(store, s.server.embedding_model)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:     %(name)s: %(message)s")
    click.echo(f"kogata serving {s.server.model} on http://{s.server.host}:{s.server.port}/v1", err=True)
    uvicorn.run(create_app(s), host=s.server.host, port=s.server.port, log_level="info")
