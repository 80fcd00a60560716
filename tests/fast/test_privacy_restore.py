"""Placeholders: stable across a conversation, restored however the model echoes them."""

import pytest

from kogata.route.privacy import PlaceholderMap, Redactor, StreamRestorer, restore

TEXT = "山田太郎様の携帯は090-1234-5678、メールは taro@example.co.jp です。佐藤様にもCCしてください。"


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def test_redact_replaces_each_value_and_keeps_offsets(redactor):
    r = redactor.redact(TEXT)
    assert r.text == "<PERSON_1>様の携帯は<PHONE_1>、メールは <EMAIL_1> です。<PERSON_2>様にもCCしてください。"
    for e in r.entities:
        assert TEXT[e.start:e.end] == e.text
    assert [e.placeholder for e in r.entities] == ["<PERSON_1>", "<PHONE_1>", "<EMAIL_1>", "<PERSON_2>"]
    for original in ("山田太郎", "090-1234-5678", "taro@example.co.jp", "佐藤"):
        assert original not in r.text


def test_restore_round_trip(redactor):
    r = redactor.redact(TEXT)
    assert r.restore(r.text) == TEXT


def test_restore_in_any_order_repeated_and_in_echoed_variants(redactor):
    r = redactor.redact(TEXT)
    answer = "[PERSON_2]さんと<person_1>さん、< PHONE_1 >へ。＜EMAIL＿1＞ / &lt;PERSON_1&gt; / <PERSON 1>"
    assert restore(answer, r.mapping) == ("佐藤さんと山田太郎さん、090-1234-5678へ。taro@example.co.jp / "
                                          "山田太郎 / 山田太郎")


def test_unknown_placeholders_and_brackets_are_left_alone(redactor):
    r = redactor.redact(TEXT)
    assert restore("<PERSON_9> [Step 1] <b>", r.mapping) == "<PERSON_9> [Step 1] <b>"


def test_one_value_keeps_one_placeholder_across_a_conversation(redactor):
    mapping = PlaceholderMap()
    first, second, third = redactor.redact_all([
        "山田太郎様から 090-1234-5678 に電話がありました",
        "Mr. Smith asked about ０９０１２３４５６７８ too",   # same phone, other spelling
        "山田太郎に折り返してください",                         # no honorific: known from the first message
    ], mapping)
    assert first.text == "<PERSON_1>様から <PHONE_1> に電話がありました"
    assert second.text == "Mr. <PERSON_2> asked about <PHONE_1> too"
    assert third.text == "<PERSON_1>に折り返してください"
    assert mapping.to_dict() == {"<PERSON_1>": "山田太郎", "<PHONE_1>": "090-1234-5678", "<PERSON_2>": "Smith"}


def test_mapping_survives_serialization(redactor):
    mapping = PlaceholderMap()
    redactor.redact("Dr. Brown: brown@example.com", mapping)
    again = PlaceholderMap(mapping.to_dict())
    assert restore("<PERSON_1> <EMAIL_1>", again) == "Brown brown@example.com"
    assert redactor.redact("Dr. Kim, brown@example.com", again).text == "Dr. <PERSON_2>, <EMAIL_1>"
    with pytest.raises(ValueError, match="not a placeholder"):
        PlaceholderMap({"PERSON_1": "x"})


def test_literal_placeholders_in_the_input_are_not_reused(redactor):
    r = redactor.redact("テンプレートの <PERSON_1> 欄に山田太郎様と書く")
    assert r.text == "テンプレートの <PERSON_1> 欄に<PERSON_2>様と書く"
    assert restore(r.text, r.mapping) == "テンプレートの <PERSON_1> 欄に山田太郎様と書く"


def test_stream_restorer_handles_placeholders_split_across_chunks(redactor):
    r = redactor.redact(TEXT)
    answer = "了解です。<PERSON_1>様（<PHONE_1>）に連絡します"
    for size in (1, 2, 3, 7):
        stream = StreamRestorer(r.mapping)
        chunks = [answer[i:i + size] for i in range(0, len(answer), size)]
        out = "".join(stream.feed(c) for c in chunks) + stream.flush()
        assert out == "了解です。山田太郎様（090-1234-5678）に連絡します", size


def test_stream_restorer_releases_a_held_bracket_once_it_closes(redactor):
    stream = StreamRestorer(redactor.redact(TEXT).mapping)
    assert stream.feed("a < b and ") == "a < b and "[:2]  # '<' might open a placeholder: held back
    assert stream.feed("c > d") == "< b and c > d"
    assert stream.flush() == ""
