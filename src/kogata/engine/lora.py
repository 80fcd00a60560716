"""LoRA adapters loaded beside one base model in llama.cpp, applied to its context one at a time.

llama.cpp applies the adapters set on a context to every token of a `llama_decode`, so a step that
serves requests for several adapters decodes one group per adapter; switching is cheap (the adapter
weights stay loaded, only the set on the context changes).
"""

from __future__ import annotations

import ctypes
import threading
import time
from dataclasses import replace
from pathlib import Path

import llama_cpp.llama_cpp as ll

from ..errors import KogataError
from .base import ChatEngine, Generation, GenerationRequest
from .llama_model import COMPUTE_LOCK


class LoadedAdapters:
    def __init__(self, model_ptr, ctx):
        self._model, self._ctx = model_ptr, ctx
        self._loaded: dict[str, object] = {}
        self._lock = threading.Lock()
        self._applied: str | None = None

    def load(self, key: str, path: Path) -> None:
        """Load adapter file `path` under `key` (once; later calls with the same key do nothing)."""
        with self._lock:
            if key in self._loaded:
                return
            with COMPUTE_LOCK:
                ptr = ll.llama_adapter_lora_init(self._model, str(path).encode())
            if not ptr:
                raise KogataError(f"llama.cpp could not load the LoRA adapter {path} on this base model")
            self._loaded[key] = ptr

    def __contains__(self, key: str | None) -> bool:
        return key is None or key in self._loaded

    def names(self) -> list[str]:
        return sorted(self._loaded)

    def apply(self, key: str | None) -> None:
        """Make `key` (None: no adapter) the one the next decode uses. Engine thread only."""
        if key == self._applied:
            return
        if key is None:
            rc = ll.llama_set_adapters_lora(self._ctx, None, 0, None)
        else:
            adapters = (ll.llama_adapter_lora_p_ctypes * 1)(self._loaded[key])
            rc = ll.llama_set_adapters_lora(self._ctx, adapters, 1, (ctypes.c_float * 1)(1.0))
        if rc != 0:
            raise KogataError(f"llama.cpp could not apply the LoRA adapter '{key}' ({rc})")
        self._applied = key

    def close(self) -> None:
        with self._lock:
            for ptr in self._loaded.values():
                ll.llama_adapter_lora_free(ptr)
            self._loaded.clear()


# While sequences of several adapters are active, one adapter's group is decoded for this long before
# the next group's turn. Changing the adapters of a llama.cpp context makes its next decode rebuild the
# compute graph and scheduler (about 5 ms for smollm2-135m, a third of a 2-sequence decode), so
# switching at every step cost mixed traffic half its throughput; a 0.1 s turn keeps the switching
# under a few percent, and the other groups' streams pause at most 0.1 s per group.
ADAPTER_TURN_S = 0.1


class AdapterTurns:
    """Which adapter's group of sequences the engine decodes next: the current one until its turn is
    over, then the next active one in a fixed order (no adapter first, then by name), round robin."""

    def __init__(self):
        self.current: str | None = None
        self._started = 0.0

    def take(self, groups: dict) -> str | None:
        now = time.monotonic()
        if self.current in groups and (len(groups) == 1 or now - self._started < ADAPTER_TURN_S):
            return self.current
        order = sorted(groups, key=lambda a: (a is not None, a or ""))
        current = (self.current is not None, self.current or "")
        after = [a for a in order if (a is not None, a or "") > current]
        self.current, self._started = (after or order)[0], now
        return self.current


class AdaptedEngine(ChatEngine):
    """A base model's engine seen through one of its adapters: what a request for `NAME` or
    `BASE+NAME` is served by. Shares the base engine's context, slots and batching."""

    def __init__(self, name: str, base: ChatEngine, adapter: str):
        self.base, self.adapter = base, adapter
        self.info = replace(base.info, name=name)

    def tokenize(self, text: str, *, add_bos: bool = True) -> list[int]:
        return self.base.tokenize(text, add_bos=add_bos)

    def render_chat(self, messages: list[dict], *, add_generation_prompt: bool = True, tools=None) -> str:
        return self.base.render_chat(messages, add_generation_prompt=add_generation_prompt, tools=tools)

    def submit(self, request: GenerationRequest) -> Generation:
        return self.base.submit(replace(request, adapter=self.adapter))

    def stats(self) -> dict:
        return self.base.stats()

    def close(self) -> None:  # the base engine is the runtime's to close
        pass
