"""Structured output: OpenAI's `response_format` turned into a GBNF grammar for llama.cpp's
grammar sampler, plus a final check of the generated text.

`{"type": "text"}` needs nothing; `{"type": "json_object"}` constrains output to any JSON
object; `{"type": "json_schema", "json_schema": {"name", "schema", "strict", "description"}}`
constrains output to the schema.

What the grammar guarantees:
- strict=true: the schema must keep to the strict subset (see `strict_schema.check_strict`): the root is an
  object; every object lists all its properties in `required` and sets
  `"additionalProperties": false`; only keywords the grammar enforces exactly are allowed
  (anything else is a 400 naming the keyword). We also accept minLength/maxLength, which
  OpenAI's strict mode does not. Every output the grammar allows validates against the schema.
- strict=false: any valid JSON Schema is accepted. The grammar enforces what it can and
  ignores the rest (e.g. oneOf exclusivity, uniqueItems, multipleOf, unsupported regex syntax),
  so `validate()` can fail; the server should check the final text with it.
Both modes: keys come out in schema order (required ones first), whitespace is at most one
space between tokens, strings never contain raw control characters, and `format` is enforced
only as the shape of the text (like jsonschema, `validate()` treats format as an annotation).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Callable, Literal
from urllib.parse import unquote

import jsonschema
from jsonschema.exceptions import best_match
from llama_cpp.llama_grammar import PRIMITIVE_RULES, RESERVED_NAMES, SchemaConverter

from kogata.engine.gbnf import PARAM, Regex, Unsupported, literal, number_rule, repeat
from kogata.engine.json_closer import JsonCloser
from kogata.engine.strict_schema import (
    FORMAT_PATTERNS,
    GRAMMAR_FORMATS,
    check_strict,
    one_line,
)
from kogata.errors import InvalidRequest, InvalidSchema

_NAME_RE = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
_TYPES = "array, boolean, integer, null, number, object, string"


class InvalidOutput(ValueError):
    """The generated text does not parse as JSON or does not match the schema."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, eq=False)
class StructuredOutput:
    grammar: str  # GBNF, root rule "root"
    schema: dict
    kind: Literal["json_object", "json_schema"] = "json_schema"
    strict: bool = False
    name: str | None = None
    description: str | None = None

    @classmethod
    def from_response_format(cls, rf: dict | None) -> StructuredOutput | None:
        """Validate an OpenAI `response_format`; None when output is unconstrained text."""
        if rf is None:
            return None
        if not isinstance(rf, dict):
            raise _bad('response_format must be an object, e.g. {"type": "json_object"}')
        kind = rf.get("type")
        if kind not in ("text", "json_object", "json_schema"):
            raise _bad(f"response_format.type must be 'text', 'json_object' or 'json_schema', got {kind!r}")
        allowed = {"type", "json_schema"} if kind == "json_schema" else {"type"}
        for key in rf.keys() - allowed:
            hint = ' (to give a schema use {"type": "json_schema", "json_schema": {"name": ..., "schema": ...}})'
            raise _bad(f"response_format of type {kind!r} has no field {key!r}" + (hint if key == "schema" else ""))
        if kind == "text":
            return None
        if kind == "json_object":
            return cls(grammar=_Converter({"type": "object"}).grammar(), schema={"type": "object"}, kind="json_object")
        spec = rf.get("json_schema")
        if not isinstance(spec, dict):
            raise _bad('response_format.json_schema must be an object with "name" and "schema"')
        for key in spec.keys() - {"name", "schema", "strict", "description"}:
            raise _bad(f"response_format.json_schema has no field {key!r}")
        name, strict, description = spec.get("name"), spec.get("strict"), spec.get("description")
        if not isinstance(name, str) or not _NAME_RE.match(name):
            raise _bad("response_format.json_schema.name must be 1-64 characters of a-z, A-Z, 0-9, _ and -")
        if strict is not None and not isinstance(strict, bool):
            raise _bad("response_format.json_schema.strict must be true or false")
        if description is not None and not isinstance(description, str):
            raise _bad("response_format.json_schema.description must be a string")
        if "schema" not in spec:
            raise _bad("response_format.json_schema.schema is required")
        return cls.from_schema(spec["schema"], strict=bool(strict), name=name, description=description)

    @classmethod
    def from_schema(cls, schema: Any, *, strict: bool = False, name: str | None = None,
                    description: str | None = None) -> StructuredOutput:
        """Check a JSON Schema (raising InvalidSchema) and build its grammar."""
        if not isinstance(schema, dict):
            raise InvalidSchema("the JSON schema must be an object", param=PARAM)
        validator_cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        try:
            validator_cls.check_schema(schema)
        except jsonschema.SchemaError as e:
            where = _pointer(e.absolute_path)
            if e.absolute_path and e.absolute_path[-1] == "type":
                what = f"unknown type {e.instance!r} (expected one of {_TYPES})"
            else:
                what = e.message
            raise InvalidSchema(one_line(f"invalid JSON schema at {where}: {what}"), param=PARAM) from None
        if strict:
            check_strict(schema)
        try:
            grammar = _Converter(schema).grammar()
        except (AssertionError, KeyError, TypeError, ValueError, RecursionError) as e:  # from the base converter
            raise InvalidSchema(one_line(f"cannot build a grammar for this schema: {e}"), param=PARAM) from None
        return cls(grammar=grammar, schema=schema, strict=strict, name=name, description=description)

    def closer(self) -> JsonCloser:
        """A follower of one output that knows its shortest valid ending (SamplingParams.closer)."""
        return JsonCloser(self.schema)

    @cached_property
    def smallest(self) -> str | None:
        """The shortest output the schema allows, or None when it cannot be worked out."""
        return JsonCloser(self.schema).closing()

    @cached_property
    def _validator(self) -> jsonschema.protocols.Validator:
        return jsonschema.validators.validator_for(self.schema, default=jsonschema.Draft202012Validator)(self.schema)

    def validate(self, text: str) -> None:
        """Raise InvalidOutput unless `text` is JSON matching the schema. Text cut off by
        max_tokens (finish_reason "length") will not parse; callers may skip the check then."""
        try:
            value = json.loads(text)
        except json.JSONDecodeError as e:
            raise InvalidOutput(f"output is not valid JSON: {e}") from None
        if self.kind == "json_object" and not isinstance(value, dict):
            raise InvalidOutput("output is not a JSON object")
        error = best_match(self._validator.iter_errors(value))
        if error is not None:
            where = _pointer(error.absolute_path)
            raise InvalidOutput(one_line(f"output does not match the schema at {where}: {error.message}"))


def embedded_grammar(schema: dict, root: Callable[[str], str]) -> str:
    """GBNF whose root rule is `root(rule)`, where `rule` matches the JSON values valid for `schema`
    (already checked by `StructuredOutput.from_schema`)."""
    converter = _Converter(schema)
    try:
        rule = converter.visit(schema, "call")
    except (AssertionError, KeyError, TypeError, ValueError, RecursionError) as e:
        raise InvalidSchema(one_line(f"cannot build a grammar for this schema: {e}"), param=PARAM) from None
    converter._add_rule("root", root(rule))
    if "char" in converter._rules:
        converter._rules["char"] = _JSON_CHAR
    return converter.format_grammar()


def _bad(message: str) -> InvalidRequest:
    return InvalidRequest(message, param=PARAM)


def _pointer(path) -> str:
    return "/" + "/".join(str(p) for p in path)


# ---------------------------------------------------------------- grammar

# The base converter lets strings hold raw control characters, which is not JSON.
_JSON_CHAR = r'[^"\\\x7F\x00-\x1F] | "\\" (["\\/bfnrt] | "u" [0-9a-fA-F]{4})'
_CONSTRAINING = {"type", "enum", "const", "$ref", "anyOf", "oneOf", "allOf", "properties",
                 "additionalProperties", "required", "items", "prefixItems", "pattern", "format",
                 "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}
_BOUNDS = {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}


class _Converter(SchemaConverter):
    """llama-cpp-python's converter (objects, unions, formats, primitives) with our own handling
    of what it gets wrong or lacks: $ref to '#', enum/const/keys with non-ASCII, backslashes or
    quotes, type lists with other keywords, schemas without a type, `items: {}`, commas before
    additional properties, control characters in strings, patterns and number ranges."""

    def __init__(self, root: dict):
        super().__init__(prop_order={}, allow_fetch=False, dotall=False, raw_pattern=False)
        self._root = root
        self._ref_rules: dict[str, str] = {}

    def grammar(self) -> str:
        self.visit(self._root, "")
        if "char" in self._rules:
            self._rules["char"] = _JSON_CHAR
        return self.format_grammar()

    def _build_object_rule(self, properties: list, required: set, name: str, additional_properties: Any) -> str:
        # Replaces the base's, which forgets the comma before additional properties.
        prefix = f"{name}-" if name else ""
        kvs = {key: self._add_rule(f"{prefix}{key}-kv", f'{literal(json.dumps(key, ensure_ascii=False))} '
                                   f'space ":" space {self.visit(value, prefix + key)}')
               for key, value in properties}
        optional = [key for key, _ in properties if key not in required]
        if additional_properties is True or isinstance(additional_properties, dict):
            value = self.visit({} if additional_properties is True else additional_properties, f"{prefix}additional")
            key_rule = self._add_primitive("string", PRIMITIVE_RULES["string"])
            kvs[None] = self._add_rule(f"{prefix}additional-kv", f'{key_rule} ":" space {value}')
            optional.append(None)  # any number of additional properties, after the named ones

        # rests[i]: the optional properties from the i-th on, each there or not, as one rule per step, so
        # that the grammar grows linearly with their number (spelled out, the alternatives of which
        # optional property comes first made it quadratic: 6.8 MB for 800 optional properties).
        rests = [""] * (len(optional) + 1)
        for i in range(len(optional) - 1, -1, -1):
            k = optional[i]
            step = f'("," space {kvs[k]}){"*" if k is None else "?"}{(" " + rests[i + 1]) if rests[i + 1] else ""}'
            rests[i] = self._add_rule(f"{prefix}rest-{i}", step)

        body = ' "," space '.join(kvs[key] for key, _ in properties if key in required)
        if body:
            body += f" {rests[0]}" if rests[0] else ""
        elif optional:
            firsts = [kvs[k] + (f" {rests[i]}" if k is None else f" {rests[i + 1]}" if rests[i + 1] else "")
                      for i, k in enumerate(optional)]
            body = "(" + " | ".join(firsts) + ")?"
        return f'"{{" space {body} "}}" space'

    def visit(self, schema: Any, name: str) -> str:
        rule_name = name + "-" if name in RESERVED_NAMES else name or "root"
        if schema is False:
            raise InvalidSchema("a 'false' schema (allowing no value) is not supported here", param=PARAM)
        if schema is True or not (schema.keys() & _CONSTRAINING):
            return self._add_rule(rule_name, self._add_primitive("value", PRIMITIVE_RULES["value"]))
        if "$ref" in schema:
            return self._add_rule(rule_name, self._visit_ref(schema["$ref"]))
        if "enum" in schema or "const" in schema:
            values = [schema["const"]] if "const" in schema else schema["enum"]
            if "type" in schema:
                values = [v for v in values if jsonschema.Draft202012Validator({"type": schema["type"]}).is_valid(v)]
            if not values:
                raise InvalidSchema(f"no value of enum/const at {name or 'root'} has the schema's type", param=PARAM)
            return self._add_rule(rule_name, " | ".join(
                literal(json.dumps(v, ensure_ascii=False)) for v in values))
        if "anyOf" in schema or "oneOf" in schema:
            return super().visit(schema, name)
        if "allOf" in schema:
            return self.visit(self._merge_all_of(schema), name)
        kind = schema.get("type")
        if isinstance(kind, list):
            return self._add_rule(rule_name, self._generate_union_rule(name, [{**schema, "type": t} for t in kind]))
        if kind in (None, "integer", "number") and schema.keys() & _BOUNDS:
            try:
                return self._add_rule(rule_name, f"({number_rule(schema, kind == 'integer')}) space")
            except Unsupported:
                if kind is None:
                    return super().visit({"type": "number"}, name)
        if kind == "array" or (kind is None and schema.keys() & {"items", "prefixItems"}):
            return self._add_rule(rule_name, self._array_rule(schema, name))
        if kind == "string" or (kind is None and schema.keys() & {"pattern", "format", "minLength", "maxLength"}):
            body = self._string_body(schema)
            if body is None:
                return super().visit({"type": "string", "format": schema["format"]}, name)
            return self._add_rule(rule_name, body)
        if kind in (None, "object") and ("properties" in schema or "required" in schema):
            props = schema.get("properties", {})
            extra = schema.get("additionalProperties", {})
            extra = extra if isinstance(extra, dict) else {}
            missing = {k: extra for k in schema.get("required", []) if k not in props}
            schema = {**schema, "properties": {**props, **missing}}
        return super().visit(schema, name)

    def _visit_ref(self, ref: str) -> str:
        if ref not in self._ref_rules:
            target = self._resolve(ref)
            # Reserve the name first so that recursive references find it.
            rule = self._add_rule("ref-" + (ref.rsplit("/", 1)[-1].lstrip("#") or "root"), f"<{ref}>")
            self._ref_rules[ref] = rule
            self._rules[rule] = self.visit(target, rule + "-def")
        return self._ref_rules[ref]

    def _resolve(self, ref: Any) -> Any:
        if not isinstance(ref, str) or not (ref == "#" or ref.startswith("#/")):
            raise InvalidSchema(f"only local $ref like '#/$defs/name' is supported, got {ref!r}", param=PARAM)
        target: Any = self._root
        for part in ref[2:].split("/") if ref != "#" else []:
            part = unquote(part).replace("~1", "/").replace("~0", "~")
            if isinstance(target, dict) and part in target:
                target = target[part]
            elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
                target = target[int(part)]
            else:
                raise InvalidSchema(f"$ref {ref!r} does not resolve to anything in the schema", param=PARAM)
        return target

    def _merge_all_of(self, schema: dict) -> dict:
        # An approximation (allOf of objects merged into one object); validate() has the last word.
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            while isinstance(part, dict) and "$ref" in part:
                part = self._resolve(part["$ref"])
            for k, v in (part.items() if isinstance(part, dict) else []):
                if k == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **v}
                elif k == "required":
                    merged["required"] = [*merged.get("required", []), *v]
                else:
                    merged.setdefault(k, v)
        return merged

    def _array_rule(self, schema: dict, name: str) -> str:
        prefix = f"{name}-" if name else ""
        items = schema.get("items", True)
        tuple_items = schema.get("prefixItems", items if isinstance(items, list) else [])
        if tuple_items:
            parts = [self.visit(s, f"{prefix}tuple-{i}") for i, s in enumerate(tuple_items)]
            return '"[" space ' + ' "," space '.join(parts) + ' "]" space'
        if items is False:
            return '"[" space "]" space'
        item = self.visit(items, f"{prefix}item")
        return f'"[" space {repeat(item, schema.get("minItems", 0), schema.get("maxItems"))} "]" space'

    def _string_body(self, schema: dict) -> str | None:
        """The rule for a string, or None for a format the base converter knows."""
        fmt = schema.get("format")
        pattern = schema.get("pattern", FORMAT_PATTERNS.get(fmt))
        if pattern is not None:
            try:
                return f'"\\"" {Regex(pattern).gbnf()} "\\"" space'
            except Unsupported:
                pass
        if fmt in GRAMMAR_FORMATS:
            return None
        char = self._add_primitive("char", PRIMITIVE_RULES["char"])
        low, high = schema.get("minLength", 0), schema.get("maxLength")
        count = "*" if (low, high) == (0, None) else f"{{{low},{'' if high is None else high}}}"
        return f'"\\"" {char}{count} "\\"" space'
