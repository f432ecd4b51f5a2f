"""« Pour » opening a sentence before a part of the people with no comma after it, or with a
connective before the comma (mixed36): « Pour certains ce n'est pas grave », « Pour d'autres en
revanche, c'est une chance »: the group alone is the source and the clause its subject pronoun
opens is the view. A group word that opens a noun phrase (« Pour certains élus il… ») is no
source of its own."""

from __future__ import annotations

from tests.draft.readings import said


def test_a_group_then_a_clause_with_no_comma() -> None:
    text = "Les travaux durent depuis mai. Pour certains ce n'est pas un souci pour les clients."
    assert said(text, "fr") == [("ce n'est pas un souci pour les clients", "certains")]


def test_a_connective_between_the_group_and_its_comma() -> None:
    text = "Les travaux durent depuis mai. Pour d'autres en revanche, c'est une chance pour tous."
    assert said(text, "fr") == [("c'est une chance pour tous", "d'autres")]


def test_a_group_word_before_a_noun_is_no_source_alone() -> None:
    text = "Les travaux durent depuis mai. Pour certains élus il faudra attendre la rentrée."
    assert said(text, "fr") == []


def test_a_fact_of_part_of_the_group_with_no_comma_is_no_view() -> None:
    """mend36c (review36 item 10b): with no comma, only a clause of judgement (« c'est »,
    « ce n'est pas ») is the group's view; « ils sont rentrés » tells what part of it did."""
    for text in (
        "Les supporters ont quitté le stade. Pour la plupart ils ont pris le tram de nuit.",
        "Les candidats ont fini l'épreuve. Pour certains il a fallu repasser l'oral.",
    ):
        assert said(text, "fr") == []
