"""Cached prompts in host memory: the keys and values of sequences that finished, copied out of the
llama.cpp cache so that the cells idle sequences held are free again (every decode in a unified
cache attends over all used cells, so idle sequences slow the active ones), and copied back when a
new prompt starts with one of them."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import llama_cpp as ll

from .slots import common_prefix


@dataclass
class CachedPrompt:
    tokens: list[int]
    adapter: str | None
    state: ctypes.Array  # llama_state_seq_get_data's bytes for one sequence


class HostPromptCache:
    """Saved sequence states, least recently used dropped first beyond `budget_bytes`."""

    def __init__(self, ctx, budget_bytes: int):
        self.ctx = ctx
        self.budget = budget_bytes
        self._entries: list[CachedPrompt] = []  # least recently used first
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    def save(self, seq_id: int, tokens: list[int], adapter: str | None) -> bool:
        """Copy sequence `seq_id` (holding `tokens`) out; an entry it extends is replaced."""
        size = ll.llama_state_seq_get_size(self.ctx, seq_id)
        if not tokens or size <= 0 or size > self.budget:
            return False
        state = (ctypes.c_uint8 * size)()
        if ll.llama_state_seq_get_data(self.ctx, state, size, seq_id) != size:
            return False
        for old in [e for e in self._entries if e.adapter == adapter
                    and common_prefix(e.tokens, tokens) == len(e.tokens)]:
            self._drop(old)
        self._entries.append(CachedPrompt(list(tokens), adapter, state))
        self.bytes += size
        while self.bytes > self.budget:
            self._drop(self._entries[0])
        return True

    def longest(self, tokens: list[int], adapter: str | None) -> tuple[CachedPrompt | None, int]:
        """The entry sharing the longest prefix with `tokens`, and that length."""
        best, shared = None, 0
        for entry in self._entries:
            n = common_prefix(entry.tokens, tokens) if entry.adapter == adapter else 0
            if n > shared:
                best, shared = entry, n
        return best, shared

    def restore(self, entry: CachedPrompt, seq_id: int) -> bool:
        """Copy `entry` into empty sequence `seq_id`; the entry stays (most recently used)."""
        size = len(entry.state)
        if ll.llama_state_seq_set_data(self.ctx, entry.state, size, seq_id) != size:
            return False
        self._entries.remove(entry)
        self._entries.append(entry)
        return True

    def _drop(self, entry: CachedPrompt) -> None:
        self._entries.remove(entry)
        self.bytes -= len(entry.state)
