"""tidy27: one reader of a French gerund for the three places that cut a subject before one,
its words read from the lexicons. The readings stay what they were (findings and drafted
questions identical on the corpus); these made-up phrases hold the reader to them."""

from __future__ import annotations

import pytest

from quizapp.draft.text.sentence.gerunds import before_gerund, gerund_among, gerund_in
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("la directrice en riant", "la directrice"),
        ("le voisin en s'éloignant vers la gare", "le voisin"),
        ("le voisin en s’éloignant", "le voisin"),
        ("un élu en se levant de son siège", "un élu"),
        ("la porte-parole en lui tendant un dossier", "la porte-parole"),
    ],
)
def test_a_gerund_with_or_without_its_clitic_ends_what_comes_before(text: str, before: str) -> None:
    assert before_gerund(load("fr"), text) == before


@pytest.mark.parametrize(
    "text",
    [
        "le voisin en pleine séance du conseil",
        "le voisin en poste depuis mars",
        "le voisin en Auvergne",
        "le voisin entrant dans la salle",
    ],
)
def test_no_gerund_where_en_opens_something_else(text: str) -> None:
    assert gerund_in(load("fr"), text) is None
    assert before_gerund(load("fr"), text) == text


def test_the_search_keeps_to_its_bounds() -> None:
    text = "Paul Morel, en riant, en chantant"
    lex = load("fr")
    assert gerund_in(lex, text, 0, 10) is None
    found = gerund_in(lex, text, 0, 20)
    assert found is not None and text[found.start() :].startswith(" en riant")


def test_the_role_a_speaker_speaks_in_reads_as_a_manner() -> None:
    assert before_gerund(load("fr"), "Paul Morel en tant que président") == "Paul Morel"


def test_the_words_of_a_sentence_read_as_one_run() -> None:
    lex = load("fr")
    assert gerund_among(lex, ["marie", "x", "en", "s'", "eloignant"])
    assert gerund_among(lex, ["marie", "x", "en", "courant"])
    assert not gerund_among(lex, ["marie", "x", "en", "pleine", "rue"])


def test_english_lists_no_gerund_preposition() -> None:
    assert gerund_in(load("en"), "the mayor en passant") is None
