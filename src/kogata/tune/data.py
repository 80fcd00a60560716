"""Training rows for `kogata tune lora`: JSONL of `{"messages": [...]}` (trained on the assistant
turns) or `{"prompt": ..., "completion": ...}` (trained on the completion), tokenized with the base
model's own tokenizer (llama.cpp's), so that training sees exactly the tokens serving will. No torch."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..errors import DataError


class Tokenizer(Protocol):
    add_bos: bool
    eos_id: int

    def tokenize(self, text: str, *, add_bos: bool) -> list[int]: ...


@dataclass
class Example:
    row: int  # 1-based line number in the file
    tokens: list[int]
    target: list[bool]  # target[i]: tokens[i] is trained on (predicted from tokens[:i])

    @property
    def n_target(self) -> int:
        return sum(self.target)


def read_rows(path: Path) -> tuple[list[tuple[int, dict]], str]:
    """(line number, row) for each non-blank line, and the file's sha256."""
    path = Path(path).expanduser()
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise DataError(f"cannot read {path}: {e.strerror or e}") from None
    rows = []
    for n, line in enumerate(raw.decode("utf-8", "replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise DataError(f"{path.name} row {n}: not valid JSON ({e.msg})") from None
        if not isinstance(row, dict):
            raise DataError(f"{path.name} row {n}: expected a JSON object with \"messages\" or \"prompt\"/\"completion\"")
        rows.append((n, row))
    if not rows:
        raise DataError(f"{path.name} has no rows; each line should be {{\"prompt\", \"completion\"}} or {{\"messages\"}}")
    return rows, hashlib.sha256(raw).hexdigest()


def _text(value, where: str) -> str:
    if not isinstance(value, str):
        raise DataError(f"{where} must be a string")
    return value


def encode_row(n: int, row: dict, tok: Tokenizer, *, template=None, max_tokens: int, file: str = "data") -> Example:
    where = f"{file} row {n}"
    if "messages" in row:
        if template is None:
            raise DataError(f"{where}: chat rows need a model with a chat template")
        messages = row["messages"]
        if not isinstance(messages, list) or not all(isinstance(m, dict) and "role" in m for m in messages):
            raise DataError(f"{where}: \"messages\" must be a list of {{\"role\", \"content\"}} objects")
        tokens, target, done = [], [], ""
        for i, m in enumerate(messages):
            if m["role"] != "assistant":
                continue
            prefix = template.render(messages[:i], add_generation_prompt=True)
            full = template.render(messages[:i + 1], add_generation_prompt=False)
            if not prefix.startswith(done) or not full.startswith(prefix):
                raise DataError(f"{where}: the chat template does not render this conversation incrementally")
            _extend(tokens, target, tok, prefix[len(done):], False, first=not tokens)
            answer = full[len(prefix):]
            if not _text(m.get("content"), f"{where}: assistant content").strip():
                raise DataError(f"{where}: assistant turn {i + 1} is empty; there is nothing to train on")
            _extend(tokens, target, tok, answer, True, first=False)
            done = full
        if not any(target):
            raise DataError(f"{where}: no assistant turn; there is nothing to train on")
    elif "prompt" in row or "completion" in row:
        prompt = _text(row.get("prompt", ""), f"{where}: \"prompt\"")
        completion = _text(row.get("completion"), f"{where}: \"completion\"") if "completion" in row else ""
        if not completion.strip():
            raise DataError(f"{where}: empty or missing \"completion\"; there is nothing to train on")
        tokens, target = [], []
        _extend(tokens, target, tok, prompt, False, first=True)
        _extend(tokens, target, tok, completion, True, first=False)
        tokens.append(tok.eos_id)  # the model learns to stop
        target.append(True)
    else:
        raise DataError(f"{where}: expected \"messages\", or \"prompt\" and \"completion\"")
    if target and target[0]:
        target[0] = False  # the first token has nothing before it to predict it from
    if len(tokens) > max_tokens:
        raise DataError(f"{where} is {len(tokens)} tokens, longer than the training context of {max_tokens}; "
                        "shorten it or raise --max-tokens")
    return Example(n, tokens, target)


def _extend(tokens: list[int], target: list[bool], tok: Tokenizer, text: str, is_target: bool, *, first: bool):
    ids = tok.tokenize(text, add_bos=first and tok.add_bos)
    tokens.extend(ids)
    target.extend([is_target] * len(ids))


def load_examples(path: Path, tok: Tokenizer, *, template=None, max_tokens: int) -> tuple[list[Example], str]:
    rows, sha = read_rows(path)
    name = Path(path).name
    return [encode_row(n, row, tok, template=template, max_tokens=max_tokens, file=name) for n, row in rows], sha


def split(examples: list[Example], share: float, seed: int) -> tuple[list[Example], list[Example]]:
    """(train, held out): `share` of the rows (at least one when there are 10 or more) held out."""
    import random

    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    n_eval = int(round(len(examples) * share)) if len(examples) >= 10 else 0
    held = set(order[:n_eval])
    return [e for i, e in enumerate(examples) if i not in held], [e for i, e in enumerate(examples) if i in held]
