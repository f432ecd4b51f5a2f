"""tidy39: what the tidying pass wrote once where it stood twice, checked on made-up sentences.

The described signature (rules/signatures/described.py) now reads its name after a role in
lower case with the one shape of a full name the signatures share (lone_name.full_name): a
particle inside the name (« Anne de Vries ») no longer stops it, as it did not for a name
signed alone."""

from __future__ import annotations

from tests.draft.readings import speaker_of

_ARTICLE = (
    "Titre\n\nLe club a perdu son terrain d'entraînement. « On repart de zéro », soupire "
    "Marc Olivier, un entraîneur.\n\n{signed}\n\nLa saison reprendra en septembre.\n"
)


def test_a_role_then_a_name_with_a_particle_signs_the_quotation() -> None:
    """« — trésorière Anne de Vries »: the signer, not the coach heard just before."""
    signed = "« Il faudra trouver un autre stade. » — trésorière Anne de Vries"
    assert speaker_of(_ARTICLE.format(signed=signed), "trouver un autre stade") == "Anne de Vries"


def test_a_role_then_a_plain_name_still_signs_it() -> None:
    signed = "« Il faudra trouver un autre stade. » — trésorière Anne Vasseur"
    assert speaker_of(_ARTICLE.format(signed=signed), "trouver un autre stade") == "Anne Vasseur"
