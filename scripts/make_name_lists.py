"""Write the privacy guard's world name lists (src/kogata/route/privacy/data/world_*.txt) from the
person-name providers of Faker (MIT licence), every locale whose names are written in Latin letters.

    pip install faker==40.63.0 english-words==2.0.2 && python scripts/make_name_lists.py

Names that are also English words are left out: Faker's own en_US word list, and every word that
Webster's Second International (public domain, as shipped by english-words, MIT) writes in lower case
(cash, china, grace, will, an). So "Cash" or "Will" alone is never taken for a name by these lists;
the hand-kept lists beside them hold the names that need care. Names of two letters are left out too.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import faker
import faker.providers.person as person
from english_words import get_english_words_set
from faker.providers.lorem.en_US import Provider as EnglishWords

DATA = Path(__file__).resolve().parents[1] / "src" / "kogata" / "route" / "privacy" / "data"
LATIN = re.compile(r"[A-Z][a-zà-ɏḀ-ỿ'’]+(?:-[A-Z][a-zà-ɏḀ-ỿ'’]+)?")
HEADER = ("# {kind} written in Latin letters, from Faker {version}'s person providers (MIT licence, "
          "https://github.com/joke2k/faker),\n# all locales; English words (Webster's 2nd, lower case) left out. Made by "
          "scripts/make_name_lists.py: do not edit by hand.\n")
MIN_LENGTH = 3


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
    keep = lambda names: {n for n in names if LATIN.fullmatch(n) and len(n) >= MIN_LENGTH and n not in common}  # noqa: E731
    return keep(first), keep(family)


def main() -> None:
    first, family = collect()
    for name, kind, names in (("world_first_names.txt", "Given names", first), ("world_surnames.txt", "Family names", family)):
        text = HEADER.format(kind=kind, version=faker.VERSION) + "\n".join(sorted(names)) + "\n"
        (DATA / name).write_text(text, encoding="utf-8")
        print(f"{name}: {len(names)} names")


if __name__ == "__main__":
    main()
