"""The shortest text that, appended to a string, makes a JSON Schema `pattern` match it (with
`re.search` semantics, as JSON Schema has). The pattern, parsed by Python's own regex parser, becomes
a small NFA; the string's characters are run through it, then a breadth-first search over the sets of
states it can be in finds the shortest way to an accepting one."""

from __future__ import annotations

import re
from functools import lru_cache

_sre = getattr(re, "_parser")  # Python's regex parser (sre_parse); its tree is what `re` compiles
_c = getattr(re, "_constants")
_MAX_COPIES = 64  # a bounded repeat is unrolled; beyond this it counts as unbounded
_MAX_SETS = 5000
_PREFERRED = "0aA -_.@:/"


class _Unsupported(Exception):
    pass


class _Nfa:
    def __init__(self):
        self.eps: list[list[int]] = []
        self.moves: list[list[tuple[object, int]]] = []  # (predicate: str -> bool, with .rep), target

    def state(self) -> int:
        self.eps.append([])
        self.moves.append([])
        return len(self.eps) - 1

    def closure(self, states) -> frozenset[int]:
        seen, todo = set(states), list(states)
        while todo:
            for t in self.eps[todo.pop()]:
                if t not in seen:
                    seen.add(t)
                    todo.append(t)
        return frozenset(seen)

    def step(self, states: frozenset[int], ch: str) -> frozenset[int]:
        return self.closure({t for s in states for pred, t in self.moves[s] if pred(ch)})


class _Class:
    """A character predicate with a representative character."""

    def __init__(self, test, candidates: str):
        self.test = test
        self.rep = next((c for c in _PREFERRED + candidates if test(c)), None)

    def __call__(self, ch: str) -> bool:
        return self.test(ch)


def _category(name) -> callable:
    table = {
        _c.CATEGORY_DIGIT: str.isdigit, _c.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
        _c.CATEGORY_SPACE: str.isspace, _c.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
        _c.CATEGORY_WORD: lambda c: c.isalnum() or c == "_", _c.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
    }
    if name not in table:
        raise _Unsupported(name)
    return table[name]


def _in(items) -> _Class:
    tests, negate, candidates = [], False, ""
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            tests.append(lambda c, v=chr(av): c == v)
            candidates += chr(av)
        elif op is _c.RANGE:
            tests.append(lambda c, lo=av[0], hi=av[1]: lo <= ord(c) <= hi)
            candidates += chr(av[0])
        elif op is _c.CATEGORY:
            tests.append(_category(av))
        else:
            raise _Unsupported(op)
    hit = lambda c: any(t(c) for t in tests)  # noqa: E731
    return _Class((lambda c: not hit(c)) if negate else hit, candidates + "xyzあ")


def _build(nfa: _Nfa, items, start: int) -> int:
    """Add the pattern items after `start`; return the state they end in."""
    cur = start
    for op, av in items:
        cur = _item(nfa, op, av, cur)
    return cur


def _item(nfa: _Nfa, op, av, cur: int) -> int:
    if op in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN):
        pred = {
            _c.LITERAL: lambda: _Class(lambda c, v=chr(av): c == v, chr(av)),
            _c.NOT_LITERAL: lambda: _Class(lambda c, v=chr(av): c != v and c != "\n", "xy"),
            _c.ANY: lambda: _Class(lambda c: c != "\n", "x"),
            _c.IN: lambda: _in(av),
        }[op]()
        nxt = nfa.state()
        nfa.moves[cur].append((pred, nxt))
        return nxt
    if op is _c.SUBPATTERN:
        return _build(nfa, av[-1], cur)
    if op is _c.ATOMIC_GROUP:
        return _build(nfa, av, cur)
    if op is _c.BRANCH:
        end = nfa.state()
        for alt in av[1]:
            s = nfa.state()
            nfa.eps[cur].append(s)
            nfa.eps[_build(nfa, alt, s)].append(end)
        return end
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        if low > _MAX_COPIES:
            raise _Unsupported("repeat")
        for _ in range(low):
            cur = _build(nfa, sub, cur)
        if high is _c.MAXREPEAT or high > _MAX_COPIES:
            loop = nfa.state()
            nfa.eps[cur].append(loop)
            nfa.eps[_build(nfa, sub, loop)].append(loop)
            return loop
        end = nfa.state()
        for _ in range(high - low):
            nfa.eps[cur].append(end)
            cur = _build(nfa, sub, cur)
        nfa.eps[cur].append(end)
        return end
    raise _Unsupported(op)


@lru_cache(maxsize=256)
def _compile(pattern: str) -> tuple[_Nfa, int, int, bool] | None:
    """The NFA of `pattern`, its start and accepting states, and whether it is anchored at the end."""
    try:
        items = list(_sre.parse(pattern))
    except re.error:
        return None
    begins = bool(items) and items[0] == (_c.AT, _c.AT_BEGINNING)
    ends = bool(items) and items[-1][0] is _c.AT and items[-1][1] in (_c.AT_END, _c.AT_END_STRING)
    items = items[begins:len(items) - ends]
    nfa = _Nfa()
    start = nfa.state()
    if not begins:  # search: the match may start anywhere
        nfa.moves[start].append((_Class(lambda c: True, "x"), start))
    try:
        accept = _build(nfa, items, start)
    except (_Unsupported, TypeError, ValueError):
        return None
    return nfa, start, accept, ends


def complete(text: str, pattern: str, min_length: int = 0) -> str | None:
    """The shortest `rest` such that `re.search(pattern, text + rest)` matches and the whole is at
    least `min_length` long; None if there is none or the pattern uses what this does not follow."""
    compiled = _compile(pattern)
    if compiled is None:
        return None
    nfa, start, accept, anchored_end = compiled
    states = nfa.closure({start})
    done = accept in states
    for ch in text:
        states = nfa.step(states, ch)
        done = done or accept in states
        if not states and not done:
            return None
    if done and not anchored_end:
        return "x" * max(0, min_length - len(text))
    frontier, seen = [(states, "")], {(states, min(len(text), min_length))}
    while frontier and len(seen) < _MAX_SETS:
        following = []
        for current, rest in frontier:
            if accept in current and len(text) + len(rest) >= min_length:
                return rest
            reps = {pred.rep for s in current for pred, _ in nfa.moves[s] if pred.rep is not None}
            for ch in sorted(reps):
                nxt = nfa.step(current, ch)
                if accept in nxt and not anchored_end:
                    return rest + ch + "x" * max(0, min_length - len(text) - len(rest) - 1)
                key = (nxt, min(len(text) + len(rest) + 1, min_length))
                if nxt and key not in seen:
                    seen.add(key)
                    following.append((nxt, rest + ch))
        frontier = following
    return None
