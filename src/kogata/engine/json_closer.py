"""Following a JSON document as it is generated, to know at every token the shortest text that would
close it validly against its schema: open strings finished (an enum value or a `pattern` completed),
numbers and literals completed, required keys still missing given their smallest values, arrays
brought to `minItems`, brackets closed. The engine uses it to end a structured output whose
`max_tokens` is about to run out with a document that parses and validates (engine/llama_engine.py)."""

from __future__ import annotations

import codecs
import copy
import json
from dataclasses import dataclass, field
from typing import Any

from .schema_values import (
    admits,
    any_new_key,
    dumps,
    expand,
    item_schemas,
    names_all,
    number_completion,
    property_schemas,
    required,
    resolved,
    smallest_of,
    string_completion,
    valid,
)

_ESCAPE_ENDINGS = {"\\": "\\", "\\u": "0020"}
_WHITESPACE = " \t\r\n"


@dataclass
class _Frame:
    schemas: list[dict]  # the candidates the container may still match (anyOf branches, type lists)
    kind: str  # "object" or "array"
    state: str  # object: key_or_end, key, colon, value, comma_or_end, key_next; array: value_or_end, value, comma_or_end
    keys: list[str] = field(default_factory=list)
    count: int = 0


@dataclass
class _Scalar:
    kind: str  # "string", "key", "number", "literal"
    schemas: list[dict]
    text: str = ""  # decoded content (strings: without quotes and with escapes resolved)
    raw: str = ""  # strings: the JSON text of the content as written, escapes included
    escape: str = ""  # an escape sequence still open in a string, e.g. "\\u00"


class JsonCloser:
    """Fed the bytes of a document as they are sampled (`push`); `closing()` is the text that ends
    it validly, or None when the document left what this follows (then nothing can be promised)."""

    def __init__(self, schema: dict):
        self._root = schema
        self._stack: list[_Frame] = []
        self._scalar: _Scalar | None = None
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.done = False
        self.broken = False

    def copy(self) -> JsonCloser:
        other = copy.copy(self)
        other._stack = [copy.copy(f) for f in self._stack]
        for f in other._stack:
            f.keys = list(f.keys)
        other._scalar = copy.copy(self._scalar)
        other._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        other._decoder.setstate(self._decoder.getstate())
        return other

    def push(self, data: bytes) -> None:
        if self.broken:
            return
        try:
            text = self._decoder.decode(data)
        except UnicodeDecodeError:
            self.broken = True
            return
        for ch in text:
            self._char(ch)
            if self.broken:
                return

    @property
    def incomplete_bytes(self) -> bool:
        """A character split across tokens is pending; `closing()` assumes it is dropped."""
        return bool(self._decoder.getstate()[0])

    # ------------------------------------------------------------ following the text

    def _char(self, ch: str) -> None:
        s = self._scalar
        if s is not None and s.kind in ("string", "key"):
            self._string_char(s, ch)
            return
        if s is not None and s.kind == "number":
            if ch in "0123456789+-.eE":
                s.text += ch
                return
            self._value_done()
        elif s is not None and s.kind == "literal":
            if ch.isalpha():
                s.text += ch
                return
            self._value_done()
        if ch in _WHITESPACE:
            return
        top = self._stack[-1] if self._stack else None
        if self._expects_value(top):
            if top is not None and top.kind == "array" and top.state == "value_or_end" and ch == "]":
                self._stack.pop()
                self._value_done()
            else:
                self._start_value(ch, self._child_schemas(top))
        elif top is None:
            self.broken = True  # text after the document
        elif top.kind == "object":
            self._object_char(top, ch)
        elif ch == "," and top.state == "comma_or_end":
            top.state = "value"
        elif ch == "]" and top.state == "comma_or_end":
            self._stack.pop()
            self._value_done()
        else:
            self.broken = True

    def _expects_value(self, top: _Frame | None) -> bool:
        if top is None:
            return not self.done
        return top.state == "value" or (top.kind == "array" and top.state == "value_or_end")

    def _object_char(self, top: _Frame, ch: str) -> None:
        if ch == '"' and top.state in ("key_or_end", "key_next"):
            top.state = "key"
            self._scalar = _Scalar("key", top.schemas)
        elif ch == ":" and top.state == "colon":
            top.state = "value"
        elif ch == "," and top.state == "comma_or_end":
            top.state = "key_next"
        elif ch == "}" and top.state in ("key_or_end", "comma_or_end"):
            self._stack.pop()
            self._value_done()
        else:
            self.broken = True

    def _start_value(self, ch: str, schemas: list[dict]) -> None:
        kind = {"{": "object", "[": "array", '"': "string", "t": "boolean", "f": "boolean", "n": "null"}.get(ch)
        if kind is None and (ch.isdigit() or ch == "-"):
            kind = "number"
        if kind is None:
            self.broken = True
            return
        fitting = [s for s in schemas if admits(s, kind)] or schemas
        if kind in ("object", "array"):
            self._stack.append(_Frame(fitting, kind, "key_or_end" if kind == "object" else "value_or_end"))
        elif kind == "string":
            self._scalar = _Scalar("string", fitting)
        elif kind == "number":
            self._scalar = _Scalar("number", fitting, ch)
        else:
            self._scalar = _Scalar("literal", fitting, ch)

    def _string_char(self, s: _Scalar, ch: str) -> None:
        if ch != '"' or s.escape:
            s.raw += ch
        if s.escape:
            s.escape += ch
            if s.escape[1] != "u":
                s.text += json.loads(f'"{s.escape}"')
                s.escape = ""
            elif len(s.escape) == 6:
                s.text += chr(int(s.escape[2:], 16))
                s.escape = ""
        elif ch == "\\":
            s.escape = ch
        elif ch == '"':
            if s.kind == "key":
                top = self._stack[-1]
                top.keys.append(s.text)
                top.state = "colon"
                self._scalar = None
            else:
                self._value_done()
        else:
            s.text += ch

    def _value_done(self) -> None:
        finished, self._scalar = self._scalar, None
        if not self._stack:
            self.done = True
            return
        top = self._stack[-1]
        if top.kind == "array":
            top.count += 1
        elif finished is not None and len(top.schemas) > 1:
            # The value of a key narrows the candidates: {"name": "f2", ...} is the branch of f2
            value = _scalar_value(finished)
            key = top.keys[-1]
            narrowed = [s for s in top.schemas if valid(value, property_schemas(s, key, self._root))]
            top.schemas = narrowed or top.schemas
        top.state = "comma_or_end"

    def _child_schemas(self, top: _Frame | None) -> list[dict]:
        if top is None:
            return expand(self._root, self._root)
        out: list[dict] = []
        for s in top.schemas:
            if top.kind == "object":
                out += property_schemas(s, top.keys[-1], self._root)
            else:
                out += item_schemas(s, top.count, self._root)
        return out or [{}]

    # ------------------------------------------------------------ closing

    def closing(self) -> str | None:
        if self.broken:
            return None
        if self.done:
            return ""
        out = []
        stack = [copy.copy(f) for f in self._stack]
        for f in stack:
            f.keys = list(f.keys)
        s = self._scalar
        if s is not None:
            text = self._finish_scalar(s, stack[-1] if stack else None)
            if text is None:
                return None
            out.append(text)
        elif not stack:
            return smallest_of(expand(self._root, self._root), self._root, 0)
        for depth in range(len(stack) - 1, -1, -1):
            frame = stack[depth]
            if depth < len(stack) - 1 or (s is not None and s.kind != "key"):
                _after_value(frame)
            text = self._finish_frame(frame)
            if text is None:
                return None
            out.append(text)
        return "".join(out)

    def _finish_scalar(self, s: _Scalar, top: _Frame | None) -> str | None:
        if s.kind == "literal":
            return next((w[len(s.text):] for w in ("true", "false", "null") if w.startswith(s.text)), None)
        if s.kind == "number":
            return number_completion(s.text, s.schemas)
        if s.kind == "key":
            key = _key_completion(top, s, self._root)
            if key is None:
                return None
            top.keys.append(key[0])
            top.state = "colon"
            return key[1] + '"'
        ending = _string_ending(s)
        if ending is None:
            return None
        value, rest = ending
        if top is not None and top.kind == "object" and len(top.schemas) > 1:
            narrowed = [c for c in top.schemas if valid(value, property_schemas(c, top.keys[-1], self._root))]
            top.schemas = narrowed or top.schemas
        return rest + '"'

    def _finish_frame(self, frame: _Frame) -> str | None:
        out = []
        if frame.kind == "object":
            # the first candidate that names every key written so far
            schema = next((c for c in frame.schemas if names_all(c, frame.keys, self._root)), frame.schemas[0])
            if frame.state == "colon":
                out.append(":")
                frame.state = "value"
            if frame.state == "value":
                value = smallest_of(property_schemas(schema, frame.keys[-1], self._root), self._root, 0)
                if value is None:
                    return None
                out.append(value)
                frame.state = "comma_or_end"
            missing = [k for k in required(schema, self._root) if k not in frame.keys]
            if frame.state == "key_next" and not missing:
                missing = [any_new_key(schema, frame.keys, self._root)]
            for key in missing:
                value = smallest_of(property_schemas(schema, key, self._root), self._root, 0)
                if value is None:
                    return None
                out.append(("," if frame.state == "comma_or_end" else "") + dumps(key) + ":" + value)
                frame.state = "comma_or_end"
            return "".join(out) + "}"
        schema = frame.schemas[0]
        low = resolved(schema, self._root).get("minItems", 0)
        while frame.state == "value" or frame.count < low:
            value = smallest_of(item_schemas(schema, frame.count, self._root), self._root, 0)
            if value is None:
                return None
            out.append(("," if frame.state == "comma_or_end" else "") + value)
            frame.count += 1
            frame.state = "comma_or_end"
        return "".join(out) + "]"


# ---------------------------------------------------------------- schemas


def _after_value(frame: _Frame) -> None:
    if frame.kind == "array":
        frame.count += 1
    frame.state = "comma_or_end"


def _scalar_value(s: _Scalar) -> Any:
    if s.kind == "string":
        return s.text
    try:
        return json.loads(s.text)
    except json.JSONDecodeError:
        return None


def _raw_rest(raw: str, value: str) -> str | None:
    """What follows `raw` in the JSON text of the string `value`, escaped either way, if it can."""
    for form in (dumps(value)[1:-1], json.dumps(value)[1:-1]):
        if form.startswith(raw):
            return form[len(raw):]
    return None


def _escape_end(s: _Scalar) -> tuple[str, str]:
    """The text that ends an open escape (JSON, decoded)."""
    if not s.escape:
        return "", ""
    end = _ESCAPE_ENDINGS.get(s.escape, "0" * (6 - len(s.escape)))
    return end, json.loads(f'"{s.escape}{end}"')


def _key_completion(frame: _Frame, s: _Scalar, root: dict) -> tuple[str, str] | None:
    """The key an open key string becomes and the JSON text that completes it."""
    schema = resolved(frame.schemas[0], root)
    unseen = [k for k in schema.get("properties", {}) if k not in frame.keys]
    missing = [k for k in required(schema, root) if k in unseen]
    for key in missing + unseen:
        rest = _raw_rest(s.raw, key)
        if rest is not None:
            return key, rest
    if schema.get("additionalProperties", True) is False:
        return None
    end, decoded = _escape_end(s)
    return s.text + decoded, end


def _string_ending(s: _Scalar) -> tuple[str, str] | None:
    """The value an open string becomes and the JSON text that completes it (without the quote)."""
    fixed = [v for c in s.schemas for v in ([c["const"]] if "const" in c else c.get("enum", [])) if isinstance(v, str)]
    endings = [(v, rest) for v in fixed if (rest := _raw_rest(s.raw, v)) is not None]
    free = [c for c in s.schemas if "const" not in c and "enum" not in c]
    if free:
        end, decoded = _escape_end(s)
        rest = string_completion(s.text + decoded, free)
        if rest is not None:
            endings.append((s.text + decoded + rest, end + dumps(rest)[1:-1]))
    return min(endings, key=lambda e: len(e[1])) if endings else None


