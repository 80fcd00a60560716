"""Every HTTP route fuzzed from the OpenAPI document (tests/fuzzing.py) against a real `kogata serve` with
the real models, on a small budget (1 to 2 minutes); then the server must still answer.

The server gets a home of its own, its models hard-linked from the shared one: fuzzed requests create and
delete collections, template sets and models. Pulls find no package index (PIP_NO_INDEX) and fail at once.
Generation is kept short (`short`): a fuzzed request may ask for 16 choices of a whole context each."""

import os
import shutil

import httpx
import pytest
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode

from fuzzing import Known, document, load, seed
from helpers import kogata_serve

MAX_EXAMPLES = 30  # per operation, in the fuzzing phase (the coverage phase adds its own); scripts/fuzz_api.py runs longer
CHAT, EMBEDDING = "smollm2-135m", "e5-small"
KNOWN = Known(chat_models=[CHAT], embedding_models=[EMBEDDING, "minilm-l6"], other_models=["gemma3-270m"])
MAX_CHOICES = 2
# The field that bounds each generating route's output, and the bound (the route's minimum where it has one).
BUDGETS = {"/v1/chat/completions": ("max_tokens", 8), "/v1/completions": ("max_tokens", 8),
           "/v1/kb/collections/{name}/ask": ("max_tokens", 8), "/v1/extract": ("max_tokens", 16)}
NUM_PREDICT = 8  # Ollama's /api/generate and /api/chat: options.num_predict

schema = load(document(), KNOWN, max_examples=MAX_EXAMPLES)


def _link_or_copy(src, dst):
    if src.endswith(".gguf"):
        try:
            return os.link(src, dst)
        except OSError:
            pass
    return shutil.copy2(src, dst)


def link_models(source, home):
    """The installed models of `source`, in `home`: GGUF files hard-linked (deleting one there deletes a
    link), manifests copied."""
    for model in (source / "models").iterdir():
        if not model.name.startswith(".") and not (home / "models" / model.name).exists():
            shutil.copytree(model, home / "models" / model.name, copy_function=_link_or_copy)


@pytest.fixture(scope="module")
def server(real_store, real_home, tmp_path_factory):
    home = tmp_path_factory.mktemp("fuzz-real-home")
    link_models(real_home, home)
    log = tmp_path_factory.mktemp("serve-fuzz") / "serve.log"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PIP_NO_INDEX", "1")
        with kogata_serve(home, log, "--ctx-size", "2048", "--parallel", "2") as url:
            yield url, home, real_home


@pytest.fixture
def seeded(server):
    url, home, shared = server
    link_models(shared, home)  # a fuzzed DELETE /api/delete may have removed one
    seed(url, embedding_model=EMBEDDING)
    return url


def short(case) -> None:
    """Bound the generation a valid request asks for: few tokens, few choices (values the schemas allow).
    An invalid request is left as it is: it is refused before anything is generated."""
    body = case.body
    if not isinstance(body, dict) or case.meta is None or case.meta.generation.mode != GenerationMode.POSITIVE:
        return
    if case.operation.path in BUDGETS:
        key, most = BUDGETS[case.operation.path]
        for name in (key, "max_completion_tokens"):
            if _number(body.get(name)) and body[name] > most:
                body[name] = most
        if body.get(key) is None and body.get("max_completion_tokens") is None:
            body[key] = most
    if _number(body.get("n")) and body["n"] > MAX_CHOICES:
        body["n"] = MAX_CHOICES
    if case.operation.path in ("/api/generate", "/api/chat"):
        options = body.get("options")
        if options is None:
            body["options"] = {"num_predict": NUM_PREDICT}
        elif isinstance(options, dict) and (options.get("num_predict") is None or _number(options["num_predict"])):
            options["num_predict"] = NUM_PREDICT


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@schema.parametrize()
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_route_answers_as_documented(case, seeded):
    short(case)
    case.call_and_validate(base_url=seeded, timeout=120)


def test_the_server_is_alive_after_fuzzing(seeded):
    assert httpx.get(f"{seeded}/health").json()["status"] == "ok"
    assert httpx.get(f"{seeded}/openapi.json").json() == document()  # the document fuzzed is the one served
    reply = httpx.post(f"{seeded}/v1/chat/completions", timeout=120, json={
        "model": CHAT, "max_tokens": 8, "temperature": 0, "messages": [{"role": "user", "content": "Say hello."}]})
    assert reply.status_code == 200, reply.text
    assert reply.json()["choices"][0]["message"]["content"]
