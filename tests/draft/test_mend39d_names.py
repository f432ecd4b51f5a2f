"""mend39d: one helper where round 39 wrote a second or a third (review39 items 12 and 14)."""

from __future__ import annotations

from quizapp.draft.drafting import options
from quizapp.draft.speakers.acronyms import initials
from quizapp.draft.words.folding import unaccented


def test_accents_are_stripped_by_one_helper() -> None:
    assert unaccented("Élysée études") == "Elysee etudes"
    assert initials.bare_letters("Études") == "etudes"


def test_the_acronym_words_are_named_apart_from_a_descriptions_content_words() -> None:
    assert initials.acronym_words("le parquet national antiterroriste") == (
        "parquet",
        "national",
        "antiterroriste",
    )
    assert not hasattr(initials, "content_words")


def test_the_bare_noun_test_has_no_wrapper() -> None:
    assert not hasattr(options, "_bare_noun_of")
