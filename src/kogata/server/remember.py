"""Keeping the server's answers for feedback and the drift monitor (kogata.learn.records), without
ever failing the answer itself: a learning store that cannot be written loses the record, logged."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence

from starlette.requests import Request

from ..errors import KogataError
from ..learn.records import Answer, LearningStore

log = logging.getLogger("kogata.server")


def learning_store(request: Request) -> LearningStore | None:
    """The server's learning store; None when `[learning] record` is off."""
    return request.app.state.learning


def remember(learning: LearningStore | None, kind: str, specialist: str, version: str, answers: Sequence[Answer],
             ids: Sequence[str] | None = None) -> list[str | None]:
    """The answers' ids, once kept (None for each when recording is off or failed)."""
    if learning is None:
        return [None] * len(answers)
    try:
        return list(learning.record(kind, specialist, version, answers, ids))
    except (KogataError, OSError, sqlite3.Error) as e:
        log.warning("could not keep %d %s answer(s) of %s for feedback: %s", len(answers), kind, specialist, e)
        return [None] * len(answers)


def pair_keeper(learning: LearningStore | None):
    """What GuardedUpstream calls with each upstream answer to keep it for review (None: not kept)."""
    if learning is None:
        return None

    def keep(outgoing, reason: str, specialist: str | None, answer: str) -> None:
        try:
            learning.keep_pair(reason, specialist, outgoing.sent, answer)
        except (KogataError, OSError, sqlite3.Error) as e:
            log.warning("could not keep an upstream answer for review: %s", e)
    return keep
