"""`kogata extract` (JSON from documents, every value with where it occurs) and `kogata tune extract`
(a LoRA specialist for one schema)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Iterator

import click
from tqdm import tqdm

from ..errors import DataError, InvalidRequest, KogataError
from ..kb.ingest import find_files
from ..kb.readers import read_document
from ..runtime import Runtime
from . import main, settings
from .classify import distill_group, tune
from .common import ensure_installed


def _json_file(path: Path, what: str) -> Any:
    try:
        return json.loads(path.expanduser().read_text(encoding="utf-8-sig"))
    except OSError as e:
        raise InvalidRequest(f"cannot read {what} {path}: {e.strerror or e}") from None
    except ValueError as e:
        raise InvalidRequest(f"{what} {path} is not JSON: {e}") from None


def _jsonl(path: Path, what: str) -> list[dict]:
    try:
        lines = path.expanduser().read_text(encoding="utf-8-sig").splitlines()
    except OSError as e:
        raise DataError(f"cannot read {what} {path}: {e.strerror or e}") from None
    rows = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                raise DataError(f"{path.name} row {n}: not valid JSON ({e})") from None
    return rows


def _finished(out: Path | None) -> set[str]:
    """Files with a result in `out` already (rows with an error are tried again)."""
    if out is None or not out.exists():
        return set()
    done = set()
    for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            row = json.loads(line)
        except ValueError:  # a line cut by an interrupted run
            continue
        if isinstance(row, dict) and "data" in row and isinstance(row.get("file"), str):
            done.add(row["file"])
    return done


@main.command("extract")
@click.argument("schema", type=click.Path(path_type=Path))
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--model", help="chat model or extraction specialist  [default: gemma3-270m, the extraction_model setting]")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="append results to this JSONL file; files it has results for already are skipped")
@click.option("--strict", is_flag=True, help="values found nowhere in the document become null (dropped from lists)")
@click.option("--examples", type=click.Path(dir_okay=False, path_type=Path),
              help="JSONL of {\"text\", \"output\"} examples shown to the model before each document")
@click.option("--max-tokens", type=click.IntRange(16, 16384), default=512, show_default=True,
              help="longest output per chunk")
@click.option("--chunk-tokens", type=click.IntRange(64, 65536), default=1024, show_default=True,
              help="longer documents are cut into chunks of at most this many model tokens")
@click.option("--quiet", "-q", is_flag=True, help="no progress bar")
@click.pass_context
def extract_cmd(ctx: click.Context, schema: Path, files: tuple[Path, ...], model: str | None, out: Path | None,
                strict: bool, examples: Path | None, max_tokens: int, chunk_tokens: int, quiet: bool) -> None:
    """Extract the data that the JSON Schema SCHEMA describes from each of FILES (txt, md, html, pdf,
    docx, csv, jsonl; folders are searched). One JSON line per file: "data", "evidence" (each copied
    value's span in the file's text) and "ungrounded" (values found nowhere in it)."""
    from ..tasks.extract import Extractor, task_for_model

    schema_value = _json_file(schema, "schema")
    shots = _jsonl(examples, "examples") if examples else []
    paths = find_files(files)
    if not paths:
        raise InvalidRequest("no files of a readable type (txt, md, html, pdf, docx, csv, jsonl) in " + " ".join(map(str, files)))
    done = _finished(out)
    todo = [p for p in paths if str(p.resolve()) not in done]
    s = settings(ctx)
    runtime = Runtime(s)
    ctx.call_on_close(runtime.close)
    model = model or s.server.extraction_model
    ensure_installed(runtime.store, model)
    adapter = runtime.adapter_of(model)
    if adapter is not None:
        ensure_installed(runtime.store, adapter.base)
    task = task_for_model(adapter.manifest if adapter else None, schema_value, shots)
    extractor = Extractor(runtime.chat(model), task, strict=strict, max_tokens=max_tokens, chunk_tokens=chunk_tokens,
                          window=s.engine.parallel)
    if len(todo) < len(paths):
        click.echo(f"{len(paths) - len(todo)} of {len(paths)} files have results in {out} already", err=True)
    sink = out.open("a", encoding="utf-8") if out else sys.stdout
    failed = 0
    try:
        with tqdm(total=len(todo), unit="doc", desc="extract", disable=quiet or not todo, file=sys.stderr) as bar:
            for key, result in extractor.extract_many(_documents(todo)):
                row = {"file": key}
                if isinstance(result, KogataError):
                    failed += 1
                    row["error"] = result.message
                else:
                    row.update(result.to_dict())
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
                sink.flush()
                bar.update()
    finally:
        if out:
            sink.close()
    if failed:
        click.echo(f"{failed} of {len(todo)} files failed (their rows carry \"error\")", err=True)
        sys.exit(1)


def _documents(paths: list[Path]) -> Iterator[tuple[str, Any]]:
    """(resolved path, document or why it cannot be read)."""
    for path in paths:
        key = str(path.resolve())
        try:
            yield key, read_document(path.read_bytes(), path.name)
        except KogataError as e:
            yield key, e
        except OSError as e:
            yield key, InvalidRequest(f"cannot read {path}: {e.strerror or e}")


@tune.command("extract")
@click.argument("name")
@click.argument("data", type=click.Path(dir_okay=False, path_type=Path), required=False)
@click.option("--schema", "schema_path", type=click.Path(dir_okay=False, path_type=Path),
              help="the JSON Schema every row's output follows (not with --from-feedback: NAME keeps its own)")
@click.option("--base", default="gemma3-270m", show_default=True, help="model the adapter is trained on")
@click.option("--epochs", type=click.IntRange(1, 100), default=2, show_default=True)
@click.option("--lr", type=click.FloatRange(min=0, min_open=True), default=5e-4, show_default=True)
@click.option("--rank", type=click.IntRange(1, 256), default=16, show_default=True)
@click.option("--batch-size", type=click.IntRange(1, 4096), default=16, show_default=True)
@click.option("--eval-split", type=click.FloatRange(0, 0.5), default=0.1, show_default=True)
@click.option("--max-minutes", type=click.FloatRange(min=0, min_open=True), default=None,
              help="stop training after this many minutes")
@click.option("--threads", type=click.IntRange(1, 1024), default=None)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--replace", is_flag=True, help="replace an existing adapter of the same name")
@click.option("--extend", is_flag=True, help="train adapter NAME further on the same data (see tune lora --extend)")
@click.option("--from-feedback", is_flag=True,
              help="retrain NAME on its rows plus the corrections given to its extractions since (POST /v1/feedback "
                   "with an output, or rating 1); promoted only if it measures up (no DATA)")
@click.option("--force", is_flag=True, help="with --from-feedback: promote the new version whatever it measures")
@click.option("--quiet", "-q", is_flag=True)
@click.pass_context
def tune_extract(ctx: click.Context, name: str, data: Path | None, schema_path: Path | None, base: str, epochs: int, lr: float,
                 rank: int, batch_size: int, eval_split: float, max_minutes: float | None, threads: int | None,
                 seed: int, replace: bool, extend: bool, from_feedback: bool, force: bool, quiet: bool) -> None:
    """Train NAME, an extraction specialist of BASE, on DATA: JSONL rows of {"text", "output"}, where
    output follows the schema. The prompt and schema are stored with the adapter: `kogata extract
    SCHEMA FILES --model NAME` asks it exactly the way it learned."""
    import tempfile

    from ..models.adapters import adapter_store
    from ..models.store import ModelStore
    from ..tasks.extract.task import SPECIALIST_SYSTEM, ExtractionTask, answer_text
    from ..tune import require_torch
    from ..tune.job import tune_lora
    from ..tune.train import TrainOptions

    require_torch()
    adapter_store(settings(ctx)).folder(name)  # a bad name fails before any work
    if from_feedback or force:
        if data is not None or schema_path is not None or not from_feedback:
            raise DataError("--from-feedback retrains on the rows and schema NAME was trained on: give no DATA or "
                            "--schema; --force goes with it")
        from .tune_lora import retrain

        return retrain(ctx, name, force=force, max_minutes=max_minutes, threads=threads, quiet=quiet)
    if data is None or schema_path is None:
        raise DataError("give the training data and its schema: kogata tune extract NAME DATA --schema SCHEMA")
    task = ExtractionTask(_json_file(schema_path, "schema"), system=SPECIALIST_SYSTEM)
    rows = []
    for n, row in enumerate(_jsonl(data, "data"), 1):
        try:
            ExtractionTask(task.schema, [row])  # a row is a valid example of the schema
        except KogataError as e:
            raise DataError(f"{data.name} row {n}: {e.message.removeprefix('example 1').lstrip(': ')}") from None
        rows.append({"messages": [*task.messages(row["text"]), {"role": "assistant", "content": answer_text(row["output"])}]})
    if not rows:
        raise DataError(f"{data.name} has no rows; each line should be {{\"text\", \"output\"}}")
    s = settings(ctx)
    models = ModelStore(s.models_dir)
    ensure_installed(models, base)
    options = TrainOptions(rank=rank, alpha=2.0 * rank, lr=lr, epochs=epochs, batch_size=batch_size,
                           eval_split=eval_split, max_minutes=max_minutes, threads=threads, seed=seed)
    with tempfile.TemporaryDirectory(prefix="kogata-extract-") as tmp:
        converted = Path(tmp) / "rows.jsonl"
        converted.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        adapter = tune_lora(models.get(base), converted, name, adapter_store(s), options,
                            replace=replace, extend=extend, progress=not quiet, source=data,
                            task={"kind": "extract", "schema": task.schema, "system": task.system})
    m = adapter.manifest["metrics"]
    click.echo(json.dumps({k: m.get(k) for k in ("examples", "held_out", "eval_loss_base", "eval_loss", "train_seconds")}))
    click.echo(f"extraction specialist {adapter.name} of {adapter.base} saved; use: kogata extract "
               f"{schema_path} FILES --model {adapter.name}")


@distill_group.command("extract")
@click.argument("name")
@click.option("--from", "source", required=True, type=click.Path(path_type=Path),
              help="unlabelled texts: a CSV (header row), JSONL or text file (one per line)")
@click.option("--schema", "schema_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="the JSON Schema of what to extract")
@click.option("--text-col", default="text", show_default=True, help="column (CSV) or field (JSONL) with the text")
@click.option("--budget", type=click.IntRange(min=1), default=300, show_default=True, help="most calls to the teacher")
@click.option("--base", default="gemma3-270m", show_default=True, help="model the specialist is trained on")
@click.option("--replace", is_flag=True, help="replace an existing adapter of the same name")
@click.option("--quiet", "-q", is_flag=True)
@click.pass_context
def distill_extract(ctx: click.Context, name: str, source: Path, schema_path: Path, text_col: str, budget: int,
                    base: str, replace: bool, quiet: bool) -> None:
    """Have the upstream model extract SCHEMA's data from texts of --from, then train extraction
    specialist NAME on its answers (as `kogata tune extract` does; the rows are kept)."""
    from ..learn.distill import ExtractionTeacher
    from ..route.audit import audit_log
    from ..route.guarded import GuardedUpstream
    from ..route.privacy import guard
    from ..route.upstream import UpstreamClient
    from ..tasks.classifier.data import read_texts
    from ..tasks.extract.task import ExtractionTask

    s = settings(ctx)
    client = UpstreamClient.from_settings(s.upstream)
    if client is None:
        raise DataError("no upstream model is configured to teach: set upstream.url and upstream.model "
                        "(KOGATA_UPSTREAM_URL, KOGATA_UPSTREAM_MODEL)")
    texts = list(dict.fromkeys(read_texts(source, text_col=text_col)))[:budget]
    teacher = ExtractionTeacher(GuardedUpstream(client, audit_log(s)), guard(s),
                                ExtractionTask(_json_file(schema_path, "schema")))
    outputs = teacher.ask(texts)
    rows = [{"text": t, "output": o} for t, o in zip(texts, outputs) if o is not None]
    kept = s.home_dir / "learning" / f"{name}.teacher.jsonl"
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    cost = teacher.cost
    click.echo(f"teacher {client.model}: {cost.calls} calls, {cost.prompt_tokens + cost.completion_tokens} tokens, "
               f"{cost.unreadable} answers not following the schema, {cost.failed} failed; {len(rows)} rows kept in {kept}",
               err=True)
    if not rows:
        raise DataError("the teacher gave no answer that follows the schema; nothing to train on")
    ctx.invoke(tune_extract, name=name, data=kept, schema_path=schema_path, base=base, replace=replace, quiet=quiet)
