"""Per-request telemetry: a request id (X-Request-Id), metrics, and one JSON access log line.

The line goes to the "kogata.access" logger when the request ends (for a stream: after its last
byte). It never holds prompt text unless `server.log_prompts` is on.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import uuid
from datetime import datetime, timezone

from starlette.routing import Match

from . import context
from .context import RequestContext
from .metrics import ServerMetrics

access_log = logging.getLogger("kogata.access")

REQUEST_ID_HEADER = b"x-request-id"
_GIVEN_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")  # a proxy's id is kept if it looks like one
PROMPT_FIELDS = ("messages", "prompt", "input")


def new_request_id() -> str:
    return f"req_{uuid.uuid4().hex[:24]}"


def _request_id(scope) -> str:
    for name, value in scope.get("headers") or ():
        if name == REQUEST_ID_HEADER:
            given = value.decode("latin-1")
            if _GIVEN_ID.fullmatch(given):
                return given
    return new_request_id()


def _prompt(body: bytes | None):
    """The prompt fields of a JSON request body (or the body as text, if it is not JSON)."""
    if not body:
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return body.decode("utf-8", "replace")
    if not isinstance(data, dict):
        return data
    return {k: data[k] for k in PROMPT_FIELDS if k in data} or None


def access_record(ctx: RequestContext, prompt=None) -> dict:
    record = {
        "ts": datetime.fromtimestamp(time.time(), timezone.utc).isoformat(timespec="milliseconds"),
        "request_id": ctx.id,
        "method": ctx.method,
        "route": ctx.route,
        "path": ctx.path,
        "status": ctx.status,
        "model": ctx.model,
        "key": ctx.key,
        "prompt_tokens": ctx.prompt_tokens,
        "completion_tokens": ctx.completion_tokens,
        "ttft_ms": None if ctx.ttft_s is None else round(ctx.ttft_s * 1000, 1),
        "latency_ms": round(ctx.latency_s * 1000, 1),
    }
    if prompt is not None:
        record["prompt"] = prompt
    return record


class RequestTelemetry:
    """ASGI middleware, outermost of kogata's: makes the request's context, tags the response with
    its id, and records the request when it ends. `routes` (the app's APIRoutes) name the route of
    requests answered before routing (401, 429, 503)."""

    def __init__(self, app, *, metrics: ServerMetrics, routes: list, log_prompts: bool = False):
        self.app = app
        self.metrics = metrics
        self.routes = routes
        self.log_prompts = log_prompts

    def _route(self, scope) -> str | None:
        """The route's path template: set by routing, or matched here for an answer given before it."""
        route = scope.get("route")
        if route is not None:
            return getattr(route, "path", None)
        for route in self.routes:
            match, _ = route.matches(scope)
            if match != Match.NONE:
                return getattr(route, "path", None)
        return None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        ctx = RequestContext(_request_id(scope), scope["method"], scope["path"])
        body = bytearray() if self.log_prompts else None
        id_header = (REQUEST_ID_HEADER, ctx.id.encode())

        async def receive_and_keep():
            message = await receive()
            if message["type"] == "http.request":
                body.extend(message.get("body", b""))
            return message

        async def send_tagged(message):
            if message["type"] == "http.response.start":
                ctx.status = message["status"]
                message = {**message, "headers": [*message.get("headers", ()), id_header]}
            await send(message)

        token = context.enter(ctx)
        try:
            await self.app(scope, receive_and_keep if body is not None else receive, send_tagged)
        except BaseException as e:
            if ctx.status is None:
                ctx.status = 499 if isinstance(e, asyncio.CancelledError) else 500  # 499: the client left
            raise
        finally:
            context.leave(token)
            ctx.ended = time.perf_counter()
            ctx.route = self._route(scope)
            self.metrics.observe(ctx)
            if access_log.isEnabledFor(logging.INFO):
                record = access_record(ctx, _prompt(bytes(body)) if body is not None else None)
                access_log.info(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
