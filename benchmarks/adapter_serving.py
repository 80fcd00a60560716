"""Serving LoRA adapters per request: throughput when every request uses the base model, against a mix
of base and two adapters, for kogata (`model: NAME`) and llama.cpp's llama-server (`--lora` files
applied per request with its `"lora"` field), same model, same adapters, same settings.

The adapters are random rank-8 updates of every attention and MLP projection (what is measured is the
serving cost, not what they say). Each client sends its requests one after another, streaming; in the
mixed run client i uses the base, adapter A or adapter B by i mod 3.

    KOGATA_HOME=~/.kogata python benchmarks/adapter_serving.py [--model smollm2-135m] [--clients 6] [--repeats 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import httpx
import numpy as np
from servers import (
    ManagedServer,
    ServerConfig,
    chat_body,
    exit_on_sigterm,
    llama_server_help,
    resolve_model,
    stream_chat,
)

from kogata.models.adapters import AdapterStore
from kogata.models.store import ModelStore
from kogata.tune.gguf_files import write_lora

PROMPTS = ["Write a short note about the weather.", "Explain what a bank transfer is.", "日本の四季について説明してください。",
           "List three tips for a job interview.", "Describe a cat in two sentences.", "What is a good breakfast?"]


def random_adapter(model_path: Path, out: Path, seed: int) -> None:
    import gguf

    rng = np.random.default_rng(seed)
    reader = gguf.GGUFReader(str(model_path))
    arch = reader.fields["general.architecture"].contents()
    pairs = {}
    for t in reader.tensors:
        if t.name.rsplit(".", 2)[-2] in ("attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down"):
            n_out, n_in = int(t.shape[1]), int(t.shape[0])
            pairs[t.name] = (rng.standard_normal((8, n_in)).astype(np.float32) * 0.02,
                             rng.standard_normal((n_out, 8)).astype(np.float32) * 0.02)
    write_lora(out, arch, pairs, alpha=16.0)


def body(server: str, model: str, which: str, prompt: str, max_tokens: int) -> dict:
    if server == "kogata":
        name = model if which == "base" else f"bench-{which}"
        return chat_body(name, [{"role": "user", "content": prompt}], max_tokens=max_tokens, temperature=0.0, seed=0)
    scales = {"base": (0.0, 0.0), "a": (1.0, 0.0), "b": (0.0, 1.0)}[which]
    return chat_body(model, [{"role": "user", "content": prompt}], max_tokens=max_tokens, temperature=0.0, seed=0,
                     extra={"lora": [{"id": i, "scale": s} for i, s in enumerate(scales)]})


async def run(server: ManagedServer, model: str, mix: bool, args) -> dict:
    async def client(i: int, http: httpx.AsyncClient) -> tuple[int, int]:
        which = ("base", "a", "b")[i % 3] if mix else "base"
        tokens = failures = 0
        for r in range(args.requests):
            res = await stream_chat(http, server.base_url, body(server.name, model, which, PROMPTS[(i + r) % len(PROMPTS)],
                                                                args.max_tokens))
            tokens += res.completion_tokens
            failures += not res.ok
        return tokens, failures

    async with httpx.AsyncClient(timeout=600) as http:
        await stream_chat(http, server.base_url, body(server.name, model, "a" if mix else "base", PROMPTS[0], 8))
        started = time.perf_counter()
        results = await asyncio.gather(*(client(i, http) for i in range(args.clients)))
        wall = time.perf_counter() - started
    tokens = sum(t for t, _ in results)
    return {"tokens_per_second": round(tokens / wall, 1), "failures": sum(f for _, f in results), "wall_s": round(wall, 1)}


def main() -> None:
    exit_on_sigterm()
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--clients", type=int, default=6)
    ap.add_argument("--requests", type=int, default=4, help="per client")
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=5, help="rounds; medians of the per-round ratios")
    ap.add_argument("--servers", default="kogata,llama-server")
    args = ap.parse_args()
    ref = resolve_model(args.model)
    home = Path(tempfile.mkdtemp(prefix="kogata-adapter-bench-"))
    (home / "models").symlink_to(ModelStore(Path(os.environ.get("KOGATA_HOME", "~/.kogata")).expanduser() / "models").root)
    files = {}
    for seed, which in enumerate(("a", "b")):
        files[which] = home / f"bench-{which}.gguf"
        random_adapter(ref.path, files[which], seed)
        installed = home / f"install-{which}.gguf"
        installed.write_bytes(files[which].read_bytes())
        AdapterStore.in_home(home).install(f"bench-{which}", installed, {"base": ref.name, "base_sha256": "", "metrics": {}})
    os.environ["KOGATA_HOME"] = str(home)
    cfg = ServerConfig(ref, parallel=args.clients, ctx_size=4096, threads=args.threads)
    lora = ("--lora", str(files["a"]), "--lora", str(files["b"]))
    if "--lora-init-without-apply" in llama_server_help(cfg.llama_server_bin):  # scale 0 unless a request asks
        lora += ("--lora-init-without-apply",)
    cfg = replace(cfg, llama_server_args=lora)
    results: dict[str, dict[str, list[float]]] = {}
    servers = []
    try:  # both up, taking turns round by round (the order alternating), so that drifts hit both alike
        for name in args.servers.split(","):
            servers.append(ManagedServer.start(name, cfg))
        for i in range(args.repeats):
            for server in servers if i % 2 == 0 else servers[::-1]:
                for mix in (False, True):
                    r = asyncio.run(run(server, ref.name, mix, args))
                    label = "mixed" if mix else "base"
                    results.setdefault(server.name, {}).setdefault(label, []).append(r["tokens_per_second"])
                    print(json.dumps({"server": server.name, "round": i, "requests": label, **r}), flush=True)
    finally:
        for server in servers:
            server.stop()
    med = {s: {k: statistics.median(v) for k, v in r.items()} for s, r in results.items()}
    summary = {"summary": med, "mixed_over_base": {s: round(m["mixed"] / m["base"], 3) for s, m in med.items()}}
    if len(med) == 2:
        ratios = {k: [a / b for a, b in zip(results["kogata"][k], results["llama-server"][k])] for k in ("base", "mixed")}
        summary["kogata_over_llama_server"] = {k: round(statistics.median(v), 3) for k, v in ratios.items()}
        summary["ratio_range"] = {k: [round(min(v), 3), round(max(v), 3)] for k, v in ratios.items()}
    print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
