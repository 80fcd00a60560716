"""`kogata export` (an adapter merged into its base, one standalone GGUF) and `kogata quantize`
(llama.cpp's quantizer, with what the smaller file costs in perplexity)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import KogataError
from ..models.adapters import adapter_store
from ..models.store import ModelStore
from . import main, settings


def _text(path: Path | None) -> str:
    from ..tune.quantize import sample_text

    if path is None:
        return sample_text()
    try:
        return path.expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise KogataError(f"cannot read {path} as UTF-8 text: {e}") from None


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 2**20:.1f} MiB"


@main.command("export")
@click.argument("name")
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--quant", default="q8_0", show_default=True,
              help="llama.cpp type of the written file: f32, f16, bf16, q8_0, q6_k, q5_k_m, q4_k_m, q4_0, …")
@click.option("--text", type=click.Path(path_type=Path), help="held-out text for the check  [default: kogata's own]")
@click.option("--no-check", is_flag=True, help="skip comparing the file with base+adapter")
@click.option("--threads", type=click.IntRange(1, 1024), default=None)
@click.pass_context
def export_cmd(ctx: click.Context, name: str, out: Path, quant: str, text: Path | None, no_check: bool,
               threads: int | None) -> None:
    """Merge adapter NAME into its base model and write OUT, a standalone GGUF file that llama.cpp,
    Ollama or LM Studio load as any model; then compare it with base+adapter on a held-out text."""
    from ..tune.export import export_adapter
    from ..tune.quantize import compare

    s = settings(ctx)
    adapter = adapter_store(s).get(name)
    base = ModelStore(s.models_dir).get(adapter.base)
    if out.exists() and out.is_dir():
        out = out / f"{name}-{quant.lower()}.gguf"
    click.echo(f"merging {name} into {base.name} and quantizing to {quant}…", err=True)
    export_adapter(base, adapter, out, quant, threads=threads)
    report = {"file": str(out), "size": _size(out), "quant": quant.lower()}
    if not no_check:
        report["vs_base_plus_adapter"] = compare(base.path, out, _text(text), adapter=adapter.path,
                                                 threads=threads or s.engine.threads).to_dict()
    click.echo(json.dumps(report, ensure_ascii=False))


@main.command("quantize")
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--type", "qtype", required=True, help="q8_0, q6_k, q5_k_m, q4_k_m, q4_0, q3_k_m, q2_k, f16, …")
@click.option("--text", type=click.Path(path_type=Path), help="held-out text for the perplexity comparison  "
              "[default: kogata's own, Japanese and English]")
@click.option("--no-report", is_flag=True, help="skip the perplexity comparison")
@click.option("--threads", type=click.IntRange(1, 1024), default=None)
@click.pass_context
def quantize_cmd(ctx: click.Context, source: Path, out: Path, qtype: str, text: Path | None, no_report: bool,
                 threads: int | None) -> None:
    """Quantize the GGUF model SOURCE to OUT with llama.cpp's quantizer, then report the perplexity of
    both on a held-out text, so that the cost of the smaller file is visible."""
    from ..models.gguf_info import is_gguf
    from ..tune.quantize import compare, quantize

    s = settings(ctx)
    source = source.expanduser()
    if not source.is_file() or not is_gguf(source):
        raise KogataError(f"{source} is not a GGUF file")
    quantize(source, out.expanduser(), qtype, threads=threads)
    report = {"file": str(out), "type": qtype.lower(), "size_in": _size(source), "size_out": _size(out)}
    if not no_report:
        report.update(compare(source, out, _text(text), threads=threads or s.engine.threads).to_dict())
    click.echo(json.dumps(report, ensure_ascii=False))
