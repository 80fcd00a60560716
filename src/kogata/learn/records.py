"""What the specialists answered and what people said of it: KOGATA_HOME/learning.db.

`predictions` keeps each classify, respond, extract and `kb ask` answer the server gave (its id, the
input, the output, the specialist and its version), newest `max_records` only: the drift monitor reads
the latest of them and feedback names one by id. `feedback` keeps each correction with a copy of its
prediction's input, output and version, so it outlives the pruning of `predictions`.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import InvalidRequest, NotFound
from ..store.db import open_connection, transaction

KINDS = ("classify", "respond", "extract", "ask")
PREFIX = {"classify": "clf", "respond": "rsp", "extract": "ext", "ask": "ask"}
MAX_LIMIT = 10_000
PRUNE_EVERY = 1000  # rows recorded between two prunings

MIGRATIONS = [
    """
    CREATE TABLE predictions (
        id TEXT PRIMARY KEY,
        time REAL NOT NULL,
        kind TEXT NOT NULL,
        specialist TEXT NOT NULL,
        version TEXT NOT NULL,
        input TEXT NOT NULL,
        output TEXT NOT NULL,
        label TEXT,
        confidence REAL,
        out_of_scope INTEGER,
        refused INTEGER
    );
    CREATE INDEX predictions_specialist ON predictions(specialist, time);
    CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        time REAL NOT NULL,
        prediction_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        specialist TEXT NOT NULL,
        version TEXT NOT NULL,
        input TEXT NOT NULL,
        output TEXT NOT NULL,
        predicted_label TEXT,
        label TEXT,
        rating INTEGER,
        corrected_output TEXT,
        comment TEXT
    );
    CREATE INDEX feedback_specialist ON feedback(specialist, time);
    CREATE INDEX feedback_prediction ON feedback(prediction_id);
    """,
    """
    CREATE TABLE upstream_pairs (
        id INTEGER PRIMARY KEY,
        time REAL NOT NULL,
        reason TEXT NOT NULL,
        specialist TEXT,
        sent TEXT NOT NULL,
        answer TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        label TEXT,
        reviewed REAL
    );
    CREATE INDEX upstream_pairs_status ON upstream_pairs(status, id);
    """,
]
REVIEW = ("pending", "approved", "rejected")


@dataclass(frozen=True)
class Answer:
    """One answer to record: `output` is what the caller received for `input`; `label`, `confidence`,
    `out_of_scope` and `refused` are the fields the drift monitor reads, where the answer has them."""

    input: str
    output: dict[str, Any]
    label: str | None = None
    confidence: float | None = None
    out_of_scope: bool | None = None
    refused: bool | None = None


@dataclass(frozen=True)
class Prediction:
    id: str
    time: float
    kind: str
    specialist: str
    version: str
    input: str
    output: dict[str, Any]
    label: str | None
    confidence: float | None
    out_of_scope: bool | None
    refused: bool | None


@dataclass(frozen=True)
class Feedback:
    id: int
    time: float
    prediction_id: str
    kind: str
    specialist: str
    version: str
    input: str
    output: dict[str, Any]
    predicted_label: str | None
    label: str | None
    rating: int | None
    corrected_output: Any
    comment: str | None

    @property
    def disagrees(self) -> bool:
        """Whether the person said the answer was wrong: another label, a bad rating or a corrected output."""
        return ((self.label is not None and self.label != self.predicted_label)
                or (self.rating is not None and self.rating < 0) or self.corrected_output is not None)

    def to_dict(self) -> dict[str, Any]:
        body = asdict(self)
        body["time_iso"] = datetime.fromtimestamp(self.time, UTC).isoformat(timespec="seconds")
        return body


class LearningStore:
    """The learning file, one connection per store object, shared by threads behind a lock. Reading
    a missing file finds nothing and creates nothing."""

    def __init__(self, path: Path, *, max_records: int = 200_000):
        self.path = Path(path)
        self.max_records = max_records
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._since_prune = 0

    @classmethod
    def in_home(cls, home: Path, **options: Any) -> LearningStore:
        return cls(Path(home) / "learning.db", **options)

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = open_connection(self.path, MIGRATIONS, synchronous="NORMAL", any_thread=True)
        return self._conn

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def record(self, kind: str, specialist: str, version: str, answers: Sequence[Answer],
               ids: Sequence[str] | None = None) -> list[str]:
        """Keep `answers` of `specialist` (at `version`) under `ids` (default: new ones); returns the ids."""
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        now = time.time()
        ids = list(ids) if ids is not None else [new_id(kind) for _ in answers]
        rows = [(pid, now, kind, specialist, version, a.input, json.dumps(a.output, ensure_ascii=False), a.label,
                 a.confidence, _flag(a.out_of_scope), _flag(a.refused)) for pid, a in zip(ids, answers)]
        with self._lock:
            db = self._db()
            with transaction(db):
                db.executemany("INSERT INTO predictions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
                self._since_prune += len(rows)
                if self._since_prune >= PRUNE_EVERY:
                    self._since_prune = 0
                    db.execute("DELETE FROM predictions WHERE rowid <= (SELECT max(rowid) FROM predictions) - ?",
                               (self.max_records,))
        return ids

    def prediction(self, prediction_id: str) -> Prediction:
        row = None
        if self.path.exists():
            with self._lock:
                row = self._db().execute("SELECT * FROM predictions WHERE id = ?", (prediction_id,)).fetchone()
        if row is None:
            raise NotFound(f"no answer with id '{prediction_id}' (ids are kept for the latest "
                           f"{self.max_records} answers)", param="id", code="prediction_not_found")
        return _prediction(row)

    def recent(self, specialist: str, limit: int, *, version: str | None = None,
               kinds: Sequence[str] = KINDS) -> list[Prediction]:
        """The latest `limit` answers of `specialist` (of `version` only, if given), oldest first."""
        if not self.path.exists():
            return []
        marks = ",".join("?" * len(kinds))
        where = f"specialist = ? AND kind IN ({marks})" + (" AND version = ?" if version is not None else "")
        args = [specialist, *kinds] + ([version] if version is not None else [])
        with self._lock:
            rows = self._db().execute(f"SELECT * FROM predictions WHERE {where} ORDER BY rowid DESC LIMIT ?",
                                      (*args, limit)).fetchall()
        return [_prediction(r) for r in reversed(rows)]

    def specialists(self) -> list[tuple[str, str]]:
        """(kind, specialist) of every answer kept."""
        if not self.path.exists():
            return []
        with self._lock:
            rows = self._db().execute("SELECT DISTINCT kind, specialist FROM predictions ORDER BY specialist, kind").fetchall()
        return [(r["kind"], r["specialist"]) for r in rows]

    def add_feedback(self, prediction_id: str, *, label: str | None = None, rating: int | None = None,
                     output: Any = None, comment: str | None = None) -> Feedback:
        """Keep a correction of answer `prediction_id`. The caller checks that `label` is one the
        specialist knows."""
        if label is None and rating is None and output is None and comment is None:
            raise InvalidRequest("give at least one of label, rating, output and comment", param="label")
        if rating is not None and rating not in (-1, 0, 1):
            raise InvalidRequest("rating must be 1 (right), 0 or -1 (wrong)", param="rating")
        answer = self.prediction(prediction_id)
        now = time.time()
        corrected = None if output is None else json.dumps(output, ensure_ascii=False)
        with self._lock:
            db = self._db()
            with transaction(db):
                cursor = db.execute(
                    "INSERT INTO feedback (time, prediction_id, kind, specialist, version, input, output, "
                    "predicted_label, label, rating, corrected_output, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (now, answer.id, answer.kind, answer.specialist, answer.version, answer.input,
                     json.dumps(answer.output, ensure_ascii=False), answer.label, label, rating, corrected, comment))
                row = db.execute("SELECT * FROM feedback WHERE id = ?", (cursor.lastrowid,)).fetchone()
        return _feedback(row)

    def keep_pair(self, reason: str, specialist: str | None, sent: str, answer: str) -> int:
        """Keep an upstream answer to an escalated request for review; returns its id."""
        with self._lock:
            db = self._db()
            with transaction(db):
                return db.execute("INSERT INTO upstream_pairs (time, reason, specialist, sent, answer) VALUES (?, ?, ?, ?, ?)",
                                  (time.time(), reason, specialist, sent, answer)).lastrowid

    def pairs(self, *, status: str | None = None, specialist: str | None = None, limit: int | None = 100) -> list[UpstreamPair]:
        """Kept upstream answers, newest first (of `status`, of `specialist`, if given)."""
        if status is not None and status not in REVIEW:
            raise InvalidRequest(f"status must be one of {', '.join(REVIEW)}", param="status")
        if not self.path.exists():
            return []
        where, args = ["1 = 1"], []
        for column, value in (("status", status), ("specialist", specialist)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        sql = f"SELECT * FROM upstream_pairs WHERE {' AND '.join(where)} ORDER BY id DESC"
        with self._lock:
            rows = self._db().execute(sql + (f" LIMIT {int(limit)}" if limit is not None else ""), args).fetchall()
        return [_pair(r) for r in rows]

    def review(self, pair_id: int, status: str, label: str | None = None) -> UpstreamPair:
        """Approve or reject a kept upstream answer (with the label its question should have, if any)."""
        if status not in REVIEW[1:]:
            raise InvalidRequest("status must be approved or rejected", param="status")
        with self._lock:
            db = self._db()
            with transaction(db):
                db.execute("UPDATE upstream_pairs SET status = ?, label = ?, reviewed = ? WHERE id = ?",
                           (status, label, time.time(), pair_id))
                row = db.execute("SELECT * FROM upstream_pairs WHERE id = ?", (pair_id,)).fetchone()
        if row is None:
            raise NotFound(f"no kept upstream answer with id {pair_id}", param="id", code="pair_not_found")
        return _pair(row)

    def feedback(self, *, specialist: str | None = None, since: float | None = None,
                 limit: int | None = 100) -> list[Feedback]:
        """The latest `limit` corrections (None: all), of `specialist` if given, oldest first."""
        if limit is not None and not 1 <= limit <= MAX_LIMIT:
            raise InvalidRequest(f"limit must be between 1 and {MAX_LIMIT}, got {limit}", param="limit")
        return list(reversed(list(self._feedback_rows(specialist, since, limit))))

    def iter_feedback(self, *, specialist: str | None = None, since: float | None = None) -> Iterator[Feedback]:
        """Every correction (of `specialist`, at or after `since`), oldest first."""
        return reversed(list(self._feedback_rows(specialist, since, None)))

    def _feedback_rows(self, specialist: str | None, since: float | None, limit: int | None) -> Iterator[Feedback]:
        if not self.path.exists():
            return iter(())
        where, args = ["time >= ?"], [since if since is not None else float("-inf")]
        if specialist is not None:
            where.append("specialist = ?")
            args.append(specialist)
        sql = f"SELECT * FROM feedback WHERE {' AND '.join(where)} ORDER BY id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._lock:
            rows = self._db().execute(sql, args).fetchall()
        return (_feedback(r) for r in rows)


@dataclass(frozen=True)
class UpstreamPair:
    """An escalated request as it left the machine (redacted) and the upstream's answer to it, as
    written (placeholders in place): a candidate training pair, kept only where the user opted in."""

    id: int
    time: float
    reason: str
    specialist: str | None  # the classifier that escalated it, where one did
    sent: str  # the messages as sent, JSON
    answer: str
    status: str  # pending, approved, rejected
    label: str | None  # given at review, for a classifier's retraining
    reviewed: float | None

    @property
    def messages(self) -> list[dict[str, str]]:
        """The messages as sent (the audit form: a list, or {"messages", …} with the text parameters)."""
        sent = json.loads(self.sent)
        return sent if isinstance(sent, list) else sent.get("messages", [])

    @property
    def question(self) -> str:
        """The last user message as sent."""
        return next((m["content"] for m in reversed(self.messages) if m.get("role") == "user"), "")

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "sent": json.loads(self.sent), "question": self.question}


def new_id(kind: str) -> str:
    return f"{PREFIX[kind]}-{secrets.token_hex(12)}"


def _pair(row: sqlite3.Row) -> UpstreamPair:
    return UpstreamPair(*(row[k] for k in ("id", "time", "reason", "specialist", "sent", "answer", "status", "label",
                                             "reviewed")))


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(bool(value))


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _prediction(row: sqlite3.Row) -> Prediction:
    return Prediction(row["id"], row["time"], row["kind"], row["specialist"], row["version"], row["input"],
                      json.loads(row["output"]), row["label"], row["confidence"], _bool(row["out_of_scope"]),
                      _bool(row["refused"]))


def _feedback(row: sqlite3.Row) -> Feedback:
    corrected = row["corrected_output"]
    return Feedback(row["id"], row["time"], row["prediction_id"], row["kind"], row["specialist"], row["version"],
                    row["input"], json.loads(row["output"]), row["predicted_label"], row["label"], row["rating"],
                    None if corrected is None else json.loads(corrected), row["comment"])
