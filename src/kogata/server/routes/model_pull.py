"""GET /v1/models/catalog, POST /v1/models/pull

The catalog lists the models kogata knows how to pull, each saying whether it is installed. A pull
answers server-sent events: `{"status": "downloading", "completed": BYTES, "total": BYTES}` as the
download goes on, then `{"status": "success", "model": {...}}` (the details of `kogata show`) or an
OpenAI error body, then `[DONE]`. An unknown name is refused with 404 before the stream starts; an
installed model answers success at once.

The pull runs in its own thread and goes on to the end if the client leaves (the next pull of the
same model then answers at once). Pulls of one model are taken one at a time in this process; the
store's staging-and-rename keeps the store whole against pulls from other processes.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import AsyncIterator

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from ...errors import KogataError, ModelNotFound, StoreError
from ...models import pull as pull_module
from ...models.catalog import CATALOG
from ...models.store import ModelStore
from ..deps import RuntimeDep
from ..generation import error_event, sse
from ..openapi import errors, stream
from ..responses import Catalog

log = logging.getLogger("kogata.server")
router = APIRouter()

PROGRESS_INTERVAL_S = 0.2  # at most about five progress events a second

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock_for(name: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(name, threading.Lock())


class PullBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    model: str = Field(min_length=1)


@router.get("/v1/models/catalog", responses={200: {"model": Catalog}})
async def catalog(runtime: RuntimeDep):
    installed = {m.name for m in await run_in_threadpool(runtime.store.list)}
    data = [
        {"name": e.name, "kind": e.kind, "size": e.size, "description": e.description, "licence": e.licence,
         "languages": list(e.languages), "installed": e.name in installed}
        for e in CATALOG.values()
    ]
    return {"object": "list", "data": data}


@router.post("/v1/models/pull", responses={
    200: stream("text/event-stream", "server-sent events: {\"status\": \"downloading\", \"completed\", "
                "\"total\"}…, then {\"status\": \"success\", \"model\"} or an error body, then `data: [DONE]`"),
    **errors({404: "the catalog has no model of that name"})})
async def pull_model(body: PullBody, runtime: RuntimeDep):
    name, store = body.model, runtime.store
    entry = CATALOG.get(name)
    if entry is None:
        raise ModelNotFound(f"unknown model '{name}'; the catalog has: {', '.join(CATALOG)}", param="model")
    if await run_in_threadpool(store.is_installed, name):
        # At once, or a 400 if what is installed under that name is not the catalog's file.
        await run_in_threadpool(pull_module.pull, store, name, progress=False)
        shown = await run_in_threadpool(store.show, name)
        return _event_stream(_answered({"status": "success", "model": shown}))
    return _event_stream(_pulling(store, name, entry.size))


def _event_stream(events: AsyncIterator[str]) -> StreamingResponse:
    return StreamingResponse(events, media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


async def _answered(event: dict) -> AsyncIterator[str]:
    yield sse(event)
    yield sse("[DONE]")


async def _pulling(store: ModelStore, name: str, size: int) -> AsyncIterator[str]:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[str, object]] = asyncio.Queue()

    def put(kind: str, value: object) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, (kind, value))

    last = 0.0

    def report(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if done >= total or now - last >= PROGRESS_INTERVAL_S:
            last = now
            put("progress", (done, total))

    def work() -> None:
        try:
            with _lock_for(name):  # a second pull of the same model waits, then finds it installed
                pull_module.pull(store, name, progress=False, on_progress=report)
                put("success", store.show(name))
        except KogataError as e:
            put("error", e)
        except Exception as e:  # the stream must end with an error event, not be cut off
            log.exception("pulling %s failed", name)
            put("error", StoreError(f"pulling {name} failed: {type(e).__name__}: {e}"))

    yield sse({"status": "downloading", "completed": 0, "total": size})
    threading.Thread(target=work, name=f"kogata-pull-{name}", daemon=True).start()
    while True:
        kind, value = await queue.get()
        if kind == "progress":
            done, total = value  # type: ignore[misc]
            yield sse({"status": "downloading", "completed": done, "total": total})
        elif kind == "success":
            yield sse({"status": "success", "model": value})
            yield sse("[DONE]")
            return
        else:
            yield error_event(value)  # type: ignore[arg-type]
            return
