"""One result from many chunks: objects merged key by key, lists concatenated without duplicates,
and each scalar taken from the chunks that support it best (grounded in the most chunks, then
given by the most, then the earliest)."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from .grounding import spans


def merge(results: list[tuple[Any, Any]]) -> tuple[Any, Any]:
    """`results`: (data, evidence) per chunk, in document order."""
    present = [(d, e) for d, e in results if d is not None]
    if not present:
        return None, None
    if all(isinstance(d, dict) for d, _ in present):
        keys = dict.fromkeys(k for d, _ in present for k in d)
        merged = {k: merge([(d.get(k), e.get(k) if isinstance(e, dict) else None) for d, e in present]) for k in keys}
        return {k: v[0] for k, v in merged.items()}, {k: v[1] for k, v in merged.items()}
    if all(isinstance(d, list) for d, _ in present):
        seen: set[str] = set()
        items, evidence = [], []
        for d, e in present:
            for i, item in enumerate(d):
                key = _canonical(item)
                if key not in seen:
                    seen.add(key)
                    items.append(item)
                    evidence.append(e[i] if isinstance(e, list) and i < len(e) else None)
        return items, evidence
    support: dict[str, list] = {}  # value -> [chunks grounding it, chunks giving it, data, evidence]
    for d, e in present:
        entry = support.setdefault(_canonical(d), [0, 0, d, e])
        grounded = any(s.grounded for s in spans(e))
        if grounded and entry[0] == 0:
            entry[2], entry[3] = d, e
        entry[0] += grounded
        entry[1] += 1
    best = max(support.values(), key=lambda s: (s[0], s[1]))  # max keeps the first of equals
    return best[2], best[3]


def _canonical(value: Any) -> str:
    return unicodedata.normalize("NFKC", json.dumps(value, ensure_ascii=False, sort_keys=True)).casefold()

