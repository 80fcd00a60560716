"""LoRA fine-tuning on a tiny random llama-architecture GGUF built here (no downloads, seconds).

Needs PyTorch (the `tune` extra): without it these tests fail, saying what to install."""

import json

import numpy as np
import pytest

from kogata.errors import DataError
from kogata.tune.data import encode_row, load_examples, split

try:
    import torch
except ImportError:  # fail, never skip: CI must say that the extra is missing
    torch = None



def _torch():
    if torch is None:
        pytest.fail("PyTorch is not installed: pip install -e '.[tune]' (the tune extra) to run the LoRA tests")
    torch.set_num_threads(1)
    return torch


N_VOCAB, N_EMBD, N_HEAD, N_KV, N_FF, N_LAYER = 64, 32, 4, 2, 48, 2


def tiny_gguf(path):
    import gguf

    rng = np.random.default_rng(0)
    w = gguf.GGUFWriter(str(path), "llama")
    w.add_block_count(N_LAYER)
    w.add_context_length(128)
    w.add_embedding_length(N_EMBD)
    w.add_feed_forward_length(N_FF)
    w.add_head_count(N_HEAD)
    w.add_head_count_kv(N_KV)
    w.add_rope_freq_base(10000.0)
    w.add_layer_norm_rms_eps(1e-5)
    hd = N_EMBD // N_HEAD

    def t(name, *shape):
        w.add_tensor(name, (rng.standard_normal(shape) * 0.2).astype(np.float32))

    t("token_embd.weight", N_VOCAB, N_EMBD)
    w.add_tensor("output_norm.weight", np.ones(N_EMBD, np.float32))
    for i in range(N_LAYER):
        w.add_tensor(f"blk.{i}.attn_norm.weight", np.ones(N_EMBD, np.float32))
        w.add_tensor(f"blk.{i}.ffn_norm.weight", np.ones(N_EMBD, np.float32))
        t(f"blk.{i}.attn_q.weight", N_HEAD * hd, N_EMBD)
        t(f"blk.{i}.attn_k.weight", N_KV * hd, N_EMBD)
        t(f"blk.{i}.attn_v.weight", N_KV * hd, N_EMBD)
        t(f"blk.{i}.attn_output.weight", N_EMBD, N_HEAD * hd)
        t(f"blk.{i}.ffn_gate.weight", N_FF, N_EMBD)
        t(f"blk.{i}.ffn_up.weight", N_FF, N_EMBD)
        t(f"blk.{i}.ffn_down.weight", N_EMBD, N_FF)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


class CharTokenizer:
    add_bos, bos_id, eos_id = True, 1, 2

    def tokenize(self, text, *, add_bos):
        return ([1] if add_bos else []) + [3 + (ord(c) % (N_VOCAB - 3)) for c in text]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_prompt_completion_rows_train_on_the_completion_and_eos():
    ex = encode_row(1, {"prompt": "ab", "completion": "cd"}, CharTokenizer(), max_tokens=64)
    assert ex.tokens == [1, 3 + 97 % 61, 3 + 98 % 61, 3 + 99 % 61, 3 + 100 % 61, 2]
    assert ex.target == [False, False, False, True, True, True]


def test_bad_rows_are_named(tmp_path):
    tok = CharTokenizer()
    with pytest.raises(DataError, match="no rows"):
        load_examples(write_jsonl(tmp_path / "e.jsonl", []), tok, max_tokens=64)
    with pytest.raises(DataError, match="row 2: empty or missing \"completion\""):
        load_examples(write_jsonl(tmp_path / "a.jsonl", [{"prompt": "a", "completion": "b"}, {"prompt": "a"}]),
                      tok, max_tokens=64)
    with pytest.raises(DataError, match="row 1 is 12 tokens, longer than the training context of 8"):
        load_examples(write_jsonl(tmp_path / "b.jsonl", [{"prompt": "a" * 5, "completion": "b" * 5}]), tok, max_tokens=8)
    with pytest.raises(DataError, match="row 1: not valid JSON"):
        (tmp_path / "c.jsonl").write_text("{nope\n")
        load_examples(tmp_path / "c.jsonl", tok, max_tokens=8)
    with pytest.raises(DataError, match="row 1: chat rows need a model with a chat template"):
        load_examples(write_jsonl(tmp_path / "d.jsonl", [{"messages": [{"role": "user", "content": "x"}]}]), tok,
                      max_tokens=8)


def test_chat_rows_train_on_assistant_turns_only():
    from kogata.engine.chat_template import ChatTemplate

    tpl = ChatTemplate(None)  # "User: …\nAssistant: …\n"
    row = {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}]}
    ex = encode_row(3, row, CharTokenizer(), template=tpl, max_tokens=64)
    tok = CharTokenizer()
    prefix = tpl.render(row["messages"][:1], add_generation_prompt=True)
    n_prefix = len(tok.tokenize(prefix, add_bos=True))
    assert not any(ex.target[:n_prefix]) and all(ex.target[n_prefix:])
    with pytest.raises(DataError, match="row 3: no assistant turn"):
        encode_row(3, {"messages": row["messages"][:1]}, tok, template=tpl, max_tokens=64)


def test_training_lowers_the_loss_writes_a_llama_cpp_adapter_and_resumes(tmp_path):
    _torch()
    import gguf

    from kogata.tune.gguf_torch import GGUFCausalLM, read_gguf
    from kogata.tune.gguf_files import write_lora
    from kogata.tune.export import merge_into
    from kogata.tune.train import TrainOptions, evaluate, train_lora

    path = tiny_gguf(tmp_path / "tiny.gguf")
    tok = CharTokenizer()
    rows = [{"prompt": f"q{i % 7}", "completion": "abcab"[i % 3:] + "c"} for i in range(40)]
    examples, _ = load_examples(write_jsonl(tmp_path / "d.jsonl", rows), tok, max_tokens=64)
    train, held = split(examples, 0.1, seed=0)
    assert len(held) == 4 and len(train) == 36
    opts = TrainOptions(rank=4, alpha=8, lr=1e-2, epochs=3, batch_size=8, warmup_steps=1, checkpoint_every=2)
    model = GGUFCausalLM.from_gguf(path)
    result = train_lora(model, train, held, opts, work_dir=tmp_path, progress=False)
    m = result.metrics
    assert m["eval_loss"][-1] < 0.7 * m["eval_loss_base"], m
    assert len(m["train_loss"]) == 3 and m["tokens_per_second"] > 0

    # only the LoRA factors learn
    assert all(not p.requires_grad for n, p in model.named_parameters() if "lora_" not in n)

    # the adapter file is llama.cpp's layout: A [rank, n_in], B [n_out, rank] in numpy order
    write_lora(tmp_path / "a.gguf", "llama", result.pairs, opts.alpha)
    r = gguf.GGUFReader(str(tmp_path / "a.gguf"))
    assert r.fields["general.type"].contents() == "adapter"
    assert r.fields["adapter.type"].contents() == "lora"
    assert r.fields["adapter.lora.alpha"].contents() == pytest.approx(8.0)
    shapes = {t.name: tuple(int(d) for d in reversed(t.shape)) for t in r.tensors}
    assert shapes["blk.0.attn_k.weight.lora_a"] == (4, N_EMBD)
    assert shapes["blk.0.attn_k.weight.lora_b"] == (N_KV * N_EMBD // N_HEAD, 4)
    assert len(shapes) == 2 * 7 * N_LAYER

    # merging the adapter into the weights gives the same model
    cfg, tensors = read_gguf(path)
    merged = GGUFCausalLM(cfg, merge_into(tensors, result.pairs, opts.alpha))
    x = torch.tensor([examples[0].tokens])
    with torch.no_grad():
        assert torch.allclose(merged(x), model.eval()(x), atol=1e-4)

    # resuming from the final checkpoint does no more steps and keeps the result
    again = train_lora(GGUFCausalLM.from_gguf(path), train, held, opts, work_dir=tmp_path, resume=True, progress=False)
    assert again.metrics["eval_loss"] == m["eval_loss"]
    np.testing.assert_allclose(again.pairs["blk.1.ffn_up.weight"][1], result.pairs["blk.1.ffn_up.weight"][1])
    assert evaluate(model, held, 256) == pytest.approx(m["eval_loss"][-1], rel=1e-4)


def test_a_run_continues_from_an_earlier_runs_weights_and_step(tmp_path):
    _torch()
    from kogata.tune.gguf_torch import GGUFCausalLM
    from kogata.tune.train import CHECKPOINT, TrainOptions, evaluate, train_lora

    path = tiny_gguf(tmp_path / "tiny.gguf")
    rows = [{"prompt": f"質問{i % 7}", "completion": "東京タワー"[i % 3:] + "。"} for i in range(40)]
    examples, _ = load_examples(write_jsonl(tmp_path / "d.jsonl", rows), CharTokenizer(), max_tokens=64)
    train, held = split(examples, 0.1, seed=0)
    opts = TrainOptions(rank=4, alpha=8, lr=1e-2, epochs=2, batch_size=8, warmup_steps=1)
    first = tmp_path / "first"
    first.mkdir()
    full = train_lora(GGUFCausalLM.from_gguf(path), train, held, opts, work_dir=first, progress=False)
    assert full.metrics["steps"] == 10

    # a run stopped after its first epoch (step 5), continued from there to the end of the second
    opts3 = TrainOptions.from_dict({**opts.to_dict(), "epochs": 1})
    part = tmp_path / "part"
    part.mkdir()
    train_lora(GGUFCausalLM.from_gguf(path), train, held, opts3, work_dir=part, progress=False)
    state = torch.load(part / CHECKPOINT, weights_only=True)
    model3 = GGUFCausalLM.from_gguf(path)
    assert state["step"] == 5
    later = tmp_path / "later"
    later.mkdir()
    resumed = train_lora(model3, train, held, opts, work_dir=later, start=(state["pairs"], 5), progress=False)
    m = resumed.metrics
    assert m["first_step"] == 5 and m["steps"] == 10
    assert m["trained_tokens"] == sum(len(e.tokens) for e in train)  # one epoch left, not two
    assert m["eval_loss"][-1] < m["eval_loss_start"] < full.metrics["eval_loss_base"]
    assert evaluate(model3, held, 256) == pytest.approx(m["eval_loss"][-1], rel=1e-4)


def test_the_serving_path_does_not_import_torch():
    import subprocess
    import sys

    code = ("import sys, kogata.cli, kogata.server.app, kogata.runtime, kogata.engine.lora, kogata.models.adapters, "
            "kogata.tune.reference, kogata.tune.data, kogata.tune.export, kogata.tune.quantize, kogata.cli.export; "
            "assert 'torch' not in sys.modules, 'torch imported'")
    subprocess.run([sys.executable, "-c", code], check=True)
