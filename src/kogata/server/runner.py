"""Running the app under uvicorn, with kogata's graceful shutdown.

What uvicorn does alone on SIGTERM: it closes its listening sockets at once (new clients get
"connection refused"), waits for open responses with no limit unless `timeout_graceful_shutdown`
is set, then cancels them mid-stream (the client sees a cut-off stream, no final event), and only
then runs the lifespan shutdown. So the app cannot learn of the signal in time from the lifespan.

KogataServer turns the first SIGTERM or SIGINT into a drain (lifecycle.py) while uvicorn keeps
listening: new requests get a 503 they can act on, in-flight ones finish or are stopped with a
proper final event at `server.shutdown_timeout_s`; uvicorn's own shutdown starts once nothing is
left in flight. A second signal skips the drain: uvicorn's own shutdown, cancelling what is
still running after STOP_GRACE_S.
"""

from __future__ import annotations

import uvicorn
from fastapi import FastAPI

from ..config import Settings
from ..errors import KogataError
from .lifecycle import STOP_GRACE_S, Lifecycle


class KogataServer(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, lifecycle: Lifecycle):
        super().__init__(config)
        self.lifecycle = lifecycle

    def handle_exit(self, sig, frame) -> None:
        first = not self.lifecycle.draining
        super().handle_exit(sig, frame)  # records the signal: uvicorn re-raises it once stopped
        if first:
            self.should_exit = False  # not yet: drain first (on_tick ends it)
            self.lifecycle.begin_drain()

    async def on_tick(self, counter: int) -> bool:
        if await super().on_tick(counter):
            return True
        return self.lifecycle.drain_step()


def run(app: FastAPI, settings: Settings, *, log_level: str = "info") -> None:
    """Serve `app` (from create_app) on settings.server.host:port until SIGTERM/SIGINT."""
    config = uvicorn.Config(
        app, host=settings.server.host, port=settings.server.port, log_level=log_level,
        access_log=False,  # kogata.access writes one JSON line per request instead
        timeout_graceful_shutdown=STOP_GRACE_S,
    )
    server = KogataServer(config, app.state.lifecycle)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    if not server.started:
        raise KogataError(f"the server did not start on {settings.server.host}:{settings.server.port} "
                          "(see the log above)")
