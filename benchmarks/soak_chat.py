"""The chat-completion part of the mixed soak (benchmarks/soak.py): what a chat request looks like and
what a finished answer must satisfy. The sending is soak_routes.py's, as for every route.

A chat request is a question (English from serve_load.QUESTIONS, or Japanese), sometimes behind a short
or a ~700-token shared system prompt (the prefix cache), sometimes after an earlier turn, with
max_tokens in [min_tokens, max_tokens]; a few ask for response_format json_schema (a small strict
schema: the output must validate when it finishes with "stop"), a few pass stop strings (the output must
not contain them).
"""

from __future__ import annotations

import json
import random

from serve_load import QUESTIONS
from servers import chat_body
from soak_data import CHAT_QUESTIONS_JA

try:
    import jsonschema
except ImportError:  # only json.loads then
    jsonschema = None

SHORT_SYSTEM = "You are a helpful assistant. Answer clearly and concisely."
_RULES = [
    "Be polite and address the user respectfully", "Prefer short paragraphs over long ones",
    "Use examples when a concept is abstract", "Say so when you are not sure of a fact",
    "Never invent citations or sources", "Explain technical terms the first time they appear",
    "Use metric units unless the user asks otherwise", "Keep lists to at most seven items",
    "Avoid jargon when talking to beginners", "Summarize long answers in one final sentence",
]
LONG_SYSTEM = "You are the support assistant of a small company. Follow these house rules.\n" + "\n".join(
    f"Rule {i + 1}: {_RULES[i % len(_RULES)]}, as described in section {i // len(_RULES) + 1} of the handbook."
    for i in range(40))  # ~700 tokens, shared by many requests: exercises the prefix cache

JSON_SCHEMA = {
    "type": "object",
    "properties": {
        "answer": {"type": "string", "maxLength": 60},
        "confidence": {"type": "integer", "minimum": 0, "maximum": 10},
        "topic": {"type": "string", "enum": ["science", "history", "tech", "life", "other"]},
    },
    "required": ["answer", "confidence", "topic"],
    "additionalProperties": False,
}
RESPONSE_FORMAT = {"type": "json_schema", "json_schema": {"name": "short_reply", "strict": True, "schema": JSON_SCHEMA}}
STOP_SETS = [["\n"], ["."], [".", "!", "?"], ["\n\n", "2."], [" the "], ["and"], ["。"], ["です", "ます"]]


def chat_request(rng: random.Random, model: str, *, min_tokens: int, max_tokens: int, json_p: float,
                 stop_p: float, ja_p: float) -> tuple[dict, dict]:
    """A chat completion body (streamed; the caller may turn that off) and what to check its answer
    against: {"json_schema": bool, "stop": [...], "lang": "ja" | "en", "system": None | "short" | "long"}."""
    lang = "ja" if rng.random() < ja_p else "en"
    questions = CHAT_QUESTIONS_JA if lang == "ja" else QUESTIONS
    json_schema = rng.random() < json_p
    stop = [] if json_schema or rng.random() >= stop_p else list(rng.choice(STOP_SETS))
    messages = []
    system = None
    r = rng.random()
    if json_schema:
        messages.append({"role": "system", "content": "You are a helpful assistant. Reply with JSON only."})
    elif r < 0.35:
        messages.append({"role": "system", "content": LONG_SYSTEM})
        system = "long"
    elif r < 0.6:
        messages.append({"role": "system", "content": SHORT_SYSTEM})
        system = "short"
    if rng.random() < 0.2:  # an earlier turn of the same chat
        earlier = rng.choice(questions)
        if lang == "ja":
            reply = f"「{earlier}」について短く答えます。"
        else:
            reply = f"Here is a short answer about: {earlier.lower()}"
        messages += [{"role": "user", "content": earlier}, {"role": "assistant", "content": reply}]
    messages.append({"role": "user", "content": rng.choice(questions)})
    extra: dict = {}
    if json_schema:
        extra["response_format"] = RESPONSE_FORMAT
    if stop:
        extra["stop"] = stop
    body = chat_body(model, messages, max_tokens=rng.randint(min_tokens, max_tokens),
                     temperature=rng.choice([0.0, 0.7, 1.0]), seed=rng.randrange(2**31), extra=extra)
    return body, {"json_schema": json_schema, "stop": stop, "lang": lang, "system": system}


def chat_stream_event(event: dict, acc: dict) -> None:
    """Fold one streamed chat chunk into acc: {"parts": [...], "finish", "usage"}."""
    acc["usage"] = event.get("usage") or acc.get("usage")
    for choice in event.get("choices") or []:
        acc["finish"] = choice.get("finish_reason") or acc.get("finish")
        if (choice.get("delta") or {}).get("content"):
            acc["parts"].append(choice["delta"]["content"])


def chat_whole(body: dict) -> tuple[str, str | None, dict | None]:
    """Content, finish_reason and usage of a non-streamed completion (KeyError etc. if malformed)."""
    choice = body["choices"][0]
    return choice["message"]["content"] or "", choice.get("finish_reason"), body.get("usage")


def check_chat(meta: dict, max_tokens: int, content: str, finish: str | None, usage: dict | None) -> str | None:
    """What is wrong with a completed answer, or None."""
    if finish is None:
        return "no finish_reason"
    if usage is None:
        return "no usage"
    if int(usage.get("completion_tokens", 0)) > max_tokens:
        return f"completion_tokens {usage['completion_tokens']} > max_tokens {max_tokens}"
    if meta["stop"] and finish in ("stop", "length"):
        hit = [s for s in meta["stop"] if s in content]
        if hit:
            return f"bad_output: content contains stop string(s) {hit!r}: {content[:120]!r}"
    if meta["json_schema"] and finish == "stop":
        try:
            value = json.loads(content)
            if jsonschema is not None:
                jsonschema.validate(value, JSON_SCHEMA)
        except Exception as exc:  # JSONDecodeError or jsonschema.ValidationError
            return f"bad_output: json_schema output does not validate ({type(exc).__name__}): {content[:120]!r}"
    return None
