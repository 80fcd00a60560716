"""The audit log of upstream calls: append-only SQLite, `kogata audit` and `GET /v1/audit`."""

import json
import sqlite3
import time
from datetime import datetime

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from fakes import FakeChatEngine
from kogata.cli import main
from kogata.errors import InvalidRequest
from kogata.route.audit import AuditLog, parse_since
from kogata.runtime import Runtime
from kogata.server.app import create_app

NOW = 1_800_000_000.0


@pytest.fixture
def log(settings):
    return AuditLog(settings.audit_path)


def add(log, at, reason="low confidence", outcome="ok", sent="<PERSON_1>様への返信を書いて"):
    return log.record(reason=reason, endpoint="https://llm.example/v1", model="big", sent=sent,
                      redacted={"PERSON": 1}, prompt_tokens=12, completion_tokens=30, outcome=outcome, at=at)


def test_missing_file_means_no_entries_and_is_not_created(log):
    assert log.query() == [] and not log.path.exists()


def test_record_and_query(log):
    entry = add(log, NOW)
    assert entry.id == 1
    [stored] = log.query()
    assert stored == entry
    assert (stored.sent, stored.redacted, stored.prompt_tokens, stored.outcome) == (
        "<PERSON_1>様への返信を書いて", {"PERSON": 1}, 12, "ok")


def test_concurrent_writers_in_one_process_all_land(log):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: log.record(reason="distill_classify", endpoint="https://x/v1", sent=f"問い合わせ {i}"),
                      range(80)))
    assert sorted(e.sent for e in log.query(limit=1000)) == sorted(f"問い合わせ {i}" for i in range(80))


def test_query_since_and_limit_keep_the_latest_oldest_first(log):
    for i in range(5):
        add(log, NOW + i, reason=f"r{i}")
    assert [e.reason for e in log.query(since=NOW + 2)] == ["r2", "r3", "r4"]
    assert [e.reason for e in log.query(limit=2)] == ["r3", "r4"]
    with pytest.raises(InvalidRequest, match="limit must be between 1 and 1000"):
        log.query(limit=0)


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET sent = 'x'", "DELETE FROM audit_log"])
def test_append_only(log, statement):
    add(log, NOW)
    conn = sqlite3.connect(log.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute(statement)
    conn.close()
    assert [e.sent for e in log.query()] == ["<PERSON_1>様への返信を書いて"]


def test_parse_since():
    assert parse_since("90m", now=NOW) == NOW - 5400
    assert parse_since("1800000000.5") == 1800000000.5
    assert parse_since("7d", now=NOW) == NOW - 7 * 86400
    assert parse_since("2026-11-30T09:00:00+09:00") == datetime.fromisoformat("2026-11-30T00:00:00+00:00").timestamp()
    assert parse_since("2026-11-30") == datetime(2026, 11, 30).timestamp()
    with pytest.raises(InvalidRequest, match="invalid since 'yesterday'"):
        parse_since("yesterday")


def test_audit_command(log):
    add(log, time.time() - 7200, reason="old")
    add(log, time.time() - 60, reason="escalated", outcome="error: HTTP 502")
    out = CliRunner().invoke(main, ["audit", "--since", "1h"])
    assert out.exit_code == 0
    header, row = out.stdout.strip().splitlines()
    assert header.split() == ["TIME", "REASON", "ENDPOINT", "MODEL", "TOKENS", "OUTCOME", "SENT"]
    assert "escalated" in row and "12+30" in row and "error: HTTP 502" in row and "<PERSON_1>様" in row
    lines = CliRunner().invoke(main, ["audit", "--json"]).stdout.strip().splitlines()
    assert [json.loads(line)["reason"] for line in lines] == ["old", "escalated"]


def test_audit_command_bad_since_is_one_line():
    out = CliRunner().invoke(main, ["audit", "--since", "soon"])
    assert out.exit_code == 1 and out.stdout == ""
    assert out.stderr.startswith("error: invalid since 'soon'") and len(out.stderr.strip().splitlines()) == 1


def test_audit_command_with_nothing_recorded():
    out = CliRunner().invoke(main, ["audit"])
    assert out.exit_code == 0 and out.stdout == "no upstream calls recorded\n"


@pytest.fixture
def client(settings):
    runtime = Runtime(settings, chat_engines={"fake-chat": FakeChatEngine()}, embedders={})
    with TestClient(create_app(settings, runtime, preload=False)) as c:
        yield c


def test_audit_route(client, log):
    add(log, NOW, reason="first")
    add(log, NOW + 10, reason="second")
    body = client.get("/v1/audit", params={"limit": 1}).json()
    assert body["object"] == "list" and [e["reason"] for e in body["data"]] == ["second"]
    assert body["data"][0]["sent"] == "<PERSON_1>様への返信を書いて" and body["data"][0]["time_iso"].endswith("+00:00")
    assert [e["reason"] for e in client.get("/v1/audit", params={"since": str(NOW + 5)}).json()["data"]] == ["second"]


@pytest.mark.parametrize("params, param", [({"since": "later"}, "since"), ({"limit": 0}, "limit")])
def test_audit_route_refuses_bad_parameters(client, params, param):
    r = client.get("/v1/audit", params=params)
    assert r.status_code == 400
    assert r.json()["error"]["param"] in (param, f"query.{param}")
