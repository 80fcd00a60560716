"""Routing on Banking77: small model first, escalate what it does not handle.

    KOGATA_HOME=~/.kogata python benchmarks/routing.py [--data ../shared/data/banking77] [--token-sample 200]
        [--encoder minilm-l6,e5-small,auto]

Ten intents (drawn with a fixed seed) are held out of the classifier's training: they stand for "things
we do not handle". The classifier (kogata.tasks.classifier, with each `--encoder` in turn; "auto": the
better of minilm-l6 and e5-small on its held-out split, as `kogata tune classify` chooses) is trained on the other 67 intents
of train.csv minus a stratified validation split; the router's `min_confidence` is chosen on that
validation split alone (the largest threshold that keeps `--keep` of in-scope texts local), never on
test.csv, and the held-out intents are never seen before the test. Each test text then goes through
kogata's `Router`. Figures: the share of held-out-intent texts escalated, the share of in-scope texts
kept local, the accuracy on everything kept local (a held-out-intent text kept local counts as wrong),
and a random router escalating the same overall share, for comparison; and the out-of-scope AUROC of
the classifier's confidence (how often an in-scope test text is more confident than a held-out-intent one).

`--token-sample N` also measures the small model's own token confidence (mean token probability of a
smollm2-135m answer) as a separate signal on N test texts (half held-out, half in-scope): its AUROC at
telling held-out from in-scope texts, next to the classifier confidence's AUROC on the same texts.
"""

from __future__ import annotations

import argparse
import csv
import json
import tempfile
import time
from pathlib import Path

import numpy as np

from kogata.config import RouteSettings, Settings
from kogata.engine.base import GenerationRequest, SamplingParams
from kogata.route.router import Router
from kogata.route.signals import token_probability
from kogata.runtime import Runtime
from kogata.tasks.classifier import (
    Classifier,
    ClassifierStore,
    Dataset,
    Prediction,
    train_classifier,
)
from kogata.tasks.classifier.data import split

HELD_OUT = 10
SEED = 0
CANDIDATES = ("minilm-l6", "e5-small")  # what "auto" chooses among
CHAT_MODEL = "smollm2-135m"
TOKEN_BATCH = 32


def rows(path: Path) -> list[tuple[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return [(r["text"], r["category"]) for r in csv.DictReader(f)]


class Precomputed:
    """The classifier's predictions for known texts, computed in one batch; the router reads these."""

    def __init__(self, classifier: Classifier, texts: list[str]):
        self.predictions = dict(zip(texts, classifier.classify(texts)))

    def classify(self, texts: list[str]) -> list[Prediction]:
        return [self.predictions[t] for t in texts]


def choose_min_confidence(confidence: np.ndarray, keep: float) -> float:
    """The largest threshold that keeps at least `keep` of these (in-scope) texts local."""
    return float(np.quantile(confidence, 1 - keep, method="lower"))


def auroc(scores_positive: np.ndarray, scores_negative: np.ndarray) -> float:
    """P(a positive scores higher than a negative), ties counting half."""
    pos, neg = scores_positive[:, None], scores_negative[None, :]
    return float((pos > neg).mean() + 0.5 * (pos == neg).mean())


def token_confidence(runtime: Runtime, texts: list[str]) -> np.ndarray:
    engine = runtime.chat(CHAT_MODEL)
    params = SamplingParams(temperature=0.0, max_tokens=32, logprobs=True, seed=0)
    probabilities = []
    for start in range(0, len(texts), TOKEN_BATCH):  # within the engine's queue
        gens = [engine.submit(GenerationRequest(engine.render_chat([{"role": "user", "content": t}]), params))
                for t in texts[start:start + TOKEN_BATCH]]
        probabilities += [token_probability(lp.logprob for lp in g.collect()[2]) or 0.0 for g in gens]
    return np.array(probabilities)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared/data/banking77")
    parser.add_argument("--keep", type=float, default=0.86, help="share of validation in-scope texts kept local")
    parser.add_argument("--token-sample", type=int, default=0, help="texts on which to measure token confidence")
    parser.add_argument("--encoder", default="minilm-l6",
                        help="comma-separated embedding models to train the classifier with, or 'auto'")
    args = parser.parse_args()

    train, test = rows(args.data / "train.csv"), rows(args.data / "test.csv")
    intents = sorted({c for _, c in train})
    held = set(np.random.default_rng(SEED).choice(intents, HELD_OUT, replace=False).tolist())
    in_scope = [(t, c) for t, c in train if c not in held]
    dataset = Dataset([t for t, _ in in_scope], [c for _, c in in_scope], "banking77/train.csv", "", "utf-8")
    fit_index, val_index = split(dataset, 0.15, seed=1)
    fit, val = dataset.subset(fit_index), dataset.subset(val_index)
    print(json.dumps({"held_out_intents": sorted(held), "train": len(fit), "validation": len(val), "test": len(test)}))

    runtime = Runtime(Settings())
    for encoder in args.encoder.split(","):
        decisions = route(runtime, encoder, fit, val, test, held, args.keep)
        if args.token_sample:
            token_signal(runtime, decisions, test, held, args.token_sample)
    runtime.close()


def route(runtime: Runtime, encoder: str, fit: Dataset, val: Dataset, test: list[tuple[str, str]], held: set[str],
          keep: float) -> list:
    """Train with `encoder`, route every test text, print the figures; returns the decisions."""
    with tempfile.TemporaryDirectory() as folder:
        store = ClassifierStore(Path(folder))
        candidates = [runtime.embedding_model(m) for m in (CANDIDATES if encoder == "auto" else [encoder])]
        started = time.perf_counter()
        manifest = train_classifier(fit, "banking77", candidates, store)
        chosen = next(c for c in candidates if c.name == manifest["encoder"]["model"])
        classifier = Classifier.open(store, "banking77", chosen)
        trained_s = time.perf_counter() - started

        val_confidence = np.array([p.confidence for p in classifier.classify(val.texts)])
        min_confidence = choose_min_confidence(val_confidence, keep)
        test_texts = [t for t, _ in test]
        router = Router(RouteSettings(min_confidence=min_confidence), upstream=True,
                        classifier=Precomputed(classifier, test_texts))
        started = time.perf_counter()
        decisions = [router.decide(t) for t in test_texts]
        routed_s = time.perf_counter() - started

    is_held = np.array([c in held for _, c in test])
    escalated = np.array([d.route == "upstream" for d in decisions])
    correct = np.array([d.signals["label"] == c for d, (_, c) in zip(decisions, test)])
    confidence = np.array([d.signals["confidence"] for d in decisions])
    flagged = np.array([d.signals["out_of_scope"] for d in decisions])
    kept = ~escalated
    rate = float(escalated.mean())
    random_escalated = np.random.default_rng(SEED).random(len(test)) < rate
    figures = {
        "held_out_escalated": escalated[is_held].mean(),
        "in_scope_kept_local": kept[~is_held].mean(),
        "kept_local_accuracy": correct[kept].mean(),
        "kept_local_accuracy_in_scope_only": correct[kept & ~is_held].mean(),
        "overall_escalation_rate": rate,
        "random_router_held_out_escalated": random_escalated[is_held].mean(),
        "random_router_kept_local_accuracy": correct[~random_escalated].mean(),
        "out_of_scope_auroc_confidence": auroc(confidence[~is_held], confidence[is_held]),
        "out_of_scope_flag_recall": flagged[is_held].mean(),
        "out_of_scope_flag_in_scope": flagged[~is_held].mean(),
    }
    print(json.dumps({"figure": "routing", "encoder": encoder, "chosen": chosen.name,
                      "held_out_by_encoder": manifest["encoder"]["held_out_accuracy"],
                      "min_confidence": round(min_confidence, 4),
                      **{k: round(float(v), 4) for k, v in figures.items()},
                      "held_out_texts": int(is_held.sum()), "in_scope_texts": int((~is_held).sum()),
                      "reasons": {r: sum(d.reason == r for d in decisions) for r in sorted({d.reason for d in decisions})},
                      "training_s": round(trained_s, 1), "routing_ms_per_text": round(routed_s * 1000 / len(test), 3)}),
          flush=True)
    return decisions


def token_signal(runtime: Runtime, decisions: list, test: list[tuple[str, str]], held: set[str], sample: int) -> None:
    is_held = np.array([c in held for _, c in test])
    test_texts = [t for t, _ in test]
    rng = np.random.default_rng(SEED)
    half = sample // 2
    picked = np.concatenate([rng.choice(np.flatnonzero(is_held), half, replace=False),
                             rng.choice(np.flatnonzero(~is_held), half, replace=False)])
    started = time.perf_counter()
    tokens = token_confidence(runtime, [test_texts[i] for i in picked])
    classifier_confidence = np.array([decisions[i].signals["confidence"] for i in picked])
    # A signal helps when held-out texts score lower: AUROC of (in-scope scores above held-out ones).
    print(json.dumps({"figure": "token confidence signal", "texts": len(picked),
                      "auroc_token_probability": round(auroc(tokens[half:], tokens[:half]), 4),
                      "auroc_classifier_confidence": round(auroc(classifier_confidence[half:],
                                                                 classifier_confidence[:half]), 4),
                      "mean_token_probability_held_out": round(float(tokens[:half].mean()), 4),
                      "mean_token_probability_in_scope": round(float(tokens[half:].mean()), 4),
                      "seconds": round(time.perf_counter() - started, 1)}))


if __name__ == "__main__":
    main()
