"""Privacy guard: precision and recall per entity type on two labelled sets, and redaction
throughput; optionally person-name recall on ner-wikipedia-ja (CC BY-SA 3.0).

    KOGATA_HOME=~/.kogata python benchmarks/pii.py [--set dev|dev2|holdout|fresh|blind|blind2] [--guard rules|tagger|both]
        [--errors] [--ner ../shared/data/ner-wikipedia-ja/ner.json]

Two guards in one run: `rules` (the recognizers alone) and `tagger` (the default guard: the rules and the
learned name tagger, which needs e5-small in KOGATA_HOME's store). The tagger was fitted on dev, holdout
and fresh (scripts/fit_name_tagger.py --check holds each out in turn): of the five sets, only blind and
blind2 are new to it.

`dev` (benchmarks/data/pii_labelled.jsonl) was built together with the recognizers: a development set.
`holdout` (pii_holdout.jsonl, from pii_holdout_source.py) was written apart from them, before the
recognizers were tuned for IBAN/BIC, other countries' phone numbers and names, and product codes; its
`keep` spans are product codes and other numbers that must stay: `kept` is the share left untouched.
`fresh` (pii_fresh.jsonl, from pii_fresh_source.py) was written after the guard was tuned on `holdout`,
and is never tuned on: its figures are the ones to expect on new text.
`blind` (pii_blind.jsonl, from pii_blind_source.py) was written on 2026-12-06 by someone who read neither the
recognizers nor the earlier sets' texts: never tune on it, and do not run --errors on it.
`blind2` (pii_blind2.jsonl, from pii_blind2_source.py) was written the same way on 2026-12-07, by a helper
session that read only the labelling conventions and make_pii_fresh.py's checks: the same rules apply.
`values_sent_in_clear` counts labelled values that still appear, verbatim, in the redacted text: what a
capturing upstream would receive.

A detection matches a labelled span of the same type when they overlap by at least half of the
longer one; `exact` counts only identical boundaries. `leaked` is the share of labelled characters
that no detection (of any type) covers: what would reach an upstream model in clear.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from kogata.config import Settings
from kogata.route.privacy import DEFAULT_RECOGNIZERS, ENTITY_TYPES, Redactor, guard
from kogata.route.privacy.name_tagger import ENCODER

DATA = Path(__file__).resolve().parent / "data"
SETS = {"dev": DATA / "pii_labelled.jsonl", "holdout": DATA / "pii_holdout.jsonl", "fresh": DATA / "pii_fresh.jsonl",
        "blind": DATA / "pii_blind.jsonl", "blind2": DATA / "pii_blind2.jsonl",
        "dev2": DATA / "pii_dev2.jsonl"}


def _match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return overlap > 0 and overlap * 2 >= max(a[1] - a[0], b[1] - b[0])


def score(gold: list[tuple[str, int, int]], found: list[tuple[str, int, int]], counts: Counter) -> None:
    unmatched = list(found)
    for type_, start, end in gold:
        counts[type_, "support"] += 1
        hit = next((f for f in unmatched if f[0] == type_ and _match((start, end), f[1:])), None)
        if hit is not None:
            unmatched.remove(hit)
            counts[type_, "tp"] += 1
            counts[type_, "exact"] += hit[1:] == (start, end)
    for type_, _, _ in found:
        counts[type_, "predicted"] += 1


def _line(type_: str, tp: int, predicted: int, support: int, **extra) -> str:
    precision = tp / predicted if predicted else 1.0
    recall = tp / support if support else 1.0
    return json.dumps({"type": type_, "precision": round(precision, 4), "recall": round(recall, 4),
                       "support": support, "predicted": predicted, **extra}, ensure_ascii=False)


def labelled_set(redactor: Redactor, name: str, rows: list[dict], show_errors: bool, guard: str) -> None:
    counts: Counter = Counter()
    leaked = labelled = kept = keep = values_sent = 0
    for row in rows:
        gold = [(e["type"], e["start"], e["end"]) for e in row["entities"]]
        found = [(d.type, d.start, d.end) for d in redactor.detect(row["text"])]
        score(gold, found, counts)
        covered = {i for _, s, e in found for i in range(s, e)}
        for _, s, e in gold:
            labelled += e - s
            leaked += sum(i not in covered for i in range(s, e))
        sent = redactor.redact(row["text"]).text  # what an upstream model would receive
        values_sent += sum(row["text"][s:e] in sent for _, s, e in gold)
        spans = row.get("keep", [])
        row_kept = sum(not any(i in covered for i in range(k["start"], k["end"])) for k in spans)
        keep, kept = keep + len(spans), kept + row_kept
        if show_errors and (sorted(gold) != sorted(found) or row_kept < len(spans)):
            print("#", row["id"], "gold", [(t, row["text"][s:e]) for t, s, e in gold],
                  "found", [(t, row["text"][s:e]) for t, s, e in found])
    for type_ in ENTITY_TYPES:
        print(_line(type_, counts[type_, "tp"], counts[type_, "predicted"], counts[type_, "support"], set=name,
                    guard=guard))
    tp, predicted, support = (sum(counts[t, k] for t in ENTITY_TYPES) for k in ("tp", "predicted", "support"))
    exact = sum(counts[t, "exact"] for t in ENTITY_TYPES)
    extra = {"kept": round(kept / keep, 4), "keep": keep} if keep else {}
    print(_line("overall", tp, predicted, support, set=name, guard=guard, exact_recall=round(exact / support, 4),
                leaked_chars=round(leaked / labelled, 4), values_sent_in_clear=values_sent, texts=len(rows), **extra))


def throughput(redactor: Redactor, texts: list[str], guard: str, seconds: float = 3.0) -> None:
    redactor.redact(texts[0])  # loads MeCab's dictionary
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for text in texts:
            redactor.redact(text)
        done += len(texts)
    elapsed = time.perf_counter() - started
    chars = sum(len(t) for t in texts) * done / len(texts)
    print(json.dumps({"figure": "redaction throughput", "guard": guard, "texts_per_s": round(done / elapsed, 1),
                      "chars_per_s": round(chars / elapsed)}))


def ner_persons(redactor: Redactor, path: Path, guard: str) -> None:
    """Person names in Wikipedia sentences (stockmarkteam/ner-wikipedia-dataset, CC BY-SA 3.0)."""
    counts: Counter = Counter()
    for row in json.loads(path.read_text(encoding="utf-8")):
        gold = [("PERSON", *e["span"]) for e in row["entities"] if e["type"] == "人名"]
        found = [(d.type, d.start, d.end) for d in redactor.detect(row["text"]) if d.type == "PERSON"]
        score(gold, found, counts)
    print(_line("PERSON (ner-wikipedia-ja 人名)", counts["PERSON", "tp"], counts["PERSON", "predicted"],
                counts["PERSON", "support"], guard=guard))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--ner", type=Path, help="ner-wikipedia-ja ner.json, for a separate person-name figure")
    parser.add_argument("--errors", action="store_true", help="print each text whose detections differ from its labels")
    parser.add_argument("--guard", choices=["rules", "tagger", "both"], default="both")
    args = parser.parse_args()
    settings = Settings()
    guards = {"rules": Redactor(), "tagger": guard(settings)}
    if args.guard != "rules" and len(guards["tagger"].recognizers) == len(DEFAULT_RECOGNIZERS):
        raise SystemExit(f"the name tagger needs {ENCODER} in the model store of KOGATA_HOME")
    for kind in ["rules", "tagger"] if args.guard == "both" else [args.guard]:
        texts = []
        for name in SETS if args.set == "all" else [args.set]:
            rows = [json.loads(line) for line in SETS[name].read_text(encoding="utf-8").splitlines() if line.strip()]
            labelled_set(guards[kind], name, rows, args.errors, kind)
            texts += [r["text"] for r in rows]
        throughput(guards[kind], texts, kind)
        if args.ner:
            ner_persons(guards[kind], args.ner, kind)


if __name__ == "__main__":
    main()
