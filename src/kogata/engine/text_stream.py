"""From sampled token bytes to text deltas: whole UTF-8 characters only, and stop strings honoured."""

from __future__ import annotations

import codecs


class TextStream:
    """Completes characters split across tokens (common in Japanese) and holds back any tail that
    could still become a stop string, so a stop string is never sent to the client."""

    def __init__(self, stops: list[str] | None = None):
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._stops = [s for s in (stops or []) if s]
        self._held = ""
        self.stopped = False

    def push(self, data: bytes) -> str:
        """Feed one token's bytes; return the text that is now safe to emit."""
        if self.stopped:
            return ""
        self._held += self._decoder.decode(data)
        if not self._stops:
            out, self._held = self._held, ""
            return out
        cut = min((i for i in (self._held.find(s) for s in self._stops) if i >= 0), default=-1)
        if cut >= 0:
            self.stopped = True
            out, self._held = self._held[:cut], ""
            return out
        keep = self._longest_stop_prefix_suffix()
        out = self._held[: len(self._held) - keep]
        self._held = self._held[len(self._held) - keep :]
        return out

    def drop_incomplete(self) -> None:
        """Forget the first bytes of a character whose last bytes will not come."""
        self._decoder.reset()

    def flush(self) -> str:
        """At the end of generation: whatever is held back is final text."""
        if self.stopped:
            return ""
        out = self._held + self._decoder.decode(b"", final=True)
        self._held = ""
        return out

    def _longest_stop_prefix_suffix(self) -> int:
        best = 0
        for stop in self._stops:
            for k in range(min(len(stop) - 1, len(self._held)), best, -1):
                if self._held.endswith(stop[:k]):
                    best = k
                    break
        return best
