"""Japanese morphemes with character offsets, from MeCab (fugashi) with the UniDic-lite dictionary."""

from __future__ import annotations

from ...mecab import parse
from .entities import Morpheme

def analyse(text: str) -> list[Morpheme]:
    out: list[Morpheme] = []
    position = 0
    for word in parse(text):
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
