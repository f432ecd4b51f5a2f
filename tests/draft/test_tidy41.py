"""tidy41: the apposition readers on the text alone in a module of their own, and four hot
helpers made cheaper; what each returns must not change (so none of these fails before but the
last, which imports the new module, and mend41d's table read afresh for a new tuple)."""

import pytest

from quizapp.draft.reporting.cue_forms.phrases import match_phrase
from quizapp.draft.sources.speaker_phrases.phrase import identity
from quizapp.draft.text.segment import Token, tokens, words_in
from quizapp.draft.words.lexicon import load


def test_tokens_are_named_tuples_with_their_offsets() -> None:
    text = "Jane Roe said: “We will see.”"
    cut = tokens(text, (0, len(text)), "en")
    assert all(type(t) is Token for t in cut)
    assert cut[1] == Token("Roe", 5, 8) and cut[1].text == "Roe" and cut[1].end == 8


@pytest.mark.parametrize(
    ("span", "count"), [((0, 30), 7), ((5, 19), 3), ((7, 9), 1), ((9, 9), 0), ((9, 4), 0)]
)
def test_words_in_counts_the_words_of_its_span_alone(span: tuple[int, int], count: int) -> None:
    text = "Le maire, Paul Durand, a dit oui."
    assert words_in(text, span) == count  # (0, 30) ends inside « oui »: « o » is a word


def test_match_phrase_finds_a_word_alone_and_the_longest_phrase() -> None:
    phrases = (("fait", "savoir"), ("fait",), ("dit",))
    assert match_phrase(["il", "a", "fait", "savoir"], 2, phrases) == 2
    assert match_phrase(["il", "a", "fait", "valoir"], 2, phrases) == 1
    assert match_phrase(["il", "a", "dit"], 2, phrases) == 1
    assert match_phrase(["il", "a", "dit"], 3, phrases) == 0
    assert match_phrase(["il", "a", "vu"], 2, phrases) == 0


@pytest.mark.parametrize(
    ("word", "key"), [("L'Élysée", "elysee"), ("Elysée", "elysee"), ("D’Artagnan", "artagnan")]
)
def test_identity_asked_again_gives_the_same_key(word: str, key: str) -> None:
    assert identity(word) == key
    assert identity(word) == key


def test_a_new_phrase_tuple_at_a_freed_ones_address_gets_its_own_table() -> None:
    """mend41d (review41 item 13): the table was kept by ``id(phrases)`` alone, so a new
    tuple at a freed one's address was served the old table, and the one-word shortcut took
    « dit » from it for a tuple listing « fait »."""

    def first_word_found(word: str) -> int:
        phrases = tuple([(word,), ("ni",), ("ou",)])  # built afresh, freed on return
        return match_phrase(["dit", "que"], 0, phrases)

    assert [first_word_found(w) for w in ("dit", "fait", "vu", "dit", "lu")] == [1, 0, 0, 1, 0]


def test_the_apposition_readers_read_the_text_alone() -> None:
    # Imported here, not at the top, so that on the code before the move the other tests
    # still run and this one alone fails (mend41d, review41 item 10).
    from quizapp.draft.text.sentence.apposed_names import (
        APPOSED_NAME_BEFORE,
        apposed_subject_before,
        bare_apposed_name,
    )

    fr = load("fr")
    before = "Mardi, le procureur de Paris, François Molins, "
    assert APPOSED_NAME_BEFORE.search(before)
    assert apposed_subject_before(before, fr)
    assert bare_apposed_name("Éric Myon, pharmacien titulaire, ", fr) == 0
    assert bare_apposed_name("Éric Myon a dit que pharmaciens", fr) is None
