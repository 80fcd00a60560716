"""English person names: titles (Mr, Ms, Dr), cues (my name is, Dear, Regards,), and first and
family names from the lists shipped in data/ (common US names and Japanese names in romaji)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Iterator

from .entities import PERSON, Detection, Document

# Given names that are also everyday English words: alone, they need a cue.
AMBIGUOUS = frozenset({
    "Bill", "Mark", "Will", "Grace", "Rose", "May", "June", "Joy", "Hope", "Faith", "Art", "Jack", "Frank",
    "Sean", "Ray", "Ken", "Jean", "Sun", "Kelly", "Jordan", "Austin", "Scott", "Carter", "Mason", "Logan", "Gary",
    "Chase", "Lee", "Young", "King", "Green", "White", "Hall", "Hill", "Turner", "Cook", "Baker", "Parker",
    "Mai", "Ai", "Yu", "Jun", "Kei", "Sho", "Ren", "Sora", "Mao", "Ryo", "Ono", "Abe", "Ito", "Mori",
    "Christian", "Victoria", "Virginia", "Amber", "Carol", "Sakura", "Hikari", "Midori", "Yuki", "Terry",
})
# Capitalised words that follow a cue but are not names: Dear Customer, Hi Team, Best Regards.
STOP = frozenset({
    "Customer", "Customers", "Sir", "Madam", "Team", "All", "Everyone", "Support", "Sales", "Regards", "Thanks",
    "The", "This", "That", "These", "Our", "Your", "We", "You", "I", "It", "Please", "Thank", "Best", "Kind",
    "Warm", "Dear", "Hi", "Hello", "Hey", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "August", "September", "October", "November",
    "December", "Japan", "Tokyo", "Osaka", "Inc", "Ltd", "Co", "Corp", "Company", "Department", "Manager",
    "Order", "Invoice", "Account", "Mr", "Mrs", "Ms", "Dr", "Prof", "Miss", "Member", "Members", "Colleagues",
    "Partner", "Partners", "Valued", "Happy", "Good", "Great", "Not", "Here", "There", "Just", "Also", "And",
    "Or", "But", "If", "When", "As", "At", "In", "On", "For", "To", "From", "With", "By", "Of", "Street",
})

_CAP = r"(?:[A-Z][a-z]+|[A-Z]['’][A-Z][a-z]+)(?:-[A-Z][a-z]+)?"
_TITLE = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?\s+({_CAP}(?:\s+{_CAP})?)")
_SAN = re.compile(rf"\b({_CAP})-(?:san|sama|sensei|kun|chan)\b")
_STRONG_CUE = re.compile(
    rf"(?:\b(?:my name is|name\s*:|full name\s*:|contact(?: person)?\s*:|attn\.?:?|attention\s*:|signed\s*,|"
    rf"(?:best |kind |warm )?regards\s*,|sincerely\s*,|best\s*,|thanks\s*,|thank you\s*,|cheers\s*,|"
    rf"applicant\s*:|customer\s*:|from\s*:|requester\s*:|assignee\s*:)\s*)({_CAP}(?:[ \t]+{_CAP}){{0,2}})",
    re.IGNORECASE,
)
_WEAK_CUE = re.compile(
    rf"\b(?:I am|I'm|this is|dear|hi|hello|hey|ask|call|contact|email|cc|to|with|from|by|for|thanks|thank)\s+"
    rf"({_CAP}(?:\s+{_CAP}){{0,2}})",
    re.IGNORECASE,
)
_CAP_WORD = re.compile(rf"\b{_CAP}\b")


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], frozenset[str]]:
    def read(name: str) -> frozenset[str]:
        text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
        return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))

    return read("first_names.txt"), read("surnames.txt")


def _trim(words: list[str]) -> list[str]:
    out = []
    for w in words:
        if not w[0].isupper() or w in STOP or (w.upper() == w and len(w) > 1):
            break
        out.append(w)
    return out


def _span(text: str, start: int, words: list[str]) -> Detection:
    end = start
    for w in words:
        end = text.index(w, end) + len(w)
    return Detection(PERSON, start, end)


def english_names(doc: Document) -> Iterator[Detection]:
    text = doc.norm
    first, family = _names()
    known = first | family
    # Case-sensitive word spans: the cue regexes ignore case for the cue, never for the name.
    for pattern, strong in ((_TITLE, True), (_SAN, True), (_STRONG_CUE, True), (_WEAK_CUE, False)):
        for m in pattern.finditer(text):
            words = _trim(m.group(1).split())
            if not words or not words[0][0].isupper():
                continue
            if strong or words[0] in known or (len(words) > 1 and words[1] in family):
                yield _span(text, m.start(1), words)
    words = list(_CAP_WORD.finditer(text))
    for k, w in enumerate(words):
        name = w.group()
        nxt = words[k + 1] if k + 1 < len(words) else None
        adjacent = nxt is not None and text[w.end():nxt.start()] == " " and nxt.group() not in STOP
        if adjacent and ((name in first and (name not in AMBIGUOUS or nxt.group() in known))
                         or (name not in STOP and nxt.group() in family and nxt.group() not in AMBIGUOUS)):
            yield Detection(PERSON, w.start(), nxt.end())
        elif name in first and name not in AMBIGUOUS:
            yield Detection(PERSON, w.start(), w.end())
