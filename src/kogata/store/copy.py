"""Copy tables of KOGATA_HOME's SQLite files into PostgreSQL (`kogata db copy`), ids included, and
check the copy: the row count and a checksum per table, computed the same way from both databases.

A target that already holds rows is left alone: the copy is refused, unless those rows are exactly
the source's (then there is nothing to do).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from ..errors import Conflict
from .db import DatabaseError, connect
from .postgres import MIGRATION_LOCK, database


@dataclass(frozen=True)
class CopiedTable:
    """A table with the same name and columns in an SQLite file and in PostgreSQL."""

    table: str
    columns: tuple[str, ...]  # "id" first: rows are read in its order
    sqlite_path: Path
    sqlite_migrations: Sequence[str]
    component: str
    postgres_migrations: Sequence[str]

    @property
    def select(self) -> str:
        return f"SELECT {', '.join(self.columns)} FROM {self.table} ORDER BY id"


def summary(rows: Iterable[Sequence]) -> dict:
    """Row count and sha256 of the rows, each as one JSON line (floats in their shortest exact form)."""
    digest, count = hashlib.sha256(), 0
    for row in rows:
        digest.update(json.dumps(list(row), ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
        count += 1
    return {"rows": count, "sha256": digest.hexdigest()}


def _sqlite_rows(table: CopiedTable) -> list[tuple]:
    if not table.sqlite_path.exists():
        return []
    with connect(table.sqlite_path, table.sqlite_migrations) as db:
        return [tuple(row) for row in db.execute(table.select)]


def _postgres_rows(conn, table: CopiedTable) -> list[tuple]:
    return [tuple(row) for row in conn.execute(table.select)]


def copy_to_postgres(tables: Sequence[CopiedTable], url: str) -> dict:
    """Copy `tables` into the PostgreSQL database at `url` in one transaction; what each side holds after."""
    if not any(t.sqlite_path.exists() for t in tables):
        raise DatabaseError("nothing to copy: none of " + ", ".join(str(t.sqlite_path) for t in tables) + " exists")
    source = {t.table: _sqlite_rows(t) for t in tables}
    db = database(url)
    for t in tables:
        db.migrate(t.component, t.postgres_migrations)
    with db.errors_explained(), db.connection() as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        present = {t.table: _postgres_rows(conn, t) for t in tables}
        held = {name: len(rows) for name, rows in present.items() if rows}
        if held and any(summary(present[name]) != summary(source[name]) for name in source):
            raise Conflict(f"PostgreSQL database {db.where} already holds rows that differ from this KOGATA_HOME's ("
                           + ", ".join(f"{name}: {n}" for name, n in held.items())
                           + "); refusing to copy: copy into an empty database")
        copied = not held
        if copied:
            for t in tables:
                _insert(conn, t, source[t.table])
    with db.errors_explained(), db.connection() as conn:
        target = {t.table: _postgres_rows(conn, t) for t in tables}
    report = {name: {"source": summary(source[name]), "target": summary(target[name])} for name in source}
    different = [name for name, sides in report.items() if sides["source"] != sides["target"]]
    if different:
        raise DatabaseError(f"the copy into {db.where} does not match its source ({', '.join(different)}): {report}")
    return {"from": "sqlite", "to": db.where, "copied": copied, "identical": True, "tables": report}


def _insert(conn, table: CopiedTable, rows: list[tuple]) -> None:
    if not rows:
        return
    placeholders = ", ".join(["%s"] * len(table.columns))
    with conn.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table.table} ({', '.join(table.columns)}) VALUES ({placeholders})", rows)
    # ids were given: move the identity past them, or the next insert would reuse id 1
    conn.execute(f"SELECT setval(pg_get_serial_sequence('{table.table}', 'id'), (SELECT max(id) FROM {table.table}))")
