"""The repetition guard: stop a generation that has started repeating itself.

Small models asked something they cannot answer often loop: the same phrase, or the question, again
and again until `max_tokens` runs out. The guard watches the completion's token ids: it has looped
when its last tokens are one block of `period` tokens (1 to `MAX_PERIOD`) said `REPEATS` times in a
row, over at least `MIN_SPAN` tokens. Repeating a block twice is ordinary text (a table row, a
refrain); three times back to back, over 32 tokens or more, is a loop.

Per period, the guard keeps how many of the latest tokens equal the token `period` places before
them, so each new token costs `MAX_PERIOD` comparisons.
"""

from __future__ import annotations

MAX_PERIOD = 64
REPEATS = 3
MIN_SPAN = 32


class RepetitionGuard:
    def __init__(self) -> None:
        self._tokens: list[int] = []
        self._runs = [0] * (MAX_PERIOD + 1)  # _runs[p]: latest tokens equal to the one p places back

    def push(self, token: int) -> bool:
        """Add the next completion token; True when the completion now ends in a loop."""
        tokens = self._tokens
        tokens.append(token)
        n = len(tokens)
        looped = False
        for period in range(1, min(MAX_PERIOD, n - 1) + 1):
            if tokens[n - 1 - period] == token:
                run = self._runs[period] + 1
                # The block plus its repeats: `run` tokens equal to the block before them.
                if run + period >= max(REPEATS * period, MIN_SPAN):
                    looped = True
            else:
                run = 0
            self._runs[period] = run
        return looped
