"""Pointing back to the sentence before (blocks37), mended after review (mend37c), on
made-up sentences: a noun that also names a place or a sight gives no speaker to a thing
(« la position du Soleil », "the view from the top"); a modal, a wish, a refusal or a
negation in the verb group says nothing was said (« aurait dû dire », "should have said");
the verb right after « ce que » is read by detect/inverted.py alone, which ends the speaker
before a complement (« auprès de nos confrères »)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (text[a.content[0] : a.content[1]], a.speaker) for a in analyze(text, language).attributions
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le phare domine la baie de vingt mètres. C'est la vue du sommet.", "fr"),
        ("Les marées changeront en mars. C'est la position de la Lune en mars.", "fr"),
        ("The lighthouse stands on a rock. This is the view from the lantern room.", "en"),
        ("The lake froze over in a night. That was the view from the pier.", "en"),
        ("The van lay in the ditch. This was the position of the van when firemen came.", "en"),
    ],
)
def test_a_place_or_a_thing_is_no_speaker(text: str, language: str) -> None:
    assert _found(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le pont fermera en mai. C'est ce que le préfet aurait dû dire.", "fr"),
        ("Le pont fermera en mai. C'est ce que le préfet refuse d'admettre.", "fr"),
        ("Le pont fermera en mai. Voilà ce que le préfet aurait voulu annoncer.", "fr"),
        ("The bridge will close in May. That is what the governor should have said.", "en"),
        ("The bridge will close in May. That is what the governor refused to admit.", "en"),
    ],
)
def test_a_modal_or_a_refusal_says_nothing(text: str, language: str) -> None:
    assert _found(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Le pont fermera en mai. Telle est la position du préfet.", "fr", "préfet"),
        ("Le pont fermera en mai. Voilà ce que le préfet a déclaré hier.", "fr", "le préfet"),
        ("The bridge will close in May. That was the view of the governor.", "en", "the governor"),
        ("The bridge will close in May. That is what the governor said.", "en", "the governor"),
    ],
)
def test_a_speaker_still_speaks(text: str, language: str, speaker: str) -> None:
    assert [s for _, s in _found(text, language)] == [speaker]


def test_the_inverted_speaker_ends_before_a_complement() -> None:
    text = "Le pont fermera en mai. C'est ce qu'a confié le préfet auprès de nos confrères."
    assert _found(text, "fr") == [("Le pont fermera en mai", "le préfet")]
