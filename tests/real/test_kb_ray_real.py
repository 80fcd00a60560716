"""`kogata kb add --ray`: files read, chunked and embedded on a real two-node Ray cluster, written into
the collection as a local `kb add` writes them (Japanese and English, a Shift_JIS file, a broken one)."""

import json
import sqlite3
import uuid

import numpy as np
from helpers import run_kogata

from kogata.config import Settings
from kogata.kb import knowledge_base
from kogata.runtime import Runtime


def make_docs(folder):
    folder.mkdir()
    for i in range(1, 13):
        (folder / f"rule{i}.md").write_text(
            f"# 社内規程 第{i}条\n\n社員は毎月{i}日までに経費精算書を提出すること。出張旅費は実費で精算する。\n\n"
            f"## Section {i}\nEmployees submit expense reports by day {i} of each month; travel is refunded at cost.\n",
            encoding="utf-8")
    (folder / "leave.txt").write_bytes("有給休暇の申請は、取得日の3日前までに上長へ提出してください。".encode("shift_jis"))
    (folder / "long.txt").write_text("当社の情報セキュリティ方針" + "を全社員が遵守し" * 400 + "ます。", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not a pdf")


def chunks_of(home, name):
    """Each document's chunks (text, heading) and their stored vectors, by source."""
    runtime = Runtime(Settings(home=home))
    try:
        collection = knowledge_base(runtime.settings, runtime.embedder).get(name)
        chunks = {doc.source: [(c.text, c.heading) for c in collection.document_chunks(doc.id)]
                  for doc in collection.documents()}
    finally:
        runtime.close()
    with sqlite3.connect(home / "kb" / f"{name}.db") as db:
        rows = db.execute("SELECT d.source, c.embedding FROM chunks c JOIN documents d ON d.id = c.document_id "
                          "ORDER BY d.source, c.ord").fetchall()
    vectors: dict[str, list] = {}
    for source, blob in rows:
        vectors.setdefault(source, []).append(np.frombuffer(blob, dtype=np.float32))
    return chunks, {source: np.array(v) for source, v in vectors.items()}


def test_kb_add_on_ray_writes_what_a_local_add_writes(ray_cluster, real_store, real_home, tmp_path):
    make_docs(tmp_path / "docs")
    on_ray, local = f"ray-{uuid.uuid4().hex[:8]}", f"local-{uuid.uuid4().hex[:8]}"
    for name in (on_ray, local):
        assert run_kogata(real_home, "kb", "create", name).returncode == 0
    try:
        added = run_kogata(real_home, "kb", "add", on_ray, str(tmp_path / "docs"), "--ray", ray_cluster, "--json",
                           timeout=300)
        assert added.returncode == 1, added.stderr  # the broken file failed alone
        report = json.loads(added.stdout)
        assert len(report["added"]) == 14 and [f["source"] for f in report["failed"]][0].endswith("broken.pdf")
        assert run_kogata(real_home, "kb", "add", local, str(tmp_path / "docs"), timeout=300).returncode == 1
        ray_chunks, ray_vectors = chunks_of(real_home, on_ray)
        local_chunks, local_vectors = chunks_of(real_home, local)
        assert ray_chunks == local_chunks and len(ray_chunks) == 14
        assert sum(len(c) for c in ray_chunks.values()) > 14  # the long text was cut in several chunks
        for source, vectors in ray_vectors.items():
            cosine = np.sum(vectors * local_vectors[source], axis=1)
            assert cosine.min() >= 0.999, (source, cosine.min())

        again = run_kogata(real_home, "kb", "add", on_ray, str(tmp_path / "docs"), "--ray", ray_cluster, "--json",
                           timeout=300)
        assert len(json.loads(again.stdout)["unchanged"]) == 14  # nothing done twice
        hits = json.loads(run_kogata(real_home, "kb", "search", on_ray, "有給休暇はいつまでに申請しますか", "--json").stdout)
        assert hits[0]["source"].endswith("leave.txt")
    finally:
        for name in (on_ray, local):
            run_kogata(real_home, "kb", "rm", name, "--yes")
