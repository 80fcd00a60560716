"""Stable placeholders: the same value gets the same `<TYPE_N>` across every message of a conversation,
and `restore` puts the originals back into whatever text comes back, however a model wrote them."""

from __future__ import annotations

import re
from typing import Mapping

from .entities import ADDRESS, EMAIL, IP_ADDRESS, PERSON
from .normalize import digits, normalize

_PLACEHOLDER = re.compile(r"<([A-Z]+(?:_[A-Z]+)*)_([0-9]+)>")
# What a model may echo instead of <PERSON_1>: < PERSON_1 >, <person 1>, [PERSON_1], ＜PERSON＿1＞, &lt;PERSON_1&gt;.
_ECHOED = re.compile(r"(?:<|＜|\[|&lt;)\s*([A-Za-z]+(?:[_＿][A-Za-z]+)*)[_＿\s]?([0-9０-９]+)\s*(?:>|＞|\]|&gt;)")
_LONGEST_ECHO = 40


def placeholder_type(placeholder: str) -> str | None:
    m = _PLACEHOLDER.fullmatch(placeholder)
    return m.group(1) if m else None


def _key(type_: str, value: str) -> str:
    """Two spellings of one value share a placeholder: 090-1234-5678 and ０９０１２３４５６７８."""
    if type_ in (PERSON, ADDRESS):
        return type_ + ":" + re.sub(r"\s+", "", normalize(value))
    if type_ in (EMAIL, IP_ADDRESS):
        return type_ + ":" + normalize(value).lower()
    number = digits(value)
    if normalize(value).lstrip().startswith("+81"):
        number = "0" + number[2:].removeprefix("0")
    return type_ + ":" + number


class PlaceholderMap:
    """Placeholder ↔ original value, for one conversation. Give the same map to every `redact` of
    the conversation; keep it (`to_dict`) to restore answers later."""

    def __init__(self, originals: Mapping[str, str] | None = None):
        self._originals: dict[str, str] = {}
        self._by_key: dict[str, str] = {}
        self._counts: dict[str, int] = {}
        for placeholder, value in (originals or {}).items():
            type_ = placeholder_type(placeholder)
            if type_ is None:
                raise ValueError(f"not a placeholder: {placeholder!r}")
            self._remember(type_, placeholder, value)
            self._counts[type_] = max(self._counts.get(type_, 0), int(placeholder[len(type_) + 2:-1]))

    def _remember(self, type_: str, placeholder: str, value: str) -> None:
        self._originals[placeholder] = value
        self._by_key.setdefault(_key(type_, value), placeholder)

    def placeholder(self, type_: str, value: str, *, avoid: str = "") -> str:
        """The placeholder of `value`, a new one if it has none; never one that occurs in `avoid`
        (the text being redacted may contain a literal `<PERSON_1>`)."""
        key = _key(type_, value)
        if key in self._by_key:
            return self._by_key[key]
        n = self._counts.get(type_, 0)
        while True:
            n += 1
            placeholder = f"<{type_}_{n}>"
            if placeholder not in avoid:
                break
        self._counts[type_] = n
        self._remember(type_, placeholder, value)
        return placeholder

    def original(self, placeholder: str) -> str | None:
        return self._originals.get(placeholder)

    def items(self) -> list[tuple[str, str]]:
        return list(self._originals.items())

    def to_dict(self) -> dict[str, str]:
        return dict(self._originals)

    def __len__(self) -> int:
        return len(self._originals)

    def __contains__(self, placeholder: object) -> bool:
        return placeholder in self._originals


def _canonical(m: re.Match[str]) -> str:
    type_ = normalize(m.group(1)).replace("＿", "_").upper()
    return f"<{type_}_{int(normalize(m.group(2)))}>"


def restore(text: str, mapping: PlaceholderMap) -> str:
    """`text` with every placeholder of `mapping` replaced by its original, in any order, any number
    of times, and in the variants models write; anything else that looks like one is left alone."""

    def swap(m: re.Match[str]) -> str:
        original = mapping.original(_canonical(m))
        return m.group() if original is None else original

    return _ECHOED.sub(swap, text)


class StreamRestorer:
    """`restore` over a stream of chunks: holds back a tail that may be the start of a placeholder
    split across chunks, and gives it back once it is complete (or at `flush`)."""

    def __init__(self, mapping: PlaceholderMap):
        self.mapping = mapping
        self._pending = ""

    def feed(self, chunk: str) -> str:
        text = self._pending + chunk
        cut = len(text)
        for opener in ("<", "＜", "[", "&"):
            i = text.rfind(opener, max(0, len(text) - _LONGEST_ECHO))
            if i >= 0 and not any(closer in text[i:] for closer in (">", "＞", "]")):
                cut = min(cut, i)
        self._pending = text[cut:]
        return restore(text[:cut], self.mapping)

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return restore(text, self.mapping)
