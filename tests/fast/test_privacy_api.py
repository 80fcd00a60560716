"""`POST /v1/privacy/redact` and `kogata redact`: thin shells over the Redactor."""

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from fakes import FakeChatEngine
from helpers import run_kogata
from kogata.cli import main
from kogata.runtime import Runtime
from kogata.server.app import create_app

TEXT = "山田太郎様（090-1234-5678）より、Ms. Brown への連絡依頼"


@pytest.fixture
def client(settings):
    runtime = Runtime(settings, chat_engines={"fake-chat": FakeChatEngine()}, embedders={})
    with TestClient(create_app(settings, runtime, preload=False)) as c:
        yield c


def test_redact_route(client):
    r = client.post("/v1/privacy/redact", json={"text": TEXT})
    assert r.status_code == 200
    body = r.json()
    assert body["text"] == "<PERSON_1>様（<PHONE_1>）より、Ms. <PERSON_2> への連絡依頼"
    assert body["entities"] == [
        {"type": "PERSON", "start": 0, "end": 4, "placeholder": "<PERSON_1>"},
        {"type": "PHONE", "start": 6, "end": 19, "placeholder": "<PHONE_1>"},
        {"type": "PERSON", "start": 27, "end": 32, "placeholder": "<PERSON_2>"},
    ]


@pytest.mark.parametrize("body, param", [({}, "text"), ({"text": 5}, "text")])
def test_redact_route_refuses_bad_bodies(client, body, param):
    r = client.post("/v1/privacy/redact", json=body)
    assert r.status_code == 400
    assert r.json()["error"]["param"] == param


def test_redact_command_plain_and_json():
    plain = CliRunner().invoke(main, ["redact", TEXT])
    assert plain.exit_code == 0 and plain.stdout == "<PERSON_1>様（<PHONE_1>）より、Ms. <PERSON_2> への連絡依頼\n"
    as_json = CliRunner().invoke(main, ["redact", "--json", "mail: a.b@example.com"])
    assert json.loads(as_json.stdout) == {
        "text": "mail: <EMAIL_1>", "entities": [{"type": "EMAIL", "start": 6, "end": 21, "placeholder": "<EMAIL_1>"}]}


def test_redact_command_reads_stdin(kogata_home):
    result = run_kogata(kogata_home, "redact", "-", input="カード 4111 1111 1111 1111\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "カード <CREDIT_CARD_1>\n"
