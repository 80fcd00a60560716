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
    from ..route.audit import POSTGRES_MIGRATIONS as AUDIT
    from ..server.ratelimit import POSTGRES_MIGRATIONS as RATE_LIMITS
    from ..store.keys import POSTGRES_MIGRATIONS as KEYS

    return {"keys": KEYS, "audit": AUDIT, "rate_limits": RATE_LIMITS}


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
    """The PostgreSQL database shared by replicas: API keys, rate limits, the audit log."""


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
              help="copy from KOGATA_HOME's keys.db and audit.db")
@click.option("--to", "url", help="PostgreSQL URL  [default: database.url, KOGATA_DATABASE_URL]")
@click.pass_context
def copy_cmd(ctx: click.Context, source: str, url: str | None) -> None:
    """Copy this KOGATA_HOME's API keys and audit log into PostgreSQL; print row counts and checksums as JSON.
    A target already holding other rows is refused."""
    from ..route import audit
    from ..store import keys
    from ..store.copy import CopiedTable, copy_to_postgres

    s = settings(ctx)
    tables = [CopiedTable("api_keys", keys.COLUMNS, s.keys_path, keys.MIGRATIONS, "keys", keys.POSTGRES_MIGRATIONS),
              CopiedTable("audit_log", audit.COLUMNS, s.audit_path, audit.MIGRATIONS, "audit", audit.POSTGRES_MIGRATIONS)]
    click.echo(json.dumps(copy_to_postgres(tables, _url(url, ctx, "--to")), ensure_ascii=False))
