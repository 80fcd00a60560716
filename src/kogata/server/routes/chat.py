"""POST /v1/chat/completions"""

from __future__ import annotations

import functools
import logging
import time
import uuid

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from ...engine.base import Finished, TokenLogprob
from ...engine.structured import InvalidOutput, StructuredOutput
from ...engine.tool_calls import ReplySplitter, ToolSpec, parse_reply
from ...errors import InvalidRequest
from ...kb.answer import answering_model
from ...runtime import Runtime
from ..deps import RoutingDep, RuntimeDep
from ..generation import collect_all, error_event, failure, merged_events, sse, submit_all, usage_body
from ..grounding import Grounding, ground
from ..openapi import errors, stream
from ..responses import ChatCompletion
from ..routing import RouteNote, is_routed, routed_chat
from ..schemas import ChatCompletionRequest

router = APIRouter()
log = logging.getLogger("kogata.server")


def logprobs_body(items: list[TokenLogprob]) -> dict:
    return {
        "content": [
            {
                "token": lp.token, "logprob": lp.logprob, "bytes": lp.bytes,
                "top_logprobs": [{"token": t.token, "logprob": t.logprob, "bytes": t.bytes} for t in lp.top_logprobs],
            }
            for lp in items
        ],
        "refusal": None,
    }


def _messages(body: ChatCompletionRequest) -> list[dict]:
    out = []
    for m in body.messages:
        d = m.model_dump(exclude_none=True)
        if d["role"] == "developer":  # OpenAI's newer name for the system role
            d["role"] = "system"
        out.append(d)
    return out


@router.post("/v1/chat/completions", responses={
    200: {"model": ChatCompletion, **stream("text/event-stream", "the completion; with \"stream\": server-sent events "
                                           "of chat.completion.chunk objects, then `data: [DONE]`")},
    **errors({404: "the model, or the knowledge-base collection of \"kb\", does not exist"})})
async def chat_completions(body: ChatCompletionRequest, request: Request, runtime: RuntimeDep, routing: RoutingDep):
    grounding = await ground(body.kb, _messages(body), request.app.state.kb)
    local = functools.partial(local_chat, grounding=grounding)
    if is_routed(body):
        kb_support = grounding.plan.supported if grounding is not None else None
        # Grounded answers from "auto" go to the Japanese specialist for Japanese questions, as kb ask's do.
        local_model = None if grounding is None else await run_in_threadpool(
            answering_model, grounding.plan, None, routing.settings.server.model, specialist_ready=runtime.answering_specialist_ready)
        return await routed_chat(body, request, runtime, routing, local, kb_support=kb_support, local_model=local_model)
    return await local(body, request, runtime, RouteNote("local", "named_model"))


async def local_chat(body: ChatCompletionRequest, request: Request, runtime: Runtime, note: RouteNote,
                     grounding: Grounding | None = None):
    """The answer of the local model `body.model`, carrying `note` as its "kogata" object, and
    grounded in the knowledge-base passages of `grounding` if given."""
    engine = runtime.loaded_chat(body.model) or await run_in_threadpool(runtime.chat, body.model)
    # Grammars of large schemas take a while to build: not on the event loop.
    structured, tools = await run_in_threadpool(_constraints, body)
    calling = tools is not None and bool(tools.offered)
    messages = _messages(body)
    prompt = engine.render_chat(grounding.messages(messages) if grounding else messages, tools=tools)
    max_tokens = body.max_completion_tokens or body.max_tokens
    if structured is not None or calling:
        fits_in(tools.closer().closing() if calling else structured.smallest, max_tokens, engine)
    params = body.sampling(
        max_tokens, logprobs=body.logprobs, top_logprobs=body.top_logprobs,
        grammar=tools.grammar if calling else structured.grammar if structured else None,
    )
    params.closer = tools.closer if calling else structured.closer if structured else None
    params.stop_on_repetition |= grounding is not None  # knowledge-base answers, as `kb ask` gives them
    gens = submit_all(engine, prompt, params, body.n, chat=True)
    head = {"id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "created": int(time.time()), "model": body.model,
            "system_fingerprint": f"kogata-{body.model}"}
    if body.stream:
        return StreamingResponse(_stream(head, gens, body, note, grounding, calling), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
    results = await collect_all(request, gens)
    for text, final, _ in results:
        if (error := failure(final)) is not None:
            raise error
        if structured and final.finish_reason in ("stop", "length"):
            _check(structured, text)
    citations: list[dict] = []
    if grounding is not None:
        finished = [grounding.finish(text) for text, _, _ in results]
        results = [(text, final, lps) for (text, _), (_, final, lps) in zip(finished, results)]
        citations = finished[0][1]
    choices = [
        {
            "index": i,
            **_reply(text, final.finish_reason, calling),
            "logprobs": logprobs_body(lps) if body.logprobs else None,
        }
        for i, (text, final, lps) in enumerate(results)
    ]
    finals = [final for _, final, _ in results]
    return {**head, "object": "chat.completion", "choices": choices,
            "usage": usage_body(finals, gens[0].prompt_tokens), "kogata": note.body(),
            **({"citations": citations} if grounding is not None else {})}


def _constraints(body: ChatCompletionRequest) -> tuple[StructuredOutput | None, ToolSpec | None]:
    """The request's response_format and tools, checked, with their grammars built."""
    structured = StructuredOutput.from_response_format(body.response_format)
    tools = ToolSpec.from_request(body.tools, body.tool_choice, body.parallel_tool_calls)
    if tools is not None and tools.grammar is not None and structured is not None:
        raise InvalidRequest("response_format cannot be combined with tools here: give one or the other",
                             param="response_format")
    return structured, tools


def _reply(text: str, finish_reason: str, calling: bool) -> dict:
    """The message and finish reason of a choice: calls in `tool_calls` when tools were offered."""
    if not calling:
        return {"message": {"role": "assistant", "content": text, "refusal": None}, "finish_reason": finish_reason}
    content, calls = parse_reply(text)
    message = {"role": "assistant", "content": content, "refusal": None}
    if calls:
        message["tool_calls"] = [call.openai() for call in calls]
    return {"message": message, "finish_reason": "tool_calls" if calls and finish_reason == "stop" else finish_reason}


def fits_in(smallest: str | None, max_tokens: int | None, engine) -> None:
    """A 400 when not even the shortest output the schema (or the tools) allow fits in `max_tokens`."""
    if max_tokens is None or not smallest:
        return
    needed = len(engine.tokenize(smallest, add_bos=False))
    if needed > max_tokens:
        raise InvalidRequest(f"max_tokens is {max_tokens}, but the shortest output the schema allows, "
                             f"{smallest[:80]!r}, is {needed} tokens", param="max_tokens")


def _check(structured: StructuredOutput, text: str) -> None:
    """The grammar guarantees strict schemas; for the others, say when the output fell short."""
    try:
        structured.validate(text)
    except InvalidOutput as e:
        log.warning("structured output did not validate (strict=%s): %s", structured.strict, e.message)


async def _stream(head: dict, gens, body: ChatCompletionRequest, note: RouteNote, grounding: Grounding | None = None,
                  calling: bool = False):
    chunk = {**head, "object": "chat.completion.chunk"}
    said = [""] * len(gens)
    splitters = [ReplySplitter() for _ in gens] if calling else None
    called = [0] * len(gens)

    def split(i: int, content: str, calls: list) -> dict:
        delta: dict = {"content": content} if content else {}
        if calls:
            delta["tool_calls"] = [call.openai(called[i] + k) for k, call in enumerate(calls)]
            called[i] += len(calls)
        return delta

    citations: list[dict] = []
    for i in range(len(gens)):
        yield sse({**chunk, "choices": [{"index": i, "delta": {"role": "assistant", "content": ""},
                                         "logprobs": None, "finish_reason": None}]})
    finals: list[Finished] = []
    async for i, event in merged_events(gens):
        if isinstance(event, Finished):
            if (error := failure(event)) is not None:
                yield error_event(error)
                return
            finals.append(event)
            if splitters is not None and (delta := split(i, *splitters[i].finish())):
                yield sse({**chunk, "choices": [{"index": i, "delta": delta, "logprobs": None, "finish_reason": None}]})
            if grounding is not None:
                text, cited = grounding.finish(said[i])
                citations = citations or cited
                if len(text) > len(said[i]):
                    yield sse({**chunk, "choices": [{"index": i, "delta": {"content": text[len(said[i]):]},
                                                     "logprobs": None, "finish_reason": None}]})
            last = len(finals) == len(gens) and not body.include_usage  # the last chunk carries the note
            extra = {"kogata": note.body(), **({"citations": citations} if grounding is not None else {})}
            reason = "tool_calls" if called[i] and event.finish_reason == "stop" else event.finish_reason
            yield sse({**chunk, "choices": [{"index": i, "delta": {}, "logprobs": None, "finish_reason": reason}],
                       **(extra if last else {})})
        else:
            said[i] += event.text
            lp = logprobs_body(event.logprobs) if body.logprobs and event.logprobs else None
            delta = split(i, *splitters[i].feed(event.text)) if splitters is not None else {"content": event.text}
            if delta or lp:
                yield sse({**chunk, "choices": [{"index": i, "delta": delta, "logprobs": lp, "finish_reason": None}]})
    if body.include_usage:
        yield sse({**chunk, "choices": [], "usage": usage_body(finals, gens[0].prompt_tokens), "kogata": note.body(),
                   **({"citations": citations} if grounding is not None else {})})
    yield sse("[DONE]")
