"""The knowledge base with the real models: the CLI end to end, and the server searching while the
CLI ingests into the same collection."""

import json
import os
import subprocess
import time
import uuid

import httpx
from openai import OpenAI

from helpers import kogata_cmd, kogata_serve, run_kogata

HANDBOOK = """# Employee handbook

## Vacation policy
New employees receive 12 days of paid vacation in their first year. Unused days carry over for one year.

## Expense reports
Submit expense reports within 30 days through the finance portal. Receipts are required above 5,000 yen.
"""
NOTES = 100  # several embedding batches of 64 chunks, so the server sees the collection grow
JA = "当社の本社は大阪市北区にあります。営業時間は平日の午前9時から午後6時までです。\n有給休暇の申請は、取得日の3日前までに上長へ提出してください。\n"


def make_docs(folder):
    (folder / "sub").mkdir(parents=True)
    (folder / "handbook.md").write_text(HANDBOOK)
    (folder / "sub" / "rules.txt").write_bytes(JA.encode("shift_jis"))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a pdf")


def kb_json(home, *args):
    r = run_kogata(home, "kb", *args, "--json", timeout=300)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_cli_add_search_ask_and_refuse(real_store, real_home, tmp_path):
    name = f"hr-{uuid.uuid4().hex[:8]}"
    make_docs(tmp_path / "docs")
    assert run_kogata(real_home, "kb", "create", name).returncode == 0
    try:
        added = run_kogata(real_home, "kb", "add", name, str(tmp_path / "docs"), timeout=300)
        assert added.returncode == 1  # one file failed, the others went in
        assert "broken.pdf" in added.stderr and "2 added" in added.stdout
        docs = kb_json(real_home, "ls", name)
        assert sorted(d["title"] for d in docs) == ["Employee handbook", "rules"]

        hits = kb_json(real_home, "search", name, "有給休暇はいつまでに申請する必要がありますか")
        assert hits[0]["source"].endswith("rules.txt")

        answer = kb_json(real_home, "ask", name, "How many days of paid vacation do new employees get?")
        assert answer["supported"] and "12" in answer["answer"]
        assert answer["citations"] and answer["citations"][0]["source"].endswith("handbook.md")
        assert f"[{answer['citations'][0]['index']}]" in answer["answer"]
        assert "12 days of paid vacation" in answer["citations"][0]["text"]

        # Japanese questions go to the shipped specialist, which answers short, cites and stops
        ja = kb_json(real_home, "ask", name, "有給休暇の申請はいつまでに上長へ提出しますか？")
        assert ja["model"] == "kb-answer-ja" and ja["supported"], ja
        assert "3日前" in ja["answer"] and len(ja["answer"]) < 40, ja
        assert ja["citations"][0]["source"].endswith("rules.txt")
        assert f"[{ja['citations'][0]['index']}]" in ja["answer"]
        ja_unknown = kb_json(real_home, "ask", name, "社員食堂は何時に開きますか？")
        assert ja_unknown["answer"] == "ナレッジベースには、この質問に関する情報が見つかりませんでした。"
        assert not ja_unknown["supported"] and ja_unknown["citations"] == []

        unknown = kb_json(real_home, "ask", name, "Who won the football World Cup in 1998?")
        assert unknown == {"answer": "I could not find information about this in the knowledge base.",
                           "model": "smollm2-135m", "supported": False, "citations": []}

        # `kogata batch ask`: a table of the same questions gets the answers `kb ask` gave, row by row
        questions = ["How many days of paid vacation do new employees get?", "有給休暇の申請はいつまでに上長へ提出しますか？",
                     "Who won the football World Cup in 1998?"]
        (tmp_path / "questions.jsonl").write_text("".join(json.dumps({"text": q}, ensure_ascii=False) + "\n"
                                                          for q in questions), encoding="utf-8")
        batch = run_kogata(real_home, "batch", "ask", str(tmp_path / "questions.jsonl"), str(tmp_path / "answers.jsonl"),
                           "--collection", name, "-q", timeout=300)
        assert batch.returncode == 0, batch.stderr
        rows = [json.loads(line) for line in (tmp_path / "answers.jsonl").read_text(encoding="utf-8").splitlines()]
        for row, one in zip(rows, (answer, ja, unknown)):
            assert (row["answer"], row["supported"], [c["source"] for c in row["citations"]]) == (
                one["answer"], one["supported"], [c["source"] for c in one["citations"]])
            assert row["model"] == (one["model"] if one["supported"] else None)
    finally:
        run_kogata(real_home, "kb", "rm", name, "--yes")


def test_server_searches_while_the_cli_ingests(real_store, real_home, tmp_path):
    name = f"live-{uuid.uuid4().hex[:8]}"
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(NOTES):
        (folder / f"note{i:03d}.txt").write_text(f"Meeting note {i}: the project codename is falcon-{i}. " * 5)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "handbook.md").write_text(HANDBOOK)
    assert run_kogata(real_home, "kb", "create", name).returncode == 0
    assert run_kogata(real_home, "kb", "add", name, str(tmp_path / "docs"), timeout=300).returncode == 0
    try:
        with kogata_serve(real_home, tmp_path / "serve.log") as url:
            ingest = subprocess.Popen(kogata_cmd("kb", "add", name, str(folder)),
                                      env={**os.environ, "KOGATA_HOME": str(real_home)},
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            seen = set()
            while ingest.poll() is None:
                r = httpx.post(f"{url}/v1/kb/collections/{name}/search", json={"query": "project codename"},
                               timeout=60)
                assert r.status_code == 200, r.text
                seen.add(httpx.get(f"{url}/v1/kb/collections/{name}", timeout=60).json()["documents"])
                time.sleep(0.05)
            assert ingest.returncode == 0, ingest.stderr.read()
            assert httpx.get(f"{url}/v1/kb/collections/{name}", timeout=60).json()["documents"] == NOTES + 1
            final = httpx.post(f"{url}/v1/kb/collections/{name}/search", json={"query": f"codename falcon-{NOTES - 1}"},
                               timeout=60).json()["data"]
            assert final[0]["source"].endswith(f"note{NOTES - 1:03d}.txt")
            assert len(seen) > 1  # the server saw the collection grow while the CLI wrote

            client = OpenAI(base_url=f"{url}/v1", api_key="none")
            reply = client.chat.completions.create(
                model="smollm2-135m", temperature=0, max_tokens=40,
                messages=[{"role": "user", "content": "How many days of paid vacation do new employees get?"}],
                extra_body={"kb": {"collection": name, "k": 3}})
            citations = reply.model_extra["citations"]
            assert citations and citations[0]["source"].endswith("handbook.md")
            assert f"[{citations[0]['index']}]" in reply.choices[0].message.content
    finally:
        run_kogata(real_home, "kb", "rm", name, "--yes")
