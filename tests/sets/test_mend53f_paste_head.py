"""mend53f: read53's faults J and K in a pasted article's head: a labelled publication line
with an impossible date is still the page's (left out, dating nothing, the headline alone),
and a press paste's « Date : » / « De : notre correspondant » lines date the article and go."""

from __future__ import annotations

import pytest

from quizapp.sets.articles.reading import article_from_paste

HEADLINE = "Le pont de Lanveur fermé à la circulation"
BODY = (
    "\n\nLe pont restera fermé trois semaines pour des travaux sur ses piles, a annoncé "
    "la mairie lundi.\n« La sécurité passe avant tout », a expliqué l'adjoint aux travaux."
)


@pytest.mark.parametrize("line", ["Publié le 31/02/2026", "Published 31 April 2026"])
def test_an_impossible_date_s_line_goes_and_the_headline_stays_alone(line: str) -> None:
    article = article_from_paste(HEADLINE + "\n" + line + BODY)
    assert article.date == ""
    assert article.title == HEADLINE
    assert article.text.split("\n\n")[0] == HEADLINE


def test_a_press_paste_s_date_and_byline_lines_date_it_and_go() -> None:
    text = (
        "Date : 12 mars 2026\nDe : notre correspondant à Bruxelles\n"
        "La Commission présente sa réforme de l'électricité\n"
        "La Commission européenne a présenté mardi sa réforme du marché de l'électricité.\n"
        "Les États membres devront se prononcer avant l'été."
    )
    article = article_from_paste(text)
    assert article.date == "2026-03-12"
    assert article.title == "La Commission présente sa réforme de l'électricité"
    assert "Date :" not in article.text
    assert "correspondant" not in article.text


def test_a_date_line_with_a_person_as_sender_stays() -> None:
    text = "Date : 12 mars 2026\nDe : Marie Dupont\n" + HEADLINE + BODY
    assert article_from_paste(text).title == "Date : 12 mars 2026"
