"""The large model as teacher: unlabelled texts labelled by the configured upstream, a classifier
trained on its answers (`Teacher`, `distill`), or an extraction specialist on the data it extracts
(`ExtractionTeacher`).

Each text leaves through the privacy guard (personal data replaced by placeholders) and every call is
in the audit log, as for an escalated request. The teacher is asked for exactly one of the given
labels; an answer that names none of them is not used. With `skip_sure`, texts are labelled in rounds:
a first random batch, then, after each retraining, a batch of the texts the student is not sure of (its
confidence below `skip_sure`, or flagged out of scope), until the budget is spent; the texts it is
sure of are never sent. Which doubted texts: at random while the student's held-out accuracy is below
`INFORMED`, or measured on fewer than `INFORMED_HELD_OUT` texts (a weak student's least sure texts are outliers: least sure first did worse than random
below 1,000 calls on Banking77), the least sure of each predicted label first once it is above (3,000
calls: 0.923 against 0.895; docs/benchmarks.md).
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..errors import DataError
from ..route.guarded import GuardedUpstream, redact_messages
from ..route.privacy import Redactor
from ..route.upstream import UpstreamError
from ..tasks.classifier.data import Dataset
from ..tasks.classifier.model import Classifier
from ..tasks.extract.task import ExtractionTask

REASON = "distill_classify"  # the audit log's reason for these calls
FIRST_ROUND = 0.25  # share of the budget labelled at random before the student chooses
ROUNDS = 4
CONCURRENCY = 4
INFORMED = 0.7  # the student's held-out accuracy from which its doubts say where to look
INFORMED_HELD_OUT = 50  # held-out texts below which that accuracy says nothing
PROMPT = ("You label texts for a text classifier. Reply with exactly one label from this list, and nothing else:\n"
          "{labels}")


@dataclass
class TeacherCost:
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    unreadable: int = 0  # answers that named no label
    failed: int = 0  # calls that got no answer
    skipped_sure: int = 0  # texts the student was sure of, never sent

    def to_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


class _Asker:
    """Asks the upstream model about each text, `concurrency` at a time, through the privacy guard and
    the audit log, counting the cost; subclasses say what to ask and how to read the answer."""

    reason = REASON

    def __init__(self, upstream: GuardedUpstream, redactor: Redactor, *, concurrency: int = CONCURRENCY):
        self.upstream, self.redactor, self.concurrency = upstream, redactor, concurrency
        self.cost = TeacherCost()

    def _messages(self, text: str) -> list[dict[str, str]]:
        raise NotImplementedError

    def _params(self) -> dict:
        return {"temperature": 0}

    def _read(self, answer: str):
        raise NotImplementedError

    def ask(self, texts: Sequence[str]) -> list:
        """The teacher's reading of each text (None where it gave none)."""
        return asyncio.run(self._ask_all(texts))

    async def _ask_all(self, texts: Sequence[str]) -> list:
        gate = asyncio.Semaphore(self.concurrency)

        async def one(text: str):
            async with gate:
                return await self._ask_one(text)

        return list(await asyncio.gather(*(one(t) for t in texts)))

    async def _ask_one(self, text: str):
        outgoing = await asyncio.to_thread(redact_messages, self._messages(text), self.redactor, self._params())
        self.cost.calls += 1
        try:
            answer = await self.upstream.complete(outgoing, self.reason)
        except UpstreamError:
            self.cost.failed += 1
            return None
        usage = answer.get("usage") or {}
        self.cost.prompt_tokens += usage.get("prompt_tokens") or 0
        self.cost.completion_tokens += usage.get("completion_tokens") or 0
        read = self._read(answer["choices"][0]["message"].get("content") or "")
        self.cost.unreadable += read is None
        return read


class Teacher(_Asker):
    """Labels texts with the upstream model: one of `labels` each."""

    def __init__(self, upstream: GuardedUpstream, redactor: Redactor, labels: Sequence[str], **options):
        if len(set(labels)) < 2:
            raise DataError("give at least two labels for the teacher to choose from")
        super().__init__(upstream, redactor, **options)
        self.labels = list(dict.fromkeys(labels))

    def _messages(self, text: str) -> list[dict[str, str]]:
        return [{"role": "system", "content": PROMPT.format(labels="\n".join(self.labels))},
                {"role": "user", "content": text}]

    def _read(self, answer: str) -> str | None:
        return read_label(answer, self.labels)


class ExtractionTeacher(_Asker):
    """Extracts what `task`'s schema describes from texts with the upstream model (asking for JSON that
    follows the schema); an answer that does not follow it is not used."""

    reason = "distill_extract"

    def __init__(self, upstream: GuardedUpstream, redactor: Redactor, task: ExtractionTask, **options):
        super().__init__(upstream, redactor, **options)
        self.task = task

    def _messages(self, text: str) -> list[dict[str, str]]:
        return self.task.messages(text)

    def _params(self) -> dict:
        return {"temperature": 0, "response_format": {"type": "json_schema", "json_schema": {
            "name": "extraction", "schema": self.task.schema, "strict": True}}}

    def _read(self, answer: str):
        text = answer.strip().removeprefix("```json").removeprefix("```").removesuffix("```").strip()
        return self.task.parse(text) if self.task.is_valid(text) else None


def read_label(answer: str, labels: Sequence[str]) -> str | None:
    """The label an answer names: itself (quotes, a trailing period and case aside), or the one label
    it contains; None otherwise."""
    said = answer.strip().strip("\"'`「」。.").strip()
    by_case = {label.casefold(): label for label in labels}
    if said.casefold() in by_case:
        return by_case[said.casefold()]
    found = [label for label in labels if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", answer, re.IGNORECASE)]
    return found[0] if len(found) == 1 else None


@dataclass
class Distilled:
    data: Dataset  # the teacher-labelled texts the student trains on
    cost: TeacherCost
    rounds: list[dict[str, int]] = field(default_factory=list)


def distill(texts: Sequence[str], teacher: Teacher, budget: int, train: Callable[[Dataset], Classifier], *,
            skip_sure: float | None = None, seed: int = 0, source: str = "teacher") -> tuple[Classifier, Distilled]:
    """Label up to `budget` of `texts` with `teacher` and train a student on the answers with `train`
    (called once per round); returns the last student and what was labelled."""
    if budget < 1:
        raise DataError("the budget must allow at least one teacher call")
    rng = np.random.default_rng(seed)
    pool = list(dict.fromkeys(t for t in texts if t.strip()))
    order = [pool[i] for i in rng.permutation(len(pool))]
    labelled: dict[str, str] = {}
    out = Distilled(Dataset([], [], source, "", "utf-8"), teacher.cost)
    first = budget if skip_sure is None else max(1, int(budget * FIRST_ROUND))
    batches = [order[:first]]
    student = None
    while batches:
        batch = batches.pop()
        for text, label in zip(batch, teacher.ask(batch)):
            if label is not None:
                labelled[text] = label
        out.data = _dataset(labelled, source)
        student = train(out.data)
        out.rounds.append({"calls": teacher.cost.calls, "labelled": len(out.data)})
        left = budget - teacher.cost.calls
        if skip_sure is None or left <= 0:
            break
        unlabelled = [t for t in order if t not in labelled]
        doubted = _doubted(student, unlabelled, skip_sure, rng)
        teacher.cost.skipped_sure = len(unlabelled) - len(doubted)
        step = left if len(out.rounds) >= ROUNDS else max(1, (budget - first) // (ROUNDS - 1))
        if doubted:
            batches.append(doubted[:min(step, left)])
    assert student is not None
    return student, out


def _doubted(student: Classifier, texts: list[str], sure: float, rng: np.random.Generator) -> list[str]:
    """The texts the student is not sure of: while its held-out accuracy is below `INFORMED`, in random
    order; from then on the least sure of each label it predicts first, then the next of each, and so
    on (least sure overall piles up on a few confusable labels)."""
    if not texts:
        return []
    predictions = student.classify(texts)
    doubted = [(p, t) for t, p in zip(texts, predictions) if p.out_of_scope or p.confidence < sure]
    metrics = student.manifest["metrics"]
    if metrics["examples"] < INFORMED_HELD_OUT or metrics["accuracy"] < INFORMED:
        return [doubted[i][1] for i in rng.permutation(len(doubted))]
    by_label: dict[str, list[tuple[float, str]]] = {}
    for p, text in doubted:
        by_label.setdefault(p.label, []).append((p.confidence - (1.0 if p.out_of_scope else 0.0), text))
    queues = [sorted(d) for _, d in sorted(by_label.items())]
    return [queue[i][1] for i in range(max(map(len, queues), default=0)) for queue in queues if i < len(queue)]


def _dataset(labelled: dict[str, str], source: str) -> Dataset:
    """The labelled texts, less labels seen once (a classifier needs two examples of each)."""
    counts = Counter(labelled.values())
    kept = [(t, y) for t, y in labelled.items() if counts[y] >= 2]
    if len({y for _, y in kept}) < 2:
        raise DataError(f"the teacher's answers give {len({y for _, y in kept})} label(s) with two examples or more; "
                        "a classifier needs two: raise the budget")
    return Dataset([t for t, _ in kept], [y for _, y in kept], source, "", "utf-8")
