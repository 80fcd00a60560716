"""Retraining a LoRA specialist from feedback, as classifiers are retrained (learn/retrain.py): an
extraction specialist (`kogata tune extract NAME --from-feedback`) learns from corrected
extractions, a chat specialist (`kogata tune lora NAME --from-feedback`) from the upstream answers a
person approved. A candidate is trained on the rows the current version trained on plus the
corrections; it replaces the current version only if it is not clearly worse on the rows the current
version held out and is better on a held-out slice of the fresh corrections (given after the current
version was made, on prompts it did not train on).

Unlike a classifier, an adapter keeps the rows it trained on and which it held out
(`adapters/NAME/data.jsonl`, manifest `data.held_out_rows`): the current version and the candidate
are compared on rows neither trained on, with no reference to train, and the candidate itself is
promoted (no refit: a training takes minutes, not seconds). Each version answers the held-out rows as
served (greedy; an extraction through its schema's grammar), scored per row: the share of the output's
fields that are right, a list by the F1 of its items (extraction), or the character F1 of the answer (chat)."""

from __future__ import annotations

import json
import random
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import DataError
from ..models.adapters import TRAINING_ROWS, AdapterStore, InstalledAdapter
from .records import LearningStore
from .retrain import WORSE_MARGIN, Outcome

HELD_SHARE = 0.2
MIN_CORRECTIONS = 10
MAX_JUDGED = 40  # rows of each held-out slice both versions answer: generating is the slow part
CANDIDATES = ".candidates"
CHAT_MAX_TOKENS = 256


@dataclass
class AdapterCorrections:
    rows: list[dict[str, Any]]  # {"messages": [..., the answer last]}
    fresh: list[bool]  # per row: given after the current version was made

    def __len__(self) -> int:
        return len(self.rows)


def adapter_corrections(learning: LearningStore, adapter: InstalledAdapter) -> AdapterCorrections:
    """An extraction specialist's corrected (or rated-right) extractions of texts given in the request
    (a knowledge-base document named by id is not kept, so it cannot be learnt from); a chat
    specialist's approved upstream answers, as the messages were sent (redacted)."""
    task = adapter.manifest.get("task") or {}
    made = adapter.manifest.get("created_at") or ""
    latest: dict[str, tuple[dict, bool]] = {}
    if task.get("kind") == "extract":
        from ..tasks.extract.task import ExtractionTask, answer_text

        asked = ExtractionTask(task["schema"], system=task["system"])
        for said in learning.iter_feedback(specialist=adapter.name):
            output = said.corrected_output if said.corrected_output is not None else (
                (said.output or {}).get("data") if said.rating == 1 else None)
            if said.kind != "extract" or output is None or said.input.startswith("kb:"):
                continue
            row = {"messages": [*asked.messages(said.input), {"role": "assistant", "content": answer_text(output)}]}
            latest.pop(said.input, None)  # the latest word on a text wins
            latest[said.input] = (row, said.version == made)
    else:
        since = datetime.fromisoformat(made).timestamp() if made else 0.0
        for pair in reversed(learning.pairs(status="approved", limit=None)):
            if pair.messages and pair.answer:
                row = {"messages": [*pair.messages, {"role": "assistant", "content": pair.answer}]}
                latest[_prompt_key(row)] = (row, (pair.reviewed or pair.time) >= since)
    return AdapterCorrections([r for r, _ in latest.values()], [f for _, f in latest.values()])


def retrain_adapter(runtime, learning: LearningStore, name: str, *, seed: int = 0, force: bool = False,
                    max_minutes: float | None = None, threads: int | None = None,
                    progress: bool = False) -> tuple[Outcome, AdapterCorrections]:
    """Train a candidate for adapter `name` (through `runtime`'s engines and its adapter store) on its
    training rows and its corrections, compare it with the current version, promote it if it measures
    up (or with `force`)."""
    from ..tune.data import read_rows
    from ..tune.job import tune_lora
    from ..tune.train import TrainOptions

    adapters: AdapterStore = runtime.adapters
    current = adapters.get(name)
    kept = current.path.parent / TRAINING_ROWS
    if current.bundled or not kept.is_file():
        raise DataError(f"adapter '{name}' does not keep the rows it was trained on (it ships with kogata, or was trained "
                        "before adapters kept them); train one of your own on its data first")
    trained_on = read_rows(kept)[0]
    rows = {_prompt_key(r): r for _, r in trained_on}
    held_lines = set(current.manifest["data"].get("held_out_rows") or [])
    held_original = [r for n, r in trained_on if n in held_lines]
    seen = {_prompt_key(r) for n, r in trained_on if n not in held_lines}  # prompts the current version trained on
    learned = adapter_corrections(learning, current)
    fresh = [r for r, f in zip(learned.rows, learned.fresh) if f]
    unseen = [r for r in fresh if _prompt_key(r) not in seen]
    if len(unseen) < MIN_CORRECTIONS:
        raise DataError(f"adapter '{name}' has {len(unseen)} corrections given since its current version was made, on "
                        f"prompts it did not train on; retraining needs at least {MIN_CORRECTIONS}")
    random.Random(seed).shuffle(unseen)
    held_fresh = unseen[:max(1, round(len(unseen) * HELD_SHARE))]
    for row in [r for r, f in zip(learned.rows, learned.fresh) if not f] + fresh:
        rows[_prompt_key(row)] = row  # a correction replaces the row of the same prompt
    held_keys = {_prompt_key(r) for r in held_original + held_fresh}
    options = replace(TrainOptions.from_dict(current.manifest["hyperparameters"]), max_minutes=max_minutes,
                      threads=threads, seed=seed)
    candidates = AdapterStore(adapters.root / CANDIDATES)
    outcome = Outcome(False, "", len(learned))
    try:
        with tempfile.TemporaryDirectory(prefix="kogata-retrain-") as tmp:
            data = Path(tmp) / TRAINING_ROWS
            data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows.values()), encoding="utf-8")
            held = {n for n, key in enumerate(rows, 1) if key in held_keys}
            candidate = tune_lora(runtime.store.get(current.base), data, name, candidates, options, replace=True,
                                  progress=progress, task=current.manifest.get("task"), source=kept, held_out_rows=held)
        slices = {"original": _sample(held_original, seed), "corrections": held_fresh[:MAX_JUDGED]}
        scores = {which: {k: _scores(runtime, adapter, rows_) for k, rows_ in slices.items()}
                  for which, adapter in (("current", current), ("candidate", candidate))}
        outcome.current = {k: _mean(v) for k, v in scores["current"].items()}
        outcome.candidate = {k: _mean(v) for k, v in scores["candidate"].items()}
        worse = _clearly_worse(scores["candidate"]["original"] - scores["current"]["original"])
        if outcome.decide(worse=worse, force=force, original="the rows the current version held out"):
            adapters.promote(candidates.folder(name), name)
    finally:
        if candidates.folder(name).exists():
            candidates.remove(name)
    outcome.version = adapters.get(name).manifest.get("version", 1)
    return outcome, learned


def _prompt_key(row: dict[str, Any]) -> str:
    return json.dumps(row["messages"][:-1], ensure_ascii=False, sort_keys=True)


def _sample(rows: list[dict], seed: int) -> list[dict]:
    return random.Random(seed).sample(rows, MAX_JUDGED) if len(rows) > MAX_JUDGED else rows


def _mean(scores: np.ndarray) -> float:
    return round(float(scores.mean()), 4) if len(scores) else 0.0


def _clearly_worse(difference: np.ndarray) -> bool:
    """The candidate's scores less the current version's, per row: lower by more than `WORSE_MARGIN`
    standard errors of the mean (any loss at all where the differences do not vary)."""
    if not len(difference):
        return False
    spread = difference.std(ddof=1) / np.sqrt(len(difference)) if len(difference) > 1 else 0.0
    return bool(difference.mean() < -WORSE_MARGIN * spread) if spread > 0 else bool(difference.mean() < 0)


def _scores(runtime, adapter: InstalledAdapter, rows: list[dict]) -> np.ndarray:
    """Each row's score for `adapter` answering the row's prompt as served."""
    from ..engine.base import GenerationRequest, SamplingParams
    from ..engine.lora import AdaptedEngine

    base = runtime.chat(adapter.base)
    key = f"{adapter.name}@judged.{adapter.manifest.get('created_at')}.{adapter.path.parent.name}"
    base.load_adapter(key, adapter.path)
    engine = AdaptedEngine(key, base, key)
    wanted = [row["messages"][-1]["content"] for row in rows]
    task = adapter.manifest.get("task") or {}
    if task.get("kind") == "extract":
        from ..tasks.extract.extractor import Extractor
        from ..tasks.extract.task import task_for_model

        extractor = Extractor(engine, task_for_model(adapter.manifest, None))
        texts = [row["messages"][-2]["content"] for row in rows]
        done = {i: result for i, result in extractor.extract_many(enumerate(texts))}
        return np.array([_fields_right(getattr(done.get(i), "data", None), json.loads(w)) for i, w in enumerate(wanted)])
    params = SamplingParams(temperature=0.0, max_tokens=CHAT_MAX_TOKENS, stop_on_repetition=True)
    generations = [engine.submit(GenerationRequest(engine.render_chat(row["messages"][:-1]), params, chat=True))
                   for row in rows]
    return np.array([char_f1(g.collect()[0], w) for g, w in zip(generations, wanted)])


def _fields_right(got: Any, wanted: Any) -> float:
    """How much of `wanted` `got` has right: per field, 1 or 0, or for a list the F1 of its items (each
    compared whole); averaged over `wanted`'s fields."""
    if not isinstance(wanted, dict) or not wanted:
        return _agreement(got, wanted)
    got = got if isinstance(got, dict) else {}
    return sum(_agreement(got.get(k), v) for k, v in wanted.items()) / len(wanted)


def _agreement(got: Any, wanted: Any) -> float:
    if not (isinstance(got, list) and isinstance(wanted, list)):
        return float(got == wanted)
    g, w = (Counter(json.dumps(x, ensure_ascii=False, sort_keys=True) for x in items) for items in (got, wanted))
    common = sum((g & w).values())
    return 2 * common / (sum(g.values()) + sum(w.values())) if g or w else 1.0


def char_f1(answer: str, wanted: str) -> float:
    """Character F1 of two texts, NFKC-normalised with whitespace removed (Japanese has no words to count)."""
    a, w = (Counter(c for c in unicodedata.normalize("NFKC", t) if not c.isspace()) for t in (answer, wanted))
    common = sum((a & w).values())
    if not common:
        return float(not a and not w)
    precision, recall = common / sum(a.values()), common / sum(w.values())
    return 2 * precision * recall / (precision + recall)
