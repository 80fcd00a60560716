"""API keys for the server: the CLI creates and revokes them, the server checks them.

A key is 256 random bits, shown once at creation; only its sha256 is stored, with a short prefix
to tell keys apart in listings. Names are unique among keys that are not revoked, so a revoked
name can be given to a new key. A key answers the ordinary routes; what only an operator should do
needs a scope given at creation (SCOPES).
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import re
import secrets
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import KogataError
from .db import connect

KEY_PREFIX = "kg-"
SHOWN_PREFIX_CHARS = 10  # "kg-" and 7 random characters: enough to tell keys apart, useless to guess one
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")

MIGRATIONS = [
    """
    CREATE TABLE api_keys (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        prefix TEXT NOT NULL,
        rpm INTEGER,
        tpm INTEGER,
        created_at REAL NOT NULL,
        revoked_at REAL
    );
    CREATE UNIQUE INDEX api_keys_active_name ON api_keys(name) WHERE revoked_at IS NULL;
    """,
    "ALTER TABLE api_keys ADD COLUMN scopes TEXT NOT NULL DEFAULT '';",
]

SCOPES = {
    "audit": "read the audit log (GET /v1/audit): what was sent upstream",
    "models": "pull and delete models (/v1/models/pull, /api/pull, DELETE /api/delete)",
    "feedback": "read the feedback kept and review kept upstream answers (GET /v1/feedback, /v1/feedback/upstream)",
    "specialists": "move a classifier's threshold, retrain or roll it back (PATCH /v1/classifiers/NAME, POST …/retrain, …/rollback)",
}


class KeyStoreError(KogataError):
    status = 400
    code = "api_key_error"


@dataclass(frozen=True)
class ApiKey:
    name: str
    hash: str
    prefix: str
    rpm: int | None  # requests per minute; None is unlimited
    tpm: int | None  # tokens (prompt + completion) per minute; None is unlimited
    created_at: float
    revoked_at: float | None = None
    scopes: frozenset[str] = frozenset()

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def match_key(keys: list[ApiKey], secret: str) -> ApiKey | None:
    """The key whose hash matches `secret`, comparing every stored hash in constant time."""
    wanted = hash_key(secret)
    found = None
    for key in keys:
        if hmac.compare_digest(key.hash, wanted):
            found = key
    return found


def _row(row: sqlite3.Row) -> ApiKey:
    return ApiKey(row["name"], row["hash"], row["prefix"], row["rpm"], row["tpm"], row["created_at"], row["revoked_at"],
                  frozenset(row["scopes"].split()))


def _scopes(scopes) -> frozenset[str]:
    unknown = sorted(set(scopes) - set(SCOPES))
    if unknown:
        raise KeyStoreError(f"unknown scope {unknown[0]!r}: the scopes are " +
                            "; ".join(f"{name} ({what})" for name, what in SCOPES.items()))
    return frozenset(scopes)


def _limit(value: int | None, what: str) -> int | None:
    if value is not None and value < 1:
        raise KeyStoreError(f"{what} must be at least 1 (leave it out for no limit), got {value}")
    return value


class KeyStore:
    """The keys file (KOGATA_HOME/keys.db). Reading a missing file finds no keys and creates nothing."""

    def __init__(self, path: Path):
        self.path = path

    def create(self, name: str, *, rpm: int | None = None, tpm: int | None = None,
               scopes=()) -> tuple[ApiKey, str]:
        """Store a new key; return it and its secret, which is not kept anywhere."""
        if not NAME_PATTERN.fullmatch(name):
            raise KeyStoreError(f"invalid key name {name!r}: use 1-64 letters, digits, '_', '.' or '-', "
                                "starting with a letter or digit")
        secret = KEY_PREFIX + secrets.token_urlsafe(32)
        key = ApiKey(name, hash_key(secret), secret[:SHOWN_PREFIX_CHARS], _limit(rpm, "--rpm"),
                     _limit(tpm, "--tpm"), time.time(), scopes=_scopes(scopes))
        try:
            with connect(self.path, MIGRATIONS) as db:
                db.execute(
                    "INSERT INTO api_keys (name, hash, prefix, rpm, tpm, created_at, scopes) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (key.name, key.hash, key.prefix, key.rpm, key.tpm, key.created_at, " ".join(sorted(key.scopes))),
                )
        except sqlite3.IntegrityError:
            raise KeyStoreError(f"a key named '{name}' already exists; revoke it first or pick another name") from None
        return key, secret

    def list(self) -> list[ApiKey]:
        """Every key, revoked ones included, oldest first."""
        if not self.path.exists():
            return []
        with connect(self.path, MIGRATIONS) as db:
            return [_row(r) for r in db.execute("SELECT * FROM api_keys ORDER BY created_at, id")]

    def active(self) -> list[ApiKey]:
        if not self.path.exists():
            return []
        with connect(self.path, MIGRATIONS) as db:
            return [_row(r) for r in db.execute("SELECT * FROM api_keys WHERE revoked_at IS NULL ORDER BY id")]

    def revoke(self, name: str) -> ApiKey:
        now = time.time()
        if self.path.exists():
            with connect(self.path, MIGRATIONS) as db:
                row = db.execute("SELECT * FROM api_keys WHERE name = ? AND revoked_at IS NULL", (name,)).fetchone()
                if row is not None:
                    db.execute("UPDATE api_keys SET revoked_at = ? WHERE id = ?", (now, row["id"]))
                    return dataclasses.replace(_row(row), revoked_at=now)
        raise KeyStoreError(f"no active key named '{name}'; see `kogata keys list`")
