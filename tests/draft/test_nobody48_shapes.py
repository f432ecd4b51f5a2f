"""nobody48: a single capital letter, an area written « Grand X » and a participle phrase
before its agent (« Contacté par téléphone ») are no speaker; the person of the sentence said
it, or the inverted subject after the cue. Made-up texts, firing and not firing."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize(
    ("speaker", "speaks"),
    [
        ("D", False),
        ("Grand Morlaix", False),
        ("Grande Vallée", False),
        ("Interrogé par téléphone", False),
        ("Battue par trois voix", False),
        # not firing: a name, a title with a name, an area after an article
        ("M. Durand", True),
        ("Paul Grand", True),
        ("le Grand Morlaix", True),
        ("Claude Durand", True),
    ],
)
def test_no_one_shapes(speaker: str, speaks: bool) -> None:
    assert can_speak(speaker, load("fr")) is speaks


def test_inverted_subject_after_a_neuter_subject() -> None:
    text = (
        "Les boutiques ferment.\n\n"
        "Il y a peu de grandes surfaces, ce dont se félicitent les commerçants qui craignent "
        'de finir "comme à Vierzon, où le centre est mort" résume Léon Durand, antiquaire.'
    )
    speakers = {a.speaker for a in analyze(text, "fr").attributions}
    assert "Léon Durand" in speakers and "ce" not in speakers
