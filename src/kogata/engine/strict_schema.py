"""Strict mode of structured output: which JSON Schemas the grammar enforces exactly.

A strict schema keeps to a subset in which every output the GBNF grammar allows validates against
the schema (see `check_strict`); anything else is refused with the keyword and where it is.
"""

from __future__ import annotations

import re
from typing import Any

from kogata.engine.gbnf import (
    FORMAT_PATTERNS,
    GRAMMAR_FORMATS,
    PARAM,
    Regex,
    Unsupported,
    number_rule,
    one_line,
)
from kogata.errors import InvalidSchema

_ANNOTATIONS = {"title", "description", "$comment", "default", "examples", "deprecated", "readOnly",
                "writeOnly", "$schema", "$defs", "definitions"}
_BY_TYPE = {
    "object": {"properties", "required", "additionalProperties"},
    "array": {"items", "minItems", "maxItems"},
    "string": {"pattern", "format", "minLength", "maxLength"},
    "number": {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"},
    "integer": {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"},
    "boolean": set(),
    "null": set(),
}
_SUPPORTED = _ANNOTATIONS | {"type", "$ref", "anyOf", "enum", "const"} | set().union(*_BY_TYPE.values())
def check_strict(root: dict) -> None:
    """Raise InvalidSchema unless every output the grammar allows for `root` is valid."""

    def fail(path: str, reason: str) -> InvalidSchema:
        return InvalidSchema(one_line(f"strict mode: {reason} (at {path or '/'}); "
                                       "set strict to false to accept any JSON Schema"), param=PARAM)

    def walk(s: Any, path: str) -> None:
        if not isinstance(s, dict):
            raise fail(path, "boolean schemas are not supported")
        for key in s:
            if key not in _SUPPORTED:
                raise fail(path, f"keyword {key!r} is not supported")
        for defs in ("$defs", "definitions"):
            for k, sub in s.get(defs, {}).items():
                walk(sub, f"{path}/{defs}/{k}")
        for combined in ("$ref", "anyOf", "enum", "const"):
            if combined in s:
                also_allowed = {"type", "enum", "const"} if combined in ("enum", "const") else {combined}
                extra = s.keys() - _ANNOTATIONS - also_allowed
                if extra:
                    raise fail(path, f"{min(extra)!r} cannot be combined with {combined!r}")
                if combined == "$ref" and not re.fullmatch(r"#(/(\$defs|definitions)/[^/]+)?", s["$ref"]):
                    raise fail(path, f"$ref {s['$ref']!r} must point to '#' or '#/$defs/<name>'")
                for i, sub in enumerate(s.get("anyOf", [])):
                    walk(sub, f"{path}/anyOf/{i}")
                return
        if "type" not in s:
            raise fail(path, "every schema needs a 'type' (or '$ref', 'anyOf', 'enum', 'const')")
        types = [s["type"]] if isinstance(s["type"], str) else s["type"]
        for key in s.keys() - _ANNOTATIONS - {"type"}:
            if not any(key in _BY_TYPE[t] for t in types):
                raise fail(path, f"{key!r} does not apply to type {s['type']!r}")
        if "object" in types:
            props = s.get("properties", {})
            if s.get("additionalProperties") is not False:
                raise fail(path, 'objects must set "additionalProperties": false')
            missing = [k for k in props if k not in s.get("required", [])]
            if missing:
                raise fail(path, f"every property must be listed in 'required'; missing {missing[0]!r} "
                                 '(make a field optional with "type": [..., "null"])')
            unknown = [k for k in s.get("required", []) if k not in props]
            if unknown:
                raise fail(path, f"'required' lists {unknown[0]!r}, which is not in 'properties'")
            for k, sub in props.items():
                walk(sub, f"{path}/properties/{k}")
        if "array" in types:
            if not isinstance(s.get("items"), dict):
                raise fail(path, "arrays need 'items' with a single schema")
            walk(s["items"], f"{path}/items")
        if "string" in types:
            used = [k for k in ("pattern", "format") if k in s]
            used += ["minLength/maxLength"] if s.keys() & {"minLength", "maxLength"} else []
            if len(used) > 1:
                raise fail(path, f"{used[0]!r} cannot be combined with {used[1]!r}")
            fmt = s.get("format")
            if fmt is not None and fmt not in GRAMMAR_FORMATS | FORMAT_PATTERNS.keys():
                supported = ", ".join(sorted(GRAMMAR_FORMATS | FORMAT_PATTERNS.keys()))
                raise fail(path, f"format {fmt!r} is not supported (supported: {supported})")
            try:
                if "pattern" in s:
                    Regex(s["pattern"]).gbnf()
            except Unsupported as e:
                raise fail(path, f"pattern {s['pattern']!r}: {e}") from None
        if "number" in types or "integer" in types:
            try:
                number_rule(s, integer="number" not in types)
            except Unsupported as e:
                raise fail(path, str(e)) from None

    if root.get("type") != "object":
        raise fail("", 'the root schema must have "type": "object"')
    walk(root, "")
