"""The console's server side: the page and its assets, and the models routes' kogata extras."""

import gguf
import numpy as np
import pytest
from fastapi.testclient import TestClient

from fakes import FakeChatEngine, FakeEmbedder
from kogata.models.store import ModelStore
from kogata.runtime import Runtime
from kogata.server.app import create_app


def write_tiny_gguf(path, *, chat_template=True):
    writer = gguf.GGUFWriter(path, "llama")
    writer.add_name("tiny test model")
    writer.add_license("apache-2.0")
    writer.add_context_length(256)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_token_list(["<unk>", "<s>", "</s>", "hello", "world"])
    if chat_template:
        writer.add_chat_template("{% for m in messages %}{{ m.content }}{% endfor %}")
    writer.add_tensor("token_embd.weight", np.zeros((5, 8), dtype=np.float32))
    writer.add_tensor("output.weight", np.zeros((5, 8), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@pytest.fixture
def client(settings, tmp_path):
    store = ModelStore(settings.models_dir)
    store.import_gguf("tiny-chat", write_tiny_gguf(tmp_path / "chat.gguf"))
    store.import_gguf("tiny-base", write_tiny_gguf(tmp_path / "base.gguf", chat_template=False))
    runtime = Runtime(settings, store=store, chat_engines={"fake-chat": FakeChatEngine()},
                      embedders={"minilm-l6": FakeEmbedder("minilm-l6")})
    with TestClient(create_app(settings, runtime, preload=False)) as c:
        yield c


def test_the_page_and_its_assets_are_served(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    for asset in ("console.css", "i18n.js", "markdown.js", "api.js", "chat.js", "models.js", "console.js"):
        assert f"/static/{asset}" in r.text
        assert client.get(f"/static/{asset}").status_code == 200
    assert "http://" not in r.text and "https://" not in r.text  # nothing from a CDN
    assert client.get("/static/nothing.js").status_code == 404


def test_models_list_says_each_kind(client):
    kinds = {m["id"]: m["kogata"]["kind"] for m in client.get("/v1/models").json()["data"]}
    assert kinds == {"fake-chat": "chat", "minilm-l6": "embedding", "tiny-chat": "chat", "tiny-base": "base"}


def test_model_page_shows_installed_details(client):
    body = client.get("/v1/models/tiny-chat").json()
    assert body["id"] == "tiny-chat" and body["object"] == "model"
    assert body["kogata"]["kind"] == "chat" and body["kogata"]["architecture"] == "llama"
    assert body["kogata"]["source"] == "import" and len(body["kogata"]["sha256"]) == 64
    assert client.get("/v1/models/fake-chat").json()["kogata"] == {"kind": "chat"}
    assert client.get("/v1/models/nope").status_code == 404
