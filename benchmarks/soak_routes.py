"""The routes of the mixed soak (benchmarks/soak.py): one request plan per route and one way to send
any of them.

    chat        POST /v1/chat/completions               soak_chat.py's requests, streamed or not
    kb          POST /v1/kb/collections/{name}/ask      a Japanese or English question, streamed or not
    classify    POST /v1/classify                       one to four texts, with the soak's classifier
    embeddings  POST /v1/embeddings                     one to eight texts, input_type query or passage
    redact      POST /v1/privacy/redact                 a text with (or without) personal data

chat and kb generate: their streams may be closed after a random number of chunks, their non-streamed
requests abandoned after a random delay (the server must free the sequence). Every route has Japanese
input. An answer is checked (what `check_*` say), and the routes whose answers depend only on the
input (classify, embeddings, redact) must give the same answer to the same input all through the run.
"""

from __future__ import annotations

import asyncio
import base64
import json
import math
import random
import struct
import time
from dataclasses import dataclass, field

import httpx
from soak_chat import chat_request, chat_stream_event, chat_whole, check_chat
from soak_data import (CLASSIFIER_LABELS, CLASSIFY_TEXTS, EMBED_TEXTS_EN, EMBED_TEXTS_JA, KB_QUESTIONS_EN,
                       KB_QUESTIONS_JA, REDACT_TEXTS)

ROUTES = ("chat", "kb", "classify", "embeddings", "redact")
DEFAULT_MIX = {"chat": 4, "kb": 2, "classify": 2, "embeddings": 2, "redact": 1}


def parse_mix(text: str) -> dict[str, float]:
    """`chat=4,kb=2,classify=2,embeddings=2,redact=1` -> weights; routes left out get 0."""
    mix = dict.fromkeys(ROUTES, 0.0)
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, _, weight = part.partition("=")
        if name.strip() not in mix:
            raise ValueError(f"unknown route {name.strip()!r} in --mix; routes: {', '.join(ROUTES)}")
        mix[name.strip()] = float(weight)
    if any(w < 0 for w in mix.values()) or not any(mix.values()):
        raise ValueError(f"--mix needs non-negative weights, at least one positive: {text!r}")
    return mix


@dataclass
class Plan:
    route: str
    path: str
    body: dict
    stream: bool = False
    meta: dict = field(default_factory=dict)  # what the answer is checked against, and the request's variant
    disconnect_after: int | None = None  # streamed: close after this many content chunks
    abandon_after_s: float | None = None  # non-streamed: give up after this many seconds

    def variant(self) -> list[str]:
        """Tags counted per route in the summary."""
        tags = [f"lang:{self.meta['lang']}"]
        if self.route in ("chat", "kb"):
            tags.append("stream" if self.stream else "whole")
        for key in ("json_schema", "input_type", "base64"):
            if self.meta.get(key):
                tags.append(f"{key}:{self.meta[key]}" if isinstance(self.meta[key], str) else key)
        if self.meta.get("stop"):
            tags.append("stop")
        return tags

    def describe(self) -> dict:
        keep = ("max_tokens", "temperature", "question", "k", "filter", "encoding_format")
        return {"route": self.route, "stream": self.stream, **{k: v for k, v in self.meta.items() if k != "expect"},
                **{k: self.body[k] for k in keep if k in self.body},
                "disconnect_after": self.disconnect_after, "abandon_after_s": self.abandon_after_s}


@dataclass
class Outcome:
    kind: str  # "ok" | "disconnected" | "busy" | "error"
    status: int | None  # HTTP status, None when none came
    error: str | None = None
    completion_tokens: int = 0
    latency_s: float | None = None  # request sent -> last byte read (ok answers)
    anomaly: str | None = None  # a flaw worth reporting that is not a failure (see soak.py's summary)


def _leave(rng: random.Random, plan: Plan, p: float, chunks: int) -> Plan:
    if rng.random() < p:
        if plan.stream:
            plan.disconnect_after = rng.randint(0, max(1, chunks))
        else:
            plan.abandon_after_s = round(rng.uniform(0.05, 4.0), 2)
    return plan


def make_plan(route: str, rng: random.Random, cfg) -> Plan:
    """One request of `route`; `cfg` is soak.SoakConfig."""
    if route == "chat":
        body, meta = chat_request(rng, cfg.model, min_tokens=cfg.min_tokens, max_tokens=cfg.max_tokens,
                                  json_p=cfg.json_p, stop_p=cfg.stop_p, ja_p=cfg.ja_p)
        plan = Plan("chat", "/v1/chat/completions", body, rng.random() >= cfg.nonstream_p, meta)
        if not plan.stream:
            body["stream"] = False
            body.pop("stream_options", None)
        return _leave(rng, plan, cfg.disconnect_p, body["max_tokens"] // 2)
    if route == "kb":
        lang = "ja" if rng.random() < 0.5 else "en"
        question = rng.choice(KB_QUESTIONS_JA if lang == "ja" else KB_QUESTIONS_EN)
        body = {"question": question, "k": rng.choice([3, 5]), "stream": rng.random() >= cfg.nonstream_p,
                "max_tokens": rng.randint(cfg.min_tokens, cfg.kb_max_tokens), "temperature": rng.choice([0.0, 0.7])}
        if rng.random() < 0.2:
            body["filter"] = {"lang": lang}
        plan = Plan("kb", f"/v1/kb/collections/{cfg.collection}/ask", body, body["stream"], {"lang": lang})
        return _leave(rng, plan, cfg.disconnect_p, body["max_tokens"] // 2)
    if route == "classify":
        texts = rng.sample(CLASSIFY_TEXTS, rng.choice([1, 1, 2, 4]))
        single = len(texts) == 1 and rng.random() < 0.5  # "input": a string, not a list of one
        body = {"model": cfg.classifier, "input": texts[0] if single else texts}
        return Plan("classify", "/v1/classify", body, meta={"lang": _lang(texts), "n": len(texts)})
    if route == "embeddings":
        pool = rng.choice([EMBED_TEXTS_JA, EMBED_TEXTS_EN, EMBED_TEXTS_JA + EMBED_TEXTS_EN])
        texts = rng.sample(pool, rng.randint(1, 8))
        single = len(texts) == 1 and rng.random() < 0.5
        body = {"model": cfg.embedding_model, "input": texts[0] if single else texts,
                "input_type": rng.choice(["query", "passage"])}
        meta = {"lang": _lang(texts), "n": len(texts), "input_type": body["input_type"]}
        if rng.random() < 0.15:
            body["encoding_format"] = "base64"
            meta["base64"] = True
        return Plan("embeddings", "/v1/embeddings", body, meta=meta)
    if route == "redact":
        text, must_go = rng.choice(REDACT_TEXTS)
        return Plan("redact", "/v1/privacy/redact", {"text": text}, meta={"lang": _lang([text]), "expect": must_go})
    raise ValueError(f"unknown route {route!r}")


def _lang(texts: list[str]) -> str:
    kinds = {"ja" if any(ord(c) > 0x3000 for c in t) else "en" for t in texts}
    return kinds.pop() if len(kinds) == 1 else "mixed"


# -------------------------------------------------------------------------------------------- checks
# Each takes the plan, the decoded JSON answer and the run's memo (answers so far, by input), and says
# what is wrong, or None.


def check_classify(plan: Plan, body: dict, memo: dict) -> str | None:
    texts = plan.body["input"] if isinstance(plan.body["input"], list) else [plan.body["input"]]
    data = body.get("data")
    if not isinstance(data, list) or len(data) != len(texts):
        return f"bad_output: {len(texts)} inputs, data {json.dumps(data)[:120]}"
    for text, item in zip(texts, data):
        label, confidence = item.get("label"), item.get("confidence")
        if label not in CLASSIFIER_LABELS or not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1:
            return f"bad_output: label {label!r}, confidence {confidence!r}"
        # The same text may be embedded in batches of other sizes, which moves its vector a little:
        # the confidence may move by a few points, the label only where it was a near tie.
        seen = memo.setdefault(("classify", text), (label, confidence))
        if abs(seen[1] - confidence) > 0.05 or (seen[0] != label and max(seen[1], confidence) >= 0.5):
            return f"bad_output: {text!r} was {seen}, now {(label, confidence)}"
    return None


def check_embeddings(plan: Plan, body: dict, memo: dict) -> str | None:
    texts = plan.body["input"] if isinstance(plan.body["input"], list) else [plan.body["input"]]
    data = body.get("data")
    if not isinstance(data, list) or len(data) != len(texts) or not body.get("usage"):
        return f"bad_output: {len(texts)} inputs, {len(data) if isinstance(data, list) else data!r} vectors"
    for i, (text, item) in enumerate(zip(texts, data)):
        vec = item.get("embedding")
        if isinstance(vec, str):
            raw = base64.b64decode(vec)
            vec = list(struct.unpack(f"<{len(raw) // 4}f", raw))
        if item.get("index") != i or not vec or not all(math.isfinite(x) for x in vec):
            return f"bad_output: vector {i} malformed (index {item.get('index')}, {len(vec or [])} values)"
        norm = math.sqrt(sum(x * x for x in vec))
        ref = memo.setdefault(("embeddings", text, plan.body["input_type"]), (vec, norm))
        cos = sum(a * b for a, b in zip(ref[0], vec)) / (ref[1] * norm) if norm and ref[1] else 0.0
        if len(ref[0]) != len(vec) or cos < 0.99:
            return f"bad_output: the vector of {text!r} changed (cosine {cos:.4f} to the first one)"
    return None


def check_redact(plan: Plan, body: dict, memo: dict) -> str | None:
    text, entities = body.get("text"), body.get("entities")
    if not isinstance(text, str) or not isinstance(entities, list):
        return f"bad_output: malformed redaction {json.dumps(body)[:120]}"
    left = [v for v in plan.meta["expect"] if v in text]
    if left:
        return f"bad_output: personal data left in the redacted text: {left}"
    if any(e.get("placeholder") not in text for e in entities):
        return "bad_output: an entity's placeholder is not in the text"
    seen = memo.setdefault(("redact", plan.body["text"]), text)
    return None if seen == text else f"bad_output: redaction changed: {seen!r} -> {text!r}"


def check_kb_answer(final: dict) -> str | None:
    if final.get("object") != "kb.answer" or not isinstance(final.get("answer"), str) or not final["answer"]:
        return f"bad_output: not a kb.answer: {json.dumps(final, ensure_ascii=False)[:160]}"
    if not isinstance(final.get("supported"), bool) or not isinstance(final.get("citations"), list):
        return "bad_output: kb.answer without supported/citations"
    if any(not c.get("document_id") for c in final["citations"]):
        return "bad_output: a citation without document_id"
    return None


CHECKS = {"classify": check_classify, "embeddings": check_embeddings, "redact": check_redact}

# ---------------------------------------------------------------------------------------------- send


def _not_ok(resp: httpx.Response, text: str) -> Outcome:
    if resp.status_code == 503:
        if "retry-after" not in resp.headers:
            return Outcome("error", 503, f"HTTP 503 without Retry-After: {text[:200]}")
        return Outcome("busy", 503, resp.headers["retry-after"])
    return Outcome("error", resp.status_code, f"HTTP {resp.status_code}: {text[:200]}")


async def _send_stream(http: httpx.AsyncClient, url: str, plan: Plan) -> Outcome:
    acc: dict = {"parts": [], "finish": None, "usage": None, "final": None}
    done = False
    async with http.stream("POST", url, json=plan.body) as resp:
        if resp.status_code != 200:
            return _not_ok(resp, (await resp.aread()).decode(errors="replace"))
        async for line in resp.aiter_lines():
            if not line.startswith("data:"):
                continue
            data = line[5:].strip()
            if data == "[DONE]":
                done = True
                break
            event = json.loads(data)
            if "error" in event:
                return Outcome("error", 200, f"error event in stream: {json.dumps(event['error'])[:200]}")
            if plan.route == "chat":
                chat_stream_event(event, acc)
            elif "delta" in event:
                acc["parts"].append(event["delta"])
            else:
                acc["final"] = event
            unfinished = acc["finish"] is None and acc["final"] is None
            if plan.disconnect_after is not None and unfinished and len(acc["parts"]) >= plan.disconnect_after:
                # leaving the `async with` with the body unread closes the connection (no reuse)
                return Outcome("disconnected", 200, completion_tokens=len(acc["parts"]))
    if not done:
        return Outcome("error", 200, f"stream ended without [DONE] after {len(acc['parts'])} chunks")
    content = "".join(acc["parts"])
    if plan.route == "chat":
        problem = check_chat(plan.meta, plan.body["max_tokens"], content, acc["finish"], acc["usage"])
        tokens = int(acc["usage"]["completion_tokens"]) if acc["usage"] else len(acc["parts"])
        return Outcome("error" if problem else "ok", 200, problem, tokens)
    if acc["final"] is None:
        return Outcome("error", 200, "bad_output: kb stream without its kb.answer event")
    problem = check_kb_answer(acc["final"])
    anomaly = None
    if not problem and content != acc["final"]["answer"]:
        anomaly = "kb stream: the deltas differ from the final answer"
    return Outcome("error" if problem else "ok", 200, problem, len(acc["parts"]), anomaly=anomaly)


async def _send_whole(http: httpx.AsyncClient, url: str, plan: Plan, memo: dict) -> Outcome:
    request = http.post(url, json=plan.body)
    try:
        if plan.abandon_after_s is not None:
            resp = await asyncio.wait_for(request, plan.abandon_after_s)
        else:
            resp = await request
    except TimeoutError:  # asyncio.wait_for gave up: the request is cancelled, its connection closed
        return Outcome("disconnected", None)
    if resp.status_code != 200:
        return _not_ok(resp, resp.text)
    body = resp.json()
    if plan.route == "chat":
        try:
            content, finish, usage = chat_whole(body)
        except (KeyError, IndexError, TypeError):
            return Outcome("error", 200, f"malformed completion body: {resp.text[:200]}")
        problem = check_chat(plan.meta, plan.body["max_tokens"], content, finish, usage)
        return Outcome("error" if problem else "ok", 200, problem, int((usage or {}).get("completion_tokens", 0)))
    problem = check_kb_answer(body) if plan.route == "kb" else CHECKS[plan.route](plan, body, memo)
    return Outcome("error" if problem else "ok", 200, problem)


async def send(http: httpx.AsyncClient, base_url: str, plan: Plan, memo: dict) -> Outcome:
    """Send `plan` and judge the answer; latency (to the last byte) on the outcome."""
    url = f"{base_url}{plan.path}"
    started = time.monotonic()
    try:
        if plan.stream:
            outcome = await _send_stream(http, url, plan)
        else:
            outcome = await _send_whole(http, url, plan, memo)
    except httpx.TimeoutException as exc:
        return Outcome("error", None, f"timeout ({type(exc).__name__}): {exc}")
    except httpx.HTTPError as exc:
        return Outcome("error", None, f"{type(exc).__name__}: {exc}")
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return Outcome("error", 200, f"invalid JSON from server: {exc}")
    outcome.latency_s = time.monotonic() - started
    return outcome
