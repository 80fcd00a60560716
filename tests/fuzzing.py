"""Fuzzing every HTTP route with schemathesis: what tests/fast/test_fuzz_api.py, tests/real/test_fuzz_real.py
and scripts/fuzz_api.py share.

The OpenAPI document is the contract. Schemathesis makes requests from it (valid ones, and invalid ones
that must be refused) and checks every answer: no 5xx, a documented status code and content type, a body
that matches the documented schema, documented headers, 405 with `Allow` for methods a path lacks.
Generated names rarely name anything, so the names the server holds (`Known`) are mixed into the
values of the parameters that take them, half of the time: requests reach the answers behind the 404s.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import schemathesis
from fakes import FakeChatEngine, FakeEmbedder

from kogata.config import Settings
from kogata.runtime import Runtime
from kogata.server.app import create_app

SEED = 19
# Checks schemathesis enables by default that cannot hold here, and why.
CHECKS_OFF = {
    # The server refuses some schema-valid requests for reasons no schema can state: a name that is taken,
    # no upstream configured for "route": "upstream", a prompt longer than the model's context, an empty
    # list of inputs, a model of the wrong kind, dimensions the model does not produce.
    "positive_data_acceptance",
}
COLLECTION = "docs"
TEMPLATES = "replies"
CLASSIFIER = "support"
# Seeded documents: their sources fix their ids (kb/collection.py document_id).
DOCUMENTS = [
    {"text": "Refunds are paid within 14 days of the return.", "source": "refunds.txt", "title": "Refunds"},
    {"text": "Parcels ship from Osaka on weekdays.", "source": "shipping.txt", "metadata": {"lang": "en"}},
]
REPLIES = {"refund": "We will refund you within 14 days.", "shipping": "Your parcel is on its way.",
           "password": "Reset your password from the login page.", "invoice": "Invoices are in your account."}


def fake_app(home: Path):
    """The server on the fake engines: "fake-chat" (also the extraction model) and "fake-embed"."""
    settings = Settings(home=home)
    settings.server.model = settings.server.extraction_model = "fake-chat"
    settings.server.embedding_model = "fake-embed"
    runtime = Runtime(settings, chat_engines={"fake-chat": FakeChatEngine(n_ctx=512)},
                      embedders={"fake-embed": FakeEmbedder("fake-embed")})
    return create_app(settings, runtime, preload=False)


def document() -> dict:
    """The OpenAPI document (the same whatever the engines: test_fuzz_real checks a real server's)."""
    with tempfile.TemporaryDirectory() as home:
        return fake_app(Path(home)).openapi()


def document_id(source: str) -> str:
    return "doc_" + hashlib.sha256(source.encode()).hexdigest()[:16]


@dataclass
class Known:
    """Names the server holds, mixed into generated values (bound by parameter location and name)."""

    chat_models: list[str]
    embedding_models: list[str]
    other_models: list[str] = field(default_factory=list)  # installed, but not to be loaded by a request
    classifiers: list[str] = field(default_factory=list)

    def bindings(self) -> dict[str, list]:
        models = [*self.chat_models, *self.embedding_models, *self.classifiers]
        return {
            "path.name": [COLLECTION, TEMPLATES, *self.classifiers],
            "path.doc_id": [document_id(d["source"]) for d in DOCUMENTS],
            "path.model_id": [*models, *self.other_models],
            "body.model": models,
            "body.classifier": self.classifiers or ["none"],
            "body.templates": [TEMPLATES],
            "body.collection": [COLLECTION],
            "body.document_id": [document_id(d["source"]) for d in DOCUMENTS],
            "body.kb.collection": [COLLECTION],
        }


REJECTIONS = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429", "5xx"]


def config(known: Known, *, max_examples: int, seed: int = SEED, **more) -> schemathesis.Config:
    """`more`: other settings of schemathesis.toml's top level (`base-url`, `continue-on-failure`, …)."""
    bindings = known.bindings()
    return schemathesis.Config.from_dict({
        **more,
        "seed": seed,
        "generation": {"max-examples": max_examples, "deterministic": True, "database": "none",
                       "codec": "utf-8"},
        # A generated body over the size limit is refused with 413 before it is read: a rejection too.
        "checks": {**{name: {"enabled": False} for name in CHECKS_OFF},
                   "negative_data_rejection": {"expected-statuses": REJECTIONS}},
        "dictionaries": {key.replace(".", "_"): {"values": values} for key, values in bindings.items()},
        "parameters": {key: {"dictionary": key.replace(".", "_"), "probability": 0.5} for key in bindings},
    })


def load(document: dict, known: Known, *, max_examples: int, seed: int = SEED):
    return schemathesis.openapi.from_dict(document, config=config(known, max_examples=max_examples, seed=seed))


def seed(url: str, *, embedding_model: str) -> None:
    """Make sure the collection, its documents and the template set exist (a fuzzed DELETE may have
    removed them); idempotent."""
    with httpx.Client(base_url=url, timeout=120) as client:
        if client.get(f"/v1/kb/collections/{COLLECTION}").status_code == 404:
            created = client.post("/v1/kb/collections", json={"name": COLLECTION, "embedding_model": embedding_model})
            assert created.status_code == 201, created.text
        added = client.post(f"/v1/kb/collections/{COLLECTION}/documents", json={"documents": DOCUMENTS})
        assert added.status_code in (200, 201), added.text
        if client.get(f"/v1/templates/{TEMPLATES}").status_code == 404:
            made = client.post("/v1/templates", json={"name": TEMPLATES, "templates": REPLIES, "replace": True})
            assert made.status_code == 201, made.text
