"""Questions on the findings kinds49 made direct (mend49b, review49 finding 4; made-up
sentences). A quotation of three words or fewer is asked only when it is a clause (« très
heureux », « une dérive » are words the narration borrows); a document printing quoted words
is not their speaker, so the question on them still answers with who speaks through it; a
finding's evidence shows both marks of its quotation or neither."""

from __future__ import annotations

from typing import Any

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions

_MORE = (
    " La mairie a annoncé que les travaux de la place commenceront au printemps prochain."
    " Les commerçants estiment que le chantier va durer bien trop longtemps."
    " « Nous avons besoin de visibilité pour nos clients », a expliqué Marc Lenoir."
)


def _questions(text: str) -> list[dict[str, Any]]:
    return draft_questions(analyze(text, "fr"))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le maire Paul Roy se dit « très heureux ».", "très heureux"),
        ("La députée Anne Vidal dénonce « une dérive ».", "une dérive"),
        ("Le candidat Jean Morel évoque « un mandat raté ».", "un mandat raté"),
    ],
)
def test_a_short_borrowed_quotation_is_not_asked(text: str, words: str) -> None:
    prompts = [q["prompt"] for q in _questions(text + _MORE)]
    assert not any(words in p for p in prompts), prompts


def test_a_short_quoted_clause_is_still_asked() -> None:
    prompts = [q["prompt"] for q in _questions("« C'est une honte », a dit Paul Roy." + _MORE)]
    assert any("C’est une honte" in p or "C'est une honte" in p for p in prompts), prompts


def _answers(question: dict[str, Any]) -> list[str]:
    """What a question takes as right: a locate's passages, a choice's right option."""
    options = [o["text"] for o in question.get("options", []) if o.get("correct")]
    return options + list(question.get("answer") or []) if question["type"] != "true_false" else []


def test_a_document_is_not_the_speaker_of_quoted_words() -> None:
    text = (
        "Le texte prévoit « un contrôle renforcé », selon le ministère. La mesure entrera en"
        " vigueur le 1er janvier, a précisé la ministre Anne Martin."
    )
    asked = [q for q in _questions(text) if "contrôle renforcé" in q["prompt"]]
    answers = [a for q in asked for a in _answers(q)]
    assert answers and all("ministère" in a for a in answers), answers


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            "Le ministre Paul Roy a affirmé que « la réforme sera appliquée dès janvier ».",
            "Le ministre Paul Roy a affirmé que « la réforme sera appliquée dès janvier »",
        ),
        (
            "« La réforme sera appliquée dès janvier », a déclaré Paul Roy.",
            "« La réforme sera appliquée dès janvier », a déclaré Paul Roy",
        ),
    ],
)
def test_evidence_shows_both_marks_of_its_quotation(text: str, evidence: str) -> None:
    passages = {e for q in _questions(text + _MORE) for e in q.get("evidence", [])}
    assert evidence in passages, passages
