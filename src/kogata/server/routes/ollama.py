"""Ollama's API for the models: GET /api/version, /api/tags, /api/ps; POST /api/show, /api/pull,
/api/embed, /api/embeddings; DELETE /api/delete. Generation is in ollama_generate.py.

Ollama's clients (its CLI and library, Open WebUI, Continue) send model names with a tag
("smollm2-135m:latest"); kogata's models have none, so ":latest" is dropped. Like Ollama, unknown
fields are ignored and errors are `{"error": "..."}` (server/errors.py)."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from datetime import datetime, timezone
from typing import Any, AsyncIterator

from fastapi import APIRouter
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from ... import __version__
from ...errors import InvalidRequest, KogataError, ModelNotFound
from ...models import pull as pull_module
from ...models.catalog import CATALOG
from ..deps import RuntimeDep
from ..ollama_responses import (OllamaEmbed, OllamaEmbedding, OllamaPullStatus, OllamaRunning, OllamaShow, OllamaTags,
                               OllamaVersion)
from ..openapi import errors, stream
from .model_pull import _lock_for

router = APIRouter()

NOT_INSTALLED = errors({404: "the model is not installed"})
NO_MODEL = errors({404: "the model does not exist"})
OLLAMA_API_VERSION = "0.12.0"  # the Ollama release whose API this follows; clients gate features on it


class OllamaBody(BaseModel):
    # Unknown fields ignored, as Ollama does (whose values have their JSON types); "model", or "name", is required.
    model_config = ConfigDict(extra="ignore", strict=True, json_schema_extra={"anyOf": [
        {"required": [key], "properties": {key: {"type": "string", "minLength": 1}}} for key in ("model", "name")]})
    model: str = Field("", description="a model name; ':latest' is accepted and dropped")
    name: str | None = None  # older clients' field for the model

    @property
    def model_name(self) -> str:
        name = self.model or self.name or ""
        if not name:
            raise InvalidRequest("model is required", param="model")
        return model_name(name)


def model_name(name: str) -> str:
    return name[: -len(":latest")] if name.endswith(":latest") else name


def now() -> str:
    return datetime.now(timezone.utc).isoformat()


def ndjson(items: AsyncIterator[dict]) -> StreamingResponse:
    async def lines():
        async for item in items:
            yield json.dumps(item, ensure_ascii=False) + "\n"

    return StreamingResponse(lines(), media_type="application/x-ndjson")


def _details(model) -> dict:
    info = model.manifest.get("gguf", {})
    parameters = info.get("parameters")
    return {"parent_model": "", "format": "gguf", "family": info.get("architecture") or "",
            "families": [info.get("architecture")] if info.get("architecture") else None,
            "parameter_size": _short(parameters) if parameters else "", "quantization_level": model.quantization}


def _short(count: int) -> str:
    return f"{count / 1e9:.1f}B" if count >= 1e9 else f"{count / 1e6:.0f}M"


def _entry(model) -> dict:
    return {"name": f"{model.name}:latest", "model": f"{model.name}:latest",
            "modified_at": model.manifest.get("installed_at") or now(), "size": model.size,
            "digest": model.sha256, "details": _details(model)}


@router.get("/api/version", responses={200: {"model": OllamaVersion}})
async def version():
    return {"version": OLLAMA_API_VERSION, "kogata": __version__}


@router.get("/api/tags", responses={200: {"model": OllamaTags}})
async def tags(runtime: RuntimeDep):
    models = await run_in_threadpool(runtime.store.list)
    return {"models": [_entry(m) for m in models]}


@router.get("/api/ps", responses={200: {"model": OllamaRunning}})
async def running(runtime: RuntimeDep):
    names = set(await run_in_threadpool(runtime.loaded))
    models = [m for m in await run_in_threadpool(runtime.store.list) if m.name in names]
    forever = "2318-01-01T00:00:00Z"  # kogata keeps a loaded model until the server stops
    return {"models": [{**_entry(m), "expires_at": forever, "size_vram": 0} for m in models]}


@router.post("/api/show", responses={200: {"model": OllamaShow}, **NOT_INSTALLED})
async def show(body: OllamaBody, runtime: RuntimeDep):
    name = body.model_name
    model = await run_in_threadpool(_installed, runtime, name)
    shown = await run_in_threadpool(runtime.store.show, name)
    capabilities = ["embedding"] if model.kind == "embedding" else ["completion", "tools"]
    template = model.manifest.get("gguf", {}).get("chat_template") or ""
    return {"license": shown.get("licence", ""), "modelfile": f"# kogata model {name}\nFROM {model.path}\n",
            "parameters": "", "template": template if isinstance(template, str) else "",
            "details": _details(model), "capabilities": capabilities, "modified_at": _entry(model)["modified_at"],
            "model_info": {"general.architecture": shown.get("architecture"),
                           "general.parameter_count": shown.get("parameters"),
                           "context_length": shown.get("context_length")}}


def _installed(runtime, name: str):
    if not runtime.store.is_installed(name):
        raise ModelNotFound(f"model '{name}' not found, try pulling it first", param="model")
    return runtime.store.get(name)


class DeleteBody(OllamaBody):
    pass


@router.delete("/api/delete", response_class=Response, responses={200: {"description": "deleted (no body)"},
                                                                     **NOT_INSTALLED})
async def delete(body: DeleteBody, runtime: RuntimeDep):
    name = body.model_name
    await run_in_threadpool(_installed, runtime, name)
    await run_in_threadpool(runtime.store.remove, name)
    return Response(status_code=200)


class PullBody(OllamaBody):
    stream: bool = True
    insecure: bool = False


@router.post("/api/pull", responses={
    200: {"model": OllamaPullStatus, **stream("application/x-ndjson", "with \"stream\" (the default): one status "
                                              "per line, the last {\"status\": \"success\"} or {\"error\"}")},
    **errors({404: "kogata's catalog has no model of that name"})})
async def pull(body: PullBody, runtime: RuntimeDep):
    name = body.model_name
    entry = CATALOG.get(name)
    if entry is None:
        raise ModelNotFound(f"pull model manifest: file does not exist: '{name}' is not in kogata's catalog "
                            f"({', '.join(CATALOG)})", param="model")
    events = _pulling(runtime.store, name, entry.size)
    if body.stream:
        return ndjson(events)
    last: dict = {}
    async for event in events:
        last = event
    if "error" in last:
        raise KogataError(last["error"])
    return last


async def _pulling(store, name: str, size: int) -> AsyncIterator[dict]:
    """Ollama's pull progress: manifest, one downloading layer with completed/total, verifying, success."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
    last = 0.0

    def report(done: int, total: int) -> None:
        nonlocal last
        if done >= total or time.monotonic() - last >= 0.2:
            last = time.monotonic()
            loop.call_soon_threadsafe(queue.put_nowait, ("progress", (done, total)))

    def work() -> None:
        try:
            with _lock_for(name):
                pull_module.pull(store, name, progress=False, on_progress=report)
                loop.call_soon_threadsafe(queue.put_nowait, ("success", store.get(name).sha256))
        except KogataError as e:
            loop.call_soon_threadsafe(queue.put_nowait, ("error", e.message))
        except Exception as e:  # the stream must end with an error line, not be cut off
            loop.call_soon_threadsafe(queue.put_nowait, ("error", f"pulling {name} failed: {type(e).__name__}: {e}"))

    yield {"status": "pulling manifest"}
    threading.Thread(target=work, name=f"kogata-ollama-pull-{name}", daemon=True).start()
    digest = f"sha256:{CATALOG[name].sha256}"
    while True:
        kind, value = await queue.get()
        if kind == "progress":
            done, total = value
            yield {"status": f"pulling {name}", "digest": digest, "total": total or size, "completed": done}
        elif kind == "success":
            yield {"status": "verifying sha256 digest"}
            yield {"status": "writing manifest"}
            yield {"status": "success"}
            return
        else:
            yield {"error": value}
            return


class EmbedBody(OllamaBody):
    input: str | list[str] = ""
    truncate: bool = True
    options: dict[str, Any] | None = None
    keep_alive: str | int | float | None = None


@router.post("/api/embed", responses={200: {"model": OllamaEmbed}, **NO_MODEL})
async def embed(body: EmbedBody, runtime: RuntimeDep):
    texts = [body.input] if isinstance(body.input, str) else body.input
    start = time.perf_counter()
    vectors, tokens = await _embed(runtime, body.model_name, texts)
    return {"model": body.model or body.name, "embeddings": vectors, "prompt_eval_count": tokens,
            "total_duration": int((time.perf_counter() - start) * 1e9), "load_duration": 0}


class EmbeddingsBody(OllamaBody):
    prompt: str = ""
    options: dict[str, Any] | None = None
    keep_alive: str | int | float | None = None


@router.post("/api/embeddings", responses={200: {"model": OllamaEmbedding}, **NO_MODEL})
async def embeddings(body: EmbeddingsBody, runtime: RuntimeDep):
    vectors, _ = await _embed(runtime, body.model_name, [body.prompt])
    return {"embedding": vectors[0]}


async def _embed(runtime, name: str, texts: list[str]) -> tuple[list[list[float]], int]:
    if not texts or any(not isinstance(t, str) for t in texts):
        raise InvalidRequest("input must be a string or a list of strings", param="input")
    engine = await run_in_threadpool(runtime.embedder, name)
    vectors, tokens = await run_in_threadpool(engine.embed, texts, "query")
    return [list(map(float, v)) for v in vectors], tokens
