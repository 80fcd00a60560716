"""Draft tokens for prompt-lookup decoding: the tokens that followed the latest earlier occurrence of
the sequence's last 3 (else 2) tokens."""

from kogata.engine.lookup import PromptLookup


def test_a_repeated_trigram_drafts_what_followed_it():
    lookup = PromptLookup([1, 2, 3, 4, 5, 6, 9, 2, 3, 4])
    assert lookup.draft(2) == [5, 6]
    assert lookup.draft(10) == [5, 6, 9, 2, 3, 4]  # up to the end of what is known


def test_the_latest_occurrence_wins_and_generated_tokens_count():
    lookup = PromptLookup([7, 8, 1, 7, 8, 2, 0])
    lookup.extend([7, 8])
    assert lookup.draft(1) == [2]  # the bigram (7, 8) was last followed by 2
    lookup.append(3)
    assert lookup.draft(3) == []  # (7, 8, 3) and (8, 3) never occurred before


def test_nothing_is_drafted_without_a_match_of_two_tokens():
    assert PromptLookup([5, 1, 2, 5]).draft(4) == []  # a single repeated token is not enough
    assert PromptLookup([]).draft(4) == [] and PromptLookup([1, 2]).draft(4) == []
    assert PromptLookup([4, 4, 4, 4]).draft(2) == [4]
