"""Grounding: where each extracted string occurs in the source text.

A value is looked up after NFKC normalisation (full-width and half-width forms alike) and case
folding, with white space between Japanese characters ignored and elsewhere collapsed, so
`ＡＢＣ－１２３` in a document grounds `ABC-123` and `山田 太郎` grounds `山田太郎`; spans are given
in the original text. Strings the schema restricts to an `enum` or `const` are labels the model chooses,
not text it copies, and are not looked up. A value found nowhere is ungrounded: a small model must
not invent a contract number, and `strict` turns such values into null (or drops them from lists).
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from typing import Any


@dataclass
class Span:
    value: str
    start: int | None  # character offsets in the document's text; None when ungrounded
    end: int | None
    chunk: int | None = None  # the chunk whose extraction gave the value

    @property
    def grounded(self) -> bool:
        return self.start is not None

    def to_dict(self) -> dict:
        return {"value": self.value, "start": self.start, "end": self.end, "grounded": self.grounded,
                "chunk": self.chunk}


class NormalizedText:
    """`text` normalised for lookup, with each normalised character's offset in the original."""

    def __init__(self, text: str):
        self.text = text
        self.folded, self.origin = _normalize(text)

    def find(self, value: str, start: int = 0) -> tuple[int, int] | None:
        """The span of `value` in the original text, first looked for at or after original offset
        `start`, then anywhere; None when absent. A value that starts or ends with a letter or digit
        of a spaced script matches only whole words there ("US" is not found in "business")."""
        needle = _normalize(value)[0].strip()
        if not needle:
            return None
        for begin in ((self.folded_offset(start), 0) if start else (0,)):
            at = self._find_word(needle, begin)
            if at >= 0:
                return self.origin[at], self.origin[at + len(needle) - 1] + 1
        return None

    def _find_word(self, needle: str, begin: int) -> int:
        folded = self.folded
        at = folded.find(needle, begin)
        while at >= 0:
            end = at + len(needle)
            if not (_wordlike(needle[0]) and at > 0 and _wordlike(folded[at - 1])) and \
                    not (_wordlike(needle[-1]) and end < len(folded) and _wordlike(folded[end])):
                return at
            at = folded.find(needle, at + 1)
        return -1

    def folded_offset(self, start: int) -> int:
        """The first normalised character at or after original offset `start`."""
        return bisect.bisect_left(self.origin, start)


def _normalize(text: str) -> tuple[str, list[int]]:
    """NFKC and case folding; white space dropped next to characters of unspaced scripts (Japanese,
    Chinese: `山田 太郎` is `山田太郎`) and collapsed to one space elsewhere (`US at` is not `USA t`)."""
    chars: list[str] = []
    origin: list[int] = []
    gap = -1  # original offset of a pending run of white space
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch).casefold():
            if c.isspace():
                gap = i if gap < 0 else gap
                continue
            if gap >= 0 and chars and _spaced(chars[-1]) and _spaced(c):
                chars.append(" ")
                origin.append(gap)
            gap = -1
            chars.append(c)
            origin.append(i)
    return "".join(chars), origin


def _spaced(c: str) -> bool:
    return ord(c) < 0x2E80  # below the CJK blocks: scripts that separate words with spaces


def _wordlike(c: str) -> bool:
    return c.isalnum() and _spaced(c)


# ---------------------------------------------------------------- schema walk

def _resolve(schema: Any, root: dict) -> Any:
    seen = 0
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 32:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            return {}
        node: Any = root
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node.get(part) if isinstance(node, dict) else None
        schema, seen = node if isinstance(node, dict) else {}, seen + 1
    return schema if isinstance(schema, (dict, bool)) else {}


def _branches(schema: Any, root: dict, depth: int = 0) -> list[dict]:
    """`schema` and the sub-schemas of its anyOf / oneOf / allOf, resolved (a schema that refers to
    itself is followed 8 levels deep)."""
    schema = _resolve(schema, root)
    if not isinstance(schema, dict):
        return []
    out = [schema]
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in (schema.get(key) or []) if depth < 8 else []:
            out.extend(_branches(sub, root, depth + 1))
    return out


def _is_label(schema: Any, root: dict) -> bool:
    """Whether strings at `schema` are chosen from a fixed set rather than copied from the text."""
    branches = [b for b in _branches(schema, root) if "enum" in b or "const" in b or b.get("type") in ("string", ["string"])]
    return bool(branches) and all("enum" in b or "const" in b for b in branches)


def _child(schema: Any, root: dict, key: str | int) -> Any:
    for branch in _branches(schema, root):
        if isinstance(key, str):
            props = branch.get("properties") or {}
            if key in props:
                return props[key]
            extra = branch.get("additionalProperties")
            if isinstance(extra, dict):
                return extra
        else:
            prefix = branch.get("prefixItems") or []
            if key < len(prefix):
                return prefix[key]
            if isinstance(branch.get("items"), dict):
                return branch["items"]
    return {}


def ground(data: Any, schema: dict, text: NormalizedText, *, start: int = 0, chunk: int | None = None) -> Any:
    """The evidence of `data`: the same shape, with a Span for every copied string and None for
    everything else (numbers, booleans, labels, null)."""

    def walk(value: Any, sub: Any) -> Any:
        if isinstance(value, dict):
            return {k: walk(v, _child(sub, schema, k)) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, _child(sub, schema, i)) for i, v in enumerate(value)]
        if isinstance(value, str) and not _is_label(sub, schema):
            found = text.find(value, start)
            return Span(value, *(found or (None, None)), chunk=chunk)
        return None

    return walk(data, schema)


def ungrounded_paths(evidence: Any, path: str = "") -> list[str]:
    """JSON pointers of the ungrounded values."""
    if isinstance(evidence, Span):
        return [] if evidence.grounded else [path or "/"]
    if isinstance(evidence, dict):
        return [p for k, v in evidence.items() for p in ungrounded_paths(v, f"{path}/{_escape(k)}")]
    if isinstance(evidence, list):
        return [p for i, v in enumerate(evidence) for p in ungrounded_paths(v, f"{path}/{i}")]
    return []


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def strict(data: Any, evidence: Any) -> tuple[Any, Any]:
    """`data` without its ungrounded values: null in objects (their evidence kept, to show what was
    dropped); removed from lists, as are list items (objects) that hold copied strings none of which
    is grounded."""
    if isinstance(evidence, Span):
        return (data if evidence.grounded else None), evidence
    if isinstance(data, dict) and isinstance(evidence, dict):
        pairs = {k: strict(v, evidence.get(k)) for k, v in data.items()}
        return {k: p[0] for k, p in pairs.items()}, {k: p[1] for k, p in pairs.items()}
    if isinstance(data, list) and isinstance(evidence, list):
        kept_data, kept_evidence = [], []
        for value, ev in zip(data, evidence):
            found = list(spans(ev))
            if found and not any(s.grounded for s in found):
                continue
            value, ev = strict(value, ev)
            kept_data.append(value)
            kept_evidence.append(ev)
        return kept_data, kept_evidence
    return data, evidence


def spans(evidence: Any):
    if isinstance(evidence, Span):
        yield evidence
    elif isinstance(evidence, dict):
        for v in evidence.values():
            yield from spans(v)
    elif isinstance(evidence, list):
        for v in evidence:
            yield from spans(v)


def evidence_json(evidence: Any) -> Any:
    if isinstance(evidence, Span):
        return evidence.to_dict()
    if isinstance(evidence, dict):
        return {k: evidence_json(v) for k, v in evidence.items()}
    if isinstance(evidence, list):
        return [evidence_json(v) for v in evidence]
    return None
