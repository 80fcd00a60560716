"""What the privacy guard finds: entity types, detections and the text they are found in."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .normalize import normalize

PERSON = "PERSON"
EMAIL = "EMAIL"
PHONE = "PHONE"
POSTAL_CODE = "POSTAL_CODE"
ADDRESS = "ADDRESS"
MY_NUMBER = "MY_NUMBER"
CORPORATE_NUMBER = "CORPORATE_NUMBER"
CREDIT_CARD = "CREDIT_CARD"
BANK_ACCOUNT = "BANK_ACCOUNT"
IP_ADDRESS = "IP_ADDRESS"

# Most specific first: when two detections overlap, the one whose type comes first here wins.
ENTITY_TYPES: tuple[str, ...] = (
    EMAIL, CREDIT_CARD, MY_NUMBER, CORPORATE_NUMBER, IP_ADDRESS, PHONE, POSTAL_CODE, BANK_ACCOUNT, ADDRESS, PERSON,
)
SPECIFICITY = {t: i for i, t in enumerate(ENTITY_TYPES)}


@dataclass(frozen=True)
class Detection:
    """A span of personal data: `start` and `end` are character offsets into the original text."""

    type: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """A redacted span of the original text and the placeholder that replaced it."""

    type: str
    start: int
    end: int
    text: str
    placeholder: str

    def to_dict(self) -> dict:
        return {"type": self.type, "start": self.start, "end": self.end, "placeholder": self.placeholder}


@dataclass(frozen=True)
class Morpheme:
    surface: str
    start: int
    end: int
    pos: tuple[str, str, str, str]  # UniDic: 名詞, 固有名詞, 人名, 姓 …


class Document:
    """A text as the recognizers see it: the original, a same-length normalized copy (full-width
    digits, letters and dashes made ASCII, so offsets carry over), and its morphemes."""

    def __init__(self, text: str):
        self.text = text
        self.norm = normalize(text)

    @cached_property
    def morphemes(self) -> list[Morpheme]:
        from .morphology import analyse  # MeCab loads on first use only

        return analyse(self.text)
