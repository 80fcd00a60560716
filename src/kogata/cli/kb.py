"""`kogata kb …`: create collections, ingest documents, search, ask with citations."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..engine.base import SamplingParams
from ..errors import InvalidRequest
from ..kb import KnowledgeBase, knowledge_base
from ..kb.knowledge_base import DEFAULT_EMBEDDING_MODEL
from ..kb.answer import answer, answering_model
from ..runtime import Runtime
from . import main, settings
from .common import ensure_installed


def _open(ctx: click.Context) -> tuple[KnowledgeBase, Runtime]:
    runtime = Runtime(settings(ctx))
    ctx.call_on_close(runtime.close)

    def embedder(name: str):
        ensure_installed(runtime.store, name)
        return runtime.embedder(name)

    return knowledge_base(runtime.settings, embedder), runtime


def _filters(pairs: tuple[str, ...]) -> dict[str, str] | None:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise InvalidRequest(f"--filter takes KEY=VALUE, not {pair!r}")
        out[key] = value
    return out or None


@main.group()
def kb() -> None:
    """Knowledge base: your documents, searched and cited, on this machine."""


@kb.command()
@click.argument("name")
@click.option("--embedding", "--embedding-model", "embedding_model", default=DEFAULT_EMBEDDING_MODEL, show_default=True,
              help="embedding model (e5-small reads Japanese; minilm-l6 English only)")
@click.option("--chunk-tokens", type=int, default=256, show_default=True, help="largest chunk, in model tokens")
@click.option("--overlap", type=int, default=32, show_default=True, help="tokens shared by consecutive chunks")
@click.pass_context
def create(ctx, name, embedding_model, chunk_tokens, overlap):
    """Create the collection NAME."""
    base, _ = _open(ctx)
    base.create(name, embedding_model=embedding_model, chunk_tokens=chunk_tokens, chunk_overlap=overlap)
    click.echo(f"created collection {name}")


@kb.command()
@click.argument("name")
@click.option("--embedding", "--embedding-model", "embedding_model", required=True, help="the model to switch to")
@click.option("--json", "as_json", is_flag=True, help="print the report as JSON")
@click.pass_context
def reembed(ctx, name, embedding_model, as_json):
    """Embed NAME's chunks again with another model. Searches go on meanwhile (with the old model until
    the last chunk is done); an interrupted run resumes when run again with the same model."""
    base, _ = _open(ctx)
    report = base.reembed(name, embedding_model, progress=not as_json)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        resumed = f" (resumed after {report.resumed_from})" if report.resumed_from else ""
        click.echo(f"{name}: {report.chunks} chunks embedded with {report.model}{resumed} in {report.seconds:.1f} s; "
                   f"was {report.previous_model}")


@kb.command()
@click.argument("name")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--include", multiple=True, metavar="GLOB", help="only files matching (repeatable), e.g. '*.pdf'")
@click.option("--exclude", multiple=True, metavar="GLOB", help="skip files matching (repeatable)")
@click.option("--json", "as_json", is_flag=True, help="print the report as JSON")
@click.option("--ray", "ray_address", metavar="ADDR",
              help="read, chunk and embed on the Ray cluster at ADDR (host:port, auto, or local); needs kogata[cluster]")
@click.option("--actors", type=click.IntRange(1), help="with --ray: how many actors  [default: the cluster's CPUs]")
@click.pass_context
def add(ctx, name, paths, include, exclude, as_json, ray_address, actors):
    """Add files and folders (recursively) to NAME. Unchanged files are skipped; changed ones replaced."""
    base, runtime = _open(ctx)
    if ray_address:
        from ..kb.ingest import find_files
        from ..kb.on_ray import ingest_on_ray

        collection = base.get(name)
        ensure_installed(runtime.store, collection.settings()["embedding_model"])
        files = find_files(list(paths), include=list(include) or None, exclude=list(exclude) or None)
        report = ingest_on_ray(collection, files, runtime.settings, ray_address, actors=actors, progress=not as_json)
    else:
        report = base.add_paths(name, paths, include=list(include) or None, exclude=list(exclude) or None,
                                progress=not as_json)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        click.echo(f"{len(report.added)} added, {len(report.replaced)} replaced, {len(report.unchanged)} unchanged, "
                   f"{len(report.failed)} failed; {report.chunks} chunks in {report.seconds:.1f} s "
                   f"({report.documents_per_second:.1f} documents/s)")
    for failure in report.failed:
        click.echo(f"skipped {failure['source']}: {failure['error']}", err=True)
    if report.failed:
        sys.exit(1)


@kb.command("ls")
@click.argument("name", required=False)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def ls(ctx, name, as_json):
    """List collections, or the documents of NAME."""
    base, _ = _open(ctx)
    if name is None:
        rows = [base.describe(n) for n in base.names()]
        if as_json:
            click.echo(json.dumps(rows, ensure_ascii=False))
            return
        for r in rows:
            click.echo(f"{r['name']}\t{r['documents']} documents\t{r['chunks']} chunks\t{r['bytes'] / 2**20:.1f} MB")
        return
    docs = base.get(name).documents()
    if as_json:
        click.echo(json.dumps([d.to_dict() for d in docs], ensure_ascii=False))
        return
    for d in docs:
        click.echo(f"{d.id}\t{d.chunk_count} chunks\t{d.title}\t{d.source}")


@kb.command("rm")
@click.argument("name")
@click.argument("doc_id", required=False)
@click.option("--yes", "-y", is_flag=True, help="do not ask before deleting a whole collection")
@click.pass_context
def rm(ctx, name, doc_id, yes):
    """Delete the collection NAME, or only its document DOC_ID."""
    base, _ = _open(ctx)
    if doc_id is not None:
        base.get(name).delete(doc_id)
        click.echo(f"deleted {doc_id} from {name}")
        return
    info = base.describe(name)
    if not yes and not click.confirm(f"delete collection {name} and its {info['documents']} documents?"):
        sys.exit(1)
    base.delete(name)
    click.echo(f"deleted collection {name}")


@kb.command()
@click.argument("name")
@click.argument("query")
@click.option("--k", type=click.IntRange(1, 100), default=5, show_default=True)
@click.option("--filter", "filters", multiple=True, metavar="KEY=VALUE", help="metadata, source or document_id")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def search(ctx, name, query, k, filters, as_json):
    """Search NAME for QUERY (keywords and meaning)."""
    base, _ = _open(ctx)
    hits = base.search(name, query, k=k, filter=_filters(filters))
    if as_json:
        click.echo(json.dumps([h.to_dict() for h in hits], ensure_ascii=False))
        return
    for i, h in enumerate(hits, start=1):
        where = " — ".join(filter(None, [h.title, h.heading, f"p. {h.page}" if h.page else None]))
        click.echo(f"[{i}] {h.score:.3f}  {where}  ({h.source})")
        click.echo("    " + " ".join(h.text.split())[:300])


@kb.command()
@click.argument("name")
@click.argument("question")
@click.option("--k", type=click.IntRange(1, 20), default=5, show_default=True)
@click.option("--model", help="chat model  [default: kb-answer-ja for Japanese questions, else the server's model]")
@click.option("--max-tokens", type=click.IntRange(1), default=256, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def ask(ctx, name, question, k, model, max_tokens, as_json):
    """Answer QUESTION from NAME's documents, citing them as [1], [2]."""
    base, runtime = _open(ctx)
    plan = base.plan_answer(name, question, k=k)

    def specialist_ready(adapter: str) -> bool:  # its base model is pulled on first use, as a default model is
        if not runtime.settings.server.japanese_answers or not runtime.adapters.exists(adapter):
            return False
        ensure_installed(runtime.store, runtime.adapters.get(adapter).base)
        return runtime.adapter_ready(adapter)

    default = runtime.settings.server.model
    model = answering_model(plan, model, default, specialist_ready=specialist_ready) if plan.supported else model or default
    engine = None
    if plan.supported:
        ensure_installed(runtime.store, model)
        engine = runtime.chat(model)
    params = SamplingParams(temperature=0.0, max_tokens=max_tokens, stop_on_repetition=True)
    out = (lambda _: None) if as_json else (lambda text: (sys.stdout.write(text), sys.stdout.flush()))
    text, citations = answer(plan, engine, params, out)
    if as_json:
        click.echo(json.dumps({"answer": text, "model": model, "supported": plan.supported,
                               "citations": [c.to_dict() for c in citations]}, ensure_ascii=False))
        return
    click.echo()
    for c in citations:
        click.echo(f"[{c.index}] {c.title} ({c.source})")
    if plan.supported:
        click.echo(f"(answered by {model})")
