"""mend43d (review of ui43): a possessive apposition (« Son chef de file, Marc Dubreuil ») is
given the sentence before as its owner, cut by the drafter's own sentence splitter (« M. »
ends no sentence), and kept apart from the phrase: only the phrase is read for the speaker's
office, only the owner for the group."""

from __future__ import annotations

from quizapp.draft.drafting.unfit_options import (
    Apposed,
    appositions,
    body_and_head,
    group_and_voice,
)
from quizapp.draft.words.lexicon import load

FR = load("fr")


def _apposed(text: str, name: str) -> list[Apposed]:
    at = text.index(name)
    return appositions(text, (at, at + len(name)), FR)


def test_an_abbreviation_ends_no_owner_sentence() -> None:
    text = (
        "L'opposition municipale reproche à M. Roux et à M. Dubreuil un chantier mal préparé. "
        "Son chef de file, Marc Vidal, réclame une piscine provisoire."
    )
    found = _apposed(text, "Marc Vidal")[0]
    assert found.phrase == "chef de file"
    assert found.owner.startswith("L'opposition municipale reproche à M. Roux")
    assert group_and_voice(["L'opposition municipale"], ["Marc Vidal", found], FR)


def test_the_owner_is_only_the_sentence_before() -> None:
    text = "Le club ferme. Le maire a signé l'arrêté. Son adjoint, Marc Roux, s'y oppose."
    assert _apposed(text, "Marc Roux")[0].owner == "Le maire a signé l'arrêté."


def test_an_office_named_in_the_owner_is_not_the_speakers() -> None:
    text = "Le maire a signé l'arrêté. Son adjoint, Marc Roux, s'y oppose."
    person = ["Marc Roux", *_apposed(text, "Marc Roux")]
    assert not body_and_head(["La mairie"], person, FR)
    assert body_and_head(["La mairie"], ["Paul Girard", Apposed("le maire")], FR)
