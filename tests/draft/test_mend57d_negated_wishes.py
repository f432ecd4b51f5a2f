"""mend57d (made-up sentences): misses57's negated wish (« ne veut pas que… ») reports its clause
only when the « que » opens a clause and the negation is the wish's own. The restrictive « ne …
que » (« only »), a subject that says no one, a relative, a « que » closed earlier in the sentence,
and the questions drafted on a negated wish."""

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
    "text",
    [
        "Paul Roche ne veut que la paix.",
        "Le maire Paul Roche ne souhaite que le bien de la commune.",
        "Le maire Paul Roche ne veut plus que des légumes bio à la cantine.",
        "Le maire Paul Roche ne veut pas que des légumes à la cantine, il veut aussi de la viande.",
        "Le maire Paul Roche ne veut pas que ça.",
        "Le maire Paul Roche ne veut pas plus que les autres payer la taxe.",
    ],
)
def test_the_restrictive_que_is_no_wish(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Personne ne veut que la gare ferme.",
        "Aucun élu ne veut plus que la gare ferme.",
        "Nul ne souhaite pas que la guerre reprenne.",
    ],
)
def test_no_one_wishing_has_no_speaker(text: str) -> None:
    assert found(text) == []


def test_a_negative_subject_of_an_earlier_clause_leaves_the_wish_its_own() -> None:
    text = (
        "Personne ne conteste son travail au conseil mais certains ne veulent pas que la"
        " commune vende la forêt."
    )
    assert found(text) == [("la commune vende la forêt", "certains", "indirect")]


def test_a_relative_s_negated_wish_reads_as_its_positive_form() -> None:
    negated = "Paul Roche, qui ne veut pas que la commune disparaisse, a écrit au préfet."
    positive = "Paul Roche, qui veut que la commune survive, a écrit au préfet."
    assert found(negated) == found(positive) == []


def test_a_que_closed_before_the_wish_leaves_it_reported() -> None:
    text = "Alors que la ville grandit, le maire Jean Dufour ne veut pas que la gare ferme."
    assert found(text) == [("la gare ferme", "Jean Dufour", "indirect")]


def _asked(questions: list[dict[str, object]]) -> str:
    """What the questions state or offer, not the evidence quoted from the article."""
    asked = [{k: v for k, v in q.items() if k not in ("evidence", "items")} for q in questions]
    claims = [item["claim"] for q in questions for item in q.get("items", [])]  # type: ignore[attr-defined]
    return json.dumps([asked, claims], ensure_ascii=False)


def test_a_negated_wish_is_never_the_speaker_s_claim_in_a_question() -> None:
    text = (
        "Travaux du pont\n\nLa préfète Anne Roux ne souhaite pas que les travaux durent plus de"
        " deux ans. Le chantier du pont doit commencer en mars, selon la mairie.\n\n« Nous serons"
        " prêts », a déclaré le maire Paul Girard devant le conseil municipal réuni lundi."
    )
    analysis = analyze(text, "fr")
    assert any(analysis.passage(a.content).startswith("les travaux") for a in analysis.attributions)
    asked = _asked(draft_questions(analysis))
    assert "les travaux durent" not in asked
    assert "Anne Roux" in asked  # her label is still asked


def test_a_negated_wish_s_sentence_is_not_offered_as_the_outlet_s_own() -> None:
    text = (
        "La forêt communale\n\nPersonne ne conteste son travail au conseil mais certains ne"
        " veulent pas que la commune vende la forêt. Le maire Paul Girard a annoncé lundi que la"
        " vente serait votée en mars.\n\n« Rien n'est décidé », a déclaré la conseillère Anne"
        " Roux devant les habitants réunis à la salle des fêtes."
    )
    assert "vende la forêt" not in _asked(draft_questions(analyze(text, "fr")))
