"""The `database.url` setting: read from config.toml or KOGATA_DATABASE_URL, checked, and, while unset,
everything stays on SQLite without importing psycopg."""

import subprocess
import sys

import pytest
from pydantic import ValidationError

from kogata.config import Settings
from kogata.route.audit import AuditLog, audit_log
from kogata.server.ratelimit import RateLimiter, rate_limiter
from kogata.store.keys import KeyStore, key_store

URL = "postgresql://kogata:pw@db.internal:5432/kogata"


def test_unset_means_sqlite_files(settings):
    assert settings.database.url is None
    assert isinstance(key_store(settings), KeyStore) and isinstance(audit_log(settings), AuditLog)
    assert type(rate_limiter(settings)) is RateLimiter


def test_url_from_the_environment_or_the_config_file(kogata_home, monkeypatch):
    monkeypatch.setenv("KOGATA_DATABASE_URL", URL)
    assert Settings().database.url == URL
    monkeypatch.delenv("KOGATA_DATABASE_URL")
    kogata_home.mkdir(parents=True)
    (kogata_home / "config.toml").write_text(f'[database]\nurl = "{URL}"\n')
    assert Settings().database.url == URL
    monkeypatch.setenv("KOGATA_DATABASE__URL", "postgres://other/db")  # the nested form also works, over the file
    assert Settings().database.url == "postgres://other/db"


def test_not_a_postgresql_url_is_refused(monkeypatch):
    monkeypatch.setenv("KOGATA_DATABASE_URL", "mysql://root@localhost/kogata")
    with pytest.raises(ValidationError, match="database.url"):
        Settings()


def test_unknown_database_setting_is_refused(kogata_home):
    kogata_home.mkdir(parents=True)
    (kogata_home / "config.toml").write_text('[database]\nhost = "db"\n')
    with pytest.raises(Exception, match="unknown setting 'database.host'"):
        Settings()


def test_without_a_url_nothing_imports_psycopg(kogata_home):
    script = """
import sys
from kogata.config import Settings
from kogata.route.audit import audit_log
from kogata.server.app import create_app
from kogata.server.auth import KeyCache
from kogata.server.ratelimit import rate_limiter
from kogata.store.keys import key_store
import kogata.cli
s = Settings()
key, _ = key_store(s).create("alice", rpm=5, tpm=100)
assert KeyCache(key_store(s)).active() == [key]
audit_log(s).record(reason="test", endpoint="http://up", sent="hello")
assert len(audit_log(s).query()) == 1
limiter = rate_limiter(s)
limiter.admit(key)
limiter.charge(key, 10)
loaded = sorted(name for name in sys.modules if name.startswith("psycopg"))
assert not loaded, loaded
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
