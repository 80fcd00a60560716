"""The large model as teacher: a student classifier trained on the answers of a teacher, against the
number of teacher calls, with and without skipping the texts the student is sure of.

The teacher is simulated by a local fake upstream (a real OpenAI-compatible HTTP server on loopback,
tests/fake_upstream.py) that answers each text's true label, wrong for 10% of texts (a fixed other
label, chosen by the text's hash). Each call goes through kogata's privacy guard and audit log, as in
the product. Unlabelled pool: the training texts; the student is measured on the test texts.
Banking77 by default (minilm-l6); `--data jsquad` for Japanese questions → their article (e5-small).

    KOGATA_HOME=~/.kogata python benchmarks/distill.py [--calls 100,300,1000,3000] [--data banking77|jsquad]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]
from classify import DATA, Memo, jsquad  # noqa: E402
from fake_upstream import FakeUpstream  # noqa: E402

from kogata.config import UpstreamSettings, load_settings  # noqa: E402
from kogata.learn.distill import Teacher, distill  # noqa: E402
from kogata.route.audit import AuditLog  # noqa: E402
from kogata.route.guarded import GuardedUpstream  # noqa: E402
from kogata.route.privacy import Redactor  # noqa: E402
from kogata.route.upstream import UpstreamClient  # noqa: E402
from kogata.runtime import Runtime  # noqa: E402
from kogata.tasks.classifier import Classifier, ClassifierStore, EmbeddingModel, load_dataset, train_classifier  # noqa: E402


def emit(**figure) -> None:
    print(json.dumps(figure, ensure_ascii=False), flush=True)


class SimulatedTeacher:
    """The fake upstream's answers: the true label of the text it is sent, wrong for `error` of texts."""

    def __init__(self, texts: list[str], labels: list[str], error: float):
        self.truth = dict(zip(texts, labels))
        self.labels = sorted(set(labels))
        self.error = error
        self.unknown = 0  # texts the guard changed beyond recognition

    def reply(self, body: dict) -> str:
        text = body["messages"][-1]["content"]
        h = int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big")
        label = self.truth.get(text)
        if label is None:
            self.unknown += 1
            return self.labels[h % len(self.labels)]
        if (h % 1000) / 1000 < self.error:
            return self.labels[(self.labels.index(label) + 1 + h % (len(self.labels) - 1)) % len(self.labels)]
        return label


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", choices=("banking77", "jsquad"), default="banking77")
    parser.add_argument("--calls", default="100,300,1000,3000")
    parser.add_argument("--error", type=float, default=0.1, help="share of wrong teacher answers")
    parser.add_argument("--sure", type=float, default=0.9, help="the student's confidence above which a text is skipped")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    if args.data == "banking77":
        pool = load_dataset(DATA / "banking77" / "train.csv", label_col="category")
        test = load_dataset(DATA / "banking77" / "test.csv", label_col="category")
        encoder = "minilm-l6"
    else:
        pool, test = jsquad()
        encoder = "e5-small"
    runtime = Runtime(load_settings())
    real = runtime.embedding_model(encoder)
    embedding = EmbeddingModel(encoder, real.sha256, Memo(real.engine), real.path, real.threads)
    work = Path(tempfile.mkdtemp(prefix="kogata-distill-"))
    store = ClassifierStore(work / "classifiers")
    simulated = SimulatedTeacher(pool.texts, pool.labels, args.error)

    def train(data) -> Classifier:
        train_classifier(data, "student", embedding, store, replace=True)
        return Classifier.open(store, "student", embedding)

    def accuracy(student: Classifier) -> float:
        labels = np.array(student.labels)
        return round(float((labels[student.proba(test.texts).argmax(axis=1)] == np.array(test.labels)).mean()), 4)

    redactor = Redactor()
    with FakeUpstream(reply=simulated.reply) as fake:
        upstream = GuardedUpstream(UpstreamClient(UpstreamSettings(url=fake.url, model="teacher")),
                                   AuditLog(work / "audit.db"))
        full = train(pool)
        emit(figure="all_true_labels", data=args.data, encoder=encoder, examples=len(pool), accuracy=accuracy(full))
        for calls in (int(n) for n in args.calls.split(",")):
            for skip in (False, True):
                teacher = Teacher(upstream, redactor, pool.label_names)
                started = time.perf_counter()
                student, done = distill(pool.texts, teacher, calls, train, skip_sure=args.sure if skip else None,
                                        seed=args.seed)
                wrong = sum(simulated.truth.get(t) != y for t, y in zip(done.data.texts, done.data.labels))
                emit(figure="student", data=args.data, teacher_calls=calls, skip_sure=skip, accuracy=accuracy(student),
                     labelled=len(done.data), labels=len(set(done.data.labels)), wrong_labels=wrong,
                     cost=done.cost.to_dict(), rounds=done.rounds, seconds=round(time.perf_counter() - started, 1))
    emit(figure="audit", entries=len(AuditLog(work / "audit.db").query(limit=1000)), guard_changed_texts=simulated.unknown)
    runtime.close()


if __name__ == "__main__":
    main()
