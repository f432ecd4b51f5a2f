"""mend55b (review55a of recall55, made-up sentences): an invitation to an event is no call
to a conduct; a thing that invites or praises is no one speaking; « (selon X) » where X
cannot speak means "following"; « se vanter » with only the people told has no content."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    "text",
    [
        "La maire Lise Caron invite les habitants au rassemblement prévu dimanche sur la place.",
        "Le président Hugo Vidal invite les parents à la concertation organisée mardi au collège.",
        "L'association invite ses membres à la mobilisation générale de lundi au gymnase.",
    ],
)
def test_an_invitation_to_an_event_is_no_call(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ce dossier invite les conseillers à la prudence sur les budgets à venir.",
        "La brochure vante les qualités du nouveau quartier.",
    ],
)
def test_a_thing_that_invites_or_praises_says_nothing(text: str) -> None:
    assert found(text) == []


def test_a_bracketed_selon_that_means_following_vouches_for_nothing() -> None:
    assert found("La soupe (selon l'usage) se mange froide en été.") == []


def test_boasting_to_friends_alone_says_nothing() -> None:
    assert found("L'adjoint Luc Moreau s'est vanté auprès de ses voisins.") == []


def test_an_invited_conduct_and_a_body_praising_still_report() -> None:
    said = found("Le syndicat invite ses adhérents à la prudence pendant les travaux.")
    assert said == [("ses adhérents à la prudence pendant les travaux", "Le syndicat")]
    praise = found("La maire Lise Caron a vanté les atouts du marché couvert.")
    assert praise == [("les atouts du marché couvert", "Lise Caron")]
