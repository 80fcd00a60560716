"""An extraction specialist retrained from corrections (issue 21, `kogata tune extract NAME
--from-feedback`), on ../shared/data/ner-wikipedia-ja/ split as benchmarks/extract_ner.py splits it.

The shift: version 1 of `ner-shift` (gemma3-270m) learns from training sentences whose entities are
only people, places and organisations; then sentences naming facilities, products and events arrive
too. Version 1 answers `--served` training sentences it never saw (half of them of the new kinds), a
person corrects each answer to the gold entities, and `kogata.learn.adapter_retrain` trains a
candidate and decides whether to promote it. Both versions are then measured on test sentences of
either kind (entity-level micro F1, exact type and text), with version 1 trained on everything from the
start as the peer when `--peer` is given.

    KOGATA_HOME=/tmp/kth python benchmarks/adapter_retrain.py [--first 300] [--served 240] [--test 120]

Prints JSON lines: the setup, each version's F1 on old-kind and new-kind test sentences, the outcome.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from extract_ner import SCHEMA, emit, entities, rows, run_extraction, score, split  # noqa: E402

NEW_TYPES = {"施設名", "製品名", "イベント名"}
NAME = "ner-shift"


def kind(row: dict) -> str:
    found = {e["type"] for e in row["output"]["entities"]}
    return "new" if found & NEW_TYPES else "old"


def measure(runtime, model: str, test: list[dict], max_tokens: int) -> dict:
    from kogata.errors import KogataError
    from kogata.tasks.extract import task_for_model

    task = task_for_model(runtime.adapter_of(model).manifest, None)
    results, seconds = run_extraction(runtime.chat(model), task, [r["text"] for r in test], 8, max_tokens)
    predicted = [collections.Counter() if isinstance(r, KogataError) else entities(r.data) for r in results]
    out = {"seconds": round(seconds, 1)}
    for which in ("old", "new"):
        pick = [i for i, r in enumerate(test) if kind(r) == which]
        out[which] = score([entities(test[i]["output"]) for i in pick], [predicted[i] for i in pick])["f1"]
    out["all"] = score([entities(r["output"]) for r in test], predicted)["f1"]
    return out


def tune(home: Path, data: list[dict], schema: Path, minutes: float, name: str = NAME) -> None:
    folder = Path(tempfile.mkdtemp(prefix="kogata-adapter-retrain-"))
    (folder / "rows.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    command = [sys.executable, "-m", "kogata", "tune", "extract", name, str(folder / "rows.jsonl"), "--schema", str(schema),
               "--epochs", "1", "--max-minutes", str(minutes), "--replace", "-q"]
    subprocess.run(command, env={**os.environ, "KOGATA_HOME": str(home)}, check=True, stdout=subprocess.DEVNULL)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--first", type=int, default=300, help="old-kind training sentences version 1 learns from")
    ap.add_argument("--served", type=int, default=240, help="sentences version 1 answers and a person corrects")
    ap.add_argument("--test", type=int, default=120, help="test sentences measured (half of each kind)")
    ap.add_argument("--minutes", type=float, default=6.0, help="most minutes per training")
    ap.add_argument("--max-tokens", type=int, default=256)
    ap.add_argument("--peer", action="store_true", help="also train on all of it from the start, as the peer")
    args = ap.parse_args()
    from kogata.config import load_settings
    from kogata.learn.adapter_retrain import retrain_adapter
    from kogata.learn.records import Answer, LearningStore
    from kogata.runtime import Runtime

    home = Path(os.environ.get("KOGATA_HOME") or Path.home() / ".kogata")
    train, test = split(rows())
    rng = random.Random(0)
    old = [r for r in train if kind(r) == "old" and r["output"]["entities"]]
    new = [r for r in train if kind(r) == "new"]
    rng.shuffle(old)
    rng.shuffle(new)
    first, served = old[:args.first], old[args.first:args.first + args.served // 2] + new[:args.served // 2]
    rng.shuffle(served)
    half = args.test // 2
    test = [r for r in test if kind(r) == "old"][:half] + [r for r in test if kind(r) == "new"][:half]
    emit(figure="setup", first=len(first), served=len(served), served_new=sum(kind(r) == "new" for r in served),
         test=len(test), new_types=sorted(NEW_TYPES))
    schema = Path(tempfile.mkdtemp(prefix="kogata-adapter-retrain-")) / "schema.json"
    schema.write_text(json.dumps(SCHEMA, ensure_ascii=False), encoding="utf-8")

    started = time.perf_counter()
    tune(home, first, schema, args.minutes)
    emit(figure="version_1_trained", seconds=round(time.perf_counter() - started, 1))
    settings = load_settings(None)
    learning = LearningStore(Path(tempfile.mkdtemp(prefix="kogata-adapter-retrain-")) / "learning.db")
    runtime = Runtime(settings)
    try:
        emit(figure="measured", version=1, **measure(runtime, NAME, test, args.max_tokens))
        made = runtime.adapters.get(NAME).manifest["created_at"]
        ids = learning.record("extract", NAME, made, [Answer(r["text"], {"data": None}) for r in served])
        for pid, row in zip(ids, served):
            learning.add_feedback(pid, output=row["output"])
        started = time.perf_counter()
        outcome, learned = retrain_adapter(runtime, learning, NAME, max_minutes=args.minutes)
        emit(figure="retrained", seconds=round(time.perf_counter() - started, 1), **outcome.to_dict())
        if outcome.promoted:
            emit(figure="measured", version=outcome.version, **measure(runtime, NAME, test, args.max_tokens))
        if args.peer:
            tune(home, first + served, schema, args.minutes, name=f"{NAME}-peer")
            emit(figure="measured", version="peer: all from the start", **measure(runtime, f"{NAME}-peer", test,
                                                                                   args.max_tokens))
    finally:
        runtime.close()


if __name__ == "__main__":
    main()
