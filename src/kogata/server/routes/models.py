"""GET /v1/models, GET /v1/models/{id}"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from ...errors import ModelNotFound
from ..deps import RuntimeDep

router = APIRouter()


def _model(name: str) -> dict:
    return {"id": name, "object": "model", "created": 0, "owned_by": "kogata"}


@router.get("/v1/models")
async def list_models(runtime: RuntimeDep):
    names = await run_in_threadpool(runtime.model_names)
    return {"object": "list", "data": [_model(n) for n in names]}


@router.get("/v1/models/{model_id}")
async def get_model(model_id: str, runtime: RuntimeDep):
    names = await run_in_threadpool(runtime.model_names)
    if model_id not in names:
        raise ModelNotFound(f"the model '{model_id}' does not exist", param="model")
    return _model(model_id)
