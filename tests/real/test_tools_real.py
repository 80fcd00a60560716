"""Tool calling through a real `kogata serve`: the openai SDK and LangChain's ChatOpenAI, five functions,
Japanese and English commands; every call names an offered function and its arguments validate."""

import json

import jsonschema
import openai
import pytest

from helpers import kogata_serve

MODEL = "smollm2-135m"


def _function(name: str, description: str, properties: dict, required: list[str]) -> dict:
    return {"type": "function", "function": {"name": name, "description": description, "parameters": {
        "type": "object", "properties": properties, "required": required, "additionalProperties": False}}}


TOOLS = [
    _function("book_room", "Book a meeting room / 会議室を予約する",
              {"room": {"type": "string", "enum": ["A", "B", "C"]}, "date": {"type": "string", "format": "date"},
               "time": {"type": "string", "pattern": r"^\d{2}:\d{2}$"}}, ["room", "date", "time"]),
    _function("get_weather", "Weather forecast for a city / 天気予報", {"city": {"type": "string", "maxLength": 30}}, ["city"]),
    _function("send_email", "Send an e-mail",
              {"to": {"type": "string", "format": "email"}, "subject": {"type": "string", "maxLength": 60}}, ["to", "subject"]),
    _function("create_todo", "Add a task to the to-do list / タスクを追加",
              {"title": {"type": "string", "maxLength": 60}, "priority": {"type": "string", "enum": ["low", "high"]}},
              ["title", "priority"]),
    _function("convert_currency", "Convert an amount between currencies",
              {"amount": {"type": "number", "minimum": 0}, "from": {"type": "string", "enum": ["JPY", "USD", "EUR"]},
               "to": {"type": "string", "enum": ["JPY", "USD", "EUR"]}}, ["amount", "from", "to"]),
]
SCHEMAS = {t["function"]["name"]: t["function"]["parameters"] for t in TOOLS}
COMMANDS = ["明日の10時に会議室Aを予約して", "What's the weather in Osaka?", "「請求書を送る」をタスクに追加して、優先度は高",
            "Convert 100 dollars to yen"]


@pytest.fixture(scope="module")
def server(real_store, real_home, tmp_path_factory):
    log = tmp_path_factory.mktemp("serve-tools") / "serve.log"
    # Without the host prompt cache a repeated prompt continues from the cells its last run left, so the
    # same request decodes the same way each time; a prompt computed in other chunks, or restored from host
    # memory into other cells, rounds differently (near-tie flips: tests/real/test_engine_real.py).
    with kogata_serve(real_home, log, "--ctx-size", "4096", "--parallel", "2",
                      env={"KOGATA_ENGINE__PROMPT_CACHE_MIB": "0"}) as url:
        yield url


@pytest.fixture(scope="module")
def client(server):
    return openai.OpenAI(base_url=f"{server}/v1", api_key="x", max_retries=0)


def _check_calls(calls, offered=SCHEMAS) -> None:
    assert calls
    for call in calls:
        assert call.type == "function" and call.id.startswith("call_")
        assert call.function.name in offered
        jsonschema.validate(json.loads(call.function.arguments), offered[call.function.name])


@pytest.mark.parametrize("command", COMMANDS)
def test_required_calls_validate(client, command):
    r = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": command}], tools=TOOLS,
                                       tool_choice="required", temperature=0, max_tokens=200)
    choice = r.choices[0]
    assert choice.finish_reason in ("tool_calls", "length")  # a small base model may go on calling; closed either way
    assert choice.message.content is None
    _check_calls(choice.message.tool_calls)


def test_named_function_single_call_and_tight_budget(client):
    named = {"type": "function", "function": {"name": "book_room"}}
    for max_tokens, reason in ((200, "tool_calls"), (49, "length")):
        r = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": COMMANDS[0]}], tools=TOOLS,
                                           tool_choice=named, parallel_tool_calls=False, temperature=0.7, seed=3,
                                           max_tokens=max_tokens)
        calls = r.choices[0].message.tool_calls
        assert r.choices[0].finish_reason == reason and len(calls) == 1 and calls[0].function.name == "book_room"
        _check_calls(calls)
        assert r.usage.completion_tokens <= max_tokens
    with pytest.raises(openai.BadRequestError) as e:  # not even the shortest call fits
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": COMMANDS[0]}], tools=TOOLS,
                                       tool_choice=named, max_tokens=20)
    assert e.value.body["param"] == "max_tokens"


def test_streamed_calls_equal_the_whole_reply(client):
    kwargs = dict(model=MODEL, messages=[{"role": "user", "content": COMMANDS[1]}], tools=TOOLS, tool_choice="required",
                  temperature=0, max_tokens=200)
    client.chat.completions.create(**kwargs)  # so that both below continue from the same cached prompt
    whole = client.chat.completions.create(**kwargs).choices[0]
    calls: dict[int, dict] = {}
    finish = None
    for chunk in client.chat.completions.create(stream=True, **kwargs):
        for delta_call in chunk.choices[0].delta.tool_calls or []:
            slot = calls.setdefault(delta_call.index, {"name": "", "arguments": ""})
            slot["name"] += delta_call.function.name or ""
            slot["arguments"] += delta_call.function.arguments or ""
        finish = chunk.choices[0].finish_reason or finish
    assert finish == "tool_calls"
    assert [(c["name"], json.loads(c["arguments"])) for _, c in sorted(calls.items())] == \
        [(c.function.name, json.loads(c.function.arguments)) for c in whole.message.tool_calls]


def test_tool_results_in_the_next_turn_get_an_answer(client):
    first = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "東京の天気は？"}], tools=TOOLS,
                                           tool_choice={"type": "function", "function": {"name": "get_weather"}},
                                           temperature=0, max_tokens=100)
    call = first.choices[0].message.tool_calls[0]
    messages = [{"role": "user", "content": "東京の天気は？"}, first.choices[0].message.model_dump(exclude_none=True),
                {"role": "tool", "tool_call_id": call.id, "content": "晴れ、最高気温18度"}]
    r = client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS, tool_choice="none", temperature=0,
                                       max_tokens=60)
    assert r.choices[0].message.content and not r.choices[0].message.tool_calls
    assert r.choices[0].finish_reason in ("stop", "length")


def test_langchain_bind_tools(server):
    from langchain_openai import ChatOpenAI

    llm = ChatOpenAI(model=MODEL, base_url=f"{server}/v1", api_key="x", temperature=0, max_tokens=200, max_retries=0)
    message = llm.bind_tools(TOOLS, tool_choice="any").invoke("明日の10時に会議室Bを予約して")
    assert message.tool_calls
    for call in message.tool_calls:
        assert call["name"] in SCHEMAS and call["id"]
        jsonschema.validate(call["args"], SCHEMAS[call["name"]])
