"""reply55: a hyphenated town holding an outlet word that names a paper only alone (« croix »,
« monde », « provence », « montagne »: ``outlet_words_alone``) is no outlet after a byline's
comma (« Par Marie Dupont, La Croix-Valmer » filled « Média » with the town); the papers
(« La Croix », « Le Monde », « Nice-Matin », « Presse-Océan ») still fill it. Made-up heads."""

from __future__ import annotations

import pytest

from quizapp.sets.articles.reading import article_from_paste

_BODY = "Le port rouvrira ses quais lundi, a annoncé la mairie.\n\nLes travaux ont duré six mois."


def _outlet(byline: str) -> str:
    return article_from_paste(f"Le port rouvre ses quais\n{byline}\n{_BODY}").outlet


@pytest.mark.parametrize("town", ["La Croix-Valmer", "Croix-Rousse", "Montagne-Fayel"])
def test_a_hyphenated_town_after_the_byline_is_no_outlet(town: str) -> None:
    assert _outlet(f"Par Marie Dupont, {town}") == ""


@pytest.mark.parametrize("paper", ["La Croix", "Le Monde", "Nice-Matin", "Presse-Océan"])
def test_papers_still_fill_the_outlet(paper: str) -> None:
    assert _outlet(f"Par Marie Dupont, {paper}") == paper
