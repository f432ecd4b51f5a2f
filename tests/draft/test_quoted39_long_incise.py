"""A reporting clause written inside the quotation marks whose inverted subject is a long
noun phrase (quoted39, made-up sentences): « A, a expliqué le président de l'association des
commerçants du centre-ville de Rennes. B » is one quotation of that president, however many
words his title takes (the reader used to stop at eight and find nothing at all)."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

_SUBJECT = "le président de l’association des commerçants du centre-ville de Rennes"


@pytest.mark.parametrize("after", [". Nous ne lâcherons rien. »", ", et nous ne lâcherons rien. »"])
def test_a_long_inverted_subject_inside_the_marks_speaks(after: str) -> None:
    """The whole quotation is found, given to the long subject after the inserted verb."""
    lead = "Titre\n\nLa réunion a eu lieu lundi. « Nous attendons des réponses, a expliqué "
    text = f"{lead}{_SUBJECT}{after}"
    found = finding_holding(text, "Nous attendons")
    assert found.speaker == _SUBJECT
    assert "lâcherons rien" in text[found.content[0] : found.content[1]]


def test_a_verb_in_the_long_words_is_no_subject() -> None:
    """Words after the inserted verb that hold a finite verb of their own are no subject."""
    text = (
        "Titre\n\nLa réunion a eu lieu lundi. « Nous attendons des réponses, dit le président "
        "de l’association qui regroupe les commerçants du centre-ville. Nous resterons. »"
    )
    found = finding_holding(text, "Nous attendons")
    assert (
        found.speaker
        != "le président de l’association qui regroupe les commerçants du centre-ville"
    )
