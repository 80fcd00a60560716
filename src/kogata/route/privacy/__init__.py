"""The privacy guard: personal data in Japanese and English text is replaced by stable placeholders
(`<PERSON_1>`, `<PHONE_1>`) before anything leaves the machine, and restored in what comes back.

    redactor = guard(settings)                       # or Redactor(): the rules alone
    mapping = PlaceholderMap()                       # one per conversation
    sent = redactor.redact("山田太郎様 090-1234-5678", mapping)
    sent.text                                        # '<PERSON_1>様 <PHONE_1>'
    restore("<PERSON_1>様に折り返します", mapping)     # '山田太郎様に折り返します'
"""

from .entities import ENTITY_TYPES, Detection, Entity
from .placeholders import PlaceholderMap, StreamRestorer, restore
from .redactor import DEFAULT_RECOGNIZERS, Recognizer, Redaction, Redactor, guard, resolve

__all__ = [
    "DEFAULT_RECOGNIZERS", "ENTITY_TYPES", "Detection", "Entity", "PlaceholderMap", "Recognizer", "Redaction",
    "Redactor", "StreamRestorer", "guard", "resolve", "restore",
]
