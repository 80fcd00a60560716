from kogata.engine.text_stream import TextStream


def feed(stream, pieces):
    return [stream.push(p) for p in pieces]


def test_japanese_split_across_tokens_is_emitted_whole():
    data = "日本語".encode()
    s = TextStream()
    out = feed(s, [data[:1], data[1:4], data[4:8], data[8:]])
    assert out == ["", "日", "本", "語"]
    assert s.flush() == ""


def test_stop_string_across_tokens_is_held_then_cut():
    s = TextStream(["</end>"])
    out = feed(s, [b"hello </", b"en", b"d> ignored"])
    assert out == ["hello ", "", ""]
    assert s.stopped and s.flush() == ""


def test_false_alarm_prefix_is_released():
    s = TextStream(["STOP"])
    assert feed(s, [b"ST", b"ill going"]) == ["", "STill going"]
    assert not s.stopped


def test_earliest_of_several_stops_wins():
    s = TextStream(["b", "a"])
    assert s.push(b"xxab") == "xx"


def test_flush_releases_held_prefix_and_broken_bytes():
    s = TextStream(["STOP"])
    assert s.push(b"end ST") == "end "
    assert s.flush() == "ST"
    s = TextStream()
    assert s.push("語".encode()[:2]) == ""
    assert s.flush() == "\ufffd"
