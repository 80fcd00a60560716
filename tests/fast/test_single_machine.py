"""One machine stays the default: serving, a batch job and the knowledge base run with neither Ray
imported nor PostgreSQL needed (both are in the `cluster` extra)."""

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from fastapi.testclient import TestClient
from fakes import FakeChatEngine, FakeEmbedder
import kogata.cli
from kogata.batch.job import in_process, run_batch
from kogata.batch.works import WorkSpec
from kogata.config import Settings
from kogata.kb import knowledge_base
from kogata.runtime import Runtime
from kogata.server.app import create_app

s = Settings()
s.server.allowed_hosts = ["testserver"]
runtime = Runtime(s, chat_engines={{"smollm2-135m": FakeChatEngine("smollm2-135m")}},
                  embedders={{"e5-small": FakeEmbedder("e5-small")}})
with TestClient(create_app(s, runtime)) as client:
    r = client.post("/v1/chat/completions", json={{"model": "smollm2-135m", "messages": [{{"role": "user", "content": "こんにちは 世界"}}]}})
    assert r.status_code == 200, r.text
    assert client.post("/v1/embeddings", json={{"model": "e5-small", "input": "社内規程"}}).status_code == 200
base = knowledge_base(s, runtime.embedder)
base.create("handbook")
base.add_texts("handbook", [{{"source": "rules", "text": "有給休暇の申請は3日前までに提出してください。"}}])
assert base.search("handbook", "有給休暇")[0].source == "rules"
import pathlib
folder = pathlib.Path({folder!r})
(folder / "in.jsonl").write_text('{{"text": "荷物が届きません"}}\\n', encoding="utf-8")
from kogata.batch.works import embed_work
summary = run_batch(in_process(embed_work(runtime, "e5-small")), str(folder / "in.jsonl"), folder / "out.jsonl")
assert summary.done == 1
loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("ray", "psycopg", "psycopg_binary"))
assert not loaded, loaded
"""


def test_serving_batch_and_knowledge_base_import_neither_ray_nor_psycopg(tmp_path, kogata_home):
    script = SCRIPT.format(tests=str(Path(__file__).resolve().parents[1]), folder=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]


def test_a_bad_ray_address_is_one_line_and_quick(tmp_path, kogata_home):
    (tmp_path / "in.jsonl").write_text('{"text": "荷物が届きません"}\n', encoding="utf-8")
    for address, expected in (("127.0.0.1:1", "error: cannot reach the Ray cluster at 127.0.0.1:1"),
                              ("no-port", "error: invalid Ray address 'no-port'")):
        done = subprocess.run([sys.executable, "-m", "kogata", "batch", "embed", str(tmp_path / "in.jsonl"),
                               str(tmp_path / "out.jsonl"), "--ray", address, "-q"], capture_output=True, text=True, timeout=60)
        assert done.returncode == 1 and done.stderr.strip().splitlines() == [done.stderr.strip()], done.stderr
        assert done.stderr.startswith(expected), done.stderr
        assert not (tmp_path / "out.jsonl").exists()
