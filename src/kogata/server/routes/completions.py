"""POST /v1/completions (OpenAI's legacy text completion)"""

from __future__ import annotations

import time
import uuid

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from ...engine.base import Finished, TokenLogprob
from ...errors import InvalidRequest
from ..deps import RuntimeDep
from ..generation import LatestRequests, collect_all, error_event, merged_events, sse, submit_all, usage_body
from ..openapi import errors, stream
from ..responses import Completion
from ..schemas import CompletionRequest

router = APIRouter()


def logprobs_body(items: list[TokenLogprob], offset: int = 0) -> dict:
    offsets, pos = [], offset
    for lp in items:
        offsets.append(pos)
        pos += len(lp.token)
    return {
        "tokens": [lp.token for lp in items],
        "token_logprobs": [lp.logprob for lp in items],
        "top_logprobs": [{t.token: t.logprob for t in lp.top_logprobs} for lp in items],
        "text_offset": offsets,
    }


@router.post("/v1/completions", responses={
    200: {"model": Completion, **stream("text/event-stream", "the completion; with \"stream\": server-sent events "
                                       "of text_completion objects, then `data: [DONE]`")},
    **errors({404: "the model does not exist", 409: "a newer request with the same client_id replaced this one"})})
async def completions(body: CompletionRequest, request: Request, runtime: RuntimeDep):
    prompts = [body.prompt] if isinstance(body.prompt, str) else body.prompt
    if not prompts:
        raise InvalidRequest("prompt must be a string or a non-empty list of strings", param="prompt")
    engine = runtime.loaded_chat(body.model) or await run_in_threadpool(runtime.chat, body.model)
    want_logprobs = body.logprobs is not None
    params = body.sampling(body.max_tokens, logprobs=want_logprobs, top_logprobs=body.logprobs or 0, grammar=None)
    gens = []
    try:
        for prompt in prompts:
            gens.extend(submit_all(engine, prompt, params, body.n))
    except Exception:
        for g in gens:
            g.cancel()
        raise
    latest: LatestRequests = request.app.state.latest_requests
    if body.client_id is not None:
        latest.start(body.client_id, gens)
    try:
        return await _answer(body, request, gens, prompts, latest)
    finally:
        if body.client_id is not None and not body.stream:
            latest.done(body.client_id, gens)


async def _answer(body: CompletionRequest, request: Request, gens: list, prompts: list[str], latest: LatestRequests):
    want_logprobs = body.logprobs is not None
    prompt_tokens = sum(g.prompt_tokens for g in gens[:: body.n])
    head = {"id": f"cmpl-{uuid.uuid4().hex[:24]}", "created": int(time.time()), "model": body.model,
            "object": "text_completion"}
    if body.stream:
        return StreamingResponse(_stream(head, gens, body, prompt_tokens, latest), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache"})
    results = await collect_all(request, gens)
    choices = []
    for i, (text, final, lps) in enumerate(results):
        if (error := latest.failure(gens[i], final)) is not None:
            raise error
        prefix = prompts[i // body.n] if body.echo else ""
        choices.append({
            "index": i, "text": prefix + text, "finish_reason": final.finish_reason,
            "logprobs": logprobs_body(lps, len(prefix)) if want_logprobs else None,
        })
    return {**head, "choices": choices, "usage": usage_body([r[1] for r in results], prompt_tokens)}


async def _stream(head: dict, gens, body: CompletionRequest, prompt_tokens: int, latest: LatestRequests):
    finals: list[Finished] = []
    async for i, event in merged_events(gens):
        if isinstance(event, Finished):
            if (error := latest.failure(gens[i], event)) is not None:
                yield error_event(error)
                return
            finals.append(event)
            yield sse({**head, "choices": [{"index": i, "text": "", "logprobs": None,
                                            "finish_reason": event.finish_reason}]})
        else:
            lp = logprobs_body(event.logprobs) if body.logprobs is not None and event.logprobs else None
            yield sse({**head, "choices": [{"index": i, "text": event.text, "logprobs": lp, "finish_reason": None}]})
    if body.include_usage:
        yield sse({**head, "choices": [], "usage": usage_body(finals, prompt_tokens)})
    yield sse("[DONE]")
