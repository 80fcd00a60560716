"""The repetition guard: a completion that loops is noticed as soon as the loop is long enough, and
ordinary text, with its occasional repeats, is not."""

import random

from kogata.engine.repetition import MAX_PERIOD, MIN_SPAN, REPEATS, RepetitionGuard


def first_loop(tokens: list[int]) -> int | None:
    """The number of tokens after which the guard first reports a loop."""
    guard = RepetitionGuard()
    for n, token in enumerate(tokens, 1):
        if guard.push(token):
            return n
    return None


def test_a_phrase_said_three_times_over_enough_tokens_is_a_loop():
    phrase = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20]  # 10 tokens: three times is 30 < MIN_SPAN
    preamble = [1, 2, 3, 4, 5]
    assert first_loop(preamble + phrase * 6) == len(preamble) + MIN_SPAN
    long_phrase = list(range(100, 120))  # 20 tokens: the third time ends the loop
    assert first_loop(preamble + long_phrase * 4) == len(preamble) + REPEATS * len(long_phrase)


def test_one_token_over_and_over():
    assert first_loop([7, 8] + [9] * 100) == 2 + MIN_SPAN


def test_ordinary_repeats_are_not_loops():
    rng = random.Random(0)
    assert first_loop([rng.randrange(50_000) for _ in range(2_000)]) is None
    row = list(range(200, 220))
    assert first_loop(row * 2 + [1, 2, 3] + row * 2) is None  # a block twice, then again twice
    assert first_loop([5] * (MIN_SPAN - 1) + [6]) is None  # a run just short of the span


def test_a_block_longer_than_the_longest_period_is_not_watched():
    block = list(range(1000, 1000 + MAX_PERIOD + 1))
    assert first_loop(block * 4) is None
