"""speakable53: a speaker whose head is a thing, a quality, an act or a place cannot speak
(« le cœur de la commune », « son ampleur », « Acte I »), though a complement holds a body's
noun, the head ends as a person's noun does, or a capital makes it look like a name; the
indefinite « quelqu'un » can. Made-up phrases and texts."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize(
    "phrase",
    [
        "le cœur de la commune",  # « commune » is a body's noun, but only in the complement
        "son ampleur",  # « -eur » is a person's ending, « ampleur » no person
        "Acte I",  # a heading, capitalised
        "Quartier Nord",  # a part of a town, capitalised
        "la réflexion émane de l'un des riverains",
        "La multiplication",
    ],
)
def test_a_thing_headed_phrase_cannot_speak(phrase: str) -> None:
    assert not can_speak(phrase, load("fr"))


@pytest.mark.parametrize(
    "phrase",
    [
        "le porte-parole de la commune",  # the head is a person
        "Point",  # one capitalised word: an outlet's name cut short, not read as a head
        "le projet de loi de finances",  # a document: « projet » is no voiceless head
        "quelqu’un",  # an indefinite person
        "quelqu'un",
    ],
)
def test_a_person_a_document_or_someone_can_speak(phrase: str) -> None:
    assert can_speak(phrase, load("fr"))


def test_a_voiceless_head_gives_way_to_the_name_of_the_sentence() -> None:
    text = (
        "Le conseil municipal s'est réuni lundi soir. Acte I : Jacques Morin, le maire, "
        "prend la parole. « Je quitte mes fonctions à la fin du mois », commence-t-il."
    )
    assert [a.speaker for a in analyze(text, "fr").attributions] == ["Jacques Morin"]
