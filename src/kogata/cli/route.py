"""`kogata route TEXT`: where `"model": "auto"` would answer a text, and why."""

from __future__ import annotations

import json
import sys

import click

from ..route.router import open_router
from ..runtime import Runtime
from . import main, settings


@main.command("route")
@click.argument("text")
@click.option("--classifier", help="trained classifier to read  [default: route.classifier from the settings]")
@click.option("--json", "as_json", is_flag=True, help='print {"route", "reason", "signals"} as JSON')
@click.pass_context
def route_cmd(ctx: click.Context, text: str, classifier: str | None, as_json: bool) -> None:
    """Say whether TEXT ('-' reads standard input) would be answered by the local model or escalated
    to the upstream one, and why. Nothing is sent anywhere; the token-confidence signal, which needs
    an answer, is read only by the server."""
    if text == "-":
        text = sys.stdin.read()
    s = settings(ctx)
    runtime = Runtime(s)
    try:
        decision = open_router(s, runtime, upstream=bool(s.upstream.url), classifier_name=classifier).decide(text)
    finally:
        runtime.close()
    if as_json:
        click.echo(json.dumps(decision.to_dict(), ensure_ascii=False))
        return
    details = "  ".join(f"{k}={v}" for k, v in decision.signals.items())
    click.echo(f"{decision.route}  {decision.reason}" + (f"  ({details})" if details else ""))
