"""Finished sequences kept in host memory: the keys and values of an idle slot, copied out of the
llama.cpp cache when another request starts, and copied back when a new prompt repeats or continues
one. Every decode in the unified cache attends over all cells up to the highest one used, so cells
that idle sequences keep slow every active sequence (about 5-10% at one client after eight,
docs/decisions.md); out of the pool they cost nothing but host memory, within a budget."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import llama_cpp.llama_cpp as ll

from .slots import common_prefix


@dataclass
class SavedSequence:
    tokens: list[int]
    adapter: str | None
    state: ctypes.Array  # llama_state_seq_get_data's bytes for one sequence


class HostPromptCache:
    """Saved sequences, the least recently used dropped first beyond `budget_bytes`."""

    def __init__(self, ctx, budget_bytes: int):
        self.ctx = ctx
        self.budget = budget_bytes
        self.bytes = 0
        self._entries: list[SavedSequence] = []  # least recently used first

    def __len__(self) -> int:
        return len(self._entries)

    def save(self, seq_id: int, tokens: list[int], adapter: str | None) -> bool:
        """Copy sequence `seq_id`, which holds `tokens`, out; entries it extends are dropped."""
        size = ll.llama_state_seq_get_size(self.ctx, seq_id)
        if not tokens or size <= 0 or size > self.budget:
            return False
        state = (ctypes.c_uint8 * size)()
        if ll.llama_state_seq_get_data(self.ctx, state, size, seq_id) != size:
            return False
        for old in [e for e in self._entries if e.adapter == adapter and common_prefix(e.tokens, tokens) == len(e.tokens)]:
            self._drop(old)
        self._entries.append(SavedSequence(list(tokens), adapter, state))
        self.bytes += size
        while self.bytes > self.budget:
            self._drop(self._entries[0])
        return True

    def longest(self, tokens: list[int], adapter: str | None) -> tuple[SavedSequence | None, int]:
        """The entry computed with `adapter` that shares the longest prefix with `tokens`, and its length."""
        best, shared = None, 0
        for entry in self._entries:
            n = common_prefix(entry.tokens, tokens) if entry.adapter == adapter else 0
            if n > shared:
                best, shared = entry, n
        return best, shared

    def restore(self, entry: SavedSequence, seq_id: int) -> bool:
        """Copy `entry` into the empty sequence `seq_id` (False where the cache has no room for it); the
        entry stays, now the most recently used."""
        if ll.llama_state_seq_set_data(self.ctx, entry.state, len(entry.state), seq_id) != len(entry.state):
            return False
        self._entries.remove(entry)
        self._entries.append(entry)
        return True

    def _drop(self, entry: SavedSequence) -> None:
        self._entries.remove(entry)
        self.bytes -= len(entry.state)
