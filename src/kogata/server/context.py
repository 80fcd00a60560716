"""What the server knows about the request being answered: its id, its key, its model, its tokens.

The telemetry middleware makes one `RequestContext` per HTTP request and puts it in a context
variable; the generation helpers and routes note on it what happened (`current()`), and the
middleware turns it into metrics, the access log line and the key's token use when it ends.
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from dataclasses import dataclass, field

from ..engine.base import Event, Finished, Generation

_current: ContextVar[RequestContext | None] = ContextVar("kogata_request", default=None)


@dataclass(eq=False)
class RequestContext:
    id: str
    method: str
    path: str
    started: float = field(default_factory=time.perf_counter)
    route: str | None = None  # the route's path template, once known
    status: int | None = None
    key: str | None = None  # the API key's name
    model: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0  # of the prompt, found in the KV cache (as usage's cached_tokens: the most of any generation)
    first_token_at: float | None = None
    ended: float | None = None
    generations: list[Generation] = field(default_factory=list)
    stopped: bool = False

    # --- noted by the generation helpers and routes ---
    def submitted(self, model: str, gens: list[Generation]) -> None:
        """One prompt's generations (its n choices) were queued."""
        self.model = model
        if gens:
            self.prompt_tokens += gens[0].prompt_tokens
        self.generations.extend(gens)
        if self.stopped:
            for g in gens:
                g.cancel()

    def observe(self, event: Event) -> None:
        """Each event of this request's generations: the first text, and every generation's end
        (its tokens count even if it was stopped: they were generated)."""
        if isinstance(event, Finished):
            self.completion_tokens += event.usage.completion_tokens
            self.cached_tokens = max(self.cached_tokens, event.usage.cached_tokens)
        elif self.first_token_at is None:
            self.first_token_at = time.perf_counter()

    def embedded(self, model: str, tokens: int) -> None:
        self.model = model
        self.prompt_tokens += tokens

    def stop(self) -> None:
        """Cancel this request's generations (at the end of a graceful shutdown); the stream then
        ends with an error event."""
        self.stopped = True
        for g in self.generations:
            g.cancel()

    # --- read by the middleware ---
    @property
    def latency_s(self) -> float:
        return (self.ended or time.perf_counter()) - self.started

    @property
    def ttft_s(self) -> float | None:
        return None if self.first_token_at is None else self.first_token_at - self.started

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


def current() -> RequestContext | None:
    """The context of the request being answered, or None outside the server (library use)."""
    return _current.get()


def enter(ctx: RequestContext):
    return _current.set(ctx)


def leave(token) -> None:
    _current.reset(token)
