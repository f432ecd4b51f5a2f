"""A quotation opening its paragraph alone, with no cue, after someone was heard, and a next
sentence whose subject is a named person (made-up sentences): that person said it, as the
narration names them right after their words. A pronoun, a description or a name out of
subject place in the next sentence leave the quotation to the last speaker (cueless29)."""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers

_HEARD = (
    "Le maire Paul Dubreuil a annoncé des restrictions. « Nous allons couper l'eau des "
    "piscines », a-t-il déclaré.\n\n« On ne peut plus arroser nos champs depuis un mois. » "
)


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("Hervé Lamarque, maraîcher à Lunel, se défend de gaspiller l'eau.", "Hervé Lamarque"),
        ("Marion Texier regarde ses serres vides depuis la route.", "Marion Texier"),
    ],
)
def test_the_named_subject_after_the_quotation_said_it(after: str, speaker: str) -> None:
    found = speakers(_HEARD + after)
    assert found[-1] == speaker


@pytest.mark.parametrize(
    "after",
    [
        "Il rappelle que les nappes sont au plus bas.",
        "La sécheresse inquiète Hervé Lamarque depuis le printemps.",
        "Le maraîcher se défend de gaspiller l'eau.",
    ],
)
def test_no_named_subject_after_it_leaves_the_last_speaker(after: str) -> None:
    assert speakers(_HEARD + after)[-1] == "Paul Dubreuil"


def test_english_reads_the_same() -> None:
    text = (
        "Mayor Paul Dubreuil announced restrictions. “We will cut water to pools,” he said.\n\n"
        "“We have not been able to water our fields for a month.” Tom Becker, a grower, "
        "denies wasting water."
    )
    assert speakers(text, "en")[-1] == "Tom Becker"
