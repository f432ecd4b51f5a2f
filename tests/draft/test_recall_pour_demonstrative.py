"""« Pour ce dernier, … »: a demonstrative that takes up the person just met names who holds
the opinion, like « Pour lui, … » (recall10). A claim after « Selon X » or « Pour X » that goes on
with a colon and a quotation ends at the colon; the quotation is X's words on their own."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_kind as found

CLUB = "Le club accuse le maire, Henri Hasser. "


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Pour ce dernier", "Henri Hasser"),
        ("Pour celui-ci", "Henri Hasser"),
        ("Pour lui", "Henri Hasser"),
    ],
)
def test_pour_and_a_demonstrative_names_the_person_just_met(opening: str, speaker: str) -> None:
    text = CLUB + opening + ", tout n'est pas aussi simple."
    assert found(text)[-1] == ("tout n'est pas aussi simple", speaker, "according_to")


def test_a_feminine_demonstrative() -> None:
    text = "La ministre Anne Roux a reçu les syndicats. Pour cette dernière, la réforme est juste."
    assert found(text)[-1] == ("la réforme est juste", "Anne Roux", "according_to")


@pytest.mark.parametrize("cue", ["Pour ce dernier", "Selon lui", "D'après le maire"])
def test_the_claim_ends_at_a_colon_that_opens_a_quotation(cue: str) -> None:
    text = CLUB + cue + ", tout n'est pas aussi simple : « Le budget ne prévoit rien de plus. »"
    assert found(text)[1:] == [
        ("tout n'est pas aussi simple", "Henri Hasser", "according_to"),
        ("Le budget ne prévoit rien de plus.", "Henri Hasser", "direct"),
    ]


def test_a_stance_of_two_words_introduces_the_quotation() -> None:
    text = CLUB + "Pour lui, aucun doute : « Le budget ne prévoit rien de plus pour le club. »"
    assert [kind for _, _, kind in found(text)[1:]] == ["according_to"]


@pytest.mark.parametrize(
    "opening", ["Pour cette dernière étape", "Pour ces derniers mois", "Pour ce faire"]
)
def test_a_demonstrative_before_a_noun_or_a_verb_is_no_source(opening: str) -> None:
    assert found(CLUB + opening + ", les travaux sont prévus en mai.")[1:] == []
