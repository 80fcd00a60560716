"""`kogata batch`: a specialist's work over every row of a table, with a journal that lets an
interrupted or partly failed job be run again for the rows not done; Japanese text in Shift_JIS CSV
and JSON lines."""

import csv
import json

import pytest
from fakes import FakeEmbedder
from test_classify import examples, write_csv
from test_classify_cli_server import kogata

from kogata.batch.job import in_process, run_batch
from kogata.batch.tables import read_table
from kogata.batch import works as batch_works
from kogata.cli import batch as batch_cli
from kogata.cli import classify as classify_cli
from kogata.config import Settings
from kogata.errors import InvalidRequest
from kogata.runtime import Runtime

INQUIRIES = ["荷物がまだ届きません", "パスワードを忘れました", "返金してほしい", "請求書を再発行して"]


@pytest.fixture
def runtime_of_cli(monkeypatch):
    def runtime(settings):
        return Runtime(settings, embedders={"minilm-l6": FakeEmbedder("minilm-l6"), "e5-small": FakeEmbedder("e5-small")})
    for module in (batch_works, classify_cli):
        monkeypatch.setattr(module, "Runtime", runtime)
    for module in (batch_cli, classify_cli):
        monkeypatch.setattr(module, "ensure_installed", lambda store, name: None)


def test_a_folder_of_tables_is_classified_row_by_row(tmp_path, runtime_of_cli, kogata_home):
    assert kogata("tune", "classify", write_csv(tmp_path / "data.csv", examples()), "--name", "support", "-q").exit_code == 0
    folder = tmp_path / "inquiries"
    folder.mkdir()
    (folder / "a.csv").write_bytes("id,text\n1,荷物がまだ届きません\n2,パスワードを忘れました\n".encode("shift_jis"))
    (folder / "b.jsonl").write_text("".join(json.dumps({"text": t, "n": i}, ensure_ascii=False) + "\n"
                                            for i, t in enumerate(INQUIRIES[2:])), encoding="utf-8")
    result = kogata("batch", "classify", folder, tmp_path / "out.csv", "--classifier", "support", "-q")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"rows": 4, "done_before": 0, "done": 4, "failed": 0}
    with (tmp_path / "out.csv").open(encoding="utf-8") as f:
        out = list(csv.DictReader(f))
    assert [(r["row_id"], r["text"]) for r in out] == [("a.csv#1", INQUIRIES[0]), ("a.csv#2", INQUIRIES[1]),
                                                      ("b.jsonl#1", INQUIRIES[2]), ("b.jsonl#2", INQUIRIES[3])]
    direct = Runtime(Settings(), embedders={"minilm-l6": FakeEmbedder("minilm-l6")}).classifier("support").classify(INQUIRIES)
    assert [(r["label"], float(r["confidence"])) for r in out] == [(p.label, round(p.confidence, 4)) for p in direct]
    assert out[0]["id"] == "1" and out[2]["n"] == "0" and not any(r.get("error") for r in out)

    again = kogata("batch", "classify", folder, tmp_path / "out.csv", "--classifier", "support", "-q")
    assert json.loads(again.stdout) == {"rows": 4, "done_before": 4, "done": 0, "failed": 0}
    missing = kogata("batch", "classify", tmp_path / "nothing", tmp_path / "o.csv", "--classifier", "support")
    assert missing.exit_code == 1 and missing.stderr.startswith("error: no table (csv, tsv, jsonl, parquet) at")


def test_failed_rows_fail_alone_and_are_retried_by_the_next_run(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in [*INQUIRIES, "BAD 壊れた行"]),
                      encoding="utf-8")
    asked: list[str] = []

    def flaky(texts):
        asked.extend(texts)
        if any("BAD" in t for t in texts):
            raise InvalidRequest("cannot read this one")
        return [{"length": len(t)} for t in texts]

    first = run_batch(in_process(flaky), str(source), tmp_path / "out.jsonl", batch_size=5)
    assert first.to_dict() == {"rows": 5, "done_before": 0, "done": 4, "failed": 1}
    assert len(asked) == 5 + 5  # the batch failed as a whole, then each row alone
    out = read_table(tmp_path / "out.jsonl")
    assert [r.get("length") for r in out] == [*map(len, INQUIRIES), None] and out[4]["error"] == "cannot read this one"
    assert not list(tmp_path.glob(".*journal*"))

    second = run_batch(in_process(lambda texts: [{"length": -1} for _ in texts]), str(source), tmp_path / "out.jsonl")
    assert second.to_dict() == {"rows": 5, "done_before": 4, "done": 1, "failed": 0}
    out = read_table(tmp_path / "out.jsonl")
    assert [r["length"] for r in out] == [*map(len, INQUIRIES), -1] and "error" not in out[4]


def test_an_interrupted_job_does_only_the_rest_when_run_again(tmp_path):
    source = tmp_path / "in.csv"
    write_csv(source, [(t, "x") for t in INQUIRIES * 3])
    seen: list[str] = []

    def interrupted(texts):
        if seen:
            raise KeyboardInterrupt
        seen.extend(texts)
        return [{"upper": t.upper()} for t in texts]

    with pytest.raises(KeyboardInterrupt):
        run_batch(in_process(interrupted), str(source), tmp_path / "out.csv", batch_size=5)
    assert not (tmp_path / "out.csv").exists() and len(seen) == 5  # only the journal holds the first batch
    rest: list[str] = []
    summary = run_batch(in_process(lambda texts: rest.extend(texts) or [{"upper": t} for t in texts]), str(source), tmp_path / "out.csv")
    assert summary.to_dict() == {"rows": 12, "done_before": 5, "done": 7, "failed": 0} and len(rest) == 7
    with (tmp_path / "out.csv").open(encoding="utf-8") as f:
        assert [r["row_id"] for r in csv.DictReader(f)] == [f"in.csv#{n}" for n in range(1, 13)]


def test_parquet_without_pyarrow_is_one_clear_error(tmp_path):
    try:  # pyarrow is not a dependency: its absence must read as one line
        import pyarrow  # noqa: F401
    except ImportError:
        (tmp_path / "in.jsonl").write_text('{"text": "一行"}\n', encoding="utf-8")
        with pytest.raises(Exception, match="Parquet needs pyarrow"):
            run_batch(in_process(lambda texts: [{} for _ in texts]), str(tmp_path / "in.jsonl"), tmp_path / "out.parquet")
    else:
        (tmp_path / "in.jsonl").write_text('{"text": "一行"}\n', encoding="utf-8")
        run_batch(in_process(lambda texts: [{"n": 1} for _ in texts]), str(tmp_path / "in.jsonl"), tmp_path / "out.parquet")
        assert read_table(tmp_path / "out.parquet") == [{"row_id": "in.jsonl#1", "text": "一行", "n": 1}]


def test_input_columns_stay_and_an_edited_row_is_done_again(tmp_path):
    source = tmp_path / "labelled.csv"
    write_csv(source, [("返金してほしい", "refund"), ("パスワードを忘れました", "password")])
    run_batch(in_process(lambda texts: [{"label": "refund"} for _ in texts]), str(source), tmp_path / "out.jsonl")
    out = read_table(tmp_path / "out.jsonl")
    assert [(r["label"], r["label_predicted"]) for r in out] == [("refund", "refund"), ("password", "refund")]

    write_csv(source, [("返金してほしい", "refund"), ("ログインできません", "password")])
    asked: list[str] = []
    summary = run_batch(in_process(lambda texts: asked.extend(texts) or [{"label": "password"} for _ in texts]), str(source),
                        tmp_path / "out.jsonl")
    assert asked == ["ログインできません"] and summary.done_before == 1
    assert [r["label_predicted"] for r in read_table(tmp_path / "out.jsonl")] == ["refund", "password"]
