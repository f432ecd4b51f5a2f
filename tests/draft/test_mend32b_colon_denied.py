"""A colon after a negated verb of saying (mend32b, made-up sentences): « le maire n'a pas
répondu à cette question : « … » » says the mayor did not speak, so the quotation is not his,
with or without a connective opening the clause."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_BEFORE = (
    "Titre\n\nLe préfet Paul Durand a présenté le projet. « Les travaux commenceront en "
    "mars », a-t-il déclaré. "
)


@pytest.mark.parametrize(
    "lead",
    [
        "Mais le maire Jean Martin n'a pas répondu à cette question",
        "Le maire Jean Martin n'a pas répondu à cette question",
    ],
)
def test_a_denied_answer_is_not_the_subjects(lead: str) -> None:
    text = _BEFORE + f"{lead} : « Pourquoi attendre ? »"
    assert speaker_of(text, "Pourquoi attendre") != "Jean Martin"


def test_a_negated_idiom_of_frankness_still_speaks() -> None:
    text = _BEFORE + "Le maire Jean Martin n'a pas mâché ses mots : « Ce projet est absurde. »"
    assert speaker_of(text, "Ce projet est absurde") == "Jean Martin"
