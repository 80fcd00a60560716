"""Text as HF's XLM-RoBERTa tokenizer sees it, prepared for llama.cpp's unigram (UGM) tokenizer.

HF normalizes with SentencePiece's character map, collapses runs of spaces into one, then marks
each space "▁" and puts one "▁" in front unless the text already starts with a space. The
model's map is applied here, code point by code point, from the GGUF's own table; llama.cpp,
told neither to merge nor to drop spaces, then turns each space into "▁" and puts one "▁" in
front of the first word, so a leading space before a word is removed here to leave exactly one.
"""

from __future__ import annotations

import json
import re

_SPACE_RUNS = re.compile(" {2,}")


class UnigramText:
    def __init__(self, table_json: str):
        self._table = {int(cp): replacement for cp, replacement in json.loads(table_json).items()}

    def __call__(self, text: str) -> str:
        text = _SPACE_RUNS.sub(" ", text.translate(self._table))
        return text[1:] if text.startswith(" ") and len(text) > 1 else text
