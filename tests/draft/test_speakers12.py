"""Speakers of French attributions (speakers12 pass, issue 15): a subject pronoun with an
object pronoun before its verb, and the constructions below. Made-up sentences, several forms
each, and counter-cases."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_CLITIC = [
    (
        "Marie Lenoir est assise devant son étal. Elle nous confie que la situation est intenable.",
        "la situation est intenable",
        "Marie Lenoir",
    ),
    (
        "Paul Girard tient la boulangerie du village. Il nous a expliqué que les prix avaient "
        "doublé.",
        "les prix avaient doublé",
        "Paul Girard",
    ),
    (
        "Sophie Martin attend le bus. Elle m'a dit que le service était supprimé.",
        "le service était supprimé",
        "Sophie Martin",
    ),
    (
        "Luc Berthier garde ses chèvres. Il vous dira que la sécheresse dure depuis mai.",
        "la sécheresse dure",
        "Luc Berthier",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _CLITIC)
def test_an_object_pronoun_before_the_verb_is_no_part_of_the_speaker(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("L'un d'entre nous affirme que la situation est intenable.", "la situation", "nous"),
        ("Chacun de nous estime que les prix avaient doublé.", "les prix", "nous"),
    ],
)
def test_a_pronoun_after_a_preposition_stays_in_the_speaker(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content).endswith(speaker)
