"""What a JSON Schema allows, as the closer of structured output needs it: its alternatives (anyOf, type
lists, $ref and allOf followed as the grammar does), the schemas of properties and items, and the
shortest values and completions of strings and numbers that validate."""

from __future__ import annotations

import json
from typing import Any

import jsonschema

from .gbnf import FORMAT_PATTERNS as GRAMMAR_FORMAT_PATTERNS
from .pattern_completion import complete

MAX_DEPTH = 12  # of smallest values: a required recursive property has none
_NUMBER_ENDINGS = ["", "0", "1", "5", "00", "10", ".0", "0.0", "000"]


def resolved(schema: Any, root: dict, depth: int = 0) -> dict:
    """`schema` with its local $ref followed and allOf merged (as the grammar does)."""
    if not isinstance(schema, dict):
        return {}
    while "$ref" in schema and depth < MAX_DEPTH:
        target: Any = root
        for part in schema["$ref"].lstrip("#").split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            target = target[int(part)] if isinstance(target, list) else target.get(part, {})
        schema, depth = ({**target, **{k: v for k, v in schema.items() if k != "$ref"}}
                         if isinstance(target, dict) else {}), depth + 1
    if "allOf" in schema:
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            part = resolved(part, root, depth + 1)
            for k, v in part.items():
                if k == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **v}
                elif k == "required":
                    merged["required"] = [*merged.get("required", []), *v]
                else:
                    merged.setdefault(k, v)
        schema = merged
    return schema


def expand(schema: Any, root: dict, depth: int = 0) -> list[dict]:
    """The alternatives a value of `schema` may take: anyOf/oneOf branches and type lists split."""
    s = resolved(schema, root)
    branches = s.get("anyOf") or s.get("oneOf")
    if branches and depth < MAX_DEPTH:
        rest = {k: v for k, v in s.items() if k not in ("anyOf", "oneOf")}
        return [b for branch in branches for b in expand({**rest, **resolved(branch, root)}, root, depth + 1)]
    if isinstance(s.get("type"), list):
        return [{**s, "type": t} for t in s["type"]]
    return [s]


def admits(schema: dict, kind: str) -> bool:
    if "const" in schema or "enum" in schema:
        values = [schema["const"]] if "const" in schema else schema["enum"]
        return any(kind_of(v) == kind for v in values)
    t = schema.get("type")
    if t is None:
        return True
    return t == kind or (kind == "number" and t == "integer")


def kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return "number"
    return {dict: "object", list: "array", str: "string"}.get(type(value), "")


def property_schemas(schema: dict, key: str, root: dict) -> list[dict]:
    s = resolved(schema, root)
    props = s.get("properties", {})
    if key in props:
        return expand(props[key], root)
    extra = s.get("additionalProperties", {})
    return expand(extra if isinstance(extra, dict) else {}, root)


def item_schemas(schema: dict, index: int, root: dict) -> list[dict]:
    s = resolved(schema, root)
    prefix = s.get("prefixItems", s["items"] if isinstance(s.get("items"), list) else [])
    if index < len(prefix):
        return expand(prefix[index], root)
    items = s.get("items", {})
    return expand(items if isinstance(items, dict) else {}, root)


def required(schema: dict, root: dict) -> list[str]:
    s = resolved(schema, root)
    order = list(s.get("properties", {}))
    required = s.get("required", [])
    return sorted(required, key=lambda k: order.index(k) if k in order else len(order))


def any_new_key(schema: dict, seen: list[str], root: dict) -> str:
    s = resolved(schema, root)
    unseen = [k for k in s.get("properties", {}) if k not in seen]
    return unseen[0] if unseen else next(k for k in ("_", "__", "___", "_" * 8) if k not in seen)


def names_all(schema: dict, keys: list[str], root: dict) -> bool:
    s = resolved(schema, root)
    return s.get("additionalProperties", True) is not False or all(k in s.get("properties", {}) for k in keys)


def valid(value: Any, schemas: list[dict]) -> bool:
    return any(jsonschema.Draft202012Validator(s).is_valid(value) for s in schemas)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def smallest_of(schemas: list[dict], root: dict, depth: int) -> str | None:
    """The shortest JSON text valid for one of `schemas`, or None."""
    found = [t for t in (smallest(s, root, depth) for s in schemas) if t is not None]
    return min(found, key=len) if found else None


def smallest(schema: dict, root: dict, depth: int) -> str | None:
    if depth > MAX_DEPTH:
        return None
    s = resolved(schema, root)
    if "const" in s or "enum" in s:
        values = [s["const"]] if "const" in s else s["enum"]
        return min((dumps(v) for v in values), key=len, default=None)
    if s.get("anyOf") or s.get("oneOf") or isinstance(s.get("type"), list):
        return smallest_of(expand(s, root), root, depth + 1)
    kind = s.get("type")
    if kind == "object" or (kind is None and ("properties" in s or "required" in s)):
        parts = []
        for key in required(s, root):
            value = smallest_of(property_schemas(s, key, root), root, depth + 1)
            if value is None:
                return None
            parts.append(dumps(key) + ":" + value)
        return "{" + ",".join(parts) + "}"
    if kind == "array" or (kind is None and ("items" in s or "prefixItems" in s)):
        items = []
        for i in range(s.get("minItems", 0)):
            value = smallest_of(item_schemas(s, i, root), root, depth + 1)
            if value is None:
                return None
            items.append(value)
        return "[" + ",".join(items) + "]"
    if kind == "string":
        rest = string_completion("", [s])
        return None if rest is None else dumps(rest)
    if kind in ("integer", "number"):
        for candidate in number_candidates(s):
            if valid(candidate, [s]):
                return dumps(candidate)
        return None
    if kind == "boolean":
        return "false"
    return "null"


def number_candidates(s: dict) -> list:
    out: list = [0]
    for bound, step in (("minimum", 0), ("exclusiveMinimum", 1), ("maximum", 0), ("exclusiveMaximum", -1)):
        if isinstance(s.get(bound), (int, float)):
            b = s[bound]
            out += [b + step, b + step / 2, int(b) + step] if step else [b, int(b)]
    if isinstance(s.get("minimum"), (int, float)) and isinstance(s.get("maximum"), (int, float)):
        out.append((s["minimum"] + s["maximum"]) / 2)
    return out


def number_completion(text: str, schemas: list[dict]) -> str | None:
    for ending in _NUMBER_ENDINGS:
        try:
            value = json.loads(text + ending)
        except json.JSONDecodeError:
            continue
        if valid(value, schemas):
            return ending
    if not text.lstrip("-").isdigit():
        return None
    for extra in range(1, 16):  # digits to add: the numbers they can make lie between two bounds
        low, high = sorted((int(text + "0" * extra), int(text + "9" * extra)), key=abs)
        for value in (low, high, *(b for s in schemas for b in number_candidates(s) if isinstance(b, int))):
            if min(low, high) <= value <= max(low, high) and valid(value, schemas):
                return str(value)[len(text):]
    return None


def string_completion(text: str, schemas: list[dict]) -> str | None:
    """The shortest text that, appended to the string `text`, makes it valid for one of `schemas`."""
    found = []
    for s in schemas:
        if "const" in s or "enum" in s:
            values = [s["const"]] if "const" in s else s["enum"]
            found += [v[len(text):] for v in values if isinstance(v, str) and v.startswith(text)]
            continue
        pattern = s.get("pattern") or FORMAT_PATTERNS.get(s.get("format"))
        low = s.get("minLength", 0)
        if pattern is not None:
            rest = complete(text, pattern, low)
            if rest is not None:
                found.append(rest)
        else:
            found.append("x" * max(0, low - len(text)))
    return min(found, key=len) if found else None


# The shapes of formats as the grammar writes them: its own patterns, and those llama-cpp-python's
# converter uses for the formats it handles (a date as 2026-12-06, a time with its offset).
FORMAT_PATTERNS = {
    **GRAMMAR_FORMAT_PATTERNS,
    "date": r"^\d{4}-\d{2}-\d{2}$",
    "time": r"^\d{2}:\d{2}:\d{2}(\.\d{3})?(Z|[+-]\d{2}:\d{2})$",
    "date-time": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?(Z|[+-]\d{2}:\d{2})$",
    "uuid": r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
}
