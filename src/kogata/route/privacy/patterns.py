"""Recognizers of personal data that has a shape: e-mail, postal code, My Number, corporate
number, card, bank account and IP address. Each reads the normalized text (same offsets as the
original) and yields detections; numbers that carry a check digit must pass it."""

from __future__ import annotations

import ipaddress
import re
from typing import Iterator

from .checksums import bic_valid, corporate_number_valid, iban_valid, luhn_valid, my_number_valid, product_code_valid
from .context import before, labelled_not_personal
from .entities import (BANK_ACCOUNT, CORPORATE_NUMBER, CREDIT_CARD, EMAIL, IP_ADDRESS, MY_NUMBER,
                       POSTAL_CODE, Detection, Document)
from .places import PREFECTURE_RE, PREFECTURES_ROMAJI

# A number starts where no digit (or digit and dash) is right before it, and ends likewise.
_START = r"(?<![0-9])(?<![0-9]-)"
_END = r"(?![0-9])(?!-[0-9])"

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9_%+-][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])"
)


def emails(doc: Document) -> Iterator[Detection]:
    for m in _EMAIL.finditer(doc.norm):
        yield Detection(EMAIL, m.start(), m.end())


_POSTAL = re.compile(_START + r"(?:\d{3}-\d{4}|(?<=〒)\d{7}|(?<=〒\s)\d{7})" + _END)
_POSTAL_KEYWORDS = re.compile(r"〒|住所|郵便番号|所在地|送付先|お届け先|届け先|送り先|postal|zip|post\s?code|address",
                              re.IGNORECASE)
_POSTAL_AFTER = re.compile(r"\s*(?:" + PREFECTURE_RE + r"|(?:東京|大阪|京都)\b)")
_POSTAL_ROMAJI_BEFORE = re.compile(r"(?:" + "|".join(PREFECTURES_ROMAJI) + r"|Japan)(?:-(?:to|fu|ken))?,?\s*$")


def postal_codes(doc: Document) -> Iterator[Detection]:
    norm = doc.norm
    for m in _POSTAL.finditer(norm):
        window = before(norm, m.start(), 20)
        if (_POSTAL_KEYWORDS.search(window) or _POSTAL_AFTER.match(norm, m.end())
                or _POSTAL_ROMAJI_BEFORE.search(window)):
            yield Detection(POSTAL_CODE, m.start(), m.end())


_MY_NUMBER = re.compile(_START + r"(?<![A-Za-z])(?<![0-9]{4}\s)\d{4}([-\s]?)\d{4}\1\d{4}(?!\s?[0-9])" + _END)
_CORPORATE = re.compile(_START + r"(?:(?<=T)|(?<![A-Za-z]))(?:\d{13}|\d-\d{4}-\d{4}-\d{4}|\d\s\d{4}\s\d{4}\s\d{4})" + _END)


def my_numbers(doc: Document) -> Iterator[Detection]:
    for m in _MY_NUMBER.finditer(doc.norm):
        if my_number_valid(re.sub(r"\D", "", m.group())) and not labelled_not_personal(doc.norm, m.start()):
            yield Detection(MY_NUMBER, m.start(), m.end())


def corporate_numbers(doc: Document) -> Iterator[Detection]:
    for m in _CORPORATE.finditer(doc.norm):
        number = re.sub(r"\D", "", m.group())
        if not corporate_number_valid(number) or labelled_not_personal(doc.norm, m.start()):
            continue
        if number[:2] in ("45", "49") and product_code_valid(number):  # a Japanese JAN code that passes both checks
            continue
        yield Detection(CORPORATE_NUMBER, m.start(), m.end())


_CARD = re.compile(
    _START + r"(?<![A-Za-z])(?<![0-9]{4}\s)(?:\d{4}([-\s]?)\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|3\d{3}([-\s]?)\d{6}\2\d{4,5}|4\d{12})"
    + r"(?!\s?[0-9])" + _END
)
_CARD_PREFIX = re.compile(r"4|5[1-5]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|35|3[0689]|6(?:011|5|4[4-9]|2)")


def credit_cards(doc: Document) -> Iterator[Detection]:
    for m in _CARD.finditer(doc.norm):
        number = re.sub(r"\D", "", m.group())
        if not (13 <= len(number) <= 19 and _CARD_PREFIX.match(number) and luhn_valid(number)):
            continue
        # A 13-digit number that is a valid EAN/JAN is a product code (13-digit cards are long gone).
        if (len(number) == 13 and product_code_valid(number)) or labelled_not_personal(doc.norm, m.start()):
            continue
        yield Detection(CREDIT_CARD, m.start(), m.end())


_BANK = re.compile(
    r"(?:口座番号|口座|銀行|普通預金|当座預金|貯蓄預金|普通|当座|貯蓄|bank|account\s*(?:number|no\.?|#)?|"
    r"acct\.?\s*(?:number|no\.?|#)?|a/c\s*(?:no\.?)?)"
    r"[^0-9\n]{0,12}?" + _START + r"(\d{6,10}|\d{5}-\d{6,8}|\d{3,4}-\d{6,8})" + _END,
    re.IGNORECASE,
)
_YUCHO = re.compile(r"記号\s*[:：]?\s*(\d{5})[^0-9\n]{0,6}?番号\s*[:：]?\s*(\d{7,8})" + _END)


def bank_accounts(doc: Document) -> Iterator[Detection]:
    for m in _BANK.finditer(doc.norm):
        after = doc.norm[m.end(1):m.end(1) + 1]
        if after not in ("円", "万"):
            yield Detection(BANK_ACCOUNT, m.start(1), m.end(1))
    for m in _YUCHO.finditer(doc.norm):
        yield Detection(BANK_ACCOUNT, m.start(1), m.end(1))
        yield Detection(BANK_ACCOUNT, m.start(2), m.end(2))


_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){2,8}(?![A-Za-z0-9])")
_BIC = re.compile(r"(?<![A-Za-z0-9])[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Za-z0-9])")
_BIC_CUE = re.compile(r"(?:swift|bic|bank|banque|banco|bankleitzahl|銀行|送金|振込|wire|transfer|iban)[^\n]{0,40}$",
                      re.IGNORECASE)


def international_bank_details(doc: Document) -> Iterator[Detection]:
    """IBANs (checked by country format and mod 97; a trailing group that breaks the check is left
    out) and SWIFT/BIC codes where the text speaks of a bank or a transfer, or on an IBAN's line."""
    norm = doc.norm
    iban_lines = set()
    for m in _IBAN.finditer(norm):
        candidate = m.group()
        while candidate and not iban_valid(candidate):
            candidate = candidate.rsplit(" ", 1)[0] if " " in candidate else ""
        if candidate:
            iban_lines.add(norm.count("\n", 0, m.start()))
            yield Detection(BANK_ACCOUNT, m.start(), m.start() + len(candidate))
    for m in _BIC.finditer(norm):
        if bic_valid(m.group()) and (_BIC_CUE.search(before(norm, m.start(), 48))
                                     or norm.count("\n", 0, m.start()) in iban_lines):
            yield Detection(BANK_ACCOUNT, m.start(), m.end())


_IPV4 = re.compile(r"(?<![0-9.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
                   r"(?![0-9]|\.[0-9])")
_IPV6 = re.compile(r"(?<![0-9A-Za-z:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Za-z:])")
_VERSION_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?:v|ver\.?|version|build|firmware|バージョン|ビルド|リリース|ファームウェア|"
                             r"ファーム|release|clause|section|article|chapter|paragraph|§|条|章|節|項)\s*[:：=]?"
                             r"|(?<![A-Za-z])(?:update|upgrade|downgrade)d?\s+to|^#{2,6})\s*$", re.IGNORECASE | re.MULTILINE)


def ip_addresses(doc: Document) -> Iterator[Detection]:
    for m in _IPV4.finditer(doc.norm):
        if not _VERSION_BEFORE.search(before(doc.norm, m.start(), 12)):
            yield Detection(IP_ADDRESS, m.start(), m.end())
    for m in _IPV6.finditer(doc.norm):
        try:
            ipaddress.IPv6Address(m.group())
        except ValueError:
            continue
        if sum(c.isalnum() for c in m.group()) >= 3:
            yield Detection(IP_ADDRESS, m.start(), m.end())
