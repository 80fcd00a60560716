"""Corrupt artefacts under a real `kogata serve`: a model file truncated after install and a classifier
file with one flipped byte are each a clear error when asked for, and the server keeps answering
everything else. (An adapter whose base changed: tests/real/test_adapters_real.py, "stale".)"""

import csv

import httpx
import pytest
from helpers import kogata_serve, run_kogata

from kogata.models.store import ModelStore

TEXTS = {"billing": ["請求書が届きません", "invoice is wrong", "料金が二重に引き落とされた", "refund my payment"],
         "access": ["ログインできません", "password reset fails", "アカウントがロックされた", "cannot sign in"]}
CHAT = {"model": "smollm2-135m", "messages": [{"role": "user", "content": "こんにちは"}], "max_tokens": 4}


@pytest.fixture(scope="module")
def home(real_store, real_home, tmp_path_factory):
    home = tmp_path_factory.mktemp("corrupt-home")
    (home / "models").mkdir()
    for name in ("smollm2-135m", "minilm-l6", "e5-small", "gemma3-270m"):
        (home / "models" / name).symlink_to(real_store.root / name)
    # a model installed whole, then cut in half on disk (a bad sector, a full disk, a copy that stopped)
    source = real_store.get("smollm2-135m").path
    result = run_kogata(home, "import", "-q", "halfmodel", str(source))
    assert result.returncode == 0, result.stderr
    broken = ModelStore(home / "models").get("halfmodel").path
    with open(broken, "r+b") as f:
        f.truncate(broken.stat().st_size // 2)
    # a classifier with one byte flipped after training
    data = home / "train.csv"
    with open(data, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["text", "label"])
        writer.writerows([(t, label) for label, texts in TEXTS.items() for t in texts * 3])
    for name in ("good", "flipped"):
        result = run_kogata(home, "tune", "classify", str(data), "--name", name, "--encoder", "minilm-l6", "-q")
        assert result.returncode == 0, result.stderr
    weights = max((p for p in (home / "classifiers" / "flipped").iterdir() if p.name != "manifest.json"),
                  key=lambda p: p.stat().st_size)
    raw = bytearray(weights.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    weights.write_bytes(bytes(raw))
    return home


def test_corrupt_artefacts_fail_alone(home, tmp_path):
    with kogata_serve(home, tmp_path / "serve.log", "--model", "smollm2-135m") as url:
        with httpx.Client(base_url=url, timeout=120) as client:
            broken = client.post("/v1/chat/completions", json={**CHAT, "model": "halfmodel"})
            assert broken.status_code >= 400, broken.text
            assert "halfmodel" in broken.json()["error"]["message"]
            flipped = client.post("/v1/classify", json={"model": "flipped", "input": "請求書が二重です"})
            assert flipped.status_code >= 400 and "sha256" in flipped.json()["error"]["message"], flipped.text
            # everything else still answers
            assert client.post("/v1/classify", json={"model": "good", "input": "請求書が二重です"}).status_code == 200
            assert client.post("/v1/chat/completions", json=CHAT).status_code == 200
            assert client.get("/health").status_code == 200
            # and the broken model is refused the same way on a second try, not left half-loaded
            again = client.post("/v1/chat/completions", json={**CHAT, "model": "halfmodel"})
            assert (again.status_code, again.json()["error"]["message"]) == (broken.status_code,
                                                                              broken.json()["error"]["message"])
