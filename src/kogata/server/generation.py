"""Running generations for a request: submit, wait (cancelling if the client leaves), stream."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import threading
import weakref
from typing import AsyncIterator

from fastapi import Request

from ..engine.base import ChatEngine, Finished, Generation, GenerationRequest, SamplingParams, TokenLogprob
from ..errors import GenerationFailed, KogataError, ServerBusy
from . import context
from .errors import ClientDisconnected, ServerShuttingDown, Superseded

DISCONNECT_POLL_S = 0.2


def submit_all(engine: ChatEngine, prompt: str, params: SamplingParams, n: int, *, add_bos: bool = True,
               chat: bool = False) -> list[Generation]:
    """Submit `n` choices of one prompt; choice i uses seed+i so that choices differ but repeat."""
    gens: list[Generation] = []
    try:
        for i in range(n):
            seed = None if params.seed is None else params.seed + i
            gens.append(engine.submit(GenerationRequest(prompt, dataclasses.replace(params, seed=seed), add_bos=add_bos,
                                                          chat=chat)))
    except KogataError:
        for g in gens:
            g.cancel()
        raise
    if (ctx := context.current()) is not None:
        ctx.submitted(engine.info.name, gens)
    return gens


async def collect_all(request: Request, gens: list[Generation]) -> list[tuple[str, Finished, list[TokenLogprob]]]:
    """Wait for every generation; if the client disconnects first, cancel them all."""
    ctx = context.current()
    tasks = [asyncio.ensure_future(g.acollect(ctx.observe if ctx else None)) for g in gens]
    try:
        while True:
            done, pending = await asyncio.wait(tasks, timeout=DISCONNECT_POLL_S)
            if not pending:
                return [t.result() for t in tasks]
            if await request.is_disconnected():
                raise ClientDisconnected()
    finally:
        for g, t in zip(gens, tasks):
            if not t.done():
                g.cancel()
                t.cancel()


async def merged_events(gens: list[Generation]) -> AsyncIterator[tuple[int, object]]:
    """Events of several generations as they come, tagged with the generation's index.
    Leaving the loop early (client gone) cancels every generation still running."""
    queue: asyncio.Queue = asyncio.Queue()

    async def pump(i: int, gen: Generation):
        async for event in gen:
            await queue.put((i, event))

    tasks = [asyncio.ensure_future(pump(i, g)) for i, g in enumerate(gens)]
    remaining = len(gens)
    ctx = context.current()
    try:
        while remaining:
            i, event = await queue.get()
            if isinstance(event, Finished):
                remaining -= 1
            if ctx is not None:
                ctx.observe(event)
            yield i, event
    finally:
        for g, t in zip(gens, tasks):
            g.cancel()
            t.cancel()


class LatestRequests:
    """Per `client_id`, the generations of that client's latest request: an autocomplete client types on,
    and its newer request cancels the older one at once instead of waiting behind it."""

    def __init__(self):
        self._latest: dict[str, list[Generation]] = {}
        self._superseded: weakref.WeakSet[Generation] = weakref.WeakSet()
        self._lock = threading.Lock()

    def start(self, client_id: str, gens: list[Generation]) -> None:
        with self._lock:
            older = self._latest.get(client_id, [])
            self._latest[client_id] = gens
            self._superseded.update(older)
        for gen in older:
            gen.cancel()

    def done(self, client_id: str, gens: list[Generation]) -> None:
        with self._lock:
            if self._latest.get(client_id) is gens:
                del self._latest[client_id]

    def failure(self, gen: Generation, final: Finished) -> KogataError | None:
        """Like `failure`, but a generation a newer request replaced is answered as superseded."""
        if final.finish_reason == "cancelled" and gen in self._superseded:
            return Superseded("a newer request with the same client_id replaced this one")
        return failure(final)


def sse(payload: dict | str) -> str:
    data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    return f"data: {data}\n\n"


def usage_body(finals: list[Finished], prompt: int) -> dict:
    completion = sum(f.usage.completion_tokens for f in finals)
    cached = max((f.usage.cached_tokens for f in finals), default=0)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": cached},
    }


def failure(final: Finished) -> KogataError | None:
    """The error to answer for a generation that did not complete, if any."""
    if final.finish_reason == "busy":
        return ServerBusy(final.error or "the server is busy; retry later")
    if final.finish_reason == "error":
        return GenerationFailed(final.error or "generation failed")
    if final.finish_reason == "cancelled":  # by the server: a client that left reads nothing more
        return ServerShuttingDown("the server is shutting down and stopped this request before it finished")
    return None


def error_event(error: KogataError) -> str:
    """How a stream that has already started reports a failure: the error, then the end."""
    return sse(error.to_body()) + sse("[DONE]")
