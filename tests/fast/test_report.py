"""Reports over a classifier trained on fake embeddings with Japanese labels: reading inputs (Shift_JIS,
JSONL, Japanese dates), the numbers, charts whose Japanese glyphs exist, the CLI, HTTP, and the
console's Reports page in headless Chromium."""

import csv
import os
import random
import re
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from browser import PageOnFailure, browser  # noqa: F401  (a shared fixture; ruff reads its use as F811)
from fakes import FakeEmbedder
from helpers import ServerThread
from kogata.cli import main
from kogata.cli import report as report_cli
from kogata.errors import DataError
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.tasks.classifier import ClassifierStore, EmbeddingModel, TrainOptions, load_dataset, train_classifier
from kogata.tasks.report import html, pdf, read_items, summarize
from kogata.tasks.report.summary import parse_day

TOPICS = {"配送": ["荷物が届かない", "配送状況を知りたい", "発送はいつですか", "お届け日を変更したい"],
          "返金": ["返金してほしい", "代金を返してください", "返品と返金の手続き", "二重に請求された"],
          "パスワード": ["パスワードを忘れた", "ログインできない", "パスワードを再設定したい", "アカウントがロックされた"]}
SCREENSHOTS = os.environ.get("KOGATA_SCREENSHOTS") == "1"
DOCS = Path(__file__).resolve().parents[2] / "docs"


def inquiries(n: int, seed: int = 0) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        label = rng.choice(list(TOPICS))
        day = f"2026-{rng.randint(9, 11):02d}-{rng.randint(1, 28):02d}"
        if i % 4 == 0:
            y, m, d = day.split("-")
            day = f"{y}年{int(m)}月{int(d)}日"
        rows.append((day, f"{rng.choice(TOPICS[label])}。注文番号 {rng.randint(1000, 9999)}"))
    return rows


@pytest.fixture
def classifier(settings, tmp_path):
    train = tmp_path / "train.csv"
    with open(train, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["text", "label"])
        for label, phrases in TOPICS.items():
            for i in range(16):
                writer.writerow([f"{phrases[i % 4]} #{i}", label])
    store = ClassifierStore.in_home(settings.home_dir)
    train_classifier(load_dataset(train), "support-ja", EmbeddingModel("minilm-l6", "", FakeEmbedder("minilm-l6")),
                     store, options=TrainOptions(eval_split=0.25))
    return Runtime(settings, embedders={"minilm-l6": FakeEmbedder("minilm-l6")})


def write_input(path: Path, rows, encoding="cp932") -> Path:
    with open(path, "w", newline="", encoding=encoding) as f:
        writer = csv.writer(f)
        writer.writerow(["受付日", "本文"])
        writer.writerows(rows)
        writer.writerow(["不明", "パスワードを忘れた"])  # an unreadable date: counted, not charted
    return path


def test_dates_in_the_forms_offices_write():
    assert [str(parse_day(v)) for v in ("2026-03-01", "2026/03/01", "2026年3月1日", "2026-03-01T10:00:00Z")] == \
        ["2026-03-01"] * 4
    assert parse_day("不明") is None and parse_day("2026年2月30日") is None


def test_bad_inputs_are_one_clear_error():
    with pytest.raises(DataError, match="is empty"):
        read_items(b"", "x.csv")
    with pytest.raises(DataError, match="no column 'text'; columns found: '受付日', '本文'"):
        read_items("受付日,本文\n2026-01-01,こんにちは\n".encode("cp932"), "x.csv")
    with pytest.raises(DataError, match="line 2: not valid JSON"):
        read_items(b'{"text": "a"}\n{nope\n', "x.jsonl")
    with pytest.raises(DataError, match="no texts"):
        read_items(b"text\n\n", "x.csv")


def test_the_numbers_equal_the_classifier_and_japanese_glyphs_exist(classifier, tmp_path):
    rows = inquiries(60)
    items = read_items(write_input(tmp_path / "in.csv", rows).read_bytes(), "in.csv", text_column="本文",
                       date_column="受付日")
    model = classifier.classifier("support-ja")
    summary = summarize(items, model.classify, title="10月の問い合わせ", classifier="support-ja", batch=7)
    predictions = model.classify([i.text for i in items])
    in_scope = [p.label for p in predictions if not p.out_of_scope]
    assert dict(summary.counts) == {label: in_scope.count(label) for label in set(in_scope)}
    assert summary.out_of_scope == sum(p.out_of_scope for p in predictions) and summary.undated == 1
    assert sum(sum(v) for v in summary.weekly.values()) == 60
    assert summary.weeks[0].weekday() == 0 and len(summary.weeks) >= 8
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        page = html(summary)
    assert not [w for w in caught if "missing from" in str(w.message)], [str(w.message) for w in caught]
    assert page.count("<svg") == 2 and "10月の問い合わせ" in page
    assert not re.search(r"<script|<link|@import|(src|href)=[\"']?(https?:|//)|url\((?!#|data:)", page)  # nothing fetched
    assert pdf(summary).startswith(b"%PDF")


def test_cli_writes_html_and_pdf(classifier, tmp_path, monkeypatch):
    monkeypatch.setattr(report_cli, "Runtime", lambda s: Runtime(s, embedders={"minilm-l6": FakeEmbedder("minilm-l6")}))
    data = write_input(tmp_path / "in.csv", inquiries(30))
    result = CliRunner().invoke(main, ["report", str(data), "--classifier", "support-ja", "--text-column", "本文",
                                       "--date-column", "受付日", "-q"])
    assert result.exit_code == 0, result.output
    assert "31 items" in result.stdout and (tmp_path / "in.html").read_text().startswith("<!doctype html>")
    result = CliRunner().invoke(main, ["report", str(data), "--classifier", "support-ja", "--text-column", "本文",
                                       "--pdf", "-q", "--out", str(tmp_path / "r.pdf")])
    assert result.exit_code == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    bad = CliRunner().invoke(main, ["report", str(data), "--classifier", "support-ja", "-q"])
    assert bad.exit_code == 1 and "no column 'text'" in bad.stderr and len(bad.stderr.splitlines()) == 1


@pytest.fixture
def server(settings, classifier):
    with ServerThread(create_app(settings, classifier, preload=False)) as s:
        yield s.url


def test_http_report_and_its_errors(server, tmp_path):
    import httpx

    data = write_input(tmp_path / "in.csv", inquiries(20)).read_bytes()
    form = {"classifier": "support-ja", "text_column": "本文", "date_column": "受付日"}
    r = httpx.post(f"{server}/v1/reports", files={"file": ("問い合わせ.csv", data)}, data=form)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html"), r.text
    assert 'id="total">21<' in r.text
    r = httpx.post(f"{server}/v1/reports", files={"file": ("in.csv", data)}, data={**form, "format": "pdf"})
    assert r.content.startswith(b"%PDF")
    for extra, status, words in (({"text_column": "text"}, 400, "no column 'text'"),
                                 ({"classifier": "nope"}, 404, "nope"), ({"format": "png"}, 400, "format")):
        r = httpx.post(f"{server}/v1/reports", files={"file": ("in.csv", data)}, data={**form, **extra})
        assert r.status_code == status and words in r.json()["error"]["message"], r.text
    r = httpx.post(f"{server}/v1/reports", files={"file": ("in.csv", b"")}, data=form)
    assert r.status_code == 400 and "empty" in r.json()["error"]["message"]


def test_console_reports_page(server, browser, request, tmp_path, classifier):  # noqa: F811
    data = write_input(tmp_path / "問い合わせ.csv", inquiries(80))
    opened = PageOnFailure(browser, request, locale="ja-JP", viewport={"width": 1280, "height": 1000})
    page = opened.page
    try:
        page.goto(server)
        page.wait_for_selector("body[data-ready='1']", state="attached")
        page.click("#tab-reports")
        assert page.inner_text("#tab-reports") == "レポート"
        page.set_input_files("#report-file", str(data))
        page.select_option("#report-classifier", "support-ja")
        page.fill("#report-text-column", "本文")
        page.fill("#report-date-column", "受付日")
        page.click("#report-make")
        page.wait_for_selector("#report-result:not([hidden])")
        frame = page.frame_locator("#report-frame")
        frame.locator("#labels").wait_for()
        shown = {row.get_attribute("data-label"): int(row.get_attribute("data-count"))
                 for row in frame.locator("#labels tbody tr").all()}
        items = read_items(data.read_bytes(), data.name, text_column="本文")
        predictions = classifier.classifier("support-ja").classify([i.text for i in items])
        expected = {}
        for p in predictions:
            key = "out of scope" if p.out_of_scope else p.label
            expected[key] = expected.get(key, 0) + 1
        assert {k: v for k, v in shown.items() if v} == expected
        for chart in ("#chart-labels svg", "#chart-trend svg"):
            box = frame.locator(chart).bounding_box()
            assert box and box["width"] > 300 and box["height"] > 100, chart
            assert frame.locator(f"{chart} use").count() > 50  # glyph outlines were drawn
        if SCREENSHOTS:
            page.screenshot(path=str(DOCS / "console-reports.png"), full_page=False)
        with page.expect_download() as download:
            page.click("#report-pdf")
        assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    finally:
        opened.close()
    assert not opened.console_errors, opened.console_errors
