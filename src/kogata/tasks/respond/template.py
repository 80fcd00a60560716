"""Approved reply templates: Jinja2 text with named blanks (`{{ order_id }}`, `{{ 日付 }}`), rendered in
a sandbox that allows no attribute access, no calls, no includes and only a short list of filters, so
a template cannot reach files, settings or Python objects.

A template may declare its blanks in a first comment holding a JSON object, each a JSON Schema with an
optional "required" (default true), and under "$examples" inquiries with the values they give, which
the model filling the blanks is shown first:

    {# {"order_id": {"type": "string", "description": "注文番号"}, "note": {"type": "string", "required": false},
        "$examples": [{"text": "注文A-12を返品したい", "output": {"order_id": "A-12", "note": null}}]} #}
"""

from __future__ import annotations

import json
import re
import traceback
from dataclasses import dataclass
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, meta, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ...errors import InvalidRequest
from ..extract import ExtractionTask

SAFE_FILTERS = ("default", "lower", "upper", "title", "capitalize", "trim", "replace", "truncate", "length",
                "join", "first", "last", "round", "int", "float", "string", "wordcount", "center", "indent")
_HEADER = re.compile(r"\A\s*\{#-?(.*?)-?#\}", re.S)


class TemplateError(InvalidRequest):
    code = "invalid_template"


class _Sandbox(ImmutableSandboxedEnvironment):
    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        return False

    def is_safe_callable(self, obj: Any) -> bool:
        return False


def _environment() -> _Sandbox:
    env = _Sandbox(undefined=StrictUndefined, autoescape=False, finalize=lambda v: "" if v is None else v)
    env.filters = {name: env.filters[name] for name in SAFE_FILTERS}
    env.globals = {}
    return env


_ENV = _environment()


@dataclass
class Blank:
    name: str
    schema: dict  # of its value
    required: bool = True


class ResponseTemplate:
    def __init__(self, label: str, source: str, where: str):
        """`where` names the template in errors (e.g. "support/card_arrival.j2")."""
        self.label = label
        self.source = source
        self.where = where
        try:
            tree = _ENV.parse(source)
            names = meta.find_undeclared_variables(tree)  # compiles: unknown filters fail here
        except TemplateSyntaxError as e:
            raise TemplateError(f"template {where}, line {e.lineno}: {e.message}", param="templates") from None
        for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
            raise TemplateError(f"template {where}, line {node.lineno}: templates cannot include, import or "
                                "extend other templates", param="templates")
        self.examples: list[dict] = []
        declared = self._declared()
        names = sorted(names, key=lambda n: _first_use(source, n))
        unknown = set(declared) - set(names)
        if unknown:
            raise TemplateError(f"template {where} declares blanks it does not use: {', '.join(sorted(unknown))}",
                                param="templates")
        self.blanks = [declared.get(n) or Blank(n, {"type": ["string", "null"]}) for n in names]
        self._template = _ENV.from_string(source)
        if self.blanks:
            try:
                self.task = ExtractionTask(self.schema(), self.examples)
            except InvalidRequest as e:
                raise TemplateError(f"template {where}: {e.message}", param="templates") from None

    def _declared(self) -> dict[str, Blank]:
        header = _HEADER.match(self.source)
        if not header or not header.group(1).strip().startswith("{"):
            return {}
        try:
            spec = json.loads(header.group(1))
        except ValueError as e:
            raise TemplateError(f"template {self.where}, line 1: the blank declarations are not JSON ({e})",
                                param="templates") from None
        if not isinstance(spec, dict):
            raise TemplateError(f"template {self.where}, line 1: the blank declarations must be a JSON object",
                                param="templates")
        examples = spec.pop("$examples", [])
        if not isinstance(examples, list):
            raise TemplateError(f"template {self.where}: \"$examples\" must be a list of {{\"text\", \"output\"}}",
                                param="templates")
        self.examples = examples
        out = {}
        for name, schema in spec.items():
            if not isinstance(schema, dict):
                raise TemplateError(f"template {self.where}: the declaration of '{name}' must be a JSON object",
                                    param="templates")
            schema = dict(schema)
            required = schema.pop("required", True)
            if not isinstance(required, bool):
                raise TemplateError(f"template {self.where}: \"required\" of '{name}' must be true or false",
                                    param="templates")
            out[name] = Blank(name, schema, required)
        return out

    def render(self, values: dict[str, Any]) -> str:
        try:
            return self._template.render({b.name: values.get(b.name) for b in self.blanks}).strip()
        except Exception as e:  # noqa: BLE001  (any failure of the user's template is theirs to fix)
            line = next((n for frame, n in traceback.walk_tb(e.__traceback__)
                         if frame.f_code.co_filename == "<template>"), None)
            at = f", line {line}" if line else ""
            raise TemplateError(f"template {self.where}{at}: {e}", param="templates") from None

    def schema(self) -> dict:
        """The JSON Schema of the blanks' values, for extraction from an inquiry."""
        return {"type": "object", "additionalProperties": False, "required": [b.name for b in self.blanks],
                "properties": {b.name: _nullable(b.schema) for b in self.blanks}}

    def describe(self) -> dict:
        return {"label": self.label, "blanks": [{"name": b.name, "required": b.required, **b.schema} for b in self.blanks],
                "source": self.source}


def _nullable(schema: dict) -> dict:
    """A blank may be absent from the inquiry: its value may be null whatever its type."""
    kind = schema.get("type")
    if isinstance(kind, str) and kind != "null":
        return {**schema, "type": [kind, "null"]}
    if isinstance(kind, list) and "null" not in kind:
        return {**schema, "type": [*kind, "null"]}
    if "enum" in schema and None not in schema["enum"]:
        return {**schema, "enum": [*schema["enum"], None]}
    return schema


def _first_use(source: str, name: str) -> int:
    found = re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", source)
    return found.start() if found else len(source)
