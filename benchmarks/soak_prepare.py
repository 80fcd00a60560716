"""What the mixed soak (benchmarks/soak.py) sets up before its clients start, through kogata's own
interfaces:

- before the server starts: the classifier, trained with `kogata tune classify` on a small Japanese and
  English CSV (soak_data.CLASSIFIER_ROWS) in the server's KOGATA_HOME, or reused when one of that name
  with the same labels is there;
- once it is ready: the knowledge-base collection over HTTP (POST the collection, or reuse it when it
  exists, then POST its 36 documents), and one request per route in the mix, so that every model is
  loaded (the Japanese answering specialist too) before the clock starts.
"""

from __future__ import annotations

import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from soak_data import CLASSIFIER_LABELS, CLASSIFIER_ROWS, kb_documents
from soak_routes import Plan, make_plan, send

from kogata.tasks.classifier import ClassifierStore


def ensure_classifier(home: Path, name: str, encoder: str) -> dict:
    """Train classifier `name` in `home` with `kogata tune classify`, unless one with the soak's labels is there."""
    store = ClassifierStore.in_home(home)
    if store.exists(name):
        manifest = store.manifest(name)
        if sorted(manifest["labels"]) == CLASSIFIER_LABELS:
            return {"classifier": name, "reused": True, "encoder": manifest["features"]["embedding"].get("model")}
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="soak-classifier-") as tmp:
        data = Path(tmp) / "intents.csv"
        with data.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["text", "label"])
            writer.writerows((text, label) for label, text in CLASSIFIER_ROWS)
        command = [sys.executable, "-m", "kogata", "tune", "classify", str(data), "--name", name,
                   "--encoder", encoder, "--replace", "--quiet"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=900,
                              env={**os.environ, "KOGATA_HOME": str(home)})
    if done.returncode != 0:
        raise SystemExit(f"`{' '.join(command)}` failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return {"classifier": name, "reused": False, "encoder": encoder,
            "train_s": round(time.monotonic() - started, 1), "output": done.stdout.strip()[-300:]}


async def prepare_kb(http: httpx.AsyncClient, base_url: str, name: str, embedding_model: str) -> dict:
    """Collection `name` with the soak's documents: made, or reused (its documents posted again: the
    unchanged ones are kept as they are, without embedding them again)."""
    started = time.monotonic()
    url = f"{base_url}/v1/kb/collections"
    resp = await http.post(url, json={"name": name, "embedding_model": embedding_model, "chunk_tokens": 256})
    if resp.status_code not in (201, 409):
        raise RuntimeError(f"POST {url}: HTTP {resp.status_code} {resp.text[:300]}")
    created = resp.status_code == 201
    docs = kb_documents()
    resp = await http.post(f"{url}/{name}/documents", json={"documents": docs}, timeout=600.0)
    report = resp.json() if resp.status_code in (200, 201) else {}
    done = sum(len(report.get(k, [])) for k in ("added", "replaced", "unchanged"))
    if done != len(docs) or report.get("failed"):
        raise RuntimeError(f"POST {url}/{name}/documents: HTTP {resp.status_code} {resp.text[:300]}")
    return {"collection": name, "created": created, "documents": len(docs), "added": len(report["added"]),
            "unchanged": len(report["unchanged"]), "ingest_s": round(time.monotonic() - started, 1)}


def prime_plans(cfg) -> list[Plan]:
    """One whole (non-streamed, not abandoned, 8-token) request per route in cfg.mix; two for kb (ja, en)."""
    rng = random.Random(f"{cfg.seed}-prime")
    plans = []
    for route in (r for r, weight in cfg.mix.items() if weight > 0):
        for lang in ("ja", "en") if route == "kb" else (None,):
            plan = make_plan(route, rng, cfg)
            while lang not in (None, plan.meta["lang"]):
                plan = make_plan(route, rng, cfg)
            if route in ("chat", "kb"):  # short: this only loads the models
                plan.stream = plan.body["stream"] = False
                plan.body.pop("stream_options", None)
                plan.body["max_tokens"] = 8
                plan.body.pop("response_format", None)  # a schema's shortest output may need more
                plan.meta["json_schema"] = False
            plan.disconnect_after = plan.abandon_after_s = None
            plans.append(plan)
    return plans


async def prime(http: httpx.AsyncClient, base_url: str, cfg, memo: dict) -> dict:
    """Send prime_plans(cfg) one after another; each must succeed. Their latencies (model loads included)."""
    took = {}
    for plan in prime_plans(cfg):
        outcome = await send(http, base_url, plan, memo)
        if outcome.kind != "ok":
            raise RuntimeError(f"priming {plan.route} failed: {outcome.kind} {outcome.status} {outcome.error}")
        took[f"{plan.route}:{plan.meta['lang']}"] = round(outcome.latency_s or 0.0, 2)
    return took
