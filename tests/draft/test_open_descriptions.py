"""Descriptions that take up a named person (made-up sentences): any noun written next to a
name, set off by commas after it (« X, fromagère à Gex, », "X, a glazier in Hull,") or just
before it (« la fromagère X »), is that person's for the article; a later « la fromagère »,
« cette fromagère » or "the glazier" is that person again, if the genders agree and no other
person met was given the same noun."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str, language: str) -> list[str]:
    return [a.speaker for a in analyze(text, language).attributions]


_CLAIM_FR = " affirme que le marché couvert fermera en janvier."
_CLAIM_EN = " said that the covered market would close in January."


def test_a_french_apposition_noun_is_taken_up_by_a_definite_description() -> None:
    text = "Odile Ferrand, fromagère à Gex, a ouvert sa boutique. La fromagère" + _CLAIM_FR
    assert _speakers(text, "fr") == ["Odile Ferrand"]


def test_an_age_before_the_noun_and_a_demonstrative_or_a_complement_later() -> None:
    opened = "Odile Ferrand, 61 ans, vannière à Gex, a ouvert sa boutique. "
    assert _speakers(opened + "Cette vannière" + _CLAIM_FR, "fr") == ["Odile Ferrand"]
    assert _speakers(opened + "La vannière de Gex" + _CLAIM_FR, "fr") == ["Odile Ferrand"]


def test_counter_the_masculine_form_of_her_noun_is_another_person() -> None:
    """« fromager » and « fromagère » are one noun, of two genders: a man is meant."""
    text = "Odile Ferrand, fromagère à Gex, a ouvert sa boutique. Le fromager" + _CLAIM_FR
    assert _speakers(text, "fr") == ["Le fromager"]


def test_a_noun_just_before_the_name() -> None:
    text = "La fromagère Odile Ferrand a ouvert sa boutique. La fromagère" + _CLAIM_FR
    assert _speakers(text, "fr") == ["Odile Ferrand"]


def test_counter_a_feminine_description_never_takes_up_a_man() -> None:
    text = "Paul Ferrand, fromager à Gex, a ouvert sa boutique. La fromagère" + _CLAIM_FR
    assert _speakers(text, "fr") == ["La fromagère"]


def test_counter_two_people_with_the_same_noun_leave_the_description_alone() -> None:
    text = (
        "Odile Ferrand, fromagère à Gex, a reçu Inès Morel, fromagère à Nantua. "
        "La fromagère" + _CLAIM_FR
    )
    assert _speakers(text, "fr") == ["La fromagère"]


def test_counter_an_age_a_pronoun_or_a_participle_is_no_description() -> None:
    between = "Le marché est ouvert le mardi. "  # (speakers9: a trade opening the sentence
    # right after the one that named her is hers, anaphora/descriptions/just_named.py;
    # speakers16: so is one after the one woman named just before, speakers/redescribed.py;
    # not tested here, hence a second woman named beside her)
    for aside in ("61 ans", "elle", "interrogée par la radio"):
        lead = f"Odile Ferrand, {aside}, a ouvert sa boutique près de celle de Claire Dumas. "
        text = f"{lead}{between}La fromagère" + _CLAIM_FR
        assert _speakers(text, "fr") == ["La fromagère"], aside


def test_counter_a_noun_no_named_person_held() -> None:
    text = "Odile Ferrand, fromagère à Gex, a ouvert sa boutique. La vannière" + _CLAIM_FR
    assert _speakers(text, "fr") == ["La vannière"]


def test_an_english_apposition_noun_is_taken_up_by_the_description() -> None:
    text = "Ruth Penhale, a glazier in Hull, opened her shop. The glazier" + _CLAIM_EN
    assert _speakers(text, "en") == ["Ruth Penhale"]
    text = "Ruth Penhale, 61, the town's glazier, opened her shop. The glazier" + _CLAIM_EN
    assert _speakers(text, "en") == ["Ruth Penhale"]


def test_counter_english_adjectives_relatives_and_two_holders() -> None:
    for aside in ("furious", "who runs a glass shop", "interviewed by the radio"):
        text = f"Ruth Penhale, {aside}, opened her shop. The glazier" + _CLAIM_EN
        assert _speakers(text, "en") == ["The glazier"], aside
    text = (
        "Ruth Penhale, a glazier in Hull, met Jo Reed, a glazier in York. The glazier" + _CLAIM_EN
    )
    assert _speakers(text, "en") == ["The glazier"]
