"""`kogata db migrate | copy`: the PostgreSQL database that replicas share (`database.url`)."""

from __future__ import annotations

import json
import re

import click

from ..errors import KogataError
from . import main, settings

URL_PATTERN = re.compile(r"^postgres(ql)?://\S*$")


class NoDatabase(KogataError):
    code = "no_database"


def _components() -> dict[str, list[str]]:
    from ..kb.pg_store import POSTGRES_MIGRATIONS as KB
    from ..models.pg_registry import POSTGRES_MIGRATIONS as REGISTRY
    from ..route.audit import POSTGRES_MIGRATIONS as AUDIT
    from ..server.ratelimit import POSTGRES_MIGRATIONS as RATE_LIMITS
    from ..store.keys import POSTGRES_MIGRATIONS as KEYS

    return {"keys": KEYS, "audit": AUDIT, "rate_limits": RATE_LIMITS, "kb": KB, "registry": REGISTRY}


def _url(given: str | None, ctx: click.Context, flag: str) -> str:
    url = given or settings(ctx).database.url
    if not url:
        raise NoDatabase(f"no database to use: give {flag} postgresql://USER:PASSWORD@HOST:PORT/DBNAME, or set "
                         "[database] url in config.toml or KOGATA_DATABASE_URL")
    if not URL_PATTERN.match(url):
        raise NoDatabase(f"{flag}: not a PostgreSQL URL (postgresql://USER:PASSWORD@HOST:PORT/DBNAME)")
    return url


@main.group()
def db() -> None:
    """The PostgreSQL database shared by replicas: API keys, rate limits, the audit log, knowledge bases, and
    the registry of classifiers and adapters."""


@db.command("migrate")
@click.option("--url", help="PostgreSQL URL  [default: database.url, KOGATA_DATABASE_URL]")
@click.pass_context
def migrate_cmd(ctx: click.Context, url: str | None) -> None:
    """Bring the database to this kogata's schema; print each component's version as JSON."""
    from ..store.postgres import database

    target = database(_url(url, ctx, "--url"))
    versions = {name: target.migrate(name, migrations) for name, migrations in _components().items()}
    click.echo(json.dumps({"database": target.where, "versions": versions}))


@db.command("copy")
@click.option("--from", "source", type=click.Choice(["sqlite"]), default="sqlite", show_default=True,
              help="copy from KOGATA_HOME's keys.db, audit.db and kb/*.db, and register its classifiers and adapters")
@click.option("--to", "url", help="PostgreSQL URL  [default: database.url, KOGATA_DATABASE_URL]")
@click.pass_context
def copy_cmd(ctx: click.Context, source: str, url: str | None) -> None:
    """Copy this KOGATA_HOME's API keys, audit log and knowledge-base collections into PostgreSQL and register its
    classifiers and adapters (every kept version); print row counts and checksums as JSON. A target already
    holding other rows is refused."""
    from ..kb.pg_copy import collection_files, copy_collections_to_postgres
    from ..models.registry_copy import copy_specialists_to_postgres, home_has_specialists
    from ..route import audit
    from ..store import keys
    from ..store.copy import CopiedTable, copy_to_postgres
    from ..store.db import DatabaseError
    from ..store.postgres import describe

    s = settings(ctx)
    target = _url(url, ctx, "--to")
    tables = [CopiedTable("api_keys", keys.COLUMNS, s.keys_path, keys.MIGRATIONS, "keys", keys.POSTGRES_MIGRATIONS),
              CopiedTable("audit_log", audit.COLUMNS, s.audit_path, audit.MIGRATIONS, "audit", audit.POSTGRES_MIGRATIONS)]
    has_tables, has_collections = any(t.sqlite_path.exists() for t in tables), bool(collection_files(s.kb_dir))
    has_specialists = home_has_specialists(s.home_dir)
    if not has_tables and not has_collections and not has_specialists:
        raise DatabaseError("nothing to copy: none of " + ", ".join(str(t.sqlite_path) for t in tables)
                            + f", {s.kb_dir}/*.db, a classifier or an adapter exists")
    report = (copy_to_postgres(tables, target) if has_tables
              else {"from": "sqlite", "to": describe(target), "copied": False, "identical": True, "tables": {}})
    if has_collections:
        kb = copy_collections_to_postgres(s.kb_dir, target)
        report["copied"] = report["copied"] or bool(kb["copied"])
        report["collections"] = kb["collections"]
    if has_specialists:
        registered = copy_specialists_to_postgres(s.home_dir, target)
        report["copied"] = report["copied"] or registered["copied"]
        report["specialists"] = registered["specialists"]
    click.echo(json.dumps(report, ensure_ascii=False))
