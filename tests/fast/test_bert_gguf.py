"""The BERT → GGUF converter on a tiny random BERT, and that llama.cpp runs its output through
`LlamaEmbedder` with sentence-transformers' tokenization rules."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import gguf
import numpy as np
import pytest
from safetensors.numpy import save_file

from kogata.engine.embedder import LlamaEmbedder
from kogata.errors import ServerBusy, StoreError
from kogata.models.bert_gguf import (
    MAX_SEQ_LENGTH_KEY,
    convert_bert_to_gguf,
    fastest_weight_type,
)
from kogata.tune.gguf_files import (  # the contrastive tuning's writer
    read_tensors,
    write_model,
)

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
WORDS = ["hello", "world", ",", "!", "cafe", "ab", "a", "b", "##b", "x", "##x",
         "東", "京", "か", "##い", "ᄒ", "##ᅡ", "##ᆫ", "[", "]", "sep"]
VOCAB = SPECIALS + WORDS
HIDDEN, LAYERS, HEADS, FFN, POSITIONS, MAX_SEQ = 8, 2, 2, 16, 16, 8


def write_tiny_bert(model_dir: Path, *, pooling: str = "pooling_mode_mean_tokens",
                    model_type: str = "bert") -> Path:
    rng = np.random.default_rng(0)
    model_dir.mkdir(parents=True, exist_ok=True)
    config = {
        "model_type": model_type, "architectures": ["BertModel"], "hidden_size": HIDDEN,
        "num_hidden_layers": LAYERS, "num_attention_heads": HEADS, "intermediate_size": FFN,
        "max_position_embeddings": POSITIONS, "type_vocab_size": 2, "layer_norm_eps": 1e-12,
        "vocab_size": len(VOCAB), "position_embedding_type": "absolute",
    }
    (model_dir / "config.json").write_text(json.dumps(config))
    (model_dir / "vocab.txt").write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    (model_dir / "tokenizer_config.json").write_text(json.dumps({"do_lower_case": True}))
    (model_dir / "sentence_bert_config.json").write_text(json.dumps({"max_seq_length": MAX_SEQ}))
    (model_dir / "1_Pooling").mkdir(exist_ok=True)
    (model_dir / "1_Pooling" / "config.json").write_text(json.dumps({pooling: True}))

    def rand(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.5, size=shape).astype(np.float32)

    tensors = {
        "embeddings.word_embeddings.weight": rand(len(VOCAB), HIDDEN),
        "embeddings.position_embeddings.weight": rand(POSITIONS, HIDDEN),
        "embeddings.token_type_embeddings.weight": rand(2, HIDDEN),
        "embeddings.LayerNorm.weight": np.ones(HIDDEN, np.float32),
        "embeddings.LayerNorm.bias": np.zeros(HIDDEN, np.float32),
        "embeddings.position_ids": np.arange(POSITIONS, dtype=np.int64)[None],
        "pooler.dense.weight": rand(HIDDEN, HIDDEN),
        "pooler.dense.bias": rand(HIDDEN),
    }
    for i in range(LAYERS):
        p = f"encoder.layer.{i}."
        for name in ("attention.self.query", "attention.self.key", "attention.self.value",
                     "attention.output.dense"):
            tensors[p + name + ".weight"] = rand(HIDDEN, HIDDEN)
            tensors[p + name + ".bias"] = rand(HIDDEN)
        tensors[p + "intermediate.dense.weight"] = rand(FFN, HIDDEN)
        tensors[p + "intermediate.dense.bias"] = rand(FFN)
        tensors[p + "output.dense.weight"] = rand(HIDDEN, FFN)
        tensors[p + "output.dense.bias"] = rand(HIDDEN)
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            tensors[p + norm + ".weight"] = np.ones(HIDDEN, np.float32)
            tensors[p + norm + ".bias"] = np.zeros(HIDDEN, np.float32)
    save_file(tensors, str(model_dir / "model.safetensors"))
    return model_dir


@pytest.fixture(scope="module")
def tiny_gguf(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("tiny-bert")
    out = root / "tiny.gguf"
    convert_bert_to_gguf(write_tiny_bert(root / "model"), out, weight_type="f32")
    return out


@pytest.fixture(scope="module")
def embedder(tiny_gguf):
    engine = LlamaEmbedder("tiny", tiny_gguf, threads=1)
    yield engine
    engine.close()


def ids(*tokens: str) -> list[int]:
    return [VOCAB.index(t) for t in tokens]


def field_value(reader: gguf.GGUFReader, key: str):
    return reader.fields[key].contents()


def test_metadata(tiny_gguf):
    reader = gguf.GGUFReader(tiny_gguf)
    assert field_value(reader, "general.architecture") == "bert"
    expected = {
        "bert.context_length": POSITIONS, "bert.embedding_length": HIDDEN,
        "bert.feed_forward_length": FFN, "bert.block_count": LAYERS,
        "bert.attention.head_count": HEADS, "bert.attention.causal": False,
        "bert.pooling_type": int(gguf.PoolingType.MEAN), MAX_SEQ_LENGTH_KEY: MAX_SEQ,
        "tokenizer.ggml.model": "bert", "tokenizer.ggml.token_type_count": 2,
        "tokenizer.ggml.bos_token_id": 2, "tokenizer.ggml.cls_token_id": 2,
        "tokenizer.ggml.seperator_token_id": 3, "tokenizer.ggml.unknown_token_id": 1,
        "tokenizer.ggml.padding_token_id": 0, "tokenizer.ggml.mask_token_id": 4,
        "tokenizer.ggml.normalizer.lowercase": True, "tokenizer.ggml.normalizer.strip_accents": True,
    }
    for key, value in expected.items():
        assert field_value(reader, key) == value, key
    assert field_value(reader, "bert.attention.layer_norm_epsilon") == pytest.approx(1e-12)
    tokens = field_value(reader, "tokenizer.ggml.tokens")
    assert tokens[:5] == SPECIALS
    assert tokens[VOCAB.index("hello")] == "\u2581hello"
    assert tokens[VOCAB.index("##b")] == "b"
    types = field_value(reader, "tokenizer.ggml.token_type")
    assert types[1] == gguf.TokenType.UNKNOWN
    assert [types[i] for i in (0, 2, 3, 4)] == [gguf.TokenType.CONTROL] * 4
    assert set(types[5:]) == {gguf.TokenType.NORMAL}


@pytest.mark.parametrize("weight_type", ["f32", "f16", "bf16"])
def test_tensors(tmp_path, weight_type):
    out = tmp_path / "tiny.gguf"
    convert_bert_to_gguf(write_tiny_bert(tmp_path / "model"), out, weight_type=weight_type)
    tensors = {t.name: t for t in gguf.GGUFReader(out).tensors}
    per_layer = ["attn_q", "attn_k", "attn_v", "attn_output", "ffn_up", "ffn_down"]
    expected = {"token_embd.weight", "position_embd.weight", "token_types.weight",
                "token_embd_norm.weight", "token_embd_norm.bias"}
    for i in range(LAYERS):
        for name in per_layer:
            expected |= {f"blk.{i}.{name}.weight", f"blk.{i}.{name}.bias"}
        for name in ("attn_output_norm", "layer_output_norm"):
            expected |= {f"blk.{i}.{name}.weight", f"blk.{i}.{name}.bias"}
    assert set(tensors) == expected  # pooler and position_ids dropped
    assert list(tensors["token_embd.weight"].shape) == [HIDDEN, len(VOCAB)]  # ggml order
    matrix = gguf.GGMLQuantizationType[weight_type.upper()]
    for name, tensor in tensors.items():
        is_matrix = name == "token_embd.weight" or (name.startswith("blk.") and len(tensor.shape) == 2)
        assert tensor.tensor_type == (matrix if is_matrix else gguf.GGMLQuantizationType.F32), name


@pytest.mark.parametrize("weight_type", ["f16", "bf16"])
def test_half_precision_files_embed_like_f32(tmp_path, embedder, weight_type):
    out = tmp_path / f"tiny-{weight_type}.gguf"
    convert_bert_to_gguf(write_tiny_bert(tmp_path / "model"), out, weight_type=weight_type)
    texts = ["hello, world!", "cafe ab", "東京", "x x x hello"]
    half = LlamaEmbedder("tiny", out, threads=1)
    try:
        assert min_cosine(half.embed(texts)[0], embedder.embed(texts)[0]) > 0.999
    finally:
        half.close()


def test_a_rewritten_model_in_half_precision_embeds_like_the_source(tmp_path, tiny_gguf, embedder):
    tables = frozenset({"position_embd.weight", "token_types.weight"})
    out = tmp_path / "rewritten.gguf"
    write_model(tiny_gguf, out, read_tensors(tiny_gguf), half="bf16", keep_f32=tables)
    types = {t.name: t.tensor_type for t in gguf.GGUFReader(out).tensors}
    assert types["blk.0.attn_q.weight"] == types["token_embd.weight"] == gguf.GGMLQuantizationType.BF16
    assert {types[name] for name in tables} == {gguf.GGMLQuantizationType.F32}
    assert types["blk.0.attn_q.bias"] == gguf.GGMLQuantizationType.F32
    rewritten = LlamaEmbedder("tiny", out, threads=1)
    try:
        texts = ["hello, world!", "cafe ab", "東京"]
        assert min_cosine(rewritten.embed(texts)[0], embedder.embed(texts)[0]) > 0.999
    finally:
        rewritten.close()
    with pytest.raises(ValueError, match="half must be"):
        write_model(tiny_gguf, tmp_path / "bad.gguf", read_tensors(tiny_gguf), half="q8_0")


def test_fastest_weight_type_follows_the_cpu(monkeypatch):
    import llama_cpp.llama_cpp as llama

    monkeypatch.setattr(llama, "llama_print_system_info", lambda: b"CPU : AVX2 = 1 | AVX512_BF16 = 1 | ")
    assert fastest_weight_type() == "bf16"
    monkeypatch.setattr(llama, "llama_print_system_info", lambda: b"CPU : AVX2 = 1 | F16C = 1 | ")
    assert fastest_weight_type() == "f16"


def test_rejects_unsupported_models(tmp_path):
    out = tmp_path / "out.gguf"
    with pytest.raises(StoreError, match="pooling"):
        convert_bert_to_gguf(write_tiny_bert(tmp_path / "max", pooling="pooling_mode_max_tokens"), out)
    with pytest.raises(StoreError, match="model_type"):
        convert_bert_to_gguf(write_tiny_bert(tmp_path / "roberta", model_type="roberta"), out)
    with pytest.raises(StoreError, match="missing"):
        convert_bert_to_gguf(tmp_path / "nowhere", out)
    (write_tiny_bert(tmp_path / "no-weights") / "model.safetensors").unlink()
    with pytest.raises(StoreError, match="model.safetensors"):
        convert_bert_to_gguf(tmp_path / "no-weights", out)
    assert list(tmp_path.glob("*.gguf")) == [] and list(tmp_path.glob(".*tmp")) == []


def test_embeddings_are_unit_vectors(embedder):
    assert embedder.dimensions == HIDDEN
    assert embedder.info.n_ctx == MAX_SEQ and embedder.info.n_vocab == len(VOCAB)
    vectors, n_tokens = embedder.embed(["hello, world!", "", "cafe"])
    assert n_tokens == 6 + 2 + 3
    for vector in vectors:
        assert len(vector) == HIDDEN
        assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-6)
    assert embedder.embed([]) == ([], 0)


def test_truncates_like_sentence_transformers(embedder):
    text = "hello " * 20
    assert embedder.count_tokens(text) == 22
    assert embedder.tokenize(text) == ids("[CLS]", *["hello"] * (MAX_SEQ - 2), "[SEP]")
    _, n_tokens = embedder.embed([text])
    assert n_tokens == MAX_SEQ


@pytest.mark.parametrize("text, tokens", [
    ("Hello, WORLD!", ["hello", ",", "world", "!"]),
    ("Café", ["cafe"]),  # NFD, then the accent is dropped
    ("a\x0bb\u200b", ["ab"]),  # HF deletes control and format characters instead of splitting
    ("한", ["ᄒ", "##ᅡ", "##ᆫ"]),  # a Hangul syllable decomposes into three jamo
    ("東京かい", ["東", "京", "か", "##い"]),  # CJK ideographs are words of their own
    ("x" * 100, ["x", *["##x"] * 99]),
    ("x" * 101, ["[UNK]"]),  # HF's WordPiece gives up on words over 100 characters
    ("hello [SEP] [sep]", ["hello", "[SEP]", "[", "sep", "]"]),  # special tokens are case-sensitive
])
def test_tokenizes_like_hf_bert(embedder, text, tokens):
    assert embedder.tokenize(text) == ids("[CLS]", *tokens[: MAX_SEQ - 2], "[SEP]")


def min_cosine(a: list[list[float]], b: list[list[float]]) -> float:
    return float((np.asarray(a) * np.asarray(b)).sum(axis=1).min())


def test_batching_and_threads_do_not_change_vectors(embedder):
    texts = ["hello", "world", "hello, world!", "cafe ab", "東京", "", "x x x"] * 5
    alone = [embedder.embed([t])[0][0] for t in texts]
    batched, _ = embedder.embed(texts)
    # Not bit-identical: flash attention and matmul kernels accumulate in batch-dependent order.
    assert min_cosine(batched, alone) > 0.9999

    results: dict[int, list[list[float]]] = {}

    def work(k: int) -> None:
        results[k] = embedder.embed(texts[k:] + texts[:k])[0]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == list(range(6))
    for k, vectors in results.items():
        assert min_cosine(vectors, alone[k:] + alone[:k]) > 0.9999


def test_rejects_missing_or_foreign_files(tmp_path):
    with pytest.raises(StoreError, match="no such model file"):
        LlamaEmbedder("tiny", tmp_path / "absent.gguf", threads=1)
    (tmp_path / "junk.gguf").write_bytes(b"not a gguf")
    with pytest.raises(StoreError, match="could not load"):
        LlamaEmbedder("tiny", tmp_path / "junk.gguf", threads=1)


def test_closed_embedder_refuses_work(tiny_gguf):
    engine = LlamaEmbedder("tiny", tiny_gguf, threads=1, max_tokens=4)
    assert engine.tokenize("hello world hello") == ids("[CLS]", "hello", "world", "[SEP]")
    engine.close()
    engine.close()
    with pytest.raises(ServerBusy):
        engine.embed(["hello"])


def test_a_gguf_header_is_read_once_while_the_file_is_unchanged(tiny_gguf, tmp_path):
    from kogata.tune.gguf_files import open_reader

    copy = tmp_path / "copy.gguf"
    write_model(tiny_gguf, copy, read_tensors(tiny_gguf))
    first = open_reader(copy)
    assert open_reader(copy) is first and open_reader(str(copy)) is first
    write_model(tiny_gguf, copy, read_tensors(tiny_gguf), half="bf16")  # replaced: another file now
    again = open_reader(copy)
    assert again is not first and {t.tensor_type.name for t in again.tensors} >= {"BF16"}
