"""« pour dire », « pour demander » after the subject's act (speakers31, made-up sentences):
« Un membre du bureau a pris la parole pour dire que… », « Les riverains ne manquent pas
d'arguments pour dire à quel point… »: the subject of the sentence says it, not the person
heard last. An impersonal frame (« il est trop tôt pour dire ») still names no one."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_BEFORE = (
    "Titre\n\nLe maire Paul Verdier a défendu le projet. « C'est une chance pour la ville », "
    "a-t-il déclaré.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Un membre du bureau a pris la parole pour dire que le budget était faux.",
         "le budget était faux", "Un membre du bureau"),
        ("Les riverains ne manquent pas d'arguments pour dire à quel point ils tiennent au parc.",
         "à quel point", "Les riverains"),
        ("Les commerçants ont lancé une pétition pour demander la fin des travaux.",
         "la fin des travaux", "Les commerçants"),
    ],
)  # fmt: skip
def test_the_subject_says_what_its_purpose_says(sentence: str, content: str, speaker: str) -> None:
    assert speaker_of(_BEFORE + sentence, content) == speaker


def test_an_impersonal_frame_names_no_one() -> None:
    """Counter-case: « il est trop tôt pour dire » is nobody's statement (impersonal_purpose)."""
    text = _BEFORE + "Il est encore trop tôt pour dire si le projet sera retenu."
    assert speaker_of(text, "le projet sera retenu") == ""
