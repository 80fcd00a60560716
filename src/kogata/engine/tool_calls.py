"""Tool calling: OpenAI's `tools`, `tool_choice` and `parallel_tool_calls` checked, turned into a grammar
that constrains the model's reply to calls whose arguments follow each function's JSON Schema, and the
reply parsed back into calls.

A call is written as the Hermes/Qwen family of chat templates teaches it, one block per call:

    <tool_call>
    {"name": "book_room", "arguments": {"room": "A", "start": "2026-12-07T10:00"}}
    </tool_call>

With `tool_choice` "auto" the grammar also allows plain text, which must not start with "<"; with
"required" or a named function the reply is calls only."""

from __future__ import annotations

import codecs
import json
import re
import uuid
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..errors import InvalidRequest, InvalidSchema
from .json_closer import JsonCloser
from .structured import StructuredOutput, embedded_grammar

OPEN, CLOSE = "<tool_call>", "</tool_call>"
_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


@dataclass(frozen=True)
class Function:
    name: str
    description: str
    parameters: dict

    def declaration(self) -> dict:
        return {"type": "function", "function": {"name": self.name, "description": self.description,
                                                 "parameters": self.parameters}}


@dataclass(frozen=True)
class ToolSpec:
    functions: tuple[Function, ...]
    choice: str  # "auto", "none", "required", or the name of the one function to call
    parallel: bool = True

    @classmethod
    def from_request(cls, tools: Any, tool_choice: Any = None, parallel_tool_calls: Any = None) -> ToolSpec | None:
        """Check OpenAI's tool fields (a 400 naming what is wrong); None when no tools are given."""
        if tools is None or tools == []:
            if tool_choice not in (None, "none", "auto"):
                raise InvalidRequest("tool_choice needs tools", param="tool_choice")
            return None
        if not isinstance(tools, list):
            raise InvalidRequest("tools must be a list of {\"type\": \"function\", \"function\": {...}}", param="tools")
        functions = tuple(_function(tool, i) for i, tool in enumerate(tools))
        names = [f.name for f in functions]
        if len(set(names)) != len(names):
            raise InvalidRequest("two tools have the same function name", param="tools")
        if parallel_tool_calls is not None and not isinstance(parallel_tool_calls, bool):
            raise InvalidRequest("parallel_tool_calls must be true or false", param="parallel_tool_calls")
        return cls(functions, _choice(tool_choice, names), parallel_tool_calls is not False)

    @property
    def offered(self) -> tuple[Function, ...]:
        """The functions the reply may call."""
        if self.choice == "none":
            return ()
        if self.choice in ("auto", "required"):
            return self.functions
        return tuple(f for f in self.functions if f.name == self.choice)

    @property
    def call_schema(self) -> dict:
        calls = [{"type": "object", "additionalProperties": False, "required": ["name", "arguments"],
                  "properties": {"name": {"const": f.name}, "arguments": f.parameters}} for f in self.offered]
        return calls[0] if len(calls) == 1 else {"anyOf": calls}

    @cached_property
    def grammar(self) -> str | None:
        if not self.offered:
            return None

        def root(call: str) -> str:
            block = f'"{OPEN}\\n" {call} "\\n{CLOSE}"'
            calls = f'{block} ("\\n" {block})*' if self.parallel else block
            return f"({calls}) | ([^<] [^\\x00]*)?" if self.choice == "auto" else calls

        return embedded_grammar(self.call_schema, root)

    def closer(self) -> ToolCallCloser:
        return ToolCallCloser(self.call_schema, text_allowed=self.choice == "auto")

    def instructions(self) -> str:
        """The system prompt that teaches a model whose chat template knows no tools how to call them."""
        listed = "\n".join(json.dumps(f.declaration(), ensure_ascii=False) for f in self.offered)
        rule = ("You must call one of them." if self.choice != "auto"
                else "Call one only when the user's request needs it; otherwise answer in plain text.")
        return (f"You can call these functions:\n<tools>\n{listed}\n</tools>\n{rule}\n"
                f"To call a function, reply with a block like this for each call:\n"
                f'{OPEN}\n{{"name": "function name", "arguments": {{"parameter": "value"}}}}\n{CLOSE}')


def _function(tool: Any, i: int) -> Function:
    where = f"tools[{i}]"
    if not isinstance(tool, dict) or tool.get("type") != "function" or not isinstance(tool.get("function"), dict):
        raise InvalidRequest(f'{where} must be {{"type": "function", "function": {{"name": ..., "parameters": ...}}}}',
                             param=where)
    fn = tool["function"]
    name = fn.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise InvalidRequest(f"{where}.function.name must be 1-64 characters of a-z, A-Z, 0-9, _ and -", param=where)
    description = fn.get("description") or ""
    if not isinstance(description, str):
        raise InvalidRequest(f"{where}.function.description must be a string", param=where)
    parameters = fn.get("parameters", {"type": "object", "properties": {}})
    try:
        StructuredOutput.from_schema(parameters, strict=bool(fn.get("strict")))
    except InvalidSchema as e:
        raise InvalidRequest(f"{where}.function.parameters ({name}): {e.message}", param=where) from None
    if isinstance(parameters, dict) and parameters.get("type", "object") != "object":
        raise InvalidRequest(f"{where}.function.parameters ({name}) must describe an object", param=where)
    return Function(name, description, parameters)


def _choice(tool_choice: Any, names: list[str]) -> str:
    if tool_choice is None:
        return "auto"
    if tool_choice in ("auto", "none", "required"):
        return tool_choice
    if isinstance(tool_choice, dict) and tool_choice.get("type") == "function":
        name = (tool_choice.get("function") or {}).get("name")
        if name not in names:
            raise InvalidRequest(f"tool_choice names the function {name!r}, which is not among the tools "
                                 f"({', '.join(names)})", param="tool_choice")
        return name
    raise InvalidRequest('tool_choice must be "auto", "none", "required" or {"type": "function", "function": {"name": ...}}',
                         param="tool_choice")


# ---------------------------------------------------------------- the reply


@dataclass
class ToolCall:
    name: str
    arguments: dict
    id: str = ""

    def __post_init__(self):
        self.id = self.id or f"call_{uuid.uuid4().hex[:24]}"

    def openai(self, index: int | None = None) -> dict:
        body = {"id": self.id, "type": "function",
                "function": {"name": self.name, "arguments": json.dumps(self.arguments, ensure_ascii=False)}}
        return body if index is None else {"index": index, **body}


def parse_reply(text: str) -> tuple[str | None, list[ToolCall]]:
    """The text outside call blocks (None when there is none) and the calls, in order."""
    calls, outside, pos = [], [], 0
    decoder = json.JSONDecoder()
    while (start := text.find(OPEN, pos)) >= 0:
        outside.append(text[pos:start])
        body = start + len(OPEN)
        while body < len(text) and text[body].isspace():
            body += 1
        try:
            value, end = decoder.raw_decode(text, body)
        except json.JSONDecodeError:
            pos = body
            outside.append(OPEN)
            continue
        close = text.find(CLOSE, end)
        if isinstance(value, dict) and isinstance(value.get("name"), str) and isinstance(value.get("arguments"), dict):
            calls.append(ToolCall(value["name"], value["arguments"]))
        pos = close + len(CLOSE) if close >= 0 and not text[end:close].strip() else end
    outside.append(text[pos:])
    content = "".join(outside).strip()
    return (content or None), calls


class ToolCallCloser:
    """The closer (engine/json_closer.py) of a reply of call blocks: the open block finished with the
    shortest valid call, or nothing when the reply is plain text."""

    def __init__(self, call_schema: dict, *, text_allowed: bool):
        self._schema = call_schema
        self._text_allowed = text_allowed
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self._mode = "start"  # start, text, open, json, close, between
        self._matched = 0
        self._json: JsonCloser | None = None
        self.broken = False

    def copy(self) -> ToolCallCloser:
        other = ToolCallCloser.__new__(ToolCallCloser)
        other.__dict__.update(self.__dict__)
        other._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        other._decoder.setstate(self._decoder.getstate())
        other._json = self._json.copy() if self._json is not None else None
        return other

    def push(self, data: bytes) -> None:
        try:
            text = self._decoder.decode(data)
        except UnicodeDecodeError:
            self.broken = True
            return
        for ch in text:
            self._char(ch)

    def _char(self, ch: str) -> None:
        mode = self._mode
        if mode == "text" or self.broken:
            return
        if mode in ("start", "between"):
            if ch.isspace():
                return
            if ch == "<":
                self._mode, self._matched = "open", 1
            elif mode == "start" and self._text_allowed:
                self._mode = "text"
            else:
                self.broken = True
        elif mode == "open":
            self._matched += 1
            if OPEN[self._matched - 1] != ch:
                self.broken = True
            elif self._matched == len(OPEN):
                self._mode, self._json = "json", JsonCloser(self._schema)
        elif mode == "json":
            if self._json.done and ch == "<":
                self._mode, self._matched = "close", 1
            else:
                self._json.push(ch.encode())
        elif mode == "close":
            self._matched += 1
            if CLOSE[self._matched - 1] != ch:
                self.broken = True
            elif self._matched == len(CLOSE):
                self._mode = "between"

    def closing(self) -> str | None:
        if self.broken:
            return None
        mode = self._mode
        if mode in ("text", "between") or (mode == "start" and self._text_allowed):
            return ""
        if mode == "close":
            return CLOSE[self._matched:]
        if mode == "json":
            rest = self._json.closing()
            return None if rest is None else rest + f"\n{CLOSE}"
        smallest = JsonCloser(self._schema).closing()
        if smallest is None:
            return None
        return (OPEN[self._matched:] if mode == "open" else OPEN) + f"\n{smallest}\n{CLOSE}"


class ReplySplitter:
    """A streamed reply split as it comes into text for `delta.content` and whole calls for
    `delta.tool_calls` (a call is sent once its block has closed)."""

    def __init__(self):
        self._buffer = ""
        self._mode: str | None = None  # "text" or "calls", once the first visible character has come
        self._sent = 0

    def feed(self, text: str) -> tuple[str, list[ToolCall]]:
        self._buffer += text
        if self._mode is None:
            head = self._buffer.lstrip()
            if not head:
                return "", []
            self._mode = "calls" if head.startswith("<") else "text"
        if self._mode == "text":
            out, self._buffer = self._buffer, ""
            return out, []
        end = self._buffer.rfind(CLOSE)
        return "", self._new(parse_reply(self._buffer[:end + len(CLOSE)])[1] if end >= 0 else [])

    def finish(self) -> tuple[str, list[ToolCall]]:
        if self._mode != "calls":
            out, self._buffer = self._buffer, ""
            return out, []
        content, calls = parse_reply(self._buffer)
        return content or "", self._new(calls)

    def _new(self, calls: list[ToolCall]) -> list[ToolCall]:
        new = calls[self._sent:]
        self._sent = len(calls)
        return new
