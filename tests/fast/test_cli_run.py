"""`kogata run` over a fake engine: one-shot, interactive history, and Ctrl-C stopping one answer."""

import io

import pytest
from click.testing import CliRunner

from fakes import FakeChatEngine
from kogata.cli import chat as chat_cli
from kogata.cli import main
from kogata.engine.base import SamplingParams


class FakeRuntime:
    engine = None

    def __init__(self, settings):
        self.store = self

    def is_installed(self, name):
        return True

    def chat(self, name):
        return FakeRuntime.engine

    def close(self):
        pass


@pytest.fixture
def engine(monkeypatch):
    FakeRuntime.engine = FakeChatEngine()
    monkeypatch.setattr(chat_cli, "Runtime", FakeRuntime)
    return FakeRuntime.engine


def test_one_shot_prints_the_answer(engine):
    result = CliRunner().invoke(main, ["run", "fake-chat", "alpha beta"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "beta alpha \n"


def test_interactive_keeps_history_until_exit(engine):
    result = CliRunner().invoke(main, ["run", "fake-chat", "--system", "be brief"], input="one two\nthree\n/exit\n")
    assert result.exit_code == 0, result.output
    assert "two one" in result.stdout and "three" in result.stdout
    last_prompt = engine.generations[-1].request.prompt
    assert "<system>be brief" in last_prompt and "<user>one two" in last_prompt
    assert "<assistant>two one" in last_prompt and last_prompt.rstrip().endswith("<user>three\n<assistant>")


class InterruptAfter(io.StringIO):
    """A terminal where the user presses Ctrl-C after `n` writes."""

    def __init__(self, n):
        super().__init__()
        self.left = n

    def write(self, s):
        self.left -= 1
        if self.left == 0:
            raise KeyboardInterrupt
        return super().write(s)


def test_ctrl_c_stops_the_answer_not_the_program():
    engine = FakeChatEngine(delay=0.01, words=[f"w{i} " for i in range(100)])
    out = InterruptAfter(3)
    text, final = chat_cli.stream_answer(engine, [{"role": "user", "content": "go"}], SamplingParams(max_tokens=100), out)
    assert final.finish_reason == "cancelled"
    assert text.startswith("w0 w1") and len(text.split()) < 100
    assert out.getvalue().endswith("[stopped]\n")


def test_unknown_model_is_one_line(monkeypatch):
    result = CliRunner().invoke(main, ["run", "no-such-model", "hi"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: unknown model 'no-such-model'")
