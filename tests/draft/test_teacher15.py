"""teacher15's walk-through as a French teacher (a congress of mayors, two speakers): what the
drafted questions asked that a student could not answer, or that read as no sentence."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.clauses import is_clause
from quizapp.draft.drafting.questions import draft_questions

CONGRESS = (
    "Les maires en colère\n\n"
    "Paul Durand et Anne Morel ont ouvert le congrès jeudi. « Nous sommes à bout », a lancé "
    "Anne Morel.\n\n"
    "Dénonçant le projet du ministère d’imposer aux communes une « année blanche », Paul "
    "Durand a estimé que ces coupes risquent de conduire à « un effondrement des "
    "investissements ». Il a dit son inquiétude sur l’avenir du programme, dont les contrats "
    "se terminent l’an prochain.\n\n"
    "Le préfet a salué « un dialogue franc ». Selon la préfecture, les dotations seront "
    "maintenues."
)


@pytest.mark.parametrize(
    "piece",
    [
        "son inquiétude sur l’avenir du programme, dont les contrats se terminent l’an prochain",
        "sa colère contre le budget, qui prévoit des coupes",
        "et certains éléments du lait se retrouvent dénaturés",
        "l'alimentation et la santé animale",
    ],
)
def test_a_noun_phrase_with_a_relative_or_the_rest_of_a_sentence_is_no_clause(piece: str) -> None:
    """« Antoine Homé a dit son inquiétude sur l'avenir du programme, dont les contrats se
    terminent… » became « c'est Antoine Homé qui affirme que son inquiétude sur … »: the
    only verb was the relative's, set off by its comma."""
    assert not is_clause(piece, "fr", sentence=False)


@pytest.mark.parametrize(
    ("clause", "language"),
    [
        ("le maire, qui est en poste depuis 2008, a démissionné", "fr"),
        ("ces ponctions qui ne disent pas leur nom risquent de coûter cher", "fr"),
        ("il l'a dit hier", "fr"),
        ("the council, which met on Monday, will vote again", "en"),
    ],
)
def test_a_clause_with_a_relative_is_still_a_clause(clause: str, language: str) -> None:
    assert is_clause(clause, language, sentence=False)


def test_a_partial_quotation_inside_a_noun_phrase_is_not_asked_as_a_statement() -> None:
    """« Dénonçant le projet … une « année blanche », Paul Durand … » holds a partial
    quotation, but « qui affirme que le projet du ministère d'imposer … » is no sentence."""
    prompts = [q["prompt"] for q in draft_questions(analyze(CONGRESS, "fr"))]
    assert prompts
    assert not [p for p in prompts if "que le projet du ministère" in p], prompts
    assert not [p for p in prompts if "que son inquiétude" in p], prompts


def test_a_paragraph_opening_on_a_quotation_mark_is_named_without_an_empty_quotation() -> None:
    """« « Le préfet a salué “”… » : d'où vient… »: the paragraph's first five words ended on
    the mark that opens a quotation, shown as an empty pair."""
    prompts = [q["prompt"] for q in draft_questions(analyze(CONGRESS, "fr"))]
    assert not [p for p in prompts if "“”" in p], prompts
