"""An indefinite subject with an apposition opening the sentence before an « il » / « elle »
nothing else takes up (review of speakers31, made-up sentences): « Une jeune femme, habitante
du quartier, frappe à la porte. « … », s'enquiert-elle. » The comma after « Une jeune femme »
closes no setting: the article opens the subject, as a definite one does."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Une jeune femme, habitante du quartier, frappe à la porte. « Vous êtes là ? », "
         "s'enquiert-elle.", "Vous êtes là", "Une jeune femme"),
        ("Un agriculteur, installé depuis vingt ans, inspecte ses champs. « Tout est sec », "
         "constate-t-il.", "Tout est sec", "Un agriculteur"),
    ],
)  # fmt: skip
def test_an_indefinite_subject_with_an_apposition_speaks(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(f"Titre\n\n{text}", content) == speaker


def test_a_setting_before_an_indefinite_subject_is_still_passed() -> None:
    """Counter-case, the same on both codes: « Lundi, » is a setting."""
    text = "Titre\n\nLundi, une habitante attend le bus. « Il ne passe jamais », soupire-t-elle."
    assert speaker_of(text, "Il ne passe jamais") == "une habitante"
