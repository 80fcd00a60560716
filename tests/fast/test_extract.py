"""Grounded extraction over a fake engine: spans after width/NFKC normalisation, labels left alone,
--strict, chunked documents merged, errors per document, the CLI's resume and the HTTP route."""

import json
import re

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from fakes import FakeChatEngine, FakeEmbedder
from kogata.cli import extract as extract_cli
from kogata.cli import main
from kogata.kb.chunking import Chunk, chunk_sections, unchunk
from kogata.kb.readers import ExtractedDocument, Section
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.tasks.extract import ExtractionFailed, ExtractionTask, Extractor, NormalizedText
from kogata.tasks.extract.grounding import ground, strict, ungrounded_paths
from kogata.tasks.extract.merge import merge

SCHEMA = {
    "type": "object",
    "properties": {
        "number": {"type": ["string", "null"]},
        "parties": {"type": "array", "items": {"type": "object", "properties": {
            "name": {"type": "string"}, "role": {"enum": ["buyer", "seller"]}}, "required": ["name", "role"]}},
    },
    "required": ["number", "parties"],
}
CONTRACT = "売買契約書\n契約番号：ＫＹ－２０２６－０７\n買主 株式会社サクラ商事\n売主 ミドリ 工業株式会社\n"


def contract_reader(text: str) -> str:
    """What a perfect model answers for a contract chunk: the number and the companies, as written
    (half-width), and one invented party when the chunk mentions 'INVENT'."""
    number = re.search(r"契約番号：(\S+)", text)
    parties = [{"name": m.replace(" ", ""), "role": "buyer" if i == 0 else "seller"}
               for i, m in enumerate(re.findall(r"(株式会社\S+|\S+ ?工業株式会社)", text))]
    if "INVENT" in text:
        parties.append({"name": "架空商事株式会社", "role": "seller"})
    import unicodedata
    return json.dumps({"number": unicodedata.normalize("NFKC", number.group(1)) if number else None,
                       "parties": parties}, ensure_ascii=False)


def test_values_are_found_after_width_and_space_normalisation():
    text = NormalizedText(CONTRACT)
    start, end = text.find("KY-2026-07")
    assert CONTRACT[start:end] == "ＫＹ－２０２６－０７"
    start, end = text.find("ミドリ工業株式会社")  # the document has a space in it
    assert CONTRACT[start:end] == "ミドリ 工業株式会社"
    assert text.find("架空商事") is None and text.find("  ") is None
    spaced = NormalizedText("I'm in the US at the moment; business")
    assert spaced.find("USA") is None and spaced.find("ss") is None  # no match across or inside words
    assert spaced.find("us  AT") == (11, 16)


def test_labels_are_not_grounded_and_invented_values_are_reported_and_dropped_by_strict():
    data = {"number": "KY-9999", "parties": [{"name": "株式会社サクラ商事", "role": "buyer"},
                                            {"name": "架空商事株式会社", "role": "seller"}]}
    evidence = ground(data, SCHEMA, NormalizedText(CONTRACT))
    assert evidence["parties"][0]["role"] is None  # an enum value is the model's choice, not copied text
    assert evidence["parties"][0]["name"].grounded
    assert ungrounded_paths(evidence) == ["/number", "/parties/1/name"]
    kept, kept_evidence = strict(data, evidence)
    assert kept == {"number": None, "parties": [{"name": "株式会社サクラ商事", "role": "buyer"}]}
    assert kept_evidence["number"].value == "KY-9999"  # what was dropped stays visible


def test_merge_concatenates_lists_without_duplicates_and_keeps_the_best_supported_scalar():
    text = NormalizedText("番号 A-1 と番号 B-2。株式会社サクラ")
    chunks = [{"number": "Z-9", "parties": [{"name": "株式会社サクラ", "role": "buyer"}]},
              {"number": "B-2", "parties": [{"name": "株式会社サクラ", "role": "buyer"}]},
              {"number": "A-1", "parties": []},
              {"number": "B-2", "parties": None}]
    results = [(d, ground(d, SCHEMA, text, chunk=i)) for i, d in enumerate(chunks)]
    data, evidence = merge(results)
    assert data == {"number": "B-2", "parties": [{"name": "株式会社サクラ", "role": "buyer"}]}
    assert evidence["number"].chunk == 1 and evidence["parties"][0]["name"].chunk == 0


def test_unchunk_gives_back_the_section_without_the_overlap():
    sentences = [f"これは{i}番目の文です。" for i in range(40)]
    section = Section("".join(sentences), heading="第1章")
    chunks = chunk_sections([section], len, max_tokens=60, overlap=20)
    assert len(chunks) > 5 and chunks[1].text[:10] in chunks[0].text  # they do overlap
    (whole,) = unchunk([Chunk(c.text, c.heading, c.page) for c in chunks])
    assert whole.text == section.text and whole.heading == "第1章"


def test_a_long_document_is_chunked_extracted_in_parallel_and_merged():
    engine = FakeChatEngine(n_ctx=4096, respond=contract_reader)
    filler = "本契約の 条項は 別紙の とおりとする。" * 40  # the fake counts words as tokens
    doc = ExtractedDocument("契約", [Section(CONTRACT + filler + "\n追記 売主 INVENT 株式会社ミナト\n" + filler)])
    extractor = Extractor(engine, ExtractionTask(SCHEMA), max_tokens=256, chunk_tokens=100, window=4)
    result = extractor.extract(doc)
    assert result.chunks > 2 and len(engine.generations) == result.chunks
    names = [p["name"] for p in result.data["parties"]]
    assert names == ["株式会社サクラ商事", "ミドリ工業株式会社", "株式会社ミナト", "架空商事株式会社"]
    assert result.data["number"] == "KY-2026-07"
    span = result.evidence["parties"][2]["name"]
    assert doc.text[span.start:span.end] == "株式会社ミナト" and span.chunk > 0
    assert result.ungrounded == ["/parties/3/name"]
    strict_result = Extractor(engine, ExtractionTask(SCHEMA), strict=True, chunk_tokens=100).extract(doc)
    assert "架空商事株式会社" not in json.dumps(strict_result.data, ensure_ascii=False)


def test_each_document_gets_its_result_or_its_own_error_in_order():
    def reader(text):
        return '{"number": "1", "parties": [' if "LOOP" in text else contract_reader(text)

    engine = FakeChatEngine(n_ctx=4096, respond=reader)
    extractor = Extractor(engine, ExtractionTask(SCHEMA), max_tokens=256, window=2)
    results = dict(extractor.extract_many([("a", CONTRACT), ("b", "LOOP"), ("c", "  "), ("d", CONTRACT)]))
    assert list(results) == ["a", "b", "c", "d"]
    assert results["a"].data["number"] == "KY-2026-07" and results["d"].data == results["a"].data
    assert results["b"].data == {"number": "1", "parties": []} and results["b"].truncated  # closed after "["
    assert isinstance(results["c"], ExtractionFailed) and "no text" in results["c"].message
    cut = Extractor(engine, ExtractionTask(SCHEMA), max_tokens=16).extract(CONTRACT)  # 64 characters
    assert cut.truncated and cut.data == {"number": "KY-2026-07", "parties": []}
    hopeless = Extractor(engine, ExtractionTask(SCHEMA), max_tokens=2).extract_many([("x", CONTRACT)])
    assert "did not fit in max_tokens=2" in next(hopeless)[1].message  # '{"number": "KY': nothing whole


def test_a_schema_that_is_not_json_schema_is_one_clear_error():
    with pytest.raises(Exception) as e:
        ExtractionTask({"type": "strng"})
    assert "unknown type 'strng'" in str(e.value)


@pytest.fixture
def cli_engine(settings, monkeypatch):
    engine = FakeChatEngine(n_ctx=4096, respond=contract_reader)
    monkeypatch.setattr(extract_cli, "Runtime", lambda s: Runtime(s, chat_engines={"fake-chat": engine}))
    return engine


def test_cli_extracts_shift_jis_files_and_resumes_an_interrupted_run(cli_engine, tmp_path):
    (tmp_path / "schema.json").write_text(json.dumps(SCHEMA))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_bytes(CONTRACT.encode("cp932"))
    (docs / "b.md").write_text("# 覚書\n\n契約番号：M-1\n\n株式会社ミナト\n", encoding="utf-8")
    (docs / "c.pdf").write_bytes(b"not a pdf")
    out = tmp_path / "out.jsonl"
    args = ["extract", str(tmp_path / "schema.json"), str(docs), "--model", "fake-chat", "--out", str(out), "-q"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 1 and "1 of 3 files failed" in first.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["file"].rsplit("/", 1)[-1] for r in rows] == ["a.txt", "b.md", "c.pdf"]
    text = CONTRACT
    span = rows[0]["evidence"]["number"]
    assert rows[0]["data"]["number"] == "KY-2026-07" and text[span["start"]:span["end"]] == "ＫＹ－２０２６－０７"
    assert "error" in rows[2] and rows[1]["data"]["parties"] == [{"name": "株式会社ミナト", "role": "buyer"}]
    calls = len(cli_engine.generations)
    again = CliRunner().invoke(main, args)
    assert "2 of 3 files have results" in again.stderr
    assert len(cli_engine.generations) == calls  # finished files are skipped; the unreadable one is tried again
    assert len(out.read_text().splitlines()) == 4


def test_cli_bad_schema_and_missing_files_are_one_line(cli_engine, tmp_path):
    (tmp_path / "bad.json").write_text("{not json")
    (tmp_path / "doc.txt").write_text("x")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "bad.json"), str(tmp_path / "doc.txt"), "--model", "fake-chat"])
    assert result.exit_code == 1 and result.stderr.startswith("error: schema") and len(result.stderr.splitlines()) == 1
    (tmp_path / "s.json").write_text(json.dumps(SCHEMA))
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "s.json"), str(tmp_path / "none.txt"), "--model", "fake-chat"])
    assert result.exit_code == 1 and "no such file" in result.stderr


@pytest.fixture
def client(settings):
    settings.server.extraction_model = "fake-chat"
    engine = FakeChatEngine(n_ctx=4096, respond=contract_reader)
    runtime = Runtime(settings, chat_engines={"fake-chat": engine}, embedders={"fake-embed": FakeEmbedder()})
    with TestClient(create_app(settings, runtime, preload=False)) as c:
        yield c


def test_http_extract_from_text_and_from_a_knowledge_base_document(client):
    r = client.post("/v1/extract", json={"schema": SCHEMA, "text": CONTRACT + "INVENT", "strict": True})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["object"] == "extraction" and body["model"] == "fake-chat"
    assert body["data"]["number"] == "KY-2026-07" and body["ungrounded"] == ["/parties/2/name"]
    assert [p["name"] for p in body["data"]["parties"]] == ["株式会社サクラ商事", "ミドリ工業株式会社"]
    corrected = {**body["data"], "number": "KY-2026-08"}
    said = client.post("/v1/feedback", json={"id": body["id"], "output": corrected}).json()
    assert said["kind"] == "extract" and said["input"] == CONTRACT + "INVENT" and said["corrected_output"] == corrected
    assert said["output"]["data"] == body["data"]
    assert client.post("/v1/kb/collections", json={"name": "legal", "embedding_model": "fake-embed"}).status_code == 201
    added = client.post("/v1/kb/collections/legal/documents",
                        files=[("files", ("contract.txt", CONTRACT.encode("cp932"), "text/plain"))])
    assert added.status_code in (200, 201), added.text
    doc_id = client.get("/v1/kb/collections/legal/documents").json()["data"][0]["id"]
    for extra in ({"collection": "legal"}, {}):
        r = client.post("/v1/extract", json={"schema": SCHEMA, "document_id": doc_id, **extra})
        assert r.status_code == 200 and r.json()["data"]["number"] == "KY-2026-07", r.text


@pytest.mark.parametrize("body, status, words", [
    ({"schema": SCHEMA}, 400, "either"),
    ({"schema": SCHEMA, "text": "x", "document_id": "doc_1"}, 400, "either"),
    ({"text": "x"}, 400, "schema"),
    ({"schema": {"type": "strng"}, "text": "x"}, 400, "unknown type"),
    ({"schema": SCHEMA, "document_id": "doc_0"}, 404, "no collection has"),
    ({"schema": SCHEMA, "text": "x", "model": "nope"}, 404, "nope"),
    ({"schema": SCHEMA, "text": "x", "examples": [{"text": "x", "output": {"number": 3}}]}, 400, "example 1"),
])
def test_http_bad_requests_get_4xx_error_bodies(client, body, status, words):
    r = client.post("/v1/extract", json=body)
    assert r.status_code == status, r.text
    assert words in r.json()["error"]["message"]


def test_console_extract_page_marks_where_each_value_is(settings, request, tmp_path):
    from browser import PageOnFailure, close_browser, launch_browser
    from helpers import ServerThread

    settings.server.extraction_model = "fake-chat"
    runtime = Runtime(settings, chat_engines={"fake-chat": FakeChatEngine(n_ctx=4096, respond=contract_reader)})
    pw, browser = launch_browser()
    try:
        with ServerThread(create_app(settings, runtime, preload=False)) as server:
            opened = PageOnFailure(browser, request, locale="ja-JP", viewport={"width": 1280, "height": 900})
            page = opened.page
            try:
                page.goto(server.url)
                page.wait_for_selector("body[data-ready='1']", state="attached")
                page.click("#tab-extract")
                assert page.inner_text("#tab-extract") == "抽出"
                page.fill("#ex-schema", json.dumps(SCHEMA))
                page.fill("#ex-text", CONTRACT + "追記 INVENT 株式会社ミナト <b>注</b>")
                page.check("#ex-strict")
                page.click("#ex-run")
                page.wait_for_selector("#ex-result:not([hidden])")
                shown = json.loads(page.inner_text("#ex-data"))
                names = [p["name"] for p in shown["parties"]]
                assert shown["number"] == "KY-2026-07" and names[-1] == "株式会社ミナト"  # the invented one dropped
                marks = page.eval_on_selector_all("#ex-text-view mark", "els => els.map(e => [e.dataset.path, e.textContent])")
                assert marks[0] == ["/number", "ＫＹ－２０２６－０７"] and ["/parties/1/name", "ミドリ 工業株式会社"] in marks
                assert page.inner_text("#ex-ungrounded") == "/parties/3/name"
                assert page.locator("#ex-text-view b").count() == 0  # the text stays text
                page.fill("#ex-schema", "{not json")
                page.click("#ex-run")
                assert "JSON" in page.inner_text("#ex-error")
            finally:
                opened.close()
            assert not opened.console_errors, opened.console_errors
    finally:
        close_browser(pw, browser)


def test_tune_extract_names_a_row_that_does_not_follow_the_schema(tmp_path):
    (tmp_path / "s.json").write_text(json.dumps(SCHEMA))
    rows = [{"text": CONTRACT, "output": {"number": "KY-2026-07", "parties": []}},
            {"text": "買主 株式会社サクラ", "output": {"number": None, "parties": [{"name": "株式会社サクラ", "role": "買主"}]}}]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["tune", "extract", "contracts", str(tmp_path / "d.jsonl"), "--schema",
                                       str(tmp_path / "s.json")])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("error: d.jsonl row 2: output does not match the schema at /parties/0/role")


def test_a_specialist_is_asked_the_way_it_learned_and_only_for_its_schema():
    from kogata.errors import InvalidRequest
    from kogata.tasks.extract import task_for_model
    from kogata.tasks.extract.task import SPECIALIST_SYSTEM

    manifest = {"name": "contracts", "task": {"kind": "extract", "schema": SCHEMA, "system": SPECIALIST_SYSTEM}}
    task = task_for_model(manifest, None)
    assert task.schema == SCHEMA and task.messages("本文")[0] == {"role": "system", "content": SPECIALIST_SYSTEM}
    assert task_for_model(manifest, json.loads(json.dumps(SCHEMA))).schema == SCHEMA  # the same schema, reordered or not
    with pytest.raises(InvalidRequest, match="trained for another schema"):
        task_for_model(manifest, {"type": "object"})
    general = task_for_model({"name": "some-lora"}, SCHEMA)  # an adapter of another kind: the general prompt
    assert '"number"' in general.messages("x")[0]["content"]


def test_cut_json_is_closed_after_its_last_whole_element():
    from kogata.engine.json_prefix import closed_prefixes, salvage

    cut = '{"entities": [{"text": "東京", "type": "地名"}, {"text": "大阪, 京都", "type": "地名"}, {"text": "名古'
    assert list(closed_prefixes(cut))[:2] == [
        '{"entities": [{"text": "東京", "type": "地名"}, {"text": "大阪, 京都", "type": "地名"}]}',  # the comma in a string is text
        '{"entities": [{"text": "東京", "type": "地名"}, {"text": "大阪, 京都"}]}']
    task = ExtractionTask({"type": "object", "properties": {"entities": {"type": "array", "items": {
        "type": "object", "properties": {"text": {"type": "string"}, "type": {"type": "string"}},
        "required": ["text", "type"]}}}, "required": ["entities"]})
    assert salvage('{"entities": [{"text": "a\\"b", "ty', task.is_valid) == '{"entities": []}'
    assert salvage('{"entit', task.is_valid) is None
