"""Per-key rate limits: requests per minute and tokens per minute, over a sliding minute.

A request is counted when it is admitted; its tokens (prompt + completion, from its usage) are
charged when it ends, so a key may overshoot its token limit by one request's worth, the way
OpenAI's limits behave. Limits live in this process: each replica enforces its own.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable

from ..store.keys import ApiKey
from .errors import RateLimited

WINDOW_S = 60.0


@dataclass
class _Usage:
    requests: deque[float] = field(default_factory=deque)
    tokens: deque[tuple[float, int]] = field(default_factory=deque)


class RateLimiter:
    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self._usage: dict[str, _Usage] = {}
        self._lock = threading.Lock()

    def _prune(self, usage: _Usage, now: float) -> None:
        cutoff = now - WINDOW_S
        while usage.requests and usage.requests[0] <= cutoff:
            usage.requests.popleft()
        while usage.tokens and usage.tokens[0][0] <= cutoff:
            usage.tokens.popleft()

    def admit(self, key: ApiKey) -> None:
        """Count one request for `key`, or raise RateLimited (with the seconds to wait) if over a limit."""
        if key.rpm is None and key.tpm is None:
            return
        with self._lock:
            now = self.clock()
            usage = self._usage.setdefault(key.hash, _Usage())
            self._prune(usage, now)
            if key.rpm is not None and len(usage.requests) >= key.rpm:
                wait = usage.requests[len(usage.requests) - key.rpm] + WINDOW_S - now
                raise self._limited(key, "requests", f"{key.rpm} requests per minute", wait)
            used = sum(n for _, n in usage.tokens)
            if key.tpm is not None and used >= key.tpm:
                wait = self._tokens_free_at(usage, key.tpm, used) - now
                raise self._limited(key, "tokens", f"{key.tpm} tokens per minute (used {used})", wait)
            usage.requests.append(now)

    def charge(self, key: ApiKey, tokens: int) -> None:
        """Add a finished request's tokens to `key`'s minute."""
        if key.tpm is None or tokens <= 0:
            return
        with self._lock:
            self._usage.setdefault(key.hash, _Usage()).tokens.append((self.clock(), tokens))

    @staticmethod
    def _tokens_free_at(usage: _Usage, limit: int, used: int) -> float:
        """When enough charges leave the window for the key to be under its limit again."""
        for at, n in usage.tokens:
            used -= n
            if used < limit:
                return at + WINDOW_S
        return usage.tokens[-1][0] + WINDOW_S

    @staticmethod
    def _limited(key: ApiKey, kind: str, limit: str, wait: float) -> RateLimited:
        seconds = max(1, math.ceil(wait))
        return RateLimited(f"rate limit reached for API key '{key.name}': {limit}; retry in {seconds} s",
                           kind=kind, retry_after=seconds)
