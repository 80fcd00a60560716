"""Train the privacy guard's name model (src/kogata/route/privacy/data/name_model.npy): a logistic
regression over the character n-grams of one capitalised word, saying whether it looks like a person's
given or family name rather than a word of a language or a place. It lets the guard take two or three
capitalised words that no name list holds for a name (Nattapat Chaiyasit, Kuo Wen-hsiung) when each of
them looks like one.

Names: the guard's own lists (data/first_names.txt, surnames.txt, world_*names.txt) and Faker's romanized
Chinese, Taiwanese and Japanese names. Not names: every word Webster's Second International writes in lower
case (english-words, MIT), the Latin-letter words of Faker's lorem providers (German, French, Spanish,
Italian, Dutch, Polish… and Latin), the cities and countries of data/world_*.tsv, and words of business
text. A name list word that is also one of those stays a name. 10% of each side is held out for the
accuracy printed at the end.

    .venv/bin/pip install faker==40.63.0 english-words==2.0.2 && .venv/bin/python scripts/make_name_model.py

(in kogata's own environment: the features are kogata's own, `name_model.features`)
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import random
import re
from pathlib import Path

import faker.providers.lorem as lorem
import numpy as np
from english_words import get_english_words_set
from sklearn.linear_model import LogisticRegression

from kogata.route.privacy.name_model import N_FEATURES, features

DATA = Path(__file__).resolve().parents[1] / "src" / "kogata" / "route" / "privacy" / "data"

LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’-]{3,}")
BUSINESS = """account address agenda amount annual application approval assistant attachment balance bank
billing board branch budget building business calendar campaign cancel card catalog center chairman check
client company conference confirm contact contract corporate cost customer deadline delivery department
deposit design director discount division document draft engineer estimate event expense export factory
finance floor form group guest holiday hotel human import invoice item journal keynote laboratory launch
legal license limited logistics manager marketing meeting member memo minutes monthly network notice
office operations order partner payment payroll plan planning policy portal president price product
project purchase quality quarterly receipt recruit refund region report request research resources
review revenue sales schedule secretary security seminar server service shipping solutions staff
station strategy subject summary supplier support survey system team technical ticket total training
transfer travel treasury update vendor warehouse webinar weekly workshop""".split()


def read_list(name: str) -> set[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


def names() -> set[str]:
    found = set()
    for name in ("first_names.txt", "surnames.txt", "world_first_names.txt", "world_surnames.txt"):
        found |= read_list(name)
    for locale in ("zh_CN", "zh_TW", "ja_JP"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_romanized_names", "last_romanized_names"):
            found |= set(getattr(provider, attr, ()))
    return {n for n in found if LATIN_WORD.fullmatch(n)}


def not_names() -> set[str]:
    words = {w.capitalize() for w in get_english_words_set(["web2"], lower=True) if LATIN_WORD.fullmatch(w)}
    for module in pkgutil.iter_modules(lorem.__path__):
        provider = importlib.import_module(f"faker.providers.lorem.{module.name}").Provider
        for w in getattr(provider, "word_list", ()):
            if LATIN_WORD.fullmatch(w):
                words.add(w.capitalize())
    for table in ("world_cities.tsv", "world_countries.tsv"):
        for line in (DATA / table).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                words |= {w for w in line.split("\t")[0].split() if LATIN_WORD.fullmatch(w)}
    return words | {w.capitalize() for w in BUSINESS}


def main() -> None:
    rng = random.Random(0)
    positive = sorted(names())
    negative = sorted(not_names() - set(positive))
    rng.shuffle(positive)
    rng.shuffle(negative)
    split_p, split_n = len(positive) // 10, len(negative) // 10
    train = [(w, 1) for w in positive[split_p:]] + [(w, 0) for w in negative[split_n:]]
    held = [(w, 1) for w in positive[:split_p]] + [(w, 0) for w in negative[:split_n]]
    x, y = features([w for w, _ in train]), np.array([label for _, label in train])
    # the two sides weigh the same, whatever their sizes
    model = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced").fit(x, y)
    p = model.predict_proba(features([w for w, _ in held]))[:, 1]
    truth = np.array([label for _, label in held])
    report = {"names": len(positive), "not_names": len(negative), "held_out": len(held)}
    for threshold in (0.5, 0.7, 0.8, 0.9):
        chosen = p >= threshold
        report[f"at_{threshold}"] = {"name_recall": round(float(chosen[truth == 1].mean()), 4),
                                     "non_name_passed": round(float(chosen[truth == 0].mean()), 4)}
    weights = np.append(model.coef_[0], model.intercept_[0]).astype(np.float16)
    assert weights.shape == (N_FEATURES + 1,)
    np.save(DATA / "name_model.npy", weights)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
