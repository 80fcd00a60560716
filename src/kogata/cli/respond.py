"""`kogata templates add|ls|show|rm` (approved replies, one per classifier label) and `kogata respond`
(the right reply for an inquiry, its blanks filled, or why it should be escalated)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import InvalidRequest
from ..runtime import Runtime
from ..tasks.respond import Responder, TemplateStore, read_folder
from ..tasks.respond.responder import MIN_CONFIDENCE
from . import main, settings
from .common import ensure_installed


def _store(ctx: click.Context) -> TemplateStore:
    return TemplateStore.in_home(settings(ctx).home_dir)


@main.group("templates")
def templates() -> None:
    """Approved reply templates: a set holds one Jinja2 text per classifier label."""


@templates.command("add")
@click.argument("name")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--replace", is_flag=True, help="replace an existing set of the same name")
@click.pass_context
def add(ctx: click.Context, name: str, folder: Path, replace: bool) -> None:
    """Add set NAME from FOLDER: one file per label, LABEL.j2 (or .jinja, .jinja2, .txt, .md)."""
    added = _store(ctx).add(name, read_folder(folder), replace=replace)
    for label in sorted(added.templates):
        blanks = ", ".join(b.name + ("" if b.required else "?") for b in added.templates[label].blanks)
        click.echo(f"{label}: {blanks or '(no blanks)'}")
    click.echo(f"template set {name}: {len(added.templates)} templates")


@templates.command("ls")
@click.pass_context
def ls(ctx: click.Context) -> None:
    """Template sets and their labels."""
    store = _store(ctx)
    for name in store.names():
        click.echo(f"{name}\t{', '.join(sorted(store.get(name).templates))}")


@templates.command("show")
@click.argument("name")
@click.argument("label", required=False)
@click.pass_context
def show(ctx: click.Context, name: str, label: str | None) -> None:
    """Set NAME's templates and their blanks (JSON), or the text of the one for LABEL."""
    found = _store(ctx).get(name)
    if label is None:
        click.echo(json.dumps(found.describe(), ensure_ascii=False, indent=1))
        return
    template = found.for_label(label)
    if template is None:
        raise InvalidRequest(f"template set '{name}' has no template for label '{label}'")
    click.echo(template.source)


@templates.command("rm")
@click.argument("name")
@click.pass_context
def rm(ctx: click.Context, name: str) -> None:
    _store(ctx).remove(name)
    click.echo(f"removed template set {name}")


@main.command("respond")
@click.argument("inquiry")
@click.option("--classifier", required=True, help="a classifier from `kogata tune classify`")
@click.option("--templates", "template_set", required=True, help="a template set from `kogata templates add`")
@click.option("--model", help="chat model that fills blanks  [default: gemma3-270m, the extraction_model setting]")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=MIN_CONFIDENCE, show_default=True,
              help="below this confidence the inquiry is escalated")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def respond(ctx: click.Context, inquiry: str, classifier: str, template_set: str, model: str | None,
            min_confidence: float, as_json: bool) -> None:
    """The approved reply to INQUIRY ("-" reads stdin), its blanks filled from it, or why it should be escalated."""
    if inquiry == "-":
        inquiry = sys.stdin.read()
    if not inquiry.strip():
        raise InvalidRequest("the inquiry is empty")
    s = settings(ctx)
    runtime = Runtime(s)
    ctx.call_on_close(runtime.close)
    sets = TemplateStore.in_home(s.home_dir).get(template_set)
    model = model or s.server.extraction_model

    def chat():
        ensure_installed(runtime.store, model)
        return runtime.chat(model)

    response = Responder(runtime.classifier(classifier), sets, chat, min_confidence=min_confidence).respond(inquiry)
    if as_json:
        click.echo(json.dumps(response.to_dict(), ensure_ascii=False))
        return
    if response.route == "local":
        click.echo(response.text)
        click.echo(f"({response.label}, confidence {response.confidence:.2f}, template {response.template})", err=True)
    else:
        detail = f": missing {', '.join(response.missing)}" if response.missing else ""
        click.echo(f"escalate ({response.reason}{detail}; label {response.label}, confidence {response.confidence:.2f})")
