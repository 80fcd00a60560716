"""The name tagger's parts that need no model: words, features, decoding, weights, and the guard
without e5-small (tests/real/test_name_tagger_real.py reads real text with the model)."""

import logging

import numpy as np

from kogata.config import Settings
from kogata.route.privacy import DEFAULT_RECOGNIZERS, guard
from kogata.route.privacy.name_tagger import (BEGIN, INSIDE, OUTSIDE, design, load_weights, names, probabilities,
                                              segments)


def test_segments_are_offsets_of_mecab_words_across_lines():
    text = "野口様\nJohn  Smith 090"
    words = segments(text)
    assert [text[a:b] for a, b in words] == ["野口", "様", "John", "Smith", "090"]
    assert words[2][0] == text.index("John")


def _p(*labels):
    rows = {OUTSIDE: [0.9, 0.05, 0.05], BEGIN: [0.1, 0.8, 0.1], INSIDE: [0.1, 0.1, 0.8]}
    return np.array([rows[label] for label in labels])


def test_names_join_inside_words_and_split_where_a_name_begins():
    text = "相沢 陽翔 相沢 千夏 様"
    words = segments(text)
    labels = [OUTSIDE if text[a:b] == "様" else BEGIN if text[a:b] == "相沢" else INSIDE for a, b in words]
    found = names(text, words, _p(*labels), 0.6)
    assert [text[a:b] for a, b in found] == ["相沢 陽翔", "相沢 千夏"]


def test_names_do_not_join_across_a_tab_or_below_the_threshold():
    text = "Yuna\tUehara Kenji"
    words = segments(text)
    assert [text[a:b] for a, b in names(text, words, _p(BEGIN, INSIDE, INSIDE), 0.6)] == ["Yuna", "Uehara Kenji"]
    assert names(text, words, _p(BEGIN, INSIDE, INSIDE), 0.95) == []


def test_probabilities_are_a_distribution_over_the_three_labels():
    weights = load_weights()
    text = "Dear Tendai, 山田様"
    words = segments(text)
    features = design(text, words, np.random.default_rng(0).normal(size=(len(words), 384)).astype(np.float32))
    assert features.shape == (len(words), weights.coef.shape[1])  # the weights fit the features the module makes
    p = probabilities(weights, features)
    assert p.shape == (len(words), 3)
    assert np.allclose(p.sum(axis=1), 1.0)


def test_guard_without_e5_keeps_the_rules_and_says_so(kogata_home, caplog):
    with caplog.at_level(logging.WARNING):
        redactor = guard(Settings())
    assert redactor.recognizers == DEFAULT_RECOGNIZERS
    assert "kogata pull e5-small" in caplog.text
    assert redactor.redact("山田太郎様 090-1234-5678").text == "<PERSON_1>様 <PHONE_1>"


def test_a_servers_guard_without_e5_keeps_the_rules(kogata_home):
    from kogata.runtime import Runtime

    runtime = Runtime(Settings())
    redactor = guard(runtime.settings, runtime)
    assert redactor.recognizers == DEFAULT_RECOGNIZERS
    assert not runtime._embed  # nothing loaded for the tagger
