"""mend54e: a town is no outlet in a pasted article's head lines.

- A byline's town after the comma, or a town alone on the line under the byline, is no
  paper even when an outlet's word sits inside its hyphenated name (« Aix-en-Provence »,
  « Sainte-Croix »): « Média » stays empty and the town's line stays in the text.
- A publication line's town after the dash (« Publié le 03/12/2026 - Saint-Aubin ») dates the
  article and leaves the text, and fills no « Média ».
- Papers whose names hold the same words are still read (« La Croix », « Ouest-France »).
"""

from __future__ import annotations

import pytest

from quizapp.sets.articles.article_words import article_words
from quizapp.sets.articles.dating.outlets import line_outlet, paper_name, place_name
from quizapp.sets.articles.reading import article_from_paste

FR_BODY = "Le pont sera fermé jusqu'en mars, a annoncé la mairie.\n\nLe chantier coûtera cher."
EN_BODY = "The bridge will close until March, the council said.\n\nThe work will cost more."
FR_TOWNS = ["Aix-en-Provence", "Sainte-Croix", "Saint-Pierre-la-Montagne", "Fleury-sur-Ouest"]
EN_TOWNS = ["Stratford-upon-Avon", "Bradford-on-Avon"]


@pytest.mark.parametrize("town", FR_TOWNS + EN_TOWNS)
def test_a_byline_town_with_an_outlet_word_inside_is_no_outlet(town: str) -> None:
    by = "By Jo Smith" if town in EN_TOWNS else "Par Marie Dupont"
    body = EN_BODY if town in EN_TOWNS else FR_BODY
    article = article_from_paste(f"Le pont fermé tout l'hiver\n{by}, {town}\n{body}")
    assert article.outlet == ""


@pytest.mark.parametrize("town", FR_TOWNS + EN_TOWNS)
def test_a_town_alone_under_the_byline_stays_in_the_text(town: str) -> None:
    by = "By Jo Smith" if town in EN_TOWNS else "Par Marie Dupont"
    article = article_from_paste(f"Le pont fermé tout l'hiver\n{by}\n{town}\n{FR_BODY}")
    assert article.outlet == "" and town in article.text


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Publié le 03/12/2026 - Saint-Aubin", "2026-12-03"),
        ("Publié le 3 décembre 2026 - Aix-en-Provence", "2026-12-03"),
        ("Published 3 December 2026 - Bradford-on-Avon", "2026-12-03"),
        ("Published 3 December 2026 | Stratford-upon-Avon", "2026-12-03"),
    ],
)
def test_a_publication_line_s_town_is_no_outlet(line: str, date: str) -> None:
    article = article_from_paste(f"Le pont fermé tout l'hiver\n{line}\n{FR_BODY}")
    assert (article.date, article.outlet) == (date, "")
    assert line.split()[0] not in article.text


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("Par Marie Dupont, Sud Ouest", "Sud Ouest"),
        ("Par Marie Dupont, Le Monde", "Le Monde"),
        ("Par Marie Dupont, La Croix", "La Croix"),
        ("Par Marie Dupont, La Montagne", "La Montagne"),
        ("Par Marie Dupont, La Provence", "La Provence"),
        ("Par Marie Dupont, Ouest-France", "Ouest-France"),
        ("Par Marie Dupont, Nice-Matin", "Nice-Matin"),
        ("By Jo Smith, Wiltshire Times", "Wiltshire Times"),
    ],
)
def test_a_paper_with_those_words_is_still_read(byline: str, outlet: str) -> None:
    article = article_from_paste(f"Le pont fermé tout l'hiver\n{byline}\n{FR_BODY}")
    assert article.outlet == outlet


@pytest.mark.parametrize("paper", ["La Croix", "Ouest-France", "Le Monde", "La Provence"])
def test_a_paper_alone_under_the_byline_is_still_read(paper: str) -> None:
    article = article_from_paste(
        f"Le pont fermé tout l'hiver\nPar Marie Dupont\n{paper}\n{FR_BODY}"
    )
    assert article.outlet == paper and paper not in article.text


def test_a_publication_line_s_paper_is_still_read() -> None:
    assert line_outlet("Publié le 03/12/2026 - Ouest-France") == "Ouest-France"
    assert line_outlet("Published 3 December 2026 - Wiltshire Times") == "Wiltshire Times"
    assert line_outlet("Publié le 03/12/2026 - Saint-Aubin") == ""


def test_the_place_shapes() -> None:
    assert place_name("Aix-en-Provence") and place_name("Sainte-Croix")
    assert place_name("Stratford-upon-Avon") and place_name("Villeneuve-lès-Avignon")
    assert not place_name("Ouest-France") and not place_name("Nice-Matin")
    assert not paper_name("Sainte-Croix") and paper_name("La Croix")


def test_the_photo_credit_words_are_data() -> None:
    assert {"by", "par", "de"} <= article_words("photo_credit_leads")
    assert {"de", "van", "and"} <= article_words("name_particles")
    article = article_from_paste(
        f"Le pont fermé tout l'hiver\n{FR_BODY}\n\nPhoto par Jean Roux\n\nFin."
    )
    assert "Roux" not in article.text and article.text.endswith("Fin.")
