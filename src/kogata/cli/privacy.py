"""`kogata redact TEXT` and `kogata audit`: the privacy guard and the log of upstream calls."""

from __future__ import annotations

import json
import sys
import time

import click

from ..route.audit import MAX_LIMIT, AuditEntry, audit_log, parse_since
from ..route.privacy import guard
from . import main, settings


@main.command("redact")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help='print {"text", "entities"} as JSON')
@click.pass_context
def redact_cmd(ctx: click.Context, text: str, as_json: bool) -> None:
    """Replace personal data in TEXT ('-' reads standard input) with placeholders such as <PERSON_1>."""
    if text == "-":
        text = sys.stdin.read()
    result = guard(settings(ctx)).redact(text)
    if as_json:
        click.echo(json.dumps({"text": result.text, "entities": [e.to_dict() for e in result.entities]},
                              ensure_ascii=False))
    else:
        click.echo(result.text, nl=not result.text.endswith("\n"))


def _tokens(e: AuditEntry) -> str:
    if e.prompt_tokens is None and e.completion_tokens is None:
        return "-"
    return f"{e.prompt_tokens or 0}+{e.completion_tokens or 0}"


def _one_line(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"


@main.command("audit")
@click.option("--since", help="ISO 8601 date or time, or a span back from now: 30m, 1h, 7d")
@click.option("--limit", type=click.IntRange(1, MAX_LIMIT), default=100, show_default=True, help="most entries shown")
@click.option("--json", "as_json", is_flag=True, help="one JSON object per entry")
@click.pass_context
def audit_cmd(ctx: click.Context, since: str | None, limit: int, as_json: bool) -> None:
    """Calls made to upstream models: when, why, where, what was sent (redacted), tokens and outcome."""
    entries = audit_log(settings(ctx)).query(since=parse_since(since) if since else None, limit=limit)
    if as_json:
        for e in entries:
            click.echo(json.dumps(e.to_dict(), ensure_ascii=False))
        return
    if not entries:
        click.echo("no upstream calls recorded" + (f" since {since}" if since else ""))
        return
    rows = [["TIME", "REASON", "ENDPOINT", "MODEL", "TOKENS", "OUTCOME", "SENT"]]
    for e in entries:
        rows.append([time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(e.time)), e.reason, e.endpoint,
                     e.model or "-", _tokens(e), e.outcome, _one_line(e.sent)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
