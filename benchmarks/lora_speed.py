"""LoRA training speed on this CPU: target-inclusive tokens/s of kogata's training step (forward,
backward, optimizer) with the frozen base weights in float32 and in bfloat16, on JSQuAD prompts
(paragraph + question → answer), for each model. Same examples, same process, alternating runs.

    KOGATA_HOME=~/.kogata python benchmarks/lora_speed.py [--models gemma3-270m,smollm2-135m] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from kogata.config import load_settings
from kogata.engine.llama_model import LlamaModel
from kogata.models.pull import pull
from kogata.models.store import ModelStore

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "jsquad" / "valid-v1.3.json"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default="gemma3-270m,smollm2-135m")
    ap.add_argument("--examples", type=int, default=32, help="examples per optimizer step")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()

    import torch

    from kogata.tune.data import encode_row
    from kogata.tune.gguf_torch import GGUFCausalLM
    from kogata.tune.lora import add_lora, lora_parameters
    from kogata.tune.train import base_dtype, batch_loss, micro_batches

    torch.set_num_threads(args.threads)
    store = ModelStore(load_settings().models_dir)
    articles = json.loads(DATA.read_text())["data"]
    rows = [{"prompt": f"{p['context']}\n質問: {q['question']}\n答え:", "completion": q["answers"][0]["text"]}
            for a in articles for p in a["paragraphs"] for q in p["qas"][:1]]
    for name in args.models.split(","):
        if not store.is_installed(name):
            pull(store, name, progress=False)
        path = store.get(name).path
        vocab = LlamaModel(path, vocab_only=True)
        examples = [encode_row(i, r, vocab, max_tokens=1024) for i, r in enumerate(rows[: args.examples * (args.repeats + 1)])]
        vocab.close()
        models = {}
        for dtype in ("float32", "bfloat16"):
            model = GGUFCausalLM.from_gguf(path, dtype=getattr(torch, dtype))
            add_lora(model, rank=16, alpha=32)
            models[dtype] = (model, torch.optim.AdamW(lora_parameters(model), lr=5e-4))
        speeds: dict[str, list[float]] = {d: [] for d in models}
        for r in range(args.repeats + 1):  # the first round warms up
            step = examples[r * args.examples:(r + 1) * args.examples]
            for dtype, (model, opt) in models.items():
                started, tokens = time.perf_counter(), 0
                for batch in micro_batches(step, 2048):
                    loss, n = batch_loss(model, batch)
                    (loss / n).backward()
                    tokens += sum(len(e.tokens) for e in batch)
                opt.step()
                opt.zero_grad(set_to_none=True)
                if r:
                    speeds[dtype].append(tokens / (time.perf_counter() - started))
        med = {d: statistics.median(v) for d, v in speeds.items()}
        print(json.dumps({"model": name, "threads": args.threads, "tokens_per_second": {d: round(v, 1) for d, v in med.items()},
                          "bf16_over_f32": round(med["bfloat16"] / med["float32"], 2),
                          "auto_dtype": str(base_dtype("auto")).removeprefix("torch."),
                          "mean_tokens": round(sum(len(e.tokens) for e in examples) / len(examples), 1)}), flush=True)


if __name__ == "__main__":
    main()
