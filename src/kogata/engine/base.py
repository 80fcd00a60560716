"""The engine interface: what the server, the CLI and the tasks see of a loaded model.

A request becomes a `Generation` handle. The engine thread pushes events into it; consumers
read them synchronously (`for ev in handle`) or from asyncio (`async for ev in handle`), and may
`cancel()` at any time. The same objects serve a single sequence or many batched together.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import AsyncIterator, Callable, Iterator, Literal, Protocol

# After the first text of a generation, an asyncio reader takes what the engine produced at most this
# often, as one delta: at 100 tokens/s a token-by-token stream woke the server's event loop a hundred
# times a second, and that work, running beside llama.cpp's threads on a small CPU, slowed the decode
# itself by 5-15% (docs/decisions.md). 40 ms is below what a reader of the stream can see.
STREAM_INTERVAL_S = 0.04

FinishReason = Literal["stop", "length", "cancelled", "error", "busy"]  # the last three never reach a client as such


class Closer(Protocol):
    def push(self, data: bytes) -> None: ...
    def copy(self) -> Closer: ...
    def closing(self) -> str | None: ...


@dataclass
class SamplingParams:
    temperature: float = 0.8
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    seed: int | None = None
    max_tokens: int | None = None
    stop: list[str] = field(default_factory=list)
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    repeat_penalty: float = 1.0
    repeat_last_n: int = 64
    logprobs: bool = False
    top_logprobs: int = 0
    grammar: str | None = None  # GBNF text; output is constrained to it
    stop_on_repetition: bool = False  # end the generation when it starts looping (engine/repetition.py)
    # With a grammar: makes the follower (engine/json_closer.py) that knows the shortest valid ending of
    # the output, so that the engine ends it validly before max_tokens would cut it.
    closer: Callable[[], Closer] | None = None


@dataclass
class GenerationRequest:
    prompt: str  # already templated; special tokens in it are parsed
    params: SamplingParams = field(default_factory=SamplingParams)
    add_bos: bool = True
    adapter: str | None = None  # a LoRA adapter loaded into the engine (`load_adapter`)
    chat: bool = False  # the prompt is a rendered conversation: the reply also ends where a new turn starts


@dataclass
class TopLogprob:
    token: str
    logprob: float
    bytes: list[int]


@dataclass
class TokenLogprob(TopLogprob):
    top_logprobs: list[TopLogprob] = field(default_factory=list)


@dataclass
class TextDelta:
    text: str
    logprobs: list[TokenLogprob] | None = None


@dataclass
class Usage:
    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass
class Finished:
    finish_reason: FinishReason
    usage: Usage
    error: str | None = None


Event = TextDelta | Finished


class Generation:
    """A handle on one request in flight. Thread-safe; readable from threads or asyncio."""

    def __init__(self, request: GenerationRequest, prompt_tokens: int = 0):
        self.request = request
        self.prompt_tokens = prompt_tokens
        self.created = time.monotonic()
        self._events: queue.SimpleQueue[Event] = queue.SimpleQueue()
        self._cancelled = threading.Event()
        self._waker: tuple[asyncio.AbstractEventLoop, asyncio.Event] | None = None
        self._lock = threading.Lock()
        self._reader_pausing = False  # an asyncio reader is between two reads; it will look anyway

    # --- producer side (the engine thread) ---
    def emit(self, event: Event) -> None:
        self._events.put(event)
        if self._reader_pausing and not isinstance(event, Finished):
            return
        with self._lock:
            waker = self._waker
        if waker is not None:
            loop, ev = waker
            try:
                loop.call_soon_threadsafe(ev.set)
            except RuntimeError:  # the consumer's loop is closed: nobody is listening any more
                self.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    # --- consumer side ---
    def cancel(self) -> None:
        self._cancelled.set()

    def __iter__(self) -> Iterator[Event]:
        while True:
            event = self._events.get()
            yield event
            if isinstance(event, Finished):
                return

    async def __aiter__(self) -> AsyncIterator[Event]:
        """Events as they come, except that after the first text, the text produced within
        STREAM_INTERVAL_S arrives as one TextDelta (a Finished event is never held back)."""
        wake = asyncio.Event()
        with self._lock:
            self._waker = (asyncio.get_running_loop(), wake)
        pause = 0.0
        try:
            while True:
                if pause:
                    wake.clear()
                    self._reader_pausing = True
                    try:
                        await asyncio.wait_for(wake.wait(), pause)  # woken early only by a Finished event
                    except asyncio.TimeoutError:
                        pass
                    finally:
                        self._reader_pausing = False
                events = self._drain()
                if not events:
                    wake.clear()
                    if self._events.empty():
                        await wake.wait()
                    pause = 0.0
                    continue
                for event in _merge_text(events):
                    yield event
                    if isinstance(event, Finished):
                        return
                pause = STREAM_INTERVAL_S
        finally:
            with self._lock:
                self._waker = None

    def _drain(self) -> list[Event]:
        events = []
        while True:
            try:
                events.append(self._events.get_nowait())
            except queue.Empty:
                return events

    def collect(self) -> tuple[str, Finished, list[TokenLogprob]]:
        """Block until done; return the whole text, the final event and all logprobs."""
        result = _Result()
        for event in self:
            if (done := result.add(event)) is not None:
                return done
        raise AssertionError("unreachable")

    async def acollect(self, on_event: Callable[[Event], None] | None = None) -> tuple[str, Finished, list[TokenLogprob]]:
        result = _Result()
        async for event in self:
            if on_event is not None:
                on_event(event)
            if (done := result.add(event)) is not None:
                return done
        raise AssertionError("unreachable")


def _merge_text(events: list[Event]) -> list[Event]:
    """Consecutive TextDeltas joined into one (text and logprobs in order)."""
    merged: list[Event] = []
    for event in events:
        last = merged[-1] if merged else None
        if isinstance(event, TextDelta) and isinstance(last, TextDelta):
            logprobs = None if last.logprobs is None and event.logprobs is None else \
                [*(last.logprobs or []), *(event.logprobs or [])]
            merged[-1] = TextDelta(last.text + event.text, logprobs)
        else:
            merged.append(event)
    return merged


class _Result:
    """Accumulates a generation's events into (text, final event, logprobs)."""

    def __init__(self):
        self.parts: list[str] = []
        self.logprobs: list[TokenLogprob] = []

    def add(self, event: Event) -> tuple[str, Finished, list[TokenLogprob]] | None:
        if isinstance(event, TextDelta):
            self.parts.append(event.text)
            self.logprobs.extend(event.logprobs or [])
            return None
        return "".join(self.parts), event, self.logprobs


@dataclass
class ModelInfo:
    name: str
    n_ctx: int  # longest prompt + completion one sequence may use
    n_vocab: int
    chat_template: str | None


class ChatEngine(ABC):
    """A loaded generative model. Implementations: `LlamaEngine` (llama.cpp); fakes in tests."""

    info: ModelInfo

    @abstractmethod
    def tokenize(self, text: str, *, add_bos: bool = True) -> list[int]: ...

    @abstractmethod
    def render_chat(self, messages: list[dict], *, add_generation_prompt: bool = True, tools=None) -> str:
        """Apply the model's own chat template to OpenAI-style messages, offering `tools` (a ToolSpec)."""

    @abstractmethod
    def submit(self, request: GenerationRequest) -> Generation:
        """Queue a request. Raises ContextLengthExceeded / ServerBusy before queueing."""

    def stats(self) -> dict:
        """Sequences active and waiting, cache use: for health checks and metrics."""
        return {}

    @abstractmethod
    def close(self) -> None: ...


class EmbeddingEngine(ABC):
    info: ModelInfo
    dimensions: int

    @abstractmethod
    def embed(self, texts: list[str], input_type: str = "query") -> tuple[list[list[float]], int]:
        """Normalized vectors for `texts`, and the number of tokens read. `input_type` ("query" or
        "passage") says what the texts are, for models that embed the two differently."""

    @abstractmethod
    def count_tokens(self, text: str) -> int:
        """Tokens the model reads for `text` before truncation; `info.n_ctx` is the most it reads."""

    @abstractmethod
    def close(self) -> None: ...
