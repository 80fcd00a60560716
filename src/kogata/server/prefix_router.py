"""Prefix-aware routing for `kogata serve --ray`: requests that begin alike (the same model and the
same first message: a system prompt, a knowledge-base collection's question, one conversation's turns)
go to the same replica, whose KV cache already holds that beginning.

`prefix_key` is computed where the request body is read (the front, ray_serve.py); the Ray Serve
request router there (`PrefixAffinityRouter`) asks a `PrefixPlacement` to rank the replicas for a key.
A replica holds in its KV cache the beginnings of about as many prompts as it has sequence slots, so
the placement remembers, per replica, the keys last sent there (as many as its slots): a key goes
first to a replica that holds it, unless that one is busier than another; a new key to the least busy
replica holding the fewest keys, so that prefixes spread over the replicas' slots (rendezvous hashing of
key and replica breaks ties, and orders the rest).
A replica whose request slots are full passes the request to the next in the ranking. Requests with no
key are routed as Ray Serve's default router does (the less busy of two random replicas)."""

from __future__ import annotations

import hashlib
import json
import re
from collections import OrderedDict

PREFIX_CHARS = 2048  # of the first message: enough to tell system prompts apart
_ROUTED = re.compile(r"^/(v1/chat/completions|v1/completions|v1/respond|api/chat|api/generate|v1/kb/collections/[^/]+/ask)$")


def prefix_key(path: str, body: bytes) -> str | None:
    """The key of what the request's prompt begins with, or None when it has no reusable beginning."""
    if not _ROUTED.match(path):
        return None
    try:
        doc = json.loads(body)
    except ValueError:
        return None
    if not isinstance(doc, dict):
        return None
    if path.endswith("/ask"):
        head = path  # the collection: its passages open the prompt of each question on it
    elif isinstance(doc.get("messages"), list) and doc["messages"] and isinstance(doc["messages"][0], dict):
        first = doc["messages"][0]
        content = first.get("content")
        head = f"{first.get('role')}:{content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)}"
    elif isinstance(doc.get("prompt"), str):
        head = doc["prompt"]
    else:
        return None
    wanted = f"{doc.get('model')}\0{doc.get('system', '')}\0{head[:PREFIX_CHARS]}"
    return hashlib.sha1(wanted.encode("utf-8", "replace")).hexdigest()


def rank_by_affinity(key: str, replica_ids: list[str]) -> list[str]:
    """Replica ids, the one `key` belongs to first (rendezvous hashing: highest hash of key and id)."""
    return sorted(replica_ids, key=lambda rid: hashlib.sha1(f"{key}\0{rid}".encode()).digest(), reverse=True)


class PrefixPlacement:
    """Which replica holds which prompt beginnings, as far as the routing of one front knows."""

    def __init__(self, slots: int):
        self.slots = max(1, slots)
        self.held: dict[str, OrderedDict[str, None]] = {}  # replica id -> keys last sent there, oldest first

    def rank(self, key: str, replica_ids: list[str], in_flight: dict[str, int] | None = None) -> list[str]:
        """`replica_ids`, the one to send `key` to first. With `in_flight` (requests each replica is
        answering), a holder busier than the least busy replica gives way to it: a cached prefix saves
        its prefill, but queueing behind the holder's requests while another replica idles costs more
        once prompts outnumber the slots (docs/benchmarks.md)."""
        for gone in set(self.held) - set(replica_ids):
            del self.held[gone]
        ranked = rank_by_affinity(key, replica_ids)
        busy = in_flight or {}
        holders = [rid for rid in ranked if key in self.held.get(rid, ())]
        least = min(busy.get(rid, 0) for rid in ranked)
        if holders and busy.get(holders[0], 0) <= least:
            first = holders[0]
        else:
            idle = [rid for rid in ranked if busy.get(rid, 0) == least]
            first = min(idle, key=lambda rid: len(self.held.get(rid, ())))
        return [first, *(rid for rid in ranked if rid != first)]

    def sent(self, key: str, replica_id: str) -> None:
        """`key` went to `replica_id`: it holds that beginning now, and its oldest one beyond its slots no more."""
        keys = self.held.setdefault(replica_id, OrderedDict())
        keys[key] = None
        keys.move_to_end(key)
        while len(keys) > self.slots:
            keys.popitem(last=False)
