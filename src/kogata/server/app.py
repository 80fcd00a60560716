"""create_app(settings): the OpenAI-compatible HTTP server as a FastAPI application."""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..config import Settings
from ..kb import knowledge_base
from ..learn.drift import every_drift
from ..learn.records import LearningStore
from ..tasks.classifier.store import classifier_store
from ..route.upstream import UpstreamClient
from ..runtime import Runtime
from ..store.keys import key_store
from . import openapi
from .auth import ApiKeyAuth, KeyCache
from .errors import BodySizeLimit, install_error_handlers
from .lifecycle import Lifecycle, LifecycleGate, load_models
from .metrics import ServerMetrics
from .ratelimit import rate_limiter
from .remember import pair_keeper
from .routing import Routing
from .generation import LatestRequests
from .origin import OriginGuard
from .routes import (adapters_api, chat, classify, cluster, completions, console, console_api, embeddings, extract, kb,
                     learning, model_pull, models, ollama, ollama_generate, ops, privacy, reports, respond)
from .telemetry import RequestTelemetry


def create_app(settings: Settings, runtime: Runtime | None = None, *, preload: bool = True) -> FastAPI:
    """Build the app. Without `runtime`, one is made from `settings` and closed on shutdown;
    with `preload`, the configured models are loaded in the background at start (/ready says when)."""
    owned = runtime is None
    rt = runtime if runtime is not None else Runtime(settings)
    lifecycle = Lifecycle(settings.server.shutdown_timeout_s)
    knowledge = knowledge_base(settings, rt.embedder)
    answers = LearningStore(settings.learning_path, max_records=settings.learning.max_records) if settings.learning.record else None
    metrics = ServerMetrics(rt, in_flight=lambda: lifecycle.in_flight, ready=lambda: lifecycle.ready,
                            collections=lambda: [knowledge.describe(name) for name in knowledge.names()],
                            drift=lambda: every_drift(answers, classifier_store(settings),
                                                      settings.learning.drift) if answers is not None else [])

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        loading = None
        if preload:
            loading = asyncio.create_task(lifecycle.preload(lambda: load_models(rt, settings)))
        else:
            lifecycle.loaded = True
        try:
            yield
        finally:
            if loading is not None:
                loading.cancel()
            if answers is not None:
                answers.close()
            keys.close()
            if owned:
                await run_in_threadpool(rt.close)

    app = FastAPI(title="kogata", version=__version__, lifespan=lifespan)
    app.state.runtime = rt
    app.state.settings = settings
    app.state.routing = Routing(settings, rt, UpstreamClient.from_settings(settings.upstream),
                                keep=pair_keeper(answers if settings.learning.keep_upstream_answers else None))
    app.state.kb = knowledge
    app.state.learning = answers
    app.state.retrain_jobs = {}
    app.state.lifecycle = lifecycle
    app.state.metrics = metrics
    app.state.latest_requests = LatestRequests()
    # Added innermost first: telemetry sees every answer, including the gate's and auth's refusals.
    app.add_middleware(BodySizeLimit, limit=settings.server.max_body_bytes,
                       upload_limit=settings.server.max_upload_bytes)
    keys = KeyCache(key_store(settings))
    app.add_middleware(ApiKeyAuth, keys=keys, limiter=rate_limiter(settings))
    app.add_middleware(OriginGuard, keys=keys, allowed_hosts=settings.server.allowed_hosts)
    app.add_middleware(LifecycleGate, lifecycle=lifecycle)
    # model_pull before models: /v1/models/catalog is not a model named "catalog".
    routers = [module.router for module in (adapters_api, chat, classify, cluster, completions, console_api, embeddings, extract,
                                            kb, learning, model_pull, models, ollama, ollama_generate, ops, privacy, reports, respond)]
    routes = [r for router in routers for r in router.routes]
    install_error_handlers(app, routes)
    app.add_middleware(RequestTelemetry, metrics=metrics, routes=routes, log_prompts=settings.server.log_prompts)
    for router in routers:
        app.include_router(router)
    console.install(app)
    openapi.install(app)
    return app
