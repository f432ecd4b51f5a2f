"""Who a French attribution resolves to (speakers19, made-up sentences): an adverb and a
participle set off between a subject and its verb, a quantifier before a colon, a headline's
name in a complement followed by a clause of its own."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label, speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Les parents, fortement inquiets pour la rentrée, soulignent le manque de places.",
        "Les parents, particulièrement mobilisés depuis juin, dénoncent le manque de places.",
        "Les parents, visiblement remontés contre la mairie, affirment que rien n'a changé.",
        "Les parents, très largement consultés par le rectorat, estiment que rien n'a changé.",
    ],
)
def test_an_adverb_and_a_participle_are_no_subject(sentence: str) -> None:
    assert speakers(sentence) == ["Les parents"]


def test_an_apposition_without_adverb_still_reads_its_name() -> None:
    """Counter-case: a name before a bare apposition speaks with it, as before."""
    sentence = "Paul Martin, adjoint chargé des écoles, souligne le manque de places."
    assert speakers(sentence) == ["Paul Martin"]


_BEFORE = "Marc Giraud est agriculteur à Nérac. « Nous étions dans le flou », explique-t-il. "


@pytest.mark.parametrize(
    "quantity",
    [
        "Peu ont néanmoins choisi de semer cette année",
        "Beaucoup ont renoncé à semer cette année",
        "Trop ont déjà renoncé à semer",
    ],
)
def test_a_quantifier_before_a_colon_is_no_speaker(quantity: str) -> None:
    text = _BEFORE + quantity + " : « Au marché, il reste trois producteurs sur trente. »"
    found = content_speaker_label(text)
    assert found[-1][1] == "Marc Giraud"


def test_a_named_subject_before_a_colon_still_speaks() -> None:
    """Counter-case: a person opening the sentence before the colon says the quotation."""
    text = _BEFORE + "Julie Perrin est formelle : « Au marché, il reste trois producteurs. »"
    assert content_speaker_label(text)[-1][1] == "Julie Perrin"


@pytest.mark.parametrize(
    "headline",
    [
        "Après l'accident du Cantal, un maire prend un arrêté",
        "Après le drame de Lyon, un maire interdit la chasse",
        "Depuis la crue de la Loire, un maire ferme les berges",
    ],
)
def test_a_headline_clause_gives_no_title_to_a_place(headline: str) -> None:
    """« du Cantal, un maire prend… » in a headline: « un maire » opens a clause of its own,
    it is no title of « Cantal », so a later « Le maire » is not the place."""
    text = headline + "\n\nLe maire assure avoir pris cet arrêté avec son équipe."
    assert speakers(text) == ["Le maire"]


def test_a_closed_apposition_after_a_complement_is_still_a_title() -> None:
    """Counter-case: « la fille de Paul Durand, maire de Lherm, » writes his title."""
    text = (
        "La fille de Paul Durand, maire de Lherm, a été élue.\n\n"
        "Le maire assure être fier de sa fille."
    )
    assert speakers(text) == ["Paul Durand"]
