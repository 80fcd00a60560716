"""Ollama's generation API: POST /api/generate and /api/chat, NDJSON streamed (Ollama's default) or one
object, with `format` ("json" or a JSON Schema), `options` mapped to kogata's sampling, `tools` on chat,
and `keep_alive` accepted (kogata keeps a model loaded until the server stops)."""

from __future__ import annotations

import time
from typing import Any, AsyncIterator

from fastapi import APIRouter, Request
from pydantic import Field
from starlette.concurrency import run_in_threadpool

from ...engine.base import Finished, SamplingParams
from ...engine.structured import StructuredOutput
from ...engine.tool_calls import ReplySplitter, ToolSpec, parse_reply
from ...errors import InvalidRequest
from ..deps import RuntimeDep
from ..generation import collect_all, failure, merged_events, submit_all
from ..ollama_responses import OllamaChatted, OllamaGenerated
from ..openapi import stream
from .chat import fits_in
from .ollama import NO_MODEL, OllamaBody, ndjson, now

router = APIRouter()
STREAMED = 'with "stream" (the default): one object per line, the last with "done": true'

# Ollama's defaults where the request's options leave a setting out
_DEFAULTS = {"temperature": 0.8, "top_p": 0.9, "top_k": 40, "min_p": 0.0, "repeat_penalty": 1.1, "repeat_last_n": 64,
             "presence_penalty": 0.0, "frequency_penalty": 0.0}
_NUMBERS = {"temperature": (0.0, 2.0), "top_p": (0.0, 1.0), "min_p": (0.0, 1.0), "repeat_penalty": (0.0, 10.0),
            "presence_penalty": (-2.0, 2.0), "frequency_penalty": (-2.0, 2.0)}


class _Generating(OllamaBody):
    format: str | dict[str, Any] | None = None
    options: dict[str, Any] | None = None
    stream: bool = True
    keep_alive: str | int | float | None = None
    images: list[str] | None = None


class GenerateBody(_Generating):
    prompt: str = ""
    system: str | None = None
    raw: bool = False
    suffix: str | None = None


class ChatBody(_Generating):
    messages: list[dict[str, Any]] = Field(default_factory=list)
    tools: list[Any] | None = None


def sampling(options: dict[str, Any] | None) -> SamplingParams:
    """Ollama's `options` as kogata's sampling; options kogata has no use for (num_ctx, num_thread, ...)
    are ignored, as Ollama ignores the ones it does not know."""
    o = {**_DEFAULTS, **(options or {})}
    for key, (low, high) in _NUMBERS.items():
        if not isinstance(o[key], (int, float)) or isinstance(o[key], bool) or not low <= o[key] <= high:
            raise InvalidRequest(f"options.{key} must be a number from {low} to {high}", param=f"options.{key}")
    for key in ("top_k", "repeat_last_n", "seed", "num_predict"):
        if o.get(key) is not None and (not isinstance(o[key], int) or isinstance(o[key], bool)):
            raise InvalidRequest(f"options.{key} must be an integer", param=f"options.{key}")
    stop = o.get("stop") or []
    if isinstance(stop, str):
        stop = [stop]
    if not isinstance(stop, list) or not all(isinstance(s, str) for s in stop):
        raise InvalidRequest("options.stop must be a list of strings", param="options.stop")
    predict = o.get("num_predict")
    return SamplingParams(
        temperature=float(o["temperature"]), top_p=float(o["top_p"]) or 1.0, top_k=max(0, o["top_k"]),
        min_p=float(o["min_p"]), seed=o.get("seed"), max_tokens=predict if predict and predict > 0 else None,
        stop=stop, repeat_penalty=float(o["repeat_penalty"]) or 1.0, repeat_last_n=max(0, o["repeat_last_n"]),
        presence_penalty=float(o["presence_penalty"]), frequency_penalty=float(o["frequency_penalty"]))


def _structured(fmt: str | dict | None) -> StructuredOutput | None:
    if fmt in (None, ""):
        return None
    if fmt == "json":
        return StructuredOutput.from_response_format({"type": "json_object"})
    if isinstance(fmt, dict):
        return StructuredOutput.from_schema(fmt)
    raise InvalidRequest('format must be "json" or a JSON Schema object', param="format")


def _tools(tools: list | None) -> ToolSpec | None:
    spec = ToolSpec.from_request(tools)
    if spec is not None:
        _ = spec.grammar  # built here, in a worker thread, and kept
    return spec


def _no_images(body: _Generating) -> None:
    if body.images:
        raise InvalidRequest("kogata's models read text only; images are not supported", param="images")


@router.post("/api/generate", responses={
    200: {"model": OllamaGenerated, **stream("application/x-ndjson", STREAMED)}, **NO_MODEL})
async def generate(body: GenerateBody, request: Request, runtime: RuntimeDep):
    _no_images(body)
    name = body.model_name
    engine = runtime.loaded_chat(name) or await run_in_threadpool(runtime.chat, name)
    if not body.prompt:  # Ollama's way of loading a model
        return {"model": body.model or body.name, "created_at": now(), "response": "", "done": True, "done_reason": "load"}
    if body.raw:
        prompt = body.prompt
    else:
        messages = ([{"role": "system", "content": body.system}] if body.system else []) + [{"role": "user", "content": body.prompt}]
        prompt = engine.render_chat(messages)
    return await _answer(body, request, engine, prompt, chat=False)


@router.post("/api/chat", responses={
    200: {"model": OllamaChatted, **stream("application/x-ndjson", STREAMED)}, **NO_MODEL})
async def chat(body: ChatBody, request: Request, runtime: RuntimeDep):
    _no_images(body)
    name = body.model_name
    engine = runtime.loaded_chat(name) or await run_in_threadpool(runtime.chat, name)
    if not body.messages:
        return {"model": body.model or body.name, "created_at": now(), "message": {"role": "assistant", "content": ""},
                "done": True, "done_reason": "load"}
    for i, m in enumerate(body.messages):
        if not isinstance(m, dict) or m.get("role") not in ("system", "user", "assistant", "tool"):
            raise InvalidRequest(f"messages[{i}].role must be system, user, assistant or tool", param=f"messages[{i}]")
        if m.get("images"):
            raise InvalidRequest("kogata's models read text only; images are not supported", param=f"messages[{i}]")
    tools = await run_in_threadpool(_tools, body.tools)
    prompt = engine.render_chat(body.messages, tools=tools)
    return await _answer(body, request, engine, prompt, chat=True, tools=tools)


async def _answer(body: _Generating, request: Request, engine, prompt: str, *, chat: bool, tools: ToolSpec | None = None):
    structured = await run_in_threadpool(_structured, body.format)  # a large schema's grammar takes a while
    calling = tools is not None and bool(tools.offered)
    if calling and structured is not None:
        raise InvalidRequest("format cannot be combined with tools here: give one or the other", param="format")
    params = sampling(body.options)
    if structured is not None or calling:
        fits_in(tools.closer().closing() if calling else structured.smallest, params.max_tokens, engine)
        params.grammar = tools.grammar if calling else structured.grammar
        params.closer = tools.closer if calling else structured.closer
    started = time.perf_counter()
    gens = submit_all(engine, prompt, params, 1, chat=True)
    head = {"model": body.model or body.name}
    if body.stream:
        return ndjson(_stream(head, gens, started, chat=chat, calling=calling))
    (text, final, _), = await collect_all(request, gens)
    if (error := failure(final)) is not None:
        raise error
    if not chat:
        return {**head, "created_at": now(), "response": text, **_done(final, started)}
    content, calls = parse_reply(text) if calling else (text, [])
    return {**head, "created_at": now(), "message": _message(content or "", calls), **_done(final, started)}


def _message(content: str, calls: list) -> dict:
    message: dict = {"role": "assistant", "content": content}
    if calls:
        message["tool_calls"] = [{"function": {"name": c.name, "arguments": c.arguments}} for c in calls]
    return message


def _done(final: Finished, started: float) -> dict:
    elapsed = int((time.perf_counter() - started) * 1e9)
    return {"done": True, "done_reason": final.finish_reason, "total_duration": elapsed, "load_duration": 0,
            "prompt_eval_count": final.usage.prompt_tokens, "prompt_eval_duration": 0,
            "eval_count": final.usage.completion_tokens, "eval_duration": elapsed}


async def _stream(head: dict, gens, started: float, *, chat: bool, calling: bool) -> AsyncIterator[dict]:
    splitter = ReplySplitter() if calling else None

    def piece(content: str, calls: list | None = None) -> dict:
        if chat:
            return {**head, "created_at": now(), "message": _message(content, calls or []), "done": False}
        return {**head, "created_at": now(), "response": content, "done": False}

    async for _, event in merged_events(gens):
        if isinstance(event, Finished):
            if (error := failure(event)) is not None:
                yield {"error": error.message}
                return
            if splitter is not None and any(rest := splitter.finish()):
                yield piece(*rest)
            last = piece("")
            last.update(_done(event, started))
            yield last
            return
        if splitter is None:
            yield piece(event.text)
        elif any(part := splitter.feed(event.text)):
            yield piece(*part)
