"""mend52d (round 52 read): a pasted article's page lines.

- A labelled publication line anywhere in the head or last, an unlabelled one right after
  the headline, the standfirst or a byline even when the body holds another date line, are
  the page's: left out, their date read; the body's date line is kept.
- A figure inside a capitalised outlet name (« France 24 », « 20 Minutes », "5 Live News")
  does not make a writer's role some thing's: the byline goes; "editor of the Year 9
  newsletter" stays a caption, kept.
"""

from __future__ import annotations

import pytest

from quizapp.sets.articles.reading import article_from_paste

BODY = "\nLe maire de Riom a démissionné mardi, a annoncé la préfecture."


@pytest.mark.parametrize(
    "byline",
    [
        "Claire Martin, journaliste de France 24",
        "Paul Roux, rédacteur en chef de 20 Minutes",
        "Anne Petit, correspondante de France 3",
        "Helen Marsh, editor of 5 Live News",
    ],
)
def test_an_outlet_with_a_figure_is_the_writers(byline: str) -> None:
    text = f"Le maire démissionne\n{byline}{BODY}"
    assert byline not in article_from_paste(text).text


def test_a_things_role_with_a_figure_is_kept() -> None:
    line = "Emma Brown, editor of the Year 9 newsletter"
    text = f"New editor for school magazine\n{line}\nEmma Brown takes over, the head said."
    assert line in article_from_paste(text).text


PAGE_LINES = [
    (  # a labelled line below a rubric, a standfirst, a byline and a caption
        "Le maire démissionne\nPolitique\nL'élu quitte ses fonctions après six ans.\nPar Anne Lee"
        "\nLe maire de Riom, le 3 mars. Photo Jean Roux\nPublié le lundi 26 août 2019 à 18h43\n"
        "Le maire a démissionné mardi, a annoncé la préfecture.",
        "2019-08-26",
    ),
    (  # an update line as the paste's footer
        "Le maire démissionne\nPar Anne Lee\nLe maire a démissionné mardi.\nIl était élu depuis "
        "2014.\nSon successeur sera élu en septembre.\nLe conseil se réunira jeudi.\n"
        "Mis à jour le 27 août 2019 à 9h12",
        "2019-08-27",
    ),
    (
        "Mayor resigns\nPolitics\nThe mayor quits after six years.\nBy Anna Lee\nThe mayor in "
        "March. Photo John Reed\nUpdated Monday 26 August 2019, 18:43\nThe mayor quit on Tuesday.",
        "2019-08-26",
    ),
    (  # right after the standfirst
        "Le maire démissionne\nL'élu quitte ses fonctions après six ans de mandat.\n"
        "Lundi 26 août 2019, 18h43\nLe maire a démissionné.",
        "2019-08-26",
    ),
    (
        "Mayor resigns\nThe mayor quit after six years in office.\nMonday 26 August 2019, 18:43\n"
        "The mayor quit.",
        "2019-08-26",
    ),
]


@pytest.mark.parametrize(("text", "date"), PAGE_LINES)
def test_the_pages_line_goes_and_dates_the_article(text: str, date: str) -> None:
    article = article_from_paste(text)
    assert article.date == date
    assert "2019, " not in article.text and "2019 à" not in article.text


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Le maire démissionne\nLundi 26 août 2019, 18h43\nLe maire a démissionné. La séance "
            "reprendra\nMardi 27 août 2019 à 10h\nIl part.",
            "Mardi 27 août 2019 à 10h",
        ),
        (
            "Mayor resigns\nMonday 26 August 2019, 18:43\nThe mayor quit. The council will meet "
            "on\nTuesday 27 August 2019, 10:00\nHe leaves.",
            "Tuesday 27 August 2019, 10:00",
        ),
    ],
)
def test_the_top_line_is_the_pages_with_a_date_in_the_body(text: str, event: str) -> None:
    """The body's own date line stays text and does not date the article."""
    article = article_from_paste(text)
    assert article.date == "2019-08-26"
    assert event in article.text and text.split("\n")[1] not in article.text
