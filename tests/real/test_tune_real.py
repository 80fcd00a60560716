"""The torch model read from GGUF agrees with llama.cpp, with and without a LoRA adapter, on both
architectures (llama: smollm2-135m, gemma3: gemma3-270m), on real text.

Two references: the served (quantized) file, where llama.cpp multiplies 8-bit-quantized activations
by the quantized weights (rounding the torch model does not copy), and the same weights written back
unquantized (float32), where the arithmetic is the same and agreement must be near exact."""

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from kogata.models.pull import pull

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
CHUNK = 256
CHUNKS = 1  # 256 positions per comparison: gemma3's 262k-token vocabulary makes each costly


def _torch():
    try:
        import torch
    except ImportError:
        pytest.fail("these tests need PyTorch (the tune extra): pip install -e '.[tune]'")
    torch.set_num_threads(2)
    return torch


def _text(model: str) -> str:
    if model == "gemma3-270m":  # multilingual base: Japanese Wikipedia paragraphs
        data = json.loads((DATA / "jsquad" / "valid-v1.3.json").read_text())
        return "\n".join(p["context"] for a in data["data"][:40] for p in a["paragraphs"][:1])
    with (DATA / "banking77" / "test.csv").open() as f:
        return "\n".join(row["text"] for row in list(csv.DictReader(f))[:200])


def _chunks(tokens: list[int], bos: int | None) -> list[list[int]]:
    out = []
    for i in range(CHUNKS):
        part = tokens[i * CHUNK:(i + 1) * CHUNK]
        if bos is not None:
            part = [bos] + part[:CHUNK - 1]
        assert len(part) == CHUNK, "not enough text for the comparison"
        out.append(part)
    return out


@pytest.mark.parametrize("name", ["smollm2-135m", "gemma3-270m"])
def test_torch_and_lora_agree_with_llama_cpp(real_store, tmp_path, name):
    torch = _torch()
    from kogata.tune.gguf_torch import GGUFCausalLM, read_gguf
    from kogata.tune.gguf_files import write_lora, write_model
    from kogata.tune.lora import add_lora, lora_pairs
    from kogata.tune.reference import LlamaReference, compare_logits

    if not real_store.is_installed(name):
        pull(real_store, name, progress=False)
    path = real_store.get(name).path
    cfg, tensors = read_gguf(path)
    model = GGUFCausalLM(cfg, tensors).eval()
    unquantized = tmp_path / "f32.gguf"
    write_model(path, unquantized, tensors)

    def torch_logits(chunks):
        with torch.no_grad():
            return np.concatenate([model(torch.tensor([c]))[0].numpy() for c in chunks])

    def llama_logits(file, chunks, **kw):
        ref = LlamaReference(file, n_ctx=CHUNK, threads=2, **kw)
        try:
            return np.concatenate([ref.logits(c) for c in chunks])
        finally:
            ref.close()

    ref = LlamaReference(path, n_ctx=CHUNK, threads=2)
    bos = ref.model.bos_id if ref.model.add_bos else None
    chunks = _chunks(ref.model.tokenize(_text(name), add_bos=False), bos)
    served = np.concatenate([ref.logits(c) for c in chunks])
    ref.close()
    base = torch_logits(chunks)
    results = {
        "served file": compare_logits(served, base),
        "unquantized": compare_logits(llama_logits(unquantized, chunks, kv_f32=True), base),
    }

    # a LoRA of rank 8 on every projection, with B random rather than zero so that it changes the output
    gen = torch.Generator().manual_seed(0)
    add_lora(model, rank=8, alpha=16)
    with torch.no_grad():
        for layer in model.lora.values():
            layer.lora_b.copy_(torch.randn(layer.lora_b.shape, generator=gen) * 0.01)
    adapter = tmp_path / "adapter.gguf"
    write_lora(adapter, cfg.arch, lora_pairs(model), alpha=16)
    tuned = torch_logits(chunks)
    results["lora, unquantized"] = compare_logits(
        llama_logits(unquantized, chunks, kv_f32=True, adapter=adapter), tuned)
    results["lora, served file"] = compare_logits(llama_logits(path, chunks[:1], adapter=adapter), tuned[:CHUNK])
    lora_effect = compare_logits(base, tuned)
    for what, r in results.items():
        print(f"{name} {what}: {r.to_dict()}")
    print(f"{name} LoRA effect (torch base vs torch+LoRA): {lora_effect.to_dict()}")

    assert results["served file"].positions == CHUNK * CHUNKS
    for what in ("unquantized", "lora, unquantized"):  # same arithmetic: near exact
        assert results[what].top1 >= 0.98, (what, results[what])
        assert results[what].mean_kl < 1e-3, (what, results[what])
    for what in ("served file", "lora, served file"):  # 8-bit activations in llama.cpp: close, not exact
        assert results[what].top1 >= 0.88, (what, results[what])
        assert results[what].mean_kl < 0.03, (what, results[what])
    assert lora_effect.mean_kl > 20 * results["lora, unquantized"].mean_kl  # the adapter did something
