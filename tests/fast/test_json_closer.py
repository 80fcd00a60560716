"""The closer of structured output: cut anywhere, a document closed with its closing parses and validates."""

import json
import re
import sys
from pathlib import Path

import jsonschema
import pytest

from kogata.engine.json_closer import JsonCloser
from kogata.engine.pattern_completion import complete

sys.path.insert(0, str(Path(__file__).parent.parent / "real"))
from json_schema_cases import CASES  # noqa: E402

ORDERS = {
    "type": "array", "minItems": 1,
    "items": {"type": "object", "additionalProperties": False, "required": ["品名", "数量", "code"],
              "properties": {"品名": {"type": "string", "minLength": 2}, "数量": {"type": "integer", "minimum": 10},
                             "code": {"type": "string", "pattern": r"^[A-Z]{2}-\d{3}$"}, "note": {"type": "string"}}},
}
ORDERS_EXAMPLE = [{"品名": "ボールペン（黒）", "数量": 120, "code": "BP-001", "note": "至急"},
                  {"品名": "ｺﾋﾟｰ用紙", "数量": 15, "code": "CP-210"}]
DOCUMENTS = [(c["name"], c["schema"], c["example"]) for c in CASES] + [
    ("orders_ja", ORDERS, ORDERS_EXAMPLE),
    ("json_object", {"type": "object"}, {"a": [1, -2.5e3, True, None, {"b": "\\\"x\\u00e9\""}], "日本": "東京\n"}),
]


def _cuts(value) -> list[bytes]:
    texts = [json.dumps(value, ensure_ascii=False), json.dumps(value, ensure_ascii=False, indent=2),
             json.dumps(value, ensure_ascii=True)]
    return [t.encode() for t in texts]


@pytest.mark.parametrize("name,schema,example", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_every_cut_closes_to_a_valid_document(name, schema, example):
    jsonschema.validate(example, schema)
    for raw in _cuts(example):
        for cut in range(len(raw) + 1):
            closer = JsonCloser(schema)
            closer.push(raw[:cut])
            closing = closer.closing()
            assert closing is not None, (name, raw[:cut])
            kept = raw[:cut].decode("utf-8", "ignore")  # a split character is dropped, as the engine does
            document = json.loads(kept + closing)
            jsonschema.validate(document, schema)
            assert closer.incomplete_bytes == (kept.encode() != raw[:cut])


def test_pushing_token_by_token_equals_pushing_at_once():
    raw = json.dumps(ORDERS_EXAMPLE, ensure_ascii=False).encode()
    whole, pieces = JsonCloser(ORDERS), JsonCloser(ORDERS)
    whole.push(raw[:57])
    for i in range(57):
        pieces.push(raw[i:i + 1])
    assert whole.closing() == pieces.closing()


def test_copy_does_not_share_state():
    closer = JsonCloser(ORDERS)
    closer.push('[{"品名": "ペン", "数'.encode())
    trial = closer.copy()
    trial.push('量": 12, "code": "A'.encode())
    assert closer.closing() == '量":10,"code":"AA-000"}]'
    assert trial.closing() == 'A-000"}]'


def test_smallest_document_and_finished_document():
    assert JsonCloser(ORDERS).closing() == '[{"品名":"xx","数量":10,"code":"AA-000"}]'
    done = JsonCloser({"type": "object"})
    done.push(b'{"a": 1} ')
    assert done.closing() == ""


def test_anyof_branch_follows_the_discriminating_value():
    schema = {"anyOf": [
        {"type": "object", "properties": {"name": {"const": "book_room"}, "arguments": {
            "type": "object", "properties": {"room": {"type": "string"}, "at": {"type": "string", "format": "date-time"}},
            "required": ["room", "at"], "additionalProperties": False}},
         "required": ["name", "arguments"], "additionalProperties": False},
        {"type": "object", "properties": {"name": {"const": "weather"}, "arguments": {
            "type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"], "additionalProperties": False}},
         "required": ["name", "arguments"], "additionalProperties": False},
    ]}
    for prefix in ('{"name": "wea', '{"name": "weather", "arguments": {', '{"name": "book_room", "arguments": {"room": "A'):
        closer = JsonCloser(schema)
        closer.push(prefix.encode())
        jsonschema.validate(json.loads(prefix + closer.closing()), schema)


def test_text_outside_the_document_cannot_be_promised():
    closer = JsonCloser({"type": "object"})
    closer.push(b'{"a": 1} x')
    assert closer.closing() is None


@pytest.mark.parametrize("text,pattern,expected", [
    ("OR", r"^ORD-\d{4}$", "D-0000"),
    ("", r"^\d{3}-\d{4}$", "000-0000"),
    ("abc", r"^[a-z]+@[a-z]+(\.[a-z]+)+$", "@a.a"),
    ("東京", r"^東京(都|府)$", "都"),
    ("x", r"\d", "0"),  # search semantics: a digit anywhere
    ("a1", r"\d", ""),
    ("AB", r"^\d+$", None),
    ("", r"^(?=a)a$", None),  # lookarounds are not followed
])
def test_pattern_completion(text, pattern, expected):
    rest = complete(text, pattern)
    assert rest == expected
    if rest is not None:
        assert re.search(pattern, text + rest)


def test_pattern_completion_honours_min_length():
    rest = complete("a", r"^[a-z]+$", 4)
    assert rest is not None and len("a" + rest) == 4 and re.search(r"^[a-z]+$", "a" + rest)
