"""The audit log: one row per call to an upstream model, with what was actually sent (the redacted
text, never the original). Append-only: there is no API to change or remove a row, and SQLite
triggers refuse UPDATE and DELETE on the table.

The file is KOGATA_HOME/audit.db.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping

from ..errors import InvalidRequest
from ..store.db import connect

MAX_LIMIT = 1000

MIGRATIONS = [
    """
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        time REAL NOT NULL,
        reason TEXT NOT NULL,
        endpoint TEXT NOT NULL,
        model TEXT,
        sent TEXT NOT NULL,
        redacted TEXT NOT NULL,
        prompt_tokens INTEGER,
        completion_tokens INTEGER,
        outcome TEXT NOT NULL
    );
    CREATE INDEX audit_log_time ON audit_log(time);
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    """,
]


@dataclass(frozen=True)
class AuditEntry:
    id: int
    time: float  # Unix seconds
    reason: str  # why the call went upstream (the router's reason)
    endpoint: str  # the upstream's URL
    model: str | None
    sent: str  # the redacted text that left the machine
    redacted: dict[str, int] = field(default_factory=dict)  # entity type -> how many were replaced
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    outcome: str = "ok"  # "ok", or what went wrong ("error: HTTP 502", "timeout")

    def to_dict(self) -> dict:
        body = asdict(self)
        body["time_iso"] = datetime.fromtimestamp(self.time, timezone.utc).isoformat(timespec="seconds")
        return body


_RELATIVE = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_since(value: str, now: float | None = None) -> float:
    """Unix time from an ISO 8601 date or time (2026-11-30, 2026-11-30T09:00:00+09:00; local time
    when no offset is given), a span back from now (30m, 1h, 7d, 2w), or Unix seconds."""
    now = time.time() if now is None else now
    text = value.strip()
    m = _RELATIVE.fullmatch(text)
    if m:
        return now - float(m.group(1)) * _UNIT_SECONDS[m.group(2)]
    if re.fullmatch(r"\d{9,}(?:\.\d*)?", text):
        return float(text)
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        raise InvalidRequest(f"invalid since {value!r}: use an ISO 8601 date or time (2026-11-30, "
                             "2026-11-30T09:00) or a span back from now (30m, 1h, 7d, 2w)",
                             param="since", code="invalid_since") from None


def _row(row) -> AuditEntry:
    return AuditEntry(row["id"], row["time"], row["reason"], row["endpoint"], row["model"], row["sent"],
                      json.loads(row["redacted"]), row["prompt_tokens"], row["completion_tokens"], row["outcome"])


_WRITERS: dict[Path, threading.Lock] = {}
_WRITERS_LOCK = threading.Lock()


def _writer(path: Path) -> threading.Lock:
    """One writer at a time per file in this process: concurrent upstream calls (a teacher's, four at a
    time) each opening, writing and closing the file (a close checkpoints the WAL) timed out on each
    other's locks under load ("database is locked"); other processes still wait on SQLite's busy timeout."""
    with _WRITERS_LOCK:
        return _WRITERS.setdefault(Path(path).resolve(), threading.Lock())


class AuditLog:
    """The audit file. Reading a missing file finds no entries and creates nothing."""

    def __init__(self, path: Path):
        self.path = path

    def record(self, *, reason: str, endpoint: str, sent: str, outcome: str = "ok", model: str | None = None,
               redacted: Mapping[str, int] | None = None, prompt_tokens: int | None = None,
               completion_tokens: int | None = None, at: float | None = None) -> AuditEntry:
        """Append one upstream call. `sent` must be the text as it left the machine (redacted)."""
        entry = AuditEntry(0, time.time() if at is None else at, reason, endpoint, model, sent,
                           dict(redacted or {}), prompt_tokens, completion_tokens, outcome)
        with _writer(self.path), connect(self.path, MIGRATIONS) as db:
            cursor = db.execute(
                "INSERT INTO audit_log (time, reason, endpoint, model, sent, redacted, prompt_tokens, "
                "completion_tokens, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry.time, reason, endpoint, model, sent, json.dumps(entry.redacted, sort_keys=True),
                 prompt_tokens, completion_tokens, outcome),
            )
            return AuditEntry(**{**asdict(entry), "id": cursor.lastrowid})

    def query(self, *, since: float | None = None, limit: int = 100) -> list[AuditEntry]:
        """The latest `limit` entries at or after `since` (Unix time), oldest first."""
        if not 1 <= limit <= MAX_LIMIT:
            raise InvalidRequest(f"limit must be between 1 and {MAX_LIMIT}, got {limit}", param="limit",
                                 code="invalid_limit")
        if not self.path.exists():
            return []
        with connect(self.path, MIGRATIONS) as db:
            rows = db.execute("SELECT * FROM audit_log WHERE time >= ? ORDER BY time DESC, id DESC LIMIT ?",
                              (since if since is not None else float("-inf"), limit)).fetchall()
        return [_row(r) for r in reversed(rows)]
