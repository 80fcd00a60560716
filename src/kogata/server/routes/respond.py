"""/v1/templates (approved reply templates per classifier label) and POST /v1/respond (the reply for
an inquiry, its blanks filled, or escalated with the reason; where an upstream is configured, an
escalated inquiry is answered by it through the privacy guard and the audit log)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from ...learn.records import Answer
from ...route.guarded import redact_messages
from ...route.upstream import UpstreamError
from ...tasks.respond import Responder, TemplateStore
from ...tasks.respond.responder import MIN_CONFIDENCE
from ..deps import RoutingDep, RuntimeDep, SettingsDep
from ..openapi import errors
from ..remember import learning_store, remember
from ..responses import Reply, TemplateSet, TemplateSetDeleted, TemplateSetList

router = APIRouter()


class TemplateSetBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    name: str = Field(min_length=1)
    templates: dict[str, str] = Field(description="label → Jinja2 text", min_length=1, max_length=1000)
    replace: bool = False


class RespondBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    input: str = Field(min_length=1, max_length=100_000, description="the inquiry")
    classifier: str = Field(min_length=1)
    templates: str = Field(min_length=1, description="a template set")
    model: str | None = Field(None, min_length=1, description="chat model that fills blanks")
    min_confidence: float = Field(MIN_CONFIDENCE, ge=0, le=1)
    upstream: bool = Field(True, description="answer an escalated inquiry with the upstream model, if one is configured")


NO_TEMPLATES = errors({404: "no template set of that name"})


def _store(settings) -> TemplateStore:
    return TemplateStore.in_home(settings.home_dir)


@router.post("/v1/templates", status_code=201, responses={201: {"model": TemplateSet}})
async def add_templates(body: TemplateSetBody, settings: SettingsDep):
    added = await run_in_threadpool(_store(settings).add, body.name, body.templates, replace=body.replace)
    return {"object": "template_set", **added.describe()}


@router.get("/v1/templates", responses={200: {"model": TemplateSetList}})
async def list_templates(settings: SettingsDep):
    store = _store(settings)
    sets = await run_in_threadpool(lambda: [store.get(n) for n in store.names()])
    return {"object": "list", "data": [{"object": "template_set", "name": s.name, "labels": sorted(s.templates)}
                                       for s in sets]}


@router.get("/v1/templates/{name}", responses={200: {"model": TemplateSet}, **NO_TEMPLATES})
async def get_templates(name: str, settings: SettingsDep):
    found = await run_in_threadpool(_store(settings).get, name)
    return {"object": "template_set", **found.describe()}


@router.delete("/v1/templates/{name}", responses={200: {"model": TemplateSetDeleted}, **NO_TEMPLATES})
async def delete_templates(name: str, settings: SettingsDep):
    await run_in_threadpool(_store(settings).remove, name)
    return {"object": "template_set", "name": name, "deleted": True}


@router.post("/v1/respond", responses={200: {"model": Reply}, **errors({
    404: "the template set, the classifier or the model does not exist"})})
async def respond(body: RespondBody, runtime: RuntimeDep, routing: RoutingDep, settings: SettingsDep, request: Request):
    templates = await run_in_threadpool(_store(settings).get, body.templates)
    classifier = runtime.loaded_classifier(body.classifier) or await run_in_threadpool(runtime.classifier, body.classifier)
    model = body.model or settings.server.extraction_model
    responder = Responder(classifier, templates, lambda: runtime.chat(model), min_confidence=body.min_confidence)
    response = (await run_in_threadpool(responder.respond, body.input)).to_dict()
    if response["route"] == "escalate" and body.upstream and routing.guarded is not None:
        response["upstream"] = await _ask_upstream(routing, body.input, response["reason"], classifier.name)
    kept = Answer(body.input, response, response["label"], response["confidence"], response["reason"] == "out_of_scope")
    [pid] = await run_in_threadpool(remember, learning_store(request), "respond", classifier.name, classifier.version, [kept])
    return {"object": "response", "id": pid, **response}


async def _ask_upstream(routing, inquiry: str, reason: str, classifier: str) -> dict:
    outgoing = await run_in_threadpool(redact_messages, [{"role": "user", "content": inquiry}], routing.redactor)
    try:
        answer = await routing.guarded.complete(outgoing, f"respond_{reason}", classifier)
    except UpstreamError as e:
        return {"error": e.message}
    return {"text": answer["choices"][0]["message"].get("content"), "model": answer.get("model"),
            "redactions": outgoing.redactions}
