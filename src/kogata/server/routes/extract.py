"""POST /v1/extract: the JSON a schema describes, from a text or a knowledge-base document, each
copied value with the span of the text it came from."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from ...errors import InvalidRequest
from ...learn.records import Answer, new_id
from ...tasks.extract import Extractor, task_for_model
from ..deps import KnowledgeBaseDep, RuntimeDep, SettingsDep
from ..openapi import errors
from ..remember import learning_store, remember
from ..responses import Extraction
from ..strict import Int

router = APIRouter()


def _given(name: str) -> dict:
    return {"required": [name], "properties": {name: {"type": "string"}}}


class ExtractRequest(BaseModel):
    # As the route checks: "text" or "document_id", not both; "collection" only with "document_id".
    model_config = ConfigDict(extra="forbid", populate_by_name=True, strict=True, json_schema_extra={
        "oneOf": [_given("text"), _given("document_id")], "if": _given("collection"), "then": _given("document_id")})

    json_schema: dict[str, Any] | None = Field(None, alias="schema", description=(
        "the JSON Schema of the output; optional for an extraction specialist, which knows its own"))
    text: str | None = Field(None, min_length=1)
    document_id: str | None = Field(None, min_length=1, description="a knowledge-base document")
    collection: str | None = Field(None, min_length=1, description="the collection of document_id")
    model: str | None = Field(None, min_length=1, description="chat model or extraction specialist")
    strict: bool = Field(False, description="values found nowhere in the text become null (dropped from lists)")
    examples: list[dict[str, Any]] | None = Field(None, max_length=32, description='[{"text", "output"}] shown first')
    max_tokens: Int = Field(512, ge=16, le=16384)


@router.post("/v1/extract", responses={200: {"model": Extraction}, **errors({
    404: "the model, the collection or the document does not exist",
    422: "the model's output could not be read as the schema's JSON"})})
async def extract(body: ExtractRequest, runtime: RuntimeDep, kb: KnowledgeBaseDep, settings: SettingsDep,
                  request: Request):
    if (body.text is None) == (body.document_id is None):
        raise InvalidRequest('give either "text" or "document_id" (with "collection" if several hold it)', param="text")
    if body.collection is not None and body.document_id is None:
        raise InvalidRequest('"collection" needs a "document_id"', param="collection")
    model = body.model or settings.server.extraction_model
    adapter = await run_in_threadpool(runtime.adapter_of, model)
    if body.json_schema is None and adapter is None:
        raise InvalidRequest('"schema" is required (only an extraction specialist knows its own)', param="schema")
    task = task_for_model(adapter.manifest if adapter else None, body.json_schema, body.examples)
    document = body.text if body.text is not None else await run_in_threadpool(kb.document, body.collection, body.document_id)
    engine = runtime.loaded_chat(model) or await run_in_threadpool(runtime.chat, model)
    extractor = Extractor(engine, task, strict=body.strict, max_tokens=body.max_tokens)
    result = (await run_in_threadpool(extractor.extract, document)).to_dict()
    pid = new_id("extract")
    await run_in_threadpool(remember, learning_store(request), "extract", model, _version(runtime, model),
                            [Answer(body.text if body.text is not None else f"kb:{body.collection or ''}/{body.document_id}",
                                    {"data": result["data"], "ungrounded": result["ungrounded"]})], [pid])
    return {"id": pid, "object": "extraction", "model": model, **result}


def _version(runtime, model: str) -> str:
    """What identifies the weights that extracted: the adapter's or the model's sha256."""
    adapter = runtime.adapter_of(model)
    if adapter is not None:
        return adapter.manifest.get("created_at") or ""
    return runtime.store.get(model).sha256 if runtime.store.is_installed(model) else ""
