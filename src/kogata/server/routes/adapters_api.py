"""POST /v1/adapters/{name}/retrain: retrain a LoRA specialist from its feedback in the background
(`kogata tune extract|lora NAME --from-feedback`; GET: how it went). POST /v1/adapters/{name}/rollback
puts back its previous version. The server serves the new version from the next request on."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from ...errors import InvalidRequest, KogataError
from ..deps import RuntimeDep
from ..learning_responses import RetrainJob
from ..openapi import errors
from ..responses import ModelDetails
from .console_api import RetrainBody, learning_of, retrain_job, start_retrain

router = APIRouter()
NO_ADAPTER = errors({404: "the adapter does not exist"})


@router.post("/v1/adapters/{name}/retrain", status_code=202, responses={202: {"model": RetrainJob}, **errors({
    400: "this server keeps no feedback", 404: "the adapter does not exist", 409: "a retraining of it is running"})})
async def retrain(name: str, body: RetrainBody, request: Request, runtime: RuntimeDep):
    """Start retraining the adapter on its rows and its corrections (needs the `tune` extra: PyTorch)."""
    from ...learn.adapter_retrain import retrain_adapter
    from ...tune import require_torch

    await run_in_threadpool(runtime.adapters.get, name)  # 404 first
    learning = learning_of(request)
    try:
        require_torch()
    except KogataError as e:
        raise InvalidRequest(e.message, code="tune_extra_missing") from None

    def work() -> dict[str, Any]:
        outcome, learned = retrain_adapter(runtime, learning, name, force=body.force)
        return {**outcome.to_dict(), "fresh": sum(learned.fresh)}
    return start_retrain(request.app.state.retrain_jobs, "adapter", name, work)


@router.get("/v1/adapters/{name}/retrain", responses={200: {"model": RetrainJob}, **errors({
    404: "no retraining of it since the server started"})})
async def retrain_status(name: str, request: Request):
    return retrain_job(request, "adapter", name)


@router.post("/v1/adapters/{name}/rollback", responses={200: {"model": ModelDetails}, **NO_ADAPTER})
async def rollback(name: str, runtime: RuntimeDep):
    """Put back the newest kept version older than the current one; its details as `GET /v1/models/{name}` gives them."""
    await run_in_threadpool(runtime.adapters.rollback, name)
    return await run_in_threadpool(runtime.adapters.show, name)
