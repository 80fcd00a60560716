"""/v1/kb/… and chat completions with "kb", over fake engines."""

import json

import pytest
from fastapi.testclient import TestClient

from fakes import FakeChatEngine, FakeEmbedder
from kogata.runtime import Runtime
from kogata.server.app import create_app
from test_kb import HANDBOOK, JA, minimal_pdf

ANSWER = ["New ", "employees ", "get ", "12 ", "days ", "of ", "paid ", "vacation."]


@pytest.fixture
def chat_engine():
    return FakeChatEngine(words=ANSWER)


@pytest.fixture
def client(settings, chat_engine):
    settings.server.model = "fake-chat"
    runtime = Runtime(settings, chat_engines={"fake-chat": chat_engine}, embedders={"fake-embed": FakeEmbedder()})
    with TestClient(create_app(settings, runtime, preload=False)) as c:
        assert c.post("/v1/kb/collections", json={"name": "hr", "embedding_model": "fake-embed"}).status_code == 201
        yield c


def sse_data(text: str) -> list:
    lines = [line[len("data: "):] for line in text.split("\n") if line.startswith("data: ")]
    assert lines[-1] == "[DONE]"
    return [json.loads(x) for x in lines[:-1]]


def test_collections_lifecycle(client):
    listed = client.get("/v1/kb/collections").json()["data"]
    assert [(c["id"], c["documents"], c["embedding_model"]) for c in listed] == [("hr", 0, "fake-embed")]
    dup = client.post("/v1/kb/collections", json={"name": "hr", "embedding_model": "fake-embed"})
    assert dup.status_code == 409 and dup.json()["error"]["code"] == "collection_exists"
    bad = client.post("/v1/kb/collections", json={"name": "a/b", "embedding_model": "fake-embed"})
    assert bad.status_code == 400
    unknown_model = client.post("/v1/kb/collections", json={"name": "x", "embedding_model": "nope"})
    assert unknown_model.status_code == 404 and client.get("/v1/kb/collections/x").status_code == 404
    assert client.delete("/v1/kb/collections/hr").json()["deleted"] is True
    missing = client.delete("/v1/kb/collections/hr")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "collection_not_found"


def test_upload_files_list_get_and_delete_documents(client):
    files = [("files", ("handbook.md", HANDBOOK.encode(), "text/markdown")),
             ("files", ("guide.pdf", minimal_pdf(["Office hours are nine to six"]), "application/pdf")),
             ("files", ("broken.pdf", b"%PDF-1.4 junk", "application/pdf"))]
    r = client.post("/v1/kb/collections/hr/documents", files=files)
    assert r.status_code == 201
    report = r.json()
    assert sorted(report["added"]) == ["guide.pdf", "handbook.md"]
    assert [f["source"] for f in report["failed"]] == ["broken.pdf"]
    docs = client.get("/v1/kb/collections/hr/documents").json()["data"]
    assert {d["source"] for d in docs} == {"guide.pdf", "handbook.md"}
    pdf = next(d for d in docs if d["source"] == "guide.pdf")
    assert client.get(f"/v1/kb/collections/hr/documents/{pdf['id']}").json()["title"] == "guide"
    hits = client.post("/v1/kb/collections/hr/search", json={"query": "office hours"}).json()["data"]
    assert hits[0]["source"] == "guide.pdf" and hits[0]["page"] == 1
    assert client.delete(f"/v1/kb/collections/hr/documents/{pdf['id']}").json()["deleted"] is True
    assert client.get(f"/v1/kb/collections/hr/documents/{pdf['id']}").status_code == 404
    again = client.post("/v1/kb/collections/hr/documents", files=files[:1])
    assert again.status_code == 200 and again.json()["unchanged"] == ["handbook.md"]


def test_json_documents_and_search_with_filter(client):
    docs = [{"text": JA, "source": "ja", "metadata": {"dept": "hr"}},
            {"text": "本社の住所は東京都千代田区です。", "source": "tokyo", "metadata": {"dept": "general"}}]
    assert client.post("/v1/kb/collections/hr/documents", json={"documents": docs}).status_code == 201
    r = client.post("/v1/kb/collections/hr/search", json={"query": "本社", "k": 5, "filter": {"dept": "general"}})
    data = r.json()["data"]
    assert [d["source"] for d in data] == ["tokyo"]
    assert {"document_id", "source", "chunk_id", "text", "score"} <= set(data[0])


@pytest.mark.parametrize("path,body,param", [
    ("documents", {"documents": []}, "documents"),
    ("documents", {"documents": [{"text": ""}]}, "documents[0].text"),
    ("search", {"query": "x", "k": 0}, None),
    ("search", {"query": "x", "filter": {"a": {"b": 1}}}, "filter"),
    ("search", {"query": "x", "filter": {'部署"': "hr"}}, "filter"),
    ("documents", {"documents": [{"text": "x", "source": str(i)} for i in range(1001)]}, "documents"),
    ("ask", {"question": "x", "stream": "maybe"}, None),
])
def test_bad_requests_get_openai_errors(client, path, body, param):
    r = client.post(f"/v1/kb/collections/hr/{path}", json=body)
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["type"] == "invalid_request_error"
    if param:
        assert error["param"] == param


def test_ask_cites_and_streams(client):
    client.post("/v1/kb/collections/hr/documents", json={"documents": [{"text": HANDBOOK, "source": "handbook.md"}]})
    question = "How many days of paid vacation do new employees get?"
    body = client.post("/v1/kb/collections/hr/ask", json={"question": question}).json()
    assert body["supported"] and body["answer"].endswith("[1]")
    assert body["citations"][0]["source"] == "handbook.md"

    r = client.post("/v1/kb/collections/hr/ask", json={"question": question, "stream": True})
    events = sse_data(r.text)
    assert "".join(e["delta"] for e in events if "delta" in e) == body["answer"]
    assert events[-1]["citations"] == body["citations"]

    none = client.post("/v1/kb/collections/hr/ask", json={"question": "Who won the 1998 World Cup?"}).json()
    asked = none.pop("id")
    assert asked.startswith("ask-") and events[-1]["id"].startswith("ask-") and body["id"] != events[-1]["id"]
    said = client.post("/v1/feedback", json={"id": asked, "rating": -1, "output": "フランス"}).json()
    assert (said["kind"], said["specialist"], said["input"], said["corrected_output"]) == (
        "ask", "hr", "Who won the 1998 World Cup?", "フランス")
    [drift] = client.get("/v1/drift/hr").json()["data"]
    assert drift["kind"] == "collection" and drift["answers"] == 3
    assert client.post("/v1/feedback", json={"id": asked, "label": "x"}).json()["error"]["message"].startswith(
        "a label corrects a classification")
    assert none == {"object": "kb.answer", "model": "fake-chat", "supported": False, "citations": [],
                    "answer": "I could not find information about this in the knowledge base."}


def test_chat_completions_with_kb(client, chat_engine):
    client.post("/v1/kb/collections/hr/documents", json={"documents": [{"text": HANDBOOK, "source": "handbook.md"}]})
    messages = [{"role": "system", "content": "Be brief."},
                {"role": "user", "content": "How many days of paid vacation do new employees get?"}]
    r = client.post("/v1/chat/completions", json={"model": "fake-chat", "messages": messages, "max_tokens": 20,
                                                  "kb": {"collection": "hr", "k": 3}})
    body = r.json()
    assert body["choices"][0]["message"]["content"].endswith("[1]")
    assert body["citations"][0]["source"] == "handbook.md"
    prompt = chat_engine.generations[-1].request.prompt
    assert "Be brief." in prompt and "12 days of paid vacation" in prompt

    r = client.post("/v1/chat/completions", json={"model": "fake-chat", "messages": messages, "max_tokens": 20,
                                                  "stream": True, "kb": {"collection": "hr"}})
    events = sse_data(r.text)
    text = "".join(c["delta"].get("content", "") for e in events for c in e["choices"])
    assert text == body["choices"][0]["message"]["content"]
    assert events[-1]["citations"] == body["citations"]

    missing = client.post("/v1/chat/completions", json={"model": "fake-chat", "messages": messages,
                                                        "kb": {"collection": "nope"}})
    assert missing.status_code == 404


def test_metrics_report_knowledge_base_size(client):
    from prometheus_client.parser import text_string_to_metric_families

    client.post("/v1/kb/collections/hr/documents", json={"documents": [{"text": HANDBOOK, "source": "h"},
                                                                       {"text": JA, "source": "j"}]})
    families = {f.name: f for f in text_string_to_metric_families(client.get("/metrics").text)}
    [sample] = families["kogata_kb_documents"].samples
    assert sample.labels == {"collection": "hr"} and sample.value == 2
    assert families["kogata_kb_chunks"].samples[0].value >= 2


def test_knowledge_base_answers_ask_for_the_repetition_guard_other_requests_choose(client, chat_engine):
    client.post("/v1/kb/collections/hr/documents", json={"documents": [{"text": HANDBOOK, "source": "handbook.md"}]})
    question = "How many days of paid vacation do new employees get?"
    guarded = lambda: chat_engine.generations[-1].request.params.stop_on_repetition  # noqa: E731
    client.post("/v1/kb/collections/hr/ask", json={"question": question})
    assert guarded()
    messages = [{"role": "user", "content": question}]
    client.post("/v1/chat/completions", json={"model": "fake-chat", "messages": messages, "kb": {"collection": "hr"}})
    assert guarded()
    client.post("/v1/chat/completions", json={"model": "fake-chat", "messages": messages})
    assert not guarded()
    client.post("/v1/chat/completions", json={"model": "fake-chat", "messages": messages, "repetition_guard": True})
    assert guarded()
    client.post("/v1/completions", json={"model": "fake-chat", "prompt": "東京の予算、", "repetition_guard": True})
    assert guarded()
    bad = client.post("/v1/chat/completions", json={"model": "fake-chat", "messages": messages,
                                                    "repetition_guard": "often"})
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "repetition_guard"


def test_japanese_questions_are_answered_by_the_specialist_when_it_can_be_served(settings, chat_engine):
    specialist = FakeChatEngine("kb-answer-ja", words=["3日前まで ", "[1]"])
    runtime = Runtime(settings, chat_engines={"fake-chat": chat_engine, "kb-answer-ja": specialist},
                      embedders={"fake-embed": FakeEmbedder()})
    ready = {"kb-answer-ja": True}
    runtime.answering_specialist_ready = lambda name: ready.get(name, False)
    settings.server.model = "fake-chat"
    with TestClient(create_app(settings, runtime, preload=False)) as c:
        c.post("/v1/kb/collections", json={"name": "hr", "embedding_model": "fake-embed"})
        c.post("/v1/kb/collections/hr/documents", json={"documents": [
            {"text": JA, "source": "規程.txt"}, {"text": HANDBOOK, "source": "handbook.md"}]})
        ask = lambda body: c.post("/v1/kb/collections/hr/ask", json=body).json()  # noqa: E731
        ja = ask({"question": "有給休暇の申請はいつまでに提出しますか？"})
        assert ja["model"] == "kb-answer-ja" and ja["answer"] == "3日前まで [1]" and ja["supported"]
        assert specialist.generations and ja["citations"][0]["source"] == "規程.txt"
        en = ask({"question": "How many days of paid vacation do new employees get?"})
        assert en["model"] == "fake-chat" and en["citations"][0]["source"] == "handbook.md"
        named = ask({"question": "有給休暇の申請はいつまでに提出しますか？", "model": "fake-chat"})
        assert named["model"] == "fake-chat"
        ready["kb-answer-ja"] = False  # e.g. its base model is not pulled
        assert ask({"question": "有給休暇の申請はいつまでに提出しますか？"})["model"] == "fake-chat"
        streamed = c.post("/v1/kb/collections/hr/ask", json={"question": "有給休暇の申請期限は？", "stream": True})
        assert sse_data(streamed.text)[-1]["model"] == "fake-chat"
        ready["kb-answer-ja"] = True  # chat completions with "kb" and model "auto" choose the same way
        chat = lambda q: c.post("/v1/chat/completions", json={  # noqa: E731
            "model": "auto", "route": "local", "messages": [{"role": "user", "content": q}],
            "kb": {"collection": "hr"}}).json()
        assert chat("有給休暇の申請はいつまでに提出しますか？")["model"] == "kb-answer-ja"
        assert chat("How many days of paid vacation do new employees get?")["model"] == "fake-chat"


def test_a_refusal_from_the_model_cites_nothing(settings):
    refusing = FakeChatEngine(words=["ナレッジベースには、この質問に関する情報が見つかりませんでした。"])
    runtime = Runtime(settings, chat_engines={"fake-chat": refusing}, embedders={"fake-embed": FakeEmbedder()})
    settings.server.model = "fake-chat"
    with TestClient(create_app(settings, runtime, preload=False)) as c:
        c.post("/v1/kb/collections", json={"name": "hr", "embedding_model": "fake-embed"})
        c.post("/v1/kb/collections/hr/documents", json={"documents": [{"text": JA, "source": "規程.txt"}]})
        body = c.post("/v1/kb/collections/hr/ask", json={"question": "有給休暇の申請はいつまでに提出しますか？"}).json()
    assert body["supported"] and body["citations"] == []
    assert body["answer"] == "ナレッジベースには、この質問に関する情報が見つかりませんでした。"


def test_the_settings_can_turn_the_japanese_specialist_off(settings):
    runtime = Runtime(settings, chat_engines={}, embedders={})
    runtime.adapter_ready = lambda name: name == "kb-answer-ja"
    assert runtime.answering_specialist_ready("kb-answer-ja")
    settings.server.japanese_answers = False
    assert not runtime.answering_specialist_ready("kb-answer-ja")
