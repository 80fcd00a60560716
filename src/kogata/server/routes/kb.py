"""/v1/kb/…: knowledge-base collections, documents, search and grounded answers."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from ...engine.base import Finished, GenerationRequest, SamplingParams, TextDelta
from ...errors import InvalidRequest, KogataError
from ...kb.answer import AnswerPlan, answering_model
from ...kb.knowledge_base import DEFAULT_EMBEDDING_MODEL
from ...learn.records import Answer as KeptAnswer
from ...learn.records import new_id
from ..deps import KnowledgeBaseDep, RuntimeDep, SettingsDep
from ..generation import collect_all, error_event, failure, sse
from ..openapi import errors, stream
from ..remember import learning_store, remember
from ..kb_responses import Answer, Collection, CollectionList, Deleted, Document, DocumentList, HitList, Ingest
from ..strict import Int

router = APIRouter()
MAX_FILES = 1000


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class CreateCollection(_Body):
    name: str
    embedding_model: str = DEFAULT_EMBEDDING_MODEL
    chunk_tokens: Int = Field(256, ge=16, le=8192)
    chunk_overlap: Int = Field(32, ge=0, le=4096)


class SearchBody(_Body):
    query: str = Field(min_length=1)
    k: Int = Field(5, ge=1, le=100)
    filter: dict[str, Any] | None = None


class AskBody(_Body):
    question: str = Field(min_length=1)
    k: Int = Field(5, ge=1, le=20)
    filter: dict[str, Any] | None = None
    stream: bool = False
    model: str | None = None
    max_tokens: Int = Field(256, ge=1, le=4096)
    temperature: float = Field(0.0, ge=0.0, le=2.0)


# The body add_documents reads itself (a form or JSON), as the OpenAPI document describes it.
DOCUMENTS_BODY = {"required": True, "content": {
    "application/json": {"schema": {"type": "object", "required": ["documents"], "properties": {"documents": {
        "type": "array", "minItems": 1, "maxItems": MAX_FILES, "items": {
            "type": "object", "required": ["text"], "properties": {
                "text": {"type": "string", "pattern": r"\S"},
                "source": {"type": ["string", "null"], "pattern": r"\S", "description": "default: a hash of the text"},
                "title": {"type": ["string", "null"]},
                "metadata": {"type": ["object", "null"], "description": "kept with the document; filters read it"},
            }}}}}},
    "multipart/form-data": {"schema": {"type": "object", "required": ["files"], "properties": {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"},
                  "description": "documents (text, Markdown, HTML, PDF, DOCX…), each with its file name"}}}},
}}


NO_COLLECTION = errors({404: "the collection does not exist"})
NO_DOCUMENT = errors({404: "the collection or the document does not exist"})


def _collection_body(info: dict[str, Any]) -> dict[str, Any]:
    return {"id": info["name"], "object": "kb.collection", **info}


@router.post("/v1/kb/collections", status_code=201, responses={201: {"model": Collection}, **errors({
    404: "the embedding model does not exist", 409: "a collection of that name exists"})})
async def create_collection(body: CreateCollection, kb: KnowledgeBaseDep):
    await run_in_threadpool(kb.create, body.name, embedding_model=body.embedding_model,
                            chunk_tokens=body.chunk_tokens, chunk_overlap=body.chunk_overlap)
    return _collection_body(await run_in_threadpool(kb.describe, body.name))


@router.get("/v1/kb/collections", responses={200: {"model": CollectionList}})
async def list_collections(kb: KnowledgeBaseDep):
    infos = await run_in_threadpool(lambda: [kb.describe(n) for n in kb.names()])
    return {"object": "list", "data": [_collection_body(i) for i in infos]}


@router.get("/v1/kb/collections/{name}", responses={200: {"model": Collection}, **NO_COLLECTION})
async def get_collection(name: str, kb: KnowledgeBaseDep):
    return _collection_body(await run_in_threadpool(kb.describe, name))


@router.delete("/v1/kb/collections/{name}", responses={200: {"model": Deleted}, **NO_COLLECTION})
async def delete_collection(name: str, kb: KnowledgeBaseDep):
    await run_in_threadpool(kb.delete, name)
    return {"id": name, "object": "kb.collection", "deleted": True}


@router.post("/v1/kb/collections/{name}/documents", openapi_extra={"requestBody": DOCUMENTS_BODY}, responses={
    200: {"model": Ingest, "description": "nothing new: every document was there unchanged (or failed)"},
    201: {"model": Ingest, "description": "documents were added or replaced"},
    **NO_COLLECTION})
async def add_documents(name: str, request: Request, kb: KnowledgeBaseDep):
    """multipart/form-data with one or more files, or JSON {"documents": [{"text", "source", "title", "metadata"}]}."""
    content_type = request.headers.get("content-type", "")
    await run_in_threadpool(kb.get, name)  # 404 before reading a large upload
    if content_type.startswith("multipart/form-data"):
        form = await request.form(max_files=MAX_FILES)
        files = []
        for _, value in form.multi_items():
            if hasattr(value, "read") and getattr(value, "filename", None):
                files.append((value.filename, await value.read()))
        if not files:
            raise InvalidRequest("the form has no files", param="files")
        report = await run_in_threadpool(kb.add_files, name, files)
    elif content_type.startswith("application/json"):
        try:
            payload = await request.json()
        except ValueError as e:
            raise InvalidRequest(f"the body is not valid JSON: {e}") from e
        documents = payload.get("documents") if isinstance(payload, dict) else None
        if not isinstance(documents, list) or not documents:
            raise InvalidRequest("documents must be a non-empty list", param="documents")
        if len(documents) > MAX_FILES:
            raise InvalidRequest(f"at most {MAX_FILES} documents per request, got {len(documents)}", param="documents")
        report = await run_in_threadpool(kb.add_texts, name, documents)
    else:
        raise InvalidRequest("send multipart/form-data files or a JSON body with \"documents\"")
    status = 201 if report.added or report.replaced else 200
    return JSONResponse({"object": "kb.ingest", **report.to_dict()}, status_code=status)


@router.get("/v1/kb/collections/{name}/documents", responses={200: {"model": DocumentList},
                                                             **NO_COLLECTION})
async def list_documents(name: str, kb: KnowledgeBaseDep, limit: int = 100, offset: int = 0):
    if not 1 <= limit <= 1000 or offset < 0:
        raise InvalidRequest("limit must be 1-1000 and offset at least 0", param="limit")
    docs = await run_in_threadpool(lambda: kb.get(name).documents(limit=limit, offset=offset))
    return {"object": "list", "data": [{"object": "kb.document", **d.to_dict()} for d in docs]}


@router.get("/v1/kb/collections/{name}/documents/{doc_id}", responses={200: {"model": Document}, **NO_DOCUMENT})
async def get_document(name: str, doc_id: str, kb: KnowledgeBaseDep):
    doc = await run_in_threadpool(lambda: kb.get(name).get(doc_id))
    return {"object": "kb.document", **doc.to_dict()}


@router.delete("/v1/kb/collections/{name}/documents/{doc_id}", responses={200: {"model": Deleted}, **NO_DOCUMENT})
async def delete_document(name: str, doc_id: str, kb: KnowledgeBaseDep):
    await run_in_threadpool(lambda: kb.get(name).delete(doc_id))
    return {"id": doc_id, "object": "kb.document", "deleted": True}


@router.post("/v1/kb/collections/{name}/search", responses={200: {"model": HitList}, **NO_COLLECTION})
async def search(name: str, body: SearchBody, kb: KnowledgeBaseDep):
    hits = await run_in_threadpool(kb.search, name, body.query, k=body.k, filter=body.filter)
    return {"object": "list", "data": [h.to_dict() for h in hits]}


@router.post("/v1/kb/collections/{name}/ask", responses={
    200: {"model": Answer, **stream("text/event-stream", "the answer; with \"stream\": server-sent events "
                                   "{\"delta\"}…, then the kb.answer object, then `data: [DONE]`")},
    **errors({404: "the collection or the model does not exist"})})
async def ask(name: str, body: AskBody, request: Request, kb: KnowledgeBaseDep, runtime: RuntimeDep,
              settings: SettingsDep):
    plan: AnswerPlan = await run_in_threadpool(kb.plan_answer, name, body.question, k=body.k, filter=body.filter)
    model = await run_in_threadpool(answering_model, plan, body.model, settings.server.model,
                                    specialist_ready=runtime.answering_specialist_ready)
    gen = None
    if plan.supported:
        engine = runtime.loaded_chat(model) or await run_in_threadpool(runtime.chat, model)
        params = SamplingParams(temperature=body.temperature, max_tokens=body.max_tokens, stop_on_repetition=True)
        gen = engine.submit(GenerationRequest(engine.render_chat(plan.messages()), params, chat=True))
    learning, pid = learning_store(request), new_id("ask")
    if body.stream:
        return StreamingResponse(_stream(plan, gen, model, learning, name, body.question, pid), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
    said = plan.refusal
    if gen is not None:
        [(said, final, _)] = await collect_all(request, [gen])
        if (error := failure(final)) is not None:
            raise error
    text, citations = plan.finish(said) if plan.supported else (said, [])
    body_out = {"object": "kb.answer", "id": pid, "model": model, "answer": text, "supported": plan.supported,
                "citations": [c.to_dict() for c in citations]}
    body_out["id"] = await run_in_threadpool(_remember_answer, learning, name, body.question, body_out, plan.refusal, pid)
    return body_out


def _remember_answer(learning, collection: str, question: str, answer: dict, refusal: str, pid: str) -> str | None:
    refused = not answer["supported"] or answer["answer"].strip() == refusal.strip()
    kept = KeptAnswer(question, {k: answer[k] for k in ("model", "answer", "supported", "citations")}, refused=refused)
    return remember(learning, "ask", collection, "", [kept], [pid])[0]


async def _stream(plan: AnswerPlan, gen, model: str, learning, collection: str, question: str, pid: str):
    """Server-sent events: {"delta": text}… then {"answer", "citations", "supported"}, then [DONE]."""
    if gen is None:
        final = {"object": "kb.answer", "id": pid, "model": model, "answer": plan.refusal, "supported": False,
                 "citations": []}
        final["id"] = await run_in_threadpool(_remember_answer, learning, collection, question, final, plan.refusal, pid)
        yield sse({"delta": plan.refusal})
        yield sse(final)
        yield sse("[DONE]")
        return
    parts: list[str] = []
    try:
        async for event in gen:
            if isinstance(event, TextDelta) and event.text:
                parts.append(event.text)
                yield sse({"delta": event.text})
            elif isinstance(event, Finished):
                if (error := failure(event)) is not None:
                    yield error_event(error)
                    return
        delta, text, citations = plan.finish_streamed("".join(parts))
        if delta:
            yield sse({"delta": delta})
        final = {"object": "kb.answer", "id": pid, "model": model, "answer": text, "supported": True,
                 "citations": [c.to_dict() for c in citations]}
        final["id"] = await run_in_threadpool(_remember_answer, learning, collection, question, final, plan.refusal, pid)
        yield sse(final)
        yield sse("[DONE]")
    except KogataError as e:
        yield error_event(e)
    finally:
        gen.cancel()
