"""Postal addresses: Japanese (prefecture or major city, municipality, town, block numbers), and
romanized Japanese and US-style street addresses in English text."""

from __future__ import annotations

import re
from typing import Iterator

from .entities import ADDRESS, Detection, Document
from .places import CITY_RE, PREFECTURE_RE, PREFECTURES_ROMAJI

_KANJI_NUM = "一二三四五六七八九十"
_NAME = r"[一-龥々ヶケぁ-んァ-ヴー]"
# Block numbers: 1丁目2番3号, 1-2-3, 一丁目2番地, 2番地の5, 1-2-3-405 …
_NUMBERS = r"(?:[0-9]+(?:番地?|-|の)){0,3}[0-9]+(?:号|番地?)?"
_BLOCK = rf"[0-9{_KANJI_NUM}]+丁目(?:{_NUMBERS})?|{_NUMBERS}"
_MUNICIPALITY = rf"(?:{_NAME}{{1,5}}郡)?{_NAME}{{1,6}}?[市区町村](?:{_NAME}{{1,4}}区)?"
_TOWN = rf"{_NAME}{{1,8}}?(?:[0-9]+条{_NAME}{{0,2}})?"  # Sapporo's 北1条西

_JA_WITH_PREFECTURE = re.compile(
    rf"(?:{PREFECTURE_RE})\s?{_MUNICIPALITY}(?:\s?{_TOWN}\s?(?:{_BLOCK})|{_NAME}{{1,8}}(?=[^一-龥々ぁ-んァ-ヴー]|$))"
)
_JA_CITY = re.compile(rf"(?:{CITY_RE})(?:{_NAME}{{1,4}}区)?\s?{_TOWN}\s?(?:{_BLOCK})")

_WORD = r"[A-Z][a-z]+"
_ROMAJI = re.compile(
    rf"(?:(?:[0-9]+-){{1,3}}[0-9]+|[0-9]+(?:-chome)?),?\s+{_WORD}(?:[- ][0-9a-z]+)*,\s*{_WORD}-(?:ku|shi|cho|machi|gun)"
    rf"(?:,\s*{_WORD}-(?:shi|ku))?(?:,\s*(?:{'|'.join(PREFECTURES_ROMAJI)})(?:-(?:to|fu|ken))?)?"
)
_STREET = (r"Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Court|Ct\.?|"
           r"Place|Pl\.?|Terrace|Parkway|Pkwy\.?|Highway|Hwy\.?|Loop|Circle|Cir\.?|Square|Sq\.?|Plaza|Trail|Row|Alley")
_US = re.compile(
    rf"\b[0-9]{{1,6}}\s+(?:{_WORD}\s+){{1,3}}(?:{_STREET})(?![A-Za-z])"
    rf"(?:,?\s+(?:Apt|Suite|Ste|Unit|#)\.?\s*#?[0-9A-Z]+)?(?:, ?{_WORD}(?: {_WORD})?(?:, ?[A-Z]{{2}}(?: [0-9]{{5}}(?:-[0-9]{{4}})?)?)?)?"
)


def addresses(doc: Document) -> Iterator[Detection]:
    for pattern in (_JA_WITH_PREFECTURE, _JA_CITY, _ROMAJI, _US):
        for m in pattern.finditer(doc.norm):
            end = m.end()
            while end > m.start() and doc.norm[end - 1] in " -の":
                end -= 1
            yield Detection(ADDRESS, m.start(), end)
