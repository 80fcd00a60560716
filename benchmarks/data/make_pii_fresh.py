"""Build benchmarks/data/pii_fresh.jsonl from the hand-marked texts in pii_fresh_source.py.

pii_fresh is the second held-out set (written 2026-12-06, after the guard was tuned on
pii_holdout): never tune the guard on it.  Adapted from make_pii_holdout.py.

Markup in the source texts:
    [[TYPE|value]]        personal data (TYPE is one of TYPES below)
    [[KEEP:KIND|value]]   a look-alike that must NOT be redacted (JAN, EAN, ISBN, ORDER, ...)

Output, one JSON object per line (offsets are Python str indices into the stripped text):
    {"id": "f-000", "lang": "ja", "text": ..., "entities": [{"type", "start", "end"}],
     "keep": [{"kind", "start", "end"}]}

The script refuses to write the file if a check fails: IBAN mod-97 and length, SWIFT/BIC
shape, credit-card Luhn, EAN-13/JAN and ISBN-10/13 check digits, My Number and corporate-number
check digits, IP address syntax, e-mail and phone shape, a value used in two texts, overlapping
spans, whitespace at a span edge, leftover markup, and every NAME_LIKE word of the source having
an occurrence outside PERSON spans.  `--lint` also prints digit runs and '@' outside every span,
and parts of a labelled name that occur unlabelled elsewhere in the same text.

    python benchmarks/data/make_pii_fresh.py [--lint] [--source S.py --out O.jsonl --prefix P]

The defaults build the fresh set; the same checks build the blind set (pii_blind_source.py, written
2026-12-06 without reading the recognizers or the earlier sets: never tune the guard on it either):

    python benchmarks/data/make_pii_fresh.py --source benchmarks/data/pii_blind_source.py
        --out benchmarks/data/pii_blind.jsonl --prefix b

and the second blind set (pii_blind2_source.py, written 2026-12-07 the same way):

    python benchmarks/data/make_pii_fresh.py --source benchmarks/data/pii_blind2_source.py
        --out benchmarks/data/pii_blind2.jsonl --prefix c
"""

from __future__ import annotations

import argparse
import importlib.util
import ipaddress
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "pii_fresh_source.py"
OUT = HERE / "pii_fresh.jsonl"
PREFIX = "f"

TYPES = {
    "PERSON", "EMAIL", "PHONE", "POSTAL_CODE", "ADDRESS", "MY_NUMBER",
    "CORPORATE_NUMBER", "CREDIT_CARD", "BANK_ACCOUNT", "IP_ADDRESS",
}
MARK = re.compile(r"\[\[(KEEP:)?([A-Z_0-9]+)\|(.+?)\]\]", re.S)

IBAN_LENGTH = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "BR": 29, "CH": 21, "CY": 28, "CZ": 24,
    "DE": 22, "DK": 18, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "LT": 20,
    "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PT": 25,
    "QA": 29, "RO": 24, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "TR": 26, "UA": 29,
}


def norm(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def digits(s: str) -> str:
    return re.sub(r"\D", "", norm(s))


def iban_ok(value: str) -> bool:
    s = norm(value).replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LENGTH.get(s[:2]) != len(s):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def ean_ok(code: str) -> bool:
    if len(code) not in (8, 13) or not code.isdigit():
        return False
    body, check = code[:-1], int(code[-1])
    weights = [3, 1] if len(code) == 8 else [1, 3]
    s = sum(int(d) * weights[i % 2] for i, d in enumerate(body))
    return (10 - s % 10) % 10 == check


def isbn_ok(value: str) -> bool:
    s = norm(value).replace("-", "").replace(" ", "").upper()
    if len(s) == 13:
        return s[:3] in ("978", "979") and ean_ok(s)
    if len(s) == 10 and s[:9].isdigit() and (s[9].isdigit() or s[9] == "X"):
        total = sum(int(d) * (10 - i) for i, d in enumerate(s[:9]))
        total += 10 if s[9] == "X" else int(s[9])
        return total % 11 == 0
    return False


def my_number_ok(value: str) -> bool:
    s = digits(value)
    if len(s) != 12 or len(norm(value).replace(" ", "").replace("-", "")) != 12:
        return False
    body = s[:11]
    total = 0
    for n in range(1, 12):
        p = int(body[-n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)


def corporate_number_ok(value: str) -> bool:
    s = digits(value)
    if len(s) != 13 or len(norm(value).replace(" ", "").replace("-", "")) != 13:
        return False
    body = s[1:]
    total = sum(int(body[-n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return int(s[0]) == 9 - total % 9


def bic_ok(value: str) -> bool:
    return re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", value) is not None


def check_entity(typ: str, value: str) -> str | None:
    """Return an error message, or None if the value is a plausible instance of typ."""
    v = norm(value)
    if typ == "BANK_ACCOUNT":
        compact = v.replace(" ", "")
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]{11,}", v):
            return None if iban_ok(v) else "IBAN fails length/mod-97"
        if re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", compact):
            return None if bic_ok(compact) else "bad BIC"
        if re.fullmatch(r"\d[\d\- ]{5,16}\d", v):
            return None
        return "unrecognised bank account shape"
    if typ == "CREDIT_CARD":
        if not re.fullmatch(r"\d[\d \-]+\d", v):
            return "card has characters other than digits, spaces, dashes"
        d = digits(v)
        if not 13 <= len(d) <= 19:
            return f"card length {len(d)}"
        return None if luhn_ok(d) else "card fails Luhn"
    if typ == "MY_NUMBER":
        return None if my_number_ok(v) else "My Number check digit"
    if typ == "CORPORATE_NUMBER":
        return None if corporate_number_ok(v) else "corporate number check digit"
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return "not an IP address"
        return None
    if typ == "EMAIL":
        ok = re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", v)
        return None if ok else "bad e-mail"
    if typ == "PHONE":
        v = re.sub(r"(?<=[\d ])[OoIl]|[OoIl](?=[\d ])", "0", v)  # OCR misreads O/I/l for 0/1, kept as written
        if not re.fullmatch(r"\+?[\d()][\d ()\-.]*\d", v):
            return "phone has odd characters"
        n = len(digits(v))
        return None if 8 <= n <= 15 else f"phone has {n} digits"
    if typ == "POSTAL_CODE":
        return None if re.search(r"\d", v) else "postal code without digits"
    if typ == "PERSON":
        if re.search(r"\d|[@:：]", v):
            return "digits or punctuation in a name"
        if re.search(r"\s(MR|MRS|MS|MSTR|MISS)$", v) or re.match(r"(?i)(mr|mrs|ms|miss|dr|prof)\b\.?\s", v) or re.search(r"(様|さん|先生|殿|くん|ちゃん)$", v):
            return "title or honorific inside the name span"
    return None


def check_keep(kind: str, value: str) -> str | None:
    v = norm(value)
    if kind in ("JAN", "EAN"):
        return None if ean_ok(v.replace(" ", "").replace("-", "")) else "EAN/JAN check digit"
    if kind == "ISBN":
        return None if isbn_ok(v) else "ISBN check digit"
    return None


def parse(marked: str):
    out, entities, keep = [], [], []
    pos, length = 0, 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        is_keep, label, value = m.group(1), m.group(2), m.group(3)
        start, end = length, length + len(value)
        out.append(value)
        length = end
        pos = m.end()
        if is_keep:
            keep.append({"kind": label, "start": start, "end": end, "_value": value})
        else:
            entities.append({"type": label, "start": start, "end": end, "_value": value})
    out.append(marked[pos:])
    return "".join(out), entities, keep


def load_source():
    spec = importlib.util.spec_from_file_location(SOURCE.stem, SOURCE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.TEXTS, getattr(mod, "NAME_LIKE", [])


def lint(rid: str, text: str, entities: list[dict], spans: list[tuple[int, int]]) -> list[str]:
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    notes = []
    flat = norm(text)
    same_len = len(flat) == len(text)
    for m in re.finditer(r"\d[\d \-]{5,}\d", flat if same_len else text):
        if re.match(r"\d{4}-\d{2}-\d{2}", m.group()):
            continue  # a date
        if len(digits(m.group())) >= 7 and not set(range(m.start(), m.end())) <= covered:
            notes.append(f"{rid}: unlabelled digits {m.group()!r}")
    for m in re.finditer(r"[@＠]", text):
        if m.start() not in covered:
            notes.append(f"{rid}: unlabelled '@' near {text[max(0, m.start()-15):m.start()+15]!r}")
    # a part of a labelled name that occurs again outside every span
    parts = set()
    for e in entities:
        if e["type"] == "PERSON":
            for part in re.split(r"[\s/・,]+", e["_value"]):
                if len(part) >= 2:
                    parts.add(part)
    for part in parts:
        pattern = re.escape(part)
        if part.isascii():
            pattern = rf"\b{pattern}\b"
        for m in re.finditer(pattern, text):
            if not any(s <= m.start() < e for s, e in spans):
                notes.append(f"{rid}: name part {part!r} unlabelled at {m.start()}: "
                             f"{text[max(0, m.start()-12):m.end()+12]!r}")
    return notes


def main() -> int:
    global SOURCE, OUT, PREFIX
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lint", action="store_true", help="also print digit runs, '@' and name parts outside spans")
    parser.add_argument("--source", type=Path, default=SOURCE, help="hand-marked source (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=OUT, help="JSONL to write (default: %(default)s)")
    parser.add_argument("--prefix", default=PREFIX, help="row id prefix (default: %(default)s)")
    args = parser.parse_args()
    SOURCE, OUT, PREFIX = args.source, args.out, args.prefix
    texts, name_like = load_source()
    rows, errors, notes = [], [], []
    seen_values: dict[tuple[str, str], int] = {}
    seen_texts: set[str] = set()
    person_spans: dict[str, list[tuple[int, int]]] = {}
    for i, (lang, marked) in enumerate(texts):
        rid = f"{PREFIX}-{i:03d}"
        if lang not in ("ja", "en"):
            errors.append(f"{rid}: unknown language {lang!r}")
        text, entities, keep = parse(marked)
        if text in seen_texts:
            errors.append(f"{rid}: duplicate text")
        seen_texts.add(text)
        if "[[" in text or "]]" in text or "[[" in "".join(e["_value"] for e in entities + keep):
            errors.append(f"{rid}: leftover or nested markup")
        for e in entities:
            v = e["_value"]
            if e["type"] not in TYPES:
                errors.append(f"{rid}: unknown type {e['type']}")
                continue
            if v != v.strip():
                errors.append(f"{rid}: whitespace at span edge {v!r}")
            msg = check_entity(e["type"], v)
            if msg:
                errors.append(f"{rid}: {e['type']} {v!r}: {msg}")
        for k in keep:
            if k["_value"] != k["_value"].strip():
                errors.append(f"{rid}: whitespace at span edge {k['_value']!r}")
            msg = check_keep(k["kind"], k["_value"])
            if msg:
                errors.append(f"{rid}: KEEP:{k['kind']} {k['_value']!r}: {msg}")
        # a value must not be reused in another text (a person may recur within one text)
        for item in entities + keep:
            label = item.get("type") or "KEEP:" + item["kind"]
            key_value = norm(item["_value"]).replace(" ", "").replace("-", "").lower()
            key = ("KEEP" if label.startswith("KEEP") else label, key_value)
            first = seen_values.setdefault(key, i)
            if first != i:
                errors.append(f"{rid}: {label} {item['_value']!r} already used in {PREFIX}-{first:03d}")
        spans = sorted([(e["start"], e["end"]) for e in entities] + [(k["start"], k["end"]) for k in keep])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if s2 < e1:
                errors.append(f"{rid}: overlapping spans at {s2}")
        person_spans[text] = [(e["start"], e["end"]) for e in entities if e["type"] == "PERSON"]
        notes += lint(rid, text, entities, spans)
        rows.append({
            "id": rid,
            "lang": lang,
            "text": text,
            "entities": [{"type": e["type"], "start": e["start"], "end": e["end"]} for e in entities],
            "keep": [{"kind": k["kind"], "start": k["start"], "end": k["end"]} for k in keep],
        })
    for word in name_like:
        found = any(
            not any(s < m.end() and m.start() < e for s, e in pspans)
            for text, pspans in person_spans.items()
            for m in re.finditer(re.escape(word), text)
        )
        if not found:
            errors.append(f"NAME_LIKE {word!r} does not occur outside a PERSON span")
    if len(set(name_like)) != len(name_like):
        errors.append("NAME_LIKE has duplicates")
    if args.lint:
        print("\n".join(notes) or "lint: nothing outside spans")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} error(s); {OUT.name} not written", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(e["type"] for r in rows for e in r["entities"])
    kinds = Counter(k["kind"] for r in rows for k in r["keep"])
    langs = Counter(r["lang"] for r in rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    print("languages:", dict(sorted(langs.items())), f"ja share {langs['ja'] / len(rows):.1%}")
    print("entities:", dict(sorted(counts.items())), "total", sum(counts.values()))
    print("keep:", sum(kinds.values()), dict(sorted(kinds.items())))
    print("name-like non-persons:", len(name_like))
    return 0


if __name__ == "__main__":
    sys.exit(main())
