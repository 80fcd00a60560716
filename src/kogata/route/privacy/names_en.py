"""Person names in Latin letters: titles (Mr, Ms, Dr), cues (my name is, Dear, Regards,), Japanese
honorifics after them (Priya Raman様), name particles (Al-, bin, Abu), Korean given names
(Park Ji-hoon), and first and family names from the lists in data/: the hand-kept lists (US, Japanese
in romaji, South Asian, Arab, African, Chinese, Korean, Vietnamese...) and the world lists made from
Faker's locales (scripts/make_name_lists.py). A world-list name alone, or two of them side by side,
counts only when no list of words that are not names (STOP, AMBIGUOUS) has it."""

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
    "Sunny", "Summer", "Autumn", "Winter", "Dawn", "Ivy", "Iris", "Lily", "Daisy", "Holly", "Pearl", "Ruby",
    "He", "Long", "Fan", "Song", "Pan", "Tan", "Ma", "Mo", "Ho", "Hong", "Ding", "Gong", "Tang", "Bai", "Lo", "Yu",
    "Yi", "Oh", "Son", "Moon", "Ha", "Na", "Woo", "Min", "Nam", "Ko", "Do", "Le", "Vo", "Vu", "Ly", "Mai", "Lam",
    "Sung", "Cha", "Joo", "Bae", "Noh", "Jin", "Han", "Seo", "Zulu", "Rai", "Das", "Sen", "Roy", "Shah", "Jain",
    "Rao", "Obi", "Eze", "Musa", "Bello", "Sani", "Juma", "Desta", "Lemma", "Ama", "Yaw", "Yaa",
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
    # places and brands that the world lists also hold as names
    "London", "Paris", "Berlin", "Madrid", "Rome", "Vienna", "Sydney", "Dallas", "Houston", "Phoenix", "Denver",
    "Boston", "Chicago", "Florence", "Georgia", "Carolina", "Dakota", "Indiana", "Israel", "Jordan", "Chad",
    "Mercedes", "Lincoln", "Ford", "Tesla", "Toyota", "Honda", "Nissan", "Mazda", "Sony", "Canon", "Apple",
    "Amazon", "Google", "Royal", "Grand", "Central", "North", "South", "East", "West", "New", "Old", "Saint",
    "St", "Mount", "Lake", "River", "Park", "Station", "Hotel", "Tower", "Bridge", "Road", "Avenue", "Metro",
    "Bank", "Express", "Plaza", "Mall", "Airport", "City", "Square",
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
_GREETING = re.compile(rf"(?:^|[\n.!?]\s*)(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\s+({_CAP}(?:[ \t]+{_CAP}){{0,2}})\s*[,!\n]",
                       re.IGNORECASE)
_CAP_WORD = re.compile(rf"\b{_CAP}\b")
_HONORIFIC_AFTER = re.compile(rf"(?<![A-Za-z])({_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]?(?:さん|様|さま|氏|殿|先生|くん|ちゃん)")
_PARTICLE = re.compile(rf"\b({_CAP}[ \t]+(?:[Aa]l|[Ee]l|bin|ibn|bint|Abu|Abd|Abdel|Abdul|van|von|de|da|di|dos)[-\s]{_CAP})\b")
_KOREAN = re.compile(r"\b([A-Z][a-z]{1,6})[ \t]+([A-Z][a-z]{1,5}-[a-z]{2,5})\b|\b([A-Z][a-z]{1,5}-[a-z]{2,5})[ \t]+([A-Z][a-z]{1,6})\b")
_LOWER_AFTER_CUE = re.compile(r"\b(?:hi|hello|hey|dear|thanks|thank you|thx|cc|ping|@)\s+([a-z]{3,12})\b",
                              re.IGNORECASE)


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Hand-kept given and family names, the same with the world lists added, and all of them."""
    def read(name: str) -> frozenset[str]:
        text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
        return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))

    first, family = read("first_names.txt"), read("surnames.txt")
    world_first, world_family = first | read("world_first_names.txt"), family | read("world_surnames.txt")
    return first, family, world_first, world_family, world_first | world_family


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


def _plain_name(word: str) -> bool:
    return word not in STOP and word not in AMBIGUOUS


def english_names(doc: Document) -> Iterator[Detection]:
    text = doc.norm
    first, family, world_first, world_family, known = _names()
    # Case-sensitive word spans: the cue regexes ignore case for the cue, never for the name.
    for pattern, strong in ((_TITLE, True), (_SAN, True), (_STRONG_CUE, True), (_HONORIFIC_AFTER, True), (_GREETING, True),
                            (_WEAK_CUE, False)):
        for m in pattern.finditer(text):
            words = _trim(m.group(1).split())
            if not words or not words[0][0].isupper():
                continue
            if strong or words[0] in known or (len(words) > 1 and words[1] in world_family):
                yield _span(text, m.start(1), words)
    for m in _PARTICLE.finditer(text):
        if m.group(1).split()[0] in world_first:
            yield Detection(PERSON, m.start(1), m.end(1))
    for m in _KOREAN.finditer(text):
        surname = m.group(1) or m.group(4)
        if surname in world_family:
            yield Detection(PERSON, m.start(), m.end())
    for m in _LOWER_AFTER_CUE.finditer(text):
        name = m.group(1).capitalize()
        if name in world_first and _plain_name(name) and m.group(1).islower():
            yield Detection(PERSON, m.start(1), m.end(1))
    words = list(_CAP_WORD.finditer(text))
    for k, w in enumerate(words):
        name = w.group()
        nxt = words[k + 1] if k + 1 < len(words) else None
        adjacent = nxt is not None and text[w.end():nxt.start()] == " " and nxt.group() not in STOP
        if adjacent and ((name in first and (name not in AMBIGUOUS or nxt.group() in known))
                         or (name not in STOP and nxt.group() in family and nxt.group() not in AMBIGUOUS)
                         or ((name in world_first and nxt.group() in world_family
                              or name in world_family and nxt.group() in world_first)  # Nguyen Thanh
                             and _plain_name(name) and _plain_name(nxt.group()))):
            yield Detection(PERSON, w.start(), nxt.end())
        elif (name in first or name in world_first) and _plain_name(name):
            yield Detection(PERSON, w.start(), w.end())
