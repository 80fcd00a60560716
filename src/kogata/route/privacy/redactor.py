"""The privacy guard: find personal data in a text and replace each value with its placeholder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Collection, Iterable, Sequence

from .addresses import addresses
from .entities import ADDRESS, ENTITY_TYPES, POSTAL_CODE, SPECIFICITY, Detection, Document, Entity
from .name_tagger import tagger_for, tagger_sharing
from .names_en import english_names
from .names_ja import japanese_names
from .patterns import (bank_accounts, corporate_numbers, credit_cards, emails, international_bank_details, ip_addresses,
                       my_numbers, postal_codes)
from .phones import phones
from .postcodes import world_postal_codes
from .placeholders import PlaceholderMap, placeholder_type, restore

Recognizer = Callable[[Document], Iterable[Detection]]

DEFAULT_RECOGNIZERS: tuple[Recognizer, ...] = (
    emails, credit_cards, my_numbers, corporate_numbers, ip_addresses, international_bank_details, phones, postal_codes,
    world_postal_codes, bank_accounts, addresses, japanese_names, english_names,
)


@dataclass(frozen=True)
class Redaction:
    """A redacted text, what was replaced in it (offsets into the original), and the conversation's map."""

    text: str
    entities: list[Entity]
    mapping: PlaceholderMap

    def restore(self, answer: str) -> str:
        return restore(answer, self.mapping)


def resolve(detections: Iterable[Detection], text: str = "") -> list[Detection]:
    """Non-overlapping detections in text order: the most specific type wins an overlap, then the
    longest span, then the earliest. An address keeps what lies around the postal code inside it
    (1 Infinite Loop, Cupertino, CA | 95014)."""
    chosen: list[Detection] = []
    for d in sorted(set(detections), key=lambda d: (SPECIFICITY[d.type], d.start - d.end, d.start)):
        if d.end <= d.start:
            continue
        if all(d.end <= c.start or d.start >= c.end for c in chosen):
            chosen.append(d)
        elif d.type == ADDRESS and text:
            chosen.extend(_around(d, [c for c in chosen if c.type == POSTAL_CODE], chosen, text))
    return sorted(chosen, key=lambda d: d.start)


def _around(address: Detection, codes: list[Detection], chosen: list[Detection], text: str) -> Iterable[Detection]:
    """The parts of `address` outside the postal codes within it, if nothing else overlaps them."""
    inside = sorted(c for c in codes if address.start <= c.start and c.end <= address.end)
    if not inside:
        return
    edges = [address.start, *(x for c in inside for x in (c.start, c.end)), address.end]
    for start, end in zip(edges[::2], edges[1::2]):
        while start < end and text[start] in " ,-":
            start += 1
        while end > start and text[end - 1] in " ,-":
            end -= 1
        part = Detection(ADDRESS, start, end)
        if end - start >= 3 and all(end <= c.start or start >= c.end for c in chosen):
            yield part


def _known(text: str, mapping: PlaceholderMap) -> Iterable[Detection]:
    """Values already redacted earlier in the conversation, wherever they occur again (a surname
    that had 様 in the first message and stands alone in the third)."""
    for placeholder, value in mapping.items():
        type_ = placeholder_type(placeholder)
        if type_ is not None and len(value) >= 2:
            for m in re.finditer(re.escape(value), text):
                yield Detection(type_, m.start(), m.end())


class Redactor:
    """Detects e-mail addresses, phone numbers, postal codes, addresses, My Numbers, corporate numbers,
    card numbers, bank accounts, IP addresses and person names in Japanese and English text."""

    def __init__(self, recognizers: Sequence[Recognizer] = DEFAULT_RECOGNIZERS, *,
                 types: Collection[str] = ENTITY_TYPES):
        unknown = set(types) - set(ENTITY_TYPES)
        if unknown:
            raise ValueError(f"unknown entity types: {sorted(unknown)}")
        self.recognizers = tuple(recognizers)
        self.types = frozenset(types)

    def detect(self, text: str, known: PlaceholderMap | None = None) -> list[Detection]:
        doc = Document(text)
        found = [d for recognize in self.recognizers for d in recognize(doc)]
        if known is not None:
            found.extend(_known(text, known))
        return resolve((d for d in found if d.type in self.types), text)

    def redact(self, text: str, mapping: PlaceholderMap | None = None) -> Redaction:
        """Replace personal data in `text` with placeholders. Pass the conversation's `mapping` to
        every call so that one value keeps one placeholder; a new map is made when none is given."""
        mapping = PlaceholderMap() if mapping is None else mapping
        entities: list[Entity] = []
        parts: list[str] = []
        position = 0
        for d in self.detect(text, mapping):
            value = text[d.start:d.end]
            placeholder = mapping.placeholder(d.type, value, avoid=text)
            entities.append(Entity(d.type, d.start, d.end, value, placeholder))
            parts += [text[position:d.start], placeholder]
            position = d.end
        parts.append(text[position:])
        return Redaction("".join(parts), entities, mapping)

    def redact_all(self, texts: Sequence[str], mapping: PlaceholderMap | None = None) -> list[Redaction]:
        """Redact the messages of one conversation with one shared map."""
        mapping = PlaceholderMap() if mapping is None else mapping
        return [self.redact(t, mapping) for t in texts]


def guard(settings, runtime=None) -> Redactor:
    """The guard kogata uses: the recognizers, and the learned name tagger where the store holds its
    encoder (name_tagger.py). A server passes its `runtime`, whose e5-small the tagger then shares."""
    tagger = tagger_for(settings.models_dir, settings.engine.threads) if runtime is None else tagger_sharing(runtime)
    return Redactor(DEFAULT_RECOGNIZERS if tagger is None else (*DEFAULT_RECOGNIZERS, tagger))
