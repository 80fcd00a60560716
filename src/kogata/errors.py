"""Errors a user can cause. Each carries what the CLI prints and what the server answers."""

from __future__ import annotations


class KogataError(Exception):
    """A problem the user can fix. The CLI prints `message` on one line; the server answers
    an OpenAI-style error body with `status`, `type`, `code` and `param`."""

    status: int = 400
    type: str = "invalid_request_error"
    code: str | None = None

    def __init__(self, message: str, *, param: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.param = param
        if code is not None:
            self.code = code

    def to_body(self) -> dict:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


class ModelNotFound(KogataError):
    status = 404
    code = "model_not_found"


class NotFound(KogataError):
    status = 404
    code = "not_found"


class Conflict(KogataError):
    status = 409
    code = "conflict"


class InvalidRequest(KogataError):
    status = 400


class ContextLengthExceeded(KogataError):
    status = 400
    code = "context_length_exceeded"


class InvalidSchema(KogataError):
    status = 400
    code = "invalid_json_schema"


class ServerBusy(KogataError):
    status = 503
    type = "server_error"
    code = "server_busy"


class StoreError(KogataError):
    """Model store problems: registry unreachable, checksum mismatch, disk full, not a GGUF file."""

    status = 400
    code = "store_error"


class DataError(KogataError):
    """Training data a user gave that cannot be used: unreadable, empty, missing columns, too few examples."""

    status = 400
    code = "invalid_data"


class GenerationFailed(KogataError):
    status = 500
    type = "server_error"
    code = "generation_failed"


class DiskFull(KogataError):
    """The disk holding KOGATA_HOME (or the file named) has no space left. Writes go through staging
    folders, temporary files and SQLite transactions, so what was there before is intact."""

    status = 507
    type = "server_error"
    code = "disk_full"


def disk_full(error: BaseException, where: object = None) -> DiskFull | None:
    """A DiskFull for an OSError of ENOSPC/EDQUOT, SQLite's "database or disk is full", or SQLite's
    "disk I/O error" (what it says when it cannot grow its WAL) on a disk with no space left; else None."""
    import errno
    import sqlite3

    full = (isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)) or (
        isinstance(error, sqlite3.OperationalError) and "disk is full" in str(error)) or (
        isinstance(error, sqlite3.OperationalError) and "disk I/O error" in str(error) and no_space_at(where))
    if not full:
        return None
    return disk_full_at(where or getattr(error, "filename", None) or "KOGATA_HOME")


def disk_full_at(place: object) -> DiskFull:
    return DiskFull(f"no space left on the disk holding {place}: free some space and run it again "
                    "(nothing already stored was changed)")


def no_space_at(where: object) -> bool:
    """Whether the disk holding `where` (or its nearest existing parent) has less than 1 MiB free."""
    import shutil
    from pathlib import Path

    if where is None:
        return False
    path = Path(str(where))
    while not path.exists() and path != path.parent:
        path = path.parent
    return shutil.disk_usage(path).free < 1 << 20
