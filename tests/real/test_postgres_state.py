"""Shared state on a real PostgreSQL 15 (tests/postgres_fixture.py): API keys, rate limits and the audit
log as several replicas see them, `kogata db migrate | copy`, and the errors a user meets. Two apps
built by create_app (with fake engines) over one database stand in for two replicas."""

import json
import subprocess
import sys
import threading
import time

import psycopg
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from fakes import FakeChatEngine, FakeEmbedder
from helpers import free_port, run_kogata
from kogata.cli import main
from kogata.config import Settings
from kogata.route.audit import AuditLog, PostgresAuditLog
from kogata.runtime import Runtime
from kogata.server.app import create_app
from kogata.server.auth import KeyCache
from kogata.server.errors import RateLimited
from kogata.server.ratelimit import SharedRateLimiter
from kogata.store.db import DatabaseError
from kogata.store.keys import POSTGRES_MIGRATIONS, KeyStore, PostgresKeyStore
from kogata.store.postgres import Database
from postgres_fixture import PASSWORD

CHAT = {"model": "fake-chat", "messages": [{"role": "user", "content": "one two three"}]}


@pytest.fixture
def shared(postgres_url, monkeypatch):
    """KOGATA_DATABASE_URL set for the CLI and for Settings()."""
    monkeypatch.setenv("KOGATA_DATABASE_URL", postgres_url)
    return postgres_url


def cli(*args: str):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def replica() -> TestClient:
    settings = Settings()
    settings.server.model = "fake-chat"
    settings.server.allowed_hosts = ["testserver"]
    runtime = Runtime(settings, chat_engines={"fake-chat": FakeChatEngine()}, embedders={"fake-embed": FakeEmbedder()})
    return TestClient(create_app(settings, runtime, preload=False))


def chat(client: TestClient, secret: str):
    return client.post("/v1/chat/completions", json=CHAT, headers={"Authorization": f"Bearer {secret}"})


def test_keys_through_the_cli_live_in_postgresql(shared, kogata_home):
    code, secret, _ = cli("keys", "create", "alice", "--rpm", "5", "--scope", "audit")
    assert code == 0 and secret.startswith("kg-")
    assert cli("keys", "create", "bob")[0] == 0
    code, _, err = cli("keys", "create", "alice")
    assert code == 1 and err.strip() == "error: a key named 'alice' already exists; revoke it first or pick another name"
    code, out, _ = cli("keys", "revoke", "bob")
    assert code == 0 and "revoked API key 'bob'" in out
    code, out, _ = cli("keys", "list")
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["NAME", "KEY"] and "alice" in lines[1] and "active" in lines[1] and "audit" in lines[1]
    assert "bob" in lines[2] and "revoked" in lines[2]
    assert cli("keys", "revoke", "bob")[0] == 1
    assert not (kogata_home / "keys.db").exists()
    [active] = PostgresKeyStore(shared).active()
    assert active.name == "alice" and active.rpm == 5 and active.scopes == {"audit"}


def test_a_revoke_reaches_every_replica_within_a_second(shared):
    _, secret, _ = cli("keys", "create", "alice")
    secret = secret.strip()
    cli("keys", "create", "ops")  # with no key left active, the routes would be open to anyone
    with replica() as one, replica() as two:
        assert chat(one, secret).status_code == 200 and chat(two, secret).status_code == 200
        assert chat(one, "kg-wrong").status_code == 401
        assert cli("keys", "revoke", "alice")[0] == 0
        revoked_at = time.monotonic()
        refused = set()
        while len(refused) < 2 and time.monotonic() - revoked_at < 3:
            for name, client in (("one", one), ("two", two)):
                if name not in refused and chat(client, secret).status_code == 401:
                    refused.add(name)
            time.sleep(0.02)
        elapsed = time.monotonic() - revoked_at
    print(f"revoke seen by both replicas in {elapsed:.2f} s")
    assert refused == {"one", "two"} and elapsed < 1.0, (refused, elapsed)


def test_requests_per_minute_hold_across_replicas(shared):
    _, secret, _ = cli("keys", "create", "team", "--rpm", "3")
    secret = secret.strip()
    with replica() as one, replica() as two:
        answers = [chat(client, secret) for client in (one, two, one, two, one)]
    assert [r.status_code for r in answers] == [200, 200, 200, 429, 429]
    error = answers[3].json()["error"]
    assert error["code"] == "rate_limit_exceeded" and "3 requests per minute" in error["message"]
    assert 55 <= int(answers[3].headers["Retry-After"]) <= 60


def test_tokens_per_minute_hold_across_limiters(shared):
    key, _ = PostgresKeyStore(shared).create("tokens", tpm=100)
    one, two = SharedRateLimiter(shared), SharedRateLimiter(shared)
    one.admit(key)
    one.charge(key, 80)
    two.admit(key)
    two.charge(key, 40)
    with pytest.raises(RateLimited) as refused:
        one.admit(key)
    assert refused.value.type == "tokens" and "used 120" in refused.value.message
    assert 55 <= refused.value.retry_after <= 60  # the 80-token charge leaves the window first, and enough


def test_old_rate_rows_are_pruned(shared):
    store = PostgresKeyStore(shared)
    busy, _ = store.create("busy", rpm=100)
    gone, _ = store.create("gone", rpm=100, tpm=100)
    with psycopg.connect(shared, autocommit=True) as conn:
        limiter = SharedRateLimiter(shared)
        limiter.admit(gone)
        limiter.charge(gone, 5)
        old = "extract(epoch FROM clock_timestamp()) - 61"
        conn.execute(f"UPDATE rate_requests SET at = {old}")
        conn.execute(f"UPDATE rate_tokens SET at = {old}")
        limiter.admit(busy)  # prunes its own key's rows only...
        assert conn.execute("SELECT count(*) FROM rate_requests").fetchone()[0] == 2
        limiter._pruned_at -= 61  # ...and, once a minute, every key's
        limiter.admit(busy)
        assert conn.execute("SELECT key_hash FROM rate_requests").fetchall() == [(busy.hash,), (busy.hash,)]
        assert conn.execute("SELECT count(*) FROM rate_tokens").fetchone()[0] == 0


def test_database_outage_keeps_keys_and_counts_locally(shared):
    store = PostgresKeyStore(shared)
    key, _ = store.create("alice", rpm=1)
    cache = KeyCache(store)
    assert [k.name for k in cache.active()] == ["alice"]
    away = f"postgresql://kogata:{PASSWORD}@127.0.0.1:{free_port()}/gone"
    store.db = Database(away)
    cache.refresh()
    assert [k.name for k in cache.active()] == ["alice"]  # the last keys read stay in force
    cache.close()
    limiter = SharedRateLimiter(away)
    limiter.admit(key)
    with pytest.raises(RateLimited):  # this replica's own count, while the database is away
        limiter.admit(key)


def test_audit_entries_from_two_processes_and_no_changes(shared):
    PostgresAuditLog(shared).record(reason="low_confidence", endpoint="http://up/v1", sent="<PERSON_1>様の件",
                                    redacted={"PERSON": 1}, prompt_tokens=5, completion_tokens=7)
    other = ("from kogata.route.audit import PostgresAuditLog; import sys; "
             "PostgresAuditLog(sys.argv[1]).record(reason='pattern', endpoint='http://up/v1', sent='from replica two')")
    done = subprocess.run([sys.executable, "-c", other, shared], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    entries = PostgresAuditLog(shared).query()
    assert [e.sent for e in entries] == ["<PERSON_1>様の件", "from replica two"]
    assert entries[0].redacted == {"PERSON": 1} and entries[0].completion_tokens == 7
    code, out, _ = cli("audit", "--json")
    assert code == 0 and [json.loads(line)["reason"] for line in out.splitlines()] == ["low_confidence", "pattern"]
    with psycopg.connect(shared, autocommit=True) as conn:
        for statement in ("UPDATE audit_log SET sent = 'nothing'", "DELETE FROM audit_log", "TRUNCATE audit_log"):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                conn.execute(statement)
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 2


def test_migrate_is_idempotent_and_a_newer_schema_is_refused(shared):
    code, out, _ = cli("db", "migrate")
    assert code == 0
    first = json.loads(out)
    assert first["versions"] == {"keys": 1, "audit": 1, "rate_limits": 1, "kb": 1, "registry": 1} and PASSWORD not in out
    assert json.loads(cli("db", "migrate")[1]) == first
    with psycopg.connect(shared, autocommit=True) as conn:
        conn.execute("UPDATE kogata_schema SET version = 99 WHERE component = 'keys'")
    code, _, err = cli("db", "migrate")
    assert code == 1 and err.count("\n") == 1
    assert "has schema version 99 for keys, but this kogata knows only up to 1; upgrade kogata" in err
    with pytest.raises(DatabaseError, match="upgrade kogata"):  # a replica starting on it
        Database(shared).migrate("keys", POSTGRES_MIGRATIONS)


def test_replicas_starting_together_migrate_once(postgres_url):
    versions, errors = [], []

    def start():
        try:
            versions.append(Database(postgres_url).migrate("keys", POSTGRES_MIGRATIONS))
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and versions == [1, 1, 1, 1]


def test_unreachable_or_refused_database_is_one_clear_line(postgres_server, kogata_home, monkeypatch):
    port = free_port()
    for url, reason in ((f"postgresql://kogata:{PASSWORD}@127.0.0.1:{port}/kogata", "Connection refused"),
                        (postgres_server.url(password="wrong-password"), "password authentication failed")):
        monkeypatch.setenv("KOGATA_DATABASE_URL", url)
        started = time.monotonic()
        done = run_kogata(kogata_home, "keys", "list", timeout=60)
        assert done.returncode == 1 and time.monotonic() - started < 10
        assert done.stderr.startswith("error: cannot reach PostgreSQL at 127.0.0.1:") and reason in done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert PASSWORD not in done.stderr and "wrong-password" not in done.stderr


def test_db_commands_need_a_postgresql_url(kogata_home):
    code, _, err = cli("db", "migrate")
    assert code == 1 and "no database to use" in err and err.count("\n") == 1
    code, _, err = cli("db", "copy", "--to", "mysql://x/y")
    assert code == 1 and "not a PostgreSQL URL" in err


def test_copy_from_sqlite(kogata_home, postgres_server, monkeypatch):
    sqlite_keys = KeyStore(kogata_home / "keys.db")
    _, alice_secret = sqlite_keys.create("alice", rpm=10, scopes=["audit"])
    sqlite_keys.create("bob", tpm=1000)
    sqlite_keys.revoke("bob")
    sqlite_audit = AuditLog(kogata_home / "audit.db")
    sqlite_audit.record(reason="low_confidence", endpoint="https://api.example/v1", model="big",
                        sent="<PERSON_1>様、ご注文の件でご連絡いたします。", redacted={"PERSON": 1}, prompt_tokens=12,
                        completion_tokens=30, at=1_760_000_000.123456)
    sqlite_audit.record(reason="pattern", endpoint="https://api.example/v1", sent="plain English", outcome="timeout")
    target = postgres_server.new_database()

    code, out, err = cli("db", "copy", "--from", "sqlite", "--to", target)
    assert code == 0, err
    report = json.loads(out)
    assert report["copied"] is True and PASSWORD not in out
    assert {name: sides["source"]["rows"] for name, sides in report["tables"].items()} == {"api_keys": 2, "audit_log": 2}
    for sides in report["tables"].values():
        assert sides["source"] == sides["target"]

    monkeypatch.setenv("KOGATA_DATABASE_URL", target)
    assert [e.sent for e in PostgresAuditLog(target).query()][0] == "<PERSON_1>様、ご注文の件でご連絡いたします。"
    with replica() as server:  # the copied key opens the door, from PostgreSQL
        assert chat(server, alice_secret).status_code == 200
    PostgresKeyStore(target).create("carol")  # new ids follow the copied ones
    assert [k.name for k in PostgresKeyStore(target).list()] == ["alice", "bob", "carol"]

    other = postgres_server.new_database()
    PostgresAuditLog(other).record(reason="elsewhere", endpoint="http://up", sent="x")
    code, _, err = cli("db", "copy", "--to", other)
    assert code == 1 and "already holds rows that differ" in err and "audit_log: 1" in err and err.count("\n") == 1

    again = postgres_server.new_database()
    assert cli("db", "copy", "--to", again)[0] == 0
    code, out, _ = cli("db", "copy", "--to", again)  # the same rows already there: nothing to do
    assert code == 0 and json.loads(out)["copied"] is False and json.loads(out)["tables"] == report["tables"]
