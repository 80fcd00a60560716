"""POST /v1/classify: a trained classifier's labels, with calibrated confidence and an out-of-scope flag."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from ...errors import InvalidRequest
from ...learn.records import Answer
from ..deps import RuntimeDep
from ..openapi import errors
from ..remember import learning_store, remember
from ..responses import Classification

router = APIRouter()

MAX_INPUTS = 2048


class ClassifyRequest(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)

    model: str = Field(min_length=1, description="a classifier trained with `kogata tune classify`")
    input: str | list[str]


@router.post("/v1/classify", responses={200: {"model": Classification},
                                        **errors({404: "the classifier does not exist"})})
async def classify(body: ClassifyRequest, runtime: RuntimeDep, request: Request):
    texts = [body.input] if isinstance(body.input, str) else body.input
    if not texts:
        raise InvalidRequest("input must not be empty", param="input")
    if len(texts) > MAX_INPUTS:
        raise InvalidRequest(f"at most {MAX_INPUTS} inputs per request, got {len(texts)}", param="input")
    classifier = runtime.loaded_classifier(body.model) or await run_in_threadpool(runtime.classifier, body.model)
    learning = learning_store(request)

    def answer() -> tuple[list, list[str | None]]:
        predictions = classifier.classify(texts)
        return predictions, remember(learning, "classify", classifier.name, classifier.version, [
            Answer(text, p.to_dict(), p.label, p.confidence, p.out_of_scope) for text, p in zip(texts, predictions)])

    predictions, ids = await run_in_threadpool(answer)
    return {"object": "list", "model": body.model,
            "data": [{"index": i, "id": pid, **p.to_dict()} for i, (p, pid) in enumerate(zip(predictions, ids))]}
