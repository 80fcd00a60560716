"""A same-length normalized copy of a text, so a match in it has the same offsets in the original.

Full-width ASCII (０-９, Ａ-Ｚ, ＠, －, …) becomes ASCII, the ideographic space a space, and dashes
(‐ ‑ ‒ – — ― − －) a hyphen; the long-vowel mark ー (and ｰ) counts as a hyphen only between digits,
where people type it for one (０９０ー１２３４ー５６７８), never inside katakana words.
"""

from __future__ import annotations

import re

_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_TABLE.update({0x3000: ord(" "), **{ord(c): ord("-") for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63"}})
_LONG_VOWEL_BETWEEN_DIGITS = re.compile(r"(?<=\d)\s?[ーｰ]\s?(?=\d)")


def normalize(text: str) -> str:
    out = text.translate(_TABLE)
    return _LONG_VOWEL_BETWEEN_DIGITS.sub(lambda m: m.group().replace("ー", "-").replace("ｰ", "-"), out)


def digits(text: str) -> str:
    """Only the digits of `text` (after normalization)."""
    return "".join(c for c in normalize(text) if c.isascii() and c.isdigit())
