"""nobody51: a sentence-opening setting with a contracted article (« Face aux critiques »,
« Grâce aux subventions », « Suite aux critiques ») or a plural discourse filler (« De leur
côté », « Pour leur part ») is no subject: the participle's speaker is the noun phrase after
it. Made-up texts, firing and not firing."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_SENTENCE = (
    "La réforme est contestée. {opening}, {subject} a défendu son texte, affirmant que {said}."
)


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


@pytest.mark.parametrize(
    "opening",
    [
        "Face aux critiques",
        "Face au tollé",
        "Grâce aux subventions",
        "Suite aux critiques",
        "Faute de moyens",
        # read before nobody51 too (« Durant » by its -ant ending), kept
        "Durant la séance",
        "Pour leur part",
        "Face à ces critiques",
        "Après la séance",
    ],
)
def test_setting_before_the_subject(opening: str) -> None:
    text = _SENTENCE.format(opening=opening, subject="le ministre", said="la situation était grave")
    assert _speakers(text) == ["le ministre"]


@pytest.mark.parametrize("filler", ["De leur côté", "Pour leur part", "À leur tour", "Quant à eux"])
def test_plural_filler_before_the_subject(filler: str) -> None:
    text = (
        "Le maire a refusé le projet. "
        f"{filler}, les professionnels justifient leur choix dans une lettre adressée à Jean "
        'Durand, rappelant que la localisation est "pensée pour toutes les communes".'
    )
    assert _speakers(text) == ["les professionnels"]


def test_a_name_opening_the_sentence_is_kept() -> None:
    """« Durant » in a person's name is no setting (« durant » is listed as an opener)."""
    text = "La réforme est contestée. Paul Durant a défendu son texte, affirmant que c'est juste."
    assert _speakers(text) == ["Paul Durant"]
