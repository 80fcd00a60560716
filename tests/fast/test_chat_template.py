import pytest

from kogata.engine.chat_template import ChatTemplate
from kogata.errors import InvalidRequest

CHATML = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
          "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")


def test_renders_model_template_with_content_parts():
    t = ChatTemplate(CHATML)
    out = t.render([{"role": "user", "content": [{"type": "text", "text": "こんにちは"}, {"type": "text", "text": "!"}]}])
    assert out == "<|im_start|>user\nこんにちは!<|im_end|>\n<|im_start|>assistant\n"


def test_raise_exception_in_template_is_a_user_error():
    t = ChatTemplate("{% if messages[0]['role'] != 'user' %}{{ raise_exception('first must be user') }}{% endif %}")
    with pytest.raises(InvalidRequest, match="first must be user"):
        t.render([{"role": "assistant", "content": "x"}])


def test_image_parts_are_refused():
    with pytest.raises(InvalidRequest):
        ChatTemplate(CHATML).render([{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}])


def test_fallback_template_for_models_without_one():
    t = ChatTemplate(None)
    assert not t.from_model
    assert t.render([{"role": "user", "content": "hi"}]).endswith("User: hi\nAssistant:")


def test_fallback_template_ends_assistant_turns_so_a_tuned_model_learns_to_stop():
    t = ChatTemplate(None, eos_token="<eos>")
    text = t.render([{"role": "user", "content": "有給は？"}, {"role": "assistant", "content": "3日前 [1]"},
                     {"role": "user", "content": "hi"}])
    assert text == "User: 有給は？\nAssistant: 3日前 [1]<eos>\nUser: hi\nAssistant:"
    assert t.turn_stops == ("\nUser:", "\nSystem:", "\nAssistant:")
    assert ChatTemplate("{{ messages[0]['content'] }}").turn_stops == ()


@pytest.mark.parametrize("attack", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",  # reach every class, then os or subprocess
    "{{ cycler.__init__.__globals__.os.popen('touch pwned').read() }}",
    "{{ raise_exception.__globals__['__builtins__']['open']('/etc/passwd').read() }}",
    "{% set x = messages.append({'role': 'system'}) %}{{ x }}",  # templates may not change the conversation
])
def test_a_models_template_cannot_escape_its_sandbox(attack, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    messages = [{"role": "user", "content": "hi"}]
    with pytest.raises(InvalidRequest, match="chat template failed"):
        ChatTemplate(attack).render(messages)
    assert not (tmp_path / "pwned").exists() and messages == [{"role": "user", "content": "hi"}]
