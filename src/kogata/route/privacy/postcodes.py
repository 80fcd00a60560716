"""Postal codes outside Japan, by each country's shape and what stands beside it: a label (ZIP,
postcode, PLZ, CEP, PIN code, 邮编, 우편번호, kode pos…), a state before it (Berkeley, CA 94704;
Sydney NSW 2000; São Paulo - SP, 01310-100; Karnataka 560095), a city after it at the start of an
address line (10115 Berlin, 1012 AB Amsterdam, 00-950 Warszawa, D-80331 München), or a known city
before it at the end of one (Seoul 04524, Singapore 018956). The British and Canadian shapes are
distinctive enough alone (SW1A 1AA, K1A 0B6)."""

from __future__ import annotations

import re
from typing import Iterator

from .context import labelled_not_personal
from .entities import POSTAL_CODE, Detection, Document
from .places import world_places

_B = r"(?<![\w-])"  # nothing word-like right before a code…
_E = r"(?![\w-]|\.[0-9])"  # …or right after it

_UK = re.compile(rf"{_B}[A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{{2}}{_E}")
_CANADA = re.compile(rf"{_B}[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9]{_E}")

_ANY_CODE = (r"[0-9]{5}-[0-9]{3,4}|[0-9]{4}-[0-9]{3}|[0-9]{3}-[0-9]{3}|[0-9]{2}-[0-9]{3}|[0-9]{3} [0-9]{2,3}|"
             r"[0-9]{4} ?[A-Z]{2}|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|[0-9]{4,6}")
_LABELS = (r"zip(?:\s*code)?|postal\s*code|post\s*code|postcode|code\s+postal|c[oó]digo\s+postal|codice\s+postale|"
           r"pin\s*code|pincode|kode\s+pos|m[aã]\s+b[uư]u\s+(?:ch[ií]nh|đi[eệ]n)|postnummer|postinumero|"
           r"irányítószám|kod\s+pocztowy|邮编|邮政编码|郵遞區號|郵便番号|우편번호")
_LABELLED = re.compile(rf"(?:(?i:{_LABELS})|PLZ|CEP|CAP|C\.\s?P\.|CP|PIN)\s*[:：#.]?\s*(?:-\s*)?({_ANY_CODE}){_E}")

_US_STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|"
              "NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR")
_US_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
    "North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|"
    "Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming")
_INDIAN_STATES = ("Andhra Pradesh|Assam|Bihar|Chhattisgarh|Delhi|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|"
                  "Karnataka|Kerala|Madhya Pradesh|Maharashtra|Odisha|Punjab|Rajasthan|Tamil Nadu|Telangana|"
                  "Uttar Pradesh|Uttarakhand|West Bengal")
_BRAZIL_STATES = "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
# Two-letter states that are also everyday capitals (ID 12345, IN 2024, OR): only after "City, ".
_US_AMBIGUOUS = {"ID", "IN", "OR", "ME", "OK", "HI", "DE", "PA", "MA", "LA", "CO", "AL", "MS", "MO", "SC", "OH"}
_AFTER_STATE = re.compile(
    rf"(?:(?<![A-Za-z])(?P<us>{_US_STATES})|\b(?:{_US_STATE_NAMES}))\.?,?\s+([0-9]{{5}}(?:-[0-9]{{4}})?){_E}"
    rf"|(?<![A-Za-z])(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|ACT|NT)\.?,?\s+([0-9]{{4}}){_E}"
    rf"|\b(?:{_INDIAN_STATES})\s*[,-]?\s*([1-9][0-9]{{5}}|[1-9][0-9]{{2}} [0-9]{{3}}){_E}"
    rf"|(?<![A-Za-z])(?:-|/)\s*(?:{_BRAZIL_STATES}),?\s+(?:CEP:?\s*)?([0-9]{{5}}-?[0-9]{{3}}){_E}"
)
_CAPITALISED = r"[A-ZÀ-ÞŁŚŻĆ][\wÀ-ÿĀ-ɏ'’.-]*"
# A code at the start of an address line (or after a comma) and the city after it, to the line's end or a comma.
_BEFORE_CITY = re.compile(
    rf"(?:^|(?<=[,\n]))[ \t]*(?P<country>[A-Z]{{1,2}}-)?"
    rf"({_ANY_CODE})[ \t]+({_CAPITALISED}(?:[ \t-]+(?:{_CAPITALISED}|am|an|im|de|del|di|la|le|sur|upon|en)){{0,4}})"
    rf"[ \t]*(?=$|[,\n(]|[ \t]+-)",
    re.MULTILINE,
)
_STREET_WORD = re.compile(r"(?i)\b(?:street|st|road|rd|avenue|ave|lane|drive|way|boulevard|blvd|suite|floor|apt)\b")
_STREET_LINE = re.compile(r"[0-9]")
# A known city, then the code, at the end of a line or before a comma or the country.
_AFTER_CITY = re.compile(
    rf"({_CAPITALISED}(?:[ \t]{_CAPITALISED}){{0,2}})[ \t]*[,-]?[ \t]*({_ANY_CODE})[ \t]*(?=$|[,\n)]|[ \t]+{_CAPITALISED}$)",
    re.MULTILINE,
)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def world_postal_codes(doc: Document) -> Iterator[Detection]:
    norm = doc.norm
    for pattern in (_UK, _CANADA):
        for m in pattern.finditer(norm):
            yield Detection(POSTAL_CODE, m.start(), m.end())
    for m in _LABELLED.finditer(norm):
        code = m.group(1)
        if not m.group().upper().startswith("PIN") or re.fullmatch(r"[1-9][0-9]{5}|[1-9][0-9]{2} [0-9]{3}", code):
            yield Detection(POSTAL_CODE, m.start(1), m.end(1))
    for m in _AFTER_STATE.finditer(norm):
        group = next(i for i in range(2, 6) if m.group(i))
        us = m.group("us")
        if us in _US_AMBIGUOUS and not re.search(r"[a-z],\s*$", norm[max(0, m.start() - 3):m.start()]):
            continue
        yield Detection(POSTAL_CODE, m.start(group), m.end(group))
    places = world_places()
    for m in _BEFORE_CITY.finditer(norm):
        code, city = m.group(2), m.group(3)
        if _YEAR.fullmatch(code) or _STREET_WORD.search(city) or labelled_not_personal(norm, m.start(2)):
            continue
        before = norm[max(0, m.start() - 160):m.start()]  # the street line: the same line before a comma, else the one above
        line_before = before.rsplit("\n", 1)[-1] if before.endswith(",") else before.rstrip("\n").rsplit("\n", 1)[-1]
        if (any(" ".join(city.split()[:n]) in places for n in (1, 2, 3)) or m.group("country")
                or not code.replace("-", "").replace(" ", "").isdigit()
                or (len(code) >= 5 and _STREET_LINE.search(line_before))):
            yield Detection(POSTAL_CODE, m.start(2), m.end(2))
    for m in _AFTER_CITY.finditer(norm):
        words = m.group(1).split()
        if any(" ".join(words[i:]) in places for i in range(len(words))) and not _YEAR.fullmatch(m.group(2)) \
                and not labelled_not_personal(norm, m.start(2)):
            yield Detection(POSTAL_CODE, m.start(2), m.end(2))
