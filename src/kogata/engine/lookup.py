"""Draft tokens for prompt-lookup speculative decoding: when the last few tokens of a sequence
occurred before (in its prompt or its own output), the tokens that followed them then are a good
guess of what comes next. Extraction and grounded answers copy spans of their prompt, so such
guesses are often right; the engine checks them all in one decode and keeps the ones a greedy
sampler would have chosen, so the output is the same, only sooner.

The index maps each n-gram (n = 1..MAX_NGRAM) to the latest position it started at with a token
after it; a token appended costs MAX_NGRAM dictionary writes, a draft MAX_NGRAM lookups."""

from __future__ import annotations

MAX_NGRAM = 3
MIN_NGRAM = 2  # a single repeated token predicts too little to be worth the decode


class PromptLookup:
    def __init__(self, tokens: list[int]):
        self.tokens: list[int] = []
        self.starts: dict[tuple[int, ...], int] = {}
        self.extend(tokens)

    def extend(self, tokens: list[int]) -> None:
        for token in tokens:
            self.append(token)

    def append(self, token: int) -> None:
        seq = self.tokens
        end = len(seq)  # `token` follows the n-grams that end at end - 1
        for n in range(1, MAX_NGRAM + 1):
            if end >= n:
                self.starts[tuple(seq[end - n:end])] = end - n
        seq.append(token)

    def draft(self, k: int) -> list[int]:
        """Up to `k` tokens that followed the longest earlier occurrence of the current suffix."""
        seq = self.tokens
        for n in range(MAX_NGRAM, MIN_NGRAM - 1, -1):
            if len(seq) <= n:
                continue
            start = self.starts.get(tuple(seq[-n:]))
            if start is not None and start + n < len(seq):
                return seq[start + n:start + n + k]
        return []
