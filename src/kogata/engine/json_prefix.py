"""JSON cut off before its end (by max_tokens, or by the repetition guard stopping a loop) made whole
again: the longest prefix that ends after a complete element of a list or object, with the open
brackets closed. A grammar-constrained output is always a valid JSON prefix, so one of these exists
unless the cut came before the first element."""

from __future__ import annotations

from typing import Callable, Iterator

MAX_TRIES = 32


def closed_prefixes(text: str) -> Iterator[str]:
    """Closed versions of `text`, longest first: cut before a comma between elements (or just after an
    opening bracket that is not a list element) and closed with the brackets still open there."""
    cuts: list[tuple[int, str]] = []
    stack: list[str] = []
    in_string = escaped = False
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "[{":
            in_list = bool(stack) and stack[-1] == "]"
            stack.append("]" if ch == "[" else "}")
            if not in_list:  # an empty list element would be made up; an empty property value is not
                cuts.append((i + 1, "".join(reversed(stack))))
        elif ch in "]}":
            if stack:
                stack.pop()
        elif ch == "," and stack:
            cuts.append((i, "".join(reversed(stack))))
    for end, closing in reversed(cuts[-MAX_TRIES:]):
        yield text[:end].rstrip() + closing


def salvage(text: str, valid: Callable[[str], bool]) -> str | None:
    """The longest closed prefix of `text` that `valid` accepts, or None."""
    return next((candidate for candidate in closed_prefixes(text) if valid(candidate)), None)
