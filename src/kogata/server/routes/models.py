"""GET /v1/models, GET /v1/models/{id}

Besides OpenAI's fields, each model carries a "kogata" object: its kind ("chat", "base", "embedding"
or "adapter") in the list, and for an installed model or adapter the details of `kogata show` on its
own page.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from ...errors import ModelNotFound
from ..deps import RuntimeDep
from ..openapi import errors
from ..responses import ModelList, ModelObject

router = APIRouter()


def _model(name: str, kind: str | None) -> dict:
    return {"id": name, "object": "model", "created": 0, "owned_by": "kogata", "kogata": {"kind": kind}}


@router.get("/v1/models", responses={200: {"model": ModelList}})
async def list_models(runtime: RuntimeDep):
    names = await run_in_threadpool(runtime.model_names)
    kinds = await run_in_threadpool(runtime.model_kinds)
    return {"object": "list", "data": [_model(n, kinds.get(n)) for n in names]}


@router.get("/v1/models/{model_id}", responses={200: {"model": ModelObject},
                                               **errors({404: "the model does not exist"})})
async def get_model(model_id: str, runtime: RuntimeDep):
    names = await run_in_threadpool(runtime.model_names)
    if model_id not in names:
        raise ModelNotFound(f"the model '{model_id}' does not exist", param="model")
    kinds = await run_in_threadpool(runtime.model_kinds)
    body = _model(model_id, kinds.get(model_id))
    if await run_in_threadpool(runtime.store.is_installed, model_id):
        body["kogata"] = await run_in_threadpool(runtime.store.show, model_id)
    elif body["kogata"]["kind"] == "adapter" and await run_in_threadpool(runtime.adapters.exists, model_id):
        body["kogata"] = await run_in_threadpool(runtime.adapters.show, model_id)
    return body
