"""POST /v1/embeddings"""

from __future__ import annotations

import base64

import numpy as np
from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from ...errors import InvalidRequest
from .. import context
from ..deps import RuntimeDep
from ..openapi import errors
from ..responses import EmbeddingList
from ..schemas import EmbeddingRequest

router = APIRouter()

MAX_INPUTS = 2048


@router.post("/v1/embeddings", responses={200: {"model": EmbeddingList}, **errors({404: "the model does not exist"})})
async def embeddings(body: EmbeddingRequest, runtime: RuntimeDep):
    texts = [body.input] if isinstance(body.input, str) else body.input
    if not texts:
        raise InvalidRequest("input must not be empty", param="input")
    if len(texts) > MAX_INPUTS:
        raise InvalidRequest(f"at most {MAX_INPUTS} inputs per request, got {len(texts)}", param="input")
    engine = await run_in_threadpool(runtime.embedder, body.model)
    if body.dimensions is not None and body.dimensions != engine.dimensions:
        raise InvalidRequest(f"'{body.model}' produces {engine.dimensions}-dimensional vectors; "
                             f"dimensions={body.dimensions} is not supported", param="dimensions")
    vectors, tokens = await run_in_threadpool(engine.embed, texts, body.input_type)
    if (ctx := context.current()) is not None:
        ctx.embedded(body.model, tokens)
    data = []
    for i, vec in enumerate(vectors):
        if body.encoding_format == "base64":
            value = base64.b64encode(np.asarray(vec, dtype=np.float32).tobytes()).decode()
        else:
            value = vec
        data.append({"object": "embedding", "index": i, "embedding": value})
    return {"object": "list", "data": data, "model": body.model,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}
