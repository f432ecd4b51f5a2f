"""A noun qualified by the participle of a stance, with its agent (« une victoire vivement
contestée par l'opposition »): the agent takes that stance on the noun phrase, as with « être ».
Made-up cases and the counter-cases that must stay silent."""

from __future__ import annotations

from quizapp.draft import analyze
from tests.draft.readings import content_speaker_label as found


def test_a_contested_noun_is_contested_by_the_agent_adverb_skipped() -> None:
    text = "Le président a prêté serment malgré une élection vivement contestée par l'opposition."
    assert found(text) == [("une élection", "l'opposition", "vague")]


def test_a_claimed_attack_ends_its_agent_before_the_main_verb() -> None:
    text = "Une attaque revendiquée par le groupe Etat islamique a fait dix morts."
    analysis = analyze(text, "fr")
    assert [
        (analysis.passage(a.content), analysis.passage(a.source)) for a in analysis.attributions
    ] == [("Une attaque", "le groupe Etat islamique")]


def test_a_noun_with_a_participle_that_is_no_stance_stays_a_noun() -> None:
    assert found("Les chiffres annoncés par le ministère sont en baisse.") == []


def test_an_agent_that_is_no_speaker_or_a_manner_stays_silent() -> None:
    assert found("Ce droit est un droit reconnu par la loi.") == []
    assert found("Une information démentie par téléphone hier.") == []
