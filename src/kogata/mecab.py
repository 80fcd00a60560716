"""The process's one MeCab tagger (fugashi with the UniDic-lite dictionary), shared by every thread.

A fugashi Tagger never unmaps its dictionary (about 260 MB of mapped files), even once collected, and
is not safe to use from two threads at once. So there is exactly one, created on first use, and a
lock around each parse; a parse copies what callers need out of MeCab's lattice before the next one
reuses it. One tagger per thread grew the server by a dictionary each time its thread pool started
a new thread (docs/reliability.md, mixed soak)."""

from __future__ import annotations

import threading
from typing import Any, NamedTuple


class Word(NamedTuple):
    surface: str
    feature: Any  # UniDic's feature tuple: pos1..pos4, lemma, …


_lock = threading.Lock()
_tagger = None


def parse(text: str) -> list[Word]:
    global _tagger
    with _lock:
        if _tagger is None:
            import fugashi

            _tagger = fugashi.Tagger()
        return [Word(w.surface, w.feature) for w in _tagger(text)]
