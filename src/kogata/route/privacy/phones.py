"""Phone numbers. Japanese and North American numbers by their shapes; `+` numbers and the national
formats of other countries by Google's libphonenumber metadata (the `phonenumbers` package): a
number is kept when it is valid for a region the text names (Germany, ドイツ, London…) or, with a
phone word nearby (tel, call, WhatsApp, 電話…), for any of the common regions, and its digit groups
are as that region writes them or it follows a phone word."""

from __future__ import annotations

import re
from typing import Iterator

import phonenumbers

from .context import before, labelled_not_personal
from .entities import PHONE, Detection, Document
from .places import world_places

# A number starts where no digit (or digit and dash) is right before it, and ends likewise.
_START = r"(?<![0-9])(?<![0-9]-)"
_END = r"(?![0-9])(?!-[0-9])"

_PHONE_JP = re.compile(
    _START + r"(?:\(0\d{1,4}\)\s?\d{1,4}[-\s]?\d{4}|0\d{1,4}(?:[-\s.]|\(|\s\()?\d{1,4}(?:[-\s.]|\)\s?)?\d{3,4})" + _END
)
_PHONE_INTL = re.compile(
    r"(?<![0-9A-Za-z+])\+\s?\d{1,3}(?:[-\s.]?\(0\))?(?:[-\s.]?(?:\(\d{1,4}\)|\d{1,4})){2,5}" + _END
)
_PHONE_NANP = re.compile(_START + r"(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[-.\s])\d{3}[-.\s]\d{4}" + _END)
# Other national formats: digit groups split by one space, dash or dot, an area code maybe in brackets.
_NATIONAL = re.compile(_START + r"(?<![A-Za-z+.,])(?<![A-Za-z]-)(?:\d{1,2}\s?\(\d{1,5}\)[-\s]?|\(\d{1,5}\)[-\s]?)?"
                       r"\d{1,8}(?:[-\s.]\d{1,8}){0,5}" + _END
                       + r"(?![.,]\d)")
_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")
_PHONE_WORD_AFTER = re.compile(r"^\s?[(（]?\s?(?:mobile|cell|office|home|work|landline|携帯|オフィス|自宅|固定|代表|直通)",
                               re.IGNORECASE)
_PHONE_WORD_BEFORE = re.compile(r"(?:tel|fax|phone|mobile|ph|携帯|電話)$", re.IGNORECASE)
_PHONE_CUE = re.compile(
    r"(?<![A-Za-z])(?:tel|phone|fax|mobile|mob|cell|call|ring|whats\s?app|wa|viber|line|signal|sms|text|contact|reach|"
    r"landline|office|home|work|desk|reception|hotline|helpline|bizum|twint|number is|questions|"
    r"電話|携帯|連絡|ファクス|ファックス|内線|直通|代表|オフィス|自宅|現地表記|窓口)(?![A-Za-z])[^0-9\n]{0,40}$",
    re.IGNORECASE,
)
# Regions tried for a number with no country or city named: the ones Japanese companies deal with
# most, by trade and residents.
COMMON_REGIONS = ("US", "GB", "CN", "KR", "TW", "HK", "IN", "VN", "TH", "PH", "ID", "MY", "SG", "AU", "DE", "FR",
                  "IT", "ES", "NL", "BR", "MX", "CA", "NG", "KE", "EG", "ZA", "AE", "SA", "TR", "PK", "BD", "NP", "RU")
_LATIN_WORDS = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){0,2}")
_JAPANESE_RUN = re.compile(r"[ァ-ヴー]{2,}|[一-龥]{2,}")


def _regions_named(text: str) -> list[str]:
    """The regions of the countries and cities the text names, in order of appearance."""
    places = world_places()
    found: list[str] = []
    for m in _LATIN_WORDS.finditer(text):
        words = m.group().rstrip(".").split()
        for i in range(len(words)):
            for k in range(min(3, len(words) - i), 0, -1):
                region = places.get(" ".join(words[i:i + k]).rstrip(".,"))
                if region:
                    found.append(region)
                    break
    for m in _JAPANESE_RUN.finditer(text):
        run = m.group()
        for i in range(len(run)):
            for k in range(min(10, len(run) - i), 1, -1):
                if run[i:i + k] in places:
                    found.append(places[run[i:i + k]])
                    break
    return list(dict.fromkeys(found))


def _jp_phone_digits_ok(number: str) -> bool:
    if number[1] == "0":
        return False
    if len(number) == 10:
        return True
    return len(number) == 11 and (number[:3] in {"050", "070", "080", "090", "020"} or number.startswith("0800"))


def _intl_ok(text: str) -> bool:
    number = re.sub(r"\D", "", text)
    if number.startswith("81"):
        national = number[2:]
        if "(0)" in text and national.startswith("0"):
            national = national[1:]
        return len(national) in (9, 10) and national[0] != "0"
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse("+" + number.lstrip("0"), None))
    except phonenumbers.NumberParseException:
        return False


def _letter_before_ok(norm: str, start: int) -> bool:
    """A number glued to letters is a code (ABC0312345678), unless the letters say phone (TEL03…)."""
    if start == 0 or not norm[start - 1].isascii() or not norm[start - 1].isalpha():
        return True
    return _PHONE_WORD_BEFORE.search(norm[max(0, start - 6):start]) is not None


def _groups(text: str) -> list[int]:
    return [len(g) for g in re.findall(r"\d+", text)]


def _national(text: str, regions: list[str], cued: bool) -> bool:
    """Valid in one of `regions`, written with that region's grouping (or after a phone word)."""
    for region in regions:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number_for_region(number, region):
            continue
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if cued or _groups(national) == _groups(text):
            return True
    return False


def phones(doc: Document) -> Iterator[Detection]:
    norm = doc.norm
    found: list[tuple[int, int]] = []
    for pattern in (_PHONE_INTL, _PHONE_JP, _PHONE_NANP):
        for m in pattern.finditer(norm):
            if pattern is _PHONE_INTL:
                ok = _intl_ok(m.group())
            elif pattern is _PHONE_JP:
                ok = _jp_phone_digits_ok(re.sub(r"\D", "", m.group())) and _letter_before_ok(norm, m.start())
            else:
                ok = _letter_before_ok(norm, m.start())
            if ok and not labelled_not_personal(norm, m.start()):
                found.append((m.start(), m.end()))
                yield Detection(PHONE, m.start(), m.end())
    named: list[str] | None = None
    for m in _NATIONAL.finditer(norm):
        digits = sum(c.isdigit() for c in m.group())
        if not 7 <= digits <= 13 or any(s < m.end() and m.start() < e for s, e in found):
            continue
        if not _letter_before_ok(norm, m.start()) or labelled_not_personal(norm, m.start()) or _DATE.fullmatch(m.group()):
            continue
        cued = (_PHONE_CUE.search(before(norm, m.start(), 60)) is not None
                or _PHONE_WORD_AFTER.match(norm, m.end()) is not None)
        if named is None:
            named = _regions_named(doc.text)
        if _national(m.group(), named, cued) or (cued and _national(m.group(), list(COMMON_REGIONS), True)):
            yield Detection(PHONE, m.start(), m.end())
