"""Convert a sentence-transformers BERT model (safetensors + WordPiece vocab) to a GGUF file
that llama.cpp runs as a `bert` embedding model. numpy only: no torch, no transformers.

The model directory is the usual sentence-transformers layout: `config.json`, `model.safetensors`,
`vocab.txt`, `special_tokens_map.json` / `tokenizer_config.json`, `sentence_bert_config.json`
and `1_Pooling/config.json`.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Literal

import gguf
import numpy as np
from safetensors.numpy import load_file

from kogata.errors import StoreError

# Our own metadata key: the longest input, in tokens including [CLS] and [SEP], that the
# sentence-transformers model reads (it truncates beyond it). `bert.context_length` cannot hold
# it, because llama.cpp sizes the position-embedding table from that key.
MAX_SEQ_LENGTH_KEY = "kogata.max_seq_length"

ARCH = gguf.MODEL_ARCH.BERT
ARCH_NAME = gguf.MODEL_ARCH_NAMES[ARCH]

# HF checkpoint tensors llama.cpp does not use for sentence embeddings.
_UNUSED_TENSOR_PREFIXES = ("embeddings.position_ids", "pooler.", "cls.")

_SPECIAL_TOKENS = ("unk", "sep", "pad", "cls", "mask")

# Keys llama.cpp reads that the `gguf` package on PyPI (0.19.0) has no writer method for.
_KEY_CLS_ID = "tokenizer.ggml.cls_token_id"
_KEY_LOWERCASE = "tokenizer.ggml.normalizer.lowercase"
_KEY_STRIP_ACCENTS = "tokenizer.ggml.normalizer.strip_accents"


WeightType = Literal["f32", "f16", "bf16"]
_FILE_TYPES = {"f32": gguf.LlamaFileType.ALL_F32, "f16": gguf.LlamaFileType.MOSTLY_F16,
               "bf16": gguf.LlamaFileType.MOSTLY_BF16}


def fastest_weight_type() -> WeightType:
    """BF16 where llama.cpp's CPU backend has AVX512-BF16 instructions, F16 elsewhere.

    Measured with all-MiniLM-L6-v2 on a 2-core AVX512-BF16 machine (decisions.md): one short text
    6.9 ms against F16's 8.0, 64-text batches 387 against 280 texts/s, JSQuAD paragraphs 29 against
    24.5 per second. Without those instructions llama.cpp widens BF16 in software, where F16 has
    hardware conversion (F16C) on every x86-64 CPU of the last decade.
    """
    import llama_cpp.llama_cpp as llama

    return "bf16" if b"AVX512_BF16 = 1" in llama.llama_print_system_info() else "f16"


def convert_bert_to_gguf(model_dir: Path, out_path: Path, *, weight_type: WeightType = "f16") -> None:
    """Write `out_path` (atomically: a temporary file, then a rename).

    `weight_type` applies to the token embeddings and the layers' matrices; the rest (norms,
    biases, position and token-type embeddings) is always F32. F16 and BF16 halve the file; for
    all-MiniLM-L6-v2 on 300 Banking77 texts and JSQuAD paragraphs, F16 stays within cosine 0.999999
    of F32 and BF16 (see `fastest_weight_type`) within 0.99994.
    """
    if weight_type not in _FILE_TYPES:
        raise ValueError(f"weight_type must be one of {', '.join(_FILE_TYPES)}, not {weight_type!r}")
    model_dir = Path(model_dir)
    out_path = Path(out_path)
    config = _read_json(model_dir / "config.json")
    if config.get("model_type") != "bert":
        raise StoreError(f"{model_dir}: model_type is {config.get('model_type')!r}, expected 'bert'")
    if config.get("position_embedding_type", "absolute") != "absolute":
        raise StoreError(f"{model_dir}: only absolute position embeddings are supported")

    tokens = _read_vocab(model_dir / "vocab.txt")
    special_ids = _special_token_ids(model_dir, tokens)
    max_seq_length = _max_seq_length(model_dir, config)
    pooling = _pooling_type(model_dir)
    lowercase, strip_accents = _normalizer_options(model_dir)

    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp_path = out_path.with_name(f".{out_path.name}.{uuid.uuid4().hex[:12]}.tmp")
    writer = gguf.GGUFWriter(tmp_path, ARCH_NAME)
    try:
        writer.add_name(config.get("_name_or_path") or model_dir.name)
        writer.add_file_type(_FILE_TYPES[weight_type])
        writer.add_context_length(config["max_position_embeddings"])
        writer.add_embedding_length(config["hidden_size"])
        writer.add_feed_forward_length(config["intermediate_size"])
        writer.add_block_count(config["num_hidden_layers"])
        writer.add_head_count(config["num_attention_heads"])
        writer.add_layer_norm_eps(config["layer_norm_eps"])
        writer.add_causal_attention(False)
        writer.add_pooling_type(pooling)
        writer.add_uint32(MAX_SEQ_LENGTH_KEY, max_seq_length)

        _add_tokenizer(writer, tokens, special_ids, config, lowercase, strip_accents)
        _add_tensors(writer, model_dir, config, tokens, weight_type)

        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
        os.replace(tmp_path, out_path)
    except BaseException:
        writer.close()
        tmp_path.unlink(missing_ok=True)
        raise


def _add_tokenizer(
    writer: gguf.GGUFWriter,
    tokens: list[str],
    special_ids: dict[str, int],
    config: dict,
    lowercase: bool,
    strip_accents: bool,
) -> None:
    special = set(special_ids.values())
    types = []
    texts = []
    for token_id, token in enumerate(tokens):
        if token_id == special_ids["unk"]:
            types.append(gguf.TokenType.UNKNOWN)
            texts.append(token)
        elif token_id in special:
            types.append(gguf.TokenType.CONTROL)
            texts.append(token)
        else:
            types.append(gguf.TokenType.NORMAL)
            # llama.cpp's WordPiece marks the start of a word with "▁" where HF marks the
            # continuation with "##": "play" -> "▁play", "##ing" -> "ing".
            texts.append(token[2:] if token.startswith("##") else "\u2581" + token)

    writer.add_tokenizer_model("bert")
    writer.add_token_list(texts)
    writer.add_token_types(types)
    writer.add_token_type_count(config.get("type_vocab_size", 1))
    writer.add_bool(_KEY_LOWERCASE, lowercase)
    writer.add_bool(_KEY_STRIP_ACCENTS, strip_accents)
    # llama.cpp frames a WordPiece sequence as BOS … SEP, i.e. [CLS] … [SEP].
    writer.add_bos_token_id(special_ids["cls"])
    writer.add_uint32(_KEY_CLS_ID, special_ids["cls"])
    writer.add_sep_token_id(special_ids["sep"])
    writer.add_unk_token_id(special_ids["unk"])
    writer.add_pad_token_id(special_ids["pad"])
    writer.add_mask_token_id(special_ids["mask"])
    writer.add_add_bos_token(True)
    writer.add_add_sep_token(True)


def _add_tensors(
    writer: gguf.GGUFWriter, model_dir: Path, config: dict, tokens: list[str], weight_type: str
) -> None:
    path = model_dir / "model.safetensors"
    if not path.is_file():
        raise StoreError(f"{model_dir}: model.safetensors is missing")
    tensors = load_file(path)
    names = gguf.get_tensor_name_map(ARCH, config["num_hidden_layers"])
    written: set[str] = set()
    for hf_name in sorted(tensors):
        name = hf_name.removeprefix("bert.")
        if name.startswith(_UNUSED_TENSOR_PREFIXES):
            continue
        gguf_name = names.get_name(name, try_suffixes=(".weight", ".bias"))
        if gguf_name is None:
            raise StoreError(f"{model_dir}: tensor {hf_name!r} has no llama.cpp BERT equivalent")
        data = tensors[hf_name]
        if gguf_name == "token_embd.weight" and data.shape[0] != len(tokens):
            raise StoreError(
                f"{model_dir}: vocab.txt has {len(tokens)} tokens, embeddings have {data.shape[0]}"
            )
        # llama.cpp adds position and token-type rows to F32 activations, which needs them in F32.
        is_matrix = data.ndim == 2 and (gguf_name.startswith("blk.") or gguf_name == "token_embd.weight")
        if is_matrix and weight_type == "bf16":
            bf16 = gguf.GGMLQuantizationType.BF16
            writer.add_tensor(gguf_name, gguf.quants.quantize(data.astype(np.float32), bf16), raw_dtype=bf16)
        else:
            dtype = np.float16 if is_matrix and weight_type == "f16" else np.float32
            writer.add_tensor(gguf_name, np.ascontiguousarray(data, dtype=dtype))
        written.add(gguf_name)
    if "token_embd.weight" not in written:
        raise StoreError(f"{model_dir}: model.safetensors has no word embeddings")


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StoreError(f"{path} is missing") from None
    except json.JSONDecodeError as e:
        raise StoreError(f"{path} is not valid JSON: {e}") from None


def _read_vocab(path: Path) -> list[str]:
    if not path.is_file():
        raise StoreError(f"{path} is missing")
    # One token per line; only the line break ends a token (tokens may hold other whitespace).
    return path.read_text(encoding="utf-8").rstrip("\n").split("\n")


def _special_token_ids(model_dir: Path, tokens: list[str]) -> dict[str, int]:
    declared: dict = {}
    for filename in ("tokenizer_config.json", "special_tokens_map.json"):
        if (model_dir / filename).is_file():
            declared.update(_read_json(model_dir / filename))
    index = {token: i for i, token in enumerate(tokens)}
    ids = {}
    for kind in _SPECIAL_TOKENS:
        text = declared.get(f"{kind}_token", f"[{kind.upper()}]")
        if isinstance(text, dict):  # AddedToken serialized as {"content": ...}
            text = text["content"]
        if text not in index:
            raise StoreError(f"{model_dir}: special token {text!r} is not in vocab.txt")
        ids[kind] = index[text]
    return ids


def _max_seq_length(model_dir: Path, config: dict) -> int:
    path = model_dir / "sentence_bert_config.json"
    limit = _read_json(path).get("max_seq_length") if path.is_file() else None
    return min(int(limit or config["max_position_embeddings"]), config["max_position_embeddings"])


def _pooling_type(model_dir: Path) -> gguf.PoolingType:
    path = model_dir / "1_Pooling" / "config.json"
    if not path.is_file():
        return gguf.PoolingType.MEAN
    modes = {key for key, value in _read_json(path).items() if key.startswith("pooling_mode_") and value}
    if modes == {"pooling_mode_mean_tokens"}:
        return gguf.PoolingType.MEAN
    if modes == {"pooling_mode_cls_token"}:
        return gguf.PoolingType.CLS
    if modes == {"pooling_mode_lasttoken"}:
        return gguf.PoolingType.LAST
    raise StoreError(f"{path}: pooling {sorted(modes)} is not supported by llama.cpp")


def _normalizer_options(model_dir: Path) -> tuple[bool, bool]:
    """(lowercase, strip_accents) as HF's BertTokenizer applies them."""
    path = model_dir / "tokenizer_config.json"
    config = _read_json(path) if path.is_file() else {}
    lowercase = bool(config.get("do_lower_case", True))
    strip_accents = config.get("strip_accents")
    # HF strips accents whenever it lowercases unless told otherwise.
    return lowercase, lowercase if strip_accents is None else bool(strip_accents)
