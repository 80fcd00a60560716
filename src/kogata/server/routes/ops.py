"""GET /health, /ready, /metrics: for probes and scrapers, open even when API keys are required."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from ..deps import LifecycleDep, MetricsDep, RuntimeDep
from ..responses import Health, Readiness

router = APIRouter()


@router.get("/health", responses={200: {"model": Health}})
async def health(runtime: RuntimeDep):
    """The process answers (liveness), with each loaded chat engine's statistics."""
    return {"status": "ok", "models": runtime.stats()}


@router.get("/ready", responses={200: {"model": Readiness, "description": "ready"},
                                 503: {"model": Readiness, "description": "loading, failed to load, or shutting down"}})
async def ready(lifecycle: LifecycleDep):
    """200 once the configured models are loaded; 503 while loading, after a failed load and while
    shutting down."""
    return JSONResponse(lifecycle.status(), status_code=200 if lifecycle.ready else 503)


@router.get("/metrics", responses={200: {"description": "Prometheus' text format",
                                      "content": {"text/plain": {"schema": {"type": "string"}}}}})
async def metrics(server_metrics: MetricsDep):
    body, content_type = await run_in_threadpool(server_metrics.render)  # the drift gauges read SQLite
    return Response(body, media_type=content_type)
