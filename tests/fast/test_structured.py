"""response_format → grammar, without a model: request checks, schema checks, strict mode, and
grammars run through llama.cpp's own grammar sampler over a byte-level vocabulary."""

import ctypes
import json
import math
import random
from decimal import Decimal

import gguf
import pytest
from llama_cpp import llama_cpp as C

from kogata.engine.structured import InvalidOutput, StructuredOutput
from kogata.errors import InvalidRequest, InvalidSchema
from real.json_schema_cases import CASES

EOS = 2  # in the byte vocabulary below; byte b is token 3 + b


@pytest.fixture(scope="module")
def vocab(tmp_path_factory):
    """A vocab-only GGUF whose tokens are the 256 bytes, so any text is a token sequence."""
    path = tmp_path_factory.mktemp("vocab") / "bytes.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_context_length(256)
    writer.add_embedding_length(8)
    writer.add_block_count(1)
    writer.add_feed_forward_length(8)
    writer.add_head_count(1)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_tokenizer_model("llama")
    tokens = ["<unk>", "<s>", "</s>"] + [f"<0x{b:02X}>" for b in range(256)]
    writer.add_token_list(tokens)
    writer.add_token_scores([0.0] * len(tokens))
    writer.add_token_types([2, 3, 3] + [6] * 256)  # unknown, control, control, bytes
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(EOS)
    writer.add_unk_token_id(0)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    C.llama_backend_init()
    params = C.llama_model_default_params()
    params.vocab_only = True
    model = C.llama_model_load_from_file(str(path).encode(), params)
    assert model
    yield C.llama_model_get_vocab(model)
    C.llama_model_free(model)


def accepts(vocab, grammar: str, text: str) -> bool:
    """Whether llama.cpp's grammar sampler lets a model write exactly `text` and then stop."""
    sampler = C.llama_sampler_init_grammar(vocab, grammar.encode(), b"root")
    assert sampler, "llama.cpp could not parse the grammar"
    try:
        for token in [3 + b for b in text.encode()] + [EOS]:
            data = (C.llama_token_data * 1)(C.llama_token_data(token, 0.0, 0.0))
            candidates = C.llama_token_data_array(data, 1, -1, False)
            C.llama_sampler_apply(sampler, ctypes.byref(candidates))
            if math.isinf(data[0].logit):
                return False
            if token != EOS:
                C.llama_sampler_accept(sampler, token)
        return True
    finally:
        C.llama_sampler_free(sampler)


def build(schema, strict=False) -> StructuredOutput:
    return StructuredOutput.from_schema(schema, strict=strict)


def strict_object(properties: dict) -> dict:
    return {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}


def as_response_format(schema, strict=True, name="out"):
    return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": strict}}


# ---------------------------------------------------------------- request shapes

@pytest.mark.parametrize("rf, expected", [
    ("json", "must be an object"),
    ({}, "response_format.type must be"),
    ({"type": "xml"}, "'xml'"),
    ({"type": "text", "json_schema": {}}, "no field 'json_schema'"),
    ({"type": "json_object", "schema": {"type": "object"}}, '"type": "json_schema"'),
    ({"type": "json_schema"}, "json_schema must be an object"),
    ({"type": "json_schema", "json_schema": []}, "json_schema must be an object"),
    ({"type": "json_schema", "json_schema": {"schema": {}}}, "name must be"),
    ({"type": "json_schema", "json_schema": {"name": "my schema", "schema": {}}}, "name must be"),
    ({"type": "json_schema", "json_schema": {"name": "x" * 65, "schema": {}}}, "name must be"),
    ({"type": "json_schema", "json_schema": {"name": "x", "schema": {}, "strict": "yes"}}, "strict must be"),
    ({"type": "json_schema", "json_schema": {"name": "x", "schema": {}, "description": 3}}, "description must be"),
    ({"type": "json_schema", "json_schema": {"name": "x"}}, "schema is required"),
    ({"type": "json_schema", "json_schema": {"name": "x", "schemas": {}}}, "no field 'schemas'"),
])
def test_bad_response_format_shapes(rf, expected):
    with pytest.raises(InvalidRequest) as info:
        StructuredOutput.from_response_format(rf)
    assert expected in info.value.message
    assert info.value.param == "response_format" and info.value.status == 400


def test_text_and_absent_mean_unconstrained():
    assert StructuredOutput.from_response_format(None) is None
    assert StructuredOutput.from_response_format({"type": "text"}) is None


def test_json_object(vocab):
    out = StructuredOutput.from_response_format({"type": "json_object"})
    assert out.kind == "json_object"
    assert accepts(vocab, out.grammar, '{"a": [1, {"b": null}], "c": "d"}')
    assert not accepts(vocab, out.grammar, "[1, 2]")
    assert not accepts(vocab, out.grammar, '{"a": 1}\n')
    out.validate('{"a": 1}')
    with pytest.raises(InvalidOutput, match="not a JSON object"):
        out.validate("[1]")
    with pytest.raises(InvalidOutput, match="not valid JSON"):
        out.validate('{"a": ')


def test_json_schema_fields_are_kept():
    out = StructuredOutput.from_response_format({"type": "json_schema", "json_schema": {
        "name": "person", "description": "a person", "schema": strict_object({"a": {"type": "string"}}), "strict": True}})
    assert (out.kind, out.name, out.description, out.strict) == ("json_schema", "person", "a person", True)
    not_strict = StructuredOutput.from_response_format(as_response_format({"type": "object"}, strict=None))
    assert not_strict.strict is False


# ---------------------------------------------------------------- invalid schemas

@pytest.mark.parametrize("schema, expected", [
    ({"type": "objekt"}, ["unknown type 'objekt'", "/type"]),
    ({"type": "object", "required": "name"}, ["/required", "not of type 'array'"]),
    ({"type": "object", "properties": {"a": {"type": "strin"}}}, ["/properties/a/type", "'strin'"]),
    ({"type": "string", "pattern": "("}, ["/pattern", "regex"]),
    ({"type": "array", "minItems": -1}, ["/minItems"]),
    ({"$ref": "#/$defs/missing"}, ["'#/$defs/missing' does not resolve"]),
    ({"$ref": "https://example.com/schema.json"}, ["$ref", "'https://example.com/schema.json'"]),
    ({"type": "integer", "minimum": 5, "maximum": 3}, ["no possible value"]),
    ([], ["must be an object"]),
])
def test_invalid_schemas(schema, expected):
    for strict, wrapped in [(False, schema), (True, strict_object({"a": schema}))][: 2 if schema else 1]:
        with pytest.raises(InvalidSchema) as info:
            StructuredOutput.from_response_format(as_response_format(wrapped, strict=strict))
        error = info.value
        assert (error.status, error.code, error.param) == (400, "invalid_json_schema", "response_format")
        assert "\n" not in error.message
        for fragment in expected:
            assert fragment.replace("at /", "at /properties/a/" if strict else "at /") in error.message


# ---------------------------------------------------------------- strict mode

@pytest.mark.parametrize("schema, expected", [
    ({"type": "array", "items": {"type": "string"}}, 'root schema must have "type": "object"'),
    ({"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}, '"additionalProperties": false'),
    ({**strict_object({"a": {"type": "string"}, "b": {"type": "string"}}), "required": ["a"]}, "missing 'b'"),
    ({**strict_object({"a": {"type": "string"}}), "required": ["a", "z"]}, "'required' lists 'z'"),
    (strict_object({"a": {"allOf": [{"type": "string"}]}}), "keyword 'allOf' is not supported (at /properties/a)"),
    (strict_object({"a": {"oneOf": [{"type": "string"}, {"type": "null"}]}}), "'oneOf'"),
    (strict_object({"a": {"not": {"type": "string"}}}), "'not'"),
    (strict_object({"a": {"type": "integer", "multipleOf": 5}}), "'multipleOf'"),
    ({**strict_object({}), "patternProperties": {"^x": {"type": "string"}}}, "'patternProperties'"),
    ({**strict_object({}), "minProperties": 1}, "'minProperties'"),
    (strict_object({"a": {"type": "array", "items": {"type": "string"}, "uniqueItems": True}}), "'uniqueItems'"),
    (strict_object({"a": {"type": "array"}}), "'items'"),
    (strict_object({"a": {"type": "string", "format": "uri"}}), "format 'uri' is not supported"),
    (strict_object({"a": {"type": "string", "pattern": "^(?=x)x$"}}), "lookarounds"),
    (strict_object({"a": {"type": "string", "pattern": r"^\bx$"}}), "escape '\\b'"),
    (strict_object({"a": {"type": "string", "pattern": "^x+$", "maxLength": 3}}), "cannot be combined"),
    (strict_object({"a": {"type": "integer", "minLength": 3}}), "'minLength' does not apply to type 'integer'"),
    (strict_object({"a": {"description": "anything"}}), "needs a 'type'"),
    (strict_object({"a": True}), "boolean schemas"),
    ({**strict_object({"a": {"$ref": "#/$defs/b", "minimum": 3}}), "$defs": {"b": {"type": "integer"}}},
     "'minimum' cannot be combined with '$ref'"),
    ({**strict_object({"a": {"$ref": "#/$defs/b"}}), "$defs": {"b": {"type": "object"}}}, "(at /$defs/b)"),
    (strict_object({"a": {"type": "number", "minimum": 0.0000001}}), "more than 6 decimals"),
    (strict_object({"a": {"type": "integer"}, "b": {"$ref": "#/properties"}}), "$ref '#/properties' must point to"),
])
def test_strict_mode_violations_name_the_problem(schema, expected):
    with pytest.raises(InvalidSchema) as info:
        build(schema, strict=True)
    assert expected in info.value.message
    assert info.value.message.startswith("strict mode:") and "strict to false" in info.value.message
    if not isinstance(schema.get("properties", {}).get("a"), bool):
        build(schema, strict=False)  # fine without strict


def test_strict_accepts_openai_style_schemas(vocab):
    schema = {
        "type": "object",
        "properties": {
            "steps": {"type": "array", "items": {"$ref": "#/$defs/step"}},
            "final_answer": {"type": "string", "description": "the answer"},
            "unit": {"type": ["string", "null"], "enum": ["cm", "m", None]},
            "node": {"$ref": "#/$defs/node"},
        },
        "required": ["steps", "final_answer", "unit", "node"],
        "additionalProperties": False,
        "$defs": {
            "step": strict_object({"explanation": {"type": "string"}, "output": {"type": "string"}}),
            "node": strict_object({"value": {"type": "integer"},
                                   "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}),
        },
    }
    out = build(schema, strict=True)
    text = ('{"steps": [{"explanation": "x", "output": "y"}], "final_answer": "42", "unit": null, '
            '"node": {"value": 1, "children": [{"value": 2, "children": []}]}}')
    assert accepts(vocab, out.grammar, text)
    out.validate(text)


# ---------------------------------------------------------------- grammars in llama.cpp

@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case_grammars_accept_their_example(vocab, case):
    out = build(case["schema"], strict=case["strict"])
    example = case["example"]
    out.validate(json.dumps(example, ensure_ascii=False))
    assert accepts(vocab, out.grammar, json.dumps(example, ensure_ascii=False))
    assert accepts(vocab, out.grammar, json.dumps(example, ensure_ascii=False, separators=(",", ":")))
    assert 'space ::= " "?' in out.grammar and "\\n" not in out.grammar and "\\t" not in out.grammar


def test_whitespace_is_at_most_one_space(vocab):
    grammar = build(strict_object({"a": {"type": "integer"}}), strict=True).grammar
    assert accepts(vocab, grammar, '{ "a" : 1 }')
    for text in ['{"a":  1}', '{\n"a": 1}', ' {"a": 1}', '{"a": 1}\n', '{"a":\t1}']:
        assert not accepts(vocab, grammar, text), text


def test_keys_follow_the_schema_order_required_first(vocab):
    schema = {"type": "object", "properties": {"x": {"type": "integer"}, "y": {"type": "integer"},
                                               "z": {"type": "integer"}}, "required": ["z", "x"]}
    grammar = build(schema).grammar
    assert accepts(vocab, grammar, '{"x": 1, "z": 2, "y": 3}')
    assert accepts(vocab, grammar, '{"x": 1, "z": 2}')
    assert not accepts(vocab, grammar, '{"z": 2, "x": 1}')
    assert not accepts(vocab, grammar, '{"x": 1, "z": 2, "w": 3}')


def test_japanese_keys_and_values_are_written_as_is(vocab):
    schema = strict_object({"名前": {"type": "string", "maxLength": 4}, "気分": {"enum": ["嬉しい", "悲しい"]}})
    grammar = build(schema, strict=True).grammar
    assert accepts(vocab, grammar, '{"名前": "山田太郎", "気分": "嬉しい"}')
    assert not accepts(vocab, grammar, '{"名前": "山田太郎です", "気分": "嬉しい"}')  # 6 characters
    assert not accepts(vocab, grammar, '{"名前": "山田", "気分": "楽しい"}')


def test_strings_hold_no_raw_control_characters(vocab):
    grammar = build({"type": "string"}).grammar
    assert accepts(vocab, grammar, '"a\\nb \\"q\\" \\u00e9"')
    assert not accepts(vocab, grammar, '"a\nb"')
    assert not accepts(vocab, grammar, '"a\tb"')


def test_keys_and_constants_with_quotes_and_backslashes(vocab):
    schema = {"type": "object", "properties": {'a"b\\': {"const": "x\\y\n"}}, "required": ['a"b\\']}
    out = build(schema)
    text = json.dumps({'a"b\\': "x\\y\n"})
    assert accepts(vocab, out.grammar, text)
    out.validate(text)


@pytest.mark.parametrize("bounds", [
    {"minimum": 1, "maximum": 5},
    {"minimum": -50, "maximum": 60},
    {"minimum": 0, "exclusiveMaximum": 100},
    {"exclusiveMinimum": -7.5, "maximum": 123.9},
    {"minimum": 10},
    {"maximum": -3},
])
def test_integer_ranges_are_exact(vocab, bounds):
    out = build({"type": "integer", **bounds})
    for n in range(-130, 160):
        assert accepts(vocab, out.grammar, str(n)) == out._validator.is_valid(n), n
    assert not accepts(vocab, out.grammar, "05") and not accepts(vocab, out.grammar, "3.0")


@pytest.mark.parametrize("bounds, examples", [
    ({"minimum": 0, "maximum": 1}, ["0", "0.5", "0.97", "1", "0.123456"]),
    ({"exclusiveMinimum": 0, "exclusiveMaximum": 1}, ["0.5", "0.01"]),
    ({"exclusiveMinimum": -0.25, "maximum": 0.8}, ["-0.24", "0.00", "0.80", "0.5312"]),
    ({"minimum": -1.5, "exclusiveMaximum": 2}, ["-1.5", "-1.2", "0.0", "1.9", "1.99"]),
    ({"minimum": 0}, ["0", "3.25", "10000"]),
    ({"maximum": 10}, ["-1000.5", "10", "9.99"]),
])
def test_number_ranges_are_sound(vocab, bounds, examples):
    out = build({"type": "number", **bounds})
    for text in examples:
        assert accepts(vocab, out.grammar, text), text
    values = [Decimal(i) / 100 for i in range(-300, 301, 7)] + [Decimal(i) / 4 for i in range(-12, 13)]
    for value in values:
        for text in {str(value), f"{value:.1f}", f"{value:.3f}", f"{value:.0f}"}:
            if accepts(vocab, out.grammar, text):
                assert out._validator.is_valid(float(text)), text


@pytest.mark.parametrize("pattern, good, bad", [
    (r"^\d{3}-\d{4}$", ["123-4567"], ["1234567", "12-34567", "123-45678"]),
    (r"^[a-z]+\.com$", ["abc.com"], ["abcxcom", ".com"]),
    (r"[0-9]+", ["123"], ["12a"]),  # unanchored: the grammar asks for a full match
    (r"^(?:ab|cd)*?e{1,2}$", ["abcde", "ee", "e"], ["abe e", "eee"]),
    (r'^a"b\\c$', ['a\\"b\\\\c'], ['a"b']),
    (r"^[^x]{2}$", ["ab", "日本"], ['a"', "ax"]),
    (r"^.\s\w$", ["a b", "_ 9"], ["a\\nb", "a\\tb", 'a "']),
    (r"^[ぁ-ん]+$", ["ひらがな"], ["カタカナ"]),
    (r"^\u00e9\x41$", ["éA"], ["eA"]),
    (r"^\D\W\S[^\d]$", ["a-bc", "a.b!"], ["日-bc", "a日bc", "a-日c", "a-b３", "1-bc"]),
])
def test_patterns(vocab, pattern, good, bad):
    out = build({"type": "string", "pattern": pattern})
    for inner in good:
        assert accepts(vocab, out.grammar, f'"{inner}"'), inner
        out.validate(f'"{inner}"')
    for inner in bad:
        assert not accepts(vocab, out.grammar, f'"{inner}"'), inner


@pytest.mark.parametrize("pattern", [
    r"^\w+\s\d?$", r"^[^a]\S*$", r"a|b.", r"^(?:[a-z]{1,2}|日本)+[.\-]?$", r'^["\\a-z]+$', r"^\W\D$",
])
def test_patterns_never_allow_what_the_pattern_rejects(vocab, pattern):
    out = build({"type": "string", "pattern": pattern})
    alphabet = ["a", "b", "z", "1", "９", " ", "\u3000", "-", ".", "_", '"', "\\", "日", "本", "\n", "é"]
    rng = random.Random(0)
    for _ in range(300):
        text = json.dumps("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))), ensure_ascii=False)
        if accepts(vocab, out.grammar, text):
            out.validate(text)


@pytest.mark.parametrize("fmt, good, bad", [
    ("email", ["a.b+c@example.co.jp"], ["example.com", "a@b"]),
    ("ipv4", ["192.168.0.1", "8.8.8.8"], ["256.1.1.1", "1.2.3"]),
    ("hostname", ["api.example.com", "localhost"], ["-bad.com", "a..b"]),
    ("date", ["2025-06-14"], ["2025-13-01", "25-06-14"]),
    ("date-time", ["2025-06-14T09:30:00Z", "2025-06-14T09:30:00.123+09:00"], ["2025-06-14 09:30:00"]),
    ("uuid", ["123e4567-e89b-12d3-a456-426614174000"], ["123e4567"]),
])
def test_formats(vocab, fmt, good, bad):
    out = build(strict_object({"v": {"type": "string", "format": fmt}}), strict=True)
    for value in good:
        assert accepts(vocab, out.grammar, json.dumps({"v": value})), value
    for value in bad:
        assert not accepts(vocab, out.grammar, json.dumps({"v": value})), value


@pytest.mark.parametrize("schema, good, bad", [
    ({"type": ["string", "null"], "maxLength": 5}, ['null', '"abc"'], ['"abcdef"', "1"]),
    ({"type": "array", "minItems": 2}, ['[1, "a"]', '[{"x": []}, null, true]'], ["[1]"]),
    ({"type": "array", "items": {}, "maxItems": 1}, ["[]", '[{"a": 1}]'], ["[1, 2]"]),
    ({"type": "array", "prefixItems": [{"type": "integer"}, {"type": "string"}]}, ['[1, "a"]'], ['["a", 1]']),
    ({"description": "anything"}, ['[1, {"a": null}]', '"x"', "-2.5e3"], ["nope"]),
    ({"type": "object"}, ['{"a": [1, 2]}', "{}"], ["[]"]),
    ({"type": "object", "required": ["a"]}, ['{"a": 1}'], ["{}"]),
    ({"type": "object", "properties": {"a": {"type": "integer"}}, "additionalProperties": {"type": "boolean"}},
     ['{"a": 1, "b": true}', '{"zz": false}'], ['{"b": 1}']),
    ({"type": "object", "properties": {"*": {"type": "integer"}}, "additionalProperties": True},
     ['{"*": 1, "b": [true]}', '{"b": "x", "c": null}', "{}"], ['{"*": 1 "b": 2}']),
    ({"allOf": [{"$ref": "#/$defs/a"}, {"properties": {"y": {"type": "boolean"}}, "required": ["y"]}],
      "$defs": {"a": {"type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"]}}},
     ['{"x": 1, "y": true}'], ['{"x": 1}']),
    ({"type": "object", "properties": {"v": {"type": "integer"}, "next": {"anyOf": [{"$ref": "#"}, {"type": "null"}]}},
      "required": ["v", "next"]},
     ['{"v": 1, "next": {"v": 2, "next": null}}'], ['{"v": 1, "next": {"v": 2}}']),
    ({"oneOf": [{"type": "integer"}, {"type": "boolean"}]}, ["1", "false"], ['"1"']),
    ({"enum": [1, "a", None, {"k": [True]}], "type": ["integer", "object"]}, ["1", '{"k": [true]}'], ['"a"', "null"]),
    ({"minimum": 3}, ["3", "4.5"], ["2"]),
    ({"type": "string", "minLength": 2, "maxLength": 3}, ['"ab"', '"abc"'], ['"a"', '"abcd"']),
])
def test_other_schemas(vocab, schema, good, bad):
    out = build(schema)
    for text in good:
        assert accepts(vocab, out.grammar, text), text
        out.validate(text)
    for text in bad:
        assert not accepts(vocab, out.grammar, text), text


def test_what_the_grammar_cannot_enforce_is_caught_by_validate(vocab):
    out = build({"type": "array", "items": {"type": "integer"}, "uniqueItems": True})
    assert accepts(vocab, out.grammar, "[1, 1]")
    with pytest.raises(InvalidOutput, match="non-unique"):
        out.validate("[1, 1]")
    loose = build({"type": "string", "pattern": "^(?=a)a+$"})  # lookahead: any string in the grammar
    assert accepts(vocab, loose.grammar, '"b"')
    with pytest.raises(InvalidOutput, match=r"at /: 'b' does not match"):
        loose.validate('"b"')


def test_validate_names_the_place(vocab):
    out = build(strict_object({"items": {"type": "array", "items": strict_object({"n": {"type": "integer"}})}}),
                strict=True)
    with pytest.raises(InvalidOutput, match=r"at /items/0/n: 'x' is not of type 'integer'"):
        out.validate('{"items": [{"n": "x"}]}')


def test_grammar_grows_linearly_with_optional_properties():
    def size(n: int) -> int:
        schema = {"type": "object", "properties": {f"項目{i}": {"type": "string"} for i in range(n)}}
        return len(StructuredOutput.from_schema(schema).grammar)

    assert size(800) < 5 * size(200)  # spelled-out alternatives made it 16x (6.8 MB at 800)
    assert size(800) < 200_000
