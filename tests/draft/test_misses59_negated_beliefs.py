"""misses59 (made-up sentences): a negated verb of belief before its « que » clause (« ne croit
pas que… », « n'imaginait pas que… », « n'a jamais pensé que… ») tells the subject's stance, a
belief that the clause is not so, as « croit que » does; the negation moves to the clause. The
guards: a negated verb of saying still says nothing, no one believing has no speaker, the
restrictive « ne pense qu'à », a negated belief before an infinitive, one inside a clause another
verb reports, and a question never states the clause as the speaker's claim."""

from __future__ import annotations

import json

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions


def found(text: str) -> list[tuple[str, str, str]]:
    """(content, speaker, kind) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker, a.kind) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Le boulanger Marc Petit ne croit pas que la nouvelle halle attire les clients.",
            "la nouvelle halle attire les clients",
            "Marc Petit",
        ),
        (
            "En arrivant au village, Julie Martin n'imaginait pas qu'un silo serait bâti là.",
            "un silo serait bâti là",
            "Julie Martin",
        ),
        (
            "La conseillère Anne Roux n'a jamais pensé que la piscine rouvrirait cet été.",
            "la piscine rouvrirait cet été",
            "Anne Roux",
        ),
        (
            "Les commerçants du marché ne croient plus que le parking sera agrandi.",
            "le parking sera agrandi",
            "Les commerçants du marché",
        ),
    ],
)
def test_a_negated_belief_reports_its_clause(text: str, content: str, speaker: str) -> None:
    assert found(text) == [(content, speaker, "indirect")]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire Paul Girard n'a pas dit que la salle serait louée aux associations.",
        "Personne ne croit que la salle sera louée aux associations.",
        "Le maire Paul Girard ne pense qu'à la salle des fêtes du bourg.",
        "Le maire Paul Girard ne pense pas rester à la tête de la commune.",
    ],
)
def test_no_clause_believed_against_reports_nothing(text: str) -> None:
    assert found(text) == []


def test_a_negated_belief_inside_a_reported_clause_is_the_outer_cue_s() -> None:
    text = "Le maire Paul Morel a affirmé qu'il ne croyait pas que la gare fermerait en mai."
    assert found(text) == [
        ("il ne croyait pas que la gare fermerait en mai", "Paul Morel", "indirect")
    ]


def test_a_negated_belief_is_never_the_speaker_s_claim_in_a_question() -> None:
    text = (
        "La médiathèque rouvre\n\nLe libraire Marc Petit ne croit pas que la médiathèque"
        " rouvrira avant l'hiver. Les rayonnages neufs seront livrés en novembre, d'après"
        " l'intercommunalité.\n\n« Les lecteurs patientent », a confié la bibliothécaire Lucie"
        " Fabre à la sortie de la réunion publique."
    )
    analysis = analyze(text, "fr")
    assert any(
        analysis.passage(a.content).startswith("la médiathèque") for a in analysis.attributions
    )
    questions = draft_questions(analysis)
    asked = [{k: v for k, v in q.items() if k not in ("evidence", "items")} for q in questions]
    claims = [item["claim"] for q in questions for item in q.get("items", [])]  # type: ignore[attr-defined]
    text_asked = json.dumps([asked, claims], ensure_ascii=False)
    assert "la médiathèque rouvrira" not in text_asked
    assert "Marc Petit" in text_asked
