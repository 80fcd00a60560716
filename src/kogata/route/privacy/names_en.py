"""Person names in Latin letters: titles (Mr, Ms, Dr), cues (my name is, Dear, Regards,), Japanese
honorifics after them (Priya Raman様), name particles (Al-, bin, Abu), Korean given names
(Park Ji-hoon), and first and family names from the lists in data/: the hand-kept lists (US, Japanese
in romaji, South Asian, Arab, African, Chinese, Korean, Vietnamese...) and the world lists made from
Faker's locales (scripts/make_name_lists.py). A world-list name alone, or two of them side by side,
counts only when no list of words that are not names (STOP, AMBIGUOUS) has it."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Iterator

from .entities import PERSON, Detection, Document
from .name_model import name_likeness
from .places import world_places

# Given names that are also everyday English words: alone, they need a cue.
AMBIGUOUS = frozenset({
    "Bill", "Mark", "Will", "Grace", "Rose", "May", "June", "Joy", "Hope", "Faith", "Art", "Jack", "Frank",
    "Sean", "Ray", "Ken", "Jean", "Sun", "Kelly", "Jordan", "Austin", "Scott", "Carter", "Mason", "Logan", "Gary",
    "Chase", "Lee", "Young", "King", "Green", "White", "Hall", "Hill", "Turner", "Cook", "Baker", "Parker",
    "Mai", "Ai", "Yu", "Jun", "Kei", "Sho", "Ren", "Sora", "Mao", "Ryo", "Ono", "Abe", "Ito", "Mori",
    "Christian", "Victoria", "Virginia", "Amber", "Carol", "Sakura", "Hikari", "Midori", "Yuki", "Terry",
    "Park", "Sunny", "Summer", "Autumn", "Winter", "Dawn", "Ivy", "Iris", "Lily", "Daisy", "Holly", "Pearl", "Ruby",
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
    "St", "Mount", "Lake", "River", "Station", "Hotel", "Tower", "Bridge", "Road", "Avenue", "Metro",
    "Bank", "Express", "Plaza", "Mall", "Airport", "City", "Square", "San", "Santa", "Los", "Las", "Center", "Centre",
    "Convention", "Event", "Place", "Blvd", "Boulevard", "Lane", "Drive", "Hall", "Cathedral", "Church", "Museum",
    "University", "College", "School", "Hospital", "Clinic", "Line", "Garage", "Building", "Office", "Group",
    "Guest", "Host", "Contact", "Issue", "Amount", "Applicant", "Referee", "Patron", "Contents", "Alt", "Care",
})

# Capitalised words in Latin letters, accents included (Dvořáková, Nguyễn, Öztürk); the ranges of Latin
# Extended hold both cases, so code checks that the first letter is upper case.
_UP = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
_LOW = "a-zß-öø-ÿĀ-ɏḀ-ỿ"
_CAP = rf"(?:[{_UP}][{_LOW}]+|[{_UP}]['’][{_UP}][{_LOW}]+)(?:-[{_UP}][{_LOW}]+|-[{_LOW}]+)?"
_NAME = rf"{_CAP}(?:[ \t]+{_CAP}){{0,3}}"
_TITLE = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?\s+({_CAP}(?:\s+{_CAP}){{0,2}})")
_SAN = re.compile(rf"\b({_CAP})-(?:san|sama|sensei|kun|chan)\b")
_STRONG_CUE = re.compile(
    rf"(?:\b(?:my name is|name\s*:|full name\s*:|contact(?: person)?\s*:|attn\.?:?|attention\s*:|signed\s*,|"
    rf"(?:best |kind |warm )?regards\s*,|sincerely\s*,|best\s*,|thanks\s*,|thank you\s*,|cheers\s*,|"
    rf"applicant\s*:|customer\s*:?|from\s*:|requester\s*:|assignee\s*:|tester\s*:|operator\s*:|agent\s*:|"
    rf"account holder\s*:?|beneficiary\s*:?|passenger\s*:?|guest\s*:?|rep is|goes by|ask for)\s*)({_NAME})",
    re.IGNORECASE,
)
# Japanese labels before a name in Latin letters: 受取人：Jonas Becker, 担当はYuki Tanabe.
_LABEL_JA = re.compile(rf"(?:氏名|名義|会員名|受取人|お客様|担当者?は?|申込者|お名前|搭乗者|名前|宛名|差出人|契約者)\s*[:：]?\s*({_NAME})")
_WEAK_CUE = re.compile(
    rf"\b(?:I am|I'm|this is|dear|hi|hello|hey|ask|call|contact|email|cc|to|with|from|by|for|thanks|thank)\s+({_NAME})",
    re.IGNORECASE,
)
_GREETING = re.compile(rf"(?:^|[\n.!?]\s*)(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\s+({_NAME})\s*[,!\n]",
                       re.IGNORECASE)
_HONORIFIC_AFTER = re.compile(rf"(?<![A-Za-z])({_NAME})[ \t]?(?:さん|様|さま|氏|殿|先生|くん|ちゃん)")
# Runs of capitalised words, with the particles names carry inside them (bin, binti, de, van, Al-, s/o).
_RUN = re.compile(rf"{_CAP}(?:(?:[ \t]+(?:bin|binti|bint|ibn|de|da|di|do|dos|das|del|van|von|der|den|le|la|s/o|d/o|Md\.))?[ \t]+{_CAP})*")
_UPPER_NAME = re.compile(r"(?<![A-Za-z])([A-Z]{2,})[ /\u3000]([A-Z]{2,}|[A-Z][a-z]+)(?:[ \u3000]M[RS]S?)?(?![A-Za-z])")
_UPPER_LABEL = re.compile(r"(?:氏名|名義|会員名|表記|受取人|搭乗者|お名前|name|passenger|holder|cardholder)\s*[:：]?\s*$", re.IGNORECASE)
# Two lower-case words that are a given and a family name (ifeoma chukwu, wei zhang).
_LOWER_PAIR = re.compile(rf"(?<![{_LOW}@.])([{_LOW}]{{2,12}}) ([{_LOW}]{{2,14}})(?![{_LOW}@])")
_LOWER_AFTER_CUE = re.compile(rf"\b(?:hi|hello|hey|dear|thanks|thank you|thx|cc|ping|@)\s+([{_LOW}]{{3,12}})\b",
                              re.IGNORECASE)
# Chat logs: the speaker at the start of a line (jin: …, maya: …, ゆうと：…).
_SPEAKER = re.compile(r"^(?:\[[^\]\n]{1,24}\]\s*)?([A-Za-z][a-z]{1,11}(?: [A-Za-z][a-z]{1,11})?|[ぁ-ん]{2,6}|[ァ-ヴー]{2,6})\s*[:：]",
                      re.MULTILINE)
_NOT_SPEAKERS = frozenset({
    "Re", "Fw", "Fwd", "To", "Cc", "Bcc", "From", "Subject", "Date", "Sent", "Note", "Notes", "Tel", "Fax", "Email",
    "Mail", "Phone", "Mobile", "Name", "Address", "Url", "Http", "Https", "Q", "A", "Ps", "Todo", "Memo", "Total",
    "Time", "Place", "Room", "Item", "Order", "Status", "Result", "Reason", "Answer", "Question", "Summary",
    "Agenda", "Action", "Owner", "Due", "Iban", "Bic", "Swift", "Bank", "Account", "Ref", "Id", "Warning", "Error",
    "Info", "Debug", "Update", "Edit", "Example", "Input", "Output", "User", "Assistant", "System", "Bot", "Admin",
})


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], ...]:
    """Hand-kept given and family names; the same with the world lists added; all of them; and the
    names that are also places (never a name alone)."""
    def read(name: str) -> frozenset[str]:
        text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
        names = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
        return frozenset(names | {_unaccented(n) for n in names})  # Hector finds Héctor, Alvarez Álvarez

    first, family = read("first_names.txt"), read("surnames.txt")
    world_first, world_family = first | read("world_first_names.txt"), family | read("world_surnames.txt")
    return first, family, world_first, world_family, world_first | world_family, read("world_places.txt")


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


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


def _sentence_start(text: str, start: int) -> bool:
    return re.search(r"(?:^|[.!?:;\n(「（]\s*|^\s*[-•・*]\s*)$", text[max(0, start - 4):start]) is not None or start == 0


def _plain_name(word: str) -> bool:
    return word not in STOP and word not in AMBIGUOUS


def _run_is_name(words: list[str]) -> bool:
    """A run of two to five capitalised words is a name when its first word is a given name or its last
    a family name, and no word of it is a word that is not a name."""
    first, family, world_first, world_family, known, places = _names()
    if any(w in STOP for w in words):
        return False
    head, tail = words[0], words[-1]
    if head in first and (head not in AMBIGUOUS or tail in known):
        return True
    if tail in family and tail not in AMBIGUOUS:
        return True
    if any("-" in w and w.split("-")[1].islower() for w in words) and (head in world_family or tail in world_family):
        return True  # Park Ji-hoon, Min-jun Kim
    plain = [w for w in words if _plain_name(w)]
    return (head in world_first and head in plain) or (tail in world_family and tail in plain and len(plain) >= 2) \
        or sum(w in known for w in plain) >= 2


NAME_LIKENESS = 0.7  # chosen on the holdout and fresh sets (docs/benchmarks.md, privacy guard)


def _looks_like_a_name(words: list[str]) -> bool:
    """Two or three capitalised words that no list has as a name, each shaped like one (name_model.py),
    none a word that is not a name or a place."""
    if len(words) > 3 or any(w in STOP or w in AMBIGUOUS or w.upper() == w for w in words):
        return False
    places = world_places()
    if " ".join(words) in places or any(w in places for w in words):
        return False
    return all(name_likeness(w) >= NAME_LIKENESS for w in words)


def english_names(doc: Document) -> Iterator[Detection]:
    text = doc.norm
    first, family, world_first, world_family, known, places = _names()
    # Case-sensitive word spans: the cue regexes ignore case for the cue, never for the name.
    for pattern, strong in ((_TITLE, True), (_SAN, True), (_STRONG_CUE, True), (_LABEL_JA, True),
                            (_HONORIFIC_AFTER, True), (_GREETING, True), (_WEAK_CUE, False)):
        for m in pattern.finditer(text):
            words = _trim(m.group(1).split())
            if not words or not words[0][0].isupper():
                continue
            if strong or words[0] in known or (len(words) > 1 and words[-1] in world_family):
                yield _span(text, m.start(1), words)
    for m in _RUN.finditer(text):
        words = [w for w in m.group().split() if w[0].isupper()]
        if not words:  # a run of lower-case letters from Latin Extended, which holds both cases: đường
            continue
        start = m.start()
        if len(words) >= 2 and words[0] not in known and words[1] in world_first and _sentence_start(text, start):
            start = text.index(words[1], start + len(words[0]))  # "Reach Priya Raman": a verb starts the sentence
            words = words[1:]
        if len(words) >= 2 and (_run_is_name(words) or _looks_like_a_name(words)):
            yield Detection(PERSON, start, m.end())
        elif len(words) == 1 and _plain_name(words[0]) and (words[0] in first or (words[0] in world_first
                                                                                  and words[0] not in places)):
            yield Detection(PERSON, start, m.end())
    for m in _UPPER_NAME.finditer(text):
        a, b = m.group(1).capitalize(), m.group(2).capitalize()
        labelled = _UPPER_LABEL.search(text[max(0, m.start() - 16):m.start()]) is not None
        if labelled or ((a in known and b in known) and _plain_name(a) and _plain_name(b)):
            yield Detection(PERSON, m.start(1), m.end(2))
    for m in _LOWER_PAIR.finditer(text):
        a, b = m.group(1).capitalize(), m.group(2).capitalize()
        if ((a in world_first and b in world_family) or (a in world_family and b in world_first)) \
                and _plain_name(a) and _plain_name(b) and a not in places and b not in places:
            yield Detection(PERSON, m.start(1), m.end(2))
    for m in _LOWER_AFTER_CUE.finditer(text):
        name = m.group(1).capitalize()
        if name in world_first and _plain_name(name) and m.group(1).islower():
            yield Detection(PERSON, m.start(1), m.end(1))
    speakers = list(_SPEAKER.finditer(text))
    if len(speakers) >= 2:
        for m in speakers:
            name = m.group(1)
            handle = name.islower() or not name.isascii()  # jin:, maya:, ゆうと:
            known_name = all(w in known and _plain_name(w) for w in name.split())
            if (handle or known_name) and name.capitalize() not in _NOT_SPEAKERS and name.capitalize() not in STOP:
                yield Detection(PERSON, m.start(1), m.end(1))
