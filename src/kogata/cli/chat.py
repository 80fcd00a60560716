"""`kogata run MODEL [PROMPT]`: one-shot or interactive chat in the terminal."""

from __future__ import annotations

import sys

import click

from ..engine.base import ChatEngine, Finished, GenerationRequest, SamplingParams
from ..runtime import Runtime
from . import main, settings
from .common import ensure_installed


def stream_answer(engine: ChatEngine, messages: list[dict], params: SamplingParams, out=None) -> tuple[str, Finished]:
    """Print the answer as it comes; Ctrl-C stops this answer and returns what was said so far."""
    out = out or sys.stdout
    gen = engine.submit(GenerationRequest(engine.render_chat(messages), params, chat=True))
    parts: list[str] = []
    try:
        for event in gen:
            if isinstance(event, Finished):
                out.write("\n")
                out.flush()
                return "".join(parts), event
            parts.append(event.text)
            out.write(event.text)
            out.flush()
    except KeyboardInterrupt:
        gen.cancel()
        for event in gen:  # drain to the engine's final event
            if isinstance(event, Finished):
                out.write("\n[stopped]\n")
                return "".join(parts), event
    raise AssertionError("unreachable")


@main.command()
@click.argument("model")
@click.argument("prompt", required=False)
@click.option("--system", help="system prompt")
@click.option("--temperature", type=click.FloatRange(0, 2), default=0.7, show_default=True)
@click.option("--max-tokens", type=click.IntRange(1), default=512, show_default=True)
@click.option("--seed", type=int)
@click.pass_context
def run(ctx, model, prompt, system, temperature, max_tokens, seed):
    """Chat with MODEL: answer PROMPT and exit, or talk interactively without one."""
    s = settings(ctx)
    runtime = Runtime(s)
    ensure_installed(runtime.store, model)
    engine = runtime.chat(model)
    params = SamplingParams(temperature=temperature, max_tokens=max_tokens, seed=seed)
    history: list[dict] = [{"role": "system", "content": system}] if system else []
    try:
        if prompt is not None:
            stream_answer(engine, [*history, {"role": "user", "content": prompt}], params)
            return
        _interactive(engine, history, params)
    finally:
        runtime.close()


def _interactive(engine: ChatEngine, history: list[dict], params: SamplingParams) -> None:
    try:
        import readline  # noqa: F401  (line editing and ↑ history for input())
    except ImportError:
        pass
    click.echo(f"Chatting with {engine.info.name}. /exit or Ctrl-D to leave; Ctrl-C stops an answer.", err=True)
    while True:
        try:
            line = input(">>> ")
        except EOFError:
            click.echo(err=True)
            return
        except KeyboardInterrupt:
            click.echo(err=True)
            continue
        if line.strip() in ("/exit", "/quit", "/bye"):
            return
        if not line.strip():
            continue
        history.append({"role": "user", "content": line})
        answer, _ = stream_answer(engine, history, params)
        history.append({"role": "assistant", "content": answer})
