"""Prefix-aware routing for `kogata serve --ray`: requests that begin alike (the same model and the
same first message: a system prompt, a knowledge-base collection's question, one conversation's turns)
go to the same replica, whose KV cache already holds that beginning.

`prefix_key` is computed where the request body is read (the front, ray_serve.py); the Ray Serve
request router there (`PrefixAffinityRouter`) ranks the replicas for a key by rendezvous hashing: the same replica first while it accepts work, the others next when it is full, and a fair
share of keys moves when replicas come and go. Requests with no key are routed as Ray Serve's default
router does (the power of two choices)."""

from __future__ import annotations

import hashlib
import json
import re

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
