"""Tool calling: request checks, the grammar's root, replies parsed and streamed, closing cut-off calls,
and the conversation laid out for templates with and without tools."""

import json

import jsonschema
import pytest

from kogata.engine.chat_template import ChatTemplate
from kogata.engine.tool_calls import CLOSE, OPEN, ReplySplitter, ToolSpec, parse_reply
from kogata.errors import InvalidRequest

BOOK = {"type": "function", "function": {
    "name": "book_room", "description": "会議室を予約する",
    "parameters": {"type": "object", "additionalProperties": False, "required": ["room", "start"],
                   "properties": {"room": {"type": "string", "enum": ["会議室A", "会議室B"]},
                                  "start": {"type": "string", "pattern": r"^\d{2}:\d{2}$"},
                                  "minutes": {"type": "integer", "minimum": 15, "maximum": 240}}}}}
WEATHER = {"type": "function", "function": {
    "name": "get_weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}


def test_request_checks_name_what_is_wrong():
    with pytest.raises(InvalidRequest, match="not among the tools"):
        ToolSpec.from_request([BOOK], {"type": "function", "function": {"name": "send_mail"}})
    with pytest.raises(InvalidRequest, match=r"tools\[1\].function.parameters \(bad\)"):
        ToolSpec.from_request([BOOK, {"type": "function", "function": {"name": "bad", "parameters": {"type": "objekt"}}}])
    with pytest.raises(InvalidRequest, match="same function name"):
        ToolSpec.from_request([BOOK, BOOK])
    with pytest.raises(InvalidRequest, match="must describe an object"):
        ToolSpec.from_request([{"type": "function", "function": {"name": "f", "parameters": {"type": "string"}}}])
    with pytest.raises(InvalidRequest, match="tool_choice needs tools"):
        ToolSpec.from_request(None, "required")
    with pytest.raises(InvalidRequest, match="tool_choice must be"):
        ToolSpec.from_request([BOOK], "sometimes")
    assert ToolSpec.from_request(None, "auto") is None


def test_choice_decides_what_may_be_called_and_whether_text_may_come():
    auto = ToolSpec.from_request([BOOK, WEATHER])
    assert [f.name for f in auto.offered] == ["book_room", "get_weather"]
    assert "[^<]" in auto.grammar.split("root ::=")[1].splitlines()[0]
    named = ToolSpec.from_request([BOOK, WEATHER], {"type": "function", "function": {"name": "get_weather"}}, False)
    root = named.grammar.split("root ::=")[1].splitlines()[0]
    assert [f.name for f in named.offered] == ["get_weather"] and "[^<]" not in root and ")*" not in root
    assert ToolSpec.from_request([BOOK], "none").grammar is None


def test_parse_reply_reads_blocks_and_keeps_text_outside():
    text = (f'{OPEN}\n{{"name": "get_weather", "arguments": {{"city": "東京"}}}}\n{CLOSE}\n'
            f'{OPEN}\n{{"name": "book_room", "arguments": {{"room": "会議室A", "start": "10:00"}}}}\n{CLOSE}')
    content, calls = parse_reply(text)
    assert content is None
    assert [(c.name, c.arguments) for c in calls] == [("get_weather", {"city": "東京"}),
                                                      ("book_room", {"room": "会議室A", "start": "10:00"})]
    body = calls[1].openai(1)
    assert body["index"] == 1 and body["id"].startswith("call_") and json.loads(body["function"]["arguments"])["room"] == "会議室A"
    assert parse_reply("東京は晴れです。") == ("東京は晴れです。", [])


def test_splitter_streams_text_at_once_and_calls_when_closed():
    text = ReplySplitter()
    assert text.feed(" ") == ("", [])
    assert text.feed("晴れ") == (" 晴れ", [])
    calls = ReplySplitter()
    reply = f'{OPEN}\n{{"name": "get_weather", "arguments": {{"city": "大阪"}}}}\n{CLOSE}\n{OPEN}\n{{"name": "get_weather", "arguments": {{"city": "京都"}}}}\n{CLOSE}'
    sent = []
    for i in range(0, len(reply), 7):
        content, new = calls.feed(reply[i:i + 7])
        assert content == ""
        sent += [(len(reply[:i + 7]), c.arguments["city"]) for c in new]
    content, new = calls.finish()
    sent += [(len(reply), c.arguments["city"]) for c in new]
    assert [city for _, city in sent] == ["大阪", "京都"]
    assert sent[0][0] < len(reply)  # the first call went out before the reply ended


@pytest.mark.parametrize("choice", ["auto", "required"])
def test_every_cut_of_a_reply_closes_to_valid_calls(choice):
    spec = ToolSpec.from_request([BOOK, WEATHER], choice)
    reply = (f'{OPEN}\n{{"name": "book_room", "arguments": {{"room": "会議室B", "start": "09:30", "minutes": 60}}}}\n{CLOSE}\n'
             f'{OPEN}\n{{"name": "get_weather", "arguments": {{"city": "名古屋"}}}}\n{CLOSE}').encode()
    schemas = {f["function"]["name"]: f["function"]["parameters"] for f in (BOOK, WEATHER)}
    for cut in range(len(reply) + 1):
        closer = spec.closer()
        closer.push(reply[:cut])
        closing = closer.closing()
        assert closing is not None, reply[:cut]
        content, calls = parse_reply(reply[:cut].decode("utf-8", "ignore") + closing)
        assert content is None
        assert calls or (choice == "auto" and cut == 0)
        for call in calls:
            jsonschema.validate(call.arguments, schemas[call.name])


def test_plain_text_needs_no_closing_and_a_required_call_does():
    auto, required = ToolSpec.from_request([WEATHER]), ToolSpec.from_request([WEATHER], "required")
    closer = auto.closer()
    closer.push("はい".encode())
    assert closer.closing() == ""
    assert parse_reply(required.closer().closing())[1][0].name == "get_weather"


CHATML = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
          "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")
TOOL_TEMPLATE = ("{% if tools %}TOOLS:{% for t in tools %}{{ t['function']['name'] }};{% endfor %}\n{% endif %}"
                 "{% for m in messages %}{{ m['role'] }}:{{ m['content'] }}"
                 "{% for c in m.get('tool_calls', []) %}<tool_call>{{ c['function']['arguments']['city'] }}</tool_call>{% endfor %}\n"
                 "{% endfor %}")
CONVERSATION = [
    {"role": "system", "content": "丁寧に答えてください。"},
    {"role": "user", "content": "大阪と京都の天気は？"},
    {"role": "assistant", "content": None, "tool_calls": [
        {"id": "c1", "type": "function", "function": {"name": "get_weather", "arguments": '{"city": "大阪"}'}},
        {"id": "c2", "type": "function", "function": {"name": "get_weather", "arguments": '{"city": "京都"}'}}]},
    {"role": "tool", "tool_call_id": "c1", "content": "晴れ"},
    {"role": "tool", "tool_call_id": "c2", "content": "雨"},
]


def test_template_without_tools_gets_instructions_blocks_and_results():
    prompt = ChatTemplate(CHATML).render(CONVERSATION, tools=ToolSpec.from_request([WEATHER]))
    system = prompt.split("<|im_end|>")[0]
    assert '"name": "get_weather"' in system and system.endswith("丁寧に答えてください。")
    assert prompt.count(OPEN) == 3  # the instructions' example and the two earlier calls
    assert '{"name": "get_weather", "arguments": {"city": "京都"}}' in prompt
    assert "<|im_start|>user\n<tool_response>\n晴れ\n</tool_response>\n<tool_response>\n雨\n</tool_response><|im_end|>" in prompt


def test_template_that_knows_tools_gets_them_and_arguments_as_objects():
    template = ChatTemplate(TOOL_TEMPLATE)
    assert template.knows_tools
    prompt = template.render(CONVERSATION, tools=ToolSpec.from_request([WEATHER]), add_generation_prompt=False)
    assert prompt.startswith("TOOLS:get_weather;system:")
    assert "<tool_call>大阪</tool_call><tool_call>京都</tool_call>" in prompt
    assert "tool:晴れ" in prompt


def test_bad_arguments_in_history_are_a_clear_error():
    bad = [{"role": "user", "content": "x"},
           {"role": "assistant", "tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": "{oops"}}]}]
    with pytest.raises(InvalidRequest, match="not valid JSON"):
        ChatTemplate(CHATML).render(bad)
