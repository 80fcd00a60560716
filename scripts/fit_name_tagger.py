"""Fit the privacy guard's name tagger (kogata/route/privacy/name_tagger.py) and write its weights.

Every PERSON span of the guard's development, held-out and fresh sets (benchmarks/data/) labels the
MeCab words it covers: the first word of a name "begin", the others "inside", every other word
"outside"; a multinomial logistic regression is fitted on the words' features (name_tagger.design:
e5-small vectors of the word and its neighbours, and its shape). The blind set is never read.
With --check, each set is first held out in turn: the tagger is fitted on the other two, and PERSON
precision / recall of the rules alone and of the rules with the tagger are printed on the third.

    KOGATA_HOME=~/.kogata python scripts/fit_name_tagger.py [--check] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from pii import SETS, score  # noqa: E402

from kogata.config import Settings  # noqa: E402
from kogata.engine.embedder import LlamaEmbedder  # noqa: E402
from kogata.models.store import ModelStore  # noqa: E402
from kogata.route.privacy import Redactor  # noqa: E402
from kogata.route.privacy.name_tagger import (BEGIN, ENCODER, INSIDE, OUTSIDE, NameTagger, Weights, design,  # noqa: E402
                                              segments)

TRAINING_SETS = ("dev", "holdout", "fresh")
C = 0.03  # chosen on fresh with dev + holdout for training (0.03 and 0.1 tried: 0.1 traded precision for recall)
THRESHOLD = 0.6  # 0.4-0.6 tried the same way


def labels(words: list[tuple[int, int]], names: list[tuple[int, int]]) -> np.ndarray:
    out = []
    for a, b in words:
        label = OUTSIDE
        for start, end in names:
            if 2 * max(0, min(b, end) - max(a, start)) > b - a:
                label = BEGIN if a <= start else INSIDE
        out.append(label)
    return np.array(out)


def read(set_name: str, embedder) -> list[dict]:
    rows = []
    for line in SETS[set_name].read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = item["text"]
        words = segments(text)
        vectors = embedder.piece_vectors([text[a:b] for a, b in words])
        names = [(e["start"], e["end"]) for e in item["entities"] if e["type"] == "PERSON"]
        rows.append({"text": text, "entities": item["entities"], "X": design(text, words, vectors),
                     "y": labels(words, names)})
    return rows


def fit(rows: list[dict]) -> Weights:
    model = LogisticRegression(C=C, max_iter=3000).fit(np.vstack([r["X"] for r in rows]),
                                                       np.concatenate([r["y"] for r in rows]))
    return Weights(model.coef_.astype(np.float32), model.intercept_.astype(np.float32), THRESHOLD)


def person_figures(rows: list[dict], redactor: Redactor) -> str:
    counts: Counter = Counter()
    for r in rows:
        gold = [(e["type"], e["start"], e["end"]) for e in r["entities"]]
        score(gold, [(d.type, d.start, d.end) for d in redactor.detect(r["text"])], counts)
    return (f"precision {counts['PERSON', 'tp'] / max(1, counts['PERSON', 'predicted']):.3f} "
            f"recall {counts['PERSON', 'tp'] / max(1, counts['PERSON', 'support']):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="hold each set out in turn first")
    parser.add_argument("--out", type=Path, default=ROOT / "src/kogata/route/privacy/data/name_tagger.npz")
    args = parser.parse_args()
    settings = Settings()
    embedder = LlamaEmbedder(ENCODER, ModelStore(settings.models_dir).get(ENCODER).path, threads=settings.engine.threads)
    sets = {name: read(name, embedder) for name in TRAINING_SETS}
    if args.check:
        rules = Redactor()
        for held in TRAINING_SETS:
            weights = fit([r for name in TRAINING_SETS if name != held for r in sets[name]])
            tagged = Redactor((*rules.recognizers, NameTagger(embedder, weights)))
            print(json.dumps({"held_out": held, "rules": person_figures(sets[held], rules),
                              "rules+tagger": person_figures(sets[held], tagged)}), flush=True)
    weights = fit([r for rows in sets.values() for r in rows])
    np.savez_compressed(args.out, coef=weights.coef, intercept=weights.intercept, threshold=np.float32(THRESHOLD))
    print(json.dumps({"wrote": str(args.out), "words": sum(len(r["y"]) for rows in sets.values() for r in rows),
                      "features": int(weights.coef.shape[1])}))


if __name__ == "__main__":
    main()
