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
