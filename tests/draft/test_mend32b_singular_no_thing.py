"""« il » / « elle » after a plural spoke last (anaphora32's rule, narrowed by mend32b, made-up
sentences): the singular noun phrase before it takes the pronoun only when its noun names
people (its plural is one of the lexicon's ``vague_heads``), never a thing: a vehicle or a
strike says nothing."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Titre\n\nSelon des sources policières, le suspect a fui. Le véhicule a été retrouvé "
         "brûlé. Il a affirmé que personne n'était à bord.", "personne n'était à bord",
         "des sources policières"),
        ("Titre\n\nLes syndicats ont dénoncé la réforme. La grève a débuté lundi. Elle a "
         "déclaré que les cours reprendraient.", "les cours reprendraient", "Les syndicats"),
    ],
)  # fmt: skip
def test_a_thing_opening_the_sentence_does_not_speak(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker
