"""The privacy guard's learned name tagger on e5-small: piece vectors from llama.cpp, names the rules
miss in text written for this test (in no labelled set), nothing taken from text that holds no name,
and the guard kogata builds using it."""

import numpy as np
import pytest

from kogata.config import Settings
from kogata.route.privacy import DEFAULT_RECOGNIZERS, Redactor, guard
from kogata.route.privacy.entities import Document
from kogata.route.privacy.name_tagger import NameTagger, load_weights


@pytest.fixture(scope="module")
def tagger(e5):
    return NameTagger(e5, load_weights())


def _cosine(a, b):
    return float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))


def test_piece_vectors_carry_their_context(e5):
    first = e5.piece_vectors(["Grace", "called", "about", "the", "invoice"])
    again = e5.piece_vectors(["Grace", "called", "about", "the", "invoice"])
    other = e5.piece_vectors(["by", "the", "grace", "of", "Grace"])
    assert first.shape == (5, e5.dimensions)
    assert np.array_equal(first, again)
    assert _cosine(first[0], other[4]) < 0.99  # the same word, another sentence


def test_piece_vectors_past_the_context_and_for_empty_pieces(e5):
    pieces = ["東京都", "の", "山田", "さん", ""] * 200  # about 800 tokens: two windows
    vectors = e5.piece_vectors(pieces)
    assert vectors.shape == (1000, e5.dimensions)
    filled = np.abs(vectors).sum(axis=1) > 0
    assert filled.tolist() == [bool(p) for p in pieces]


def _names(redactor, text):
    return [text[d.start:d.end] for d in redactor.detect(text) if d.type == "PERSON"]


def test_tagger_finds_names_the_rules_miss(tagger):
    rules = Redactor()
    both = Redactor((*DEFAULT_RECOGNIZERS, tagger))
    minutes = "Minutes: Radhika Venkataraman presented Q3 numbers; Oyelaran Babatunde asked about churn."
    interview = "面談担当：ｻｶｲ ﾀｸﾐ（人事部）"
    assert "Oyelaran Babatunde" not in _names(rules, minutes) and _names(rules, interview) == []
    assert _names(both, minutes) == ["Radhika Venkataraman", "Oyelaran Babatunde"]
    assert _names(both, interview) == ["ｻｶｲ ﾀｸﾐ"]


@pytest.mark.parametrize("text", [
    "Shipment 4471 left Rotterdam on Tuesday and arrives in Osaka next week.",
    "Our Nairobi office moved to Westlands; the Mombasa Road warehouse stays open.",
    "新宿駅の東口で、午後三時に集合してください。",
])
def test_tagger_takes_no_name_from_text_without_one(tagger, text):
    assert list(tagger(Document(text))) == []


def test_guard_uses_the_tagger_where_the_store_has_e5(real_home, monkeypatch):
    monkeypatch.setenv("KOGATA_HOME", str(real_home))
    redactor = guard(Settings())
    assert len(redactor.recognizers) == len(DEFAULT_RECOGNIZERS) + 1
    assert isinstance(redactor.recognizers[-1], NameTagger)
    assert redactor.redact("面談担当：ｻｶｲ ﾀｸﾐ（人事部）").text == "面談担当：<PERSON_1>（人事部）"


def test_a_servers_guard_shares_its_runtimes_e5_small(real_home, real_store, monkeypatch):
    from kogata.runtime import Runtime

    monkeypatch.setenv("KOGATA_HOME", str(real_home))
    runtime = Runtime(Settings())
    redactor = guard(runtime.settings, runtime)
    assert isinstance(redactor.recognizers[-1], NameTagger)
    assert "e5-small" not in runtime._embed  # loaded on the tagger's first use, not when the guard is built
    assert redactor.redact("面談担当：ｻｶｲ ﾀｸﾐ（人事部）").text == "面談担当：<PERSON_1>（人事部）"
    assert list(runtime._embed) == ["e5-small"]  # the one instance embeddings and the knowledge base use too
