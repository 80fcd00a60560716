"""GET /health, /ready, /metrics: for probes and scrapers, open even when API keys are required."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response

from ..deps import LifecycleDep, MetricsDep, RuntimeDep

router = APIRouter()


@router.get("/health")
async def health(runtime: RuntimeDep):
    """The process answers (liveness), with each loaded chat engine's statistics."""
    return {"status": "ok", "models": runtime.stats()}


@router.get("/ready")
async def ready(lifecycle: LifecycleDep):
    """200 once the configured models are loaded; 503 while loading, after a failed load and while
    shutting down."""
    return JSONResponse(lifecycle.status(), status_code=200 if lifecycle.ready else 503)


@router.get("/metrics")
async def metrics(server_metrics: MetricsDep):
    body, content_type = server_metrics.render()
    return Response(body, media_type=content_type)
