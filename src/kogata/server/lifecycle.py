"""Readiness and graceful shutdown.

Ready: the configured models are loaded (in the background, so /health answers while they load)
and the server is not shutting down. Shutdown (`begin_drain`, on SIGTERM): new requests get 503,
requests in flight run on for up to `server.shutdown_timeout_s`; then their generations are
cancelled, so each stream ends with an error event and `data: [DONE]` rather than being cut off.
`drain_step` says when the HTTP server may stop (see runner.py).
"""

from __future__ import annotations

import logging
import time
from typing import Callable

from starlette.concurrency import run_in_threadpool

from ..config import Settings
from ..runtime import Runtime
from . import context
from .context import RequestContext
from .errors import ServerShuttingDown, refusal

STOP_GRACE_S = 5.0  # after stopping generations, how long their final events may take to be sent
OPEN_WHILE_DRAINING = frozenset({"/health", "/ready", "/metrics"})

log = logging.getLogger("kogata.server")


def load_models(runtime: Runtime, settings: Settings) -> None:
    """Load the chat model the server is configured with (blocking). The embedding model loads on
    the first embeddings request: a chat-only server should not carry its memory."""
    runtime.chat(settings.server.model)


class Lifecycle:
    def __init__(self, shutdown_timeout_s: float, clock: Callable[[], float] = time.monotonic):
        self.shutdown_timeout_s = shutdown_timeout_s
        self.clock = clock
        self.loaded = False
        self.load_error: str | None = None
        self.draining = False
        self._deadline = 0.0
        self._stopped = False
        self._in_flight = 0
        self._active: set[RequestContext] = set()

    # --- readiness ---
    async def preload(self, load: Callable[[], None]) -> None:
        try:
            await run_in_threadpool(load)
        except Exception as e:  # noqa: BLE001  (reported on /ready and in the log; the server stays up)
            self.load_error = getattr(e, "message", None) or f"{type(e).__name__}: {e}"
            log.error("loading the configured models failed: %s", self.load_error)
            return
        self.loaded = True
        log.info("models loaded; ready")

    @property
    def ready(self) -> bool:
        return self.loaded and not self.draining

    def status(self) -> dict:
        if self.draining:
            return {"status": "shutting_down"}
        if self.load_error is not None:
            return {"status": "failed", "error": self.load_error}
        return {"status": "ready" if self.loaded else "loading"}

    # --- requests in flight ---
    @property
    def in_flight(self) -> int:
        return self._in_flight

    def enter(self, ctx: RequestContext | None) -> None:
        self._in_flight += 1
        if ctx is not None:
            self._active.add(ctx)

    def leave(self, ctx: RequestContext | None) -> None:
        self._in_flight -= 1
        self._active.discard(ctx)

    # --- shutdown ---
    def begin_drain(self) -> None:
        if self.draining:
            return
        self.draining = True
        self._deadline = self.clock() + self.shutdown_timeout_s
        log.info("shutting down: refusing new requests, waiting up to %g s for %d in flight",
                 self.shutdown_timeout_s, self._in_flight)

    def drain_step(self) -> bool:
        """Called periodically while draining; True once the server may stop."""
        if not self.draining:
            return False
        if self._in_flight == 0:
            return True
        now = self.clock()
        if now >= self._deadline and not self._stopped:
            self._stopped = True
            log.warning("shutdown timeout: stopping %d request(s) still running", len(self._active))
            for ctx in list(self._active):
                ctx.stop()
        return now >= self._deadline + STOP_GRACE_S


class LifecycleGate:
    """ASGI middleware: counts requests in flight; while draining, answers new ones with 503."""

    def __init__(self, app, lifecycle: Lifecycle):
        self.app = app
        self.lifecycle = lifecycle

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if self.lifecycle.draining and scope["path"] not in OPEN_WHILE_DRAINING:
            error = ServerShuttingDown("the server is shutting down; retry on another server or later")
            response = refusal(scope["path"], error, {"Retry-After": "1", "Connection": "close"})
            return await response(scope, receive, send)
        ctx = context.current()
        self.lifecycle.enter(ctx)
        try:
            await self.app(scope, receive, send)
        finally:
            self.lifecycle.leave(ctx)
