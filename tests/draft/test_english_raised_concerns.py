"""English concerns and questions raised with no one named (made-up sentences): "Concerns
have been raised about X", "Questions were raised over X" report X in an impersonal voice
(vague), in the past and the perfect (lexicon object_phrase_cues, impersonal_object_cues);
not an object of one word ("Questions were raised over lunch."), and with a subject that
raised them the subject speaks."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label, said


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Concerns have been raised about safety checks at the plant in Kent.",
            "safety checks at the plant in Kent",
        ),
        ("Questions were raised over the cost of the new bridge.", "the cost of the new bridge"),
        (
            "Concerns were raised about delays to the new ferry service this winter.",
            "delays to the new ferry service this winter",
        ),
    ],
)
def test_concerns_raised_with_nobody_named_are_an_impersonal_voice(
    sentence: str, content: str
) -> None:
    [(found, _cue, label)] = content_cue_label(sentence)
    assert (found, label) == (content, "vague")


def test_a_short_object_raises_nothing() -> None:
    assert said("Questions were raised over lunch.") == []


def test_a_subject_that_raised_concerns_speaks() -> None:
    found = said("Parents have raised concerns about the new bus route to the school.")
    assert all(source == "Parents" for _content, source in found)
