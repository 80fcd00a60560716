"""The engine's sequence slots: which llama.cpp sequence holds which cached tokens, and which slot a
new prompt takes."""

from __future__ import annotations

from dataclasses import dataclass, field

import llama_cpp.llama_cpp as ll


@dataclass
class Slot:
    """One llama.cpp sequence id and the tokens whose keys/values it holds in the cache."""

    seq_id: int
    tokens: list[int] = field(default_factory=list)
    adapter: str | None = None  # whose weights computed the cached tokens
    last_used: float = 0.0
    busy: bool = False


def common_prefix(a: list[int], b: list[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def shared_prefix(slot: Slot, tokens: list[int], adapter: str | None) -> int:
    return common_prefix(slot.tokens, tokens) if slot.adapter == adapter else 0


def choose_slot(free: list[Slot], tokens: list[int], adapter: str | None) -> Slot:
    """The free slot a new prompt takes: one that already holds the whole prompt (a repeat) or whose
    whole cached sequence the prompt continues (the next turn of its conversation), else an empty
    one, else the least recently used. The longest cached prefix is copied in from whichever slot
    holds it (`reuse_prefix`), so a prompt that only shares a system prompt with a slot leaves that
    slot's sequence cached for its own repeat. (A repeat takes its own slot's cells rather than a
    copy, which keeps a seeded request's output identical to the first time.)"""
    def covers(s: Slot) -> bool:
        shared = shared_prefix(s, tokens, adapter)
        return bool(s.tokens) and (shared == len(s.tokens) or shared >= len(tokens) - 1)

    reusable = [s for s in free if covers(s)]
    if reusable:
        return max(reusable, key=lambda s: shared_prefix(s, tokens, adapter))
    return min(free, key=lambda s: (bool(s.tokens), s.last_used))


def distinct_prefix_tokens(sequences: list[list[int]]) -> int:
    """Cells the cache holds for these sequences when common prefixes are shared (copied between
    sequences): the node count of their prefix tree."""
    total, previous = 0, []
    for tokens in sorted(sequences):
        total += len(tokens) - common_prefix(previous, tokens)
        previous = tokens
    return total


def reuse_prefix(memory, slots: list[Slot], slot: Slot, tokens: list[int], adapter: str | None, saved=None) -> int:
    """Give `slot` the longest cached prefix of `tokens` computed with the same adapter; return its
    length. The prefix may come from any other sequence, even one still generating: in the unified
    cache (`memory`, llama.cpp's), copying a range only marks its cells as shared, so eight requests
    with one system prompt store it once. A longer prefix in `saved` (a HostPromptCache) is copied back
    instead."""
    own = min(shared_prefix(slot, tokens, adapter), len(tokens) - 1)
    source = max(slots, key=lambda s: shared_prefix(s, tokens, adapter))
    shared = min(shared_prefix(source, tokens, adapter), len(tokens) - 1)
    slot.adapter = adapter
    entry, kept = saved.longest(tokens, adapter) if saved is not None else (None, 0)
    kept = min(kept, len(tokens) - 1)
    if entry is not None and kept > max(own, shared):
        ll.llama_memory_seq_rm(memory, slot.seq_id, -1, -1)
        slot.tokens = []
        if saved.restore(entry, slot.seq_id):
            ll.llama_memory_seq_rm(memory, slot.seq_id, kept, -1)
            slot.tokens = tokens[:kept]
            return kept
        ll.llama_memory_seq_rm(memory, slot.seq_id, -1, -1)  # no room for it: the prefix is computed again
        own = 0
    if source is slot or shared <= own:
        ll.llama_memory_seq_rm(memory, slot.seq_id, own, -1)
        del slot.tokens[own:]
        return own
    ll.llama_memory_seq_rm(memory, slot.seq_id, -1, -1)
    ll.llama_memory_seq_cp(memory, source.seq_id, slot.seq_id, 0, shared)
    slot.tokens = tokens[:shared]
    return shared


def _idle(slots: list[Slot]) -> list[Slot]:
    return sorted((s for s in slots if not s.busy and s.tokens), key=lambda s: s.last_used)


def park_idle(memory, slots: list[Slot], saved) -> None:
    """Move the cached sequences of idle slots to `saved` (a HostPromptCache); one that does not fit
    its budget stays in the pool."""
    for slot in _idle(slots):
        if saved.save(slot.seq_id, slot.tokens, slot.adapter):
            ll.llama_memory_seq_rm(memory, slot.seq_id, -1, -1)
            slot.tokens.clear()


def evict_idle(memory, slots: list[Slot], saved=None) -> bool:
    """Take the cached sequences of idle slots out of the pool, least recently used first, saving each
    in `saved` where there is one. True if any was taken."""
    idle = _idle(slots)
    for slot in idle:
        if saved is not None:
            saved.save(slot.seq_id, slot.tokens, slot.adapter)
        ll.llama_memory_seq_rm(memory, slot.seq_id, -1, -1)
        slot.tokens.clear()
    return bool(idle)
