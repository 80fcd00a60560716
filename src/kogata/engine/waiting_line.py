"""The requests an engine has accepted and not yet given a sequence: handed in from any thread,
taken in order by the engine thread, refused once too many wait, and ended with "busy" once they have
waited longer than the queue timeout."""

from __future__ import annotations

import collections
import logging
import queue
import threading
import time

from ..errors import ServerBusy
from .base import Finished, Generation, Usage

log = logging.getLogger("kogata.engine")


class WaitingLine:
    def __init__(self, queue_size: int, timeout_s: float):
        self.queue_size = queue_size
        self.timeout_s = timeout_s
        self._incoming: queue.SimpleQueue[tuple[Generation, list[int]] | None] = queue.SimpleQueue()
        self._line: collections.deque[tuple[Generation, list[int]]] = collections.deque()
        self._pending = 0  # handed in, not yet taken (guarded by _lock)
        self._lock = threading.Lock()

    @property
    def pending(self) -> int:
        return self._pending

    def __bool__(self) -> bool:
        return bool(self._line)

    # --- any thread ---
    def put(self, gen: Generation, tokens: list[int], free_slots: int) -> None:
        """Accept a request, or raise ServerBusy when the queue is full beyond the free sequences."""
        with self._lock:
            if self._pending >= self.queue_size + free_slots:
                raise ServerBusy(f"too many requests waiting ({self._pending}); retry shortly")
            self._pending += 1
        self._incoming.put((gen, tokens))

    def close(self) -> None:
        self._incoming.put(None)

    # --- the engine thread ---
    def collect(self, *, block: bool, free_slots: int, active: int) -> bool:
        """Move what was handed in onto the line (waiting for the first if `block`). False once the
        line is closing."""
        try:
            item = self._incoming.get() if block else self._incoming.get_nowait()
        except queue.Empty:
            return True
        while item is not None:
            self._line.append(item)
            if len(self._line) > free_slots:
                log.info("request waits for a free sequence: queue position %d, %d active",
                         len(self._line) - free_slots, active)
            try:
                item = self._incoming.get_nowait()
            except queue.Empty:
                return True
        return False

    def first(self) -> tuple[Generation, list[int]] | None:
        """The request next in line, after ending those that waited too long or were cancelled."""
        self._expire()
        while self._line and self._line[0][0].cancelled:
            gen, tokens = self.pop()
            gen.emit(Finished("cancelled", Usage(len(tokens), 0)))
        return self._line[0] if self._line else None

    def pop(self) -> tuple[Generation, list[int]]:
        with self._lock:
            self._pending -= 1
        return self._line.popleft()

    def cancel_all(self) -> None:
        while self._line:
            gen, tokens = self._line.popleft()
            gen.emit(Finished("cancelled", Usage(len(tokens), 0)))

    def _expire(self) -> None:
        deadline = time.monotonic() - self.timeout_s
        if not self._line or self._line[0][0].created > deadline:
            return
        keep = collections.deque()
        for gen, tokens in self._line:
            if gen.created > deadline:
                keep.append((gen, tokens))
                continue
            with self._lock:
                self._pending -= 1
            gen.emit(Finished("busy", Usage(len(tokens), 0),
                              error=f"no free sequence within {self.timeout_s:g} s; retry later"))
        self._line = keep
