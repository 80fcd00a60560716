"""Template answers on Banking77 through `kogata serve`'s HTTP `POST /v1/respond` (issue 17).

A classifier of the ten intents that tests/data/templates/banking77 has templates for is trained on their
rows of the training split (`--encoder`), the templates are added, and every test-split inquiry is sent:
- the ten intents' 400 inquiries: share answered locally, share of those with the right template;
- the other 67 intents' 2,680: share escalated (out of scope for this classifier);
- the hand-labelled blank subsets: share with the right label and exactly the labelled values (a null
  value: the blank left empty). tests/data/templates/banking77-blanks.jsonl (22 inquiries) was labelled
  beside the templates, whose `$examples` were then written from its failures; banking77-blanks-fresh.jsonl
  labels the other 98 test inquiries of the three intents with blanks, by someone who saw only the blank
  descriptions, never the templates' examples or kogata's output;
- latency p50 / p95 of /v1/respond, one request at a time, for inquiries whose template has no blanks
  (classify and render; target p50 ≤ 15 ms) and for those with blanks (a grounded extraction, by the
  extraction model).

    KOGATA_HOME=/tmp/kth python benchmarks/respond.py [--encoder minilm-l6] [--model gemma3-270m]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from servers import ManagedServer, ServerConfig, log, resolve_model

from kogata.config import load_settings

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "banking77"
TEMPLATES = ROOT / "tests" / "data" / "templates"


def emit(**fields) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def rows(split: str) -> list[dict]:
    with open(DATA / f"{split}.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def kogata(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "kogata", *args], check=True, capture_output=True, text=True)


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--encoder", default="minilm-l6")
    ap.add_argument("--model", default="gemma3-270m", help="the model that fills blanks")
    args = ap.parse_args()
    intents = sorted(p.stem for p in (TEMPLATES / "banking77").glob("*.j2"))
    name = "bench-b77-ten"
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "ten.csv"
        with open(data, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["text", "category"])
            writer.writerows((r["text"], r["category"]) for r in rows("train") if r["category"] in intents)
        log("training the classifier")
        kogata("tune", "classify", str(data), "--name", name, "--label-col", "category", "--encoder", args.encoder,
               "-q", "--replace")
        kogata("templates", "add", name, str(TEMPLATES / "banking77"), "--replace")
        settings = load_settings(None)
        server = ManagedServer.start("kogata", ServerConfig(resolve_model(settings.server.model), settings.engine.parallel,
                                                            settings.engine.ctx_size, settings.engine.threads))
        try:
            run(server.base_url, name, intents, args.model)
        finally:
            server.stop()
            kogata("rm", name)
            kogata("templates", "rm", name)


def run(url: str, name: str, intents: list[str], model: str) -> None:
    client = httpx.Client(timeout=300)

    def respond(text: str) -> tuple[dict, float]:
        start = time.perf_counter()
        r = client.post(f"{url}/v1/respond", json={"input": text, "classifier": name, "templates": name, "model": model})
        r.raise_for_status()
        return r.json(), time.perf_counter() - start

    with_blanks = {"country_support", "fiat_currency_support", "visa_or_mastercard"}
    respond("warm up the classifier and the extraction model: I live in the US")
    test = rows("test")
    ten = [(r, *respond(r["text"])) for r in test if r["category"] in intents]
    local = [(r, a) for r, a, _ in ten if a["route"] == "local"]
    plain = [s * 1000 for r, a, s in ten if a["route"] == "local" and a["label"] not in with_blanks]
    filled = [s * 1000 for r, a, s in ten if a["route"] == "local" and a["label"] in with_blanks]
    emit(part="ten intents", inquiries=len(ten), answered_locally=round(len(local) / len(ten), 4),
         right_template_of_local=round(sum(a["label"] == r["category"] for r, a in local) / len(local), 4),
         escalated_reasons=dict(Counter(a["reason"] for _, a, _ in ten if a["route"] == "escalate")))
    emit(part="latency", no_blanks_p50_ms=round(statistics.median(plain), 1),
         no_blanks_p95_ms=round(percentile(plain, 95), 1), no_blanks_n=len(plain),
         blanks_p50_ms=round(statistics.median(filled), 1), blanks_p95_ms=round(percentile(filled, 95), 1),
         blanks_n=len(filled), blank_model=model)
    others = [respond(r["text"])[0] for r in test if r["category"] not in intents]
    emit(part="other 67 intents", inquiries=len(others),
         escalated=round(sum(a["route"] == "escalate" for a in others) / len(others), 4))
    for part, file in (("hand-labelled blanks", "banking77-blanks.jsonl"),
                       ("fresh hand-labelled blanks", "banking77-blanks-fresh.jsonl")):
        labelled = [json.loads(line) for line in (TEMPLATES / file).read_text(encoding="utf-8").splitlines()]
        answers = [(row, respond(row["text"])[0]) for row in labelled]
        right = [a["label"] == row["label"] and a["filled"] == {k: v for k, v in row["filled"].items() if v is not None}
                 for row, a in answers]
        with_value = [ok for ok, (row, _) in zip(right, answers) if any(v is not None for v in row["filled"].values())]
        emit(part=part, inquiries=len(labelled), blank_model=model, right=round(sum(right) / len(right), 4),
             right_where_a_value_is_given=round(sum(with_value) / max(1, len(with_value)), 4), with_value=len(with_value),
             right_label=round(sum(a["label"] == row["label"] for row, a in answers) / len(answers), 4),
             wrong=[(row["text"], row["filled"], a["label"], a["filled"]) for (row, a), ok in zip(answers, right) if not ok])

if __name__ == "__main__":
    main()
