"""GBNF building blocks the JSON-schema converter needs and llama-cpp-python's lacks: exact integer
and number ranges, and a regex-to-GBNF translator whose output never accepts more than the pattern."""

from __future__ import annotations

import json
import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from itertools import groupby

from kogata.errors import InvalidSchema

PARAM = "response_format"
GRAMMAR_FORMATS = {"date", "time", "date-time", "uuid"}  # handled by llama-cpp-python's converter
FORMAT_PATTERNS = {
    "email": r"^[a-zA-Z0-9._%+-]{1,40}@[a-zA-Z0-9-]{1,30}(\.[a-zA-Z0-9-]{1,30}){1,3}$",
    "ipv4": r"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",
    "hostname": r"^[a-zA-Z0-9]([a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?){0,4}$",
}


def one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


class Unsupported(Exception):
    """Something the grammar cannot express; strict mode rejects it, the other mode skips it."""


def repeat(item: str, low: int, high: int | None) -> str:
    if high == 0:
        return ""
    tail = f"{{{max(low - 1, 0)},{'' if high is None else high - 1}}}"
    seq = f'{item} ("," space {item}){tail}'
    return seq if low > 0 else f"({seq})?"


def literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------- number ranges

_MAX_DIGITS = 15  # an unbounded side stays below 10**15
_MAX_DECIMALS = 6


def number_rule(schema: dict, integer: bool) -> str:
    """GBNF (without trailing space) for the numbers between the schema's bounds, written
    without exponent. Non-integer bounds fix the number of decimals the output starts with."""
    lo, lo_excl = _bound(schema, "minimum")
    hi, hi_excl = _bound(schema, "maximum")
    limit = Decimal(10) ** _MAX_DIGITS
    if (lo is not None and lo >= limit) or (hi is not None and hi <= -limit):
        raise Unsupported(f"bounds beyond ±1e{_MAX_DIGITS} are not supported")
    lo = lo if lo is not None and lo > -limit else None
    hi = hi if hi is not None and hi < limit else None
    if integer:  # make the bounds inclusive whole numbers
        if lo is not None:
            lo = lo.to_integral_value(ROUND_FLOOR) + 1 if lo_excl else lo.to_integral_value(ROUND_CEILING)
        if hi is not None:
            hi = hi.to_integral_value(ROUND_CEILING) - 1 if hi_excl else hi.to_integral_value(ROUND_FLOOR)
        lo_excl = hi_excl = False
    decimals = max([0] + [-b.normalize().as_tuple().exponent for b in (lo, hi) if b is not None])
    if decimals > _MAX_DECIMALS:
        raise Unsupported(f"number bounds with more than {_MAX_DECIMALS} decimals are not supported")
    alts = []
    if lo is None or lo < 0:
        # x = -y, so y's bounds are the negated, swapped bounds of x
        ylo, ylo_excl = (-hi, hi_excl) if hi is not None and hi <= 0 else (Decimal(1 if integer else 0), False)
        yhi, yhi_excl = (-lo, lo_excl) if lo is not None else (None, False)
        alts += ['"-" ' + a for a in _magnitudes(ylo, ylo_excl, yhi, yhi_excl, decimals, integer)]
    if hi is None or hi > 0 or (hi == 0 and not hi_excl):
        plo, plo_excl = (lo, lo_excl) if lo is not None and lo >= 0 else (Decimal(0), False)
        alts = _magnitudes(plo, plo_excl, hi, hi_excl, decimals, integer) + alts
    if not alts:
        raise InvalidSchema("the minimum/maximum of a number leave no possible value", param=PARAM)
    return " | ".join(alts)


def _bound(schema: dict, side: str) -> tuple[Decimal | None, bool]:
    """The tighter of `minimum`/`exclusiveMinimum` (or maximum) as (value, exclusive)."""
    excl_key = "exclusiveM" + side[1:]
    found = []
    if side in schema:
        found.append((Decimal(str(schema[side])), schema.get(excl_key) is True))  # draft 4: boolean
    if excl_key in schema and not isinstance(schema[excl_key], bool):
        found.append((Decimal(str(schema[excl_key])), True))
    if not found:
        return None, False
    return max(found) if side == "minimum" else min(found, key=lambda b: (b[0], not b[1]))


def _magnitudes(lo: Decimal, lo_excl: bool, hi: Decimal | None, hi_excl: bool, decimals: int,
                integer: bool) -> list[str]:
    """Alternatives for unsigned x with lo <= x <= hi (0 <= lo). A number is written as a fixed
    part N (with `decimals` decimals) and, unless integer, optional further digits E:
    N must lie in [lo, hi) when E may follow, and N == hi exactly ends the number."""
    scale = 10 ** decimals
    low, high = int(lo * scale), None if hi is None else int(hi * scale)
    digits = _MAX_DIGITS + decimals
    if integer:
        return [_fixed(s, 0) for s in _digit_seqs(low, high, digits)]
    extra = "[0-9]{0,6}" if decimals else '("." [0-9]{1,6})?'
    nonzero = "[0-9]{0,5} [1-9]" if decimals else '"." [0-9]{0,5} [1-9]'
    alts = [f"{_fixed(s, decimals)} {extra}"
            for s in _digit_seqs(low + (1 if lo_excl else 0), None if high is None else high - 1, digits)]
    if lo_excl and (high is None or low < high):
        alts += [f"{_fixed(s, decimals)} {nonzero}" for s in _digit_seqs(low, low, digits)]
    if high is not None and not hi_excl and (high > low or (high == low and not lo_excl)):
        alts += [_fixed(s, decimals) for s in _digit_seqs(high, high, digits)]
    return alts


def _fixed(seq: list[tuple[str, str]], decimals: int) -> str:
    seq = [("0", "0")] * (decimals + 1 - len(seq)) + seq
    parts = [f'"{a}"' if a == b else f"[{a}-{b}]" for a, b in seq]
    if decimals:
        parts.insert(len(parts) - decimals, '"."')
    runs = [(part, len(list(group))) for part, group in groupby(parts)]
    return " ".join(part if n == 1 else f"{part}{{{n}}}" for part, n in runs)


def _digit_seqs(low: int, high: int | None, max_digits: int) -> list[list[tuple[str, str]]]:
    """Digit-range sequences matching exactly the canonical decimals of low..high (None: any
    number up to max_digits digits)."""
    if high is not None and low > high:
        return []
    top = len(str(high)) if high is not None else max(max_digits, len(str(low)))
    seqs = []
    for n in range(len(str(low)), top + 1):
        a = str(low) if n == len(str(low)) else "1" + "0" * (n - 1)
        b = str(high) if high is not None and n == top else "9" * n
        seqs += _same_length(a, b)
    return seqs


def _same_length(a: str, b: str) -> list[list[tuple[str, str]]]:
    if not a:
        return [[]]
    if a[0] == b[0]:
        return [[(a[0], a[0])] + rest for rest in _same_length(a[1:], b[1:])]
    n = len(a) - 1
    a_full, b_full = a[1:] == "0" * n, b[1:] == "9" * n
    first, last = (a[0] if a_full else chr(ord(a[0]) + 1)), (b[0] if b_full else chr(ord(b[0]) - 1))
    seqs = [] if a_full else [[(a[0], a[0])] + rest for rest in _same_length(a[1:], "9" * n)]
    if first <= last:
        seqs.append([(first, last)] + [("0", "9")] * n)
    if not b_full:
        seqs += [[(b[0], b[0])] + rest for rest in _same_length("0" * n, b[1:])]
    return seqs


# ---------------------------------------------------------------- patterns

_ESCAPE_CLASSES = {"d": [(48, 57)], "w": [(48, 57), (65, 90), (95, 95), (97, 122)], "s": [(32, 32)]}
_ESCAPE_CHARS = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "v": "\v", "0": "\0"}
_JSON_ESCAPED = [(0, 0x1F), (0x22, 0x22), (0x5C, 0x5C), (0x7F, 0x7F)]  # never raw in our strings
_ASCII = [(0x20, 0x7E)]  # negated \d \w \s stay in ASCII, where ours equal Python's Unicode ones


class Regex:
    """A `pattern` as GBNF for the JSON text of strings that fully match it: a subset of what
    the pattern's search accepts. Classes drop characters JSON must escape, \\d and \\w are
    ASCII, \\s is a space."""

    def __init__(self, pattern: str):
        self.p = pattern
        self.i = 1 if pattern.startswith("^") else 0
        anchored = re.search(r"(?<!\\)(?:\\\\)*\$\Z", pattern)
        self.end = len(pattern) - 1 if anchored else len(pattern)

    def gbnf(self) -> str:
        out = self._alternation()
        if self.i < self.end:
            raise Unsupported("unbalanced ')'")
        return out

    def _peek(self) -> str:
        return self.p[self.i] if self.i < self.end else ""

    def _take(self) -> str:
        if self.i >= self.end:
            raise Unsupported("unexpected end")
        self.i += 1
        return self.p[self.i - 1]

    def _alternation(self) -> str:
        seqs = [self._sequence()]
        while self._peek() == "|":
            self.i += 1
            seqs.append(self._sequence())
        return seqs[0] if len(seqs) == 1 else "(" + " | ".join(seqs) + ")"

    def _sequence(self) -> str:
        items = []
        while self._peek() not in ("", "|", ")"):
            items.append(self._quantified(self._atom()))
        return " ".join(items) or '""'

    def _atom(self) -> str:
        c = self._take()
        if c == "(":
            if self.p.startswith("?:", self.i):
                self.i += 2
            elif self._peek() == "?":
                raise Unsupported("lookarounds, flags and named groups are not supported")
            inner = self._alternation()
            if self._take() != ")":
                raise Unsupported("unbalanced '('")
            return f"({inner})"
        if c == "[":
            return self._class()
        if c == ".":
            return _class_gbnf(_JSON_ESCAPED, negated=True)
        if c == "\\":
            e = self._take()
            if e in _ESCAPE_CLASSES:
                return _class_gbnf(_ESCAPE_CLASSES[e], negated=False)
            if e.lower() in _ESCAPE_CLASSES:
                return _class_gbnf(_subtract(_ASCII, _ESCAPE_CLASSES[e.lower()] + _JSON_ESCAPED), negated=False)
            c = self._escaped(e)
        elif c in "^$":
            raise Unsupported("'^' and '$' are only supported at the start and the end")
        elif c in "*+?{":
            raise Unsupported(f"nothing to repeat before {c!r}")
        return literal(json.dumps(c, ensure_ascii=False)[1:-1])

    def _escaped(self, e: str) -> str:
        if e in _ESCAPE_CHARS:
            return _ESCAPE_CHARS[e]
        if e in "xu":
            digits = self.p[self.i:self.i + (2 if e == "x" else 4)]
            self.i += len(digits)
            if not re.fullmatch(r"[0-9a-fA-F]{2}|[0-9a-fA-F]{4}", digits):
                raise Unsupported(f"bad escape '\\{e}{digits}'")
            return chr(int(digits, 16))
        if e.isalnum():
            raise Unsupported(f"the escape '\\{e}' is not supported")
        return e

    def _class(self) -> str:
        negated = self._peek() == "^"
        self.i += negated
        ranges: list[tuple[int, int]] = []
        first, shorthand = True, False
        while (c := self._take()) != "]" or first:
            first = False
            if c == "\\":
                e = self._take()
                if e in _ESCAPE_CLASSES:
                    ranges += _ESCAPE_CLASSES[e]
                    shorthand = True
                    continue
                c = self._escaped(e)
            low = high = ord(c)
            if self._peek() == "-" and self.p[self.i + 1:self.i + 2] not in ("]", ""):
                self.i += 1
                h = self._take()
                high = ord(self._escaped(self._take()) if h == "\\" else h)
            ranges.append((low, high))
        if negated and not shorthand:
            return _class_gbnf(ranges + _JSON_ESCAPED, negated=True)
        safe = _subtract(_ASCII, ranges + _JSON_ESCAPED) if negated else _subtract(ranges, _JSON_ESCAPED)
        if not safe:
            raise Unsupported("a class of only quotes, backslashes or control characters is not supported")
        return _class_gbnf(safe, negated=False)

    def _quantified(self, atom: str) -> str:
        c = self._peek()
        m = re.match(r"\{(\d+)(,?)(\d*)\}", self.p[self.i:self.end]) if c == "{" else None
        if c in ("*", "+", "?"):
            self.i += 1
            quantifier = c
        elif m:
            self.i += m.end()
            quantifier = f"{{{m[1]},{m[3] if m[2] else m[1]}}}"
        else:
            return atom
        if self._peek() == "?":  # lazy: the same strings match in full
            self.i += 1
        elif self._peek() == "+":
            raise Unsupported("possessive quantifiers are not supported")
        return atom + quantifier


def _subtract(ranges: list[tuple[int, int]], removed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for low, high in ranges:
        pieces = [(low, high)]
        for r_low, r_high in removed:
            pieces = [p for a, b in pieces for p in ((a, min(b, r_low - 1)), (max(a, r_high + 1), b)) if p[0] <= p[1]]
        out += pieces
    return out


def _class_gbnf(ranges: list[tuple[int, int]], negated: bool) -> str:
    def char(cp: int) -> str:
        if (cp < 0x80 and chr(cp).isalnum()) or (cp >= 0xA0 and not 0xD800 <= cp <= 0xDFFF):
            return chr(cp)
        return f"\\x{cp:02X}" if cp <= 0xFF else f"\\u{cp:04X}"

    body = "".join(char(a) if a == b else f"{char(a)}-{char(b)}" for a, b in ranges)
    return f"[{'^' if negated else ''}{body}]"
