"""One reader strips an outlet's article (sources/outlets.without_article): the mention
pattern, ``is_outlet`` and the relay after an inverted verb read the same bare names."""

from __future__ import annotations

import pytest

from quizapp.draft.sources.outlets import without_article


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Le Monde", "Monde"),
        ("Les Echos", "Echos"),  # not « s Echos »: « Les » is read before « Le »
        ("Les Échos", "Échos"),  # an accented capital follows
        ("L'Équipe", "Équipe"),
        ("L’Opinion", "Opinion"),
        ("The Hill", "Hill"),
        ("the Times", "the Times"),  # a lower-case short form stays whole
        ("Le monde", "Le monde"),  # no capital after the article: no outlet's name
        ("Lemonde", "Lemonde"),
        ("Politico", "Politico"),
    ],
)
def test_an_outlets_article_is_stripped_before_a_capital(name: str, bare: str) -> None:
    assert without_article(name) == bare


def test_only_the_contracted_articles_when_asked() -> None:
    """« au Monde », « des Echos » hold le / les; « la Croix », "the Hill" keep theirs."""
    assert without_article("Le Monde", contracted_only=True) == "Monde"
    assert without_article("Les Échos", contracted_only=True) == "Échos"
    assert without_article("La Croix", contracted_only=True) == "La Croix"
    assert without_article("The Hill", contracted_only=True) == "The Hill"
    assert without_article("L'Équipe", contracted_only=True) == "L'Équipe"
