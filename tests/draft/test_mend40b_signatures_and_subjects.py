"""Guards for the round-40 review (made-up sentences, mend40b): a plain sentence of narration
ending « - Full Name » or « — le maire de X » is nobody's words unless a first person speaks
in it or a role follows the name (recall40's pull quote was meant for a signer with a role),
and a stressed pronoun set off by commas after a name (« Marie Durand, elle, est
catégorique : ») leaves the name alone as the source (colon40)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import sources

_BEFORE = "Le tournoi régional a réuni seize clubs samedi.\n\n"
_AFTER = "\n\nLa remise des prix a eu lieu en soirée."


def _speakers(paragraph: str) -> list[str]:
    return [a.speaker for a in analyze(_BEFORE + paragraph + _AFTER, "fr").attributions]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a bare full name after the dash, no first person: narration, not a pull quote
        "Les équipes se sont affrontées toute la journée sous un soleil de plomb - Paul Roy",
        # a described signer after a spaced dash, no first person
        "La séance a été suspendue pendant une heure après une coupure de courant - la "
        "mairie de Vue",
        "Le budget a été adopté par vingt voix contre trois après un long débat — le maire de Vue",
    ],
)
def test_narration_before_a_dash_is_nobodys_words(paragraph: str) -> None:
    assert _speakers(paragraph) == []


def test_a_bare_name_still_signs_words_in_the_first_person() -> None:
    """Counter-case: the first person makes the words the signer's."""
    paragraph = "Nous avons joué toute la journée sous un soleil de plomb - Paul Roy"
    assert _speakers(paragraph) == ["Paul Roy"]


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        (
            "Sophie Martin veut fermer l'école. Marie Durand, elle, est catégorique : « Nous "
            "ne laisserons pas partir nos enfants à vingt kilomètres. »",
            "fr",
            "Marie Durand",
        ),
        (
            "Tom Hill spoke first. Jane Roe, she was clear: the school must stay open for "
            "every family in the valley.",
            "en",
            "Jane Roe",
        ),
    ],
)
def test_a_stressed_pronoun_leaves_the_name_as_source(
    text: str, language: str, source: str
) -> None:
    assert sources(text, language)[-1] == source
