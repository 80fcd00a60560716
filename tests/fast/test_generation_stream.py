"""How an asyncio reader receives a generation's events: the first text at once, later text merged
over a short interval, and the end without waiting for that interval."""

import asyncio
import time

from kogata.engine import base
from kogata.engine.base import Finished, Generation, GenerationRequest, TextDelta, TokenLogprob, Usage


def read_while_producing(gen: Generation, produce) -> list[tuple[float, object]]:
    async def main():
        got = []

        async def read():
            async for event in gen:
                got.append((time.monotonic(), event))

        reader = asyncio.ensure_future(read())
        await asyncio.sleep(0.01)
        await asyncio.get_running_loop().run_in_executor(None, produce)
        await asyncio.wait_for(reader, 10)
        return got

    return asyncio.run(main())


def lp(token: str) -> TokenLogprob:
    return TokenLogprob(token, -0.5, list(token.encode()))


def test_text_after_the_first_is_merged_and_the_end_is_not_held_back(monkeypatch):
    monkeypatch.setattr(base, "STREAM_INTERVAL_S", 5.0)  # a reader that waited it out would take 5 s
    gen = Generation(GenerationRequest("p"))
    ended = []

    def produce():
        gen.emit(TextDelta("有", [lp("有")]))
        time.sleep(0.05)  # the reader takes the first text and starts its pause
        for piece in ("給", "休暇"):
            gen.emit(TextDelta(piece, [lp(piece)]))
        ended.append(time.monotonic())
        gen.emit(Finished("stop", Usage(3, 3)))

    got = read_while_producing(gen, produce)
    events = [e for _, e in got]
    assert [e.text for e in events if isinstance(e, TextDelta)] == ["有", "給休暇"]
    assert [x.token for x in events[1].logprobs] == ["給", "休暇"]
    assert isinstance(events[-1], Finished) and len(events) == 3
    assert got[-1][0] - ended[0] < 2.0


def test_a_reader_that_waits_for_text_is_woken_by_it():
    gen = Generation(GenerationRequest("p"))

    def produce():
        for piece in ("a", "b"):
            time.sleep(0.05)
            gen.emit(TextDelta(piece))
        gen.emit(Finished("length", Usage(1, 2)))

    events = [e for _, e in read_while_producing(gen, produce)]
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == "ab"
    assert events[-1].finish_reason == "length"
