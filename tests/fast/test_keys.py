"""API keys: the SQLite store under KOGATA_HOME and `kogata keys create | list | revoke`."""

import sqlite3

import pytest
from click.testing import CliRunner

from kogata.cli import main
from kogata.store import db
from kogata.store.keys import MIGRATIONS, KeyStore, KeyStoreError, hash_key, match_key


@pytest.fixture
def store(settings):
    return KeyStore(settings.keys_path)


def kogata(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_missing_file_means_no_keys_and_is_not_created(store):
    assert store.active() == [] and store.list() == []
    assert not store.path.exists()


def test_create_stores_only_a_hash(store):
    key, secret = store.create("ci", rpm=10, tpm=1000)
    assert secret.startswith("kg-") and len(secret) > 40
    assert key.hash == hash_key(secret) and key.prefix == secret[:10]
    raw = store.path.read_bytes() + b"".join(p.read_bytes() for p in store.path.parent.glob("keys.db-*"))
    assert secret.encode() not in raw
    [stored] = store.active()
    assert (stored.name, stored.rpm, stored.tpm, stored.active) == ("ci", 10, 1000, True)
    assert match_key(store.active(), secret).name == "ci"
    assert match_key(store.active(), secret + "x") is None


def test_names_are_unique_among_active_keys(store):
    store.create("ci")
    with pytest.raises(KeyStoreError, match="already exists"):
        store.create("ci")
    store.revoke("ci")
    store.create("ci")  # a revoked name can be reused
    assert [k.active for k in store.list()] == [False, True]


@pytest.mark.parametrize("name", ["", "has space", "-dash", "x" * 65, "é"])
def test_bad_names_are_refused(store, name):
    with pytest.raises(KeyStoreError, match="invalid key name"):
        store.create(name)


def test_limits_must_be_positive_and_fit_every_store(store):
    with pytest.raises(KeyStoreError, match="--rpm must be at least 1"):
        store.create("a", rpm=0)
    with pytest.raises(KeyStoreError, match="--tpm must be at most 2,147,483,647"):  # PostgreSQL's integer
        store.create("a", tpm=3_000_000_000)
    assert store.list() == []


def test_revoke_unknown_is_an_error(store):
    with pytest.raises(KeyStoreError, match="no active key named 'nope'"):
        store.revoke("nope")


def test_schema_is_versioned_and_wal(store):
    store.create("a")
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrations_run_once_in_order_and_refuse_a_newer_file(tmp_path):
    path = tmp_path / "x.db"
    steps = ["CREATE TABLE a (x INTEGER);", "ALTER TABLE a ADD COLUMN y TEXT;\nCREATE INDEX a_y ON a(y);"]
    with db.connect(path, steps[:1]) as conn:
        conn.execute("INSERT INTO a (x) VALUES (1)")
    with db.connect(path, steps) as conn:
        assert [tuple(r) for r in conn.execute("SELECT x, y FROM a")] == [(1, None)]
    with db.connect(path, steps) as conn:  # already at version 2: nothing runs again
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    with pytest.raises(db.DatabaseError, match="upgrade kogata"):
        with db.connect(path, steps[:1]):
            pass


def test_failed_migration_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "x.db"
    with db.connect(path, ["CREATE TABLE a (x INTEGER);"]):
        pass
    with pytest.raises(db.DatabaseError):
        with db.connect(path, ["CREATE TABLE a (x INTEGER);", "CREATE TABLE b (x);\nNOT SQL;"]):
            pass
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'b'").fetchone() is None


def test_cli_create_prints_the_key_alone_on_its_last_line(store):
    result = kogata("keys", "create", "ci", "--rpm", "60")
    assert result.exit_code == 0, result.output
    secret = result.stdout.strip().splitlines()[-1]
    assert result.stdout == secret + "\n"
    assert "shown" not in secret and "not shown again" in result.stderr
    assert match_key(store.active(), secret).rpm == 60


def test_cli_list_and_revoke(store):
    key, _ = store.create("ci", tpm=5000)
    result = kogata("keys", "list")
    assert result.exit_code == 0
    header, row = result.stdout.strip().splitlines()
    assert header.split()[:2] == ["NAME", "KEY"]
    assert row.split()[:2] == ["ci", key.prefix + "…"] and "5,000" in row and row.rstrip().endswith("active")
    assert kogata("keys", "revoke", "ci").stdout.strip() == "revoked API key 'ci'"
    assert "revoked" in kogata("keys", "list").stdout.strip().splitlines()[1]
    assert store.active() == []


def test_cli_scopes_are_given_at_creation_and_listed(store):
    result = kogata("keys", "create", "ops", "--scope", "audit", "--scope", "models")
    assert result.exit_code == 0 and "scopes: audit,models" in result.stderr
    assert match_key(store.active(), result.stdout.strip()).scopes == {"audit", "models"}
    kogata("keys", "create", "app")
    rows = {line.split()[0]: line for line in kogata("keys", "list").stdout.strip().splitlines()[1:]}
    assert "audit,models" in rows["ops"] and "audit" not in rows["app"]


def test_keys_from_before_scopes_keep_working_without_them(tmp_path):
    path = tmp_path / "keys.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    conn.execute("INSERT INTO api_keys (name, hash, prefix, created_at) VALUES ('old', ?, 'kg-abc', 1.0)",
                 (hash_key("kg-secret"),))
    conn.commit()
    conn.close()
    [key] = KeyStore(path).active()
    assert key.name == "old" and key.scopes == frozenset()


def test_cli_list_without_keys_says_the_api_is_open(store):
    assert "no API keys" in kogata("keys", "list").stdout


@pytest.mark.parametrize("args,message", [
    (["keys", "revoke", "ghost"], "error: no active key named 'ghost'"),
    (["keys", "create", "bad name"], "error: invalid key name"),
    (["keys", "create", "a", "--tpm", "0"], "error: --tpm must be at least 1"),
    (["keys", "create", "a", "--scope", "root"], "error: unknown scope 'root'"),
])
def test_cli_mistakes_are_one_line(store, args, message):
    result = kogata(*args)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message), result.stderr
