"""Search terms for BM25 that work for Japanese, English and mixed text.

Japanese has no spaces, so a whitespace tokenizer sees a whole sentence as one term. Each run of
Japanese script gives its character bigrams (robust to unknown words and to segmentation errors)
plus MeCab's content words (nouns, verbs, adjectives as written, prefixed `w:` so that a two-
character word and the bigram of the same characters count separately); other scripts give
lowercased words. Measured on JSQuAD (docs/benchmarks.md): bigrams alone recall@1 0.910, bigrams +
MeCab words 0.920 with SQLite FTS5's BM25; unigrams, trigrams or dropping kana-only bigrams did not
help.
"""

from __future__ import annotations

import re
import unicodedata

from ..mecab import parse

_JA = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
SCRIPT_RUNS = re.compile(rf"[{_JA}]+|[^\W_{_JA}]+")
JAPANESE = re.compile(rf"[{_JA}]")
_CONTENT_POS = frozenset({"名詞", "動詞", "形容詞"})

def normalize(text: str) -> str:
    """NFKC (full-width letters and digits to ASCII, half-width kana to full-width), lowercased."""
    return unicodedata.normalize("NFKC", text).lower()


def terms(text: str) -> list[str]:
    """Search terms of `text`, repeated as often as they occur (BM25 counts them)."""
    text = normalize(text)
    out: list[str] = []
    japanese: list[str] = []
    for match in SCRIPT_RUNS.finditer(text):
        run = match.group()
        if JAPANESE.match(run):
            japanese.append(run)
            if len(run) == 1:
                out.append(run)
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
        else:
            out.append(run)
    if japanese:
        for word in parse(" ".join(japanese)):
            if word.feature.pos1 in _CONTENT_POS:
                out.append("w:" + word.surface)
    return out


_STOPWORDS = frozenset("""
a about above after again all also am an and any are as at be been before being below between both but by
can could did do does doing down during each few for from further get gets got had has have having he her here
hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other
our ours out over own same she should so some such than that the their theirs them then there these they this
those through to too under until up very was we were what when where which while who whom why will with would
you your yours tell please know many much
""".split())


def content_words(text: str) -> set[str]:
    """The words that carry a text's meaning: Japanese nouns, verbs and adjectives by their
    dictionary form (not auxiliary-like verbs such as する, ある), and other words that are not
    English stopwords. For deciding whether a passage is about a question at all."""
    text = normalize(text)
    words: set[str] = set()
    japanese: list[str] = []
    for match in SCRIPT_RUNS.finditer(text):
        run = match.group()
        if JAPANESE.match(run):
            japanese.append(run)
        elif run not in _STOPWORDS and (len(run) > 1 or run.isdigit()):
            words.add(run)
    if japanese:
        for word in parse(" ".join(japanese)):
            if word.feature.pos1 in _CONTENT_POS and word.feature.pos2 != "非自立可能":
                words.add(word.feature.lemma or word.surface)
    return words


def is_mostly_japanese(text: str) -> bool:
    letters = [ch for ch in text if ch.isalnum()]
    return bool(letters) and sum(1 for ch in letters if JAPANESE.match(ch)) * 2 >= len(letters)
