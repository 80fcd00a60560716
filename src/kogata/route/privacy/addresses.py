"""Postal addresses: Japanese (prefecture or major city, municipality, town, block numbers, building
and room), romanized Japanese, and street addresses as other countries write them: number first
(1600 Amphitheatre Parkway, 12 rue de Rivoli), street word first (Calle Mayor 5, Rua Augusta, 274,
Jl. Sudirman No. 5, ul. Marszałkowska 10), a compound street name (Hauptstraße 5, Keizersgracht 123)
and Indian blocks and crosses (No. 14, 5th Cross, 6th Block, Koramangala)."""

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

# The building and room after the block numbers: 栄ガスビル9F, 日本橋一丁目三井ビルディング, 1205, コーポ山田 203号室.
_BUILDING = (r"(?:[ 　]?[一-龥々ァ-ヴーA-Za-z0-9・]{0,16}(?:ビルディング|ビル|マンション|ハイツ|コーポ|タワー|レジデンス|"
             r"ハウス|コート|ヒルズ|プラザ|センター|アパート|荘|館|棟)(?:[ 　]?(?:[0-9]+(?:F|階|号室|号)?|[0-9]+-[0-9]+))?"
             r"|[ 　]?[0-9]+号室)?")
_JA_WITH_PREFECTURE = re.compile(
    rf"(?:{PREFECTURE_RE})\s?{_MUNICIPALITY}(?:\s?{_TOWN}\s?(?:{_BLOCK}){_BUILDING}|{_NAME}{{1,8}}(?=[^一-龥々ぁ-んァ-ヴー]|$))"
)
_JA_CITY = re.compile(rf"(?:{CITY_RE})(?:{_NAME}{{1,4}}区)?\s?{_TOWN}\s?(?:{_BLOCK}){_BUILDING}")

_WORD = r"[A-Z][a-z]+"
_ROMAJI = re.compile(
    rf"(?:(?:[0-9]+-){{1,3}}[0-9]+|[0-9]+(?:-chome)?),?\s+{_WORD}(?:[- ][0-9a-z]+)*,\s*{_WORD}-(?:ku|shi|cho|machi|gun)"
    rf"(?:,\s*{_WORD}-(?:shi|ku))?(?:,\s*(?:{'|'.join(PREFECTURES_ROMAJI)})(?:-(?:to|fu|ken))?)?"
)
_STREET = (r"Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Court|Ct\.?|"
           r"Place|Pl\.?|Terrace|Parkway|Pkwy\.?|Highway|Hwy\.?|Loop|Circle|Cir\.?|Square|Sq\.?|Plaza|Trail|Row|Alley|"
           r"Close|Crescent|Cres\.?|Gardens|Grove|Mews|Walk|Rise|Wharf|Parade|Esplanade")
_US = re.compile(
    rf"\b[0-9]{{1,6}}\s+(?:{_WORD}\s+){{1,3}}(?:{_STREET})(?![A-Za-z])"
    rf"(?:,?\s+(?:Apt|Suite|Ste|Unit|#)\.?\s*#?[0-9A-Z]+)?(?:, ?{_WORD}(?: {_WORD})?(?:, ?[A-Z]{{2}}(?: [0-9]{{5}}(?:-[0-9]{{4}})?)?)?)?"
)


_UNIT = r"(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Piso|Andar|Apto|Dpto|Kav|Blok|Block)\.?\s*#?[0-9A-Z][0-9A-Za-z-]*)?"
_WORDS = r"[A-ZÀ-ÞĀ-ɏḀ-ỿ][\wÀ-ÿĀ-ɏḀ-ỿ'’.-]*(?:\s+(?:(?:de|da|do|dos|das|del|della|di|la|le|los|las|y|e|van|der)\s+)?[A-ZÀ-ÞĀ-ɏḀ-ỿ][\wÀ-ÿĀ-ɏḀ-ỿ'’.-]*){0,4}"
_NUMBER = r"(?:n[º°o]\.?\s*|No\.?\s*|Nr\.?\s*|N°\s*|số\s*)?[0-9]{1,5}[a-zA-Z]?(?:\s?[-/]\s?[0-9]{1,5}[a-zA-Z]?)?"
_STREET_FIRST = re.compile(
    r"(?<![\w])(?:Calle|C/|Avenida|Avda\.|Av\.|Paseo|Carrer|Rua|Travessa|Largo|Praça|Alameda|Via|Viale|Piazza|Corso|"
    r"Vicolo|ul\.|ulica|al\.|aleja|Jalan|Jl\.|Jln\.|Đường|đường|Phố|phố|Strada|Bulevardul|Bd\.|Avenue|Rue)\s+"
    rf"{_WORDS},?\s*{_NUMBER}{_UNIT}"
)
_NUMBER_FIRST = re.compile(
    rf"(?<![\w/-])[0-9]{{1,5}}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|allée|place|chemin|impasse|quai|route|"
    rf"cours|square|đường|phố|Rue|Avenue|Boulevard|Place|Chemin|Impasse|Quai|Route|Cours)\s+"
    rf"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?{_WORDS}"
)
_COMPOUND = re.compile(
    r"(?<![\w])[A-ZÄÖÜÅØÆ][\wäöüßåøæ-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|"
    r"gracht|straat|laan|plein|kade|singel|dijk|vej|gade|gatan|vägen|gata|veien|katu|tie|utca)\s+"
    rf"[0-9]{{1,5}}[a-zA-Z]?(?:\s?[-/]\s?[0-9]{{1,5}}[a-zA-Z]?)?{_UNIT}"
)
_INDIAN = re.compile(
    r"(?:No\.|#|Flat(?: No\.)?|Plot(?: No\.)?|Door No\.)\s*[0-9]+[A-Z]?(?:/[0-9]+)?,\s*"
    r"(?:(?:[0-9]+(?:st|nd|rd|th)\s+(?:Cross|Main|Block|Stage|Phase|Sector|Floor|Street|Avenue)(?:\s+Road)?"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:Road|Street|Nagar|Layout|Colony|Marg|Lane|Enclave|Apartments))"
    r",\s*){1,4}(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"
)


def addresses(doc: Document) -> Iterator[Detection]:
    for pattern in (_JA_WITH_PREFECTURE, _JA_CITY, _ROMAJI, _US, _STREET_FIRST, _NUMBER_FIRST, _COMPOUND, _INDIAN):
        for m in pattern.finditer(doc.norm):
            end = m.end()
            while end > m.start() and doc.norm[end - 1] in " -の":
                end -= 1
            yield Detection(ADDRESS, m.start(), end)
