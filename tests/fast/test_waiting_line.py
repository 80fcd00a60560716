"""The engine's waiting line, without a model: refusing past the queue size, order, cancelled and
expired requests, closing."""

import time

import pytest

from kogata.engine.base import Finished, Generation, GenerationRequest, SamplingParams
from kogata.engine.waiting_line import WaitingLine
from kogata.errors import ServerBusy


def request() -> Generation:
    return Generation(GenerationRequest("こんにちは", SamplingParams()), prompt_tokens=3)


def finished(gen: Generation) -> Finished:
    [event] = list(gen)
    return event


def test_a_full_line_refuses_beyond_the_queue_and_the_free_sequences():
    line = WaitingLine(queue_size=2, timeout_s=60)
    for _ in range(3):
        line.put(request(), [1, 2, 3], free_slots=1)
    with pytest.raises(ServerBusy, match="too many requests waiting \\(3\\)"):
        line.put(request(), [1, 2, 3], free_slots=1)
    assert line.pending == 3


def test_requests_come_out_in_order_skipping_the_cancelled():
    line = WaitingLine(queue_size=8, timeout_s=60)
    a, b, c = request(), request(), request()
    for gen in (a, b, c):
        line.put(gen, [1], free_slots=0)
    assert line.collect(block=False, free_slots=0, active=0) and line.pending == 3
    a.cancel()
    assert line.first()[0] is b and finished(a).finish_reason == "cancelled"
    assert line.pop()[0] is b and line.first()[0] is c and line.pending == 1


def test_a_request_that_waited_past_the_timeout_ends_busy():
    line = WaitingLine(queue_size=8, timeout_s=0.05)
    old = request()
    line.put(old, [1], free_slots=0)
    line.collect(block=False, free_slots=0, active=1)
    time.sleep(0.1)
    fresh = request()
    line.put(fresh, [1], free_slots=0)
    line.collect(block=False, free_slots=0, active=1)
    assert line.first()[0] is fresh and line.pending == 1
    ended = finished(old)
    assert ended.finish_reason == "busy" and "no free sequence within 0.05 s" in ended.error


def test_closing_stops_collection_and_cancels_who_waits():
    line = WaitingLine(queue_size=8, timeout_s=60)
    gen = request()
    line.put(gen, [1], free_slots=0)
    line.close()
    assert line.collect(block=True, free_slots=0, active=0) is False
    line.cancel_all()
    assert not line and finished(gen).finish_reason == "cancelled"
