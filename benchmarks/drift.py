"""The learning loop on a stream: drift detection, feedback, retraining.

Banking77: a classifier trained on 60 intents (train.csv) answers a stream of requests that are the
test texts of those 60 intents; from a point on, the other 17 intents arrive too (their train.csv
texts, unseen by the classifier; each request is one of them with probability 17/77). Every answer
is recorded in a real learning store (SQLite) and the drift monitor is read after every `--step`
requests. Reported:

- detection: requests after the shift until the monitor first says `drifting` (and `watch`);
- false alarms: states on a stream of `--unshifted` requests without a shift;
- the loop: the true label is given as feedback for `--feedback` of the requests (from a person who
  read the answer), the classifier is retrained from that feedback after each number of requests in
  `--after` (kogata.learn.retrain: candidate, held-out slices, promotion), and its accuracy on all 77
  intents is compared with a classifier trained on all 77 from the start, on half of test.csv that the
  stream never serves; accuracy on the stream before the shift, after it, and after the retrain;
- with `--balance 5,20,50`: the 60 intents' examples plus K examples of each new one, trained with
  and without weighing examples by their label's frequency (what retraining from feedback does).

With `--data jsquad` the same on Japanese: JSQuAD questions → their article, 80% of the articles
trained, the rest arriving after the shift.

    KOGATA_HOME=~/.kogata python benchmarks/drift.py [--data banking77|jsquad] [--after 4000,8000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from classify import DATA, Memo, jsquad  # noqa: E402

from kogata.config import DriftSettings, load_settings  # noqa: E402
from kogata.learn.drift import classifier_drift  # noqa: E402
from kogata.learn.records import Answer, LearningStore  # noqa: E402
from kogata.learn.retrain import corrections, retrain  # noqa: E402
from kogata.runtime import Runtime  # noqa: E402
from kogata.tasks.classifier import Classifier, ClassifierStore, EmbeddingModel, load_dataset, train_classifier  # noqa: E402
from kogata.tasks.classifier.data import Dataset, split  # noqa: E402
from kogata.tasks.classifier.train import TrainOptions  # noqa: E402


def emit(**figure) -> None:
    print(json.dumps(figure, ensure_ascii=False), flush=True)


def only(data: Dataset, labels: set[str]) -> Dataset:
    return data.subset(np.array([i for i, y in enumerate(data.labels) if y in labels], dtype=int))


def stream(rng: np.random.Generator, known: Dataset, new: Dataset | None, n: int, new_share: float) -> list[tuple[str, str]]:
    """`n` requests: a text of `new` with probability `new_share`, else one of `known`, drawn with replacement."""
    out = []
    for _ in range(n):
        source = new if new is not None and rng.random() < new_share else known
        i = int(rng.integers(len(source)))
        out.append((source.texts[i], source.labels[i]))
    return out


class Monitor:
    """Answers a stream with a classifier, records every answer, reads the drift state every `step`."""

    def __init__(self, learning: LearningStore, limits: DriftSettings, step: int, rng: np.random.Generator,
                 feedback: float, dump=None):
        self.learning, self.limits, self.step, self.rng, self.feedback, self.dump = learning, limits, step, rng, feedback, dump

    def run(self, classifier: Classifier, requests: list[tuple[str, str]]) -> tuple[list[tuple[int, str]], list[str], list[str]]:
        states, ids, predicted = [], [], []
        self.peaks: dict[str, float] = {}
        for start in range(0, len(requests), self.step):
            chunk = requests[start:start + self.step]
            answers = classifier.classify([t for t, _ in chunk])
            ids += self.learning.record("classify", classifier.name, classifier.version, [
                Answer(t, a.to_dict(), a.label, a.confidence, a.out_of_scope) for (t, _), a in zip(chunk, answers)])
            predicted += [a.label for a in answers]
            for pid, (text, label), a in zip(ids[-len(chunk):], chunk, answers):
                said = self.rng.random() < self.feedback
                if said:  # the true label, from a person reading the answer
                    self.learning.add_feedback(pid, label=label)
                if self.dump is not None:
                    self.dump.write(json.dumps({"y": label, "p": a.label, "c": a.confidence, "o": a.out_of_scope,
                                                "f": said}) + "\n")
            drift = classifier_drift(self.learning, classifier.manifest, self.limits)
            states.append((start + len(chunk), drift.state))
            for name, signal in drift.signals.items():
                if signal.value is not None:
                    self.peaks[name] = max(self.peaks.get(name, signal.value), signal.value)
        return states, ids, predicted


def first(states: list[tuple[int, str]], wanted: set[str], after: int = 0) -> int | None:
    return next((n - after for n, state in states if n > after and state in wanted), None)


def accuracy(classifier: Classifier, data: Dataset) -> float:
    labels = np.array(classifier.labels)
    return round(float((labels[classifier.proba(data.texts).argmax(axis=1)] == np.array(data.labels)).mean()), 4)


def balance_check(args, rng, train: Dataset, test: Dataset, new: set[str], embedding, store: ClassifierStore) -> None:
    known, fresh = only(train, set(train.label_names) - new), only(train, new)
    for k in (int(n) for n in args.balance.split(",")):
        of = {label: np.flatnonzero(np.array(fresh.labels) == label) for label in sorted(new)}
        picked = [int(i) for label, rows in of.items() for i in rng.choice(rows, min(k, len(rows)), replace=False)]
        data = Dataset(known.texts + fresh.subset(np.array(picked)).texts, known.labels + fresh.subset(np.array(picked)).labels,
                       "", "", "utf-8")
        for balanced in (False, True):
            train_classifier(data, "balance", embedding, store, options=TrainOptions(balanced=balanced), replace=True)
            c = Classifier.open(store, "balance", embedding)
            emit(figure="balance", per_new_label=k, balanced=balanced, accuracy_all_labels=accuracy(c, test),
                 accuracy_new_labels=accuracy(c, only(test, new)), accuracy_known_labels=accuracy(c, only(test, set(test.labels) - new)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", choices=("banking77", "jsquad"), default="banking77")
    parser.add_argument("--encoder", default=None, help="default: minilm-l6 for banking77, e5-small for jsquad")
    parser.add_argument("--new-labels", type=int, default=17, help="labels left out of the first training")
    parser.add_argument("--before", type=int, default=1000, help="requests before the shift")
    parser.add_argument("--after", default="4000", help="requests after the shift before each retrain, comma-separated")
    parser.add_argument("--unshifted", type=int, default=3000)
    parser.add_argument("--feedback", type=float, default=0.1, help="share of requests given their true label as feedback")
    parser.add_argument("--step", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limits", default="{}", help='drift thresholds to override, as JSON: {"window": 300}')
    parser.add_argument("--no-retrain", action="store_true", help="detection and false alarms only")
    parser.add_argument("--balance", help="only the balancing comparison, for these numbers of examples per new label")
    parser.add_argument("--dump", help="write each answer of the shifted stream (and, to DUMP.quiet, the unshifted one) as JSON lines")
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)

    if args.data == "banking77":
        train = load_dataset(DATA / "banking77" / "train.csv", label_col="category")
        test = load_dataset(DATA / "banking77" / "test.csv", label_col="category")
        encoder = args.encoder or "minilm-l6"
    else:
        train, test = jsquad()
        encoder = args.encoder or "e5-small"
    labels = train.label_names
    new = set(rng.choice(labels, args.new_labels, replace=False).tolist())
    known = set(labels) - new
    new_share = len(new) / len(labels)

    settings = load_settings()
    runtime = Runtime(settings)
    real = runtime.embedding_model(encoder)
    embedding = EmbeddingModel(encoder, real.sha256, Memo(real.engine), real.path, real.threads)
    work = Path(tempfile.mkdtemp(prefix="kogata-drift-"))
    store = ClassifierStore(work / "classifiers")
    learning = LearningStore(work / "learning.db")
    limits = DriftSettings(**json.loads(args.limits))
    dump = open(args.dump, "w") if args.dump else None
    monitor = Monitor(learning, limits, args.step, rng, args.feedback, dump)

    if args.balance:
        return balance_check(args, rng, train, test, new, embedding, store)
    started = time.perf_counter()
    train_classifier(only(train, known), "specialist", embedding, store)
    full_manifest = train_classifier(train, "all-labels", embedding, store)
    emit(figure="setup", data=args.data, encoder=encoder, labels=len(labels), new_labels=sorted(new),
         known_examples=len(only(train, known)), seconds=round(time.perf_counter() - started, 1),
         all_labels_held_out=full_manifest["metrics"]["accuracy"])
    specialist = Classifier.open(store, "specialist", embedding)
    # Half of each label's test texts are served in the stream, the other half only evaluates.
    served, held = split(test, 0.5, args.seed)
    test_known, evaluation, train_new = only(test.subset(served), known), test.subset(held), only(train, new)

    # False alarms: a stream with no shift, on a learning store of its own.
    quiet = Monitor(LearningStore(work / "quiet.db"), limits, args.step, rng, args.feedback,
                    open(args.dump + ".quiet", "w") if args.dump else None)
    states, _, _ = quiet.run(specialist, stream(rng, test_known, None, args.unshifted, 0.0))
    emit(figure="unshifted", requests=args.unshifted, drifting=sum(s == "drifting" for _, s in states),
         watch=sum(s == "watch" for _, s in states), reads=len(states), first_drifting=first(states, {"drifting"}),
         first_watch=first(states, {"watch", "drifting"}), peaks=quiet.peaks, limits=limits.model_dump())

    # The shift, then feedback and retraining after each number of requests in --after.
    before = stream(rng, test_known, None, args.before, 0.0)
    states, _, predicted = monitor.run(specialist, before)
    emit(figure="before_shift", requests=len(before), state=states[-1][1],
         accuracy=round(float(np.mean([p == y for p, (_, y) in zip(predicted, before)])), 4))
    seen, shifted_states = 0, []
    all_labels = Classifier.open(store, "all-labels", embedding)
    for target in (int(n) for n in args.after.split(",")):
        serving = Classifier.open(store, "specialist", embedding)  # the version promoted last
        requests = stream(rng, test_known, train_new, target - seen, new_share)
        states, ids, predicted = monitor.run(serving, requests)
        shifted_states += [(n + seen, s) for n, s in states]
        right = [p == y for p, (_, y) in zip(predicted, requests)]
        seen = target
        drift = classifier_drift(learning, serving.manifest, limits)
        emit(figure="after_shift", requests=seen, accuracy=round(float(np.mean(right)), 4),
             first_watch=first(shifted_states, {"watch", "drifting"}), first_drifting=first(shifted_states, {"drifting"}),
             state=drift.state, signals={k: s.value for k, s in drift.signals.items()})
        if args.no_retrain:
            break
        learned = corrections(learning, "specialist", serving.version)
        started = time.perf_counter()
        outcome = retrain(store, "specialist", only(train, known), learned, embedding, serving, seed=args.seed)
        seconds = round(time.perf_counter() - started, 1)
        retrained = Classifier.open(store, "specialist", embedding)
        emit(figure="retrained", requests_after_shift=seen, corrections=len(learned),
             fresh=int(learned.fresh.sum()), new_label_corrections=sum(y in new for y in learned.data.labels), promoted=outcome.promoted,
             reason=outcome.reason, current=outcome.current, reference=outcome.reference, candidate=outcome.candidate, seconds=seconds,
             accuracy_all_labels=accuracy(retrained, evaluation), trained_on_all_from_start=accuracy(all_labels, evaluation),
             accuracy_new_labels=accuracy(retrained, only(evaluation, new)), evaluated=len(evaluation))
        if not outcome.promoted and target == int(args.after.split(",")[-1]):  # what promoting anyway would give
            retrain(store, "specialist", only(train, known), learned, embedding, serving, seed=args.seed, force=True)
            forced = Classifier.open(store, "specialist", embedding)
            emit(figure="forced", requests_after_shift=seen, accuracy_all_labels=accuracy(forced, evaluation),
                 accuracy_new_labels=accuracy(forced, only(evaluation, new)),
                 accuracy_known_labels=accuracy(forced, only(evaluation, known)),
                 known_labels_before=accuracy(retrained, only(evaluation, known)))
        after = stream(rng, test_known, only(test.subset(served), new), 1000, new_share)
        answers = retrained.classify([t for t, _ in after])
        emit(figure="after_retrain", requests=len(after), version=retrained.version,
             accuracy=round(float(np.mean([a.label == y for a, (_, y) in zip(answers, after)])), 4),
             out_of_scope=round(float(np.mean([a.out_of_scope for a in answers])), 4))
    runtime.close()


if __name__ == "__main__":
    main()
