"""`kogata keys create | list | revoke`: API keys for `kogata serve`."""

from __future__ import annotations

import time

import click

from ..store.keys import SCOPES, ApiKey, KeyStore, PostgresKeyStore, key_store
from . import main, settings


def _store(ctx: click.Context) -> KeyStore | PostgresKeyStore:
    return key_store(settings(ctx))


def _limit(value: int | None) -> str:
    return "unlimited" if value is None else f"{value:,}"


def _when(ts: float | None) -> str:
    return "" if ts is None else time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))


def _scope_list(key: ApiKey) -> str:
    return ",".join(sorted(key.scopes)) or "-"


@main.group()
def keys() -> None:
    """API keys: while one is active, every /v1 request to `kogata serve` needs one."""


@keys.command("create")
@click.argument("name")
@click.option("--rpm", type=int, help="requests per minute  [default: unlimited]")
@click.option("--tpm", type=int, help="tokens (prompt + completion) per minute  [default: unlimited]")
@click.option("--scope", "scopes", multiple=True, metavar="SCOPE",
              help="also allow: " + "; ".join(f"{n}: {w}" for n, w in SCOPES.items()) + " (repeatable)")
@click.pass_context
def create_cmd(ctx: click.Context, name: str, rpm: int | None, tpm: int | None, scopes: tuple[str, ...]) -> None:
    """Create key NAME and print it: it is shown only this once (stored as a hash)."""
    key, secret = _store(ctx).create(name, rpm=rpm, tpm=tpm, scopes=scopes)
    click.echo(f"created API key '{key.name}' (requests/min: {_limit(key.rpm)}, tokens/min: {_limit(key.tpm)}, "
               f"scopes: {_scope_list(key)}); copy it now, it is not shown again:", err=True)
    click.echo(secret)


@keys.command("list")
@click.pass_context
def list_cmd(ctx: click.Context) -> None:
    """List keys (active and revoked), by name and the start of the key."""
    found: list[ApiKey] = _store(ctx).list()
    if not found:
        click.echo("no API keys: the server's /v1 routes answer anyone who can reach them; "
                   "create one with `kogata keys create NAME`")
        return
    rows = [["NAME", "KEY", "CREATED", "REQUESTS/MIN", "TOKENS/MIN", "SCOPES", "STATUS"]]
    for k in found:
        status = "active" if k.active else f"revoked {_when(k.revoked_at)}"
        rows.append([k.name, k.prefix + "…", _when(k.created_at), _limit(k.rpm), _limit(k.tpm), _scope_list(k), status])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())


@keys.command("revoke")
@click.argument("name")
@click.pass_context
def revoke_cmd(ctx: click.Context, name: str) -> None:
    """Revoke key NAME; a running server refuses it within a second."""
    _store(ctx).revoke(name)
    click.echo(f"revoked API key '{name}'")
