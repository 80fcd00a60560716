"""Text as HF's BertTokenizer sees it, prepared for llama.cpp's WordPiece tokenizer.

llama.cpp lowercases, splits words and strips accents by itself, but its NFD maps each character
to one (Hangul syllables lose their vowel and final consonant), it splits words at \\v, \\f and
U+0085 where HF deletes them, and it has no limit on word length. Text prepared here passes
through llama.cpp's own normalization unchanged. One gap remains: llama.cpp drops spacing
combining marks (Mc, e.g. Devanagari vowel signs) too, where HF keeps them.
"""

from __future__ import annotations

import re
import unicodedata

# HF's WordPiece turns any word longer than this (in characters) into [UNK].
_MAX_WORD_CHARS = 100
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# What HF's BertNormalizer deletes: control and format characters (clean_text; tab, newline and
# carriage return are whitespace instead), and, after NFD, non-spacing marks (strip_accents).
_CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn"})
_ACCENT_CATEGORIES = frozenset({"Mn"})


class WordPieceText:
    def __init__(self, *, strip_accents: bool, unk_text: str):
        self._strip_accents = strip_accents
        self._deleted = _CONTROL_CATEGORIES | (_ACCENT_CATEGORIES if strip_accents else frozenset())
        self._unk_text = unk_text

    def __call__(self, text: str) -> str:
        if text.isascii():
            text = _ASCII_CONTROL.sub("", text)
        else:
            if self._strip_accents:
                text = unicodedata.normalize("NFD", text)
            deleted = self._deleted
            text = "".join(ch for ch in text if ch in "\t\n\r" or unicodedata.category(ch) not in deleted)
        if any(len(chunk) > _MAX_WORD_CHARS for chunk in text.split()):
            text = self._replace_overlong_words(text)
        return text

    def _replace_overlong_words(self, text: str) -> str:
        words = []
        for chunk in text.split():
            if len(chunk) <= _MAX_WORD_CHARS:
                words.append(chunk)
                continue
            for word in _split_bert_words(chunk):
                words.append(self._unk_text if len(word) > _MAX_WORD_CHARS else word)
        return " ".join(words)


def _split_bert_words(chunk: str) -> list[str]:
    """Split whitespace-free text where BERT's pre-tokenizer does: around each punctuation
    mark, ASCII symbol and CJK ideograph."""
    words, current = [], []
    for ch in chunk:
        if _is_bert_separator(ch):
            if current:
                words.append("".join(current))
                current = []
            words.append(ch)
        else:
            current.append(ch)
    if current:
        words.append("".join(current))
    return words


def _is_bert_separator(ch: str) -> bool:
    cp = ord(ch)
    if cp < 0x7F and not ch.isalnum():
        return True
    return unicodedata.category(ch).startswith("P") or (
        0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B920 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F
    )
