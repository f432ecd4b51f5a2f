"""mend59b (made-up sentences): the faults review59a found in misses59's negated belief. The
« plus » of « estime de plus que » is no negation, so the belief's questions stay; a preposition
after « que » with no clause behind it is the restrictive « not only » (« ne pense pas qu'à… »);
a negated wish or belief in a supposition (« Si… », « Quand… ») is no one's stance."""

from __future__ import annotations

import json

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions


def found(text: str) -> list[tuple[str, str, str]]:
    """(content, speaker, kind) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker, a.kind) for a in analysis.attributions]


def _asked(text: str) -> str:
    """What the questions drafted on a French text state or offer, not their evidence."""
    questions = draft_questions(analyze(text, "fr"))
    asked = [{k: v for k, v in q.items() if k not in ("evidence", "items")} for q in questions]
    claims = [item["claim"] for q in questions for item in q.get("items", [])]  # type: ignore[attr-defined]
    return json.dumps([asked, claims], ensure_ascii=False)


@pytest.mark.parametrize("adverb", ["de plus", "en plus", "plus que tout"])
def test_a_belief_with_plus_in_it_is_still_asked_as_a_claim(adverb: str) -> None:
    text = (
        "Le marché couvert\n\nLa poissonnière Léa Morin estime "
        f"{adverb} que le marché couvert doit ouvrir le dimanche matin. Les travaux de la"
        " toiture sont prévus en octobre, selon la mairie.\n\n« Les clients attendent », a"
        " déclaré le président des commerçants Hugo Lenoir devant les adhérents."
    )
    assert "le marché couvert doit ouvrir le dimanche matin" in _asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "La joueuse Inès Garnier ne pense pas qu'à la victoire, elle aime aussi le jeu.",
        "Le pêcheur Yves Caron ne croit pas qu'en la météo, il compte sur sa patience.",
        "La directrice Sylvie Blanc ne pense pas qu'aux élèves du collège, elle pense aux parents.",
        "Le chef Louis Perrin ne pense pas que pour lui, il pense à toute son équipe.",
    ],
)
def test_not_only_after_a_negated_belief_reports_nothing(text: str) -> None:
    assert found(text) == []


def test_a_not_only_sentence_stays_a_whole_fact() -> None:
    text = "Le chef Louis Perrin ne pense pas que pour lui, il pense à toute son équipe."
    analysis = analyze(text, "fr")
    assert [analysis.passage(c.span) for c in analysis.unattributed] == [text]


def test_a_preposition_then_a_clause_is_still_wished_against() -> None:
    text = "La maire Sylvie Blanc ne veut pas qu'au conseil on vote sans débat."
    assert found(text) == [("au conseil on vote sans débat", "Sylvie Blanc", "indirect")]


@pytest.mark.parametrize(
    "text",
    [
        "Quand on ne croit pas que le bus passera, on prend sa voiture.",
        "Si la préfète ne pense pas que le pont tiendra, pourquoi l'a-t-elle rouvert ?",
        "Lorsque le club ne croit pas que la saison reprendra, il rend les licences.",
        "Quand on ne veut pas que le bus disparaisse, on le prend.",
    ],
)
def test_a_supposed_negated_belief_or_wish_reports_nothing(text: str) -> None:
    assert found(text) == []
