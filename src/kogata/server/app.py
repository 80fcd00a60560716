"""create_app(settings): the OpenAI-compatible HTTP server as a FastAPI application."""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..config import Settings
from ..runtime import Runtime
from .errors import BodySizeLimit, install_error_handlers
from .routes import chat, completions, embeddings, models


def create_app(settings: Settings, runtime: Runtime | None = None, *, preload: bool = True) -> FastAPI:
    """Build the app. Without `runtime`, one is made from `settings` and closed on shutdown;
    with `preload`, the configured chat model is loaded before the first request."""
    owned = runtime is None
    rt = runtime if runtime is not None else Runtime(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if preload:
            await run_in_threadpool(rt.chat, settings.server.model)
        try:
            yield
        finally:
            if owned:
                await run_in_threadpool(rt.close)

    app = FastAPI(title="kogata", version=__version__, lifespan=lifespan)
    app.state.runtime = rt
    app.state.settings = settings
    install_error_handlers(app)
    app.add_middleware(BodySizeLimit, limit=settings.server.max_body_bytes)
    for module in (chat, completions, embeddings, models):
        app.include_router(module.router)
    return app
