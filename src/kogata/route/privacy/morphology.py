"""Japanese morphemes with character offsets, from MeCab (fugashi) with the UniDic-lite dictionary."""

from __future__ import annotations

from functools import lru_cache

import fugashi

from .entities import Morpheme


@lru_cache(maxsize=1)
def _tagger() -> fugashi.Tagger:
    return fugashi.Tagger()


def analyse(text: str) -> list[Morpheme]:
    out: list[Morpheme] = []
    position = 0
    for word in _tagger()(text):
        surface = word.surface
        start = text.find(surface, position)
        if start < 0:  # MeCab never rewrites surfaces, but never trust offsets blindly
            continue
        f = word.feature
        position = start + len(surface)
        if f.pos1 == "空白":
            continue
        out.append(Morpheme(surface, start, start + len(surface), (f.pos1 or "", f.pos2 or "", f.pos3 or "", f.pos4 or "")))
    return out
