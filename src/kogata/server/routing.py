"""Chat completions with `"model": "auto"` or a `"route"` field: the router decides, the local model
or the upstream (through the privacy guard) answers, and every answer says which in its `"kogata"`
object: {"route", "reason", "redactions", "latency_ms"} (and "note" when the upstream failed and the
local model answered instead)."""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from ..config import Settings
from ..route.audit import audit_log
from ..route.guarded import GuardedUpstream, redact_messages
from ..route.privacy import guard
from ..route.router import Route, Router, last_user_text, open_router
from ..route.signals import TextClassifier
from ..route.upstream import UpstreamClient, UpstreamError
from ..runtime import Runtime
from .generation import error_event, sse
from .schemas import ChatCompletionRequest

AUTO_MODEL = "auto"
# Request fields passed upstream when the client set them: OpenAI's own (kogata's top_k, min_p and
# repeat_penalty are not OpenAI parameters and would be refused by some upstreams).
UPSTREAM_FIELDS = ("temperature", "top_p", "seed", "stop", "presence_penalty", "frequency_penalty", "n",
                   "max_tokens", "max_completion_tokens", "logprobs", "top_logprobs", "response_format")
STREAM_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


@dataclass
class RouteNote:
    route: Route
    reason: str
    started: float = field(default_factory=time.monotonic)
    redactions: dict[str, int] = field(default_factory=dict)
    note: str | None = None

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"route": self.route, "reason": self.reason, "redactions": self.redactions,
                               "latency_ms": round((time.monotonic() - self.started) * 1000)}
        if self.note:
            out["note"] = self.note
        return out


# chat.py's local answer: the request (naming a local model), and the note its answer carries.
LocalChat = Callable[[ChatCompletionRequest, Request, Runtime, RouteNote], Awaitable[Any]]


class Routing:
    """What one server routes with: the settings, the upstream (None: nothing leaves the machine),
    the redactor, the audit log, and the router with its classifier (`classifier`, else the one
    settings.route.classifier names), made on first use."""

    def __init__(self, settings: Settings, runtime: Runtime, upstream: UpstreamClient | None = None, *,
                 classifier: TextClassifier | None = None, keep=None):
        self.settings = settings
        self.runtime = runtime
        self.upstream = upstream
        self.guarded = GuardedUpstream(upstream, audit_log(settings), keep) if upstream else None
        self.redactor = guard(settings, runtime)
        self._classifier = classifier
        self._router: Router | None = None
        self._lock = threading.Lock()

    def router(self) -> Router:
        with self._lock:
            if self._router is None:
                self._router = open_router(self.settings, self.runtime, upstream=self.upstream is not None,
                                           classifier=self._classifier)
            return self._router


def is_routed(body: ChatCompletionRequest) -> bool:
    return body.model == AUTO_MODEL or body.route is not None


async def routed_chat(body: ChatCompletionRequest, request: Request, runtime: Runtime, routing: Routing,
                      local: LocalChat, *, kb_support: bool | None = None, local_model: str | None = None):
    """Answer `body` where the router says. `kb_support`: whether the knowledge base found anything
    relevant for this request (None when it was not asked). `local_model`: who answers "auto" locally
    (default: the server's default model)."""
    started = time.monotonic()
    messages = [m.model_dump(exclude_none=True) for m in body.messages]
    router = await run_in_threadpool(routing.router)
    decision = await run_in_threadpool(router.decide, last_user_text(messages), forced=body.route,
                                       kb_support=kb_support)
    local_body = body if body.model != AUTO_MODEL else body.model_copy(
        update={"model": local_model or routing.settings.server.model})
    if decision.route == "local" and router.checks_answer(decision):
        probe = local_body.model_copy(update={"logprobs": True, "stream": False})
        reply = await local(probe, request, runtime, RouteNote("local", decision.reason, started))
        lps = [t["logprob"] for c in reply["choices"] for t in (c["logprobs"] or {}).get("content", [])]
        decision = router.after_answer(decision, lps)
        if decision.route == "local":
            if not body.logprobs:
                for choice in reply["choices"]:
                    choice["logprobs"] = None
            note = RouteNote("local", decision.reason, started)
            if body.stream:
                return StreamingResponse(_replay(reply, note, body.include_usage), media_type="text/event-stream",
                                         headers=STREAM_HEADERS)
            return {**reply, "kogata": note.body()}
    if decision.route == "local":
        return await local(local_body, request, runtime, RouteNote("local", decision.reason, started))
    assert routing.guarded is not None  # the router escalates only when an upstream exists
    params = body.model_dump(include=set(UPSTREAM_FIELDS) & body.model_fields_set)
    outgoing = await run_in_threadpool(redact_messages, messages, routing.redactor, params)
    note = RouteNote("upstream", decision.reason, started, outgoing.redactions)
    try:
        if body.stream:
            chunks = await routing.guarded.open_stream(outgoing, decision.reason, routing.settings.route.classifier)
            return StreamingResponse(_relay(chunks, note, body.include_usage), media_type="text/event-stream",
                                     headers=STREAM_HEADERS)
        return {**await routing.guarded.complete(outgoing, decision.reason, routing.settings.route.classifier),
                "kogata": note.body()}
    except UpstreamError as e:
        fallback = RouteNote("local", "upstream_unavailable", started,
                             note=f"wanted upstream ({decision.reason}) but {e.message}; answered locally")
        return await local(local_body, request, runtime, fallback)


async def _relay(chunks: AsyncIterator[dict[str, Any]], note: RouteNote, include_usage: bool) -> AsyncIterator[str]:
    """The upstream's chunks, one held back so that the last one can carry the note."""
    held: dict[str, Any] | None = None
    try:
        async for chunk in chunks:
            if not chunk.get("choices") and not include_usage:
                continue  # the usage chunk kogata asked for, which this client did not
            if not include_usage:
                chunk.pop("usage", None)
            if held is not None:
                yield sse(held)
            held = chunk
    except UpstreamError as e:
        if held is not None:
            yield sse(held)
        yield error_event(e)
        return
    if held is not None:
        yield sse({**held, "kogata": note.body()})
    yield sse("[DONE]")


async def _replay(reply: dict[str, Any], note: RouteNote, include_usage: bool) -> AsyncIterator[str]:
    """A finished local answer as a stream: role, content and finish chunks, the note on the last one."""
    head = {k: reply[k] for k in ("id", "created", "model", "system_fingerprint") if k in reply}
    chunk = {**head, "object": "chat.completion.chunk"}
    events = []
    for c in reply["choices"]:
        events.append({"index": c["index"], "delta": {"role": "assistant", "content": ""}, "logprobs": None,
                       "finish_reason": None})
        events.append({"index": c["index"], "delta": {"content": c["message"]["content"]}, "logprobs": c["logprobs"],
                       "finish_reason": None})
        events.append({"index": c["index"], "delta": {}, "logprobs": None, "finish_reason": c["finish_reason"]})
    bodies = [{**chunk, "choices": [e]} for e in events]
    if include_usage:
        bodies.append({**chunk, "choices": [], "usage": reply["usage"]})
    bodies[-1]["kogata"] = note.body()
    for b in bodies:
        yield sse(b)
    yield sse("[DONE]")
